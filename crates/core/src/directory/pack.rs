//! A prebuilt "pack" of the directory: the entries exactly as [`parse_directory`]
//! read them, with the [`SearchIndex`] over them, in a compact binary file
//! (`postcard`). The staff tool writes one per shard (`samenwijzer-data pack`); the
//! app decodes it several times faster than it parses the JSON and builds the index,
//! and falls back to `directory.json` when a pack is missing, older or refused.
//!
//! Layout: `SWPACK`, the format version as two little-endian bytes, then the body.
//! A pack of another format version is refused whole ([`PackError::Version`]).
//!
//! A pack is a file on a web server, so it is read like the JSON: as untrusted. Links
//! are remade by `SafeLink`'s checked constructors, schedules by `Schedule::new` (the
//! rules `Schedule::from_raw` applies), dates, times and coordinates by their own
//! checks, translations must be as the parser keeps them (each language once, in
//! order, never Dutch, with text), and the index's lists are checked against the
//! entries; whatever the bytes, reading returns a pack or an error and never panics
//! (a property test feeds it noise and damaged packs).
//!
//! [`parse_directory`]: super::parse_directory

use std::collections::{BTreeMap, HashSet};

use serde::{Deserialize, Serialize};

use super::{Directory, Entry, Skipped, Status};
use crate::quote::quoted;
use crate::search::{IndexWire, SearchIndex};
use crate::Lang;

const MAGIC: &[u8; 6] = b"SWPACK";
/// Bump whenever the encoding of anything in a pack changes (a field of `Entry`, the
/// index layout): an app reading an older or newer pack then uses the JSON instead.
/// `the_format_is_pinned` fails when the bytes change without this changing.
pub const PACK_FORMAT: u16 = 5;

/// The `directory.json` a pack was made from, so the app can tell whether a pack is
/// of the file it would otherwise read, and whether shards belong together.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SourceInfo {
    pub bytes: u64,
    /// FNV-1a (64 bits) over the file's bytes.
    pub hash: u64,
}

impl SourceInfo {
    pub fn of(file: &[u8]) -> SourceInfo {
        let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
        for &b in file {
            hash = (hash ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
        SourceInfo {
            bytes: file.len() as u64,
            hash,
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Pack {
    pub entries: Vec<Entry>,
    /// Each entry's position in the source file's `entries` list, ascending.
    pub positions: Vec<u32>,
    /// The entries of the whole file that could not be shown (every shard has all).
    pub skipped: Vec<Skipped>,
    pub index: SearchIndex,
    pub source: SourceInfo,
}

impl Pack {
    /// The directory and its index, as the app uses them.
    pub fn into_parts(self) -> (Directory, SearchIndex) {
        let directory = Directory {
            entries: self.entries,
            skipped: self.skipped,
        };
        (directory, self.index)
    }
}

/// Why a pack cannot be used; the app then reads `directory.json`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PackError {
    /// Does not start with the pack's magic bytes.
    NotAPack,
    /// Written for another format version than [`PACK_FORMAT`].
    Version(u16),
    /// The right start, but the contents are damaged or fail a check.
    Damaged(String),
}

impl std::fmt::Display for PackError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            PackError::NotAPack => write!(f, "not a directory pack"),
            PackError::Version(v) => write!(
                f,
                "pack format {v} is not supported (this version reads {PACK_FORMAT})"
            ),
            PackError::Damaged(why) => write!(f, "the pack is damaged: {why}"),
        }
    }
}

impl std::error::Error for PackError {}

#[derive(Serialize)]
struct BodyRef<'a> {
    source: SourceInfo,
    positions: &'a [u32],
    entries: Vec<&'a Entry>,
    skipped: &'a [Skipped],
    index: &'a SearchIndex,
}

#[derive(Deserialize)]
struct Body {
    source: SourceInfo,
    positions: Vec<u32>,
    entries: Vec<Entry>,
    skipped: Vec<Skipped>,
    index: IndexWire,
}

/// The pack of a whole directory. `positions[i]` is `directory.entries[i]`'s position
/// in the source file ([`super::parse_directory_with_positions`]); a pack whose
/// positions do not fit its entries is refused by [`read_pack`].
pub fn write_pack(directory: &Directory, positions: &[u32], source: SourceInfo) -> Vec<u8> {
    let all: Vec<usize> = (0..directory.entries.len()).collect();
    write_shard(directory, &all, positions, source)
}

