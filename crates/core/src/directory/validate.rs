//! The staff's check of a directory file: every problem at once, each with its place
//! (line, column and JSON path) and a plain-language message (Dutch B1, or English).
//!
//! The app's parser ([`parse_directory`]) skips a bad entry with one reason; this module
//! explains *all* problems, so that staff can fix a file in one go. It reuses the
//! parser's own checks: schedules go through [`Schedule::from_raw`], links through
//! [`SafeLink`], postcodes and municipalities through [`crate::place`]. As a safety net,
//! an entry the parser would skip but for which no error was found here is reported
//! with the parser's own reason (tests make sure that never happens).

use crate::quote::quoted;
use std::collections::HashMap;

use serde_json::{Map, Value};

use super::parse::{parse_directory, DirectoryError};
use super::spans::{index_path, key_path, Spans};
use super::SCHEMA_VERSION;
use crate::geo::LatLon;
use crate::link::SafeLink;
use crate::schedule::{Date, DayRule, RawSchedule, Schedule, ScheduleError};
use crate::{place, Lang, Need};

/// How bad a problem is. Errors make the app skip an entry (or the whole file);
/// warnings are shown but the entry still works; info is only counted.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    Info,
    Warning,
    Error,
}

/// One problem, where it is, and what to do about it.
#[derive(Clone, Debug, PartialEq)]
pub struct Problem {
    pub severity: Severity,
    pub kind: Kind,
    /// A JSON path such as `entries[3].schedules[0].byday` (empty: the whole file).
    pub path: String,
    /// Byte offset into the text, for tools that show the source.
    pub offset: usize,
    /// 1-based line.
    pub line: usize,
    /// 1-based column, in characters.
    pub column: usize,
    /// The message in the language asked for.
    pub message: String,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Report {
    /// In the order of the file.
    pub problems: Vec<Problem>,
    /// How many entries the file has (0 when it could not be read).
    pub entries: usize,
    /// How many of them are marked `"example": true`.
    pub examples: usize,
}

impl Report {
    pub fn count(&self, severity: Severity) -> usize {
        self.problems
            .iter()
            .filter(|p| p.severity == severity)
            .count()
    }

    pub fn has_errors(&self) -> bool {
        self.count(Severity::Error) > 0
    }
}

/// What kind of value a field needs, for "wrong type" messages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Expected {
    Text,
    Bool,
    /// A whole number from 0 to 255 (ages, intervals).
    Whole,
    Number,
    List,
    Object,
    /// `byday`: a text such as "TU" or "MO,TH", or a list of such texts.
    Days,
}

/// Every kind of problem the validator reports. [`Kind::message`] words it.
#[derive(Clone, Debug, PartialEq)]
pub enum Kind {
    // Errors about the file as a whole.
    /// Not JSON; the message is serde_json's, without its position.
    Syntax(String),
    /// The file starts with a byte order mark.
    ByteOrderMark,
    NotAnObject,
    /// `schema_version` missing (`None`) or another value (as written).
    SchemaVersion(Option<String>),
    /// No `entries` list; with the closest key if one looks like a typo.
    NoEntries(Option<String>),

    // Errors in an entry: the app skips it.
    EntryNotObject,
    Missing(&'static str),
    Empty(&'static str),
    UnknownField {
        field: String,
        suggestion: Option<&'static str>,
    },
    WrongType {
        field: String,
        expected: Expected,
        found: &'static str,
    },
    UnknownNeed {
        value: String,
        suggestion: Option<&'static str>,
    },
    /// A value not in a fixed list (`status`, `moments`).
    UnknownChoice {
        field: &'static str,
        value: String,
        allowed: &'static [&'static str],
        suggestion: Option<&'static str>,
    },
    /// The same id twice; `other` is the path of the other entry.
    DuplicateId {
        id: String,
        other: String,
    },
    Schedule(ScheduleError),
    AgeOrder {
        min: u64,
        max: u64,
    },
    /// Only one of `latitude` and `longitude`.
    CoordinatePair,
    NotOnEarth,
    /// The app skips the entry for a reason this validator did not foresee.
    Skipped(String),

    // Warnings: the entry is shown, but something is probably wrong.
    DuplicateKey(String),
    EmptyDescription,
    EmptyAddress(&'static str),
    NoNeeds,
    ScheduleEnded(Date),
    NeverOccurs,
    NotChecked,
    CheckedLongAgo(Date),
    BadCheckedDate(String),
    UnknownMunicipality {
        value: String,
        suggestion: Option<&'static str>,
    },
    BadPhone(String),
    BadEmail(String),
    BadWebsite(String),
    HttpWebsite(String),
    OutsideNetherlands,
    LatLonSwapped,
    BadPostcode(String),
    BadLanguage(String),
    CostMissing,

    // Info.
    Examples(usize),
}

const ENTRY_FIELDS: &[&str] = &[
    "id",
    "name",
    "description",
    "organisation",
    "municipality",
    "needs",
    "example",
    "status",
    "audience",
    "age_min",
    "age_max",
    "free",
    "cost",
    "languages",
    "how_to_join",
    "when",
    "schedules",
    "moments",
    "location",
    "contact",
    "last_checked",
];
const LOCATION_FIELDS: &[&str] = &[
    "name",
    "street",
    "postcode",
    "city",
    "latitude",
    "longitude",
    "wheelchair_accessible",
    "accessibility",
    "getting_there",
];
const CONTACT_FIELDS: &[&str] = &["phone", "email", "website", "person"];
const SCHEDULE_FIELDS: &[&str] = &[
    "freq",
    "interval",
    "byday",
    "opens_at",
    "closes_at",
    "valid_from",
    "valid_to",
    "description",
];
/// The field names of every object in an entry, by object: the parser's names. A test
/// compares them with the parser's own list (from serde's "unknown field" message).
pub const FIELDS: [(&str, &[&str]); 4] = [
    ("entry", ENTRY_FIELDS),
    ("location", LOCATION_FIELDS),
    ("contact", CONTACT_FIELDS),
    ("schedule", SCHEDULE_FIELDS),
];
pub const STATUSES: &[&str] = &["active", "temporarily_closed", "inactive", "defunct"];
pub const MOMENTS: &[&str] = &["daytime", "evening", "weekend"];

/// How long ago `last_checked` may be before it is called old.
const CHECK_EVERY_DAYS: i64 = 365;

/// Checks a directory file and explains every problem in Dutch.
pub fn validate(text: &str, today: Date) -> Report {
    validate_in(text, today, Lang::Nl)
}

/// Checks a directory file and explains every problem in `lang`.
pub fn validate_in(text: &str, today: Date, lang: Lang) -> Report {
    let mut v = Validator {
        text,
        lang,
        today,
        spans: Spans::default(),
        problems: Vec::new(),
    };
    let (entries, examples) = v.file();
    let mut problems = v.problems;
    problems.sort_by_key(|p| p.offset);
    Report {
        problems,
        entries,
        examples,
    }
}

struct Validator<'a> {
    text: &'a str,
    lang: Lang,
    today: Date,
    spans: Spans,
    problems: Vec<Problem>,
}

impl Validator<'_> {
    fn report(&mut self, severity: Severity, path: &str, offset: usize, kind: Kind) {
        let offset = floor_char_boundary(self.text, offset);
        let (line, column) = line_column(self.text, offset);
        self.problems.push(Problem {
            severity,
            message: kind.message(self.lang),
            kind,
            path: path.to_owned(),
            offset,
            line,
            column,
        });
    }

