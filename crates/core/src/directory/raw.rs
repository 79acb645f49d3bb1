//! The directory file's entries as they are written: read by the parser (which then
//! checks and tidies them into [`Entry`](super::Entry)) and written by the importers
//! of `samenwijzer-data`, so the format has one definition and a new field cannot be
//! forgotten on either side.
//!
//! Reading refuses unknown fields, so a typo such as `adress` is reported instead of
//! silently ignored. Writing leaves out what is absent (and `example` when false,
//! `status` when active), in the order of the fields here: the order staff read them.

use serde::{Deserialize, Serialize};

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

fn is_active(status: &Status) -> bool {
    *status == Status::Active
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::schedule::ByDay;

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
