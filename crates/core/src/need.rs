//! What a person may need: one taxonomy shared by the self-check ("Wat zou u helpen?")
//! and the directory's categories, so that matching is a lookup, not a guess.

use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Need {
    /// Someone to talk to.
    Talk,
    /// Meeting people nearby.
    Meet,
    /// Sport and exercise.
    Sport,
    /// Culture and creativity.
    Culture,
    /// Nature and walking.
    Nature,
    /// Transport to get somewhere.
    Transport,
    /// Practical help at home.
    PracticalHelp,
    /// Building confidence or social skills.
    Confidence,
    /// A meaningful role, such as volunteering.
    Volunteering,
    /// Support as an informal carer (mantelzorger).
    Carer,
    /// Online contact and digital skills.
    Digital,
    /// Support after a loss.
    Grief,
}

impl Need {
    pub const ALL: [Need; 12] = [
        Need::Talk,
        Need::Meet,
        Need::Sport,
        Need::Culture,
        Need::Nature,
        Need::Transport,
        Need::PracticalHelp,
        Need::Confidence,
        Need::Volunteering,
        Need::Carer,
        Need::Digital,
        Need::Grief,
    ];

    /// The stable identifier used in data files and URLs.
    pub fn slug(self) -> &'static str {
        match self {
            Need::Talk => "talk",
            Need::Meet => "meet",
            Need::Sport => "sport",
            Need::Culture => "culture",
            Need::Nature => "nature",
            Need::Transport => "transport",
            Need::PracticalHelp => "practical-help",
            Need::Confidence => "confidence",
            Need::Volunteering => "volunteering",
            Need::Carer => "carer",
            Need::Digital => "digital",
            Need::Grief => "grief",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Need> {
        Need::ALL.into_iter().find(|n| n.slug() == slug)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_round_trip_and_match_serde() {
        for need in Need::ALL {
            assert_eq!(Need::from_slug(need.slug()), Some(need));
            let json = serde_json::to_string(&need).unwrap();
            assert_eq!(json, format!("\"{}\"", need.slug()));
        }
        assert_eq!(Need::from_slug("unknown"), None);
    }
}
