//! The directory file's entries as they are written: read by the parser (which then
//! checks and tidies them into [`Entry`](super::Entry)) and written by the importers
//! of `samenwijzer-data`, so the format has one definition and a new field cannot be
//! forgotten on either side.
//!
//! Reading refuses unknown fields, so a typo such as `adress` is reported instead of
//! silently ignored. Writing leaves out what is absent (and `example` when false,
//! `status` when active), in the order of the fields here: the order staff read them.

use std::fmt;

use serde::de::{self, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::Status;
use crate::schedule::RawSchedule;
use crate::what_helps::Moment;
use crate::Need;

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawEntry {
    pub id: String,
    pub name: String,
    pub description: String,
    /// The name and description in the app's other languages, by language code.
    #[serde(default, skip_serializing_if = "RawTranslations::is_empty")]
    pub translations: RawTranslations,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organisation: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub municipality: Option<String>,
    #[serde(default)]
    pub needs: Vec<Need>,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub example: bool,
    #[serde(default, skip_serializing_if = "is_active")]
    pub status: Status,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub audience: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub age_min: Option<u8>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub age_max: Option<u8>,
    #[serde(default)]
    pub free: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cost: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub languages: Vec<String>,
    /// Someone can come along the first time (a "maatje").
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub companion: bool,
    /// Transport there is offered (a lift by car, a belbus).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub transport: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub how_to_join: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub when: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub schedules: Vec<RawSchedule>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub moments: Vec<Moment>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<RawLocation>,
    #[serde(default, skip_serializing_if = "RawContact::is_empty")]
    pub contact: RawContact,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_checked: Option<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawLocation {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    pub street: String,
    pub postcode: String,
    pub city: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub latitude: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub longitude: Option<f64>,
    #[serde(default)]
    pub wheelchair_accessible: bool,
    /// The floor it is on: 0 the ground floor, -2 to 50.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub floor: Option<i8>,
    /// There is a lift.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub lift: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub accessibility: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub getting_there: Option<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawContact {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub website: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person: Option<String>,
}

impl RawContact {
    pub fn is_empty(&self) -> bool {
        self.phone.is_none()
            && self.email.is_none()
            && self.website.is_none()
            && self.person.is_none()
    }
}

/// `translations`: `{"tr": {"name": …, "description": …}, …}`, in the file's order.
///
/// Read leniently, so that a bad translation costs only itself: a value that is no
/// object, a translation that is no object, has a field other than `name` and
/// `description` or one that is no text, is left out here (the staff's check warns,
/// SW050–SW053); the parser then checks the language codes and the texts
/// (`parse.rs`). Only a key twice in one object fails the entry, as everywhere in an
/// entry (SW022).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RawTranslations(pub Vec<(String, RawTranslation)>);

/// One language's texts; either may be absent, not both.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct RawTranslation {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

impl RawTranslations {
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl Serialize for RawTranslations {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_map(self.0.iter().map(|(code, t)| (code, t)))
    }
}

impl<'de> Deserialize<'de> for RawTranslations {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let Tree::Object(members) = Tree::deserialize(deserializer)? else {
            return Ok(RawTranslations::default());
        };
        let kept = members
            .into_iter()
            .filter_map(|(code, value)| Some((code, translation(value)?)))
            .collect();
        Ok(RawTranslations(kept))
    }
}

/// One translation, or `None` when it is not one: no object, another field, or a
/// field that is no text.
fn translation(value: Tree) -> Option<RawTranslation> {
    let Tree::Object(members) = value else {
        return None;
    };
    let mut translation = RawTranslation::default();
    for (key, value) in members {
        let Tree::Text(text) = value else {
            return None;
        };
        match key.as_str() {
            "name" => translation.name = Some(text),
            "description" => translation.description = Some(text),
            _ => return None,
        }
    }
    Some(translation)
}

/// A JSON value as far as a translation needs it. Reading it fails only on a key
/// twice in one object, as it does anywhere else in an entry.
enum Tree {
    Text(String),
    Object(Vec<(String, Tree)>),
    Other,
}

impl<'de> Deserialize<'de> for Tree {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(TreeVisitor)
    }
}

struct TreeVisitor;

