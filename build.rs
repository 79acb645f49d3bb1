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
    let mut checked = vec![true];
    for lang in &languages {
        match read_translation(&dir.join(format!("{lang}.po")), &source) {
            Ok((texts, fuzzy)) => {
                catalogues.push((lang.clone(), texts));
                checked.push(!fuzzy);
            }
            Err(mut more) => problems.append(&mut more),
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    let languages = describe_languages(&source, &catalogues, &checked)?;
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
    let main_keys = main_keys(&dir.join("../src"));
    let is_later: Vec<bool> = source.iter().map(|e| !main_keys.contains(&e.key)).collect();
    let mut files = Vec::new();
    for (lang, texts) in &catalogues {
        let mut names = Vec::new();
        for (part, wanted) in [("", false), (".later", true)] {
            let chosen: Vec<&str> = texts
                .iter()
                .zip(&is_later)
                .filter(|(_, l)| **l == wanted)
                .map(|(t, _)| t.as_str())
                .collect();
            let mut body = format!("{HEADER}{part} {keys_hash:016x} {}\n", chosen.len());
            body.push_str(&chosen.join(&SEPARATOR.to_string()));
            let name = format!("{lang}{part}-{:016x}.txt", fnv(body.as_bytes()));
            std::fs::write(out.join("i18n").join(&name), &body).map_err(|e| vec![e.to_string()])?;
            names.push(name);
        }
        files.push((lang.clone(), names.remove(0), names.remove(0)));
    }
    std::fs::write(
        out.join("keys.rs"),
        rust(&source, &is_later, keys_hash, &files, &languages),
    )
    .map_err(|e| vec![e.to_string()])
}

/// The keys only the parts use (`src/lazy.rs`): their texts go in a second file per
/// language that a part fetches with its module, so the first load carries only the
/// texts the main module shows. These are the keys the main module names: a key is the
/// parts' when every source file that names it is a part's (a page rendered by
/// `lazy_part!`, or a module that only such files import, `crate::components::x`,
/// `crate::x`; a map in `i18n/labels.rs` counts as its callers' files), or when no
/// file names it (a text for a feature still to come). A key the main module names, or
/// might, stays in the first file.
fn main_keys(src: &Path) -> BTreeSet<String> {
    println!("cargo:rerun-if-changed=src");
    let mut files: BTreeMap<String, String> = BTreeMap::new();
    read_sources(src, src, &mut files);
    let mut parts: BTreeSet<String> = BTreeSet::new();
    for (path, code) in &files {
        let dir = path.rsplit_once('/').map_or("", |(d, _)| d);
        for piece in code.split("lazy_part!(").skip(1) {
            let Some(module) = piece
                .split_once('<')
                .and_then(|(_, rest)| rest.split_once("::"))
                .map(|(m, _)| m.trim())
            else {
                continue;
            };
            for candidate in [
                format!("{dir}/{module}.rs"),
                format!("{dir}/{module}/mod.rs"),
            ] {
                if files.contains_key(&candidate) {
                    parts.insert(candidate);
                }
            }
        }
    }
    // Modules that only parts import are the parts' too (until nothing changes).
    loop {
        let before = parts.len();
        for path in files.keys() {
            let Some(import) = import_path(path) else {
                continue;
            };
            let importers: Vec<&String> = files
                .iter()
                .filter(|(p, code)| *p != path && names_module(code, &import))
                .map(|(p, _)| p)
                .collect();
            if !importers.is_empty() && importers.iter().all(|p| parts.contains(*p)) {
                parts.insert(path.clone());
            }
        }
        if parts.len() == before {
            break;
        }
    }
    let mut used_by_main = BTreeSet::new();
    for (path, code) in &files {
        if path == "i18n/labels.rs" {
            for function in code.split("pub fn ").skip(1) {
                let name = function.split('(').next().unwrap_or("").trim();
                let callers: Vec<&String> = files
                    .iter()
                    .filter(|(p, c)| *p != path && *p != "i18n/mod.rs" && calls(c, name))
                    .map(|(p, _)| p)
                    .collect();
                let theirs = !callers.is_empty() && callers.iter().all(|p| parts.contains(*p));
                if !theirs {
                    used_by_main.extend(keys_named(function));
                }
            }
            continue;
        }
        if !parts.contains(path) {
            used_by_main.extend(keys_named(code));
        }
    }
    used_by_main
}

fn read_sources(root: &Path, dir: &Path, files: &mut BTreeMap<String, String>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            read_sources(root, &path, files);
        } else if path.extension().is_some_and(|e| e == "rs") {
            if let (Ok(code), Ok(rel)) = (std::fs::read_to_string(&path), path.strip_prefix(root)) {
                // Tests (at the end of a file) show nothing to residents.
                let shipped = code.split("#[cfg(test)]").next().unwrap_or("").to_owned();
                files.insert(rel.to_string_lossy().replace('\\', "/"), shipped);
            }
        }
    }
}

/// How other files name a module: `crate::components::x` or `crate::x`.
fn import_path(path: &str) -> Option<String> {
    let module = path.strip_suffix(".rs")?;
    match module.split('/').collect::<Vec<_>>()[..] {
        ["components", name] if name != "mod" => Some(format!("crate::components::{name}")),
        [name] if !["main", "app", "lazy"].contains(&name) => Some(format!("crate::{name}")),
        _ => None,
    }
}

fn names_module(code: &str, import: &str) -> bool {
    code.match_indices(import).any(|(at, _)| {
        let next = code[at + import.len()..].chars().next();
        !next.is_some_and(|c| c.is_alphanumeric() || c == '_')
    })
}

