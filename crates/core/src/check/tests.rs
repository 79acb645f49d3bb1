//! Table-driven tests for every shipped instrument, plus properties of scoring.

use proptest::prelude::*;

use super::*;

fn instrument(id: &str) -> Instrument {
    builtin_instruments()
        .into_iter()
        .find(|i| i.id == id)
        .unwrap_or_else(|| panic!("instrument {id} is not built in"))
}

/// Answers that reach `total`: start every item at its lowest-scoring option, then
/// raise items one point at a time.
fn answers_with_total(instr: &Instrument, total: u32) -> Answers {
    let mut answers = Answers::for_instrument(instr);
    let mut sum = 0;
    for (i, item) in instr.items.iter().enumerate() {
        let lowest = match &item.scores {
            Some(scores) => (0..scores.len()).min_by_key(|&o| scores[o]).unwrap(),
            None => 0,
        };
        answers.set(i, Some(lowest));
        sum += item.scores.as_ref().map_or(0, |s| s[lowest]);
    }
    for (i, item) in instr.items.iter().enumerate() {
        let Some(scores) = &item.scores else { continue };
        while sum < total {
            let current = scores[answers.get(i).unwrap()];
            let Some(next) = (0..scores.len()).find(|&o| scores[o] == current + 1) else {
                break;
            };
            answers.set(i, Some(next));
            sum += 1;
        }
    }
    assert_eq!(sum, total, "could not build answers for {total}");
    answers
}

#[test]
fn all_builtin_instruments_parse() {
    let ids: Vec<_> = builtin_instruments().into_iter().map(|i| i.id).collect();
    assert_eq!(ids, ["djg11", "djg6", "ucla3-ons"]);
    // Each is found by the id in its own file, and the default is one of them.
    for id in builtin_ids() {
        assert_eq!(builtin_instrument(id).map(|i| i.id).as_deref(), Some(id));
    }
    assert!(builtin_ids().any(|id| id == DEFAULT_INSTRUMENT));
}

#[test]
fn djg11_item_polarity_matches_the_manual() {
    // S+ items score 1 for "nee" and "min of meer"; E− items for "min of meer" and "ja".
    let kinds = "SEESEESSEES";
    let instr = instrument("djg11");
    for (item, kind) in instr.items.iter().zip(kinds.chars()) {
        let (scores, subscale) = match kind {
            'S' => ([1, 1, 0], "social"),
            _ => ([0, 1, 1], "emotional"),
        };
        assert_eq!(item.scores.as_deref(), Some(&scores[..]), "{}", item.id);
        assert_eq!(item.subscale.as_deref(), Some(subscale), "{}", item.id);
        let options: Vec<_> = instr.options(item).iter().map(|o| o.id.as_str()).collect();
        assert_eq!(options, ["nee", "min-of-meer", "ja"]);
    }
}

#[test]
fn djg6_is_items_3_9_10_and_4_7_8() {
    let ids: Vec<_> = instrument("djg6").items.into_iter().map(|i| i.id).collect();
    assert_eq!(ids, ["djg3", "djg4", "djg7", "djg8", "djg9", "djg10"]);
}

#[test]
fn min_of_meer_always_counts_as_lonely() {
    for id in ["djg11", "djg6"] {
        let instr = instrument(id);
        for item in &instr.items {
            assert_eq!(item.scores.as_ref().unwrap()[1], 1, "{id} {}", item.id);
        }
        let all_min_of_meer = {
            let mut a = Answers::for_instrument(&instr);
            (0..instr.items.len()).for_each(|i| a.set(i, Some(1)));
            a
        };
        assert_eq!(
            instr.score(&all_min_of_meer).unwrap().total,
            instr.range().1
        );
    }
}

#[test]
fn band_boundaries() {
    use Level::*;
    let table = [
        ("djg11", 0, NotLonely, "niet eenzaam"),
        ("djg11", 2, NotLonely, "niet eenzaam"),
        ("djg11", 3, Moderate, "matig eenzaam"),
        ("djg11", 8, Moderate, "matig eenzaam"),
        ("djg11", 9, Severe, "(zeer) ernstig eenzaam"),
        ("djg11", 11, Severe, "(zeer) ernstig eenzaam"),
        ("djg6", 1, NotLonely, "niet eenzaam"),
        ("djg6", 2, Moderate, "matig eenzaam"),
        ("djg6", 4, Moderate, "matig eenzaam"),
        ("djg6", 5, Severe, "ernstig eenzaam"),
        ("ucla3-ons", 3, NotLonely, "niet of weinig eenzaam"),
        ("ucla3-ons", 5, NotLonely, "niet of weinig eenzaam"),
        ("ucla3-ons", 6, Moderate, "eenzaam"),
        ("ucla3-ons", 9, Moderate, "eenzaam"),
    ];
    for (id, total, level, label) in table {
        let instr = instrument(id);
        let score = instr.score(&answers_with_total(&instr, total)).unwrap();
        assert_eq!(score.total, total);
        assert_eq!(
            (score.band.level, score.band.label.nl.as_str()),
            (level, label),
            "{id} total {total}"
        );
    }
}

#[test]
fn ranges_are_as_published() {
    let ranges: Vec<_> = ["djg11", "djg6", "ucla3-ons"]
        .into_iter()
        .map(|id| instrument(id).range())
        .collect();
    assert_eq!(ranges, [(0, 11), (0, 6), (3, 9)]);
}

