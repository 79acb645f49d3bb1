//! Is the information still right? `last_checked` says when someone last looked.
//!
//! - SW035 `NotChecked` (warning): no `last_checked`.
//! - SW036 `CheckedLongAgo` (warning): checked more than a year ago
//!   ([`STALE_AFTER_DAYS`], which the coverage report uses too).
//! - SW037 `BadCheckedDate` (warning): `last_checked` is no date (the app ignores it).

use serde_json::{Map, Value};

use super::words::pick;
use super::{Kind, Validator};
use crate::directory::spans::key_path;
use crate::directory::STALE_AFTER_DAYS;
use crate::quote::quoted;
use crate::schedule::Date;
use crate::StaffLang;

impl Validator<'_> {
    pub(super) fn freshness(&mut self, path: &str, entry: &Map<String, Value>) {
        let checked_type_ok = entry
            .get("last_checked")
            .is_none_or(|v| v.is_null() || v.is_string());
        let at = key_path(path, "last_checked");
        match self.optional_text(path, entry, "last_checked") {
            None if !checked_type_ok => {}
            None => {
                let at = if entry.contains_key("last_checked") {
                    at
                } else {
                    path.to_owned()
                };
                self.warn(&at, Kind::NotChecked);
            }
            Some(text) => match Date::parse(text) {
                None => self.warn(&at, Kind::BadCheckedDate(text.to_owned())),
                Some(date)
                    if date.days_since_epoch()
                        < self.today.days_since_epoch() - STALE_AFTER_DAYS =>
                {
                    self.warn(&at, Kind::CheckedLongAgo(date));
                }
                Some(_) => {}
            },
        }
    }
}

pub(super) fn not_checked(lang: StaffLang) -> String {
    pick(
        lang,
        "`last_checked` ontbreekt: zet de datum erbij waarop u de gegevens hebt nagekeken".into(),
        "`last_checked` is missing: add the date on which you checked the information".into(),
    )
}

pub(super) fn checked_long_ago(date: Date, lang: StaffLang) -> String {
    pick(
        lang,
        format!("laatst gecontroleerd op {date}, meer dan een jaar geleden: klopt alles nog?"),
        format!("last checked on {date}, more than a year ago: is everything still right?"),
    )
}

pub(super) fn bad_checked_date(value: &str, lang: StaffLang) -> String {
    pick(
        lang,
        format!(
            "{} is geen datum: schrijf het als 2026-12-31",
            quoted(value)
        ),
        format!("{} is not a date: write it as 2026-12-31", quoted(value)),
    )
}
