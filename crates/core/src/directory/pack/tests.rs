use super::*;
use crate::directory::parse_directory_with_positions;
use crate::geo::LatLon;
use crate::schedule::{Date, Time};
use crate::search::tests::regression;
use crate::Lang;

const DEMO: &str = include_str!("../../../../../data/directory.json");

fn demo() -> (Directory, Vec<u32>) {
    parse_directory_with_positions(DEMO).unwrap()
}

fn source() -> SourceInfo {
    SourceInfo::of(DEMO.as_bytes())
}

/// A directory with gaps in the positions: an inactive, a broken and a duplicate
/// entry between good ones.
fn with_gaps() -> (Directory, Vec<u32>) {
    let text = r#"{"schema_version": 1, "entries": [
        {"id": "a", "name": "Koffie", "description": "", "municipality": "velsen"},
        {"id": "b", "name": "Weg", "description": "", "status": "inactive"},
        {"id": "c", "name": "Taalcafé", "description": "Praten", "contact": {"website": "https://www.x.nl"},
         "translations": {"tr": {"name": "Dil kafe", "description": "Konuşmak"}, "en": {"description": "Talking"}},
         "schedules": [{"freq": "MONTHLY", "byday": "2MO", "opens_at": "10:00", "closes_at": "12:00"}]},
        {"id": "d"},
        {"id": "a", "name": "Dubbel", "description": ""},
        {"id": "e", "name": "Wandelclub", "description": "Samen lopen", "municipality": "heemskerk",
         "last_checked": "2026-11-27",
         "location": {"street": "Dorpsstraat 1", "postcode": "1961 AA", "city": "Heemskerk",
                      "latitude": 52.5, "longitude": 4.67, "wheelchair_accessible": true}}
    ]}"#;
    parse_directory_with_positions(text).unwrap()
}

#[test]
fn positions_count_every_item_of_the_file() {
    let (directory, positions) = with_gaps();
    assert_eq!(directory.entries.len(), 3);
    assert_eq!(positions, [0, 2, 5]);
    assert_eq!(directory.skipped.len(), 2);
}

#[test]
fn a_pack_reads_back_as_written() {
    for (directory, positions) in [demo(), with_gaps()] {
        let bytes = write_pack(&directory, &positions, source());
        let pack = read_pack(&bytes).unwrap();
        assert_eq!(pack.entries, directory.entries);
        assert_eq!(pack.positions, positions);
        assert_eq!(pack.skipped, directory.skipped);
        assert_eq!(pack.source, source());
        assert_eq!(pack.index, SearchIndex::new(&directory.entries));
    }
}

#[test]
fn translations_read_back_as_written() {
    let (directory, positions) = with_gaps();
    let taalcafe = &directory.entries[1];
    assert_eq!(taalcafe.translations.len(), 2);
    let pack = read_pack(&write_pack(&directory, &positions, source())).unwrap();
    assert_eq!(pack.entries[1].translations, taalcafe.translations);
    assert_eq!(pack.entries[1].name_in(Lang::Tr), ("Dil kafe", Lang::Tr));
    assert_eq!(pack.entries[1].name_in(Lang::En), ("Taalcafé", Lang::Nl));
}

#[test]
fn translations_the_parser_would_not_keep_are_refused() {
    use crate::directory::Translation;
    let text = |name: &str| Translation {
        name: Some(name.into()),
        description: None,
    };
    type Translations = Vec<(Lang, Translation)>;
    let spoilt: [fn(&mut Translations); 5] = [
        |t| t.reverse(),
        |t| t[0].0 = Lang::Nl,
        |t| t[1].0 = t[0].0,
        |t| t[0].1.description = None,
        |t| t[0].1.description = Some(" ".into()),
    ];
    for (i, spoil) in spoilt.iter().enumerate() {
        let (mut directory, positions) = with_gaps();
        spoil(&mut directory.entries[1].translations);
        let err = read_pack(&write_pack(&directory, &positions, source())).unwrap_err();
        assert!(err.to_string().contains("translation"), "{i}: {err}");
    }
    let (mut directory, positions) = with_gaps();
    directory.entries[1].translations[0].1 = text("Dil\u{202e} kafe");
    let err = read_pack(&write_pack(&directory, &positions, source())).unwrap_err();
    assert!(err.to_string().contains("hidden"), "{err}");
}

#[test]
fn a_large_generated_directory_reads_back_as_written() {
    let text = regression::directory_text(2000, 3);
    let (directory, positions) = parse_directory_with_positions(&text).unwrap();
    let pack = read_pack(&write_pack(
        &directory,
        &positions,
        SourceInfo::of(text.as_bytes()),
    ))
    .unwrap();
    assert_eq!(pack.entries, directory.entries);
    assert_eq!(pack.index, SearchIndex::new(&directory.entries));
}

