//! One rule, one verdict: the app's parser (`parse_directory`), the staff's check
//! (`validate`) and the JSON Schema for editors (`data/directory.schema.json`, run by
//! the `jsonschema` crate) judge the same files alike: which entries the app skips,
//! which translations it leaves out (and keeps the entry), and whether the file can be
//! read at all. The decisions are in `docs/directory-format.md` ("Eén oordeel").

use std::collections::BTreeSet;

use jsonschema::error::ValidationErrorKind;
use samenwijzer_core::directory::validate::{validate, Code, Severity};
use samenwijzer_core::directory::{parse_directory, parse_directory_with_positions};
use samenwijzer_core::schedule::Date;
use serde_json::{json, Value};

const SCHEMA: &str = include_str!("../../../data/directory.schema.json");

/// What a reader makes of a file: can it be read, which entries are refused, and
/// which translations of the other entries are left out: `(entry, key)`, with the
/// key as written, or `""` for `translations` as a whole (when it is no object).
#[derive(Debug, PartialEq, Eq)]
struct Verdict {
    file_ok: bool,
    refused: BTreeSet<usize>,
    dropped: BTreeSet<(usize, String)>,
}

fn verdict(refused: impl IntoIterator<Item = usize>) -> Verdict {
    dropping(refused, [])
}

fn dropping<'k>(
    refused: impl IntoIterator<Item = usize>,
    dropped: impl IntoIterator<Item = (usize, &'k str)>,
) -> Verdict {
    Verdict {
        file_ok: true,
        refused: refused.into_iter().collect(),
        dropped: dropped
            .into_iter()
            .map(|(i, k)| (i, k.to_owned()))
            .collect(),
    }
}

fn unreadable() -> Verdict {
    Verdict {
        file_ok: false,
        refused: BTreeSet::new(),
        dropped: BTreeSet::new(),
    }
}

impl Verdict {
    /// A refused entry loses everything: its translations are not counted apart.
    fn settled(mut self) -> Verdict {
        let refused = &self.refused;
        self.dropped.retain(|(i, _)| !refused.contains(i));
        self
    }
}

/// The app: the entries it skips, and the translations written in the file that an
/// entry it shows does not have.
fn app(text: &str) -> Verdict {
    let Ok((dir, positions)) = parse_directory_with_positions(text) else {
        return unreadable();
    };
    let mut v = verdict(dir.skipped.iter().map(|s| s.index));
    let root = unbounded(text).unwrap();
    for (entry, &i) in dir.entries.iter().zip(&positions) {
        let i = i as usize;
        match &root["entries"][i]["translations"] {
            Value::Null if root["entries"][i].get("translations").is_none() => {}
            Value::Object(written) => {
                for key in written.keys() {
                    if !entry.translations.iter().any(|(l, _)| l.code() == key) {
                        v.dropped.insert((i, key.clone()));
                    }
                }
            }
            _ => {
                v.dropped.insert((i, String::new()));
            }
        }
    }
    v.settled()
}

/// `entries[3].translations.tr.name` → `(3, "tr")`; `entries[3].translations` →
/// `(3, "")`; a key with other characters is quoted (`translations["t r"]`).
fn translation_of(path: &str) -> Option<(usize, String)> {
    let i = entry_index(path)?;
    let rest = path[path.find(']')? + 1..].strip_prefix(".translations")?;
    let key = if let Some(rest) = rest.strip_prefix('.') {
        rest.split(['.', '[']).next().unwrap_or("").to_owned()
    } else if let Some(rest) = rest.strip_prefix('[') {
        let mut de = serde_json::Deserializer::from_str(rest);
        <String as serde::Deserialize>::deserialize(&mut de).ok()?
    } else {
        String::new()
    };
    Some((i, key))
}

/// `entries[3].name` → 3.
fn entry_index(path: &str) -> Option<usize> {
    let rest = path.strip_prefix("entries[")?;
    rest[..rest.find(']')?].parse().ok()
}

/// The check: its errors, and its warnings that a translation is left out.
fn check(text: &str) -> Verdict {
    let report = validate(text, Date::new(2026, 11, 27).unwrap());
    let left_out = [
        Code::TranslationLanguage,
        Code::TranslationField,
        Code::TranslationType,
        Code::TranslationEmpty,
    ];
    let mut v = verdict([]);
    for p in &report.problems {
        if p.severity == Severity::Warning && left_out.contains(&p.code()) {
            v.dropped.insert(translation_of(&p.path).unwrap());
            continue;
        }
        if p.severity != Severity::Error {
            continue;
        }
        match entry_index(&p.path) {
            Some(i) => {
                v.refused.insert(i);
            }
            None => v.file_ok = false,
        }
    }
    v.settled()
}

/// The JSON of a file as an editor reads it: after a byte order mark, to any depth.
fn unbounded(text: &str) -> Option<Value> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut de = serde_json::Deserializer::from_str(text);
    de.disable_recursion_limit();
    <Value as serde::Deserialize>::deserialize(&mut de).ok()
}

