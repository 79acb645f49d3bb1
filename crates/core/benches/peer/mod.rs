//! The peer benchmark data set (`../shared/bench/gen-entries.py`: a JSON list of
//! `{id, name, description, organisation, place, postcode, categories}`) as a
//! Samenwijzer directory file. Shared by `benches/search.rs` and
//! `examples/search_bench.rs`.

// Each bench and the example uses part of this module.
#![allow(dead_code)]

use samenwijzer_core::{place, Need};
use serde_json::{json, Value};

/// Where the data set is read from: the first argument that is a file, or
/// `$SAMENWIJZER_BENCH_ENTRIES`, or `/tmp/entries10k.json`.
pub fn path() -> String {
    std::env::args()
        .skip(1)
        .find(|a| !a.starts_with('-') && std::path::Path::new(a).is_file())
        .or_else(|| std::env::var("SAMENWIJZER_BENCH_ENTRIES").ok())
        .unwrap_or_else(|| "/tmp/entries10k.json".into())
}

/// The peer list converted to a directory file: place → city, postcode kept, the
/// Dutch categories → needs, the municipality from the postcode.
pub fn directory_file(peer_json: &str) -> String {
    let peer: Vec<Value> = serde_json::from_str(peer_json).expect("a JSON list of entries");
    let entries: Vec<Value> = peer
        .iter()
        .map(|e| {
            let postcode = e["postcode"].as_str().unwrap_or_default();
            let needs: Vec<&str> = e["categories"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(Value::as_str)
                .filter_map(Need::from_name)
                .map(Need::slug)
                .collect();
            json!({
                "id": e["id"], "name": e["name"], "description": e["description"],
                "organisation": e["organisation"], "example": true, "needs": needs,
                "municipality": place::municipality_for_postcode(postcode),
                "location": {"street": "", "postcode": postcode, "city": e["place"]},
            })
        })
        .collect();
    json!({"schema_version": 1, "entries": entries}).to_string()
}

/// The peer list converted as `scripts/bench-search.mjs` does for the browser run:
/// id, name, description, organisation, `example`, and a location with the place and
/// postcode (no needs, no municipality).
pub fn browser_file(peer_json: &str) -> String {
    let peer: Vec<Value> = serde_json::from_str(peer_json).expect("a JSON list of entries");
    let entries: Vec<Value> = peer
        .iter()
        .map(|e| {
            json!({
                "id": e["id"], "name": e["name"], "description": e["description"],
                "organisation": e["organisation"], "example": true,
                "location": {"street": "", "postcode": e["postcode"], "city": e["place"]},
            })
        })
        .collect();
    json!({"schema_version": 1, "entries": entries}).to_string()
}

/// The queries of the peer run, typed one keystroke at a time.
pub const QUERIES: [&str; 5] = [
    "gezellige wandelclub velsen",
    "koffie ochtend heemskerk",
    "cafe",
    "wandelclup",
    "schilderles amstelveen",
];

/// Every prefix a typist passes through, in order.
pub fn keystrokes() -> Vec<String> {
    QUERIES
        .iter()
        .flat_map(|q| {
            let chars: Vec<char> = q.chars().collect();
            (1..=chars.len()).map(move |k| chars[..k].iter().collect::<String>())
        })
        .collect()
}
