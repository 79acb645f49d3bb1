//! The texts of one language in memory: read from the catalogue file `build.rs` wrote
//! for this build, checked, and kept for the life of the page.

use std::cell::RefCell;

use samenwijzer_core::Lang;

include!(concat!(env!("OUT_DIR"), "/keys.rs"));

/// A language as the language list shows it, from its catalogue (`LanguageName`,
/// `TextDirection`, and whether any text is still marked fuzzy).
pub struct LanguageInfo {
    pub code: &'static str,
    /// Its own name for itself: "Türkçe".
    pub name: &'static str,
    /// Written right to left (`<html dir="rtl">`).
    pub rtl: bool,
    /// A person checked every text (else the About page says it is a machine's).
    pub checked: bool,
}

/// What the catalogues say about `lang`. `LANGUAGES` is in `Lang`'s order (both come
/// from LINGUAS; a test holds it), so this is an index, not a search.
pub fn language(lang: Lang) -> &'static LanguageInfo {
    &LANGUAGES[lang as usize]
}

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
            CatalogueError::Count(n) => write!(f, "{n} texts, not this build's number"),
        }
    }
}

/// A language's texts in memory: the main module's, and the parts' once fetched.
struct Installed {
    lang: Lang,
    main: &'static [&'static str],
    later: Option<&'static [&'static str]>,
}

thread_local! {
    static INSTALLED: RefCell<Vec<Installed>> = const { RefCell::new(Vec::new()) };
}

/// The file that holds `lang`'s texts for the main module (in `pkg/i18n/`).
pub fn catalogue_file(lang: Lang) -> Option<&'static str> {
    CATALOGUE_FILES
        .iter()
        .find(|(code, _, _)| *code == lang.code())
        .map(|(_, file, _)| *file)
}

/// The file that holds `lang`'s texts only the parts show.
pub fn later_file(lang: Lang) -> Option<&'static str> {
    CATALOGUE_FILES
        .iter()
        .find(|(code, _, _)| *code == lang.code())
        .map(|(_, _, file)| *file)
}

fn read(
    file: String,
    header: &str,
    count: usize,
) -> Result<&'static [&'static str], CatalogueError> {
    let file: &'static str = Box::leak(file.into_boxed_str());
    let (first, body) = file.split_once('\n').ok_or(CatalogueError::OtherBuild)?;
    if first != header {
        return Err(CatalogueError::OtherBuild);
    }
    let texts: Vec<&'static str> = body.split(SEPARATOR).collect();
    if texts.len() != count {
        return Err(CatalogueError::Count(texts.len()));
    }
    Ok(Box::leak(texts.into_boxed_slice()))
}

fn count(later: bool) -> usize {
    if later {
        LATER_TEXTS
    } else {
        MAIN_TEXTS
    }
}

/// Reads a main catalogue file: its first line names this build's keys, then one text
/// per key of the main module, in `Key::ALL` order. Kept for the life of the page.
pub fn parse(file: String) -> Result<&'static [&'static str], CatalogueError> {
    read(file, CATALOGUE_HEADER, count(false))
}

/// Reads a later catalogue file (the parts' texts), likewise.
pub fn parse_later(file: String) -> Result<&'static [&'static str], CatalogueError> {
    read(file, LATER_HEADER, count(true))
}

/// Makes `lang`'s main texts available to `text`.
pub fn install(lang: Lang, texts: &'static [&'static str]) {
    INSTALLED.with(|installed| {
        let mut installed = installed.borrow_mut();
        let later = installed
            .iter()
            .find(|i| i.lang == lang)
            .and_then(|i| i.later);
        installed.retain(|i| i.lang != lang);
        installed.push(Installed {
            lang,
            main: texts,
            later,
        });
    });
}

/// Makes `lang`'s later texts available (after its main texts).
pub fn install_later(lang: Lang, texts: &'static [&'static str]) {
    INSTALLED.with(|installed| {
        if let Some(i) = installed.borrow_mut().iter_mut().find(|i| i.lang == lang) {
            i.later = Some(texts);
        }
    });
}

/// True when `lang`'s main texts are in memory.
pub fn installed(lang: Lang) -> bool {
    #[cfg(test)]
    load_for_tests();
    INSTALLED.with(|installed| installed.borrow().iter().any(|i| i.lang == lang))
}

