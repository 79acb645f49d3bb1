//! The barrier rules, one table row each, through `suggest`.

use crate::directory::{parse_directory, Directory};
use crate::matching::support::{ids, wish, TODAY};
use crate::matching::{suggest, Reason};
use crate::what_helps::{AgeGroup, Barrier};
use crate::what_helps::{Moment, WhatHelps};
use crate::{Lang, Need};

/// A directory for the barrier rules: one fact per entry.
fn barrier_directory() -> Directory {
    parse_directory(
        r#"{"schema_version": 1, "entries": [
        {"id": "plain", "name": "Zonder feiten", "description": "", "needs": ["meet"]},
        {"id": "maatje", "name": "Met maatje", "description": "", "needs": ["meet"], "companion": true},
        {"id": "vervoer", "name": "Met vervoer", "description": "", "needs": ["meet"], "transport": true},
        {"id": "gratis", "name": "Gratis", "description": "", "needs": ["meet"], "free": true},
        {"id": "duur", "name": "Kost geld", "description": "", "needs": ["meet"], "cost": "€ 5"},
        {"id": "begane-grond", "name": "Begane grond", "description": "", "needs": ["meet"],
         "location": {"street": "A 1", "postcode": "1971 AA", "city": "IJmuiden", "floor": 0}},
        {"id": "lift", "name": "Met lift", "description": "", "needs": ["meet"],
         "location": {"street": "A 2", "postcode": "1971 AA", "city": "IJmuiden", "floor": 2, "lift": true}},
        {"id": "rolstoel", "name": "Rolstoel", "description": "", "needs": ["meet"],
         "location": {"street": "A 3", "postcode": "1971 AA", "city": "IJmuiden", "floor": 1,
                      "wheelchair_accessible": true}},
        {"id": "trap", "name": "Eerste verdieping", "description": "", "needs": ["meet"],
         "location": {"street": "A 4", "postcode": "1971 AA", "city": "IJmuiden", "floor": 1}},
        {"id": "kelder", "name": "Kelder", "description": "", "needs": ["meet"],
         "location": {"street": "A 5", "postcode": "1971 AA", "city": "IJmuiden", "floor": -1}},
        {"id": "engels", "name": "In English", "description": "", "needs": ["meet"], "languages": ["nl", "en"]}
    ]}"#,
    )
    .unwrap()
}

fn with_barrier(barrier: Barrier) -> WhatHelps {
    WhatHelps {
        barriers: [barrier].into(),
        ..wish(&[Need::Meet])
    }
}

/// Each barrier: which entries are left out, and which get which reason (in the
/// resident's language).
#[test]
fn barriers_become_reasons_or_leave_clashing_entries_out() {
    let dir = barrier_directory();
    let all = ids(&suggest(&dir, &wish(&[Need::Meet]), Lang::Nl, 20, TODAY));
    type Row = (
        Barrier,
        Lang,
        &'static [&'static str],
        Reason,
        &'static [&'static str],
    );
    let table: [Row; 8] = [
        (
            Barrier::GoingAlone,
            Lang::Nl,
            &[],
            Reason::Companion,
            &["maatje"],
        ),
        (
            Barrier::Transport,
            Lang::Nl,
            &[],
            Reason::TransportOffered,
            &["vervoer"],
        ),
        (
            Barrier::Cost,
            Lang::Nl,
            &["duur"],
            Reason::Free,
            &["gratis"],
        ),
        (
            Barrier::Stairs,
            Lang::Nl,
            &["trap"],
            Reason::StepFree,
            &["begane-grond", "lift", "rolstoel"],
        ),
        (
            Barrier::Language,
            Lang::En,
            &[],
            Reason::InYourLanguage,
            &["engels"],
        ),
        // Dutch is the directory's language: no reason, and nothing is left out.
        (
            Barrier::Language,
            Lang::Nl,
            &[],
            Reason::InYourLanguage,
            &[],
        ),
        (Barrier::Energy, Lang::Nl, &[], Reason::Companion, &[]),
        (Barrier::TimeOfDay, Lang::Nl, &[], Reason::Companion, &[]),
    ];
    for (barrier, lang, left_out, reason, with_reason) in table {
        let found = suggest(&dir, &with_barrier(barrier), lang, 20, TODAY);
        let expected: Vec<&str> = all
            .iter()
            .copied()
            .filter(|id| !left_out.contains(id))
            .collect();
        let mut shown = ids(&found);
        shown.sort_unstable();
        let mut expected_sorted = expected.clone();
        expected_sorted.sort_unstable();
        assert_eq!(
            shown, expected_sorted,
            "{barrier:?} leaves out {left_out:?}"
        );
        for s in &found {
            let has = s.reasons.contains(&reason);
            assert_eq!(
                has,
                with_reason.contains(&s.entry.id.as_str()),
                "{barrier:?} {lang:?}: {}",
                s.entry.id
            );
        }
        // The entries it helps with come first.
        let first: Vec<&str> = ids(&found)[..with_reason.len()].to_vec();
        let mut first_sorted = first.clone();
        first_sorted.sort_unstable();
        let mut helped: Vec<&str> = with_reason.to_vec();
        helped.sort_unstable();
        assert_eq!(first_sorted, helped, "{barrier:?} ranks");
    }
}

