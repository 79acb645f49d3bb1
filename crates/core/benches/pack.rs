//! Criterion benchmark of the directory pack against the JSON, on the peer data set
//! converted as the browser benchmark does (`scripts/bench-search.mjs`):
//!
//!     python3 ../shared/bench/gen-entries.py 10000 > /tmp/entries10k.json
//!     cargo bench -p samenwijzer-core --bench pack
//!     # any directory file instead: SAMENWIJZER_BENCH_DIRECTORY=data/directory.json
//!
//! "json" is what the app does without a pack (parse, then build the index); "pack" is
//! `read_pack`, which gives both. Prints the sizes first.

use std::hint::black_box;
use std::time::Duration;

use criterion::Criterion;
use samenwijzer_core::directory::pack::{
    join, read_pack, shards, write_pack, write_shard, SourceInfo,
};
use samenwijzer_core::directory::{parse_directory, parse_directory_with_positions};
use samenwijzer_core::search::SearchIndex;

mod peer;

fn main() {
    let file = match std::env::var("SAMENWIJZER_BENCH_DIRECTORY") {
        Ok(path) => std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}")),
        Err(_) => {
            let path = peer::path();
            let text = std::fs::read_to_string(&path).unwrap_or_else(|e| {
                panic!("{path}: {e}\nmake it with: python3 ../shared/bench/gen-entries.py 10000 > /tmp/entries10k.json")
            });
            peer::browser_file(&text)
        }
    };
    let (directory, positions) = parse_directory_with_positions(&file).expect("valid");
    let pack = write_pack(&directory, &positions, SourceInfo::of(file.as_bytes()));
    println!(
        "{} entries: directory.json {} bytes, pack {} bytes",
        directory.entries.len(),
        file.len(),
        pack.len()
    );
    if let Ok(out) = std::env::var("SAMENWIJZER_BENCH_PACK_OUT") {
        std::fs::write(&out, &pack).expect("write the pack");
        std::fs::write(format!("{out}.json"), &file).expect("write the json");
        let index = SearchIndex::new(&directory.entries);
        let index = postcard::to_allocvec(&index).expect("an index serializes");
        std::fs::write(format!("{out}.index"), index).expect("write the index");
    }

    let mut c = Criterion::default()
        .warm_up_time(Duration::from_millis(300))
        .measurement_time(Duration::from_secs(3))
        .configure_from_args();
    let mut group = c.benchmark_group("ready_to_search");
    group.sample_size(20);
    group.bench_function("json_parse", |b| {
        b.iter_with_large_drop(|| parse_directory(black_box(&file)).unwrap())
    });
    group.bench_function("json_parse_and_index", |b| {
        b.iter_with_large_drop(|| {
            let d = parse_directory(black_box(&file)).unwrap();
            let index = SearchIndex::new(&d.entries);
            (d, index)
        })
    });
    group.bench_function("index", |b| {
        b.iter_with_large_drop(|| SearchIndex::new(black_box(&directory.entries)))
    });
    group.bench_function("pack_read", |b| {
        b.iter_with_large_drop(|| read_pack(black_box(&pack)).unwrap())
    });
    group.bench_function("pack_write", |b| {
        b.iter(|| write_pack(&directory, &positions, SourceInfo::default()))
    });
    // What a municipality's app does: its pack and the national one, joined. The
    // largest municipality of the file.
    let shards = shards(&directory);
    if let Some((name, list)) = shards[2..].iter().max_by_key(|(_, list)| list.len()) {
        let source = SourceInfo::of(file.as_bytes());
        let own = write_shard(&directory, list, &positions, source);
        let national = write_shard(&directory, &shards[1].1, &positions, source);
        println!(
            "{name}: {} entries, {} bytes; landelijk: {} entries, {} bytes",
            list.len(),
            own.len(),
            shards[1].1.len(),
            national.len()
        );
        group.bench_function("municipality_read_and_join", |b| {
            b.iter_with_large_drop(|| {
                let packs = vec![read_pack(&own).unwrap(), read_pack(&national).unwrap()];
                join(packs)
            })
        });
    }
    group.finish();
    c.final_summary();
}
