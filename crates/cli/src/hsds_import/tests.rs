//! The HSDS importer's tests: shapes, each defect of issue 15, both forms.

use super::*;

#[test]
fn offsets_are_stripped() {
    assert_eq!(strip_offset("10:00:00"), "10:00:00");
    assert_eq!(strip_offset("10:00Z"), "10:00");
    assert_eq!(strip_offset("09:00-05:00"), "09:00");
    assert_eq!(strip_offset("19:30:00+01:00"), "19:30:00");
}

#[test]
fn the_example_export_is_imported() {
    let text = include_str!("../../../../data/hsds-example.json");
    let today = Date::new(2026, 11, 27).unwrap();
    let imported = import(text, &Options::default(), today);
    assert!(!imported.has_errors(), "{:#?}", imported.notes);
    assert!(imported.entries >= 3, "{}", imported.entries);
    let report = samenwijzer_core::directory::validate::validate(&imported.json, today);
    assert!(!report.has_errors(), "{:#?}", report.problems);
    assert_eq!(report.examples, report.entries);
    let v: Value = serde_json::from_str(&imported.json).unwrap();
    let first = &v["entries"][0];
    assert_eq!(first["municipality"], "velsen");
    assert_eq!(first["needs"], serde_json::json!(["meet", "talk"]));
    assert_eq!(first["schedules"][0]["opens_at"], "10:00:00");
    // A lift is read from the accessibility words; HSDS has no floor.
    assert_eq!(first["location"]["lift"], true);
    assert_eq!(first["location"].get("floor"), None);
    assert!(imported
        .notes
        .iter()
        .any(|n| n.message.contains("`timezone` wordt genegeerd")));
    assert!(imported
        .notes
        .iter()
        .any(|n| n.message.contains("past bij geen behoefte")));
}

#[test]
fn odd_shapes_are_reported_not_fatal() {
    let today = Date::new(2026, 11, 27).unwrap();
    for text in [
        "",
        "3",
        "{}",
        "[1, null, {}]",
        "{\"contents\": [{\"name\": 5}]}",
        "[{\"name\": \"x\", \"schedules\": [{\"freq\": 3}]}]",
    ] {
        let imported = import(text, &Options::default(), today);
        assert!(
            samenwijzer_core::directory::parse_directory(&imported.json).is_ok(),
            "{text}"
        );
    }
}

fn today() -> Date {
    Date::new(2026, 11, 27).unwrap()
}

fn nl() -> Options {
    Options::default()
}

fn says(imported: &Imported, error: bool, place: &str, text: &str) -> bool {
    imported
        .notes
        .iter()
        .any(|n| n.error == error && n.place.contains(place) && n.message.contains(text))
}

fn entries(imported: &Imported) -> Vec<Value> {
    let v: Value = serde_json::from_str(&imported.json).unwrap();
    v["entries"].as_array().unwrap().clone()
}

fn check_clean(imported: &Imported) {
    let report = samenwijzer_core::directory::validate::validate(&imported.json, today());
    assert!(!report.has_errors(), "{:#?}", report.problems);
}

/// Issue 15: an organization file imported the organization as one activity.
#[test]
fn an_organization_file_gives_its_services() {
    let text = include_str!("../../tests/fixtures/hsds-organization.json");
    let imported = import(text, &nl(), today());
    let e = entries(&imported);
    let names: Vec<&str> = e.iter().map(|e| e["name"].as_str().unwrap()).collect();
    assert_eq!(
        names,
        ["Koffieochtend", "Taalcafé"],
        "{:#?}",
        imported.notes
    );
    // The organization's data as fallback.
    assert_eq!(e[1]["organisation"], "Stichting Voorbeeldwelzijn");
    assert_eq!(e[1]["contact"]["phone"], "0255 000 111");
    assert_eq!(e[1]["contact"]["website"], "https://www.voorbeeld.nl");
    // What was not read is named, once per field.
    assert!(
        says(&imported, false, "", "`funding` (1×)"),
        "{:#?}",
        imported.notes
    );
    assert!(says(&imported, false, "", "`wait_time` (1×)"));
    check_clean(&imported);
}

/// Issue 15: coordinates out of range dropped the whole service, naming nothing.
#[test]
fn an_invalid_optional_value_is_left_out_with_its_value_and_place() {
    let text = r#"[{"id": "s9", "name": "Soos", "description": "Kaarten.", "assured_date": "2026-10-01",
        "cost_options": [{"amount": 0}],
        "attributes": [{"taxonomy_term": {"code": "meet"}}],
        "service_at_locations": [{"location": {"name": "Zaal", "latitude": 95.5, "longitude": 4.6,
            "addresses": [{"address_1": "Plein 1", "postal_code": "1971 AB", "city": "IJmuiden"}]}}]}]"#;
    let imported = import(text, &nl(), today());
    assert!(!imported.has_errors(), "{:#?}", imported.notes);
    assert_eq!(imported.entries, 1);
    let e = entries(&imported);
    assert_eq!(e[0]["location"]["street"], "Plein 1");
    assert_eq!(e[0]["location"].get("latitude"), None);
    assert!(
        says(
            &imported,
            false,
            "services[0] (id s9), HSDS-veld location.latitude",
            "latitude 95.5, longitude 4.6"
        ),
        "{:#?}",
        imported.notes
    );
    check_clean(&imported);
}