/// Only a known fact that clashes leaves an entry out: with every barrier at once,
/// exactly the entry upstairs without a lift and the one with a price go.
#[test]
fn a_barrier_never_removes_an_entry_without_a_clashing_fact() {
    let dir = barrier_directory();
    let every = WhatHelps {
        barriers: Barrier::ALL.into_iter().collect(),
        ..wish(&[Need::Meet])
    };
    let found = suggest(&dir, &every, Lang::En, 20, TODAY);
    let mut shown = ids(&found);
    shown.sort_unstable();
    let mut all = ids(&suggest(&dir, &wish(&[Need::Meet]), Lang::En, 20, TODAY));
    all.retain(|id| !["trap", "duur"].contains(id));
    all.sort_unstable();
    assert_eq!(shown, all);
    // Unknown floor or cost: the plain entry stays, without barrier reasons.
    let plain = found.iter().find(|s| s.entry.id == "plain").unwrap();
    assert_eq!(plain.reasons, [Reason::Need(Need::Meet)]);
}

#[test]
fn each_reason_is_said_once() {
    let dir = barrier_directory();
    // Free as a must and as a barrier: "gratis" once.
    let mut w = with_barrier(Barrier::Cost);
    w.free_only = true;
    let found = suggest(&dir, &w, Lang::Nl, 20, TODAY);
    assert_eq!(ids(&found), ["gratis"]);
    assert_eq!(found[0].reasons, [Reason::Need(Need::Meet), Reason::Free]);
    // A wheelchair venue is step-free: said as wheelchair accessible only.
    let mut w = with_barrier(Barrier::Stairs);
    w.wheelchair_accessible = true;
    let found = suggest(&dir, &w, Lang::Nl, 20, TODAY);
    let rolstoel = found.iter().find(|s| s.entry.id == "rolstoel").unwrap();
    assert_eq!(
        rolstoel.reasons,
        [Reason::Need(Need::Meet), Reason::WheelchairAccessible]
    );
}

/// The issue's case: an evening course on a first floor without a lift is not
/// suggested to someone who chose daytime and cannot take stairs.
#[test]
fn an_evening_course_upstairs_is_not_suggested_for_daytime_without_stairs() {
    let dir = parse_directory(
        r#"{"schema_version": 1, "entries": [
        {"id": "cursus", "name": "Cursus", "description": "", "needs": ["meet"],
         "schedules": [{"freq": "WEEKLY", "byday": "TU", "opens_at": "19:30", "closes_at": "21:00"}],
         "location": {"street": "A 1", "postcode": "1971 AA", "city": "IJmuiden", "floor": 1}},
        {"id": "middag", "name": "Middag", "description": "", "needs": ["meet"],
         "schedules": [{"freq": "WEEKLY", "byday": "TU", "opens_at": "14:00", "closes_at": "16:00"}],
         "location": {"street": "A 1", "postcode": "1971 AA", "city": "IJmuiden", "floor": 1}}
    ]}"#,
    )
    .unwrap();
    let mut w = wish(&[Need::Meet]);
    w.moments = [Moment::Daytime].into();
    w.age_group = Some(AgeGroup::From65);
    assert_eq!(ids(&suggest(&dir, &w, Lang::Nl, 10, TODAY)), ["middag"]);
    w.barriers = [Barrier::Stairs].into();
    assert!(suggest(&dir, &w, Lang::Nl, 10, TODAY).is_empty());
}