#[test]
fn other_files_and_versions_are_refused() {
    let (directory, positions) = with_gaps();
    let mut bytes = write_pack(&directory, &positions, source());
    assert_eq!(read_pack(b""), Err(PackError::NotAPack));
    assert_eq!(read_pack(b"SWPACK"), Err(PackError::NotAPack));
    assert_eq!(read_pack(DEMO.as_bytes()), Err(PackError::NotAPack));
    bytes[6] = 1;
    assert_eq!(read_pack(&bytes), Err(PackError::Version(1)));
    // The next format, of a newer build.
    let next = PACK_FORMAT + 1;
    bytes[6] = next as u8;
    assert_eq!(read_pack(&bytes), Err(PackError::Version(next)));
    assert_eq!(
        PackError::Version(next).to_string(),
        format!("pack format {next} is not supported (this version reads {PACK_FORMAT})")
    );
    bytes[6] = PACK_FORMAT as u8;
    bytes.push(0);
    assert!(matches!(read_pack(&bytes), Err(PackError::Damaged(m)) if m.contains("after the end")));
}

/// Replaces `from` by `to` (same length) in the pack's bytes.
fn patched(bytes: &[u8], from: &str, to: &str) -> Vec<u8> {
    assert_eq!(from.len(), to.len());
    let at = bytes
        .windows(from.len())
        .position(|w| w == from.as_bytes())
        .unwrap_or_else(|| panic!("{from} is not in the pack"));
    let mut out = bytes.to_vec();
    out[at..at + to.len()].copy_from_slice(to.as_bytes());
    out
}

#[test]
fn an_unsafe_link_in_a_pack_is_refused() {
    let (directory, positions) = with_gaps();
    let bytes = write_pack(&directory, &positions, source());
    let evil = patched(&bytes, "https://www.x.nl", "javascript:alert");
    let err = read_pack(&evil).unwrap_err();
    assert!(err.to_string().contains("fails its check"), "{err}");
    assert!(read_pack(&patched(&bytes, "https://www.x.nl", "https://www.y.nl")).is_ok());
}

#[test]
fn a_floor_the_json_would_refuse_is_refused() {
    let (mut directory, positions) = with_gaps();
    let at = directory
        .entries
        .iter()
        .position(|e| e.location.is_some())
        .unwrap();
    let location = directory.entries[at].location.as_mut().unwrap();
    location.floor = Some(50);
    location.lift = true;
    let pack = read_pack(&write_pack(&directory, &positions, source())).unwrap();
    assert_eq!(pack.entries[at].location.as_ref().unwrap().floor, Some(50));
    directory.entries[at].location.as_mut().unwrap().floor = Some(51);
    let err = read_pack(&write_pack(&directory, &positions, source())).unwrap_err();
    assert!(err.to_string().contains("floor 51"), "{err}");
}

#[test]
fn a_schedule_the_json_would_refuse_is_refused() {
    use crate::schedule::{DayRule, Frequency, Weekday};
    let (directory, positions) = with_gaps();
    let good = directory.entries[1].schedules[0].clone();
    assert!(read_pack(&write_pack(&directory, &positions, source())).is_ok());
    let time = |h, m| Some(Time { hour: h, minute: m });
    let bad: [fn(&mut crate::schedule::Schedule); 7] = [
        |s| s.closes = s.opens,
        |s| s.days.clear(),
        |s| s.frequency = Frequency::Weekly,
        |s| s.interval = 0,
        |s| s.interval = 2,
        |s| {
            s.valid_from = Date::new(2026, 5, 1);
            s.valid_to = Date::new(2026, 4, 1);
        },
        |s| {
            s.days = vec![DayRule {
                weekday: Weekday::Monday,
                nth: Some(9),
            }]
        },
    ];
    for (i, spoil) in bad.iter().enumerate() {
        let mut directory = directory.clone();
        spoil(&mut directory.entries[1].schedules[0]);
        assert_ne!(directory.entries[1].schedules[0], good);
        let err = read_pack(&write_pack(&directory, &positions, source())).unwrap_err();
        assert!(err.to_string().contains("fails its check"), "{i}: {err}");
    }
    // A time that does not exist, written past `Time`'s own check.
    let mut directory = directory.clone();
    directory.entries[1].schedules[0].opens = time(25, 0);
    directory.entries[1].schedules[0].closes = time(26, 0);
    assert!(read_pack(&write_pack(&directory, &positions, source())).is_err());
}