/// The pack of some of a directory's entries (`shard`: their numbers, ascending),
/// with the directory's whole `skipped` list.
pub fn write_shard(
    directory: &Directory,
    shard: &[usize],
    positions: &[u32],
    source: SourceInfo,
) -> Vec<u8> {
    let entries: Vec<&Entry> = shard
        .iter()
        .filter_map(|&i| directory.entries.get(i))
        .collect();
    let positions: Vec<u32> = shard
        .iter()
        .filter_map(|&i| positions.get(i).copied())
        .collect();
    let index = SearchIndex::over(entries.iter().copied());
    let body = BodyRef {
        source,
        positions: &positions,
        entries,
        skipped: &directory.skipped,
        index: &index,
    };
    let mut out = Vec::with_capacity(64 + 512 * body.entries.len());
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&PACK_FORMAT.to_le_bytes());
    // Writing to a Vec cannot fail; every type here serializes.
    if let Ok(bytes) = postcard::to_allocvec(&body) {
        out.extend_from_slice(&bytes);
    }
    out
}

/// Reads a pack, checking it as untrusted input.
pub fn read_pack(bytes: &[u8]) -> Result<Pack, PackError> {
    let rest = bytes.strip_prefix(MAGIC).ok_or(PackError::NotAPack)?;
    let (version, body) = rest.split_at_checked(2).ok_or(PackError::NotAPack)?;
    let version = u16::from_le_bytes([version[0], version[1]]);
    if version != PACK_FORMAT {
        return Err(PackError::Version(version));
    }
    let damaged = |why: String| PackError::Damaged(why);
    let (body, rest): (Body, &[u8]) = postcard::take_from_bytes(body).map_err(|e| {
        damaged(match e {
            // Raised by a check inside an entry; postcard keeps no message.
            postcard::Error::SerdeDeCustom => {
                "a link, schedule, date, time or place fails its check".into()
            }
            e => e.to_string(),
        })
    })?;
    if !rest.is_empty() {
        return Err(damaged(format!("{} bytes after the end", rest.len())));
    }
    if body.positions.len() != body.entries.len() {
        return Err(damaged(format!(
            "{} positions for {} entries",
            body.positions.len(),
            body.entries.len()
        )));
    }
    if body.positions.windows(2).any(|w| w[0] >= w[1]) {
        return Err(damaged("the positions are not in file order".into()));
    }
    if body.index.entries() != body.entries.len() as u64 {
        return Err(damaged(format!(
            "an index of {} entries for {} entries",
            body.index.entries(),
            body.entries.len()
        )));
    }
    let index = body.index.check().map_err(damaged)?;
    let mut ids = HashSet::with_capacity(body.entries.len());
    for entry in &body.entries {
        check_entry(entry).map_err(damaged)?;
        if !ids.insert(entry.id.as_str()) {
            return Err(damaged(format!(
                "the id {} occurs twice",
                quoted(&entry.id)
            )));
        }
    }
    Ok(Pack {
        entries: body.entries,
        positions: body.positions,
        skipped: body.skipped,
        index,
        source: body.source,
    })
}

/// What the parser guarantees of every entry it returns and the field types cannot
/// say themselves.
fn check_entry(entry: &Entry) -> Result<(), String> {
    let entry_named = || quoted(&entry.id);
    if entry.id.trim().is_empty() || entry.name.trim().is_empty() {
        return Err(format!("entry {} has an empty id or name", entry_named()));
    }
    if matches!(entry.status, Status::Inactive | Status::Defunct) {
        return Err(format!("entry {} is not active", entry_named()));
    }
    if entry.ages.is_some_and(|(min, max)| min > max) {
        return Err(format!(
            "entry {} has its ages the wrong way round",
            entry_named()
        ));
    }
    if texts(entry).any(super::text::has_hidden) {
        return Err(format!(
            "entry {} has hidden characters in a text",
            entry_named()
        ));
    }
    let langs: Vec<Lang> = entry.translations.iter().map(|(l, _)| *l).collect();
    if langs.contains(&Lang::Nl) || langs.windows(2).any(|w| w[0] >= w[1]) {
        return Err(format!(
            "entry {} has Dutch, a language twice or out of order among its translations",
            entry_named()
        ));
    }
    let translated = entry.translations.iter().map(|(_, t)| t);
    if translated.clone().any(|t| {
        (t.name.is_none() && t.description.is_none())
            || [&t.name, &t.description]
                .into_iter()
                .flatten()
                .any(|text| text.trim().is_empty())
    }) {
        return Err(format!(
            "entry {} has a translation without text",
            entry_named()
        ));
    }
    if let Some(floor) = entry.location.as_ref().and_then(|l| l.floor) {
        if !super::FLOORS.contains(&floor) {
            return Err(format!(
                "entry {} is on floor {floor}, not from -2 to 50",
                entry_named()
            ));
        }
    }
    Ok(())
}

