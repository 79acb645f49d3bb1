//! The texts of the app, from gettext catalogues in `i18n/` (see `i18n/README.md`):
//!
//! - `i18n/samenwijzer.pot` holds every text in Dutch, the source language: `msgctxt`
//!   is the text's key in the code (`Key::StartTitle`), `msgid` the Dutch text;
//! - `i18n/<lang>.po`, one per language in `i18n/LINGUAS`, holds its translations.
//!
//! This script checks them and fails the build on any problem (a missing or extra key,
//! an empty text, a placeholder such as `{n}` that differs from the Dutch, a translation
//! of a Dutch text that has since changed). It generates the `Key` enum and the list of
//! catalogue files (`$OUT_DIR/keys.rs`), and writes each language's texts as one small
//! file (`$OUT_DIR/i18n/<lang>-<hash>.txt`), which `scripts/build_wasm.py` ships and the
//! app fetches for the language in use only: a language costs only its own readers.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// The first line of a catalogue file, followed by the hash of the key list: a file
/// from another build is refused instead of being read with the wrong keys.
const HEADER: &str = "samenwijzer-catalogue-1";
/// Separates the texts in a catalogue file (ASCII record separator; refused in texts).
const SEPARATOR: char = '\u{1e}';

struct Entry {
    key: String,
    group: String,
    text: String,
}

fn main() {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap());
    let dir = root.join("i18n");
    println!("cargo:rerun-if-changed=i18n");
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap());
    match build(&dir, &out) {
        Ok(()) => {}
        Err(problems) => {
            for problem in &problems {
                println!("cargo:warning={problem}");
            }
            panic!(
                "the text catalogues in i18n/ have {} problem(s):\n{}",
                problems.len(),
                problems.join("\n")
            );
        }
    }
}