    /// A problem with the value at `path`.
    fn at(&mut self, severity: Severity, path: &str, kind: Kind) {
        let offset = self.spans.value(path);
        self.report(severity, path, offset, kind);
    }

    fn error(&mut self, path: &str, kind: Kind) {
        self.at(Severity::Error, path, kind);
    }

    fn warn(&mut self, path: &str, kind: Kind) {
        self.at(Severity::Warning, path, kind);
    }

    /// Checks the file; returns the number of entries and of examples.
    fn file(&mut self) -> (usize, usize) {
        if self.text.starts_with('\u{feff}') {
            self.report(Severity::Error, "", 0, Kind::ByteOrderMark);
            return (0, 0);
        }
        let root: Value = match serde_json::from_str(self.text) {
            Ok(root) => root,
            Err(e) => {
                let offset = offset_of(self.text, e.line(), e.column());
                let message = e.to_string();
                let message = message
                    .rsplit_once(" at line ")
                    .map_or(message.as_str(), |(m, _)| m)
                    .to_owned();
                self.report(Severity::Error, "", offset, Kind::Syntax(message));
                return (0, 0);
            }
        };
        self.spans = Spans::scan(self.text);
        let Value::Object(root) = root else {
            self.error("", Kind::NotAnObject);
            return (0, 0);
        };
        match root.get("schema_version") {
            None => self.error("", Kind::SchemaVersion(None)),
            Some(v) if v.as_u64() == Some(SCHEMA_VERSION) => {}
            Some(v) => self.error("schema_version", Kind::SchemaVersion(Some(v.to_string()))),
        }
        let Some(Value::Array(items)) = root.get("entries") else {
            let typo = root
                .keys()
                .find(|k| *k != "entries" && closest(k, &["entries"]).is_some())
                .cloned();
            let path = if root.contains_key("entries") {
                "entries"
            } else {
                ""
            };
            self.error(path, Kind::NoEntries(typo));
            return (0, 0);
        };

        // The parser reads entries field by field and refuses a field given twice; at
        // the top, only the free fields (`note`, `updated`, …) may repeat harmlessly.
        for duplicate in self.spans.duplicate_keys.clone() {
            let (path, key) = (duplicate.path, duplicate.key);
            let offset = self.spans.key(&path);
            let severity = if is_within(&path, "entries") || is_within(&path, "schema_version") {
                Severity::Error
            } else {
                Severity::Warning
            };
            self.report(severity, &path, offset, Kind::DuplicateKey(key));
        }

        let mut ids: HashMap<&str, usize> = HashMap::new();
        let mut examples = 0;
        for (i, item) in items.iter().enumerate() {
            let path = index_path("entries", i);
            self.entry(&path, item);
            if item.get("example") == Some(&Value::Bool(true)) {
                examples += 1;
            }
            if let Some(id) = item.get("id").and_then(Value::as_str) {
                if id.trim().is_empty() {
                    continue;
                }
                if let Some(first) = ids.get(id) {
                    let first_path = index_path("entries", *first);
                    self.error(
                        &key_path(&first_path, "id"),
                        Kind::DuplicateId {
                            id: id.to_owned(),
                            other: path.clone(),
                        },
                    );
                    self.error(
                        &key_path(&path, "id"),
                        Kind::DuplicateId {
                            id: id.to_owned(),
                            other: first_path,
                        },
                    );
                } else {
                    ids.insert(id, i);
                }
            }
        }
        if examples > 0 {
            self.at(Severity::Info, "entries", Kind::Examples(examples));
        }
        self.safety_net();
        (items.len(), examples)
    }

    /// Entries the app would skip must have an error here; if one has none, the
    /// parser's own reason is reported.
    fn safety_net(&mut self) {
        let Ok(directory) = parse_directory(self.text) else {
            // The whole-file checks above have already said why.
            if !self.problems.iter().any(|p| p.severity == Severity::Error) {
                let reason = match parse_directory(self.text) {
                    Err(DirectoryError::Shape(s)) => s,
                    Err(e) => e.to_string(),
                    Ok(_) => String::new(),
                };
                self.error("", Kind::Skipped(reason));
            }
            return;
        };
        for skipped in directory.skipped {
            let path = index_path("entries", skipped.index);
            let explained = self
                .problems
                .iter()
                .any(|p| p.severity == Severity::Error && is_within(&p.path, &path));
            if !explained {
                self.error(&path, Kind::Skipped(skipped.reason));
            }
        }
    }

