//! Reading the text as JSON.
//!
//! - SW001 `Syntax`: not valid JSON; serde_json's message with a plain hint.
//! - SW002 `ByteOrderMark` (warning): the file starts with an invisible byte order
//!   mark. The app reads such a file (many Windows editors write one), so the check
//!   reads it too and only says so (`validate` reads the text after the mark).
//! - SW024 `TooDeep`: an entry nested more than 128 levels deep; the app skips that
//!   entry, and the check reads the others.

use serde_json::error::Category;
use serde_json::value::RawValue;
use serde_json::{Map, Value};

use super::position::offset_of;
use super::words::pick;
use super::{Kind, Severity, Validator};
use crate::Lang;

impl Validator<'_> {
    /// The text as a JSON value, or `None` when it cannot be read (then that is
    /// reported, and nothing else can be checked). An entry nested too deep for one
    /// reading is read on its own, as the parser does: it is reported (`TooDeep`) and
    /// left out, and the rest of the file is checked.
    pub(super) fn read(&mut self) -> Option<Value> {
        if self.text.trim().is_empty() {
            self.report(Severity::Error, "", 0, Kind::Syntax(EMPTY.into()));
            return None;
        }
        match serde_json::from_str(self.text) {
            Ok(root) => Some(root),
            Err(e) if e.classify() == Category::Syntax && e.to_string().starts_with(TOO_DEEP) => {
                self.read_entry_by_entry()
            }
            Err(e) => {
                let offset = offset_of(self.text, e.line(), e.column());
                let message = e.to_string();
                let message = message
                    .rsplit_once(" at line ")
                    .map_or(message.as_str(), |(m, _)| m)
                    .to_owned();
                self.report(Severity::Error, "", offset, Kind::Syntax(message));
                None
            }
        }
    }

    /// The file with each entry read on its own; an entry too deep for that is a
    /// `null` in its place, and named in `too_deep`.
    fn read_entry_by_entry(&mut self) -> Option<Value> {
        let top: Vec<(String, &RawValue)> = serde_json::from_str::<Top>(self.text).ok()?.0;
        let mut root = Map::new();
        for (key, raw) in top {
            let value = if key == "entries" {
                match serde_json::from_str::<Vec<&RawValue>>(raw.get()) {
                    Ok(items) => Value::Array(
                        items
                            .iter()
                            .enumerate()
                            .map(|(i, item)| {
                                serde_json::from_str(item.get()).unwrap_or_else(|_| {
                                    self.too_deep.push(i);
                                    Value::Null
                                })
                            })
                            .collect(),
                    ),
                    Err(_) => Value::Null,
                }
            } else {
                serde_json::from_str(raw.get()).unwrap_or(Value::Null)
            };
            root.insert(key, value);
        }
        Some(Value::Object(root))
    }
}

/// serde_json's message for a value nested more than 128 levels deep.
const TOO_DEEP: &str = "recursion limit exceeded";
/// The message for a file with nothing in it.
const EMPTY: &str = "empty file";

/// The keys of an object in their order, each value unread.
struct Top<'a>(Vec<(String, &'a RawValue)>);

impl<'de> serde::Deserialize<'de> for Top<'de> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = Top<'de>;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("an object")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<Top<'de>, A::Error> {
                let mut pairs = Vec::new();
                while let Some(pair) = map.next_entry::<String, &'de RawValue>()? {
                    pairs.push(pair);
                }
                Ok(Top(pairs))
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}

pub(super) fn syntax(message: &str, lang: Lang) -> String {
    // serde_json's own words are English: only the English message quotes them.
    pick(
        lang,
        format!("dit is geen geldige JSON: {}", hint(message, lang)),
        format!(
            "this is not valid JSON: {} ({message})",
            hint(message, lang)
        ),
    )
}

pub(super) fn byte_order_mark(lang: Lang) -> String {
    pick(
        lang,
        "het bestand begint met een onzichtbaar BOM-teken; de app leest het, maar sla het liever op als UTF-8 zonder BOM".into(),
        "the file starts with an invisible byte order mark; the app reads it, but better save it as UTF-8 without BOM".into(),
    )
}

pub(super) fn too_deep(lang: Lang) -> String {
    pick(
        lang,
        "dit item is te diep genest (meer dan 128 lagen [ … ] of { … } in elkaar): de app slaat het over".into(),
        "this item is nested too deep (more than 128 levels of [ … ] or { … }): the app skips it".into(),
    )
}

/// A plain hint for serde_json's syntax messages.
fn hint(message: &str, lang: Lang) -> &'static str {
    let nl = lang == Lang::Nl;
    let m = message;
    if m == EMPTY {
        if nl {
            "het bestand is leeg"
        } else {
            "the file is empty"
        }
    } else if m.starts_with("EOF") {
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
