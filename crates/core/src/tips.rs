//! "Handvatten": practical tips for making and keeping contact, chosen for the kind of
//! loneliness the result shows (emotional, social or both) and for what the resident
//! said makes going hard. Every tip names the source its advice rests on; the words
//! are the app's catalogue (`i18n/labels.rs` maps each tip to its keys).
//!
//! Tips are suggestions, never a diagnosis or medical advice.

use crate::check::Profile;
use crate::link::SafeLink;
use crate::what_helps::Barrier;

/// Where a tip's advice comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source {
    /// Movisie, "Wat werkt bij de aanpak van eenzaamheid" (dossier, update 2020).
    Movisie,
    /// Eén tegen eenzaamheid, the national programme of the Ministry of VWS.
    EenTegenEenzaamheid,
    /// De Jong Gierveld & Van Tilburg (2006), the two kinds of loneliness.
    DeJongGierveld,
    /// De Luisterlijn, the national listening line.
    Luisterlijn,
}

impl Source {
    pub const ALL: [Source; 4] = [
        Source::Movisie,
        Source::EenTegenEenzaamheid,
        Source::DeJongGierveld,
        Source::Luisterlijn,
    ];

    /// Where the source can be read.
    pub fn link(self) -> Option<SafeLink> {
        SafeLink::website(match self {
            Source::Movisie => "https://www.movisie.nl/publicatie/wat-werkt-aanpak-eenzaamheid",
            Source::EenTegenEenzaamheid => "https://www.eentegeneenzaamheid.nl/",
            Source::DeJongGierveld => "https://doi.org/10.1177/0164027506289723",
            Source::Luisterlijn => "https://www.deluisterlijn.nl/",
        })
    }
}

/// One tip.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tip {
    /// Notice thoughts like "nobody is waiting for me": a thought, not a fact.
    Thoughts,
    /// Emotional: one person who matters; let them hear from you.
    OnePerson,
    /// Emotional: tell someone you trust how you really are.
    SayHow,
    /// Emotional: talk to someone who listens (De Luisterlijn).
    Listener,
    /// Social: go to the same place more often; strangers become familiar.
    Regular,
    /// Social: something you like doing, with others.
    SharedInterest,
    /// Social: a greeting, a chat with a neighbour: small contacts count.
    Neighbour,
    /// Social: do something for someone else (volunteering gives a role).
    Role,
    /// What makes going hard, and what can be done about it.
    For(Barrier),
}

impl Tip {
    pub fn source(self) -> Source {
        match self {
            Tip::Thoughts | Tip::Regular | Tip::SharedInterest | Tip::Role | Tip::For(_) => {
                Source::Movisie
            }
            Tip::OnePerson => Source::DeJongGierveld,
            Tip::SayHow | Tip::Neighbour => Source::EenTegenEenzaamheid,
            Tip::Listener => Source::Luisterlijn,
        }
    }

    /// A stable name, for the page's anchors and the tests.
    pub fn slug(self) -> &'static str {
        match self {
            Tip::Thoughts => "gedachten",
            Tip::OnePerson => "een-persoon",
            Tip::SayHow => "vertel",
            Tip::Listener => "luisteraar",
            Tip::Regular => "vaker",
            Tip::SharedInterest => "interesse",
            Tip::Neighbour => "buren",
            Tip::Role => "rol",
            Tip::For(b) => b.slug(),
        }
    }
}

/// The headings the tips are grouped under.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Group {
    /// For everyone.
    Everyone,
    /// Missing a close bond.
    Close,
    /// Missing a wider circle.
    Circle,
    /// When going is hard.
    Going,
}

const CLOSE: [Tip; 3] = [Tip::OnePerson, Tip::SayHow, Tip::Listener];
const CIRCLE: [Tip; 4] = [Tip::Regular, Tip::SharedInterest, Tip::Neighbour, Tip::Role];