#[test]
fn dates_times_and_points_are_checked() {
    fn bytes(v: impl serde::Serialize) -> Vec<u8> {
        postcard::to_allocvec(&v).unwrap()
    }
    assert!(postcard::from_bytes::<Date>(&bytes((2026i32, 2u8, 30u8))).is_err());
    assert!(postcard::from_bytes::<Date>(&bytes((2024i32, 2u8, 29u8))).is_ok());
    assert!(postcard::from_bytes::<Time>(&bytes((24u8, 0u8))).is_err());
    assert!(postcard::from_bytes::<Time>(&bytes((23u8, 59u8))).is_ok());
    assert!(postcard::from_bytes::<LatLon>(&bytes((91.0f64, 4.0f64))).is_err());
    assert!(postcard::from_bytes::<LatLon>(&bytes((f64::NAN, 4.0f64))).is_err());
    assert!(postcard::from_bytes::<LatLon>(&bytes((52.0f64, 4.0f64))).is_ok());
}

#[test]
fn entries_the_parser_would_not_return_are_refused() {
    let (mut directory, positions) = with_gaps();
    directory.entries[0].ages = Some((70, 18));
    let err = read_pack(&write_pack(&directory, &positions, source())).unwrap_err();
    assert!(err.to_string().contains("ages"), "{err}");
    let (mut directory, positions) = with_gaps();
    directory.entries[1].id = "a".into();
    let err = read_pack(&write_pack(&directory, &positions, source())).unwrap_err();
    assert!(err.to_string().contains("twice"), "{err}");
    let (mut directory, positions) = with_gaps();
    directory.entries[1].status = Status::Defunct;
    assert!(read_pack(&write_pack(&directory, &positions, source())).is_err());
    let (directory, mut positions) = with_gaps();
    positions.swap(0, 1);
    let err = read_pack(&write_pack(&directory, &positions, source())).unwrap_err();
    assert!(err.to_string().contains("file order"), "{err}");
    positions.pop();
    assert!(read_pack(&write_pack(&directory, &positions, source())).is_err());
}

#[test]
fn an_index_that_names_a_missing_entry_is_refused() {
    let (directory, _) = with_gaps();
    let index = SearchIndex::new(&directory.entries);
    let mut bytes = postcard::to_allocvec(&index).unwrap();
    // The first field is the number of entries (3, one byte): claim 2.
    assert_eq!(bytes[0], 3);
    bytes[0] = 2;
    assert!(postcard::from_bytes::<SearchIndex>(&bytes).is_err());
    let wire: IndexWire = postcard::from_bytes(&bytes).unwrap();
    assert_eq!(
        wire.check().unwrap_err(),
        "the index names an entry beyond the 2"
    );
    bytes[0] = 3;
    assert_eq!(postcard::from_bytes::<SearchIndex>(&bytes).unwrap(), index);
}

#[test]
fn shards_split_by_municipality() {
    let (directory, _) = demo();
    let shards = shards(&directory);
    let names: Vec<&str> = shards.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(&names[..2], ["alle", "landelijk"]);
    let mut municipalities: Vec<&str> = directory
        .entries
        .iter()
        .filter_map(|e| e.municipality.as_deref())
        .collect();
    municipalities.sort_unstable();
    municipalities.dedup();
    assert_eq!(&names[2..], municipalities);
    assert_eq!(
        shards[0].1,
        (0..directory.entries.len()).collect::<Vec<_>>()
    );
    // Every entry is in exactly one of the other shards.
    let mut seen: Vec<usize> = shards[1..].iter().flat_map(|(_, s)| s.clone()).collect();
    seen.sort_unstable();
    assert_eq!(seen, shards[0].1);
    for (name, list) in &shards[2..] {
        assert!(list
            .iter()
            .all(|&i| directory.entries[i].municipality.as_deref() == Some(name.as_str())));
    }
    assert!(shards[1]
        .1
        .iter()
        .all(|&i| directory.entries[i].municipality.is_none()));
}

fn shard_packs(text: &str) -> (Directory, Vec<(String, Pack)>) {
    let (directory, positions) = parse_directory_with_positions(text).unwrap();
    let source = SourceInfo::of(text.as_bytes());
    let packs = shards(&directory)
        .into_iter()
        .map(|(name, list)| {
            let bytes = write_shard(&directory, &list, &positions, source);
            (name, read_pack(&bytes).unwrap())
        })
        .collect();
    (directory, packs)
}

fn queries() -> Vec<String> {
    let mut q = regression::queries();
    q.extend(["velsen", "koffie", "praten", "luisterlijn", "113"].map(String::from));
    q
}