/// Issue 15: schedules with fields not read were dropped, naming one field; the
/// same schedule at three levels was written three times.
#[test]
fn schedules_keep_what_can_be_read_and_name_every_field_not_read() {
    let text = r#"[{"id": "s1", "name": "Soos", "description": "Kaarten.", "assured_date": "2026-10-01",
        "cost_options": [{"amount": 0}],
        "attributes": [{"taxonomy_term": {"code": "meet"}}],
        "schedules": [
            {"id": "x", "freq": "WEEKLY", "byday": "TU", "opens_at": "10:00", "closes_at": "12:00"},
            {"id": "m", "freq": "MONTHLY", "bymonthday": 15, "byweekno": 3, "opens_at": "14:00", "closes_at": "16:00"},
            {"id": "c", "freq": "WEEKLY", "byday": "FR", "count": 6, "dtstart": "2026-12-04", "opens_at": "19:00", "closes_at": "21:00"}
        ],
        "service_at_locations": [{"schedules": [{"id": "x", "freq": "WEEKLY", "byday": "TU", "opens_at": "10:00", "closes_at": "12:00"}],
            "location": {"name": "Zaal", "schedules": [{"id": "x", "freq": "WEEKLY", "byday": "TU", "opens_at": "10:00", "closes_at": "12:00"}],
            "addresses": [{"address_1": "Plein 1", "postal_code": "1971 AB", "city": "IJmuiden"}]}}]}]"#;
    let imported = import(text, &nl(), today());
    let e = entries(&imported);
    let schedules = e[0]["schedules"].as_array().unwrap();
    assert_eq!(schedules.len(), 2, "{schedules:#?}");
    assert_eq!(schedules[0]["byday"], "TU");
    // dtstart is the first day.
    assert_eq!(schedules[1]["valid_from"], "2026-12-04");
    assert_eq!(
        e[0]["when"],
        "elke maand, op dag 15 van de maand, in week 3, 14:00–16:00"
    );
    assert!(
        says(
            &imported,
            false,
            "services[0].schedules[1]",
            "`bymonthday` (15), `byweekno` (3)"
        ),
        "{:#?}",
        imported.notes
    );
    assert!(says(
        &imported,
        false,
        "services[0].schedules[2]",
        "`count` (6)"
    ));
    check_clean(&imported);
}

/// Issue 15: cost options collapsed into one line, fees_description was lost, phone
/// extensions and alternate names were dropped without a word.
#[test]
fn costs_phones_and_alternate_names_are_kept() {
    let text = r#"[{"id": "s1", "name": "Koor", "alternate_name": "Zanggroep De Stem", "description": "Zingen.",
        "assured_date": "2026-10-01", "fees_description": "Bladmuziek zelf betalen",
        "phones": [{"number": "0255 000 123", "extension": "45"}],
        "attributes": [{"taxonomy_term": {"code": "culture"}}],
        "cost_options": [
            {"amount": 2.5, "currency": "EUR", "option": "per keer", "amount_description": "niet-leden"},
            {"amount": 0, "option": "leden"}
        ]}]"#;
    let imported = import(text, &nl(), today());
    let e = &entries(&imported)[0];
    assert_eq!(e["free"], false);
    assert_eq!(
        e["cost"],
        "€ 2,50 – per keer – niet-leden; gratis – leden. Bladmuziek zelf betalen"
    );
    assert_eq!(e["contact"]["phone"], "0255 000 123");
    assert_eq!(e["how_to_join"], "Telefoon: 0255 000 123, toestel 45.");
    assert_eq!(
        e["description"],
        "Zingen.\n\nOok bekend als: Zanggroep De Stem"
    );
    check_clean(&imported);
}

/// Issue 15: the importers accepted --lang en and still spoke Dutch.
#[test]
fn messages_speak_english_when_asked() {
    let en = Options {
        lang: StaffLang::En,
        ..Options::default()
    };
    let imported = import(
        include_str!("../../tests/fixtures/bad-hsds.json"),
        &en,
        today(),
    );
    for n in &imported.notes {
        for dutch in ["wordt", "niet ", "geen ", "HSDS-veld", "overgenomen"] {
            assert!(
                !n.message.contains(dutch) && !n.place.contains(dutch),
                "{n:?}"
            );
        }
    }
    assert!(says(
        &imported,
        false,
        "services[0].status",
        "unknown status \"paused\""
    ));
    assert!(imported.summary(StaffLang::En).contains("items imported"));
}

