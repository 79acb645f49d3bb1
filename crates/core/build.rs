//! Compiles the instruments in `data/instruments/*.json` into Rust (`$OUT_DIR/instruments.rs`):
//! the app then shows a statement without parsing any JSON, which keeps a JSON parser
//! out of the code every visitor downloads. The files stay the source: a test checks
//! that every compiled instrument equals `Instrument::from_json` of its file and passes
//! the same checks. The postcode centroids (`data/pc4-centroids.json`) likewise become
//! a table (`$OUT_DIR/pc4.rs`), so the directory's list needs no JSON parser either;
//! a test compares it with `Centroids::from_json` of the file.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::PathBuf;

use serde::Deserialize;

#[derive(Deserialize)]
struct Text {
    nl: String,
    en: String,
}

#[derive(Deserialize)]
struct AnswerOption {
    id: String,
    label: Text,
}

#[derive(Deserialize)]
struct Item {
    id: String,
    text: Text,
    options: String,
    #[serde(default)]
    scores: Option<Vec<u32>>,
    #[serde(default)]
    subscale: Option<String>,
}

#[derive(Deserialize)]
struct Subscale {
    id: String,
    label: Text,
    notable_from: u32,
}

#[derive(Deserialize)]
struct Band {
    min: u32,
    max: u32,
    level: String,
    label: Text,
}

#[derive(Deserialize)]
struct Instrument {
    id: String,
    name: Text,
    instruction: Text,
    citation: String,
    option_sets: BTreeMap<String, Vec<AnswerOption>>,
    items: Vec<Item>,
    #[serde(default)]
    subscales: Vec<Subscale>,
    bands: Vec<Band>,
}

fn text(t: &Text) -> String {
    format!("T({:?}, {:?})", t.nl, t.en)
}

fn level(name: &str) -> &'static str {
    match name {
        "not_lonely" => "Level::NotLonely",
        "moderate" => "Level::Moderate",
        "severe" => "Level::Severe",
        // Instrument::from_json refuses it too; the test that compares both fails.
        other => panic!("unknown level {other:?}"),
    }
}

/// The instrument as static data (`Def`, see instrument.rs): one loop turns any of them
/// into an `Instrument`, instead of code that builds each one string by string.
fn definition(i: &Instrument) -> String {
    let mut code = format!(
        "Def {{\n id: {:?},\n name: {},\n instruction: {},\n citation: {:?},\n option_sets: &[\n",
        i.id,
        text(&i.name),
        text(&i.instruction),
        i.citation
    );
    for (set, options) in &i.option_sets {
        let _ = write!(code, "  ({set:?}, &[");
        for o in options {
            let _ = write!(code, "({:?}, {}), ", o.id, text(&o.label));
        }
        code.push_str("]),\n");
    }
    code.push_str(" ],\n items: &[\n");
    for item in &i.items {
        let scores = match &item.scores {
            Some(s) => format!("Some(&{s:?})"),
            None => "None".into(),
        };
        let _ = writeln!(
            code,
            "  ItemDef {{ id: {:?}, text: {}, options: {:?}, scores: {scores}, subscale: {:?} }},",
            item.id,
            text(&item.text),
            item.options,
            item.subscale
        );
    }
    code.push_str(" ],\n subscales: &[\n");
    for sub in &i.subscales {
        let _ = writeln!(
            code,
            "  ({:?}, {}, {}),",
            sub.id,
            text(&sub.label),
            sub.notable_from
        );
    }
    code.push_str(" ],\n bands: &[\n");
    for band in &i.bands {
        let _ = writeln!(
            code,
            "  ({}, {}, {}, {}),",
            band.min,
            band.max,
            level(&band.level),
            text(&band.label)
        );
    }
    code.push_str(" ],\n}");
    code
}

fn main() {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap());
    let dir = root.join("../../data/instruments");
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("data/instruments")
        .map(|e| e.expect("data/instruments").path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    let mut defs = String::new();
    let mut sources = String::new();
    for path in &files {
        println!("cargo:rerun-if-changed={}", path.display());
        let json = std::fs::read_to_string(path).expect("instrument file");
        let parsed: Instrument =
            serde_json::from_str(&json).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let _ = writeln!(defs, "{},", definition(&parsed));
        let _ = writeln!(
            sources,
            "  ({:?}, include_str!({:?})),",
            parsed.id,
            path.display().to_string()
        );
    }
    let code = format!(
        "/// The instruments in data/instruments/, compiled by build.rs.\n\
         pub static BUILTIN: &[Def] = &[\n{defs}];\n\n\
         /// The files themselves, for the test that compares them with the compiled ones.\n\
         #[cfg(test)]\n\
         pub const SOURCES: &[(&str, &str)] = &[\n{sources}];\n"
    );
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap());
    std::fs::write(out.join("instruments.rs"), code).expect("write instruments.rs");
    let centroids = root.join("../../data/pc4-centroids.json");
    println!("cargo:rerun-if-changed={}", centroids.display());
    let json = std::fs::read_to_string(&centroids).expect("data/pc4-centroids.json");
    std::fs::write(out.join("pc4.rs"), pc4_table(&json)).expect("write pc4.rs");
    std::fs::write(out.join("lower.rs"), lower_table()).expect("write lower.rs");
    let linguas = root.join("../../i18n/LINGUAS");
    println!("cargo:rerun-if-changed={}", linguas.display());
    let linguas = std::fs::read_to_string(&linguas).expect("i18n/LINGUAS");
    std::fs::write(out.join("langs.rs"), languages(&linguas)).expect("write langs.rs");
}