impl<'de> Visitor<'de> for TreeVisitor {
    type Value = Tree;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Tree, A::Error> {
        let mut members: Vec<(String, Tree)> = Vec::new();
        while let Some(key) = map.next_key::<String>()? {
            if members.iter().any(|(k, _)| *k == key) {
                return Err(de::Error::custom(format!("duplicate field `{key}`")));
            }
            let value = map.next_value()?;
            members.push((key, value));
        }
        Ok(Tree::Object(members))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Tree, A::Error> {
        while seq.next_element::<Tree>()?.is_some() {}
        Ok(Tree::Other)
    }

    fn visit_str<E>(self, text: &str) -> Result<Tree, E> {
        Ok(Tree::Text(text.to_owned()))
    }

    fn visit_string<E>(self, text: String) -> Result<Tree, E> {
        Ok(Tree::Text(text))
    }

    fn visit_bool<E>(self, _: bool) -> Result<Tree, E> {
        Ok(Tree::Other)
    }

    fn visit_i64<E>(self, _: i64) -> Result<Tree, E> {
        Ok(Tree::Other)
    }

    fn visit_u64<E>(self, _: u64) -> Result<Tree, E> {
        Ok(Tree::Other)
    }

    fn visit_f64<E>(self, _: f64) -> Result<Tree, E> {
        Ok(Tree::Other)
    }

    fn visit_unit<E>(self) -> Result<Tree, E> {
        Ok(Tree::Other)
    }
}

fn is_active(status: &Status) -> bool {
    *status == Status::Active
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::schedule::ByDay;

    fn translations(json: &str) -> Result<RawTranslations, String> {
        serde_json::from_str(json).map_err(|e| e.to_string())
    }

    /// A value that is no translation is left out, not refused; a key twice is.
    #[test]
    fn translations_are_read_leniently_but_not_a_key_twice() {
        let kept = |json| {
            translations(json)
                .unwrap()
                .0
                .into_iter()
                .map(|(code, _)| code)
                .collect::<Vec<_>>()
        };
        assert_eq!(
            kept(r#"{"tr": {"name": "a"}, "xx": {"description": "b"}, "en": {}}"#),
            ["tr", "xx", "en"]
        );
        for bad in [
            r#"{"tr": "a"}"#,
            r#"{"tr": {"name": 1}}"#,
            r#"{"tr": {"name": null}}"#,
            r#"{"tr": {"naam": "a"}}"#,
            r#"{"tr": {"name": "a", "x": [1, {"y": 2}]}}"#,
            r#"{"tr": ["a"]}"#,
        ] {
            assert_eq!(kept(bad), Vec::<String>::new(), "{bad}");
        }
        for nothing in ["null", "[1, 2]", "\"tr\"", "3", "true"] {
            assert_eq!(translations(nothing), Ok(RawTranslations::default()));
        }
        for twice in [
            r#"{"tr": {}, "tr": {}}"#,
            r#"{"tr": {"name": "a", "name": "b"}}"#,
            r#"{"tr": {"x": {"a": 1, "a": 2}}}"#,
            r#"[{"a": 1, "a": 2}]"#,
        ] {
            let err = translations(twice).unwrap_err();
            assert!(err.contains("duplicate field"), "{twice}: {err}");
        }
    }

    /// What is written is read back as the same entry, and absent fields are left out.
    #[test]
    fn an_entry_is_written_as_it_is_read() {
        let entry = RawEntry {
            id: "a".into(),
            name: "Koffie".into(),
            description: "Samen".into(),
            needs: vec![Need::Talk, Need::PracticalHelp],
            status: Status::TemporarilyClosed,
            schedules: vec![RawSchedule {
                freq: "WEEKLY".into(),
                byday: ByDay::Many(vec!["MO".into(), "TH".into()]),
                ..RawSchedule::default()
            }],
            location: Some(RawLocation {
                street: "Plein 1".into(),
                postcode: "1971 AB".into(),
                city: "IJmuiden".into(),
                latitude: Some(52.46),
                longitude: Some(4.62),
                ..RawLocation::default()
            }),
            contact: RawContact {
                phone: Some("0255 123 456".into()),
                ..RawContact::default()
            },
            ..RawEntry::default()
        };
        let text = serde_json::to_string(&entry).unwrap();
        assert_eq!(
            text,
            r#"{"id":"a","name":"Koffie","description":"Samen","needs":["talk","practical-help"],"status":"temporarily_closed","free":false,"schedules":[{"freq":"WEEKLY","byday":["MO","TH"]}],"location":{"street":"Plein 1","postcode":"1971 AB","city":"IJmuiden","latitude":52.46,"longitude":4.62,"wheelchair_accessible":false},"contact":{"phone":"0255 123 456"}}"#
        );
        assert_eq!(serde_json::from_str::<RawEntry>(&text).unwrap(), entry);
        // Translations in the order written, each text only when there is one.
        let translated = RawEntry {
            translations: RawTranslations(vec![
                (
                    "tr".into(),
                    RawTranslation {
                        name: Some("Kahve".into()),
                        description: None,
                    },
                ),
                (
                    "en".into(),
                    RawTranslation {
                        name: Some("Coffee".into()),
                        description: Some("Together".into()),
                    },
                ),
            ]),
            ..RawEntry::default()
        };
        let text = serde_json::to_string(&translated).unwrap();
        assert!(
            text.contains(r#""translations":{"tr":{"name":"Kahve"},"en":{"name":"Coffee","description":"Together"}}"#),
            "{text}"
        );
        assert_eq!(serde_json::from_str::<RawEntry>(&text).unwrap(), translated);
        let plain = RawEntry::default();
        assert_eq!(
            serde_json::to_string(&plain).unwrap(),
            r#"{"id":"","name":"","description":"","needs":[],"free":false}"#
        );
    }

    /// The field names written are the ones the validator and the schema know.
    #[test]
    fn the_written_fields_are_the_formats_fields() {
        let entry = RawEntry {
            example: true,
            organisation: Some(String::new()),
            municipality: Some(String::new()),
            audience: Some(String::new()),
            age_min: Some(0),
            age_max: Some(0),
            cost: Some(String::new()),
            languages: vec![String::new()],
            companion: true,
            transport: true,
            how_to_join: Some(String::new()),
            when: Some(String::new()),
            moments: vec![Moment::Evening],
            last_checked: Some(String::new()),
            status: Status::Inactive,
            translations: RawTranslations(vec![("tr".into(), RawTranslation::default())]),
            ..RawEntry::default()
        };
        let value = serde_json::to_value(&entry).unwrap();
        let mut written: Vec<&str> = value
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .chain(["schedules", "location", "contact"])
            .collect();
        let (_, fields) = crate::directory::validate::FIELDS[0];
        let mut fields = fields.to_vec();
        written.sort_unstable();
        fields.sort_unstable();
        assert_eq!(written, fields);
    }
}
