use super::*;
use crate::directory::parse_directory;

mod reference;
pub(crate) mod regression;

fn entries() -> Vec<Entry> {
    parse_directory(
        r#"{"schema_version": 1, "entries": [
        {"id": "cafe", "name": "Taalcafé", "description": "Samen Nederlands oefenen",
         "organisation": "Bibliotheek IJmond", "municipality": "beverwijk",
         "location": {"street": "Kerkstraat 1", "postcode": "1941 AA", "city": "Beverwijk"}},
        {"id": "koffie", "name": "Koffieochtend", "description": "Koffie en een praatje in het café",
         "municipality": "velsen",
         "location": {"street": "Zeeweg 2", "postcode": "1971 AA", "city": "IJmuiden"}},
        {"id": "wandel", "name": "Wandelgroep", "description": "Wandelen in de duinen",
         "municipality": "heemskerk"},
        {"id": "rouw", "name": "Rouwgroep", "description": "Praten na een verlies",
         "organisation": "Welzijn Velsen", "municipality": "velsen"}
    ]}"#,
    )
    .unwrap()
    .entries
}

fn ids(index: &SearchIndex, entries: &[Entry], query: &str) -> Vec<String> {
    index
        .search(query)
        .unwrap_or_default()
        .into_iter()
        .map(|h| entries[h.entry].id.clone())
        .collect()
}

#[test]
fn diacritics_and_case_do_not_matter() {
    let e = entries();
    let index = SearchIndex::new(&e);
    assert_eq!(ids(&index, &e, "cafe"), ["cafe", "koffie"]);
    assert_eq!(ids(&index, &e, "CAFÉ"), ["cafe", "koffie"]);
    assert_eq!(ids(&index, &e, "taalcafe"), ["cafe"]);
}

#[test]
fn names_rank_above_descriptions() {
    let e = entries();
    let index = SearchIndex::new(&e);
    // "koffie" is in one name and one description (of the same entry).
    let hits = index.search("koffie").unwrap();
    assert_eq!(hits.len(), 1);
    // Compounds: "groep" is found inside "wandelgroep" and "rouwgroep".
    assert_eq!(ids(&index, &e, "groep"), ["wandel", "rouw"]);
    // "café" is in one name and one description: the name wins.
    let hits = index.search("café").unwrap();
    assert!(hits[0].score > hits[1].score);
}

#[test]
fn organisations_and_places_are_searched() {
    let e = entries();
    let index = SearchIndex::new(&e);
    assert_eq!(ids(&index, &e, "bibliotheek"), ["cafe"]);
    assert_eq!(ids(&index, &e, "ijmuiden"), ["koffie"]);
    // An organisation's name weighs more than a place.
    assert_eq!(ids(&index, &e, "velsen"), ["rouw", "koffie"]);
}

#[test]
fn every_word_must_match_and_prefixes_count() {
    let e = entries();
    let index = SearchIndex::new(&e);
    assert_eq!(ids(&index, &e, "wandel duin"), ["wandel"]);
    assert!(ids(&index, &e, "wandel koffie").is_empty());
    assert_eq!(ids(&index, &e, "koff"), ["koffie"]);
}

#[test]
fn small_typos_are_forgiven_in_longer_words() {
    let e = entries();
    let index = SearchIndex::new(&e);
    assert_eq!(ids(&index, &e, "wandelgreop"), ["wandel"]); // swapped letters
    assert_eq!(ids(&index, &e, "rouwgrope"), ["rouw"]);
    assert_eq!(ids(&index, &e, "verlise"), ["rouw"]);
    assert_eq!(ids(&index, &e, "koffei"), ["koffie"]);
    // Short words must be right: "taa" is a prefix, "tab" is not forgiven.
    assert_eq!(ids(&index, &e, "taa"), ["cafe"]);
    assert!(ids(&index, &e, "tab").is_empty());
    assert!(ids(&index, &e, "xyzzy").is_empty());
}

#[test]
fn an_empty_query_filters_nothing() {
    let e = entries();
    let index = SearchIndex::new(&e);
    assert_eq!(index.search(""), None);
    assert_eq!(index.search(" - "), None);
}

#[test]
fn prefix_distance_counts_edits_against_the_best_start() {
    let d = |a: &str, b: &str| prefix_distance(a.as_bytes(), b.as_bytes(), 2);
    assert_eq!(d("koffie", "koffieochtend"), 0);
    assert_eq!(d("kofie", "koffieochtend"), 1);
    assert_eq!(d("koffei", "koffie"), 1);
    assert_eq!(d("kxffxe", "koffie"), 2);
    assert_eq!(d("abcdef", "xyz"), 3);
}

/// The trie walk over sorted words says exactly what `prefix_distance` says per word.
#[test]
fn the_typo_scan_agrees_with_prefix_distance_on_the_vocabulary() {
    let e = regression::entries();
    let index = SearchIndex::new(&e);
    let v = &index.vocabulary;
    let all = || (0..v.len()).map(|i| (i, v.word(i).as_bytes()));
    for term in [
        "wandelclup",
        "koffei",
        "gezelige",
        "vrijwiligerswerk",
        "kaverdel",
        "sch",
        "x",
    ] {
        for limit in 0..=2 {
            let mut found = Vec::new();
            typo::scan(term.as_bytes(), limit, all(), |i| found.push(i));
            let expected: Vec<usize> = all()
                .filter(|(_, w)| prefix_distance(term.as_bytes(), w, limit) <= limit)
                .map(|(i, _)| i)
                .collect();
            assert_eq!(found, expected, "{term} {limit}");
        }
    }
}

proptest::proptest! {
    #[test]
    fn the_typo_scan_agrees_with_prefix_distance(
        term in "[abc]{1,9}",
        mut list in proptest::collection::vec("[abc]{0,12}", 0..40),
        limit in 0usize..=2,
    ) {
        list.sort();
        let mut found = Vec::new();
        typo::scan(term.as_bytes(), limit, list.iter().map(|w| w.as_bytes()).enumerate(), |i| found.push(i));
        let expected: Vec<usize> = (0..list.len())
            .filter(|&i| prefix_distance(term.as_bytes(), list[i].as_bytes(), limit) <= limit)
            .collect();
        proptest::prop_assert_eq!(found, expected);
    }

    #[test]
    fn search_never_panics_and_hits_are_real(query in "\\PC{0,30}") {
        let e = entries();
        let index = SearchIndex::new(&e);
        if let Some(hits) = index.search(&query) {
            for hit in hits {
                proptest::prop_assert!(hit.entry < e.len());
                proptest::prop_assert!(hit.score > 0);
            }
        }
    }
}
