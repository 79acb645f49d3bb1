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
    /// A language whose texts are being fetched after the user chose it.
    pub switching: RwSignal<Option<Lang>>,
    /// The texts of the language the user chose could not be fetched.
    pub unavailable: RwSignal<bool>,
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

    /// The user's own choice: applied (once its texts are here) and remembered (if
    /// storage allows).
    pub fn choose(&self, lang: Lang) {
        let locale = *self;
        // The choice is remembered at once, as made: should its texts not load now, a
        // later visit tries again (and starts in Dutch if they still cannot).
        let _ = storage::set(STORAGE_KEY, lang.code());
        locale.unavailable.set(false);
        // Once a part has been shown, its texts are needed in the new language too.
        let needs_later = i18n::any_later_installed();
        if i18n::installed(lang) && (!needs_later || i18n::later_installed(lang)) {
            locale.lang.set(lang);
            return;
        }
        locale.switching.set(Some(lang));
        leptos::task::spawn_local(async move {
            let loaded = async {
                if !i18n::installed(lang) {
                    let texts = crate::data::load_catalogue(lang).await?;
                    i18n::install(lang, texts);
                }
                if needs_later {
                    crate::data::load_later_texts(lang).await?;
                }
                Ok::<(), crate::data::LoadError>(())
            };
            match loaded.await {
                Ok(()) => locale.lang.set(lang),
                Err(_) => locale.unavailable.set(true),
            }
            locale.switching.set(None);
        });
    }
}

/// The language the user chose earlier, if they did.
pub fn stored_choice() -> Option<Lang> {
    storage::get(STORAGE_KEY).and_then(|code| Lang::from_code(&code))
}

/// The language to start with: the user's remembered choice, else the language in the
/// URL (the widget's `data-taal`), else Dutch. The URL's language is not stored: only
/// the user's own choice is. (static/boot.js follows the same rule to fetch its texts
/// early.)
pub fn initial(from_url: Option<Lang>) -> Lang {
    stored_choice().or(from_url).unwrap_or_default()
}

/// Provides the language, whose texts are installed, and keeps `<html lang>` in step.
pub fn provide_locale(lang: Lang) -> Locale {
    let locale = Locale {
        lang: RwSignal::new(lang),
        switching: RwSignal::new(None),
        unavailable: RwSignal::new(false),
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
