//! One rule, one verdict: the app's parser (`parse_directory`), the staff's check
//! (`validate`) and the JSON Schema for editors (`data/directory.schema.json`, run by
//! the `jsonschema` crate) judge the same files alike: which entries the app skips,
//! and whether the file can be read at all. The decisions are in
//! `docs/directory-format.md` ("Eén oordeel").

use std::collections::BTreeSet;

use samenwijzer_core::directory::parse_directory;
use samenwijzer_core::directory::validate::{validate, Severity};
use samenwijzer_core::schedule::Date;
use serde_json::{json, Value};

const SCHEMA: &str = include_str!("../../../data/directory.schema.json");

/// What a reader makes of a file: can it be read, and which entries are refused.
#[derive(Debug, PartialEq, Eq)]
struct Verdict {
    file_ok: bool,
    refused: BTreeSet<usize>,
}

fn verdict(refused: impl IntoIterator<Item = usize>) -> Verdict {
    Verdict {
        file_ok: true,
        refused: refused.into_iter().collect(),
    }
}

fn app(text: &str) -> Verdict {
    match parse_directory(text) {
        Ok(dir) => verdict(dir.skipped.iter().map(|s| s.index)),
        Err(_) => Verdict {
            file_ok: false,
            refused: BTreeSet::new(),
        },
    }
}

/// `entries[3].name` → 3.
fn entry_index(path: &str) -> Option<usize> {
    let rest = path.strip_prefix("entries[")?;
    rest[..rest.find(']')?].parse().ok()
}

fn check(text: &str) -> Verdict {
    let report = validate(text, Date::new(2026, 11, 27).unwrap());
    let errors = report
        .problems
        .iter()
        .filter(|p| p.severity == Severity::Error);
    let mut v = verdict([]);
    for p in errors {
        match entry_index(&p.path) {
            Some(i) => {
                v.refused.insert(i);
            }
            None => v.file_ok = false,
        }
    }
    v
}

/// The schema as an editor applies it: to the JSON the editor read. Editors read a
/// byte order mark as what it is (VS Code does), and values of any depth.
fn schema(text: &str) -> Verdict {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut de = serde_json::Deserializer::from_str(text);
    de.disable_recursion_limit();
    let Ok(instance) = <Value as serde::Deserialize>::deserialize(&mut de) else {
        return Verdict {
            file_ok: false,
            refused: BTreeSet::new(),
        };
    };
    let schema: Value = serde_json::from_str(SCHEMA).unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    let mut v = verdict([]);
    for error in validator.iter_errors(&instance) {
        let path = error.instance_path().as_str().to_owned();
        let index = path
            .strip_prefix("/entries/")
            .and_then(|rest| rest.split('/').next())
            .and_then(|i| i.parse().ok());
        match index {
            Some(i) => {
                v.refused.insert(i);
            }
            None => v.file_ok = false,
        }
    }
    v
}

fn good(id: &str) -> Value {
    json!({
        "id": id, "name": "Koffie", "description": "Samen koffie drinken",
        "municipality": "velsen", "needs": ["meet"], "free": true,
        "last_checked": "2026-11-01"
    })
}

fn with(id: &str, field: &str, value: Value) -> Value {
    let mut e = good(id);
    e[field] = value;
    e
}

fn file(entries: Vec<Value>) -> String {
    serde_json::to_string_pretty(&json!({"schema_version": 1, "entries": entries})).unwrap()
}

/// `[[[…]]]`, deeper than serde_json reads in one go (128).
fn deep(depth: usize) -> Value {
    let text = format!("{}{}", "[".repeat(depth), "]".repeat(depth));
    let mut de = serde_json::Deserializer::from_str(&text);
    de.disable_recursion_limit();
    serde::Deserialize::deserialize(&mut de).unwrap()
}

fn all_three(text: &str) -> [Verdict; 3] {
    [app(text), check(text), schema(text)]
}

fn agree(name: &str, text: &str, expected: Verdict) {
    let [a, c, s] = all_three(text);
    assert_eq!(a, expected, "{name}: the app");
    assert_eq!(c, expected, "{name}: the check");
    assert_eq!(s, expected, "{name}: the schema");
}

#[test]
fn a_byte_order_mark_is_read_by_all_three() {
    let text = format!("\u{feff}{}", file(vec![good("a"), good("b")]));
    agree("BOM", &text, verdict([]));
    // The check says so, as a warning.
    let report = validate(&text, Date::new(2026, 11, 27).unwrap());
    assert!(report
        .problems
        .iter()
        .any(|p| p.kind.code().to_string() == "SW002" && p.severity == Severity::Warning));
}

#[test]
fn an_entry_nested_too_deep_is_refused_alone() {
    for field in ["needs", "description", "tags"] {
        let text = file(vec![good("a"), with("b", field, deep(200)), good("c")]);
        agree(field, &text, verdict([1]));
    }
}

#[test]
fn an_http_website_leaves_out_the_link_not_the_entry() {
    let text = file(vec![with(
        "a",
        "contact",
        json!({"website": "http://www.voorbeeld.nl"}),
    )]);
    agree("http", &text, verdict([]));
    let dir = parse_directory(&text).unwrap();
    assert!(dir.entries[0].links.is_empty());
}

#[test]
fn unsafe_text_is_cleaned_or_left_out_not_refused() {
    let text = file(vec![
        with("a", "name", json!("Koffie\u{0}\u{7}\u{202e}")),
        with(
            "b",
            "contact",
            json!({"website": "https://ok.example/\"onmouseover=\"alert(1)"}),
        ),
    ]);
    agree("hidden", &text, verdict([]));
    // A name of nothing but such characters is empty: refused by all three.
    let text = file(vec![
        good("a"),
        with("b", "name", json!("\u{0}\u{202e} \u{7}")),
    ]);
    agree("only hidden", &text, verdict([1]));
}

#[test]
fn broken_entries_and_files_are_refused_by_all_three() {
    let mut nameless = good("b");
    nameless.as_object_mut().unwrap().remove("name");
    agree(
        "missing name",
        &file(vec![good("a"), nameless, with("c", "age_min", json!(-1))]),
        verdict([1, 2]),
    );
    agree(
        "wrong version",
        r#"{"schema_version": 2, "entries": []}"#,
        Verdict {
            file_ok: false,
            refused: BTreeSet::new(),
        },
    );
    agree(
        "not JSON",
        "{\"schema_version\": 1, \"entries\": [",
        Verdict {
            file_ok: false,
            refused: BTreeSet::new(),
        },
    );
}

/// The one known difference: a JSON Schema cannot say that a field is unique across
/// the items of a list (`uniqueItems` compares whole items), so it cannot see a
/// repeated id. The app shows the first entry and skips the later one, and the check
/// calls the later one an error; editors cannot.
#[test]
fn a_repeated_id_is_the_one_thing_the_schema_cannot_see() {
    let text = file(vec![good("a"), good("b"), good("a")]);
    let [a, c, s] = all_three(&text);
    assert_eq!(a, verdict([2]));
    assert_eq!(c, verdict([2]));
    assert_eq!(s, verdict([]));
}
