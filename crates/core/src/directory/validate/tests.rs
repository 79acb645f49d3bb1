use proptest::prelude::*;
use serde_json::{json, Value};

use super::*;
use crate::directory::parse_directory;
use crate::schedule::{Date, ScheduleError};
use crate::{Need, StaffLang};

const DEMO: &str = include_str!("../../../../../data/directory.json");

fn today() -> Date {
    Date::new(2026, 11, 27).unwrap()
}

/// An entry without any problem.
fn base() -> Value {
    json!({
        "id": "a", "name": "Koffie", "description": "Samen koffie drinken",
        "municipality": "velsen", "needs": ["meet"], "free": true,
        "last_checked": "2026-11-01"
    })
}

/// A file with these entries, pretty-printed (so that paths have their own lines).
fn file(entries: Vec<Value>) -> String {
    serde_json::to_string_pretty(&json!({"schema_version": 1, "entries": entries})).unwrap()
}

/// The base entry with `changes` merged in (`null` removes a field).
fn entry(changes: Value) -> Value {
    let mut e = base();
    for (k, v) in changes.as_object().unwrap() {
        if v.is_null() {
            e.as_object_mut().unwrap().remove(k);
        } else {
            e[k] = v.clone();
        }
    }
    e
}

/// The name of a kind: its code's name (`Kind::code` is an exhaustive match, and
/// `Code::ALL` is made from the same list as `Code`, so the table test below wants a
/// row for every kind).
fn name(kind: &Kind) -> &'static str {
    kind.code().name()
}

/// Kinds that cannot be produced on purpose: `Skipped` is the safety net for problems
/// this validator did not foresee, and the property tests check that it never fires.
const UNREACHABLE: [&str; 1] = ["Skipped"];

fn location() -> Value {
    json!({"street": "Plein 1", "postcode": "1971 AB", "city": "IJmuiden"})
}

fn located(changes: Value) -> Value {
    let mut loc = location();
    for (k, v) in changes.as_object().unwrap() {
        loc[k] = v.clone();
    }
    entry(json!({ "location": loc }))
}

struct Row {
    text: String,
    severity: Severity,
    kind: &'static str,
    path: &'static str,
    /// A piece of the Dutch message, with its help after " — " (`Problem::one_line`).
    says: &'static str,
}

fn row(
    text: String,
    severity: Severity,
    kind: &'static str,
    path: &'static str,
    says: &'static str,
) -> Row {
    Row {
        text,
        severity,
        kind,
        path,
        says,
    }
}

/// A value nested `depth` lists deep (`[[[…]]]`), deeper than serde_json reads at once.
fn deep(depth: usize) -> Value {
    let text = format!("{}{}", "[".repeat(depth), "]".repeat(depth));
    let mut de = serde_json::Deserializer::from_str(&text);
    de.disable_recursion_limit();
    serde::Deserialize::deserialize(&mut de).unwrap()
}

fn one(changes: Value) -> String {
    file(vec![entry(changes)])
}

