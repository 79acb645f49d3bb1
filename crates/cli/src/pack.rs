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
use samenwijzer_core::directory::{parse_directory_with_positions, Skipped};
use samenwijzer_core::municipality::valid_id;
use samenwijzer_core::Lang;

/// One pack to write.
#[derive(Debug)]
pub struct Shard {
    /// "alle.bin", "landelijk.bin", "velsen.bin".
    pub file: String,
    pub entries: usize,
    pub bytes: Vec<u8>,
}

/// The packs of a usable file.
#[derive(Debug)]
pub struct Packed {
    pub shards: Vec<Shard>,
    /// Items the app cannot show either; they are in no pack.
    pub skipped: Vec<Skipped>,
    pub entries: usize,
    pub municipalities: usize,
}

impl Packed {
    pub fn has_errors(&self) -> bool {
        !self.skipped.is_empty()
    }
}

/// The packs of `text`, or why there are none (the file is unusable, has no usable
/// items, or names a municipality that cannot be a file name).
pub fn pack(text: &str, lang: Lang) -> Result<Packed, String> {
    let (directory, positions) = parse_directory_with_positions(text).map_err(|e| match lang {
        Lang::Nl => format!("het bestand is niet te gebruiken: {e}"),
        Lang::En => format!("the file cannot be used: {e}"),
    })?;
    if directory.entries.is_empty() {
        return Err(match lang {
            Lang::Nl => "het bestand heeft geen bruikbare items".to_owned(),
            Lang::En => "the file has no usable items".to_owned(),
        });
    }
    let shards = shards(&directory);
    let bad: Vec<String> = shards[2..]
        .iter()
        .filter(|(name, _)| {
            valid_id(name).is_none() || name == "alle" || name == "landelijk"
        })
        .map(|(name, list)| match lang {
            Lang::Nl => format!(
                "gemeente {name:?} (in {} items) kan geen bestandsnaam zijn: gebruik 2 tot 40 kleine letters, cijfers en -, en niet \"alle\" of \"landelijk\"",
                list.len()
            ),
            Lang::En => format!(
                "municipality {name:?} (in {} items) cannot be a file name: use 2 to 40 lower-case letters, digits and -, and not \"alle\" or \"landelijk\"",
                list.len()
            ),
        })
        .collect();
    if !bad.is_empty() {
        return Err(bad.join("\n"));
    }
    let source = SourceInfo::of(text.as_bytes());
    let municipalities = shards.len() - 2;
    let shards = shards
        .into_iter()
        .map(|(name, list)| Shard {
            file: format!("{name}.bin"),
            entries: list.len(),
            bytes: write_shard(&directory, &list, &positions, source),
        })
        .collect();
    Ok(Packed {
        shards,
        entries: directory.entries.len(),
        municipalities,
        skipped: directory.skipped,
    })
}

/// One line per pack, the items left out, and a summary.
pub fn report(packed: &Packed, file: &str, dir: &str, lang: Lang) -> String {
    let mut out = String::new();
    let width = packed
        .shards
        .iter()
        .map(|s| s.file.len())
        .max()
        .unwrap_or(0);
    for shard in &packed.shards {
        // "items" and "bytes" are the same words in Dutch and English.
        let line = format!(
            "{:<width$}  {:>7} items  {:>10} bytes\n",
            shard.file,
            shard.entries,
            shard.bytes.len()
        );
        out.push_str(&line);
    }
    for skipped in &packed.skipped {
        let id = skipped
            .id
            .as_deref()
            .map(|id| format!(" ({id:?})"))
            .unwrap_or_default();
        let line = match lang {
            Lang::Nl => format!(
                "{file}: fout: entries[{}]{id} staat in geen pakket: {}\n",
                skipped.index, skipped.reason
            ),
            Lang::En => format!(
                "{file}: error: entries[{}]{id} is in no pack: {}\n",
                skipped.index, skipped.reason
            ),
        };
        out.push_str(&line);
    }
    let total: usize = packed.shards.iter().map(|s| s.bytes.len()).sum();
    let summary = match lang {
        Lang::Nl => format!(
            "{} pakketten in {dir} ({} items, {} gemeenten en landelijk; {total} bytes samen); {} items niet opgenomen{}\n",
            packed.shards.len(),
            packed.entries,
            packed.municipalities,
            packed.skipped.len(),
            if packed.has_errors() {
                format!(" — zie: samenwijzer-data check {file}")
            } else {
                String::new()
            }
        ),
        Lang::En => format!(
            "{} packs in {dir} ({} items, {} municipalities and national; {total} bytes in all); {} items left out{}\n",
            packed.shards.len(),
            packed.entries,
            packed.municipalities,
            packed.skipped.len(),
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
pub fn stale(name: &str, dir: &str, lang: Lang) -> String {
    match lang {
        Lang::Nl => format!(
            "waarschuwing: {dir}/{name} hoort bij geen gemeente in het bestand meer; verwijder het, anders laadt de app het oude pakket"
        ),
        Lang::En => format!(
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
        let packed = pack(&text, Lang::Nl).unwrap();
        let files: Vec<(&str, usize)> = packed
            .shards
            .iter()
            .map(|s| (s.file.as_str(), s.entries))
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
        let out = report(&packed, "x.json", "uit", Lang::Nl);
        assert!(
            out.contains("entries[3] (\"d\") staat in geen pakket"),
            "{out}"
        );
        assert!(
            out.contains("4 pakketten in uit (3 items, 2 gemeenten en landelijk;"),
            "{out}"
        );
        for shard in &packed.shards {
            let read = read_pack(&shard.bytes).unwrap();
            assert_eq!(read.entries.len(), shard.entries);
            assert_eq!(read.skipped.len(), 1);
        }
    }

    #[test]
    fn unusable_files_and_names_are_refused() {
        assert!(pack("{", Lang::Nl)
            .unwrap_err()
            .contains("niet te gebruiken"));
        assert!(pack(&file(""), Lang::En)
            .unwrap_err()
            .contains("no usable items"));
        for bad in ["../etc", "alle", "velsen noord", "x"] {
            let text = file(&format!(
                r#"{{"id": "a", "name": "A", "description": "", "municipality": "{bad}"}}"#
            ));
            let err = pack(&text, Lang::Nl).unwrap_err();
            assert!(err.contains("kan geen bestandsnaam zijn"), "{bad}: {err}");
        }
    }
}
