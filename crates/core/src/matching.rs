//! From what a person said helps to directory entries: a pure, explainable ranking.
//! Every suggestion carries the reasons it was chosen ("omdat u aangaf: vervoer"), so
//! the app can say why instead of telling people what to do.
//!
//! Rules: what the person said is a must (free only, wheelchair access, their
//! municipality, their age) filters; needs and moments rank. With needs chosen, only
//! entries that meet at least one are suggested. A chosen moment is never contradicted:
//! an entry that takes place only at other moments is not suggested (one without a
//! schedule, such as a contact, still is). What makes going hard (barriers) ranks
//! where an entry helps with it and leaves an entry out where a known fact of it
//! clashes (`barriers.rs`).

mod barriers;

use crate::directory::filter::Filters;
use crate::directory::order::{Listing, SortOrder};
use crate::directory::{Directory, Entry};
use crate::schedule::Date;
use crate::what_helps::{Moment, WhatHelps};
use crate::{Lang, Need};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reason {
    /// Meets a need the person chose.
    Need(Need),
    /// In the person's own municipality.
    Nearby,
    /// At a moment the person prefers.
    Moment(Moment),
    Free,
    WheelchairAccessible,
    /// Someone can come along the first time, for someone who would go alone.
    Companion,
    /// Transport is offered, for someone for whom getting there is hard.
    TransportOffered,
    /// Reachable without stairs, for someone who cannot take them.
    StepFree,
    /// In the resident's language (not Dutch), for someone for whom language is hard.
    InYourLanguage,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Suggestion<'a> {
    pub entry: &'a Entry,
    pub reasons: Vec<Reason>,
    rank: u32,
}

/// Points per kind of reason: needs weigh most, being nearby next.
const NEED_POINTS: u32 = 10;
const NEARBY_POINTS: u32 = 4;
const MOMENT_POINTS: u32 = 2;
/// Per barrier an entry helps with.
const BARRIER_POINTS: u32 = 2;

/// The directory list that fits what the person said: their needs and musts as
/// filters, and for a known postcode the nearest first. Only the four digits of the
/// postcode go into the link, which is enough for the distance.
pub fn directory_query(wish: &WhatHelps) -> Vec<(String, String)> {
    let filters = Filters {
        needs: wish.needs.iter().copied().collect(),
        ..musts(wish)
    };
    let near = crate::place::pc4(&wish.postcode);
    let listing = Listing {
        sort: if near.is_some() {
            SortOrder::Distance
        } else {
            SortOrder::Relevance
        },
        near: near.map(|pc| pc.to_string()),
    };
    let mut query = filters.to_query();
    query.extend(listing.to_query());
    query
}

/// What the person said is a must, as directory filters (needs and moments rank).
fn musts(wish: &WhatHelps) -> Filters {
    Filters {
        municipality: wish.municipality.clone(),
        free_only: wish.free_only,
        wheelchair: wish.wheelchair_accessible,
        age: wish.age_group,
        ..Filters::default()
    }
}

fn suggestion<'a>(
    entry: &'a Entry,
    wish: &WhatHelps,
    lang: Lang,
    musts: &Filters,
    today: Date,
) -> Option<Suggestion<'a>> {
    if !musts.admits(entry, today) {
        return None;
    }
    if wish.barriers.iter().any(|&b| barriers::clashes(entry, b)) {
        return None;
    }
    let mut reasons: Vec<Reason> = wish
        .needs
        .iter()
        .filter(|n| entry.needs.contains(n))
        .map(|&n| Reason::Need(n))
        .collect();
    if !wish.needs.is_empty() && reasons.is_empty() {
        return None;
    }
    let moments = entry.moments(today);
    let other_moments_only = !wish.moments.is_empty()
        && !moments.is_empty()
        && !moments.iter().any(|m| wish.moments.contains(m));
    if other_moments_only {
        return None;
    }
    let mut rank = NEED_POINTS * reasons.len() as u32;
    if wish.municipality.is_some() && entry.municipality.is_some() {
        reasons.push(Reason::Nearby);
        rank += NEARBY_POINTS;
    }
    if let Some(&moment) = wish.moments.iter().find(|m| moments.contains(m)) {
        reasons.push(Reason::Moment(moment));
        rank += MOMENT_POINTS;
    }
    if wish.free_only {
        reasons.push(Reason::Free);
    }
    if wish.wheelchair_accessible && entry.venue_wheelchair_accessible() {
        reasons.push(Reason::WheelchairAccessible);
    }
    for &barrier in &wish.barriers {
        if let Some(reason) = barriers::reason(entry, barrier, lang) {
            rank += BARRIER_POINTS;
            // Said once: free (also a must) and step-free (a wheelchair venue is).
            let said = match reason {
                Reason::StepFree => reasons.contains(&Reason::WheelchairAccessible),
                _ => reasons.contains(&reason),
            };
            if !said {
                reasons.push(reason);
            }
        }
    }
    Some(Suggestion {
        entry,
        reasons,
        rank,
    })
}

