//! `translations`: an entry's `name` and `description` in the app's other languages,
//! `{"tr": {"name": …, "description": …}}`. The app leaves a translation with a
//! problem out, whole, and shows the entry in Dutch: so these are warnings.
//!
//! - SW050 `TranslationLanguage` (warning): a key that is no language of the app, or
//!   is Dutch (the entry's own texts are). Help names the code probably meant
//!   (`TR`, `tr-TR`, `tu` → `tr`).
//! - SW051 `TranslationField` (warning): a field other than `name` and `description`.
//!   Help as for SW013 (`naam` → `name`).
//! - SW052 `TranslationType` (warning): `translations` or a translation is no block
//!   `{ … }`, or a text is no text.
//! - SW053 `TranslationEmpty` (warning): a text is empty (as the parser keeps it:
//!   without hidden characters, trimmed), or the translation has neither text.
//!
//! Hidden characters in a translation are SW048, as in every text; a key twice is
//! SW022, an error as everywhere in an entry.

use serde_json::{Map, Value};

use super::closest::closest;
use super::fields::Block;
use super::kind::Expected;
use super::types::{type_name, wrong_type as wrong_type_words};
use super::unknown_field::{meant, unknown_field};
use super::words::{pick, quoted_list};
use super::{Kind, Severity, Validator};
use crate::directory::parse::translation_language;
use crate::directory::spans::key_path;
use crate::directory::text::tidy;
use crate::quote::quoted;
use crate::{Lang, StaffLang};

impl Validator<'_> {
    pub(super) fn translations(&mut self, path: &str, entry: &Map<String, Value>) {
        let Some(value) = entry.get("translations") else {
            return;
        };
        let at = key_path(path, "translations");
        let Value::Object(translations) = value else {
            self.warn(&at, type_problem("translations", Expected::Object, value));
            return;
        };
        for (code, translation) in translations {
            let child = key_path(&at, code);
            let field = key_path("translations", code);
            if translation_language(code).is_none() {
                let offset = self.key_offset(&child);
                let kind = Kind::TranslationLanguage {
                    code: code.clone(),
                    suggestion: meant_language(code),
                };
                self.report(Severity::Warning, &child, offset, kind);
            }
            let Value::Object(texts) = translation else {
                self.warn(&child, type_problem(&field, Expected::Object, translation));
                continue;
            };
            if texts.is_empty() {
                self.warn(&child, Kind::TranslationEmpty(None));
            }
            for (key, text) in texts {
                let text_path = key_path(&child, key);
                let known = Block::Translation.fields();
                if !known.contains(&key.as_str()) {
                    let offset = self.key_offset(&text_path);
                    let kind = Kind::TranslationField {
                        field: key.clone(),
                        suggestion: closest(key, known).or_else(|| meant(key, Block::Translation)),
                    };
                    self.report(Severity::Warning, &text_path, offset, kind);
                    continue;
                }
                let text_field = key_path(&field, key);
                let Value::String(text) = text else {
                    self.warn(&text_path, type_problem(&text_field, Expected::Text, text));
                    continue;
                };
                self.hidden_characters(&child, key, text);
                if tidy(text).is_empty() {
                    self.warn(&text_path, Kind::TranslationEmpty(Some(text_field)));
                }
            }
        }
    }
}

fn type_problem(field: &str, expected: Expected, found: &Value) -> Kind {
    Kind::TranslationType {
        field: field.to_owned(),
        expected,
        found: type_name(found),
    }
}

/// The language codes a translation may have: the app's, but Dutch.
fn codes() -> Vec<&'static str> {
    Lang::ALL
        .iter()
        .filter(|l| **l != Lang::Nl)
        .map(|l| l.code())
        .collect()
}

/// The code probably meant: the same language written otherwise (`TR`, `tr-TR`),
/// else the closest code (`tu` → `tr`). Never Dutch.
fn meant_language(code: &str) -> Option<&'static str> {
    match Lang::from_code(code) {
        Some(Lang::Nl) => None,
        Some(lang) => Some(lang.code()),
        None => closest(code, &codes()),
    }
}

/// The end of every message here: what the app does.
fn left_out(lang: StaffLang) -> &'static str {
    match lang {
        StaffLang::Nl => "de app laat deze vertaling weg",
        StaffLang::En => "the app leaves this translation out",
    }
}

pub(super) fn unknown_language(code: &str, lang: StaffLang) -> String {
    if code.trim().eq_ignore_ascii_case("nl") {
        return pick(
            lang,
            format!("\"nl\" hoort niet in `translations`: het Nederlands staat in `name` en `description` zelf; {}", left_out(lang)),
            format!("\"nl\" does not belong in `translations`: the Dutch is in `name` and `description` themselves; {}", left_out(lang)),
        );
    }
    let codes = quoted_list(&codes());
    pick(
        lang,
        format!(
            "{} is geen taal van de app (kies uit {codes}); {}",
            quoted(code),
            left_out(lang)
        ),
        format!(
            "{} is not a language of the app (choose from {codes}); {}",
            quoted(code),
            left_out(lang)
        ),
    )
}

pub(super) fn unknown_translation_field(field: &str, lang: StaffLang) -> String {
    pick(
        lang,
        format!(
            "{} in een vertaling (die heeft alleen `name` en `description`); {}",
            unknown_field(field, lang),
            left_out(lang)
        ),
        format!(
            "{} in a translation (which has only `name` and `description`); {}",
            unknown_field(field, lang),
            left_out(lang)
        ),
    )
}

pub(super) fn translation_type(
    field: &str,
    expected: Expected,
    found: &str,
    lang: StaffLang,
) -> String {
    let words = wrong_type_words(field, expected, found, lang);
    if field == "translations" {
        return pick(
            lang,
            format!("{words}; de app laat de vertalingen weg"),
            format!("{words}; the app leaves the translations out"),
        );
    }
    format!("{words}; {}", left_out(lang))
}

pub(super) fn translation_empty(field: Option<&str>, lang: StaffLang) -> String {
    match field {
        Some(field) => pick(
            lang,
            format!(
                "`{field}` is leeg: vul het in of laat het weg; {}",
                left_out(lang)
            ),
            format!(
                "`{field}` is empty: fill it in or leave it out; {}",
                left_out(lang)
            ),
        ),
        None => pick(
            lang,
            format!(
                "de vertaling heeft geen `name` en geen `description`; {}",
                left_out(lang)
            ),
            format!(
                "the translation has no `name` and no `description`; {}",
                left_out(lang)
            ),
        ),
    }
}
