//! - SW013 `UnknownField`: a field the parser does not know (the app skips the
//!   entry). Help names the field probably meant: the closest by spelling
//!   (`naem` → `name`), or the field another name stands for ([`names`]: the
//!   spreadsheet's Dutch column names and other common names; `adres` → `location`,
//!   `telefoon` in an entry → `contact`, `van` in a schedule → `opens_at`).

use serde_json::{Map, Value};

use super::closest::closest;
use super::fields::Block;
use super::words::pick;
use super::{Kind, Severity, Validator};
use crate::directory::names;
use crate::directory::spans::key_path;
use crate::StaffLang;

impl Validator<'_> {
    pub(super) fn unknown_fields(&mut self, path: &str, object: &Map<String, Value>, block: Block) {
        let known = block.fields();
        for key in object.keys() {
            if !known.contains(&key.as_str()) {
                let child = key_path(path, key);
                let offset = self.key_offset(&child);
                let kind = Kind::UnknownField {
                    field: key.clone(),
                    suggestion: closest(key, known).or_else(|| meant(key, block)),
                };
                self.report(Severity::Error, &child, offset, kind);
            }
        }
    }
}

/// The field of `block` that another name stands for: the field itself when it is in
/// this block, or, in an entry, the block that holds it (`telefoon` → `contact`).
pub(super) fn meant(key: &str, block: Block) -> Option<&'static str> {
    let path = names::field_for(key)?;
    let field = match path.split_once('.') {
        // A field of a nested block: named in that block, its holder in an entry.
        Some((holder, field)) => {
            if block.holder() == Some(holder) {
                field
            } else if block == Block::Entry {
                holder
            } else {
                return None;
            }
        }
        // A field of the entry; the same name may be a field here too (`name`).
        None => path,
    };
    block.fields().iter().copied().find(|f| *f == field)
}

pub(super) fn unknown_field(field: &str, lang: StaffLang) -> String {
    pick(
        lang,
        format!("onbekend veld `{field}`"),
        format!("unknown field `{field}`"),
    )
}