/// The best `limit` entries for `wish`, best first; ties keep the directory's order.
/// `lang` is the resident's language (for "in uw taal"); `today` (local date in
/// Amsterdam) leaves out activities whose schedules have ended.
pub fn suggest<'a>(
    directory: &'a Directory,
    wish: &WhatHelps,
    lang: Lang,
    limit: usize,
    today: Date,
) -> Vec<Suggestion<'a>> {
    let musts = musts(wish);
    let mut found: Vec<Suggestion<'a>> = directory
        .entries
        .iter()
        .filter_map(|e| suggestion(e, wish, lang, &musts, today))
        .collect();
    found.sort_by_key(|s| std::cmp::Reverse(s.rank));
    found.truncate(limit);
    found
}

/// What the matching tests here and in `barriers` share.
#[cfg(test)]
mod support {
    use super::Suggestion;
    use crate::schedule::Date;
    use crate::what_helps::WhatHelps;
    use crate::Need;

    pub const TODAY: Date = Date {
        year: 2026,
        month: 11,
        day: 27,
    };

    pub fn ids<'a>(found: &[Suggestion<'a>]) -> Vec<&'a str> {
        found.iter().map(|s| s.entry.id.as_str()).collect()
    }

    pub fn wish(needs: &[Need]) -> WhatHelps {
        WhatHelps {
            needs: needs.iter().copied().collect(),
            ..WhatHelps::default()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::directory::parse_directory;
    use crate::what_helps::AgeGroup;

    fn directory() -> Directory {
        parse_directory(
            r#"{"schema_version": 1, "entries": [
            {"id": "talk-line", "name": "Luisterlijn", "description": "", "needs": ["talk"], "free": true},
            {"id": "bus", "name": "Belbus", "description": "", "municipality": "velsen",
             "needs": ["transport", "meet"], "moments": ["daytime"],
             "location": {"street": "A 1", "postcode": "1971 AA", "city": "IJmuiden",
                          "wheelchair_accessible": true}},
            {"id": "koor", "name": "Koor", "description": "", "municipality": "velsen",
             "needs": ["culture", "meet"], "moments": ["evening"], "free": false,
             "location": {"street": "B 2", "postcode": "1971 AB", "city": "IJmuiden"}},
            {"id": "amstel", "name": "Wandelen", "description": "", "municipality": "amstelveen",
             "needs": ["nature", "meet"], "free": true},
            {"id": "kids", "name": "Kindertelefoon", "description": "", "needs": ["talk"],
             "age_min": 8, "age_max": 18, "free": true}
        ]}"#,
        )
        .unwrap()
    }

    #[test]
    fn the_directory_link_carries_needs_musts_and_postcode() {
        let mut w = wish(&[Need::Transport]);
        w.municipality = Some("velsen".into());
        w.free_only = true;
        w.age_group = Some(AgeGroup::From65);
        w.postcode = "1971 ab".into();
        w.moments = [Moment::Evening].into();
        let pairs: Vec<String> = directory_query(&w)
            .into_iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect();
        assert_eq!(
            pairs,
            [
                "behoefte=transport",
                "gemeente=velsen",
                "gratis=ja",
                "leeftijd=65-plus",
                "sorteer=afstand",
                "bij=1971"
            ]
        );
        assert!(directory_query(&WhatHelps::default()).is_empty());
    }

    use support::{ids, wish, TODAY};

    #[test]
    fn entries_meeting_more_needs_rank_higher_with_reasons() {
        let dir = directory();
        let found = suggest(
            &dir,
            &wish(&[Need::Transport, Need::Meet]),
            Lang::Nl,
            10,
            TODAY,
        );
        assert_eq!(ids(&found), ["bus", "koor", "amstel"]);
        assert_eq!(
            found[0].reasons,
            // In the taxonomy's order, as the form lists them.
            [Reason::Need(Need::Meet), Reason::Need(Need::Transport)]
        );
    }

    #[test]
    fn the_municipality_filters_local_entries_and_keeps_national_ones() {
        let dir = directory();
        let mut w = wish(&[Need::Talk, Need::Meet, Need::Nature]);
        w.municipality = Some("amstelveen".into());
        let found = suggest(&dir, &w, Lang::Nl, 10, TODAY);
        assert_eq!(ids(&found), ["amstel", "talk-line", "kids"]);
        assert!(found[0].reasons.contains(&Reason::Nearby));
        assert!(!found[1].reasons.contains(&Reason::Nearby));
    }

    #[test]
    fn musts_filter() {
        let dir = directory();
        let mut w = wish(&[Need::Meet]);
        w.free_only = true;
        assert_eq!(ids(&suggest(&dir, &w, Lang::Nl, 10, TODAY)), ["amstel"]);
        let mut w = wish(&[Need::Meet, Need::Talk]);
        w.wheelchair_accessible = true;
        // The choir's venue is not accessible; places without a venue stay.
        assert_eq!(
            ids(&suggest(&dir, &w, Lang::Nl, 10, TODAY)),
            ["talk-line", "bus", "amstel", "kids"]
        );
        let mut w = wish(&[Need::Talk]);
        w.age_group = Some(AgeGroup::From65);
        assert_eq!(ids(&suggest(&dir, &w, Lang::Nl, 10, TODAY)), ["talk-line"]);
        w.age_group = Some(AgeGroup::Under18);
        assert_eq!(
            ids(&suggest(&dir, &w, Lang::Nl, 10, TODAY)),
            ["talk-line", "kids"]
        );
    }

    #[test]
    fn preferred_moments_rank_and_explain() {
        let dir = directory();
        let mut w = wish(&[Need::Meet]);
        w.moments = [Moment::Evening].into();
        let found = suggest(&dir, &w, Lang::Nl, 10, TODAY);
        // The daytime bus is not offered for the evening; "amstel" has no moments.
        assert_eq!(ids(&found), ["koor", "amstel"]);
        assert!(found[0].reasons.contains(&Reason::Moment(Moment::Evening)));
        assert!(!found[1]
            .reasons
            .iter()
            .any(|r| matches!(r, Reason::Moment(_))));
    }

    #[test]
    fn a_chosen_moment_is_never_contradicted() {
        // An evening meal (17:30-19:30) and a morning walk, for someone who chose daytime.
        let dir = parse_directory(
            r#"{"schema_version": 1, "entries": [
            {"id": "eten", "name": "Samen eten", "description": "", "needs": ["meet"],
             "schedules": [{"freq": "WEEKLY", "byday": ["WE"], "opens_at": "17:30", "closes_at": "19:30"}]},
            {"id": "wandel", "name": "Wandelen", "description": "", "needs": ["meet"],
             "schedules": [{"freq": "WEEKLY", "byday": ["TU"], "opens_at": "10:00", "closes_at": "11:30"}]}
        ]}"#,
        )
        .unwrap();
        let mut w = wish(&[Need::Meet]);
        w.moments = [Moment::Daytime].into();
        let found = suggest(&dir, &w, Lang::Nl, 10, TODAY);
        assert_eq!(ids(&found), ["wandel"]);
        assert!(found[0].reasons.contains(&Reason::Moment(Moment::Daytime)));
        w.moments = [Moment::Daytime, Moment::Evening].into();
        let found = suggest(&dir, &w, Lang::Nl, 10, TODAY);
        assert_eq!(ids(&found), ["eten", "wandel"]);
        assert_eq!(
            found[0].reasons,
            [Reason::Need(Need::Meet), Reason::Moment(Moment::Evening)]
        );
    }

    #[test]
    fn without_needs_everything_allowed_is_offered_up_to_the_limit() {
        let dir = directory();
        assert_eq!(
            suggest(&dir, &WhatHelps::default(), Lang::Nl, 10, TODAY).len(),
            5
        );
        assert_eq!(
            suggest(&dir, &WhatHelps::default(), Lang::Nl, 2, TODAY).len(),
            2
        );
        assert!(suggest(&dir, &wish(&[Need::Grief]), Lang::Nl, 10, TODAY).is_empty());
    }
}
