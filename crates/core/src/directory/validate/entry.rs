//! The walk over one entry: its fields in turn, each by its own check. The checks of
//! a single field or two are here.
//!
//! - SW010 `EntryNotObject`: an item of `entries` is no `{ … }` block.
//! - SW012 `Empty`: `id` or `name` is empty (the app cannot show or link it).
//! - SW019 `AgeOrder`: `age_min` is above `age_max`.
//! - SW030 `EmptyDescription` (warning): `description` is empty.
//! - SW047 `CostMissing` (warning): not free, but `cost` does not say what it costs.

use serde_json::Value;

use super::fields::{Block, MOMENTS, STATUSES};
use super::kind::Expected;
use super::words::pick;
use super::{Kind, Validator};
use crate::directory::spans::{index_path, key_path};
use crate::directory::text::tidy;
use crate::StaffLang;

impl Validator<'_> {
    pub(super) fn entry(&mut self, path: &str, item: &Value) {
        let Value::Object(entry) = item else {
            self.error(path, Kind::EntryNotObject);
            return;
        };
        self.unknown_fields(path, entry, Block::Entry);

        for field in ["id", "name"] {
            if let Some(text) = self.required_text(path, entry, field) {
                // As the parser keeps it: a name of only hidden characters is empty.
                if tidy(text).is_empty() {
                    self.error(&key_path(path, field), Kind::Empty(field));
                }
            }
        }
        if let Some(text) = self.required_text(path, entry, "description") {
            if text.trim().is_empty() {
                self.warn(&key_path(path, "description"), Kind::EmptyDescription);
            }
        }
        self.translations(path, entry);
        for field in ["organisation", "audience", "how_to_join", "when"] {
            self.optional_text(path, entry, field);
        }
        if let Some(m) = self.optional_text(path, entry, "municipality") {
            self.municipality(&key_path(path, "municipality"), m);
        }
        self.needs(path, entry);

        // Fixed choices.
        let status = self.typed(path, entry, "status", Expected::Text, false);
        if let Some(status) = status.and_then(Value::as_str) {
            self.choice(&key_path(path, "status"), "status", status, STATUSES);
        }
        for (item_path, moment) in self.text_list(path, entry, "moments") {
            self.choice(&item_path, "moments", moment, MOMENTS);
        }
        for (item_path, language) in self.text_list(path, entry, "languages") {
            self.language(&item_path, language);
        }

        // Booleans.
        for field in ["example", "companion", "transport"] {
            self.typed(path, entry, field, Expected::Bool, false);
        }
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

        self.freshness(path, entry);
    }
}

pub(super) fn entry_not_object(lang: StaffLang) -> String {
    pick(
        lang,
        "een item moet een blok met velden zijn: { \"id\": …, \"name\": …, … }".into(),
        "an item must be a block of fields: { \"id\": …, \"name\": …, … }".into(),
    )
}

pub(super) fn empty(field: &str, lang: StaffLang) -> String {
    pick(
        lang,
        format!("`{field}` is leeg: vul het in"),
        format!("`{field}` is empty: fill it in"),
    )
}

pub(super) fn age_order(min: u64, max: u64, lang: StaffLang) -> String {
    pick(
        lang,
        format!("`age_min` ({min}) is hoger dan `age_max` ({max})"),
        format!("`age_min` ({min}) is above `age_max` ({max})"),
    )
}

pub(super) fn empty_description(lang: StaffLang) -> String {
    pick(
        lang,
        "`description` is leeg: vertel in een paar zinnen wat het is".into(),
        "`description` is empty: say in a few sentences what it is".into(),
    )
}

pub(super) fn cost_missing(lang: StaffLang) -> String {
    pick(
        lang,
        "niet gratis (`free` is false of ontbreekt), maar `cost` zegt niet wat het kost: vul `cost` in, of zet \"free\": true".into(),
        "not free (`free` is false or missing), but `cost` does not say what it costs: fill in `cost`, or set \"free\": true".into(),
    )
}
