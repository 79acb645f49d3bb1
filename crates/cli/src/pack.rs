//! `samenwijzer-data pack`: the directory file as prebuilt packs for the app
//! (`samenwijzer_core::directory::pack`): `alle.bin` (every item), `landelijk.bin`
//! (items without a municipality) and `<gemeente>.bin` per municipality. The file is
//! read with the same `parse_directory` the app uses, so a pack holds exactly what
//! the app would show from the JSON; the app reads its municipality's pack and the
//! national one instead of the whole JSON, and falls back to the JSON when a pack is
//! missing or older.
//!
//! Takes the file's bytes and returns the packs' bytes and the text to print; writing
//! them is `main.rs`'s job.

use samenwijzer_core::directory::pack::{shards, write_shard, SourceInfo};
use samenwijzer_core::directory::{parse_directory_with_positions, Directory, Skipped};
use samenwijzer_core::municipality::valid_id;
use samenwijzer_core::StaffLang;

/// The packs of a usable file, made one at a time ([`Packed::bytes`]) so that only
/// one is in memory while it is written.
pub struct Packed {
    directory: Directory,
    positions: Vec<u32>,
    source: SourceInfo,
    /// Per pack its file name ("alle.bin", "landelijk.bin", "velsen.bin") and entries.
    shards: Vec<(String, Vec<usize>)>,
}

impl Packed {
    /// The file names of the packs, in the order they are written.
    pub fn files(&self) -> impl Iterator<Item = &str> {
        self.shards.iter().map(|(file, _)| file.as_str())
    }

    /// The bytes of the `i`th pack (empty when there is no such pack).
    pub fn bytes(&self, i: usize) -> Vec<u8> {
        self.shards.get(i).map_or_else(Vec::new, |(_, list)| {
            write_shard(&self.directory, list, &self.positions, self.source)
        })
    }

    /// Items the app cannot show either; they are in no pack.
    pub fn skipped(&self) -> &[Skipped] {
        &self.directory.skipped
    }

    pub fn has_errors(&self) -> bool {
        !self.directory.skipped.is_empty()
    }
}

/// The packs of `text`, or why there are none (the file is unusable, has no usable
/// items, or names a municipality that cannot be a file name).
pub fn pack(text: &str, lang: StaffLang) -> Result<Packed, String> {
    let (directory, positions) = parse_directory_with_positions(text).map_err(|e| match lang {
        StaffLang::Nl => format!("het bestand is niet te gebruiken: {e}"),
        StaffLang::En => format!("the file cannot be used: {e}"),
    })?;
    if directory.entries.is_empty() {
        return Err(match lang {
            StaffLang::Nl => "het bestand heeft geen bruikbare items".to_owned(),
            StaffLang::En => "the file has no usable items".to_owned(),
        });
    }
    let shards = shards(&directory);
    let bad: Vec<String> = shards[2..]
        .iter()
        .filter(|(name, _)| valid_id(name).is_none() || name == "alle" || name == "landelijk")
        .map(|(name, list)| match lang {
            StaffLang::Nl => format!(
                "gemeente {name:?} (in {} items) kan geen bestandsnaam zijn: gebruik 2 tot 40 kleine letters, cijfers en -, en niet \"alle\" of \"landelijk\"",
                list.len()
            ),
            StaffLang::En => format!(
                "municipality {name:?} (in {} items) cannot be a file name: use 2 to 40 lower-case letters, digits and -, and not \"alle\" or \"landelijk\"",
                list.len()
            ),
        })
        .collect();
    if !bad.is_empty() {
        return Err(bad.join("\n"));
    }
    Ok(Packed {
        source: SourceInfo::of(text.as_bytes()),
        shards: shards
            .into_iter()
            .map(|(name, list)| (format!("{name}.bin"), list))
            .collect(),
        directory,
        positions,
    })
}

