//! Native search benchmark over the peer data set (../shared/bench/gen-entries.py).
//!
//!     python3 ../shared/bench/gen-entries.py 10000 > /tmp/entries10k.json
//!     cargo run --release -p samenwijzer-core --example search_bench -- /tmp/entries10k.json
//!
//! Types the same queries as the MiniSearch peer run, one keystroke at a time, five
//! times over, and prints index time, per-keystroke median / p95 / max and hit counts.
//! `benches/search.rs` measures the same with criterion (`make bench-native`).

use std::time::Instant;

use samenwijzer_core::directory::parse_directory;
use samenwijzer_core::search::SearchIndex;

#[path = "../benches/peer/mod.rs"]
mod peer;

fn main() {
    let path = peer::path();
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let file = peer::directory_file(&text);

    let t0 = Instant::now();
    let directory = parse_directory(&file).expect("valid");
    let t1 = Instant::now();
    let index = SearchIndex::new(&directory.entries);
    let t2 = Instant::now();

    let keystrokes = peer::keystrokes();
    let mut times = Vec::new();
    for _ in 0..5 {
        for typed in &keystrokes {
            let start = Instant::now();
            let found = index.search(typed).map_or(0, |h| h.len());
            std::hint::black_box(found);
            times.push(start.elapsed().as_secs_f64() * 1000.0);
        }
    }
    let hits: Vec<(&str, usize)> = peer::QUERIES
        .iter()
        .map(|q| {
            let found = index.search(q).map_or(directory.entries.len(), |h| h.len());
            (*q, found)
        })
        .collect();
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