/// True when `lang`'s later texts are in memory too.
pub fn later_installed(lang: Lang) -> bool {
    #[cfg(test)]
    load_for_tests();
    INSTALLED.with(|installed| {
        installed
            .borrow()
            .iter()
            .any(|i| i.lang == lang && i.later.is_some())
    })
}

/// True when some language's later texts are in memory: a part has been shown, so a
/// new language needs its later texts before the switch.
pub fn any_later_installed() -> bool {
    INSTALLED.with(|installed| installed.borrow().iter().any(|i| i.later.is_some()))
}

/// The text for `key` in `lang`. The app switches to a language only once its texts
/// are installed, and shows a part only once its later texts are, so the empty string
/// is never shown.
pub fn text(lang: Lang, key: Key) -> &'static str {
    #[cfg(test)]
    load_for_tests();
    let at = key as usize;
    INSTALLED.with(|installed| {
        let installed = installed.borrow();
        let Some(i) = installed.iter().find(|i| i.lang == lang) else {
            return "";
        };
        match at.checked_sub(MAIN_TEXTS) {
            None => i.main[at],
            Some(later) => i.later.map_or("", |texts| texts[later]),
        }
    })
}

/// Native tests read the catalogue files this build wrote, as the app would.
#[cfg(test)]
fn load_for_tests() {
    if INSTALLED.with(|installed| !installed.borrow().is_empty()) {
        return;
    }
    for &lang in Lang::ALL {
        let file = catalogue_file(lang).expect("every language has a catalogue");
        let path = std::path::Path::new(env!("OUT_DIR"))
            .join("i18n")
            .join(file);
        let text = std::fs::read_to_string(&path).expect("build.rs wrote the catalogue");
        install(lang, parse(text).expect("the catalogue of this build"));
        let path = std::path::Path::new(env!("OUT_DIR"))
            .join("i18n")
            .join(later_file(lang).expect("every language has a later file"));
        let text = std::fs::read_to_string(&path).expect("build.rs wrote the later file");
        install_later(
            lang,
            parse_later(text).expect("the later file of this build"),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_has_a_catalogue_and_every_catalogue_a_language() {
        let codes: Vec<&str> = CATALOGUE_FILES.iter().map(|(code, _, _)| *code).collect();
        let langs: Vec<&str> = Lang::ALL.iter().map(|l| l.code()).collect();
        assert_eq!(codes, langs);
        let described: Vec<&str> = LANGUAGES.iter().map(|l| l.code).collect();
        assert_eq!(described, langs);
    }

    #[test]
    fn each_language_names_itself_and_its_direction() {
        assert_eq!(language(Lang::Nl).name, "Nederlands");
        assert_eq!(language(Lang::En).name, "English");
        assert_eq!(language(Lang::Ar).name, "العربية");
        assert!(language(Lang::Ar).rtl);
        assert!(!language(Lang::Tr).rtl && !language(Lang::Nl).rtl);
        // Dutch is the source and English was checked; the drafts are a machine's.
        assert!(language(Lang::Nl).checked && language(Lang::En).checked);
        assert!(!language(Lang::Tr).checked);
        // The instruments' wordings are left to right (`locale::WORDING_DIR`).
        for wording in samenwijzer_core::check::Wording::ALL {
            assert!(!language(wording.lang()).rtl);
        }
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
        // A later file is not a main file, nor the other way round.
        let later = format!("{LATER_HEADER}\nja");
        assert_eq!(parse(later), Err(CatalogueError::OtherBuild));
        let main = format!("{CATALOGUE_HEADER}\nja");
        assert_eq!(parse_later(main), Err(CatalogueError::OtherBuild));
    }

    #[test]
    fn texts_are_found_by_key() {
        assert_eq!(
            text(Lang::Nl, Key::StartTitle),
            "Samen op zoek naar wat u helpt"
        );
        assert_eq!(text(Lang::En, Key::NavHelp), "Help now");
        // A text only a part shows comes from the later file.
        assert!(Key::TipThoughtsTitle as usize >= MAIN_TEXTS);
        assert!((Key::StartTitle as usize) < MAIN_TEXTS);
        assert_eq!(
            text(Lang::Nl, Key::TipThoughtsTitle),
            "Kijk naar uw gedachten"
        );
    }
}