/// The tips for a result's `profile` (`None`: no result, so every tip) and the
/// barriers the resident named (none named and no result: every barrier's tip), in
/// groups, leaving out empty groups.
pub fn select(profile: Option<Profile>, barriers: &[Barrier]) -> Vec<(Group, Vec<Tip>)> {
    let (close, circle): (&[Tip], &[Tip]) = match profile {
        None | Some(Profile::Both) => (&CLOSE, &CIRCLE),
        Some(Profile::Emotional) => (&CLOSE, &[]),
        Some(Profile::Social) => (&[], &CIRCLE),
        // No kind stands out: keeping the contacts one has.
        Some(Profile::Neither) => (&[Tip::OnePerson], &[Tip::SharedInterest, Tip::Neighbour]),
    };
    let going: Vec<Tip> = Barrier::ALL
        .into_iter()
        .filter(|b| barriers.contains(b) || (profile.is_none() && barriers.is_empty()))
        .map(Tip::For)
        .collect();
    [
        (Group::Everyone, vec![Tip::Thoughts]),
        (Group::Close, close.to_vec()),
        (Group::Circle, circle.to_vec()),
        (Group::Going, going),
    ]
    .into_iter()
    .filter(|(_, tips)| !tips.is_empty())
    .collect()
}

/// Every tip there is, in the order of the full page.
pub fn all() -> Vec<Tip> {
    select(None, &[]).into_iter().flat_map(|(_, t)| t).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn groups(profile: Option<Profile>, barriers: &[Barrier]) -> Vec<Group> {
        select(profile, barriers)
            .into_iter()
            .map(|(g, _)| g)
            .collect()
    }

    fn tips(profile: Option<Profile>, barriers: &[Barrier]) -> Vec<Tip> {
        select(profile, barriers)
            .into_iter()
            .flat_map(|(_, t)| t)
            .collect()
    }

    #[test]
    fn emotional_loneliness_gets_the_close_bond_tips_only() {
        assert_eq!(
            groups(Some(Profile::Emotional), &[]),
            [Group::Everyone, Group::Close]
        );
        assert_eq!(
            tips(Some(Profile::Emotional), &[]),
            [Tip::Thoughts, Tip::OnePerson, Tip::SayHow, Tip::Listener]
        );
    }

    #[test]
    fn social_loneliness_gets_the_wider_circle_tips_only() {
        let t = tips(Some(Profile::Social), &[]);
        assert_eq!(
            groups(Some(Profile::Social), &[]),
            [Group::Everyone, Group::Circle]
        );
        assert!(t.contains(&Tip::Neighbour) && t.contains(&Tip::Role));
        assert!(!t.contains(&Tip::OnePerson));
    }

    #[test]
    fn both_kinds_get_both_groups() {
        assert_eq!(
            groups(Some(Profile::Both), &[]),
            [Group::Everyone, Group::Close, Group::Circle]
        );
    }

    #[test]
    fn the_named_barriers_add_their_tips_in_a_fixed_order() {
        let t = tips(Some(Profile::Social), &[Barrier::Cost, Barrier::GoingAlone]);
        let going: Vec<Tip> = t.into_iter().filter(|t| matches!(t, Tip::For(_))).collect();
        assert_eq!(
            going,
            [Tip::For(Barrier::GoingAlone), Tip::For(Barrier::Cost)]
        );
    }

    #[test]
    fn without_a_result_every_tip_is_shown() {
        let t = tips(None, &[]);
        assert_eq!(t.len(), 1 + CLOSE.len() + CIRCLE.len() + Barrier::ALL.len());
        assert_eq!(t, all());
        // A barrier named without a result: that barrier's tip only.
        let named = tips(None, &[Barrier::Transport]);
        assert_eq!(named.iter().filter(|t| matches!(t, Tip::For(_))).count(), 1);
    }

    #[test]
    fn not_lonely_still_gets_tips_for_keeping_contact() {
        assert!(tips(Some(Profile::Neither), &[]).len() > 1);
    }

    #[test]
    fn every_tip_has_a_source_with_a_safe_link_and_a_unique_slug() {
        let every = all();
        for tip in &every {
            assert!(tip.source().link().is_some());
        }
        let mut slugs: Vec<&str> = every.iter().map(|t| t.slug()).collect();
        slugs.sort_unstable();
        slugs.dedup();
        assert_eq!(slugs.len(), every.len());
        for source in Source::ALL {
            assert!(source.link().is_some());
        }
    }
}