#[test]
fn subscales_and_profiles() {
    let instr = instrument("djg11");
    let mut answers = Answers::for_instrument(&instr);
    // "ja" everywhere: lonely on every emotional item, on no social one.
    (0..instr.items.len()).for_each(|i| answers.set(i, Some(2)));
    let score = instr.score(&answers).unwrap();
    let subs: Vec<_> = score
        .subscales
        .iter()
        .map(|s| (s.id.as_str(), s.score, s.max))
        .collect();
    assert_eq!(subs, [("emotional", 6, 6), ("social", 0, 5)]);
    assert_eq!(score.profile(), Profile::Emotional);

    // "nee" everywhere: lonely on the social items only.
    (0..instr.items.len()).for_each(|i| answers.set(i, Some(0)));
    let score = instr.score(&answers).unwrap();
    assert_eq!(score.total, 5);
    assert_eq!(score.profile(), Profile::Social);

    (0..instr.items.len()).for_each(|i| answers.set(i, Some(1)));
    assert_eq!(instr.score(&answers).unwrap().profile(), Profile::Both);

    let ucla = instrument("ucla3-ons");
    let score = ucla.score(&answers_with_total(&ucla, 9)).unwrap();
    assert!(score.subscales.is_empty());
    assert_eq!(score.profile(), Profile::Neither);
}

#[test]
fn incomplete_forms_are_refused_with_what_is_missing() {
    let instr = instrument("djg11");
    let mut answers = answers_with_total(&instr, 4);
    answers.set(2, None);
    assert_eq!(instr.score(&answers), Err(Incomplete { missing: vec![2] }));
    answers.set(10, None);
    assert_eq!(
        instr.score(&answers),
        Err(Incomplete {
            missing: vec![2, 10]
        })
    );
    assert_eq!(
        instr
            .score(&Answers::for_instrument(&instr))
            .unwrap_err()
            .missing
            .len(),
        11
    );
    // An unscored item (the ONS question) must be answered too.
    let ucla = instrument("ucla3-ons");
    let mut answers = answers_with_total(&ucla, 6);
    answers.set(3, None);
    assert_eq!(ucla.score(&answers), Err(Incomplete { missing: vec![3] }));
}

#[test]
fn answers_that_do_not_fit_are_detected() {
    let instr = instrument("djg6");
    assert!(Answers::for_instrument(&instr).fits(&instr));
    assert!(!Answers::for_instrument(&instrument("djg11")).fits(&instr));
    let mut answers = Answers::for_instrument(&instr);
    answers.set(0, Some(3)); // there are only three options
    assert!(!answers.fits(&instr));
    assert!(instr.score(&answers).unwrap_err().missing.contains(&0));
}

#[test]
fn broken_instruments_are_rejected() {
    let base = include_str!("../../../../data/instruments/djg6.json");
    let gap = base.replace("\"min\": 2,", "\"min\": 3,");
    assert!(Instrument::from_json(&gap).unwrap_err().0.contains("bands"));
    let scores = base.replacen("[\n        0,\n        1,\n        1\n      ]", "[0, 1]", 1);
    assert_ne!(scores, base);
    assert!(Instrument::from_json(&scores)
        .unwrap_err()
        .0
        .contains("one score per option"));
    let subscale = base.replacen("\"subscale\": \"emotional\"", "\"subscale\": \"x\"", 1);
    assert!(Instrument::from_json(&subscale)
        .unwrap_err()
        .0
        .contains("unknown subscale"));
    assert!(Instrument::from_json("{}").is_err());
}

fn any_complete_answers() -> impl Strategy<Value = (usize, Vec<usize>)> {
    (0..3usize).prop_flat_map(|which| {
        let instr = builtin_instruments().swap_remove(which);
        let sizes: Vec<_> = instr.items.iter().map(|i| instr.options(i).len()).collect();
        let picks: Vec<_> = sizes.into_iter().map(|n| 0..n).collect();
        (Just(which), picks)
    })
}

proptest! {
    #[test]
    fn score_is_always_in_range((which, picks) in any_complete_answers()) {
        let instr = builtin_instruments().swap_remove(which);
        let mut answers = Answers::for_instrument(&instr);
        for (i, p) in picks.iter().enumerate() { answers.set(i, Some(*p)); }
        let score = instr.score(&answers).unwrap();
        let (min, max) = instr.range();
        prop_assert!(score.total >= min && score.total <= max);
        prop_assert!(score.band.min <= score.total && score.total <= score.band.max);
        for sub in &score.subscales { prop_assert!(sub.score <= sub.max); }
    }

    #[test]
    fn a_lonelier_answer_never_lowers_the_score(
        (which, picks) in any_complete_answers(), item in 0..11usize, option in 0..5usize
    ) {
        let instr = builtin_instruments().swap_remove(which);
        let item = item % instr.items.len();
        let Some(scores) = instr.items[item].scores.clone() else { return Ok(()) };
        let option = option % scores.len();
        let mut answers = Answers::for_instrument(&instr);
        for (i, p) in picks.iter().enumerate() { answers.set(i, Some(*p)); }
        let before = instr.score(&answers).unwrap();
        let old = answers.get(item).unwrap();
        prop_assume!(scores[option] >= scores[old]);
        answers.set(item, Some(option));
        let after = instr.score(&answers).unwrap();
        prop_assert!(after.total >= before.total);
        prop_assert!(after.band.level >= before.band.level);
    }
}