    fn unknown_fields(&mut self, path: &str, object: &Map<String, Value>, known: &[&'static str]) {
        for key in object.keys() {
            if !known.contains(&key.as_str()) {
                let child = key_path(path, key);
                let offset = self.spans.key(&child);
                let kind = Kind::UnknownField {
                    field: key.clone(),
                    suggestion: closest(key, known).or_else(|| alias(key, known)),
                };
                self.report(Severity::Error, &child, offset, kind);
            }
        }
    }

    /// Checks the type of `object[field]`; returns the value when it has the right one.
    /// `null` counts as absent for optional texts and numbers, as in the parser.
    fn typed<'v>(
        &mut self,
        path: &str,
        object: &'v Map<String, Value>,
        field: &'static str,
        expected: Expected,
        nullable: bool,
    ) -> Option<&'v Value> {
        let value = object.get(field)?;
        if value.is_null() && nullable {
            return None;
        }
        let ok = match expected {
            Expected::Text => value.is_string(),
            Expected::Bool => value.is_boolean(),
            Expected::Whole => value.as_u64().is_some_and(|n| n <= u64::from(u8::MAX)),
            Expected::Number => value.is_number(),
            Expected::List => value.is_array(),
            Expected::Object => value.is_object(),
            Expected::Days => match value {
                Value::String(_) => true,
                Value::Array(items) => items.iter().all(Value::is_string),
                _ => false,
            },
        };
        if ok {
            return Some(value);
        }
        let child = key_path(path, field);
        let found = match (expected, value) {
            // A list of days with something else in it: point at that item.
            (Expected::Days, Value::Array(items)) => {
                let (k, item) = items.iter().enumerate().find(|(_, v)| !v.is_string())?;
                self.error(
                    &index_path(&child, k),
                    Kind::WrongType {
                        field: field.to_owned(),
                        expected: Expected::Text,
                        found: type_name(item),
                    },
                );
                return None;
            }
            _ => type_name(value),
        };
        self.error(
            &child,
            Kind::WrongType {
                field: field.to_owned(),
                expected,
                found,
            },
        );
        None
    }

    /// A required text field.
    fn required_text<'v>(
        &mut self,
        path: &str,
        object: &'v Map<String, Value>,
        field: &'static str,
    ) -> Option<&'v str> {
        if !object.contains_key(field) {
            self.error(path, Kind::Missing(field));
            return None;
        }
        self.typed(path, object, field, Expected::Text, false)
            .and_then(Value::as_str)
    }

    fn optional_text<'v>(
        &mut self,
        path: &str,
        object: &'v Map<String, Value>,
        field: &'static str,
    ) -> Option<&'v str> {
        self.typed(path, object, field, Expected::Text, true)
            .and_then(Value::as_str)
            .map(str::trim)
            .filter(|s| !s.is_empty())
    }

    /// A list whose items are texts; returns the texts with their paths.
    fn text_list<'v>(
        &mut self,
        path: &str,
        object: &'v Map<String, Value>,
        field: &'static str,
    ) -> Vec<(String, &'v str)> {
        let Some(Value::Array(items)) = self.typed(path, object, field, Expected::List, false)
        else {
            return Vec::new();
        };
        let list = key_path(path, field);
        let mut texts = Vec::new();
        for (k, item) in items.iter().enumerate() {
            let item_path = index_path(&list, k);
            match item.as_str() {
                Some(s) => texts.push((item_path, s)),
                None => self.error(
                    &item_path,
                    Kind::WrongType {
                        field: field.to_owned(),
                        expected: Expected::Text,
                        found: type_name(item),
                    },
                ),
            }
        }
        texts
    }

    fn entry(&mut self, path: &str, item: &Value) {
        let Value::Object(entry) = item else {
            self.error(path, Kind::EntryNotObject);
            return;
        };
        self.unknown_fields(path, entry, ENTRY_FIELDS);

        for field in ["id", "name"] {
            if let Some(text) = self.required_text(path, entry, field) {
                if text.trim().is_empty() {
                    self.error(&key_path(path, field), Kind::Empty(field));
                }
            }
        }
        if let Some(text) = self.required_text(path, entry, "description") {
            if text.trim().is_empty() {
                self.warn(&key_path(path, "description"), Kind::EmptyDescription);
            }
        }
        for field in ["organisation", "audience", "how_to_join", "when"] {
            self.optional_text(path, entry, field);
        }
        if let Some(m) = self.optional_text(path, entry, "municipality") {
            let id = m.to_lowercase();
            if place::municipality_name(&id).is_none() {
                let ids: Vec<&'static str> = place::municipalities().map(|(id, _)| id).collect();
                self.warn(
                    &key_path(path, "municipality"),
                    Kind::UnknownMunicipality {
                        value: m.to_owned(),
                        suggestion: closest(&id, &ids),
                    },
                );
            }
        }

        // Needs.
        let needs = self.text_list(path, entry, "needs");
        for (item_path, need) in &needs {
            if Need::from_slug(need).is_none() {
                let slugs: Vec<&'static str> = Need::ALL.iter().map(|n| n.slug()).collect();
                let suggestion = Need::from_name(need)
                    .map(Need::slug)
                    .or_else(|| closest(need, &slugs));
                self.error(
                    item_path,
                    Kind::UnknownNeed {
                        value: (*need).to_owned(),
                        suggestion,
                    },
                );
            }
        }
        if needs.is_empty()
            && entry
                .get("needs")
                .is_none_or(|n| n.as_array().is_some_and(Vec::is_empty))
        {
            let at = if entry.contains_key("needs") {
                key_path(path, "needs")
            } else {
                path.to_owned()
            };
            self.warn(&at, Kind::NoNeeds);
        }

        // Fixed choices.
        let status = self.typed(path, entry, "status", Expected::Text, false);
        if let Some(status) = status.and_then(Value::as_str) {
            self.choice(&key_path(path, "status"), "status", status, STATUSES);
        }
        for (item_path, moment) in self.text_list(path, entry, "moments") {
            self.choice(&item_path, "moments", moment, MOMENTS);
        }
        for (item_path, language) in self.text_list(path, entry, "languages") {
            let code = language.len() == 2 && language.bytes().all(|b| b.is_ascii_lowercase());
            if !code {
                self.warn(&item_path, Kind::BadLanguage(language.to_owned()));
            }
        }

        // Booleans.
        self.typed(path, entry, "example", Expected::Bool, false);
        let free = self
            .typed(path, entry, "free", Expected::Bool, false)
            .and_then(Value::as_bool);

        // Ages.
        let age_min = self
            .typed(path, entry, "age_min", Expected::Whole, true)
            .and_then(Value::as_u64);
        let age_max = self
            .typed(path, entry, "age_max", Expected::Whole, true)
            .and_then(Value::as_u64);
        if let (Some(min), Some(max)) = (age_min, age_max) {
            if min > max {
                self.error(&key_path(path, "age_min"), Kind::AgeOrder { min, max });
            }
        }

        // Cost.
        let cost = self.optional_text(path, entry, "cost");
        if free != Some(true) && cost.is_none() && entry.get("free").is_none_or(Value::is_boolean) {
            let at = if entry.contains_key("free") {
                key_path(path, "free")
            } else {
                path.to_owned()
            };
            self.warn(&at, Kind::CostMissing);
        }

        // Schedules.
        if let Some(Value::Array(schedules)) =
            self.typed(path, entry, "schedules", Expected::List, false)
        {
            let list = key_path(path, "schedules");
            for (j, schedule) in schedules.iter().enumerate() {
                self.schedule(&index_path(&list, j), schedule);
            }
        }

        // Location and contact.
        if let Some(Value::Object(location)) =
            self.typed(path, entry, "location", Expected::Object, true)
        {
            self.location(&key_path(path, "location"), location);
        }
        if let Some(Value::Object(contact)) =
            self.typed(path, entry, "contact", Expected::Object, false)
        {
            self.contact(&key_path(path, "contact"), contact);
        }

        // Freshness.
        let checked_type_ok = entry
            .get("last_checked")
            .is_none_or(|v| v.is_null() || v.is_string());
        match self.optional_text(path, entry, "last_checked") {
            None if !checked_type_ok => {}
            None => {
                let at = if entry.contains_key("last_checked") {
                    key_path(path, "last_checked")
                } else {
                    path.to_owned()
                };
                self.warn(&at, Kind::NotChecked);
            }
            Some(text) => match Date::parse(text) {
                None => self.warn(
                    &key_path(path, "last_checked"),
                    Kind::BadCheckedDate(text.to_owned()),
                ),
                Some(date)
                    if date.days_since_epoch()
                        < self.today.days_since_epoch() - CHECK_EVERY_DAYS =>
                {
                    self.warn(&key_path(path, "last_checked"), Kind::CheckedLongAgo(date));
                }
                Some(_) => {}
            },
        }
    }

    fn choice(
        &mut self,
        path: &str,
        field: &'static str,
        value: &str,
        allowed: &'static [&'static str],
    ) {
        if !allowed.contains(&value) {
            let suggestion = closest(&value.to_lowercase().replace([' ', '-'], "_"), allowed)
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

    fn schedule(&mut self, path: &str, value: &Value) {
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
        self.unknown_fields(path, object, SCHEDULE_FIELDS);
        let errors_before = self.errors();
        self.required_text(path, object, "freq");
        self.typed(path, object, "interval", Expected::Whole, true);
        if !object.contains_key("byday") {
            self.error(path, Kind::Missing("byday"));
        }
        self.typed(path, object, "byday", Expected::Days, false);
        for field in [
            "opens_at",
            "closes_at",
            "valid_from",
            "valid_to",
            "description",
        ] {
            self.typed(path, object, field, Expected::Text, true);
        }
        if self.errors() > errors_before {
            return;
        }
        let known: Map<String, Value> = object
            .iter()
            .filter(|(k, _)| SCHEDULE_FIELDS.contains(&k.as_str()))
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
        let Ok(mut raw) = serde_json::from_value::<RawSchedule>(Value::Object(known)) else {
            return; // Cannot happen after the type checks; the safety net would say.
        };
        // Schedule::from_raw stops at the first problem: report it, take the offending
        // part out, and ask again, so that every problem of the rule is reported.
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
                    let at = self.schedule_error_path(path, object, &e);
                    let fixed = fix_schedule(&mut raw, &e);
                    self.error(&at, Kind::Schedule(e));
                    if !fixed {
                        return;
                    }
                }
            }
        }
    }

    fn schedule_error_path(
        &self,
        path: &str,
        object: &Map<String, Value>,
        error: &ScheduleError,
    ) -> String {
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

    fn errors(&self) -> usize {
        self.problems
            .iter()
            .filter(|p| p.severity == Severity::Error)
            .count()
    }

    fn location(&mut self, path: &str, location: &Map<String, Value>) {
        self.unknown_fields(path, location, LOCATION_FIELDS);
        for field in ["name", "accessibility", "getting_there"] {
            self.optional_text(path, location, field);
        }
        for field in ["street", "city"] {
            if let Some(text) = self.required_text(path, location, field) {
                if text.trim().is_empty() {
                    self.warn(&key_path(path, field), Kind::EmptyAddress(field));
                }
            }
        }
        if let Some(postcode) = self.required_text(path, location, "postcode") {
            if place::pc4(postcode).is_none() {
                self.warn(
                    &key_path(path, "postcode"),
                    Kind::BadPostcode(postcode.to_owned()),
                );
            }
        }
        self.typed(
            path,
            location,
            "wheelchair_accessible",
            Expected::Bool,
            false,
        );
        let lat = self
            .typed(path, location, "latitude", Expected::Number, true)
            .and_then(Value::as_f64);
        let lon = self
            .typed(path, location, "longitude", Expected::Number, true)
            .and_then(Value::as_f64);
        let lat_given = location.get("latitude").is_some_and(|v| !v.is_null());
        let lon_given = location.get("longitude").is_some_and(|v| !v.is_null());
        if lat_given != lon_given {
            let at = if lat_given { "latitude" } else { "longitude" };
            self.error(&key_path(path, at), Kind::CoordinatePair);
            return;
        }
        if let (Some(lat), Some(lon)) = (lat, lon) {
            let at = key_path(path, "latitude");
            match LatLon::new(lat, lon) {
                None => self.error(&at, Kind::NotOnEarth),
                Some(point) if point.in_netherlands() => {}
                Some(_) if LatLon::new(lon, lat).is_some_and(LatLon::in_netherlands) => {
                    self.warn(&at, Kind::LatLonSwapped)
                }
                Some(_) => self.warn(&at, Kind::OutsideNetherlands),
            }
        }
    }

    fn contact(&mut self, path: &str, contact: &Map<String, Value>) {
        self.unknown_fields(path, contact, CONTACT_FIELDS);
        self.optional_text(path, contact, "person");
        if let Some(phone) = self.optional_text(path, contact, "phone") {
            if SafeLink::phone(phone).is_none() {
                self.warn(&key_path(path, "phone"), Kind::BadPhone(phone.to_owned()));
            }
        }
        if let Some(email) = self.optional_text(path, contact, "email") {
            if SafeLink::email(email).is_none() {
                self.warn(&key_path(path, "email"), Kind::BadEmail(email.to_owned()));
            }
        }
        if let Some(website) = self.optional_text(path, contact, "website") {
            let at = key_path(path, "website");
            if website
                .get(..7)
                .is_some_and(|s| s.eq_ignore_ascii_case("http://"))
            {
                self.warn(&at, Kind::HttpWebsite(website.to_owned()));
            } else if SafeLink::website(website).is_none() {
                self.warn(&at, Kind::BadWebsite(website.to_owned()));
            }
        }
    }
}

