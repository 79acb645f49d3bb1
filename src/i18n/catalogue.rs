//! The texts of one language in memory: read from the catalogue file `build.rs` wrote
//! for this build, checked, and kept for the life of the page.

use std::cell::RefCell;

use samenwijzer_core::Lang;

include!(concat!(env!("OUT_DIR"), "/keys.rs"));

/// Why a catalogue file cannot be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CatalogueError {
    /// It belongs to another build (other keys) or is no catalogue at all.
    OtherBuild,
    /// It has fewer or more texts than there are keys.
    Count(usize),
}

impl std::fmt::Display for CatalogueError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            CatalogueError::OtherBuild => f.write_str("not a catalogue of this build"),
            CatalogueError::Count(n) => write!(f, "{n} texts, expected {}", Key::ALL.len()),
        }
    }
}

thread_local! {
    static INSTALLED: RefCell<Vec<(Lang, &'static [&'static str])>> = const { RefCell::new(Vec::new()) };
}

/// The file that holds `lang`'s texts (in `pkg/i18n/`).
pub fn catalogue_file(lang: Lang) -> Option<&'static str> {
    CATALOGUE_FILES
        .iter()
        .find(|(code, _)| *code == lang.code())
        .map(|(_, file)| *file)
}

/// Reads a catalogue file: its first line names this build's keys, then one text per
/// key, in `Key::ALL` order. The texts are kept for the life of the page.
pub fn parse(file: String) -> Result<&'static [&'static str], CatalogueError> {
    let file: &'static str = Box::leak(file.into_boxed_str());
    let (header, body) = file.split_once('\n').ok_or(CatalogueError::OtherBuild)?;
    if header != CATALOGUE_HEADER {
        return Err(CatalogueError::OtherBuild);
    }
    let texts: Vec<&'static str> = body.split(SEPARATOR).collect();
    if texts.len() != Key::ALL.len() {
        return Err(CatalogueError::Count(texts.len()));
    }
    Ok(Box::leak(texts.into_boxed_slice()))
}

/// Makes `lang`'s texts available to `text`.
pub fn install(lang: Lang, texts: &'static [&'static str]) {
    INSTALLED.with(|installed| {
        let mut installed = installed.borrow_mut();
        installed.retain(|(l, _)| *l != lang);
        installed.push((lang, texts));
    });
}

/// True when `lang`'s texts are in memory.
pub fn installed(lang: Lang) -> bool {
    #[cfg(test)]
    load_for_tests();
    INSTALLED.with(|installed| installed.borrow().iter().any(|(l, _)| *l == lang))
}

/// The text for `key` in `lang`. The app switches to a language only once its texts
/// are installed, so the empty string is never shown.
pub fn text(lang: Lang, key: Key) -> &'static str {
    #[cfg(test)]
    load_for_tests();
    INSTALLED.with(|installed| {
        installed
            .borrow()
            .iter()
            .find(|(l, _)| *l == lang)
            .map_or("", |(_, texts)| texts[key as usize])
    })
}

/// Native tests read the catalogue files this build wrote, as the app would.
#[cfg(test)]
fn load_for_tests() {
    if INSTALLED.with(|installed| !installed.borrow().is_empty()) {
        return;
    }
    for lang in Lang::ALL {
        let file = catalogue_file(lang).expect("every language has a catalogue");
        let path = std::path::Path::new(env!("OUT_DIR"))
            .join("i18n")
            .join(file);
        let text = std::fs::read_to_string(&path).expect("build.rs wrote the catalogue");
        install(lang, parse(text).expect("the catalogue of this build"));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_has_a_catalogue_and_every_catalogue_a_language() {
        let codes: Vec<&str> = CATALOGUE_FILES.iter().map(|(code, _)| *code).collect();
        let langs: Vec<&str> = Lang::ALL.iter().map(|l| l.code()).collect();
        assert_eq!(codes, langs);
    }

    #[test]
    fn a_catalogue_of_another_build_is_refused() {
        assert_eq!(
            parse("<!doctype html>".into()),
            Err(CatalogueError::OtherBuild)
        );
        let other = "samenwijzer-catalogue-1 0000000000000000 2\nja\u{1e}nee";
        assert_eq!(parse(other.into()), Err(CatalogueError::OtherBuild));
        let short = format!("{CATALOGUE_HEADER}\nja\u{1e}nee");
        assert_eq!(parse(short), Err(CatalogueError::Count(2)));
    }

    #[test]
    fn texts_are_found_by_key() {
        assert_eq!(
            text(Lang::Nl, Key::StartTitle),
            "Samen op zoek naar wat u helpt"
        );
        assert_eq!(text(Lang::En, Key::NavHelp), "Help now");
    }
}