#[test]
fn a_municipality_and_the_national_shard_join_into_their_part_of_the_file() {
    let text = regression::directory_text(1500, 11);
    let (directory, packs) = shard_packs(&text);
    let pack = |name: &str| packs.iter().find(|(n, _)| n == name).unwrap().1.clone();
    for municipality in ["velsen", "amstelveen"] {
        let joined = join(vec![pack(municipality), pack("landelijk")]);
        let expected: Vec<Entry> = directory
            .entries
            .iter()
            .filter(|e| e.municipality.as_deref().is_none_or(|m| m == municipality))
            .cloned()
            .collect();
        assert_eq!(joined.entries, expected);
        assert_eq!(joined.skipped, directory.skipped);
        // Whole-index equality: the same words, postings and trigrams.
        let fresh = SearchIndex::new(&joined.entries);
        assert_eq!(joined.index, fresh);
        for query in queries() {
            assert_eq!(joined.index.search(&query), fresh.search(&query), "{query}");
        }
    }
}

#[test]
fn every_shard_joined_is_the_whole_pack() {
    let (directory, packs) = shard_packs(DEMO);
    let all = packs[0].1.clone();
    let parts: Vec<Pack> = packs[1..].iter().map(|(_, p)| p.clone()).collect();
    let joined = join(parts);
    assert_eq!(joined, all);
    assert_eq!(joined.entries, directory.entries);
    // Overlapping packs: an entry in two of them is kept once.
    let overlapping = join(vec![packs[1].1.clone(), all.clone(), packs[2].1.clone()]);
    assert_eq!(overlapping, all);
    assert_eq!(join(Vec::new()), Pack::default());
}

#[test]
fn the_format_is_pinned() {
    let (directory, positions) = with_gaps();
    let bytes = write_pack(&directory, &positions, SourceInfo { bytes: 1, hash: 2 });
    // If this fails, the encoding changed: bump PACK_FORMAT, then update the hash.
    assert_eq!(
        (PACK_FORMAT, SourceInfo::of(&bytes).hash),
        (5, 8_501_362_547_914_369_874),
        "{} bytes",
        bytes.len()
    );
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig {
        cases: 512, ..proptest::prelude::ProptestConfig::default()
    })]

    #[test]
    fn noise_is_refused_without_panicking(
        bytes in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..400),
        with_header in proptest::prelude::any::<bool>(),
    ) {
        let mut input = Vec::new();
        if with_header {
            input.extend_from_slice(MAGIC);
            input.extend_from_slice(&PACK_FORMAT.to_le_bytes());
        }
        input.extend_from_slice(&bytes);
        let _ = read_pack(&input);
    }

    #[test]
    fn a_damaged_pack_is_refused_or_safe_to_search(
        edits in proptest::collection::vec((0usize..1_000_000, proptest::prelude::any::<u8>(), 0u8..4), 1..6),
    ) {
        let mut bytes = small_pack().to_vec();
        for (at, byte, how) in edits {
            let at = at % (bytes.len() + 1);
            match how {
                0 if at < bytes.len() => bytes[at] = byte,
                1 if at < bytes.len() => bytes[at] ^= 1 << (byte % 8),
                2 => bytes.insert(at, byte),
                _ => bytes.truncate(at),
            }
        }
        if let Ok(pack) = read_pack(&bytes) {
            for query in ["koffie", "taalcafe", "wandelclup", "a", "dorpsstraat"] {
                for hit in pack.index.search(query).unwrap_or_default() {
                    proptest::prop_assert!(hit.entry < pack.entries.len());
                }
            }
            let _ = join(vec![pack.clone(), pack]);
        }
    }
}

fn small_pack() -> &'static [u8] {
    static PACK: std::sync::OnceLock<Vec<u8>> = std::sync::OnceLock::new();
    PACK.get_or_init(|| {
        let (directory, positions) = with_gaps();
        write_pack(&directory, &positions, SourceInfo::of(b"x"))
    })
}

#[test]
fn a_pack_cannot_carry_hidden_characters() {
    // The parser takes control and direction characters out of every text
    // (directory::text); a pack with one was not made from a parsed file.
    for poison in ['\u{0}', '\u{7}', '\u{202e}', '\u{2066}'] {
        let (mut directory, positions) = with_gaps();
        directory.entries[1].description.push(poison);
        let bytes = write_pack(&directory, &positions, source());
        assert!(
            matches!(read_pack(&bytes), Err(PackError::Damaged(m)) if m.contains("hidden")),
            "{poison:?}"
        );
    }
}