/// True when `path` is `parent` or inside it.
pub fn is_within(path: &str, parent: &str) -> bool {
    path.strip_prefix(parent)
        .is_some_and(|rest| rest.is_empty() || rest.starts_with(['.', '[']))
}

/// Takes out the part of a schedule that `error` is about, so that the next problem can
/// be found. Returns false when nothing can be taken out (then stop asking).
fn fix_schedule(raw: &mut RawSchedule, error: &ScheduleError) -> bool {
    use crate::schedule::ByDay;
    let clear = |field: &mut Option<String>, text: &str| {
        if field.as_deref().map(str::trim) == Some(text) {
            *field = None;
            true
        } else {
            false
        }
    };
    match error {
        // MONTHLY accepts every day rule that WEEKLY does, and more.
        ScheduleError::UnknownFrequency(_) | ScheduleError::NthInWeekly(_) => {
            let changed = raw.freq != "MONTHLY";
            raw.freq = "MONTHLY".into();
            changed
        }
        ScheduleError::BadDay(day) => {
            let day = day.as_str();
            let items: Vec<String> = match &raw.byday {
                ByDay::One(s) => s
                    .split(',')
                    .map(|s| s.trim().to_owned())
                    .filter(|s| !s.is_empty())
                    .collect(),
                ByDay::Many(v) => v.iter().map(|s| s.trim().to_owned()).collect(),
            };
            let Some(k) = items.iter().position(|s| s == day) else {
                return false;
            };
            let mut items = items;
            items.remove(k);
            // Keep at least one day so that "no days" is not reported as well.
            if items.iter().all(|s| s.is_empty()) {
                items = vec!["MO".into()];
            }
            raw.byday = ByDay::Many(items);
            true
        }
        ScheduleError::NoDays => {
            raw.byday = ByDay::One("MO".into());
            true
        }
        ScheduleError::BadInterval | ScheduleError::IntervalWithoutStart => {
            raw.interval.take().is_some()
        }
        ScheduleError::BadTime(t) => clear(&mut raw.opens_at, t) || clear(&mut raw.closes_at, t),
        ScheduleError::BadDate(d) => clear(&mut raw.valid_from, d) || clear(&mut raw.valid_to, d),
        ScheduleError::ClosesBeforeOpens => raw.closes_at.take().is_some(),
        ScheduleError::EndsBeforeStart => raw.valid_to.take().is_some(),
    }
}