fn table() -> Vec<Row> {
    use Severity::{Error as E, Info as I, Warning as W};
    let sched = |s: Value| one(json!({ "schedules": [s] }));
    vec![
        row("{\n  \"schema_version\": 1,\n  \"entries\": [}".into(), E, "Syntax", "", "geen geldige JSON"),
        row(format!("\u{feff}{}", file(vec![base()])), W, "ByteOrderMark", "", "BOM"),
        row("[]".into(), E, "NotAnObject", "", "moet beginnen met {"),
        row(r#"{"entries": []}"#.into(), E, "SchemaVersion", "", "ontbreekt"),
        row(r#"{"schema_version": 2, "entries": []}"#.into(), E, "SchemaVersion", "schema_version", "leest alleen 1"),
        row(r#"{"schema_version": 1, "entires": []}"#.into(), E, "NoEntries", "", "bedoelt u `entries`"),
        row(file(vec![json!(42)]), E, "EntryNotObject", "entries[0]", "blok met velden"),
        row(one(json!({"name": null})), E, "Missing", "entries[0]", "`name` ontbreekt"),
        row(one(json!({"name": "  "})), E, "Empty", "entries[0].name", "`name` is leeg"),
        row(one(json!({"naem": "x"})), E, "UnknownField", "entries[0].naem", "onbekend veld `naem` — bedoelt u `name`?"),
        row(one(json!({"adress": "x"})), E, "UnknownField", "entries[0].adress", "bedoelt u `location`?"),
        row(one(json!({"telefoon": "x"})), E, "UnknownField", "entries[0].telefoon", "bedoelt u `contact`?"),
        row(one(json!({"free": "ja"})), E, "WrongType", "entries[0].free", "`free` moet true of false"),
        row(one(json!({"age_min": 300})), E, "WrongType", "entries[0].age_min", "heel getal van 0 tot 255 (zonder aanhalingstekens) zijn, maar is een getal boven 255"),
        row(one(json!({"age_min": -1})), E, "WrongType", "entries[0].age_min", "maar is een negatief getal"),
        row(one(json!({"age_max": 6.5})), E, "WrongType", "entries[0].age_max", "maar is een getal met cijfers achter de komma"),
        row(file(vec![base(), entry(json!({"id": "b", "tags": deep(200)}))]), E, "TooDeep", "entries[1]", "te diep genest"),
        row(one(json!({"needs": ["praten"]})), E, "UnknownNeed", "entries[0].needs[0]", "bedoelt u `talk`?"),
        row(one(json!({"needs": ["sprot"]})), E, "UnknownNeed", "entries[0].needs[0]", "bedoelt u `sport`?"),
        row(one(json!({"status": "Temporarily closed"})), E, "UnknownChoice", "entries[0].status", "bedoelt u `temporarily_closed`?"),
        row(one(json!({"moments": ["avond"]})), E, "UnknownChoice", "entries[0].moments[0]", "kies uit"),
        row(file(vec![base(), base()]), E, "DuplicateId", "entries[1].id", "komt twee keer voor (ook in entries[0])"),
        row(sched(json!({"freq": "WEEKLY", "byday": ["MO", "XX"]})), E, "Schedule", "entries[0].schedules[0].byday[1]", "\"XX\" is geen dag"),
        row(sched(json!({"freq": "DAILY", "byday": "MO"})), E, "Schedule", "entries[0].schedules[0].freq", "\"WEEKLY\" (elke week)"),
        row(sched(json!({"freq": "WEEKLY", "byday": "2MO"})), E, "Schedule", "entries[0].schedules[0].byday", "\"MONTHLY\""),
        row(sched(json!({"freq": "WEEKLY", "byday": "MO", "interval": 2})), E, "Schedule", "entries[0].schedules[0].interval", "`valid_from` nodig"),
        row(sched(json!({"freq": "WEEKLY", "byday": "MO", "opens_at": "12:00", "closes_at": "11:00"})), E, "Schedule", "entries[0].schedules[0].closes_at", "niet later dan"),
        row(sched(json!({"freq": "WEEKLY", "byday": "MO", "closes_at": "25:00"})), E, "Schedule", "entries[0].schedules[0].closes_at", "geen tijd"),
        row(sched(json!({"freq": "WEEKLY", "byday": "MO", "valid_to": "31-12-2027"})), E, "Schedule", "entries[0].schedules[0].valid_to", "geen datum"),
        row(sched(json!({"freq": "WEEKLY"})), E, "Missing", "entries[0].schedules[0]", "`byday` ontbreekt"),
        row(sched(json!({"freq": "WEEKLY", "byday": ["MO", 3]})), E, "WrongType", "entries[0].schedules[0].byday[1]", "tekst"),
        row(one(json!({"age_min": 70, "age_max": 18})), E, "AgeOrder", "entries[0].age_min", "hoger dan"),
        row(file(vec![located(json!({"latitude": 52.4}))]), E, "CoordinatePair", "entries[0].location.latitude", "én"),
        row(file(vec![located(json!({"latitude": 100.0, "longitude": 4.6}))]), E, "NotOnEarth", "entries[0].location.latitude", "bestaan niet"),
        row(file(vec![located(json!({"latitude": 52.4, "longitude": 200.0}))]), E, "NotOnEarth", "entries[0].location.longitude", "longitude -180 tot 180"),
        row(file(vec![located(json!({"street": 12}))]), E, "WrongType", "entries[0].location.street", "tekst"),
        row(file(vec![located(json!({"floor": "1e"}))]), E, "WrongType", "entries[0].location.floor", "heel getal"),
        row(file(vec![located(json!({"floor": 1.5}))]), E, "WrongType", "entries[0].location.floor", "heel getal"),
        row(file(vec![located(json!({"lift": "ja"}))]), E, "WrongType", "entries[0].location.lift", "true of false"),
        row(one(json!({"companion": "ja"})), E, "WrongType", "entries[0].companion", "true of false"),
        row(one(json!({"transport": 1})), E, "WrongType", "entries[0].transport", "true of false"),
        row(file(vec![located(json!({"floor": 51}))]), E, "FloorRange", "entries[0].location.floor", "van -2 tot 50"),
        row(file(vec![located(json!({"floor": -3}))]), E, "FloorRange", "entries[0].location.floor", "`floor` is -3"),
        row(file(vec![located(json!({"floor": 300}))]), E, "FloorRange", "entries[0].location.floor", "`floor` is 300"),
        row(file(vec![entry(json!({"contact": {"phone": "0255 123 456", "tel": "x"}}))]), E, "UnknownField", "entries[0].contact.tel", "onbekend veld"),
        row(r#"{"schema_version": 1, "entries": [{"id": "a", "name": "x", "name": "y", "description": "", "needs": ["meet"], "free": true, "last_checked": "2026-11-01"}]}"#.into(), E, "DuplicateKey", "entries[0].name", "twee keer"),
        row(r#"{"schema_version": 1, "note": "a", "note": "b", "entries": []}"#.into(), W, "DuplicateKey", "note", "twee keer"),
        row(one(json!({"description": ""})), W, "EmptyDescription", "entries[0].description", "is leeg"),
        row(file(vec![located(json!({"city": ""}))]), W, "EmptyAddress", "entries[0].location.city", "`city` is leeg"),
        row(one(json!({"needs": []})), W, "NoNeeds", "entries[0].needs", "nooit als suggestie"),
        row(sched(json!({"freq": "WEEKLY", "byday": "MO", "valid_to": "2025-06-30"})), W, "ScheduleEnded", "entries[0].schedules[0].valid_to", "afgelopen op 2025-06-30"),
        row(sched(json!({"freq": "MONTHLY", "byday": "5MO", "valid_from": "2027-02-01", "valid_to": "2027-02-28"})), W, "NeverOccurs", "entries[0].schedules[0]", "op geen enkele dag"),
        row(one(json!({"last_checked": null})), W, "NotChecked", "entries[0]", "`last_checked` ontbreekt"),
        row(one(json!({"last_checked": "2025-01-31"})), W, "CheckedLongAgo", "entries[0].last_checked", "meer dan een jaar"),
        row(one(json!({"last_checked": "1-1-2026"})), W, "BadCheckedDate", "entries[0].last_checked", "geen datum"),
        row(one(json!({"municipality": "Velzen"})), W, "UnknownMunicipality", "entries[0].municipality", "bedoelt u `velsen`?"),
        row(one(json!({"contact": {"phone": "bel ons"}})), W, "BadPhone", "entries[0].contact.phone", "geen telefoonnummer"),
        row(one(json!({"contact": {"email": "info at x.nl"}})), W, "BadEmail", "entries[0].contact.email", "geen e-mailadres"),
        row(one(json!({"contact": {"website": "www.x.nl"}})), W, "BadWebsite", "entries[0].contact.website", "begin met https://"),
        row(one(json!({"contact": {"website": "https://ok.example/\"onmouseover=\"alert(1)"}})), W, "WebsiteCharacters", "entries[0].contact.website", "aanhalingsteken"),
        row(one(json!({"name": "Koffie\u{0}\u{7}"})), W, "HiddenCharacters", "entries[0].name", "onzichtbare tekens"),
        row(one(json!({"contact": {"website": "http://www.x.nl"}})), W, "HttpWebsite", "entries[0].contact.website", "gebruik https://"),
        row(file(vec![located(json!({"latitude": 48.85, "longitude": 2.35}))]), W, "OutsideNetherlands", "entries[0].location.latitude", "niet in Nederland"),
        row(file(vec![located(json!({"latitude": 4.62, "longitude": 52.46}))]), W, "LatLonSwapped", "entries[0].location.latitude", "omwisselt"),
        row(file(vec![located(json!({"postcode": "ABCD"}))]), W, "BadPostcode", "entries[0].location.postcode", "geen Nederlandse postcode"),
        row(one(json!({"languages": ["Nederlands"]})), W, "BadLanguage", "entries[0].languages[0]", "taalcode"),
        row(one(json!({"free": false})), W, "CostMissing", "entries[0].free", "vul `cost` in"),
        row(one(json!({"translations": {"tu": {"name": "Kahve"}}})), W, "TranslationLanguage", "entries[0].translations.tu", "\"tu\" is geen taal van de app (kies uit \"en\", \"tr\", \"ar\", \"pl\", \"uk\"); de app laat deze vertaling weg — bedoelt u `tr`?"),
        row(one(json!({"translations": {"TR": {"name": "Kahve"}}})), W, "TranslationLanguage", "entries[0].translations.TR", "bedoelt u `tr`?"),
        row(one(json!({"translations": {"nl": {"name": "Koffie"}}})), W, "TranslationLanguage", "entries[0].translations.nl", "staat in `name` en `description` zelf"),
        row(one(json!({"translations": {"tr": {"naam": "Kahve"}}})), W, "TranslationField", "entries[0].translations.tr.naam", "onbekend veld `naam` in een vertaling (die heeft alleen `name` en `description`); de app laat deze vertaling weg — bedoelt u `name`?"),
        row(one(json!({"translations": {"tr": {"descripton": "Kahve"}}})), W, "TranslationField", "entries[0].translations.tr.descripton", "bedoelt u `description`?"),
        row(one(json!({"translations": ["tr"]})), W, "TranslationType", "entries[0].translations", "`translations` moet een blok met velden: { … } zijn, maar is een lijst; de app laat de vertalingen weg"),
        row(one(json!({"translations": {"tr": "Kahve"}})), W, "TranslationType", "entries[0].translations.tr", "`translations.tr` moet een blok"),
        row(one(json!({"translations": {"tr": {"name": 3}}})), W, "TranslationType", "entries[0].translations.tr.name", "`translations.tr.name` moet tekst tussen aanhalingstekens (\"…\") zijn, maar is een getal; de app laat deze vertaling weg"),
        row(one(json!({"translations": {"tr": {"name": null}}})), W, "TranslationType", "entries[0].translations.tr.name", "maar is null"),
        row(one(json!({"translations": {"tr": {"name": " \u{202e} "}}})), W, "TranslationEmpty", "entries[0].translations.tr.name", "`translations.tr.name` is leeg: vul het in of laat het weg"),
        row(one(json!({"translations": {"en": {}}})), W, "TranslationEmpty", "entries[0].translations.en", "geen `name` en geen `description`"),
        row(one(json!({"example": true})), I, "Examples", "entries", "1 item is een verzonnen voorbeeld"),
        row(file(vec![entry(json!({"example": true})), entry(json!({"id": "b", "example": true}))]), I, "Examples", "entries", "2 items zijn verzonnen voorbeelden"),
    ]
}

#[test]
fn hidden_characters_are_named_in_every_text_field() {
    for (changes, path) in [
        (
            json!({"description": "a\u{202e}b"}),
            "entries[0].description",
        ),
        (json!({"cost": "\u{2066}gratis\u{2069}"}), "entries[0].cost"),
        (
            json!({"location": {"street": "Plein\u{0} 1", "postcode": "1971 AB", "city": "IJmuiden"}}),
            "entries[0].location.street",
        ),
        (
            json!({"contact": {"person": "An\u{7}ja"}}),
            "entries[0].contact.person",
        ),
        (
            json!({"schedules": [{"freq": "WEEKLY", "byday": "MO", "description": "Spreek\u{202d}uur"}]}),
            "entries[0].schedules[0].description",
        ),
        (
            json!({"translations": {"tr": {"name": "Dil\u{0} kafe"}}}),
            "entries[0].translations.tr.name",
        ),
    ] {
        let report = validate(&one(changes), today());
        assert!(
            report
                .problems
                .iter()
                .any(|p| name(&p.kind) == "HiddenCharacters"
                    && p.path == path
                    && p.severity == Severity::Warning),
            "{path}: {:#?}",
            report.problems
        );
    }
    // A line break in a description is text, not hidden.
    let report = validate(&one(json!({"description": "Regel 1\nRegel 2"})), today());
    assert_eq!(report.problems, vec![]);
}

#[test]
fn syntax_messages_in_dutch_have_no_english_parser_words() {
    for text in [
        "{\n  \"schema_version\": 1,\n  oops\n}",
        "",
        "{\"a\": 1",
        "{\"a\": tru}",
    ] {
        let report = validate(text, today());
        let problem = &report.problems[0];
        let dutch = problem.message(StaffLang::Nl);
        for english in ["expected", "EOF", "while parsing", "ident", " at line"] {
            assert!(!dutch.contains(english), "{text:?}: {dutch}");
        }
        assert!(problem.message(StaffLang::En).contains("JSON"));
        assert!(
            problem.column >= 1 && problem.line >= 1,
            "{text:?}: {problem:?}"
        );
    }
}

#[test]
fn the_base_entry_has_no_problems() {
    let report = validate(&file(vec![base()]), today());
    assert_eq!(report.problems, vec![]);
    assert_eq!((report.entries, report.examples), (1, 0));
}

#[test]
fn every_kind_of_problem_is_found_and_worded() {
    for row in table() {
        let report = validate(&row.text, today());
        let found = report.problems.iter().find(|p| {
            name(&p.kind) == row.kind && p.path == row.path && p.severity == row.severity
        });
        let Some(problem) = found else {
            panic!(
                "{} at {:?} not found in\n{}\n{:#?}",
                row.kind, row.path, row.text, report.problems
            );
        };
        let dutch = problem.one_line(StaffLang::Nl);
        assert!(
            dutch.contains(row.says),
            "{}: {:?} does not say {:?}",
            row.kind,
            dutch,
            row.says
        );
        // The English message exists and differs.
        let english = problem.one_line(StaffLang::En);
        assert!(!english.is_empty() && english != dutch, "{english}");
        // A guess at what was meant is help, not part of the message.
        for lang in [StaffLang::Nl, StaffLang::En] {
            let message = problem.message(lang);
            assert!(
                !message.contains("bedoelt u") && !message.contains("did you mean"),
                "{message}"
            );
        }
        // The position points into the text.
        assert!(problem.offset <= row.text.len());
        assert!(problem.line >= 1 && problem.column >= 1);
    }
}

#[test]
fn the_table_covers_every_kind() {
    let table = table();
    for code in Code::ALL {
        let n = code.name();
        assert!(
            UNREACHABLE.contains(&n) || table.iter().any(|r| r.kind == n),
            "no test row for {code} {n}"
        );
    }
    // The unreachable kinds are worded too.
    let skipped = Kind::Skipped("x".into());
    for lang in [StaffLang::Nl, StaffLang::En] {
        assert!(!skipped.message(lang).is_empty());
    }
}

#[test]
fn codes_are_unique_and_stable() {
    let numbers: Vec<u16> = Code::ALL.iter().map(|c| c.number()).collect();
    let mut sorted = numbers.clone();
    sorted.sort_unstable();
    sorted.dedup();
    assert_eq!(numbers, sorted, "codes in ALL are ascending and unique");
    // Codes are printed with every message; these never change meaning.
    assert_eq!(Code::Syntax.to_string(), "SW001");
    assert_eq!(Code::UnknownField.to_string(), "SW013");
    assert_eq!(Code::FloorRange.to_string(), "SW023");
    assert_eq!(Code::CostMissing.to_string(), "SW047");
    assert_eq!(Code::Examples.to_string(), "SW090");
}

/// The staff's documentation has a row for every code, with its name, and no other.
#[test]
fn every_code_is_documented() {
    let docs = include_str!("../../../../../docs/directory-format.md");
    for code in Code::ALL {
        let row = format!("| `{code}` | `{}` |", code.name());
        assert!(docs.contains(&row), "docs/directory-format.md lacks {row}");
    }
    let documented = docs.matches("| `SW").count();
    assert_eq!(
        documented,
        Code::ALL.len(),
        "a code in the docs that is not in Code"
    );
}

#[test]
fn a_likely_correction_is_help() {
    let report = validate(
        &one(json!({"naem": "x", "municipality": "Velzen"})),
        today(),
    );
    let helped: Vec<(String, Option<String>)> = report
        .problems
        .iter()
        .map(|p| (p.message(StaffLang::Nl), p.help(StaffLang::Nl)))
        .collect();
    assert!(
        helped.contains(&(
            "onbekend veld `naem`".into(),
            Some("bedoelt u `name`?".into())
        )),
        "{helped:?}"
    );
    let municipality = report
        .problems
        .iter()
        .find(|p| name(&p.kind) == "UnknownMunicipality")
        .unwrap();
    assert_eq!(
        municipality.help(StaffLang::En).as_deref(),
        Some("did you mean `velsen`?")
    );
    assert!(municipality
        .message(StaffLang::Nl)
        .starts_with("gemeente \"Velzen\" is niet ingesteld; ingesteld zijn "));
    // No guess, no help.
    let plain = validate(&one(json!({"zzzzzz": 1})), today());
    assert_eq!(plain.problems[0].help(StaffLang::Nl), None);
    assert_eq!(
        plain.problems[0].one_line(StaffLang::Nl),
        "onbekend veld `zzzzzz`"
    );
}

/// Another name for a field (`directory::names`: the spreadsheet's Dutch columns and
/// common other names) helps in the block where it is written: the field itself, or
/// in an entry the block that holds it.
#[test]
fn other_names_point_to_their_field() {
    let cases = [
        (json!({"adres": "x"}), "entries[0].adres", Some("location")),
        (
            json!({"plaats": "x"}),
            "entries[0].plaats",
            Some("location"),
        ),
        (
            json!({"telefoon": "x"}),
            "entries[0].telefoon",
            Some("contact"),
        ),
        (
            json!({"dagen": "di"}),
            "entries[0].dagen",
            Some("schedules"),
        ),
        (
            json!({"leeftijd_min": 5}),
            "entries[0].leeftijd_min",
            Some("age_min"),
        ),
        (
            json!({"Gemeente": "x"}),
            "entries[0].Gemeente",
            Some("municipality"),
        ),
        (
            json!({"location": {"street": "a", "postcode": "1971 AB", "city": "b", "straat": "x", "naam": "y"}}),
            "entries[0].location.straat",
            Some("street"),
        ),
        (
            json!({"location": {"street": "a", "postcode": "1971 AB", "city": "b", "naam": "y"}}),
            "entries[0].location.naam",
            Some("name"),
        ),
        (
            json!({"schedules": [{"freq": "WEEKLY", "byday": "MO", "van": "10:00"}]}),
            "entries[0].schedules[0].van",
            Some("opens_at"),
        ),
        (
            json!({"schedules": [{"freq": "WEEKLY", "byday": "MO", "omschrijving": "x"}]}),
            "entries[0].schedules[0].omschrijving",
            Some("description"),
        ),
        // A contact field in a location block belongs nowhere near.
        (
            json!({"location": {"street": "a", "postcode": "1971 AB", "city": "b", "telefoon": "y"}}),
            "entries[0].location.telefoon",
            None,
        ),
    ];
    for (changes, path, meant) in cases {
        let report = validate(&one(changes), today());
        let problem = report
            .problems
            .iter()
            .find(|p| p.path == path)
            .unwrap_or_else(|| panic!("{path}: {:#?}", report.problems));
        assert_eq!(name(&problem.kind), "UnknownField", "{path}");
        let help = meant.map(|m| format!("bedoelt u `{m}`?"));
        assert_eq!(problem.help(StaffLang::Nl), help, "{path}");
    }
}

#[test]
fn every_schedule_error_has_a_dutch_text() {
    let errors = [
        ScheduleError::UnknownFrequency("x".into()),
        ScheduleError::BadDay("x".into()),
        ScheduleError::NoDays,
        ScheduleError::NthInWeekly("2MO".into()),
        ScheduleError::BadInterval,
        ScheduleError::IntervalWithoutStart,
        ScheduleError::BadTime("x".into()),
        ScheduleError::BadDate("x".into()),
        ScheduleError::ClosesBeforeOpens,
        ScheduleError::EndsBeforeStart,
    ];
    for e in errors {
        let kind = Kind::Schedule(e.clone());
        assert_ne!(kind.message(StaffLang::Nl), e.to_string());
        assert_eq!(kind.message(StaffLang::En), e.to_string());
    }
}

#[test]
fn every_problem_of_a_schedule_is_reported_at_once() {
    let text = one(json!({"schedules": [{
        "freq": "DAILY", "byday": ["2MO", "XX"], "opens_at": "25:00",
        "closes_at": "9:00", "valid_from": "2026-13-01", "interval": 0
    }]}));
    let report = validate(&text, today());
    let paths: Vec<&str> = report
        .problems
        .iter()
        .filter(|p| name(&p.kind) == "Schedule")
        .map(|p| p.path.as_str())
        .collect();
    let s = "entries[0].schedules[0]";
    for field in ["freq", "byday[1]", "opens_at", "valid_from", "interval"] {
        assert!(
            paths.contains(&format!("{s}.{field}").as_str()),
            "{field} missing in {paths:?}"
        );
    }
}

#[test]
fn every_error_of_a_file_is_reported_at_once() {
    let text = file(vec![
        entry(json!({"naem": "x", "needs": ["flying"]})),
        entry(json!({"id": "b", "free": "yes", "age_min": 9, "age_max": 3})),
        entry(json!({"id": "c", "name": null})),
    ]);
    let report = validate(&text, today());
    let errors: Vec<(&str, &str)> = report
        .problems
        .iter()
        .filter(|p| p.severity == Severity::Error)
        .map(|p| (name(&p.kind), p.path.as_str()))
        .collect();
    assert_eq!(
        errors,
        vec![
            ("UnknownField", "entries[0].naem"),
            ("UnknownNeed", "entries[0].needs[0]"),
            // In the order of the file (the keys were written sorted).
            ("AgeOrder", "entries[1].age_min"),
            ("WrongType", "entries[1].free"),
            ("Missing", "entries[2]"),
        ]
    );
}

#[test]
fn positions_are_lines_and_columns_of_the_value() {
    let text = "{\n  \"schema_version\": 1,\n  \"entries\": [\n    {\"id\": \"a\", \"name\": \"Café\", \"description\": \"\", \"needs\": [\"vliegen\"]}\n  ]\n}";
    let report = validate(text, today());
    let need = report
        .problems
        .iter()
        .find(|p| p.path == "entries[0].needs[0]")
        .unwrap();
    assert_eq!((need.line, need.column), (4, 62));
    let syntax = validate(
        "{\n  \"schema_version\": 1,\n  \"entries\": [,]\n}",
        today(),
    );
    let p = &syntax.problems[0];
    assert_eq!((p.line, p.column), (3, 15), "{p:?}");
    assert!(p.message(StaffLang::Nl).contains("waarde"), "{p:?}");
    let eof = validate("{\"schema_version\": 1, \"entries\": [", today());
    assert!(eof.problems[0].message(StaffLang::Nl).contains("te vroeg"));
}

/// A translation with a problem costs only itself: the app keeps the entry and the
/// good translations, and the check warns once per problem, at the key or the text,
/// and finds no error.
#[test]
fn a_bad_translation_is_a_warning_and_only_it_is_left_out() {
    let text = "{\n  \"schema_version\": 1,\n  \"entries\": [\n    {\"id\": \"a\", \"name\": \"Koffie\", \"description\": \"Samen\", \"needs\": [\"meet\"], \"free\": true, \"last_checked\": \"2026-11-01\",\n     \"translations\": {\"tr\": {\"name\": \"Kahve\"},\n                      \"de\": {\"name\": \"Kaffee\"}, \"en\": {\"name\": \"Coffee\", \"naam\": \"x\"}, \"pl\": {\"description\": \"\"}}}\n  ]\n}";
    let report = validate(text, today());
    assert!(!report.has_errors(), "{:#?}", report.problems);
    let found: Vec<(&str, &str, usize, usize)> = report
        .problems
        .iter()
        .map(|p| (name(&p.kind), p.path.as_str(), p.line, p.column))
        .collect();
    assert_eq!(
        found,
        [
            ("TranslationLanguage", "entries[0].translations.de", 6, 23),
            ("TranslationField", "entries[0].translations.en.naam", 6, 74),
            (
                "TranslationEmpty",
                "entries[0].translations.pl.description",
                6,
                110
            ),
        ]
    );
    let dir = parse_directory(text).unwrap();
    assert!(dir.skipped.is_empty());
    let kept: Vec<(crate::Lang, Option<&str>)> = dir.entries[0]
        .translations
        .iter()
        .map(|(l, t)| (*l, t.name.as_deref()))
        .collect();
    assert_eq!(kept, [(crate::Lang::Tr, Some("Kahve"))]);
}

/// A key twice in a translation, or a language twice, is an error as anywhere in an
/// entry: the parser refuses the entry too.
#[test]
fn a_key_twice_in_translations_is_an_error_as_elsewhere() {
    for translations in [
        r#"{"tr": {"name": "a", "name": "b"}}"#,
        r#"{"tr": {"name": "a"}, "tr": {"name": "b"}}"#,
        r#"{"xx": {"name": {"a": 1, "a": 2}}}"#,
    ] {
        let text = format!(
            r#"{{"schema_version": 1, "entries": [{{"id": "a", "name": "x", "description": "", "translations": {translations}}}]}}"#
        );
        let report = validate(&text, today());
        assert!(
            report
                .problems
                .iter()
                .any(|p| name(&p.kind) == "DuplicateKey" && p.severity == Severity::Error),
            "{translations}: {:#?}",
            report.problems
        );
        assert_eq!(
            parse_directory(&text).unwrap().skipped.len(),
            1,
            "{translations}"
        );
    }
}

/// A key with a dot or a bracket is quoted in its path (`entries[0]["a.b"]`): the
/// message names the key as written, not the end of the path after its last dot.
#[test]
fn a_duplicate_key_is_named_as_written() {
    let text = r#"{"schema_version": 1, "entries": [{"id": "a", "name": "x", "description": "",
        "needs": ["meet"], "free": true, "last_checked": "2026-11-01", "a.b": 1, "a.b": 2}],
        "c[d]": 1, "c[d]": 2}"#;
    let report = validate(text, today());
    let duplicates: Vec<(&str, &Kind, Severity)> = report
        .problems
        .iter()
        .filter(|p| name(&p.kind) == "DuplicateKey")
        .map(|p| (p.path.as_str(), &p.kind, p.severity))
        .collect();
    assert_eq!(
        duplicates,
        vec![
            (
                "entries[0][\"a.b\"]",
                &Kind::DuplicateKey("a.b".into()),
                Severity::Error
            ),
            (
                "[\"c[d]\"]",
                &Kind::DuplicateKey("c[d]".into()),
                Severity::Warning
            ),
        ]
    );
    assert!(report.problems.iter().any(|p| p
        .message(StaffLang::Nl)
        .starts_with("het veld `a.b` staat twee keer")));
}

/// A file with two lists `entries`: the app reads neither (the key repeats), and the
/// check names the repeated key and checks the last list, as a `Value` keeps it. The
/// keys of its entries are not repeated: before the check went entry by entry, one
/// map of places for the whole file took each key of the second list for a repeat of
/// the same key in the first (`entries[0].id` twice).
#[test]
fn two_lists_of_entries_are_one_repeated_key() {
    let text = r#"{"schema_version": 1, "entries": [{"id": "a"}],
        "entries": [{"id": "b", "name": "x", "description": "Koffie", "needs": ["meet"],
        "free": true, "last_checked": "2026-11-01"}]}"#;
    let report = validate(text, today());
    let found: Vec<(&str, &str)> = report
        .problems
        .iter()
        .map(|p| (p.path.as_str(), name(&p.kind)))
        .collect();
    assert_eq!(found, vec![("entries", "DuplicateKey")]);
    assert_eq!(report.entries, 1);
}

/// A value too deep to read at once is read around, entry by entry, as the parser
/// does; a file that then turns out to be no object, or not JSON after the deep value,
/// is an error. (It was reported as a file without any problem, which the app refuses.)
#[test]
fn a_deep_file_that_is_no_object_or_broken_has_an_error() {
    let deep = format!("{}{}", "[".repeat(200), "]".repeat(200));
    let entry = r#"{"id": "a", "name": "x", "description": "Koffie", "needs": ["meet"], "free": true, "last_checked": "2026-11-01"}"#;
    for (text, kind) in [
        (deep.clone(), "NotAnObject"),
        (
            format!(
                r#"{{"schema_version": 1, "entries": [{{"id": "b", "x": {deep}}}, {entry},,]}}"#
            ),
            "Syntax",
        ),
        (
            format!(r#"{{"schema_version": 1, "entries": [{{"id": "b", "x": {deep}}}, {entry}]"#),
            "Syntax",
        ),
    ] {
        assert!(parse_directory(&text).is_err());
        let report = validate(&text, today());
        let kinds: Vec<(&str, Severity)> = report
            .problems
            .iter()
            .map(|p| (name(&p.kind), p.severity))
            .collect();
        assert_eq!(kinds, vec![(kind, Severity::Error)], "{text}");
    }
}

#[test]
fn messages_come_in_english_too() {
    let report = validate(&one(json!({"adress": "x"})), today());
    let p = report
        .problems
        .iter()
        .find(|p| p.path == "entries[0].adress")
        .unwrap();
    assert_eq!(
        p.one_line(StaffLang::En),
        "unknown field `adress` — did you mean `location`?"
    );
    assert_eq!(p.message(StaffLang::En), "unknown field `adress`");
    assert_eq!(
        p.help(StaffLang::En).as_deref(),
        Some("did you mean `location`?")
    );
}

#[test]
fn the_demo_file_has_no_errors() {
    let report = validate(DEMO, today());
    let errors: Vec<_> = report
        .problems
        .iter()
        .filter(|p| p.severity != Severity::Warning && p.severity != Severity::Info)
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
    assert!(report.entries >= 60);
    assert_eq!(report.examples, report.entries - 5);
}

#[test]
fn a_schema_key_at_the_top_is_allowed() {
    let text = r#"{"$schema": "./directory.schema.json", "schema_version": 1, "entries": []}"#;
    assert!(parse_directory(text).is_ok());
    assert_eq!(validate(text, today()).problems, vec![]);
}

/// The field lists here equal the parser's: serde names every field it accepts when it
/// refuses an unknown one.
#[test]
fn field_lists_match_the_parser() {
    let probes = [
        ("entry", entry(json!({"zz": 1}))),
        ("location", located(json!({"zz": 1}))),
        ("contact", entry(json!({"contact": {"zz": 1}}))),
        (
            "schedule",
            entry(json!({"schedules": [{"freq": "WEEKLY", "byday": "MO", "zz": 1}]})),
        ),
    ];
    for (object, probe) in probes {
        let dir = parse_directory(&file(vec![probe])).unwrap();
        let reason = &dir.skipped[0].reason;
        let (_, list) = reason.split_once("expected one of ").expect(reason);
        let mut parser: Vec<&str> = list
            .split(", ")
            .map(|s| s.trim_matches(|c: char| c == '`' || c.is_whitespace()))
            .collect();
        let mut ours: Vec<&str> = FIELDS
            .iter()
            .find(|(o, _)| *o == object)
            .unwrap()
            .1
            .to_vec();
        parser.sort();
        ours.sort();
        assert_eq!(parser, ours, "{object}");
    }
}

// Property tests: the validator never panics, and it agrees with the app's parser.

/// Interesting values to put anywhere in an entry.
fn any_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        (-5i64..300).prop_map(Value::from),
        prop_oneof![Just(52.46), Just(4.62), Just(-1.5), Just(1e300), Just(0.0)]
            .prop_map(Value::from),
        prop_oneof![
            Just(""),
            Just(" "),
            Just("TU"),
            Just("2MO"),
            Just("-1FR"),
            Just("MO,TH"),
            Just("XX"),
            Just("WEEKLY"),
            Just("MONTHLY"),
            Just("14:30"),
            Just("25:00"),
            Just("2026-01-01"),
            Just("2099-12-31"),
            Just("velsen"),
            Just("talk"),
            Just("praten"),
            Just("active"),
            Just("inactive"),
            Just("http://a.nl"),
            Just("https://a.nl"),
            Just("0255 123 456"),
            Just("a@b.nl"),
            Just("1971 AB"),
            Just("evening"),
            Just("é\"\\\n"),
        ]
        .prop_map(Value::from),
    ];
    leaf.prop_recursive(2, 8, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..3).prop_map(Value::Array),
            prop::collection::vec(
                (
                    prop_oneof![
                        Just("freq"),
                        Just("byday"),
                        Just("street"),
                        Just("postcode"),
                        Just("city"),
                        Just("phone"),
                        Just("zz"),
                        Just("interval"),
                        Just("valid_from"),
                        Just("latitude"),
                        Just("longitude"),
                    ],
                    inner
                ),
                0..4
            )
            .prop_map(|kv| Value::Object(kv.into_iter().map(|(k, v)| (k.to_owned(), v)).collect())),
        ]
    })
}

