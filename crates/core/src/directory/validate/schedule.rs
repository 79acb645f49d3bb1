//! A schedule is read by the parser's own [`Schedule::from_raw`]. That stops at the
//! first problem, so the validator reports it, takes the offending part out
//! (`schedule_repair.rs`) and asks again, until the rule is clean: every problem of
//! a rule is reported at once.
//!
//! - SW018 `Schedule`: a rule the parser refuses ([`ScheduleError`]; in English its
//!   own message, in Dutch the words below).
//! - SW033 `ScheduleEnded` (warning): `valid_to` has passed.
//! - SW034 `NeverOccurs` (warning): the rule falls on no day at all.

use serde_json::{Map, Value};

use super::fields::Block;
use super::kind::Expected;
use super::schedule_repair::repair;
use super::types::type_name;
use super::words::pick;
use super::{Kind, Validator};
use crate::directory::spans::{index_path, key_path};
use crate::quote::quoted;
use crate::schedule::{Date, DayRule, RawSchedule, Schedule, ScheduleError};
use crate::StaffLang;

impl Validator<'_> {
    pub(super) fn schedule(&mut self, path: &str, value: &Value) {
        let Value::Object(object) = value else {
            self.error(
                path,
                Kind::WrongType {
                    field: "schedules".into(),
                    expected: Expected::Object,
                    found: type_name(value),
                },
            );
            return;
        };
        self.unknown_fields(path, object, Block::Schedule);
        let errors_before = self.errors();
        self.required_text(path, object, "freq");
        self.typed(path, object, "interval", Expected::Whole, true);
        if !object.contains_key("byday") {
            self.error(path, Kind::Missing("byday"));
        }
        self.typed(path, object, "byday", Expected::Days, false);
        for field in ["opens_at", "closes_at", "valid_from", "valid_to"] {
            self.typed(path, object, field, Expected::Text, true);
        }
        self.optional_text(path, object, "description");
        if self.errors() > errors_before {
            return;
        }
        let known: Map<String, Value> = object
            .iter()
            .filter(|(k, _)| Block::Schedule.fields().contains(&k.as_str()))
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
        let Ok(mut raw) = serde_json::from_value::<RawSchedule>(Value::Object(known)) else {
            return; // Cannot happen after the type checks; the safety net would say.
        };
        for _ in 0..32 {
            match Schedule::from_raw(&raw) {
                Ok(schedule) => {
                    if schedule.has_ended(self.today) {
                        let to = schedule.valid_to.unwrap_or(self.today);
                        self.warn(&key_path(path, "valid_to"), Kind::ScheduleEnded(to));
                    } else if schedule.never_occurs() {
                        self.warn(path, Kind::NeverOccurs);
                    }
                    return;
                }
                Err(e) => {
                    let at = error_path(path, object, &e);
                    let repaired = repair(&mut raw, &e);
                    self.error(&at, Kind::Schedule(e));
                    if !repaired {
                        return;
                    }
                }
            }
        }
    }
}

/// The path of the value a schedule error is about.
fn error_path(path: &str, object: &Map<String, Value>, error: &ScheduleError) -> String {
    let field_with = |fields: &[&'static str], text: &str| {
        fields
            .iter()
            .copied()
            .find(|f| object.get(*f).and_then(Value::as_str).map(str::trim) == Some(text))
            .unwrap_or(fields[0])
    };
    let field = match error {
        ScheduleError::UnknownFrequency(_) => "freq",
        ScheduleError::BadDay(day) | ScheduleError::NthInWeekly(day) => {
            if let Some(Value::Array(items)) = object.get("byday") {
                let same = |s: &str| {
                    s.trim() == day
                        || DayRule::parse(s).is_some_and(|r| Some(r) == DayRule::parse(day))
                };
                let found = items.iter().position(|v| v.as_str().is_some_and(same));
                if let Some(k) = found {
                    return index_path(&key_path(path, "byday"), k);
                }
            }
            "byday"
        }
        ScheduleError::NoDays => "byday",
        ScheduleError::BadInterval => "interval",
        ScheduleError::IntervalWithoutStart => "interval",
        ScheduleError::BadTime(t) => field_with(&["opens_at", "closes_at"], t),
        ScheduleError::BadDate(d) => field_with(&["valid_from", "valid_to"], d),
        ScheduleError::ClosesBeforeOpens => "closes_at",
        ScheduleError::EndsBeforeStart => "valid_to",
    };
    key_path(path, field)
}

pub(super) fn schedule(error: &ScheduleError, lang: StaffLang) -> String {
    match lang {
        StaffLang::Nl => schedule_nl(error),
        StaffLang::En => error.to_string(),
    }
}

/// The Dutch text of a schedule problem; the English one is [`ScheduleError`]'s own.
fn schedule_nl(error: &ScheduleError) -> String {
    match error {
        ScheduleError::UnknownFrequency(v) => {
            format!("`freq` moet \"WEEKLY\" (elke week) of \"MONTHLY\" (elke maand) zijn, niet {}", quoted(v))
        }
        ScheduleError::BadDay(v) => format!(
            "{} is geen dag: gebruik MO, TU, WE, TH, FR, SA of SU (maandag tot zondag), bij een maandregel met 1 tot 5 of -1 ervoor (\"2MO\" is de tweede maandag van de maand)", quoted(v)
        ),
        ScheduleError::NoDays => "`byday` noemt geen dag".into(),
        ScheduleError::NthInWeekly(v) => format!(
            "{} telt dagen in een maand: gebruik het met \"freq\": \"MONTHLY\"", quoted(v)
        ),
        ScheduleError::BadInterval => "`interval` moet een getal van 1 tot 12 zijn".into(),
        ScheduleError::IntervalWithoutStart => {
            "een regel die weken of maanden overslaat (`interval`) heeft `valid_from` nodig: de datum waarop het tellen begint".into()
        }
        ScheduleError::BadTime(v) => format!("{} is geen tijd: schrijf het als 14:30", quoted(v)),
        ScheduleError::BadDate(v) => format!("{} is geen datum: schrijf het als 2026-12-31", quoted(v)),
        ScheduleError::ClosesBeforeOpens => "`closes_at` is niet later dan `opens_at`".into(),
        ScheduleError::EndsBeforeStart => "`valid_to` ligt vóór `valid_from`".into(),
    }
}

pub(super) fn schedule_ended(date: Date, lang: StaffLang) -> String {
    pick(
        lang,
        format!("dit rooster is afgelopen op {date}: haal het weg of werk het bij"),
        format!("this schedule ended on {date}: remove or update it"),
    )
}

pub(super) fn never_occurs(lang: StaffLang) -> String {
    pick(
        lang,
        "dit rooster valt op geen enkele dag: kijk `byday`, `valid_from` en `valid_to` na".into(),
        "this schedule falls on no day at all: check `byday`, `valid_from` and `valid_to`".into(),
    )
}