/// Field names people often write (Dutch words, HSDS names) and the field they mean.
const ALIASES: &[(&str, &str)] = &[
    ("naam", "name"),
    ("titel", "name"),
    ("title", "name"),
    ("beschrijving", "description"),
    ("omschrijving", "description"),
    ("organisatie", "organisation"),
    ("organization", "organisation"),
    ("gemeente", "municipality"),
    ("behoeften", "needs"),
    ("categories", "needs"),
    ("categorieen", "needs"),
    ("voorbeeld", "example"),
    ("gratis", "free"),
    ("kosten", "cost"),
    ("prijs", "cost"),
    ("voor_wie", "audience"),
    ("talen", "languages"),
    ("aanmelden", "how_to_join"),
    ("wanneer", "when"),
    ("rooster", "schedules"),
    ("schedule", "schedules"),
    ("adres", "location"),
    ("address", "location"),
    ("adress", "location"),
    ("locatie", "location"),
    ("plaats", "city"),
    ("straat", "street"),
    ("lat", "latitude"),
    ("lon", "longitude"),
    ("lng", "longitude"),
    ("long", "longitude"),
    ("rolstoel", "wheelchair_accessible"),
    ("telefoon", "phone"),
    ("telephone", "phone"),
    ("mail", "email"),
    ("e-mail", "email"),
    ("url", "website"),
    ("contactpersoon", "person"),
    ("laatst_gecontroleerd", "last_checked"),
    ("minimum_age", "age_min"),
    ("maximum_age", "age_max"),
];