/// Every text of an entry, which the parser has cleaned (`directory::text`).
fn texts(entry: &Entry) -> impl Iterator<Item = &str> {
    let optional = [
        &entry.organisation,
        &entry.municipality,
        &entry.audience,
        &entry.cost,
        &entry.how_to_join,
        &entry.when,
        &entry.contact_person,
    ];
    let location = entry.location.iter().flat_map(|l| {
        [Some(&l.street), Some(&l.postcode), Some(&l.city)]
            .into_iter()
            .flatten()
            .map(String::as_str)
            .chain(
                [&l.name, &l.accessibility, &l.getting_there]
                    .into_iter()
                    .filter_map(|t| t.as_deref()),
            )
    });
    [&entry.id, &entry.name, &entry.description]
        .into_iter()
        .map(String::as_str)
        .chain(optional.into_iter().filter_map(|t| t.as_deref()))
        .chain(entry.languages.iter().map(String::as_str))
        .chain(
            entry
                .schedules
                .iter()
                .filter_map(|s| s.description.as_deref()),
        )
        .chain(location)
        .chain(entry.translations.iter().flat_map(|(_, t)| {
            [&t.name, &t.description]
                .into_iter()
                .filter_map(|text| text.as_deref())
        }))
}

/// The shards the staff tool writes, as entry numbers in directory order: "alle"
/// (every entry), "landelijk" (entries without a municipality: national contacts)
/// and one per municipality id that occurs, in alphabetical order.
pub fn shards(directory: &Directory) -> Vec<(String, Vec<usize>)> {
    let mut national = Vec::new();
    let mut local: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (i, entry) in directory.entries.iter().enumerate() {
        match &entry.municipality {
            None => national.push(i),
            Some(m) => local.entry(m).or_default().push(i),
        }
    }
    let mut out = vec![
        ("alle".to_owned(), (0..directory.entries.len()).collect()),
        ("landelijk".to_owned(), national),
    ];
    out.extend(local.into_iter().map(|(m, list)| (m.to_owned(), list)));
    out
}

/// One pack of the shards a municipality's app loads (its own and "landelijk"): the
/// entries in file order, by position, with one index over all of them that finds
/// exactly what `SearchIndex::new` over the joined entries would. An entry in two of
/// the packs (the same position) is kept once. The `source` is the first pack's: the
/// caller checks that all packs have the same one before joining.
pub fn join(packs: Vec<Pack>) -> Pack {
    let source = packs.first().map(|p| p.source).unwrap_or_default();
    // Merge by position: each pack's positions ascend, so take the smallest head.
    let mut heads: Vec<usize> = vec![0; packs.len()];
    let mut order: Vec<(usize, usize)> = Vec::new();
    let mut positions: Vec<u32> = Vec::new();
    let mut maps: Vec<Vec<Option<u32>>> =
        packs.iter().map(|p| vec![None; p.entries.len()]).collect();
    loop {
        let next = (0..packs.len())
            .filter_map(|k| packs[k].positions.get(heads[k]).map(|&pos| (pos, k)))
            .min();
        let Some((position, k)) = next else { break };
        if positions.last() != Some(&position) {
            if let Some(slot) = maps[k].get_mut(heads[k]) {
                *slot = Some(order.len() as u32);
                order.push((k, heads[k]));
                positions.push(position);
            }
        }
        heads[k] += 1;
    }
    let parts: Vec<(&SearchIndex, Vec<Option<u32>>)> =
        packs.iter().map(|p| &p.index).zip(maps).collect();
    let index = crate::search::join(&parts, order.len());
    drop(parts);
    let mut skipped: Vec<Skipped> = Vec::new();
    let mut slots: Vec<Vec<Option<Entry>>> = Vec::with_capacity(packs.len());
    for pack in packs {
        skipped.extend(pack.skipped);
        slots.push(pack.entries.into_iter().map(Some).collect());
    }
    skipped.sort_by_key(|s| s.index);
    skipped.dedup_by_key(|s| s.index);
    let entries = order
        .into_iter()
        .filter_map(|(k, i)| slots[k].get_mut(i)?.take())
        .collect();
    Pack {
        entries,
        positions,
        skipped,
        index,
        source,
    }
}

#[cfg(test)]
mod tests;