/// `LOWER: &[(first, count, stride, offset)]`: every character whose lower case (the
/// first character of `to_lowercase`) differs, as runs `first`, `first + stride`, …
/// (`count` of them) that all lower-case by adding `offset`. See src/case.rs.
fn lower_table() -> String {
    let mut runs: Vec<(u32, u32, u32, i64)> = Vec::new();
    for c in (0..=char::MAX as u32).filter_map(char::from_u32) {
        let small = c.to_lowercase().next().unwrap_or(c);
        if small == c {
            continue;
        }
        let (code, offset) = (c as u32, small as i64 - c as i64);
        if let Some(run) = runs.last_mut() {
            let step = code - (run.0 + (run.1 - 1) * run.2);
            if run.3 == offset && ((run.1 == 1 && step <= 2) || (run.1 > 1 && step == run.2)) {
                run.2 = if run.1 == 1 { step } else { run.2 };
                run.1 += 1;
                continue;
            }
        }
        runs.push((code, 1, 1, offset));
    }
    let mut code = String::from(
        "/// Lower case by runs, written by build.rs: (first, count, stride, offset).\n\
         static LOWER: &[(u32, u16, u16, i32)] = &[\n",
    );
    for (first, count, stride, offset) in runs {
        let _ = writeln!(code, "  ({first}, {count}, {stride}, {offset}),");
    }
    code.push_str("];\n");
    code
}

/// The centroids file as `PC4: &[(postcode, latitude, longitude)]`, by postcode. A key
/// that is not a four-digit postcode stops the build: it would be dropped otherwise.
fn pc4_table(json: &str) -> String {
    #[derive(Deserialize)]
    struct File {
        centroids: BTreeMap<String, (f64, f64)>,
    }
    let file: File =
        serde_json::from_str(json).unwrap_or_else(|e| panic!("data/pc4-centroids.json: {e}"));
    let mut code = String::from(
        "/// data/pc4-centroids.json, compiled by build.rs: (postcode, latitude, longitude).\n\
         pub static PC4: &[(u16, f64, f64)] = &[\n",
    );
    for (key, (lat, lon)) in &file.centroids {
        let postcode: u16 = key
            .parse()
            .ok()
            .filter(|n| (1000..=9999).contains(n) && key.len() == 4)
            .unwrap_or_else(|| {
                panic!("data/pc4-centroids.json: {key:?} is not a four-digit postcode")
            });
        let _ = writeln!(code, "  ({postcode}, {lat:?}, {lon:?}),");
    }
    code.push_str("];\n");
    code
}

/// `Lang` with Dutch, the source, and one variant per code in `i18n/LINGUAS` (the
/// root build.rs checks each language's catalogue): adding a language is its `.po`
/// file and one line there, no Rust.
fn languages(linguas: &str) -> String {
    let mut codes = vec!["nl".to_owned()];
    for code in linguas
        .lines()
        .map(|l| l.split('#').next().unwrap_or("").trim())
        .flat_map(str::split_whitespace)
    {
        assert!(
            code.chars().all(|c| c.is_ascii_lowercase()) && (2..=3).contains(&code.len()),
            "i18n/LINGUAS: {code:?} is not a language code such as tr (two or three small letters)"
        );
        if !codes.iter().any(|c| c == code) {
            codes.push(code.to_owned());
        }
    }
    let variant = |code: &str| {
        let mut name = code.to_owned();
        name[..1].make_ascii_uppercase();
        name
    };
    let mut code = String::from(
        "/// A language the app speaks: Dutch, the source, then `i18n/LINGUAS` in its order\n\
         /// (generated by build.rs).\n\
         #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]\n\
         pub enum Lang {\n    /// Dutch is the default: the residents and the staff are Dutch.\n    #[default]\n",
    );
    for c in &codes {
        let _ = writeln!(code, "    {},", variant(c));
    }
    code.push_str("}\n\nimpl Lang {\n    pub const ALL: &'static [Lang] = &[");
    for c in &codes {
        let _ = write!(code, "Lang::{}, ", variant(c));
    }
    code.push_str("];\n\n    /// The BCP 47 code, as used in `<html lang>` and in stored preferences.\n    pub fn code(self) -> &'static str {\n        match self {\n");
    for c in &codes {
        let _ = writeln!(code, "            Lang::{} => {c:?},", variant(c));
    }
    code.push_str("        }\n    }\n}\n");
    code
}
