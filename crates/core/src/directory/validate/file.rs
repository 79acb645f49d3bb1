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

use std::collections::HashMap;

use serde_json::{Map, Value};

use super::closest::closest;
use super::safety_net::SafetyNet;
use super::syntax::Read;
use super::words::pick;
use super::{Kind, Severity, Validator};
use crate::directory::items::items;
use crate::directory::spans::{index_path, Spans};
use crate::directory::SCHEMA_VERSION;
use crate::StaffLang;

impl Validator<'_> {
    /// Checks the file; returns the number of entries and of examples.
    ///
    /// One entry at a time: each is read into a `Value`, checked and dropped, and only
    /// what the whole-file checks need is kept (the ids seen, the count of examples),
    /// so that a file of 100,000 entries takes little more than its own size.
    pub(super) fn file(&mut self) -> (usize, usize) {
        let members = match self.read() {
            None => return (0, 0),
            Some(Read::Object(members)) => members,
            Some(Read::NotAnObject) => {
                let text = self.text;
                let start = text.len() - text.trim_start_matches(WHITESPACE).len();
                self.report(Severity::Error, "", start, Kind::NotAnObject);
                return (0, 0);
            }
        };
        self.top = Spans::scan_top(self.text);
        // As a `Value` holds the object: a repeated key has its last value, and the keys
        // are in the map's order (for the hint). Only `schema_version` is read.
        let mut root = Map::new();
        let mut list = None;
        for (key, value) in members {
            match key.as_str() {
                "schema_version" => {
                    root.insert(key, serde_json::from_str(value).unwrap_or(Value::Null));
                }
                "entries" => {
                    // serde_json has read it: a value that starts with `[` is a list.
                    list = value.starts_with('[').then_some(value);
                    root.insert(key, Value::Null);
                }
                _ => {
                    root.insert(key, Value::Null);
                }
            }
        }
        match root.get("schema_version") {
            None => self.error("", Kind::SchemaVersion(None)),
            Some(v) if v.as_u64() == Some(SCHEMA_VERSION) => {}
            Some(v) => self.error("schema_version", Kind::SchemaVersion(Some(v.to_string()))),
        }
        let Some(list) = list else {
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
        self.duplicate_keys(self.top.duplicates());

        let list_start = list.as_ptr() as usize - self.text.as_ptr() as usize;
        let mut net = SafetyNet::new(self.text);
        let mut ids = HashMap::new();
        let (mut count, mut examples) = (0, 0);
        for (i, (offset, text)) in items(list).enumerate() {
            let path = index_path("entries", i);
            let errors = self.errors();
            self.spans.scan_item(text, &path, list_start + offset);
            self.duplicate_keys(self.spans.duplicates());
            // Whole, the file has been read: an entry fails only when too deep alone.
            match serde_json::from_str::<Value>(text) {
                Err(_) => self.error(&path, Kind::TooDeep),
                Ok(item) => {
                    self.entry(&path, &item);
                    if item.get("example") == Some(&Value::Bool(true)) {
                        examples += 1;
                    }
                    self.duplicate_id(&mut ids, i, &item);
                }
            }
            self.safety_net_entry(&mut net, i, text, self.errors() > errors);
            count += 1;
        }
        if examples > 0 {
            self.at(Severity::Info, "entries", Kind::Examples(examples));
        }
        self.safety_net(net);
        (count, examples)
    }
}

/// What serde_json (and the span scanner) take for white space.
const WHITESPACE: [char; 4] = [' ', '\t', '\n', '\r'];

pub(super) fn not_an_object(lang: StaffLang) -> String {
    pick(
        lang,
        "het bestand moet beginnen met { en \"schema_version\" en \"entries\" bevatten".into(),
        "the file must start with { and contain \"schema_version\" and \"entries\"".into(),
    )
}

pub(super) fn schema_version(found: Option<&str>, lang: StaffLang) -> String {
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

pub(super) fn no_entries(typo: Option<&str>, lang: StaffLang) -> String {
    let there = match (typo, lang) {
        (Some(t), StaffLang::Nl) => format!(" (er staat wel `{t}`)"),
        (Some(t), StaffLang::En) => format!(" (there is `{t}`)"),
        (None, _) => String::new(),
    };
    pick(
        lang,
        format!("het bestand heeft geen lijst `entries` met de items{there}"),
        format!("the file has no list `entries` with the items{there}"),
    )
}

pub(super) fn examples(n: usize, lang: StaffLang) -> String {
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