/// Issue 15: a CSV, an empty file, broken JSON, Samenwijzer's own file: one clear
/// message each, in words (no serde_json English).
#[test]
fn input_that_is_not_hsds_is_refused_with_one_message() {
    for (text, expected) in [
        ("", "het bestand is leeg"),
        ("  \n", "het bestand is leeg"),
        ("naam;beschrijving\nKoffie;Samen\n", "spreadsheet (CSV)"),
        (
            "{\"schema_version\": 1, \"entries\": []}",
            "al een activiteitenbestand",
        ),
        ("{\"resources\": []}", "datapackage.json"),
        ("[{\"name\": ", "het bestand houdt te vroeg op"),
        ("{\"name\" \"x\"}", "dubbele punt"),
        ("nope", "hier verwacht ik een waarde"),
    ] {
        let imported = import(text, &nl(), today());
        assert_eq!(imported.notes.len(), 1, "{text:?}: {:#?}", imported.notes);
        let n = &imported.notes[0];
        assert!(n.error && n.message.contains(expected), "{text:?}: {n:?}");
        assert!(
            !n.message.contains("expected") && !n.message.contains("EOF"),
            "{n:?}"
        );
    }
    let imported = import("[{\"name\": ", &nl(), today());
    assert_eq!(imported.notes[0].place, "regel 1, kolom 10");
}

fn tabular_fixture() -> Vec<(String, String)> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/hsds-tabular");
    let mut files: Vec<(String, String)> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| {
            let path = e.unwrap().path();
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            (name, std::fs::read_to_string(&path).unwrap())
        })
        .collect();
    files.sort();
    files
}

/// Issue 15: the tabular form ("Is a directory") is read, joined by ids, mapped as
/// the JSON form, and the result passes `check`.
#[test]
fn the_tabular_form_is_read_and_passes_check() {
    let imported = import_tabular(&tabular_fixture(), &nl(), today());
    assert!(!imported.has_errors(), "{:#?}", imported.notes);
    let e = entries(&imported);
    assert_eq!(e.len(), 2);
    assert_eq!(e[0]["id"], "s1");
    assert_eq!(e[0]["organisation"], "Stichting Voorbeeldwelzijn");
    assert_eq!(e[0]["municipality"], "velsen");
    assert_eq!(e[0]["needs"], serde_json::json!(["meet"]));
    assert_eq!(e[0]["age_min"], 18);
    assert_eq!(e[0]["schedules"][0]["byday"], "TU");
    assert_eq!(e[0]["location"]["latitude"], 52.4612);
    assert_eq!(e[0]["how_to_join"], "Telefoon: 0255 000 123, toestel 45.");
    // The organization's phone as fallback; the bad latitude left out, named.
    assert_eq!(e[1]["contact"]["phone"], "0255 000 111");
    assert_eq!(e[1]["location"].get("latitude"), None);
    assert!(
        says(
            &imported,
            false,
            "services.csv regel 3 (id s2)",
            "latitude 152.5"
        ),
        "{:#?}",
        imported.notes
    );
    assert!(says(
        &imported,
        false,
        "schedules.csv regel 4",
        "`bymonthday` (15)"
    ));
    check_clean(&imported);
}

/// The same services as JSON and as tables give the same entries.
#[test]
fn json_and_tabular_agree() {
    let mut tables = tabular::read(&tabular_fixture(), StaffLang::Nl).unwrap();
    let services: Vec<Value> = std::iter::from_fn(|| tables.next_service()).collect();
    let strip = |mut v: Value| {
        fn walk(v: &mut Value) {
            match v {
                Value::Object(o) => {
                    o.remove(SOURCE_KEY);
                    o.values_mut().for_each(walk);
                }
                Value::Array(a) => a.iter_mut().for_each(walk),
                _ => {}
            }
        }
        walk(&mut v);
        v
    };
    let json = serde_json::to_string(&services.into_iter().map(strip).collect::<Vec<_>>()).unwrap();
    let from_json = import(&json, &nl(), today());
    let from_tables = import_tabular(&tabular_fixture(), &nl(), today());
    assert_eq!(from_json.json, from_tables.json);
    check_clean(&from_json);
}

#[test]
fn a_folder_without_services_is_refused() {
    let imported = import_tabular(&[("datapackage.json".into(), "{}".into())], &nl(), today());
    assert!(
        says(&imported, true, "", "geen services.csv"),
        "{:#?}",
        imported.notes
    );
}
