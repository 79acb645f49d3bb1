//! Criterion benchmark of the directory on 10,000 entries, natively:
//!
//!     make bench-native
//!     # or: python3 ../shared/bench/gen-entries.py 10000 > /tmp/entries10k.json
//!     #     cargo bench -p samenwijzer-core --bench search
//!
//! Measures parsing the file, building the search index, and one keystroke (search
//! plus the filter the directory page applies) for every prefix of the peer queries.
//! After criterion's own report it prints p50, p95 and max over the keystrokes, with
//! and without the filter.

use std::hint::black_box;
use std::time::{Duration, Instant};

use criterion::{BenchmarkId, Criterion};
use samenwijzer_core::directory::filter::Filters;
use samenwijzer_core::directory::{parse_directory, Entry};
use samenwijzer_core::schedule::Date;
use samenwijzer_core::search::SearchIndex;
use samenwijzer_core::Need;

mod peer;

fn filters() -> Filters {
    Filters {
        needs: vec![Need::Meet, Need::Nature],
        municipality: Some("velsen".into()),
        ..Filters::default()
    }
}

/// What the directory page does per keystroke: search, then filter the hits.
fn keystroke(
    index: &SearchIndex,
    entries: &[Entry],
    filters: &Filters,
    today: Date,
    typed: &str,
) -> usize {
    match index.search(typed) {
        Some(hits) => hits
            .iter()
            .filter(|h| filters.admits(&entries[h.entry], today))
            .count(),
        None => entries.iter().filter(|e| filters.admits(e, today)).count(),
    }
}

fn main() {
    let path = peer::path();
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!("{path}: {e}\nmake it with: python3 ../shared/bench/gen-entries.py 10000 > /tmp/entries10k.json")
    });
    let file = peer::directory_file(&text);
    let directory = parse_directory(&file).expect("valid");
    let entries = &directory.entries;
    let index = SearchIndex::new(entries);
    let filters = filters();
    let today = Date::new(2026, 11, 27).unwrap();
    let keystrokes = peer::keystrokes();

    let mut c = Criterion::default()
        .warm_up_time(Duration::from_millis(300))
        .measurement_time(Duration::from_secs(2))
        .configure_from_args();
    let mut group = c.benchmark_group("directory_10k");
    group.sample_size(20);
    group.bench_function("parse", |b| {
        b.iter(|| parse_directory(black_box(&file)).unwrap())
    });
    group.bench_function("index", |b| b.iter(|| SearchIndex::new(black_box(entries))));
    group.bench_function("all_keystrokes", |b| {
        b.iter(|| {
            keystrokes
                .iter()
                .map(|k| keystroke(&index, entries, &filters, today, black_box(k)))
                .sum::<usize>()
        })
    });
    group.finish();
    let mut group = c.benchmark_group("keystroke");
    group
        .sample_size(10)
        .warm_up_time(Duration::from_millis(50))
        .measurement_time(Duration::from_millis(200));
    for typed in [
        "w",
        "wa",
        "wand",
        "wandelclup",
        "koffie ochtend",
        "gezellige wandelclub velsen",
    ] {
        group.bench_with_input(BenchmarkId::from_parameter(typed), typed, |b, t| {
            b.iter(|| keystroke(&index, entries, &filters, today, black_box(t)))
        });
    }
    group.finish();
    c.final_summary();

    // The distribution over keystrokes: each keystroke's median of 31 runs, for the
    // whole keystroke (search + filter) and for the search alone (what the app's
    // `samenwijzer:search` measure and the goal are about).
    let distribution = |work: &dyn Fn(&str) -> usize| {
        let mut medians: Vec<f64> = keystrokes
            .iter()
            .map(|k| {
                let mut runs: Vec<f64> = (0..31)
                    .map(|_| {
                        let start = Instant::now();
                        black_box(work(k));
                        start.elapsed().as_secs_f64() * 1000.0
                    })
                    .collect();
                runs.sort_by(f64::total_cmp);
                runs[runs.len() / 2]
            })
            .collect();
        medians.sort_by(f64::total_cmp);
        let pct = |p: f64| medians[((p * medians.len() as f64) as usize).min(medians.len() - 1)];
        format!(
            "{} prefixes | p50 {:.3} ms | p95 {:.3} ms | max {:.3} ms",
            medians.len(),
            pct(0.5),
            pct(0.95),
            medians[medians.len() - 1]
        )
    };
    println!(
        "keystrokes (search + filter, {} entries): {}",
        entries.len(),
        distribution(&|k| keystroke(&index, entries, &filters, today, k))
    );
    println!(
        "keystrokes (search alone, {} entries): {}",
        entries.len(),
        distribution(&|k| index.search(k).map_or(0, |h| h.len()))
    );
}
