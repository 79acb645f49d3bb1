//! - SW013 `UnknownField`: a field the parser does not know (the app skips the
//!   entry). Help names the field probably meant: the closest by spelling
//!   (`naem` → `name`), or the field another name stands for (`aliases.rs`: `adres`
//!   → `location`, `telefoon` in an entry → `contact`).

use serde_json::{Map, Value};

use super::aliases::meant;
use super::closest::closest;
use super::fields::Block;
use super::words::pick;
use super::{Kind, Severity, Validator};
use crate::directory::spans::key_path;
use crate::Lang;

impl Validator<'_> {
    pub(super) fn unknown_fields(&mut self, path: &str, object: &Map<String, Value>, block: Block) {
        let known = block.fields();
        for key in object.keys() {
            if !known.contains(&key.as_str()) {
                let child = key_path(path, key);
                let offset = self.spans.key(&child);
                let kind = Kind::UnknownField {
                    field: key.clone(),
                    suggestion: closest(key, known).or_else(|| meant(key, block)),
                };
                self.report(Severity::Error, &child, offset, kind);
            }
        }
    }
}

pub(super) fn unknown_field(field: &str, lang: Lang) -> String {
    pick(
        lang,
        format!("onbekend veld `{field}`"),
        format!("unknown field `{field}`"),
    )
}
