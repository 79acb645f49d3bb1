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

    /// The app's Dutch label (the same text as `src/i18n/nl.rs`; a test in the
    /// `samenwijzer-data` crate keeps the two equal). Staff may write it in a spreadsheet.
    pub fn label_nl(self) -> &'static str {
        match self {
            Need::Talk => "Iemand om mee te praten",
            Need::Meet => "Mensen ontmoeten in de buurt",
            Need::Sport => "Sport en bewegen",
            Need::Culture => "Cultuur en creatief bezig zijn",
            Need::Nature => "Natuur en wandelen",
            Need::Transport => "Vervoer om ergens te komen",
            Need::PracticalHelp => "Praktische hulp thuis",
            Need::Confidence => "Meer zelfvertrouwen of sociale vaardigheden",
            Need::Volunteering => "Iets betekenen, zoals vrijwilligerswerk",
            Need::Carer => "Steun als mantelzorger",
            Need::Digital => "Online contact en digitale vaardigheden",
            Need::Grief => "Steun na een verlies",
        }
    }

    /// A short Dutch word for the need, as a category column in a spreadsheet has it.
    pub fn short_nl(self) -> &'static str {
        match self {
            Need::Talk => "praten",
            Need::Meet => "ontmoeten",
            Need::Sport => "sport",
            Need::Culture => "cultuur",
            Need::Nature => "natuur",
            Need::Transport => "vervoer",
            Need::PracticalHelp => "praktische hulp",
            Need::Confidence => "zelfvertrouwen",
            Need::Volunteering => "vrijwilligerswerk",
            Need::Carer => "mantelzorg",
            Need::Digital => "digitaal",
            Need::Grief => "rouw",
        }
    }

    /// A need from its slug, its short Dutch word or its Dutch label, ignoring case and
    /// surrounding spaces ("talk", "Praten", "iemand om mee te praten").
    pub fn from_name(text: &str) -> Option<Need> {
        let text = crate::case::lower_str(text.trim());
        Need::ALL.into_iter().find(|n| {
            n.slug() == text || n.short_nl() == text || crate::case::lower_str(n.label_nl()) == text
        })
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

    #[test]
    fn dutch_names_are_understood() {
        for need in Need::ALL {
            assert_eq!(Need::from_name(need.slug()), Some(need));
            assert_eq!(Need::from_name(need.short_nl()), Some(need));
            assert_eq!(Need::from_name(&need.label_nl().to_uppercase()), Some(need));
        }
        assert_eq!(
            Need::from_name(" Praktische hulp "),
            Some(Need::PracticalHelp)
        );
        assert_eq!(Need::from_name("vliegen"), None);
    }
}