/// One line per pack (`sizes`: the bytes of each, as written), the items left out,
/// and a summary.
pub fn report(packed: &Packed, sizes: &[usize], file: &str, dir: &str, lang: StaffLang) -> String {
    let mut out = String::new();
    let width = packed.files().map(str::len).max().unwrap_or(0);
    for ((name, list), size) in packed.shards.iter().zip(sizes) {
        // "items" and "bytes" are the same words in Dutch and English.
        out.push_str(&format!(
            "{name:<width$}  {:>7} items  {size:>10} bytes\n",
            list.len()
        ));
    }
    for skipped in packed.skipped() {
        let id = skipped
            .id
            .as_deref()
            .map(|id| format!(" ({id:?})"))
            .unwrap_or_default();
        let line = match lang {
            StaffLang::Nl => format!(
                "{file}: fout: entries[{}]{id} staat in geen pakket: {}\n",
                skipped.index, skipped.reason
            ),
            StaffLang::En => format!(
                "{file}: error: entries[{}]{id} is in no pack: {}\n",
                skipped.index, skipped.reason
            ),
        };
        out.push_str(&line);
    }
    let total: usize = sizes.iter().sum();
    let (entries, municipalities) = (packed.directory.entries.len(), packed.shards.len() - 2);
    let left_out = packed.skipped().len();
    let summary = match lang {
        StaffLang::Nl => format!(
            "{} pakketten in {dir} ({entries} items, {municipalities} gemeenten en landelijk; {total} bytes samen); {left_out} items niet opgenomen{}\n",
            packed.shards.len(),
            if packed.has_errors() {
                format!(" — zie: samenwijzer-data check {file}")
            } else {
                String::new()
            }
        ),
        StaffLang::En => format!(
            "{} packs in {dir} ({entries} items, {municipalities} municipalities and national; {total} bytes in all); {left_out} items left out{}\n",
            packed.shards.len(),
            if packed.has_errors() {
                format!(" — see: samenwijzer-data check {file}")
            } else {
                String::new()
            }
        ),
    };
    out.push_str(&summary);
    out
}

/// A `.bin` file in the output folder that this run did not write.
pub fn stale(name: &str, dir: &str, lang: StaffLang) -> String {
    match lang {
        StaffLang::Nl => format!(
            "waarschuwing: {dir}/{name} hoort bij geen gemeente in het bestand meer; verwijder het, anders laadt de app het oude pakket"
        ),
        StaffLang::En => format!(
            "warning: {dir}/{name} belongs to no municipality in the file any more; delete it, or the app loads the old pack"
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use samenwijzer_core::directory::pack::read_pack;

    fn file(entries: &str) -> String {
        format!(r#"{{"schema_version": 1, "entries": [{entries}]}}"#)
    }

    #[test]
    fn one_pack_per_municipality_and_two_more() {
        let text = file(
            r#"{"id": "a", "name": "A", "description": "", "municipality": "velsen"},
               {"id": "b", "name": "B", "description": ""},
               {"id": "c", "name": "C", "description": "", "municipality": "heemskerk"},
               {"id": "d", "name": "D"}"#,
        );
        let packed = pack(&text, StaffLang::Nl).unwrap();
        let files: Vec<(&str, usize)> = packed
            .shards
            .iter()
            .map(|(file, list)| (file.as_str(), list.len()))
            .collect();
        assert_eq!(
            files,
            [
                ("alle.bin", 3),
                ("landelijk.bin", 1),
                ("heemskerk.bin", 1),
                ("velsen.bin", 1)
            ]
        );
        assert!(packed.has_errors());
        let sizes: Vec<usize> = (0..4).map(|i| packed.bytes(i).len()).collect();
        let out = report(&packed, &sizes, "x.json", "uit", StaffLang::Nl);
        assert!(
            out.contains("entries[3] (\"d\") staat in geen pakket"),
            "{out}"
        );
        let summary = format!(
            "4 pakketten in uit (3 items, 2 gemeenten en landelijk; {} bytes samen)",
            sizes.iter().sum::<usize>()
        );
        assert!(out.contains(&summary), "{out}");
        let line = format!("velsen.bin           1 items  {:>10} bytes", sizes[3]);
        assert!(out.contains(&line), "{out}");
        for (i, (_, list)) in packed.shards.iter().enumerate() {
            let read = read_pack(&packed.bytes(i)).unwrap();
            assert_eq!(read.entries.len(), list.len());
            assert_eq!(read.skipped.len(), 1);
        }
        assert!(packed.bytes(4).is_empty());
    }

    #[test]
    fn unusable_files_and_names_are_refused() {
        assert!(pack("{", StaffLang::Nl)
            .err()
            .unwrap()
            .contains("niet te gebruiken"));
        assert!(pack(&file(""), StaffLang::En)
            .err()
            .unwrap()
            .contains("no usable items"));
        for bad in ["../etc", "alle", "velsen noord", "x"] {
            let text = file(&format!(
                r#"{{"id": "a", "name": "A", "description": "", "municipality": "{bad}"}}"#
            ));
            let err = pack(&text, StaffLang::Nl).err().unwrap();
            assert!(err.contains("kan geen bestandsnaam zijn"), "{bad}: {err}");
        }
    }
}
