//! Native search benchmark over the peer data set (../shared/bench/gen-entries.py).
//!
//!     python3 ../shared/bench/gen-entries.py 10000 > /tmp/entries10k.json
//!     cargo run --release -p samenwijzer-core --example search_bench -- /tmp/entries10k.json
//!
//! Types the same queries as the MiniSearch peer run, one keystroke at a time, five
//! times over, and prints index time, per-keystroke median / p95 / max and hit counts.

use std::time::Instant;

use samenwijzer_core::directory::parse_directory;
use samenwijzer_core::search::SearchIndex;
use serde_json::{json, Value};

const QUERIES: [&str; 5] = [
    "gezellige wandelclub velsen",
    "koffie ochtend heemskerk",
    "cafe",
    "wandelclup",
    "schilderles amstelveen",
];

fn main() {
    let path = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "/tmp/entries10k.json".into());
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let peer: Vec<Value> = serde_json::from_str(&text).expect("a JSON list of entries");
    // The peer format, converted to Samenwijzer's (place → city, postcode kept).
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
    let file = json!({"schema_version": 1, "entries": entries}).to_string();

    let t0 = Instant::now();
    let directory = parse_directory(&file).expect("valid");
    let t1 = Instant::now();
    let index = SearchIndex::new(&directory.entries);
    let t2 = Instant::now();

    let mut times = Vec::new();
    let mut hits = Vec::new();
    for rep in 0..5 {
        for query in QUERIES {
            let chars: Vec<char> = query.chars().collect();
            for k in 1..=chars.len() {
                let typed: String = chars[..k].iter().collect();
                let start = Instant::now();
                let found = index
                    .search(&typed)
                    .map_or(directory.entries.len(), |h| h.len());
                times.push(start.elapsed().as_secs_f64() * 1000.0);
                if rep == 0 && k == chars.len() {
                    hits.push((query, found));
                }
            }
        }
    }
    times.sort_by(f64::total_cmp);
    let pct = |p: f64| times[((p * times.len() as f64) as usize).min(times.len() - 1)];
    println!(
        "entries {} | parse {:.1} ms | index {:.1} ms | keystrokes {} | median {:.3} ms | p95 {:.3} ms | max {:.3} ms",
        directory.entries.len(),
        (t1 - t0).as_secs_f64() * 1000.0,
        (t2 - t1).as_secs_f64() * 1000.0,
        times.len(),
        pct(0.5),
        pct(0.95),
        times[times.len() - 1],
    );
    for (query, found) in hits {
        println!("  {query:?}: {found} hits");
    }
}