/// The schema as an editor applies it: to the JSON the editor read. Editors read a
/// byte order mark as what it is (VS Code does), and values of any depth.
fn schema(text: &str) -> Verdict {
    let Some(instance) = unbounded(text) else {
        return unreadable();
    };
    let schema: Value = serde_json::from_str(SCHEMA).unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    let mut v = verdict([]);
    for error in validator.iter_errors(&instance) {
        let path = error.instance_path().as_str().to_owned();
        let mut parts = path.strip_prefix("/entries/").map(|rest| rest.split('/'));
        let index = parts
            .as_mut()
            .and_then(Iterator::next)
            .and_then(|i| i.parse().ok());
        let Some(i) = index else {
            v.file_ok = false;
            continue;
        };
        // An error inside `translations` leaves out that translation (a key that is no
        // language: the key `propertyNames` names), or all of them.
        let mut parts = parts.unwrap();
        if parts.next() == Some("translations") {
            let key = match (parts.next(), error.kind()) {
                (Some(key), _) => key.replace("~1", "/").replace("~0", "~"),
                (None, ValidationErrorKind::PropertyNames { error }) => {
                    error.instance().as_str().unwrap_or_default().to_owned()
                }
                (None, _) => String::new(),
            };
            v.dropped.insert((i, key));
            continue;
        }
        v.refused.insert(i);
    }
    v.settled()
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
        unreadable(),
    );
    agree(
        "not JSON",
        "{\"schema_version\": 1, \"entries\": [",
        unreadable(),
    );
}

#[test]
fn good_translations_are_taken_by_all_three() {
    let text = file(vec![
        with(
            "a",
            "translations",
            json!({
                "tr": {"name": "Kahve", "description": "Birlikte kahve içmek"},
                "en": {"description": "Coffee together"},
                "ar": {"name": "قهوة"}, "pl": {"name": "Kawa"}, "uk": {"name": "Кава"}
            }),
        ),
        with("b", "translations", json!({})),
        // Hidden characters are taken out, as in every text; the translation stays.
        with(
            "c",
            "translations",
            json!({"tr": {"name": "Kahve\u{7}\u{202e}"}}),
        ),
    ]);
    agree("good translations", &text, verdict([]));
    let dir = parse_directory(&text).unwrap();
    assert_eq!(dir.entries[0].translations.len(), 5);
    assert_eq!(dir.entries[2].translations.len(), 1);
}

/// A translation with a problem is left out by the app and named by the check (a
/// warning) and by the schema; the entry stays, with its other translations.
#[test]
fn a_bad_translation_is_left_out_by_all_three_and_the_entry_stays() {
    let bad = [
        ("unknown language", json!({"de": {"name": "Kaffee"}})),
        ("Dutch", json!({"nl": {"name": "Koffie"}})),
        ("capitals", json!({"TR": {"name": "Kahve"}})),
        ("region", json!({"tr-TR": {"name": "Kahve"}})),
        ("unknown field", json!({"tr": {"naam": "Kahve"}})),
        ("text, not a block", json!({"tr": "Kahve"})),
        ("a number", json!({"tr": {"name": 3}})),
        ("null", json!({"tr": {"description": null}})),
        ("nothing in it", json!({"tr": {}})),
        ("empty name", json!({"tr": {"name": "  "}})),
        (
            "empty description",
            json!({"tr": {"name": "Kahve", "description": ""}}),
        ),
        ("only hidden", json!({"tr": {"name": "\u{0}\u{202e} "}})),
    ];
    for (name, translations) in bad {
        let key = translations
            .as_object()
            .unwrap()
            .keys()
            .next()
            .unwrap()
            .clone();
        let mut all = translations.clone();
        all["en"] = json!({"name": "Coffee"});
        let text = file(vec![good("a"), with("b", "translations", all)]);
        agree(name, &text, dropping([], [(1, key.as_str())]));
        let dir = parse_directory(&text).unwrap();
        let kept: Vec<&str> = dir.entries[1]
            .translations
            .iter()
            .map(|(l, _)| l.code())
            .collect();
        assert_eq!(kept, ["en"], "{name}");
    }
    // `translations` itself no block: all of them are left out.
    for odd in [json!(["tr"]), json!("tr"), json!(null), json!(1)] {
        let text = file(vec![with("a", "translations", odd.clone())]);
        agree(&odd.to_string(), &text, dropping([], [(0, "")]));
    }
    // Several at once, in several entries.
    let text = file(vec![
        with(
            "a",
            "translations",
            json!({"xx": {"name": "x"}, "tr": {"name": "Kahve"}}),
        ),
        with(
            "b",
            "translations",
            json!({"en": {}, "pl": {"name": 1}, "uk": {"name": "Кава"}}),
        ),
    ]);
    agree(
        "several",
        &text,
        dropping([], [(0, "xx"), (1, "en"), (1, "pl")]),
    );
}

/// An entry refused for another reason is refused whole, translations and all.
#[test]
fn a_refused_entry_with_a_bad_translation_is_refused() {
    let mut e = with("b", "translations", json!({"xx": {"naam": 1}}));
    e.as_object_mut().unwrap().remove("name");
    agree("refused", &file(vec![good("a"), e]), verdict([1]));
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
