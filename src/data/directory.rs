//! Loading the directory: the prebuilt packs when they are there and belong to the
//! directory file on the server, otherwise the file itself.
//!
//! `samenwijzer-data pack` (run by `make build`) writes `data/pack/alle.bin` (every
//! entry), `landelijk.bin` (national entries) and one file per municipality, each with
//! the entries exactly as the app would read them from `data/directory.json` and their
//! search index: decoding a pack is several times faster than parsing the JSON and
//! building the index. A municipality's app fetches only its own packs and the
//! national one.
//!
//! Staff may replace `data/directory.json` after building without making new packs.
//! The app therefore asks the server about the file (`HEAD`) while it fetches the
//! packs, and reads the JSON instead when a pack is missing, damaged or of another
//! format, when the packs were made from a different file (its size), or when the file
//! is newer than the packs (`Last-Modified`), or is not on the server at all. Without
//! an answer (offline), the packs are used. When the page opened shows the directory,
//! boot.js asks that question as the page opens, while the app's modules are still on
//! their way, and the first load takes its answer (`head`): asked here, after
//! the directory's part, it was a round trip on the way to the list (160 ms on the
//! emulated low-end phone).

use std::ops::Deref;
use std::sync::OnceLock;

use samenwijzer_core::directory::pack::{join, read_pack, Pack};
use samenwijzer_core::directory::{parse_directory, Directory, DirectoryError};
use samenwijzer_core::municipality::DirectoryScope;
use samenwijzer_core::search::SearchIndex;

use super::{fetch, LoadError, DIRECTORY_URL};

/// Where the packs are (`samenwijzer-data pack … -o data/pack`).
const PACK_DIR: &str = "data/pack/";

/// The directory of this visit, with its search index.
pub struct Loaded {
    pub directory: Directory,
    /// Built on first use when the directory came from the JSON.
    index: OnceLock<SearchIndex>,
}

impl Deref for Loaded {
    type Target = Directory;

    fn deref(&self) -> &Directory {
        &self.directory
    }
}

impl Loaded {
    /// The search index over the entries (the pack's, or built once from them).
    pub fn index(&self) -> &SearchIndex {
        self.index.get_or_init(|| {
            crate::timing::measure("samenwijzer:index", || {
                SearchIndex::new(&self.directory.entries)
            })
        })
    }
}

/// The packs a visit needs: all entries, or the scope's municipalities and the
/// national entries.
fn pack_names(scope: Option<&DirectoryScope>) -> Vec<String> {
    match scope {
        None => vec!["alle".to_owned()],
        Some(scope) => {
            let mut names: Vec<String> = scope.municipalities.clone();
            if scope.national {
                names.push("landelijk".to_owned());
            }
            names
        }
    }
}

/// The packs' paths for this scope.
pub fn pack_paths(scope: Option<&DirectoryScope>) -> Vec<String> {
    pack_names(scope)
        .into_iter()
        .map(|name| format!("{PACK_DIR}{name}.bin"))
        .collect()
}

/// Where boot.js leaves its `HEAD` of the directory file: a promise of the response.
/// The same name is in static/boot.js.
const EARLY_HEAD: &str = "samenwijzerDirectoryHead";

/// The directory file's `HEAD`: boot.js's, once (a later load asks again), or a new one.
async fn head() -> fetch::Head {
    use wasm_bindgen::JsCast;
    let window = leptos::prelude::window();
    let key = wasm_bindgen::JsValue::from_str(EARLY_HEAD);
    let early = js_sys::Reflect::get(&window, &key)
        .ok()
        .and_then(|value| value.dyn_into::<js_sys::Promise>().ok());
    match early {
        Some(promise) => {
            let _ = js_sys::Reflect::delete_property(&window, &key);
            fetch::head_from(promise).await
        }
        None => fetch::head(DIRECTORY_URL).await,
    }
}

/// The directory for `scope` (`None`: every entry).
pub async fn load(scope: Option<DirectoryScope>) -> Result<Loaded, LoadError> {
    let file = head();
    let urls = pack_paths(scope.as_ref());
    let packs = futures::future::join_all(urls.iter().map(|url| fetch::bytes_with_date(url)));
    let (file, packs) = futures::join!(file, packs);
    match from_packs(packs, file) {
        Ok(loaded) => Ok(loaded),
        Err(why) => {
            leptos::logging::log!("Samenwijzer reads {DIRECTORY_URL}: {why}");
            from_json(scope).await
        }
    }
}

/// The packs, joined, if they are all there, readable, of one file, and that file is
/// the one on the server.
fn from_packs(
    packs: Vec<Result<fetch::Dated, LoadError>>,
    file: fetch::Head,
) -> Result<Loaded, String> {
    let measured = crate::timing::measure("samenwijzer:parse", || -> Result<_, String> {
        let mut read: Vec<Pack> = Vec::new();
        let mut oldest: Option<f64> = None;
        for pack in packs {
            let (bytes, modified) = pack.map_err(|e| format!("a pack is missing ({e})"))?;
            read.push(read_pack(&bytes).map_err(|e| e.to_string())?);
            oldest = match (oldest, modified) {
                (Some(a), Some(b)) => Some(a.min(b)),
                (a, b) => a.or(b),
            };
        }
        Ok((read, oldest))
    });
    let (read, packs_modified) = measured?;
    let source = read.first().map(|p| p.source).ok_or("no packs")?;
    if read.iter().any(|p| p.source != source) {
        return Err("the packs were made from different files".into());
    }
    match file {
        fetch::Head::Unknown => {}
        // The file is the source; without it the packs describe nothing on the server.
        fetch::Head::Missing => return Err("the file is not on the server".into()),
        fetch::Head::Present { bytes, modified } => {
            if bytes.is_some_and(|bytes| bytes != source.bytes) {
                return Err("the packs were made from another file".into());
            }
            if let (Some(file), Some(packs)) = (modified, packs_modified) {
                if file > packs {
                    return Err("the file is newer than the packs".into());
                }
            }
        }
    }
    let (directory, index) = join(read).into_parts();
    Ok(Loaded {
        directory,
        index: OnceLock::from(index),
    })
}

async fn from_json(scope: Option<DirectoryScope>) -> Result<Loaded, LoadError> {
    let text = fetch::text(DIRECTORY_URL).await?;
    let directory = read_json(text)
        .await
        .map_err(|_| LoadError::Network("the part that reads the file could not be loaded".into()))?
        .map_err(LoadError::Invalid)?;
    let directory = match scope {
        Some(scope) => Directory {
            entries: directory
                .entries
                .into_iter()
                .filter(|e| scope.admits(e))
                .collect(),
            skipped: directory.skipped,
        },
        None => directory,
    };
    Ok(Loaded {
        directory,
        index: OnceLock::new(),
    })
}

/// Parses `data/directory.json`. Only needed when the packs cannot be used, so the JSON
/// reader is a part of its own (`json`, see `lazy.rs`).
#[leptos::wasm_split::wasm_split(json, fallible, wasm_split_path = ::leptos::wasm_split)]
fn read_json(text: String) -> Result<Result<Directory, DirectoryError>, crate::lazy::PartFailed> {
    Ok(crate::timing::measure("samenwijzer:parse", || {
        parse_directory(&text)
    }))
}
