//! Reading the text as JSON.
//!
//! - SW001 `Syntax`: not valid JSON; serde_json's message with a plain hint.
//! - SW002 `ByteOrderMark` (warning): the file starts with an invisible byte order
//!   mark. The app reads such a file (many Windows editors write one), so the check
//!   reads it too and only says so (`validate` reads the text after the mark).
//! - SW024 `TooDeep`: an entry nested more than 128 levels deep; the app skips that
//!   entry, and the check reads the others.

use serde::de::{Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::error::Category;
use serde_json::value::RawValue;

use super::position::offset_of;
use super::words::pick;
use super::{Kind, Severity, Validator};
use crate::StaffLang;

/// A file that serde_json can read.
pub(super) enum Read<'a> {
    /// An object: its members in the order of the file, each value as its text.
    Object(Vec<(String, &'a str)>),
    /// Some other JSON value.
    NotAnObject,
}

impl<'a> Validator<'a> {
    /// The top level of the text, or `None` when it cannot be read (then that is
    /// reported, and nothing else can be checked). The whole text is read first as
    /// serde_json reads it into a `Value` (the same errors, at the same places), but
    /// without keeping anything; the entries are read one by one later (`file.rs`).
    /// An entry nested too deep for one reading of the whole file is read on its own,
    /// as the parser does: it is reported (`TooDeep`) and left out, and the rest of
    /// the file is checked.
    pub(super) fn read(&mut self) -> Option<Read<'a>> {
        let text = self.text;
        if text.trim().is_empty() {
            self.report(Severity::Error, "", 0, Kind::Syntax(EMPTY.into()));
            return None;
        }
        match serde_json::from_str::<Discard>(text) {
            Ok(Discard) => {}
            // Read on: the text after the deep value has not been read yet.
            Err(e) if e.classify() == Category::Syntax && e.to_string().starts_with(TOO_DEEP) => {}
            Err(e) => {
                self.syntax_error(&e);
                return None;
            }
        }
        match serde_json::from_str::<Top>(text) {
            Ok(Top(members)) => Some(Read::Object(
                members.into_iter().map(|(k, v)| (k, v.get())).collect(),
            )),
            // JSON, but no object.
            Err(e) if e.classify() == Category::Data => Some(Read::NotAnObject),
            // After a value too deep to read at once, the text is not JSON.
            Err(e) => {
                self.syntax_error(&e);
                None
            }
        }
    }

    /// Reports serde_json's error, at its place, in its words without the place.
    fn syntax_error(&mut self, e: &serde_json::Error) {
        let offset = offset_of(self.text, e.line(), e.column());
        let message = e.to_string();
        let message = message
            .rsplit_once(" at line ")
            .map_or(message.as_str(), |(m, _)| m)
            .to_owned();
        self.report(Severity::Error, "", offset, Kind::Syntax(message));
    }
}

/// serde_json's message for a value nested more than 128 levels deep.
const TOO_DEEP: &str = "recursion limit exceeded";
/// The message for a file with nothing in it.
const EMPTY: &str = "empty file";

/// Any JSON value, read as serde_json reads a `Value` (strings decoded, numbers
/// parsed, nesting counted), so with the same errors, but kept nowhere: a tree of the
/// whole file took about six times its size.
struct Discard;

impl<'de> Deserialize<'de> for Discard {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(Discard)
    }
}

impl<'de> Visitor<'de> for Discard {
    type Value = Discard;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("any JSON value")
    }
    fn visit_bool<E>(self, _: bool) -> Result<Discard, E> {
        Ok(Discard)
    }
    fn visit_i64<E>(self, _: i64) -> Result<Discard, E> {
        Ok(Discard)
    }
    fn visit_u64<E>(self, _: u64) -> Result<Discard, E> {
        Ok(Discard)
    }
    fn visit_f64<E>(self, _: f64) -> Result<Discard, E> {
        Ok(Discard)
    }
    fn visit_str<E>(self, _: &str) -> Result<Discard, E> {
        Ok(Discard)
    }
    fn visit_unit<E>(self) -> Result<Discard, E> {
        Ok(Discard)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Discard, A::Error> {
        while seq.next_element::<Discard>()?.is_some() {}
        Ok(Discard)
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Discard, A::Error> {
        while map.next_entry::<Discard, Discard>()?.is_some() {}
        Ok(Discard)
    }
}

/// The keys of an object in their order, each value unread.
struct Top<'a>(Vec<(String, &'a RawValue)>);

impl<'de> Deserialize<'de> for Top<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Members;
        impl<'de> Visitor<'de> for Members {
            type Value = Top<'de>;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("an object")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Top<'de>, A::Error> {
                let mut pairs = Vec::new();
                while let Some(pair) = map.next_entry::<String, &'de RawValue>()? {
                    pairs.push(pair);
                }
                Ok(Top(pairs))
            }
        }
        deserializer.deserialize_map(Members)
    }
}

pub(super) fn syntax(message: &str, lang: StaffLang) -> String {
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

pub(super) fn byte_order_mark(lang: StaffLang) -> String {
    pick(
        lang,
        "het bestand begint met een onzichtbaar BOM-teken; de app leest het, maar sla het liever op als UTF-8 zonder BOM".into(),
        "the file starts with an invisible byte order mark; the app reads it, but better save it as UTF-8 without BOM".into(),
    )
}

pub(super) fn too_deep(lang: StaffLang) -> String {
    pick(
        lang,
        "dit item is te diep genest (meer dan 128 lagen [ … ] of { … } in elkaar): de app slaat het over".into(),
        "this item is nested too deep (more than 128 levels of [ … ] or { … }): the app skips it".into(),
    )
}

/// A plain hint for serde_json's syntax messages.
fn hint(message: &str, lang: StaffLang) -> &'static str {
    let nl = lang == StaffLang::Nl;
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
