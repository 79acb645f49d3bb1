//! What must not occur twice.
//!
//! - SW017 `DuplicateId`: an entry with the `id` of an earlier one, which the app
//!   shows instead (the error is at the later entry, the one the app skips, and
//!   names the earlier).
//! - SW022 `DuplicateKey`: a field twice in one block. The parser refuses that in an
//!   entry (error); at the top, only the free fields (`note`, `updated`, …) can
//!   repeat, harmlessly (warning).

use std::collections::HashMap;

use serde_json::Value;

use super::words::pick;
use super::{is_within, Kind, Severity, Validator};
use crate::directory::spans::{index_path, key_path, DuplicateKey};
use crate::directory::text::tidy;
use crate::quote::quoted;
use crate::StaffLang;

impl Validator<'_> {
    /// Reports `found`: members whose key was used before, with where that key is.
    pub(super) fn duplicate_keys(&mut self, found: Vec<(DuplicateKey, usize)>) {
        for (duplicate, offset) in found {
            let path = duplicate.path;
            let severity = if is_within(&path, "entries") || is_within(&path, "schema_version") {
                Severity::Error
            } else {
                Severity::Warning
            };
            self.report(severity, &path, offset, Kind::DuplicateKey(duplicate.key));
        }
    }

    /// Checks the id of the entry at `index` against those before it: `ids` holds the
    /// first index of each id seen so far, and is kept up to date.
    pub(super) fn duplicate_id(
        &mut self,
        ids: &mut HashMap<String, usize>,
        index: usize,
        item: &Value,
    ) {
        // Compared as the parser keeps them: without hidden characters, trimmed.
        let Some(id) = item.get("id").and_then(Value::as_str) else {
            return;
        };
        let id = tidy(id);
        if id.is_empty() {
            return;
        }
        let Some(first) = ids.get(&id) else {
            ids.insert(id, index);
            return;
        };
        // The app shows the first and skips this one: the error is this one's, and
        // names the first.
        let (first_path, path) = (index_path("entries", *first), index_path("entries", index));
        self.error(
            &key_path(&path, "id"),
            Kind::DuplicateId {
                id: id.to_owned(),
                other: first_path,
            },
        );
    }
}

pub(super) fn duplicate_id(id: &str, other: &str, lang: StaffLang) -> String {
    pick(
        lang,
        format!(
            "de id {} komt twee keer voor (ook in {other}): elke id moet uniek zijn",
            quoted(id)
        ),
        format!(
            "the id {} occurs twice (also in {other}): every id must be unique",
            quoted(id)
        ),
    )
}

pub(super) fn duplicate_key(key: &str, lang: StaffLang) -> String {
    pick(
        lang,
        format!("het veld `{key}` staat twee keer in hetzelfde blok: haal er één weg"),
        format!("the field `{key}` occurs twice in the same block: remove one"),
    )
}
