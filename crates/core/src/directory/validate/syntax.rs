//! Reading the text as JSON.
//!
//! - SW001 `Syntax`: not valid JSON; serde_json's message with a plain hint.
//! - SW002 `ByteOrderMark`: the file starts with an invisible byte order mark.

use serde_json::Value;

use super::position::offset_of;
use super::words::pick;
use super::{Kind, Severity, Validator};
use crate::Lang;

impl Validator<'_> {
    /// The text as a JSON value, or `None` when it cannot be read (then that is
    /// reported, and nothing else can be checked).
    pub(super) fn read(&mut self) -> Option<Value> {
        if self.text.starts_with('\u{feff}') {
            self.report(Severity::Error, "", 0, Kind::ByteOrderMark);
            return None;
        }
        match serde_json::from_str(self.text) {
            Ok(root) => Some(root),
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
}

pub(super) fn syntax(message: &str, lang: Lang) -> String {
    pick(
        lang,
        format!(
            "dit is geen geldige JSON: {} ({message})",
            hint(message, lang)
        ),
        format!(
            "this is not valid JSON: {} ({message})",
            hint(message, lang)
        ),
    )
}

pub(super) fn byte_order_mark(lang: Lang) -> String {
    pick(
        lang,
        "het bestand begint met een onzichtbaar BOM-teken: sla het op als UTF-8 zonder BOM".into(),
        "the file starts with an invisible byte order mark: save it as UTF-8 without BOM".into(),
    )
}

/// A plain hint for serde_json's syntax messages.
fn hint(message: &str, lang: Lang) -> &'static str {
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
