//! The current language as reactive state, and the `t` helper components use to read
//! the catalogue, and `<html lang dir>`. The choice is stored only when the user
//! switches language.

use leptos::prelude::*;
use samenwijzer_core::check::Wording;
use samenwijzer_core::Lang;

use crate::i18n::{self, Key};
use crate::storage;

const STORAGE_KEY: &str = "lang";
/// The wording of the statements chosen by a reader whose language has none of its own.
const WORDING_KEY: &str = "statements";

#[derive(Clone, Copy)]
pub struct Locale {
    lang: RwSignal<Lang>,
    /// A language whose texts are being fetched after the user chose it.
    pub switching: RwSignal<Option<Lang>>,
    /// The texts of the language the user chose could not be fetched.
    pub unavailable: RwSignal<bool>,
    /// The instruments' wording for a language that has none of its own (Dutch unless
    /// the reader chose English).
    chosen_wording: RwSignal<Wording>,
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

    /// The wording the instruments speak to this reader: their language's own, else
    /// the one they chose (see `Wording`).
    pub fn wording(&self) -> Wording {
        Wording::for_reader(self.lang.get(), self.chosen_wording.get())
    }

    /// `lang` of an element that shows the instruments' wording (with `dir=WORDING_DIR`):
    /// in another language than the page's, a screen reader then reads it with the
    /// right voice.
    pub fn wording_lang(&self) -> &'static str {
        self.wording().lang().code()
    }

    /// Whether the instruments have their own wording in the reader's language.
    pub fn has_own_wording(&self) -> bool {
        Wording::of(self.lang.get()).is_some()
    }

    /// The reader's choice of wording for the statements, remembered as the language is.
    pub fn choose_wording(&self, wording: Wording) {
        let _ = storage::set(WORDING_KEY, wording.lang().code());
        self.chosen_wording.set(wording);
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

/// The direction of the instruments' wordings: Dutch and English are both written left
/// to right, so a Dutch statement on an Arabic page is too (a test holds this).
pub const WORDING_DIR: &str = "ltr";

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
        chosen_wording: RwSignal::new({
            let stored = storage::get(WORDING_KEY);
            Wording::ALL
                .into_iter()
                .find(|w| stored.as_deref() == Some(w.lang().code()))
                .unwrap_or_default()
        }),
    };
    Effect::new(move |_| {
        let lang = locale.lang();
        if let Some(html) = document().document_element() {
            let _ = html.set_attribute("lang", lang.code());
            let dir = if i18n::language(lang).rtl {
                "rtl"
            } else {
                "ltr"
            };
            let _ = html.set_attribute("dir", dir);
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
