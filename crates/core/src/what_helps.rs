//! "Wat zou u helpen?": what a person says they need, and the circumstances that
//! decide which offers can work for them. Every field is optional.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use crate::Need;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Moment {
    Daytime,
    Evening,
    Weekend,
}

impl Moment {
    pub const ALL: [Moment; 3] = [Moment::Daytime, Moment::Evening, Moment::Weekend];
}

/// What makes going hard: the self-check's "Wat maakt het moeilijk om te gaan?".
/// Matching turns a barrier into a reason where an entry helps with it, and leaves an
/// entry out where a fact of it clashes (see `matching`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Barrier {
    /// Going alone the first time.
    GoingAlone,
    Transport,
    Cost,
    /// The building: stairs, no lift.
    Stairs,
    Language,
    /// Health or energy.
    Energy,
    TimeOfDay,
}

impl Barrier {
    pub const ALL: [Barrier; 7] = [
        Barrier::GoingAlone,
        Barrier::Transport,
        Barrier::Cost,
        Barrier::Stairs,
        Barrier::Language,
        Barrier::Energy,
        Barrier::TimeOfDay,
    ];

    /// The name in saved answers and URLs (serde's name too).
    pub fn slug(self) -> &'static str {
        match self {
            Barrier::GoingAlone => "going-alone",
            Barrier::Transport => "transport",
            Barrier::Cost => "cost",
            Barrier::Stairs => "stairs",
            Barrier::Language => "language",
            Barrier::Energy => "energy",
            Barrier::TimeOfDay => "time-of-day",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Barrier> {
        Barrier::ALL.into_iter().find(|b| b.slug() == slug)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum AgeGroup {
    Under18,
    From18To26,
    From27To64,
    From65,
}

impl AgeGroup {
    pub const ALL: [AgeGroup; 4] = [
        AgeGroup::Under18,
        AgeGroup::From18To26,
        AgeGroup::From27To64,
        AgeGroup::From65,
    ];

    /// The name in URLs.
    pub fn slug(self) -> &'static str {
        match self {
            AgeGroup::Under18 => "tot-18",
            AgeGroup::From18To26 => "18-26",
            AgeGroup::From27To64 => "27-64",
            AgeGroup::From65 => "65-plus",
        }
    }

    pub fn from_slug(slug: &str) -> Option<AgeGroup> {
        AgeGroup::ALL.into_iter().find(|a| a.slug() == slug)
    }

    /// The ages the group spans, inclusive.
    pub fn ages(self) -> (u8, u8) {
        match self {
            AgeGroup::Under18 => (0, 17),
            AgeGroup::From18To26 => (18, 26),
            AgeGroup::From27To64 => (27, 64),
            AgeGroup::From65 => (65, 120),
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct WhatHelps {
    pub needs: BTreeSet<Need>,
    pub age_group: Option<AgeGroup>,
    /// A municipality id (see `place`), chosen or derived from a postcode.
    pub municipality: Option<String>,
    pub postcode: String,
    pub wheelchair_accessible: bool,
    pub moments: BTreeSet<Moment>,
    pub free_only: bool,
    /// What makes going hard.
    pub barriers: BTreeSet<Barrier>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn barrier_slugs_are_serdes_names() {
        for barrier in Barrier::ALL {
            assert_eq!(
                serde_json::to_value(barrier).unwrap(),
                serde_json::Value::from(barrier.slug())
            );
            assert_eq!(Barrier::from_slug(barrier.slug()), Some(barrier));
        }
        assert_eq!(Barrier::from_slug("nope"), None);
    }
}
