//! Each field has the type the parser reads, and the required ones are there.
//!
//! - SW011 `Missing`: a required field is not there.
//! - SW014 `WrongType`: a field has another type (`"free": "ja"`); for a list of
//!   days, the item that is no text.
//!
//! - SW048 `HiddenCharacters` (warning): a text holds control or direction
//!   characters (`directory::text`), which the app takes out.
//!
//! `null` counts as absent for optional texts and numbers, as in the parser.

use serde_json::{Map, Value};

use super::kind::Expected;
use super::words::pick;
use super::{Kind, Validator};
use crate::directory::spans::{index_path, key_path};
use crate::directory::text::has_hidden;
use crate::StaffLang;

impl Validator<'_> {
    /// Checks the type of `object[field]`; returns the value when it has the right one.
    pub(super) fn typed<'v>(
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
            Expected::Integer => value.is_i64() || value.is_u64(),
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
            (Expected::Whole | Expected::Integer, Value::Number(n)) => number_name(n, expected),
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
    pub(super) fn required_text<'v>(
        &mut self,
        path: &str,
        object: &'v Map<String, Value>,
        field: &'static str,
    ) -> Option<&'v str> {
        if !object.contains_key(field) {
            self.error(path, Kind::Missing(field));
            return None;
        }
        let text = self
            .typed(path, object, field, Expected::Text, false)
            .and_then(Value::as_str)?;
        self.hidden_characters(path, field, text);
        Some(text)
    }

    /// Warns when a text holds characters the parser takes out.
    pub(super) fn hidden_characters(&mut self, path: &str, field: &str, text: &str) {
        if has_hidden(text) {
            self.warn(
                &key_path(path, field),
                Kind::HiddenCharacters(field.to_owned()),
            );
        }
    }

    /// An optional text field, trimmed; `None` when absent, empty or of another type.
    pub(super) fn optional_text<'v>(
        &mut self,
        path: &str,
        object: &'v Map<String, Value>,
        field: &'static str,
    ) -> Option<&'v str> {
        let text = self
            .typed(path, object, field, Expected::Text, true)
            .and_then(Value::as_str)?;
        self.hidden_characters(path, field, text);
        Some(text.trim()).filter(|s| !s.is_empty())
    }

    /// A list whose items are texts; returns the texts with their paths.
    pub(super) fn text_list<'v>(
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
}

/// A number that is not the whole number a field needs, named for what is wrong
/// with it (`-1` is "a negative number", not just "a number").
fn number_name(n: &serde_json::Number, expected: Expected) -> &'static str {
    if n.is_f64() {
        "fraction"
    } else if n.as_i64().is_some_and(|v| v < 0) && expected == Expected::Whole {
        "negative"
    } else {
        "too large"
    }
}

/// The type of a JSON value, as [`Kind::WrongType`] names it.
pub(super) fn type_name(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "bool",
        Value::Number(_) => "number",
        Value::String(_) => "text",
        Value::Array(_) => "list",
        Value::Object(_) => "object",
    }
}

pub(super) fn missing(field: &str, lang: StaffLang) -> String {
    pick(
        lang,
        format!("het verplichte veld `{field}` ontbreekt"),
        format!("the required field `{field}` is missing"),
    )
}

pub(super) fn wrong_type(field: &str, expected: Expected, found: &str, lang: StaffLang) -> String {
    pick(
        lang,
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
    )
}

impl Expected {
    /// What a field must be, as the end of "`field` moet … zijn".
    fn words(self, lang: StaffLang) -> &'static str {
        match (self, lang) {
            (Expected::Text, StaffLang::Nl) => "tekst tussen aanhalingstekens (\"…\")",
            (Expected::Text, StaffLang::En) => "text in quotes (\"…\")",
            (Expected::Bool, StaffLang::Nl) => "true of false (zonder aanhalingstekens)",
            (Expected::Bool, StaffLang::En) => "true or false (without quotes)",
            (Expected::Whole, StaffLang::Nl) => {
                "een heel getal van 0 tot 255 (zonder aanhalingstekens)"
            }
            (Expected::Whole, StaffLang::En) => "a whole number from 0 to 255 (without quotes)",
            (Expected::Integer, StaffLang::Nl) => {
                "een heel getal zoals 0 of 2 (zonder aanhalingstekens)"
            }
            (Expected::Integer, StaffLang::En) => "a whole number such as 0 or 2 (without quotes)",
            (Expected::Number, StaffLang::Nl) => "een getal met een punt (zoals 52.46)",
            (Expected::Number, StaffLang::En) => "a number with a decimal point (such as 52.46)",
            (Expected::List, StaffLang::Nl) => "een lijst: [ … ]",
            (Expected::List, StaffLang::En) => "a list: [ … ]",
            (Expected::Object, StaffLang::Nl) => "een blok met velden: { … }",
            (Expected::Object, StaffLang::En) => "a block of fields: { … }",
            (Expected::Days, StaffLang::Nl) => {
                "dagen als tekst (\"TU\" of \"MO,TH\") of als lijst ([\"MO\", \"TH\"])"
            }
            (Expected::Days, StaffLang::En) => {
                "days as text (\"TU\" or \"MO,TH\") or as a list ([\"MO\", \"TH\"])"
            }
        }
    }
}

/// The type found, as the end of "… maar is …" ([`type_name`]'s names).
fn found_words(found: &str, lang: StaffLang) -> &'static str {
    match (found, lang) {
        ("null", StaffLang::Nl) => "null (leeg)",
        ("null", StaffLang::En) => "null (empty)",
        ("bool", StaffLang::Nl) => "true of false",
        ("bool", StaffLang::En) => "true or false",
        ("negative", StaffLang::Nl) => "een negatief getal",
        ("negative", StaffLang::En) => "a negative number",
        ("fraction", StaffLang::Nl) => "een getal met cijfers achter de komma",
        ("fraction", StaffLang::En) => "a number with decimals",
        ("too large", StaffLang::Nl) => "een getal boven 255",
        ("too large", StaffLang::En) => "a number above 255",
        ("number", StaffLang::Nl) => "een getal",
        ("number", StaffLang::En) => "a number",
        ("text", StaffLang::Nl) => "tekst",
        ("text", StaffLang::En) => "text",
        ("list", StaffLang::Nl) => "een lijst",
        ("list", StaffLang::En) => "a list",
        (_, StaffLang::Nl) => "een blok",
        (_, StaffLang::En) => "a block",
    }
}

pub(super) fn hidden_characters(field: &str, lang: StaffLang) -> String {
    pick(
        lang,
        format!("`{field}` bevat onzichtbare tekens (stuurtekens zoals NUL, of tekens die de leesrichting omdraaien): de app laat ze weg, haal ze uit het bestand"),
        format!("`{field}` holds invisible characters (control characters such as NUL, or characters that reverse the reading direction): the app leaves them out; remove them from the file"),
    )
}
