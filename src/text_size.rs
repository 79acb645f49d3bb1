//! The text size the reader chose (Tekstgrootte): three steps on top of the size their
//! browser and phone already set, applied to the root element through the CSSOM (the
//! strict Content-Security-Policy allows that, not a `style` attribute). Remembered, like
//! the language, only once the reader chooses.

use leptos::prelude::*;

use crate::storage;

const STORAGE_KEY: &str = "tekstgrootte";

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum TextSize {
    #[default]
    Normal,
    Large,
    Largest,
}

impl TextSize {
    pub const ALL: [TextSize; 3] = [TextSize::Normal, TextSize::Large, TextSize::Largest];

    /// The root font size, a share of the reader's own. e2e/reading.spec.mjs checks
    /// each step at 360 px on seven pages; e2e/phone.spec.mjs checks 200 % on its own.
    pub fn percent(self) -> &'static str {
        match self {
            TextSize::Normal => "100%",
            TextSize::Large => "130%",
            TextSize::Largest => "160%",
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            TextSize::Normal => "normaal",
            TextSize::Large => "groot",
            TextSize::Largest => "extra-groot",
        }
    }

    pub fn from_code(code: &str) -> Option<TextSize> {
        TextSize::ALL.into_iter().find(|s| s.code() == code)
    }
}

/// The size in use: the remembered one, else normal.
pub fn current() -> TextSize {
    storage::get(STORAGE_KEY)
        .and_then(|code| TextSize::from_code(&code))
        .unwrap_or_default()
}

/// The reader's choice: applied at once and remembered (if storage allows).
pub fn choose(size: TextSize) {
    let _ = storage::set(STORAGE_KEY, size.code());
    apply(size);
}

/// Sets the root font size (at start, the remembered one).
pub fn apply(size: TextSize) {
    if let Some(html) = document()
        .document_element()
        .and_then(|el| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el).ok())
    {
        let _ = html.style().set_property("font-size", size.percent());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_step_is_larger_and_its_code_reads_back() {
        let percents: Vec<u32> = TextSize::ALL
            .iter()
            .map(|s| s.percent().trim_end_matches('%').parse().unwrap())
            .collect();
        assert!(percents.windows(2).all(|w| w[0] < w[1]));
        assert_eq!(percents[0], 100);
        for size in TextSize::ALL {
            assert_eq!(TextSize::from_code(size.code()), Some(size));
        }
        assert_eq!(TextSize::from_code("reusachtig"), None);
    }
}
