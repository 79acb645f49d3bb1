//! Fields with a fixed set of values.
//!
//! - SW016 `UnknownChoice`: a `status` or `moments` value that is not allowed. Help
//!   names the closest allowed value (`Temporarily closed` → `temporarily_closed`).
//! - SW046 `BadLanguage` (warning): a language that is no two-letter code.

use super::closest::closest;
use super::words::{pick, quoted_list};
use super::{Kind, Validator};
use crate::quote::quoted;
use crate::StaffLang;

impl Validator<'_> {
    pub(super) fn choice(
        &mut self,
        path: &str,
        field: &'static str,
        value: &str,
        allowed: &'static [&'static str],
    ) {
        if !allowed.contains(&value) {
            let suggestion = closest(
                &crate::case::lower_str(value).replace([' ', '-'], "_"),
                allowed,
            )
            .or_else(|| closest(value, allowed));
            self.error(
                path,
                Kind::UnknownChoice {
                    field,
                    value: value.to_owned(),
                    allowed,
                    suggestion,
                },
            );
        }
    }

    pub(super) fn language(&mut self, path: &str, language: &str) {
        let code = language.len() == 2 && language.bytes().all(|b| b.is_ascii_lowercase());
        if !code {
            self.warn(path, Kind::BadLanguage(language.to_owned()));
        }
    }
}

pub(super) fn unknown_choice(
    field: &str,
    value: &str,
    allowed: &[&str],
    lang: StaffLang,
) -> String {
    pick(
        lang,
        format!(
            "{} kan niet in `{field}`; kies uit {}",
            quoted(value),
            quoted_list(allowed)
        ),
        format!(
            "{} is not allowed in `{field}`; choose from {}",
            quoted(value),
            quoted_list(allowed)
        ),
    )
}

pub(super) fn bad_language(value: &str, lang: StaffLang) -> String {
    pick(
        lang,
        format!(
            "{} is geen taalcode van twee kleine letters (zoals \"nl\", \"en\", \"tr\")",
            quoted(value)
        ),
        format!(
            "{} is not a two-letter language code (such as \"nl\", \"en\", \"tr\")",
            quoted(value)
        ),
    )
}