/// The field a common other name stands for, if that field belongs in this object;
/// contact fields written straight in an entry point to `contact`.
fn alias(key: &str, known: &[&'static str]) -> Option<&'static str> {
    let key = key.to_lowercase();
    let meant = ALIASES.iter().find(|(a, _)| *a == key).map(|(_, f)| *f)?;
    if let Some(field) = known.iter().find(|f| **f == meant) {
        return Some(field);
    }
    let in_contact = CONTACT_FIELDS.contains(&meant) && known.contains(&"contact");
    let in_location = LOCATION_FIELDS.contains(&meant) && known.contains(&"location");
    match (in_contact, in_location) {
        (true, _) => Some("contact"),
        (_, true) => Some("location"),
        _ => None,
    }
}

fn type_name(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "bool",
        Value::Number(_) => "number",
        Value::String(_) => "text",
        Value::Array(_) => "list",
        Value::Object(_) => "object",
    }
}

/// The candidate closest to `word` by edit distance, when it is close enough to be a
/// likely typo (at most a third of the word's letters, at least 1 and at most 3).
pub fn closest<'c>(word: &str, candidates: &[&'c str]) -> Option<&'c str> {
    let word = word.to_lowercase();
    let limit = (word.chars().count() / 3).clamp(1, 3);
    candidates
        .iter()
        .map(|c| (edit_distance(&word, c), *c))
        .filter(|(d, _)| *d <= limit)
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}

/// Levenshtein distance over characters, with adjacent transpositions counted as one
/// (so `adress` → `address` is 1 and `naem` → `name` is 1).
pub fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let width = b.len() + 1;
    let mut d = vec![0usize; (a.len() + 1) * width];
    for i in 0..=a.len() {
        d[i * width] = i;
    }
    for (j, cell) in d.iter_mut().enumerate().take(width) {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut best = (d[(i - 1) * width + j] + 1)
                .min(d[i * width + j - 1] + 1)
                .min(d[(i - 1) * width + j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(d[(i - 2) * width + j - 2] + 1);
            }
            d[i * width + j] = best;
        }
    }
    d[a.len() * width + b.len()]
}

/// 1-based line and column (in characters) of a byte offset.
pub fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let offset = floor_char_boundary(text, offset);
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, before[line_start..].chars().count() + 1)
}

/// The byte offset of serde_json's 1-based line and (byte) column.
fn offset_of(text: &str, line: usize, column: usize) -> usize {
    let line_start = if line <= 1 {
        0
    } else {
        text.match_indices('\n')
            .nth(line - 2)
            .map_or(text.len(), |(i, _)| i + 1)
    };
    (line_start + column.saturating_sub(1)).min(text.len())
}

fn floor_char_boundary(text: &str, offset: usize) -> usize {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

fn quoted_list(items: &[&str]) -> String {
    items
        .iter()
        .map(|s| format!("\"{s}\""))
        .collect::<Vec<_>>()
        .join(", ")
}

impl Expected {
    fn words(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Expected::Text, Lang::Nl) => "tekst tussen aanhalingstekens (\"…\")",
            (Expected::Text, Lang::En) => "text in quotes (\"…\")",
            (Expected::Bool, Lang::Nl) => "true of false (zonder aanhalingstekens)",
            (Expected::Bool, Lang::En) => "true or false (without quotes)",
            (Expected::Whole, Lang::Nl) => "een heel getal van 0 tot 255, zonder aanhalingstekens",
            (Expected::Whole, Lang::En) => "a whole number from 0 to 255, without quotes",
            (Expected::Number, Lang::Nl) => "een getal met een punt, zoals 52.46",
            (Expected::Number, Lang::En) => "a number with a decimal point, such as 52.46",
            (Expected::List, Lang::Nl) => "een lijst: [ … ]",
            (Expected::List, Lang::En) => "a list: [ … ]",
            (Expected::Object, Lang::Nl) => "een blok met velden: { … }",
            (Expected::Object, Lang::En) => "a block of fields: { … }",
            (Expected::Days, Lang::Nl) => {
                "dagen als tekst (\"TU\" of \"MO,TH\") of als lijst ([\"MO\", \"TH\"])"
            }
            (Expected::Days, Lang::En) => {
                "days as text (\"TU\" or \"MO,TH\") or as a list ([\"MO\", \"TH\"])"
            }
        }
    }
}

fn found_words(found: &str, lang: Lang) -> &'static str {
    match (found, lang) {
        ("null", Lang::Nl) => "null (leeg)",
        ("null", Lang::En) => "null (empty)",
        ("bool", Lang::Nl) => "true of false",
        ("bool", Lang::En) => "true or false",
        ("number", Lang::Nl) => "een getal",
        ("number", Lang::En) => "a number",
        ("text", Lang::Nl) => "tekst",
        ("text", Lang::En) => "text",
        ("list", Lang::Nl) => "een lijst",
        ("list", Lang::En) => "a list",
        (_, Lang::Nl) => "een blok",
        (_, Lang::En) => "a block",
    }
}

