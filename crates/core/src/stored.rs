//! What the app keeps on the device or reads at start — saved answers, the shortlist,
//! the general settings (`data/config.json`) — as plain JSON values.
//!
//! The app turns text into a [`Json`] and back with the browser's own `JSON`, so the
//! main module carries no JSON parser (leaving serde_json out saved 15.9 KB gzipped
//! of every first load). The shapes are exactly those serde wrote before, so answers saved by
//! an earlier version keep working: the tests compare both ways with serde_json.

use std::collections::BTreeSet;

use crate::check::Answers;
use crate::what_helps::{AgeGroup, Barrier, Moment, WhatHelps};
use crate::Need;

/// A JSON value.
#[derive(Clone, Debug, PartialEq)]
pub enum Json {
    Null,
    Bool(bool),
    Number(f64),
    String(String),
    Array(Vec<Json>),
    Object(Vec<(String, Json)>),
}

impl Json {
    pub fn get(&self, key: &str) -> Option<&Json> {
        match self {
            Json::Object(fields) => fields.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Json::String(s) => Some(s),
            _ => None,
        }
    }

    fn as_bool(&self) -> Option<bool> {
        match self {
            Json::Bool(b) => Some(*b),
            _ => None,
        }
    }

    fn items(&self) -> &[Json] {
        match self {
            Json::Array(items) => items,
            _ => &[],
        }
    }

    fn string(s: &str) -> Json {
        Json::String(s.to_owned())
    }
}

/// The self-check as saved: for which instrument, the answers, what would help.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Saved {
    pub instrument: String,
    pub answers: Answers,
    pub what_helps: WhatHelps,
}

fn age_name(age: AgeGroup) -> &'static str {
    match age {
        AgeGroup::Under18 => "under18",
        AgeGroup::From18To26 => "from18-to26",
        AgeGroup::From27To64 => "from27-to64",
        AgeGroup::From65 => "from65",
    }
}

fn moment_name(moment: Moment) -> &'static str {
    match moment {
        Moment::Daytime => "daytime",
        Moment::Evening => "evening",
        Moment::Weekend => "weekend",
    }
}

impl Saved {
    pub fn to_json(&self) -> Json {
        let w = &self.what_helps;
        let answers = (0..self.answers.len())
            .map(|i| match self.answers.get(i) {
                Some(option) => Json::Number(option as f64),
                None => Json::Null,
            })
            .collect();
        let what_helps = Json::Object(vec![
            (
                "needs".into(),
                Json::Array(w.needs.iter().map(|n| Json::string(n.slug())).collect()),
            ),
            (
                "age_group".into(),
                w.age_group
                    .map_or(Json::Null, |a| Json::string(age_name(a))),
            ),
            (
                "municipality".into(),
                w.municipality.as_deref().map_or(Json::Null, Json::string),
            ),
            ("postcode".into(), Json::string(&w.postcode)),
            (
                "wheelchair_accessible".into(),
                Json::Bool(w.wheelchair_accessible),
            ),
            (
                "moments".into(),
                Json::Array(
                    w.moments
                        .iter()
                        .map(|m| Json::string(moment_name(*m)))
                        .collect(),
                ),
            ),
            ("free_only".into(), Json::Bool(w.free_only)),
            (
                "barriers".into(),
                Json::Array(w.barriers.iter().map(|b| Json::string(b.slug())).collect()),
            ),
        ]);
        Json::Object(vec![
            ("instrument".into(), Json::string(&self.instrument)),
            ("answers".into(), Json::Array(answers)),
            ("what_helps".into(), what_helps),
        ])
    }

    /// Saved answers, or `None` when `json` is not such a thing. Within "what would
    /// help" a missing or unknown value is left at its default, as before.
    pub fn from_json(json: &Json) -> Option<Saved> {
        let instrument = json.get("instrument")?.as_str()?.to_owned();
        let Json::Array(items) = json.get("answers")? else {
            return None;
        };
        let mut answers = Answers::default();
        for (i, answer) in items.iter().enumerate() {
            let option = match answer {
                Json::Null => None,
                Json::Number(n) if *n >= 0.0 && n.fract() == 0.0 => Some(*n as usize),
                _ => return None,
            };
            answers.set(i, option);
        }
        let w = json.get("what_helps");
        let field = |key: &str| w.and_then(|w| w.get(key));
        let names = |key: &str| -> Vec<&str> {
            field(key)
                .map(Json::items)
                .unwrap_or_default()
                .iter()
                .filter_map(Json::as_str)
                .collect()
        };
        let what_helps = WhatHelps {
            needs: names("needs")
                .into_iter()
                .filter_map(Need::from_slug)
                .collect(),
            age_group: field("age_group")
                .and_then(Json::as_str)
                .and_then(|name| AgeGroup::ALL.into_iter().find(|a| age_name(*a) == name)),
            municipality: field("municipality")
                .and_then(Json::as_str)
                .map(str::to_owned),
            postcode: field("postcode")
                .and_then(Json::as_str)
                .unwrap_or_default()
                .to_owned(),
            wheelchair_accessible: field("wheelchair_accessible")
                .and_then(Json::as_bool)
                .unwrap_or_default(),
            moments: names("moments")
                .into_iter()
                .filter_map(|name| Moment::ALL.into_iter().find(|m| moment_name(*m) == name))
                .collect::<BTreeSet<Moment>>(),
            free_only: field("free_only")
                .and_then(Json::as_bool)
                .unwrap_or_default(),
            barriers: names("barriers")
                .into_iter()
                .filter_map(Barrier::from_slug)
                .collect(),
        };
        Some(Saved {
            instrument,
            answers,
            what_helps,
        })
    }
}

/// The shortlist's entry ids, in the order saved.
pub fn shortlist_to_json(ids: &[String]) -> Json {
    Json::Array(ids.iter().map(|id| Json::string(id)).collect())
}

/// The shortlist's ids from what was stored (anything else in it is passed over).
pub fn shortlist_from_json(json: &Json) -> Option<Vec<String>> {
    match json {
        Json::Array(items) => Some(
            items
                .iter()
                .filter_map(Json::as_str)
                .map(str::to_owned)
                .collect(),
        ),
        _ => None,
    }
}

/// The instrument `data/config.json` names, if it names one.
pub fn configured_instrument(config: &Json) -> Option<&str> {
    config.get("instrument")?.as_str()
}

#[cfg(test)]
mod tests;