const MUTABLE: [&str; 45] = [
    "id",
    "name",
    "description",
    "organisation",
    "municipality",
    "needs",
    "example",
    "status",
    "audience",
    "age_min",
    "age_max",
    "free",
    "cost",
    "languages",
    "how_to_join",
    "when",
    "schedules",
    "moments",
    "location",
    "contact",
    "last_checked",
    "location.street",
    "location.postcode",
    "location.latitude",
    "location.longitude",
    "location.city",
    "contact.phone",
    "contact.website",
    "schedules.0.freq",
    "schedules.0.byday",
    "schedules.0.interval",
    "schedules.0.opens_at",
    "schedules.0.closes_at",
    "schedules.0.valid_from",
    "needs.0",
    "naem",
    "companion",
    "transport",
    "location.floor",
    "location.lift",
    "location.wheelchair_accessible",
    "translations",
    "translations.tr",
    "translations.tr.name",
    "translations.en",
];

/// Sets (or with `None`, removes) the value at a dotted path, if its parent exists.
fn set(target: &mut Value, path: &str, new: Option<Value>) {
    let (parent, last) = path.rsplit_once('.').map_or(("", path), |(p, l)| (p, l));
    let mut node = target;
    for part in parent.split('.').filter(|p| !p.is_empty()) {
        let next = match part.parse::<usize>() {
            Ok(i) => node.get_mut(i),
            Err(_) => node.get_mut(part),
        };
        match next {
            Some(n) => node = n,
            None => return,
        }
    }
    match (node, last.parse::<usize>(), new) {
        (Value::Object(m), _, Some(v)) => {
            m.insert(last.to_owned(), v);
        }
        (Value::Object(m), _, None) => {
            m.remove(last);
        }
        (Value::Array(a), Ok(i), Some(v)) if i < a.len() => a[i] = v,
        (Value::Array(a), Ok(i), None) if i < a.len() => {
            a.remove(i);
        }
        _ => {}
    }
}