/// A plain hint for serde_json's syntax messages.
fn syntax_hint(message: &str, lang: Lang) -> &'static str {
    let nl = lang == Lang::Nl;
    let m = message;
    if m.starts_with("EOF") {
        if nl {
            "het bestand houdt te vroeg op: mist er aan het eind een } of ]?"
        } else {
            "the file ends too early: is a } or ] missing at the end?"
        }
    } else if m.starts_with("trailing comma") {
        if nl {
            "er staat een komma te veel vóór een } of ]"
        } else {
            "there is one comma too many before a } or ]"
        }
    } else if m.starts_with("expected `,` or `}`") || m.starts_with("expected `,` or `]`") {
        if nl {
            "hier hoort een komma: mist er een komma na de vorige regel?"
        } else {
            "a comma belongs here: is there a comma missing after the previous line?"
        }
    } else if m.starts_with("key must be a string") {
        if nl {
            "een veldnaam moet tussen dubbele aanhalingstekens staan (\"name\"), of er staat een komma te veel"
        } else {
            "a field name must be in double quotes (\"name\"), or there is one comma too many"
        }
    } else if m.starts_with("expected `:`") {
        if nl {
            "na een veldnaam hoort een dubbele punt (:)"
        } else {
            "a colon (:) belongs after a field name"
        }
    } else if m.starts_with("control character") {
        if nl {
            "in een tekst mag geen enter of tab staan"
        } else {
            "a text may not contain a line break or a tab"
        }
    } else if m.starts_with("invalid escape") {
        if nl {
            "een \\ in een tekst moet dubbel: \\\\"
        } else {
            "a \\ inside a text must be doubled: \\\\"
        }
    } else if m.starts_with("trailing characters") {
        if nl {
            "na het einde van het bestand staat nog iets"
        } else {
            "there is something after the end of the file"
        }
    } else if nl {
        "hier verwacht ik een waarde: tekst tussen \"…\", een getal, true, false, null, een lijst [ … ] of een blok { … }"
    } else {
        "a value belongs here: text in \"…\", a number, true, false, null, a list [ … ] or a block { … }"
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

fn did_you_mean(suggestion: Option<&str>, lang: Lang) -> String {
    match (suggestion, lang) {
        (Some(s), Lang::Nl) => format!(" — bedoelt u `{s}`?"),
        (Some(s), Lang::En) => format!(" — did you mean `{s}`?"),
        (None, _) => String::new(),
    }
}

impl Kind {
    /// The message for staff, in plain words.
    pub fn message(&self, lang: Lang) -> String {
        let nl = lang == Lang::Nl;
        let pick = |nl_text: String, en_text: String| if nl { nl_text } else { en_text };
        match self {
            Kind::Syntax(m) => pick(
                format!("dit is geen geldige JSON: {} ({m})", syntax_hint(m, lang)),
                format!("this is not valid JSON: {} ({m})", syntax_hint(m, lang)),
            ),
            Kind::ByteOrderMark => pick(
                "het bestand begint met een onzichtbaar BOM-teken: sla het op als UTF-8 zonder BOM".into(),
                "the file starts with an invisible byte order mark: save it as UTF-8 without BOM".into(),
            ),
            Kind::NotAnObject => pick(
                "het bestand moet beginnen met { en \"schema_version\" en \"entries\" bevatten".into(),
                "the file must start with { and contain \"schema_version\" and \"entries\"".into(),
            ),
            Kind::SchemaVersion(None) => pick(
                format!("`schema_version` ontbreekt: zet \"schema_version\": {SCHEMA_VERSION} bovenaan"),
                format!("`schema_version` is missing: put \"schema_version\": {SCHEMA_VERSION} at the top"),
            ),
            Kind::SchemaVersion(Some(v)) => pick(
                format!("`schema_version` is {v}, maar deze versie van Samenwijzer leest alleen {SCHEMA_VERSION}"),
                format!("`schema_version` is {v}, but this version of Samenwijzer reads only {SCHEMA_VERSION}"),
            ),
            Kind::NoEntries(typo) => {
                let hint = match (typo, nl) {
                    (Some(t), true) => format!(" (er staat wel `{t}` — bedoelt u `entries`?)"),
                    (Some(t), false) => format!(" (there is `{t}` — did you mean `entries`?)"),
                    (None, _) => String::new(),
                };
                pick(
                    format!("het bestand heeft geen lijst `entries` met de items{hint}"),
                    format!("the file has no list `entries` with the items{hint}"),
                )
            }
            Kind::EntryNotObject => pick(
                "een item moet een blok met velden zijn: { \"id\": …, \"name\": …, … }".into(),
                "an item must be a block of fields: { \"id\": …, \"name\": …, … }".into(),
            ),
            Kind::Missing(field) => pick(
                format!("het verplichte veld `{field}` ontbreekt"),
                format!("the required field `{field}` is missing"),
            ),
            Kind::Empty(field) => pick(
                format!("`{field}` is leeg: vul het in"),
                format!("`{field}` is empty: fill it in"),
            ),
            Kind::UnknownField { field, suggestion } => pick(
                format!("onbekend veld `{field}`{}", did_you_mean(*suggestion, lang)),
                format!("unknown field `{field}`{}", did_you_mean(*suggestion, lang)),
            ),
            Kind::WrongType {
                field,
                expected,
                found,
            } => pick(
                format!(
                    "`{field}` moet {} zijn, maar is {}",
                    expected.words(lang),
                    found_words(found, lang)
                ),
                format!(
                    "`{field}` must be {}, but is {}",
                    expected.words(lang),
                    found_words(found, lang)
                ),
            ),
            Kind::UnknownNeed { value, suggestion } => {
                let all = quoted_list(&Need::ALL.map(Need::slug));
                pick(
                    format!(
                        "onbekende behoefte {}{}; kies uit {all}", quoted(value),
                        did_you_mean(*suggestion, lang)
                    ),
                    format!(
                        "unknown need {}{}; choose from {all}", quoted(value),
                        did_you_mean(*suggestion, lang)
                    ),
                )
            }
            Kind::UnknownChoice {
                field,
                value,
                allowed,
                suggestion,
            } => pick(
                format!(
                    "{} kan niet in `{field}`{}; kies uit {}", quoted(value),
                    did_you_mean(*suggestion, lang),
                    quoted_list(allowed)
                ),
                format!(
                    "{} is not allowed in `{field}`{}; choose from {}", quoted(value),
                    did_you_mean(*suggestion, lang),
                    quoted_list(allowed)
                ),
            ),
            Kind::DuplicateId { id, other } => pick(
                format!("de id {} komt twee keer voor (ook in {other}): elke id moet uniek zijn", quoted(id)),
                format!("the id {} occurs twice (also in {other}): every id must be unique", quoted(id)),
            ),
            Kind::Schedule(e) => pick(schedule_nl(e), e.to_string()),
            Kind::AgeOrder { min, max } => pick(
                format!("`age_min` ({min}) is hoger dan `age_max` ({max})"),
                format!("`age_min` ({min}) is above `age_max` ({max})"),
            ),
            Kind::CoordinatePair => pick(
                "geef `latitude` én `longitude`, of geen van beide".into(),
                "give both `latitude` and `longitude`, or neither".into(),
            ),
            Kind::NotOnEarth => pick(
                "deze coördinaten bestaan niet (latitude -90 tot 90, longitude -180 tot 180)".into(),
                "these coordinates do not exist (latitude -90 to 90, longitude -180 to 180)".into(),
            ),
            Kind::Skipped(reason) => pick(
                format!("Samenwijzer slaat dit item over: {reason}"),
                format!("Samenwijzer skips this item: {reason}"),
            ),
            Kind::DuplicateKey(key) => pick(
                format!("het veld `{key}` staat twee keer in hetzelfde blok: haal er één weg"),
                format!("the field `{key}` occurs twice in the same block: remove one"),
            ),
            Kind::EmptyDescription => pick(
                "`description` is leeg: vertel in een paar zinnen wat het is".into(),
                "`description` is empty: say in a few sentences what it is".into(),
            ),
            Kind::EmptyAddress(field) => pick(
                format!("`{field}` is leeg"),
                format!("`{field}` is empty"),
            ),
            Kind::NoNeeds => pick(
                "geen `needs`: dit item wordt nooit als suggestie getoond".into(),
                "no `needs`: this item is never suggested".into(),
            ),
            Kind::ScheduleEnded(date) => pick(
                format!("dit rooster is afgelopen op {date}: haal het weg of werk het bij"),
                format!("this schedule ended on {date}: remove or update it"),
            ),
            Kind::NeverOccurs => pick(
                "dit rooster valt op geen enkele dag: kijk `byday`, `valid_from` en `valid_to` na".into(),
                "this schedule falls on no day at all: check `byday`, `valid_from` and `valid_to`".into(),
            ),
            Kind::NotChecked => pick(
                "`last_checked` ontbreekt: zet de datum erbij waarop u de gegevens hebt nagekeken".into(),
                "`last_checked` is missing: add the date on which you checked the information".into(),
            ),
            Kind::CheckedLongAgo(date) => pick(
                format!("laatst gecontroleerd op {date}, meer dan een jaar geleden: klopt alles nog?"),
                format!("last checked on {date}, more than a year ago: is everything still right?"),
            ),
            Kind::BadCheckedDate(v) => pick(
                format!("{} is geen datum: schrijf het als 2026-12-31", quoted(v)),
                format!("{} is not a date: write it as 2026-12-31", quoted(v)),
            ),
            Kind::UnknownMunicipality { value, suggestion } => {
                let all = quoted_list(&place::municipalities().map(|(id, _)| id).collect::<Vec<_>>());
                pick(
                    format!(
                        "gemeente {} is niet ingesteld{}; ingesteld zijn {all} (laat het veld weg voor landelijk aanbod)", quoted(value),
                        did_you_mean(*suggestion, lang)
                    ),
                    format!(
                        "municipality {} is not configured{}; configured are {all} (leave the field out for national services)", quoted(value),
                        did_you_mean(*suggestion, lang)
                    ),
                )
            }
            Kind::BadPhone(v) => pick(
                format!("{} is geen telefoonnummer dat de app kan bellen; alleen cijfers, spaties, +, -, ( en )", quoted(v)),
                format!("{} is not a phone number the app can call; only digits, spaces, +, -, ( and )", quoted(v)),
            ),
            Kind::BadEmail(v) => pick(
                format!("{} is geen e-mailadres (zoals naam@gemeente.nl); de app laat het weg", quoted(v)),
                format!("{} is not an e-mail address (such as name@council.nl); the app leaves it out", quoted(v)),
            ),
            Kind::BadWebsite(v) => pick(
                format!("{} is geen webadres dat de app toont: begin met https:// en een domein", quoted(v)),
                format!("{} is not a web address the app shows: start with https:// and a domain", quoted(v)),
            ),
            Kind::HttpWebsite(v) => pick(
                format!("{}: gebruik https:// in plaats van http:// (de app toont alleen veilige links)", quoted(v)),
                format!("{}: use https:// instead of http:// (the app shows only secure links)", quoted(v)),
            ),
            Kind::OutsideNetherlands => pick(
                "deze plek ligt niet in Nederland: kijk `latitude` en `longitude` na".into(),
                "this place is not in the Netherlands: check `latitude` and `longitude`".into(),
            ),
            Kind::LatLonSwapped => pick(
                "deze plek ligt niet in Nederland, maar wel als u `latitude` en `longitude` omwisselt: in Nederland is latitude ongeveer 51–53 en longitude 3–7".into(),
                "this place is not in the Netherlands, but it is when `latitude` and `longitude` are swapped: in the Netherlands latitude is about 51–53 and longitude 3–7".into(),
            ),
            Kind::BadPostcode(v) => pick(
                format!("{} is geen Nederlandse postcode (zoals 1971 AB)", quoted(v)),
                format!("{} is not a Dutch postcode (such as 1971 AB)", quoted(v)),
            ),
            Kind::BadLanguage(v) => pick(
                format!("{} is geen taalcode van twee kleine letters (zoals \"nl\", \"en\", \"tr\")", quoted(v)),
                format!("{} is not a two-letter language code (such as \"nl\", \"en\", \"tr\")", quoted(v)),
            ),
            Kind::CostMissing => pick(
                "niet gratis (`free` is false of ontbreekt), maar `cost` zegt niet wat het kost: vul `cost` in, of zet \"free\": true".into(),
                "not free (`free` is false or missing), but `cost` does not say what it costs: fill in `cost`, or set \"free\": true".into(),
            ),
            Kind::Examples(n) => pick(
                format!("{n} items zijn verzonnen voorbeelden (\"example\": true): vervang ze door echt aanbod"),
                format!("{n} items are invented examples (\"example\": true): replace them with real services"),
            ),
        }
    }
}

#[cfg(test)]
mod tests;
