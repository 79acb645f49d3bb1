//! The walk over a whole file: it must be read as JSON (`syntax.rs`), be an object
//! with the right `schema_version` and a list `entries`; then every entry is checked
//! (`entry.rs`), ids and keys must not repeat (`duplicates.rs`), examples are
//! counted, and the safety net runs last (`safety_net.rs`).
//!
//! - SW003 `NotAnObject`: the file is JSON, but no `{ … }` block.
//! - SW004 `SchemaVersion`: `schema_version` is missing or not the one this build
//!   reads.
//! - SW005 `NoEntries`: no list `entries` (with help when a key looks like a typo).
//! - SW090 `Examples` (info): how many entries are invented examples.

use serde_json::Value;

use super::closest::closest;
use super::words::pick;
use super::{Kind, Severity, Validator};
use crate::directory::spans::{index_path, Spans};
use crate::directory::SCHEMA_VERSION;
use crate::Lang;

impl Validator<'_> {
    /// Checks the file; returns the number of entries and of examples.
    pub(super) fn file(&mut self) -> (usize, usize) {
        let Some(root) = self.read() else {
            return (0, 0);
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
        self.duplicate_keys();

        let mut examples = 0;
        for (i, item) in items.iter().enumerate() {
            if self.too_deep.contains(&i) {
                self.error(&index_path("entries", i), Kind::TooDeep);
                continue;
            }
            self.entry(&index_path("entries", i), item);
            if item.get("example") == Some(&Value::Bool(true)) {
                examples += 1;
            }
        }
        self.duplicate_ids(items);
        if examples > 0 {
            self.at(Severity::Info, "entries", Kind::Examples(examples));
        }
        self.safety_net();
        (items.len(), examples)
    }
}

pub(super) fn not_an_object(lang: Lang) -> String {
    pick(
        lang,
        "het bestand moet beginnen met { en \"schema_version\" en \"entries\" bevatten".into(),
        "the file must start with { and contain \"schema_version\" and \"entries\"".into(),
    )
}

pub(super) fn schema_version(found: Option<&str>, lang: Lang) -> String {
    match found {
        None => pick(
            lang,
            format!("`schema_version` ontbreekt: zet \"schema_version\": {SCHEMA_VERSION} bovenaan"),
            format!("`schema_version` is missing: put \"schema_version\": {SCHEMA_VERSION} at the top"),
        ),
        Some(v) => pick(
            lang,
            format!("`schema_version` is {v}, maar deze versie van Samenwijzer leest alleen {SCHEMA_VERSION}"),
            format!("`schema_version` is {v}, but this version of Samenwijzer reads only {SCHEMA_VERSION}"),
        ),
    }
}

pub(super) fn no_entries(typo: Option<&str>, lang: Lang) -> String {
    let there = match (typo, lang) {
        (Some(t), Lang::Nl) => format!(" (er staat wel `{t}`)"),
        (Some(t), Lang::En) => format!(" (there is `{t}`)"),
        (None, _) => String::new(),
    };
    pick(
        lang,
        format!("het bestand heeft geen lijst `entries` met de items{there}"),
        format!("the file has no list `entries` with the items{there}"),
    )
}

pub(super) fn examples(n: usize, lang: Lang) -> String {
    if n == 1 {
        return pick(
            lang,
            "1 item is een verzonnen voorbeeld (\"example\": true): vervang het door echt aanbod"
                .into(),
            "1 item is an invented example (\"example\": true): replace it with a real service"
                .into(),
        );
    }
    pick(
        lang,
        format!(
            "{n} items zijn verzonnen voorbeelden (\"example\": true): vervang ze door echt aanbod"
        ),
        format!(
            "{n} items are invented examples (\"example\": true): replace them with real services"
        ),
    )
}
