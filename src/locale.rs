//! The current language as reactive state, and the `t` helper components use to read
//! the catalogue. The choice is stored only when the user switches language.

use leptos::prelude::*;
use samenwijzer_core::Lang;

use crate::i18n::{self, Key};
use crate::storage;

const STORAGE_KEY: &str = "lang";

#[derive(Clone, Copy)]
pub struct Locale {
    lang: RwSignal<Lang>,
}

impl Locale {
    pub fn lang(&self) -> Lang {
        self.lang.get()
    }

    pub fn lang_untracked(&self) -> Lang {
        self.lang.get_untracked()
    }

    pub fn text(&self, key: Key) -> &'static str {
        i18n::text(self.lang.get(), key)
    }

    /// The user's own choice: applied and remembered (if storage allows).
    pub fn choose(&self, lang: Lang) {
        self.lang.set(lang);
        let _ = storage::set(STORAGE_KEY, lang.code());
    }
}

/// The language the user chose earlier, if they did.
pub fn stored_choice() -> Option<Lang> {
    storage::get(STORAGE_KEY).and_then(|code| Lang::from_code(&code))
}

/// Starts with the user's remembered choice, else the language in the URL (the widget's
/// `data-taal`), else Dutch, and keeps `<html lang>` in step. The URL's language is not
/// stored: only the user's own choice is.
pub fn provide_locale(from_url: Option<Lang>) -> Locale {
    let initial = stored_choice().or(from_url).unwrap_or_default();
    let locale = Locale {
        lang: RwSignal::new(initial),
    };
    Effect::new(move |_| {
        let code = locale.lang().code();
        if let Some(html) = document().document_element() {
            let _ = html.set_attribute("lang", code);
        }
    });
    provide_context(locale);
    locale
}

pub fn use_locale() -> Locale {
    expect_context::<Locale>()
}

/// A reactive text for use in `view!`: `{t(Key::StartTitle)}`.
pub fn t(key: Key) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    let locale = use_locale();
    move || locale.text(key)
}