fn calls(code: &str, function: &str) -> bool {
    code.match_indices(function).any(|(at, _)| {
        let before = code[..at].chars().next_back();
        let after = code[at + function.len()..].chars().next();
        !before.is_some_and(|c| c.is_alphanumeric() || c == '_')
            && !after.is_some_and(|c| c.is_alphanumeric() || c == '_')
    })
}

/// The `Key::Name`s a piece of code names.
fn keys_named(code: &str) -> Vec<String> {
    code.split("Key::")
        .skip(1)
        .map(|rest| {
            rest.chars()
                .take_while(|c| c.is_ascii_alphanumeric())
                .collect::<String>()
        })
        .filter(|k| k.starts_with(|c: char| c.is_ascii_uppercase()))
        .collect()
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

/// A language as the app lists it: its code, its own name (`LanguageName`), whether it
/// is written right to left (`TextDirection`), and whether a person checked every text
/// (no entry marked fuzzy).
struct Language {
    code: String,
    name: String,
    rtl: bool,
    checked: bool,
}

fn describe_languages(
    source: &[Entry],
    catalogues: &[(String, Vec<String>)],
    checked: &[bool],
) -> Result<Vec<Language>, Vec<String>> {
    let at = |key: &str| source.iter().position(|e| e.key == key);
    let (Some(name), Some(direction)) = (at("LanguageName"), at("TextDirection")) else {
        return Err(vec![
            "i18n/samenwijzer.pot: LanguageName and TextDirection are needed (the language list)"
                .to_owned(),
        ]);
    };
    let mut problems = Vec::new();
    let mut languages = Vec::new();
    for ((code, texts), &checked) in catalogues.iter().zip(checked) {
        let rtl = match texts[direction].trim() {
            "ltr" => false,
            "rtl" => true,
            other => {
                problems.push(format!(
                    "i18n/{code}.po: TextDirection: write ltr or rtl, not {other:?}"
                ));
                false
            }
        };
        languages.push(Language {
            code: code.clone(),
            name: texts[name].clone(),
            rtl,
            checked,
        });
    }
    if problems.is_empty() {
        Ok(languages)
    } else {
        Err(problems)
    }
}

/// A language's texts in the template's order, and whether any is marked fuzzy.
fn read_translation(path: &Path, source: &[Entry]) -> Result<(Vec<String>, bool), Vec<String>> {
    let catalogue = parse(path)?;
    let name = path.display();
    let mut problems = Vec::new();
    let fuzzy = catalogue.messages().any(|m| m.is_fuzzy());
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
        Ok((texts, fuzzy))
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

fn rust(
    source: &[Entry],
    is_later: &[bool],
    keys_hash: u64,
    files: &[(String, String, String)],
    languages: &[Language],
) -> String {
    let mut code = String::from(
        "/// A text of the app, by its name in `i18n/samenwijzer.pot` (generated by build.rs).\n\
         #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]\n\
         pub enum Key {\n",
    );
    // The main module's keys first, then the parts': a key's text is then at
    // `key as usize` in the main file, or `key as usize - MAIN_TEXTS` in the later one.
    let ordered: Vec<&Entry> = [false, true]
        .into_iter()
        .flat_map(|later| {
            source
                .iter()
                .zip(is_later)
                .filter(move |(_, l)| **l == later)
                .map(|(e, _)| e)
        })
        .collect();
    let mut group = "";
    for entry in &ordered {
        if entry.group != group && !entry.group.is_empty() {
            let _ = writeln!(code, "    // {}", entry.group);
            group = &entry.group;
        }
        let _ = writeln!(code, "    {},", entry.key);
    }
    code.push_str("}\n\nimpl Key {\n    /// Every key (the tests walk them).\n    #[cfg_attr(not(test), allow(dead_code))]\n    pub const ALL: &'static [Key] = &[\n");
    for entry in &ordered {
        let _ = writeln!(code, "        Key::{},", entry.key);
    }
    let later = is_later.iter().filter(|l| **l).count();
    let _ = write!(
        code,
        "    ];\n}}\n\n\
         /// The number of texts in the main file and in the later file.\n\
         pub const MAIN_TEXTS: usize = {};\n\
         pub const LATER_TEXTS: usize = {later};\n",
        source.len() - later
    );
    let _ = write!(
        code,
        "\n\
         /// The first line of every catalogue file of this build (the later file's\n\
         /// with its own mark), with its number of texts.\n\
         pub const CATALOGUE_HEADER: &str = \"{HEADER} {keys_hash:016x} {}\";\n\
         pub const LATER_HEADER: &str = \"{HEADER}.later {keys_hash:016x} {later}\";\n\
         /// Separates the texts in a catalogue file.\n\
         pub const SEPARATOR: char = '\\u{{1e}}';\n\
         /// The catalogue files of each language (`pkg/i18n/…`): the texts the main\n\
         /// module shows, and those only the parts show.\n\
         pub const CATALOGUE_FILES: &[(&str, &str, &str)] = &[\n",
        source.len() - later
    );
    for (lang, file, later_file) in files {
        let _ = writeln!(code, "    ({lang:?}, {file:?}, {later_file:?}),");
    }
    code.push_str(
        "];\n\n\
         /// Every language in `Lang`'s order: its code, its own name, whether it is\n\
         /// written right to left, and whether a person checked every text.\n\
         pub const LANGUAGES: &[LanguageInfo] = &[\n",
    );
    for l in languages {
        let _ = writeln!(
            code,
            "    LanguageInfo {{ code: {:?}, name: {:?}, rtl: {}, checked: {} }},",
            l.code, l.name, l.rtl, l.checked
        );
    }
    code.push_str("];\n");
    code
}