fn mutation() -> impl Strategy<Value = (usize, usize, Option<Value>)> {
    (
        0usize..200,
        0..MUTABLE.len(),
        prop::option::weighted(0.8, any_value()),
    )
}

/// serde reads a struct from a JSON list too, by position (`"contact": []` is an empty
/// contact to the parser). The validator calls that an error: the format says `{ … }`.
fn stricter_than_parser(kind: &Kind) -> bool {
    matches!(
        kind,
        Kind::WrongType {
            expected: Expected::Object,
            found: "list",
            ..
        } | Kind::EntryNotObject
    )
}

/// The validator finds an error in exactly the entries the parser skips (an entry the
/// parser skips for a duplicate id has a duplicate-id error), and never needs its
/// safety net.
fn agrees_with_parser(text: &str) -> Result<(), TestCaseError> {
    let report = validate(text, today());
    prop_assert!(
        !report.problems.iter().any(|p| name(&p.kind) == "Skipped"),
        "safety net fired: {:#?}",
        report
            .problems
            .iter()
            .filter(|p| name(&p.kind) == "Skipped")
            .collect::<Vec<_>>()
    );
    let dir = parse_directory(text).unwrap();
    let root: Value = serde_json::from_str(text).unwrap();
    for (i, item) in root["entries"].as_array().unwrap().iter().enumerate() {
        let status = item.get("status").and_then(Value::as_str);
        if matches!(status, Some("inactive" | "defunct")) {
            continue;
        }
        let path = format!("entries[{i}]");
        let errors: Vec<&Problem> = report
            .problems
            .iter()
            .filter(|p| p.severity == Severity::Error && is_within(&p.path, &path))
            .collect();
        let skipped = dir.skipped.iter().find(|s| s.index == i);
        match skipped {
            Some(s) if s.reason == "duplicate id" => prop_assert!(
                errors.iter().any(|p| name(&p.kind) == "DuplicateId"),
                "{path}: {errors:?}"
            ),
            Some(s) => prop_assert!(
                !errors.is_empty(),
                "{path} skipped ({}) but no error",
                s.reason
            ),
            None => prop_assert!(
                errors
                    .iter()
                    .all(|p| name(&p.kind) == "DuplicateId" || stricter_than_parser(&p.kind)),
                "{path} is shown by the app but has errors: {errors:#?}\n{}",
                serde_json::to_string_pretty(item).unwrap()
            ),
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    #[test]
    fn never_panics_on_any_text(text in ".{0,300}") {
        let report = validate(&text, today());
        for p in &report.problems {
            prop_assert!(p.offset <= text.len());
        }
    }

    #[test]
    fn never_panics_on_json_like_text(text in r#"[\[\]{}":,0-9a-z \n\\.-]{0,200}"#) {
        let _ = validate(&text, today());
        let wrapped = format!(r#"{{"schema_version": 1, "entries": [{text}]}}"#);
        let _ = validate(&wrapped, today());
    }

    #[test]
    fn agrees_with_the_parser_on_mutated_demo_entries(
        mutations in prop::collection::vec(mutation(), 1..6)
    ) {
        let mut root: Value = serde_json::from_str(DEMO).unwrap();
        let entries = root["entries"].as_array_mut().unwrap();
        let n = entries.len();
        for (which, field, value) in mutations {
            set(&mut entries[which % n], MUTABLE[field], value);
        }
        agrees_with_parser(&serde_json::to_string_pretty(&root).unwrap())?;
    }

    #[test]
    fn never_panics_on_byte_mutations_of_the_demo(
        edits in prop::collection::vec((0usize..DEMO.len(), any::<char>(), 0u8..3), 1..8)
    ) {
        let mut text = DEMO.to_owned();
        for (at, c, op) in edits {
            let mut at = at.min(text.len());
            while !text.is_char_boundary(at) {
                at -= 1;
            }
            match op {
                0 => text.insert(at, c),
                1 => { if at < text.len() { text.remove(at); } }
                _ => text.insert_str(at, "\"x\": 1,"),
            }
        }
        let report = validate(&text, today());
        for p in &report.problems {
            prop_assert!(p.offset <= text.len());
            prop_assert!(p.line <= text.lines().count() + 1);
        }
        if parse_directory(&text).is_ok() {
            agrees_with_parser(&text)?;
        }
    }
}

// The JSON Schema for editors (data/directory.schema.json) describes what the parser reads.

const SCHEMA: &str = include_str!("../../../../../data/directory.schema.json");

fn schema_def(name: &str) -> Value {
    let schema: Value = serde_json::from_str(SCHEMA).unwrap();
    schema["$defs"][name].clone()
}

/// An object with every property of a schema definition, from its examples.
fn maximal(def: &Value) -> Value {
    let mut object = serde_json::Map::new();
    for (key, prop) in def["properties"].as_object().unwrap() {
        let value = if let Some(reference) = prop["$ref"].as_str() {
            maximal(&schema_def(reference.trim_start_matches("#/$defs/")))
        } else if let Some(example) = prop["examples"].get(0) {
            example.clone()
        } else if let Some(reference) = prop["items"]["$ref"].as_str() {
            json!([maximal(&schema_def(
                reference.trim_start_matches("#/$defs/")
            ))])
        } else if let Some(choice) = prop["items"]["enum"].get(0).or(prop["enum"].get(0)) {
            if prop["type"] == "array" {
                json!([choice])
            } else {
                choice.clone()
            }
        } else {
            json!(true)
        };
        object.insert(key.clone(), value);
    }
    Value::Object(object)
}

#[test]
fn the_schema_names_exactly_the_parsers_fields() {
    for (object, fields) in FIELDS {
        let def = schema_def(object);
        let mut names: Vec<&str> = def["properties"]
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        let mut ours = fields.to_vec();
        names.sort();
        ours.sort();
        assert_eq!(names, ours, "{object}");
        assert_eq!(def["additionalProperties"], false, "{object}");
    }
    let entry = schema_def("entry");
    let slugs: Vec<&str> = Need::ALL.iter().map(|n| n.slug()).collect();
    assert_eq!(entry["properties"]["needs"]["items"]["enum"], json!(slugs));
    assert_eq!(entry["properties"]["status"]["enum"], json!(STATUSES));
    assert_eq!(
        entry["properties"]["moments"]["items"]["enum"],
        json!(MOMENTS)
    );
    // A translation's key is a language of the app other than Dutch.
    let codes: Vec<&str> = crate::Lang::ALL[1..].iter().map(|l| l.code()).collect();
    let translations = &entry["properties"]["translations"];
    assert_eq!(translations["propertyNames"]["enum"], json!(codes));
    assert_eq!(
        translations["additionalProperties"]["$ref"],
        "#/$defs/translation"
    );
    assert_eq!(schema_def("translation")["minProperties"], 1);
}

#[test]
fn a_maximal_entry_from_the_schema_is_read_and_valid() {
    let entry = maximal(&schema_def("entry"));
    let text = file(vec![entry.clone()]);
    let dir = parse_directory(&text).unwrap();
    assert!(dir.skipped.is_empty(), "{:?}\n{text}", dir.skipped);
    let report = validate(&text, today());
    assert!(!report.has_errors(), "{:#?}", report.problems);
    // Required in the schema ⇔ required by the parser.
    for (object, path) in [
        ("entry", ""),
        ("location", "location"),
        ("schedule", "schedules.0"),
    ] {
        let def = schema_def(object);
        let required: Vec<&str> = def["required"]
            .as_array()
            .map(|r| r.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default();
        // A field another one needs (`latitude` ⇔ `longitude`; `valid_from` with an
        // `interval`) is required while the other is there, as in the maximal entry.
        let mut needed: Vec<&str> = def["then"]["required"]
            .as_array()
            .map(|r| r.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default();
        needed.extend(
            def["dependentRequired"]
                .as_object()
                .into_iter()
                .flat_map(|d| {
                    d.values()
                        .flat_map(|v| v.as_array().unwrap())
                        .filter_map(Value::as_str)
                }),
        );
        for key in def["properties"].as_object().unwrap().keys() {
            let mut probe = entry.clone();
            let field = if path.is_empty() {
                key.clone()
            } else {
                format!("{path}.{key}")
            };
            set(&mut probe, &field, None);
            let dir = parse_directory(&file(vec![probe])).unwrap();
            assert_eq!(
                dir.skipped.is_empty(),
                !required.contains(&key.as_str()) && !needed.contains(&key.as_str()),
                "{object}.{key}: {:?}",
                dir.skipped
            );
        }
    }
}