fn build(dir: &Path, out: &Path) -> Result<(), Vec<String>> {
    let source = read_template(&dir.join("samenwijzer.pot"))?;
    let languages = read_linguas(&dir.join("LINGUAS"))?;
    let mut catalogues = vec![(
        "nl".to_owned(),
        source.iter().map(|e| e.text.clone()).collect(),
    )];
    let mut problems = Vec::new();
    for lang in &languages {
        match read_translation(&dir.join(format!("{lang}.po")), &source) {
            Ok(texts) => catalogues.push((lang.clone(), texts)),
            Err(mut more) => problems.append(&mut more),
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    let keys_hash = fnv(source
        .iter()
        .map(|e| e.key.as_str())
        .collect::<Vec<_>>()
        .join(",")
        .as_bytes());
    // Only this build's catalogues: a file of an earlier build (another hash) would be
    // shipped beside them, and could be taken for the current one.
    let _ = std::fs::remove_dir_all(out.join("i18n"));
    std::fs::create_dir_all(out.join("i18n")).map_err(|e| vec![e.to_string()])?;
    let mut files = Vec::new();
    for (lang, texts) in &catalogues {
        let mut body = format!("{HEADER} {keys_hash:016x} {}\n", texts.len());
        body.push_str(&texts.join(&SEPARATOR.to_string()));
        let name = format!("{lang}-{:016x}.txt", fnv(body.as_bytes()));
        std::fs::write(out.join("i18n").join(&name), &body).map_err(|e| vec![e.to_string()])?;
        files.push((lang.clone(), name));
    }
    std::fs::write(out.join("keys.rs"), rust(&source, keys_hash, &files))
        .map_err(|e| vec![e.to_string()])
}

fn parse(path: &Path) -> Result<polib::catalog::Catalog, Vec<String>> {
    polib::po_file::parse(path).map_err(|e| vec![format!("{}: {e}", path.display())])
}

fn read_linguas(path: &Path) -> Result<Vec<String>, Vec<String>> {
    let text =
        std::fs::read_to_string(path).map_err(|e| vec![format!("{}: {e}", path.display())])?;
    Ok(text
        .lines()
        .map(|l| l.split('#').next().unwrap_or("").trim())
        .flat_map(|l| l.split_whitespace())
        .filter(|l| *l != "nl")
        .map(str::to_owned)
        .collect())
}

fn read_template(path: &Path) -> Result<Vec<Entry>, Vec<String>> {
    let catalogue = parse(path)?;
    let mut entries = Vec::new();
    let mut problems = Vec::new();
    let mut seen = BTreeSet::new();
    let name = path.display();
    for message in catalogue.messages() {
        let Some(key) = message.msgctxt().filter(|k| !k.is_empty()) else {
            problems.push(format!(
                "{name}: \"{}\" has no msgctxt (its key)",
                message.msgid()
            ));
            continue;
        };
        if !key.chars().all(|c| c.is_ascii_alphanumeric())
            || !key.starts_with(|c: char| c.is_ascii_uppercase())
        {
            problems.push(format!("{name}: {key}: a key is a name such as StartTitle"));
        }
        if !seen.insert(key.to_owned()) {
            problems.push(format!("{name}: {key}: appears twice"));
        }
        check_text(&format!("{name}: {key}"), message.msgid(), &mut problems);
        let group = message
            .extracted_comments()
            .lines()
            .next()
            .unwrap_or("")
            .to_owned();
        entries.push(Entry {
            key: key.to_owned(),
            group,
            text: message.msgid().to_owned(),
        });
    }
    if problems.is_empty() {
        Ok(entries)
    } else {
        Err(problems)
    }
}

fn read_translation(path: &Path, source: &[Entry]) -> Result<Vec<String>, Vec<String>> {
    let catalogue = parse(path)?;
    let name = path.display();
    let mut problems = Vec::new();
    let mut translated: BTreeMap<String, (String, String)> = BTreeMap::new();
    for message in catalogue.messages() {
        let Some(key) = message.msgctxt() else {
            problems.push(format!(
                "{name}: \"{}\" has no msgctxt (its key)",
                message.msgid()
            ));
            continue;
        };
        let text = message.msgstr().unwrap_or_default().to_owned();
        if translated
            .insert(key.to_owned(), (message.msgid().to_owned(), text))
            .is_some()
        {
            problems.push(format!("{name}: {key}: appears twice"));
        }
    }
    let mut texts = Vec::new();
    for entry in source {
        let at = format!("{name}: {}", entry.key);
        match translated.remove(&entry.key) {
            None => problems.push(format!("{at}: missing (run msgmerge with samenwijzer.pot)")),
            Some((dutch, text)) => {
                if dutch != entry.text {
                    problems.push(format!(
                        "{at}: the Dutch text changed since it was translated (run msgmerge, then check the translation)"
                    ));
                }
                if text.trim().is_empty() {
                    problems.push(format!("{at}: no translation"));
                }
                check_text(&at, &text, &mut problems);
                if placeholders(&text) != placeholders(&entry.text) {
                    problems.push(format!(
                        "{at}: placeholders {:?} differ from the Dutch {:?}",
                        placeholders(&text),
                        placeholders(&entry.text)
                    ));
                }
                texts.push(text);
            }
        }
    }
    for key in translated.keys() {
        problems.push(format!(
            "{name}: {key}: not in samenwijzer.pot (remove it, or run msgmerge)"
        ));
    }
    if problems.is_empty() {
        Ok(texts)
    } else {
        Err(problems)
    }
}

fn check_text(at: &str, text: &str, problems: &mut Vec<String>) {
    if text.trim().is_empty() {
        problems.push(format!("{at}: the text is empty"));
    }
    if text.chars().any(|c| c.is_control() && c != '\n') {
        problems.push(format!("{at}: the text holds a control character"));
    }
}

/// The `{name}` placeholders in a text.
fn placeholders(text: &str) -> BTreeSet<&str> {
    text.split('{')
        .skip(1)
        .filter_map(|rest| rest.split_once('}').map(|(name, _)| name))
        .collect()
}

/// FNV-1a, 64 bits: names a catalogue by its contents.
fn fnv(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, &b| {
        (hash ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

fn rust(source: &[Entry], keys_hash: u64, files: &[(String, String)]) -> String {
    let mut code = String::from(
        "/// A text of the app, by its name in `i18n/samenwijzer.pot` (generated by build.rs).\n\
         #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]\n\
         pub enum Key {\n",
    );
    let mut group = "";
    for entry in source {
        if entry.group != group && !entry.group.is_empty() {
            let _ = writeln!(code, "    // {}", entry.group);
            group = &entry.group;
        }
        let _ = writeln!(code, "    {},", entry.key);
    }
    code.push_str("}\n\nimpl Key {\n    /// Every key, in catalogue order.\n    pub const ALL: &'static [Key] = &[\n");
    for entry in source {
        let _ = writeln!(code, "        Key::{},", entry.key);
    }
    let _ = write!(
        code,
        "    ];\n}}\n\n\
         /// The first line of every catalogue file of this build.\n\
         pub const CATALOGUE_HEADER: &str = \"{HEADER} {keys_hash:016x} {}\";\n\
         /// Separates the texts in a catalogue file.\n\
         pub const SEPARATOR: char = '\\u{{1e}}';\n\
         /// The catalogue file of each language (`pkg/i18n/…`), by language code.\n\
         pub const CATALOGUE_FILES: &[(&str, &str)] = &[\n",
        source.len()
    );
    for (lang, file) in files {
        let _ = writeln!(code, "    ({lang:?}, {file:?}),");
    }
    code.push_str("];\n");
    code
}
