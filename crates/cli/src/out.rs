//! The directory file the importers write: the core's own file format
//! ([`RawEntry`], the type the app's parser reads), so every field of `schema_version`
//! 1 is written in the order staff read them, absent fields left out. After writing,
//! the importers run the validator over the result and leave out entries that still
//! have errors, so that what they write always passes `check`.

use samenwijzer_core::directory::validate::{is_within, validate, Problem, Severity};
use samenwijzer_core::directory::RawEntry;
use samenwijzer_core::schedule::Date;
use samenwijzer_core::Lang;
use serde::Serialize;

/// A text cell or field: trimmed, `None` when empty.
pub fn text(s: &str) -> Option<String> {
    let s = s.trim();
    (!s.is_empty()).then(|| s.to_owned())
}

/// A stable id from a name: lower case, ASCII letters and digits, dashes between words.
pub fn slug(name: &str) -> String {
    let mut out = String::new();
    for c in name.to_lowercase().chars() {
        let c = match c {
            'à' | 'á' | 'â' | 'ä' => 'a',
            'è' | 'é' | 'ê' | 'ë' => 'e',
            'ì' | 'í' | 'î' | 'ï' => 'i',
            'ò' | 'ó' | 'ô' | 'ö' => 'o',
            'ù' | 'ú' | 'û' | 'ü' => 'u',
            c => c,
        };
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    let out = out.trim_end_matches('-').to_owned();
    if out.is_empty() {
        "item".into()
    } else {
        out
    }
}

/// What became of one converted entry: its place in the source, for messages.
pub struct Source {
    pub place: String,
    /// Turns a JSON field path inside the entry (`location.postcode`) into a column
    /// or field name of the source, for messages.
    pub field: Box<dyn Fn(&str) -> String>,
}

/// Writes the entries as a directory file, checks it with the validator, and leaves
/// out entries that still have errors (each reported at its source). Returns the
/// file, the number of entries written and the notes.
pub fn write(entries: Vec<(RawEntry, Source)>, today: Date) -> (String, usize, Vec<crate::Note>) {
    let mut notes = Vec::new();
    let file = render(entries.iter().map(|(e, _)| e));
    let report = validate(&file, today);
    let mut keep = Vec::new();
    for (i, (entry, source)) in entries.into_iter().enumerate() {
        let path = format!("entries[{i}]");
        let mine: Vec<&Problem> = report
            .problems
            .iter()
            .filter(|p| is_within(&p.path, &path) && p.severity != Severity::Info)
            .collect();
        let bad = mine.iter().any(|p| p.severity == Severity::Error);
        for p in mine {
            let inner = p.path[path.len()..].trim_start_matches('.');
            let place = if inner.is_empty() {
                source.place.clone()
            } else {
                format!("{}, {}", source.place, (source.field)(inner))
            };
            let mut message = p.one_line(Lang::Nl);
            if p.severity == Severity::Error {
                message.push_str(" (niet overgenomen)");
            }
            notes.push(crate::Note {
                error: p.severity == Severity::Error,
                place,
                message,
            });
        }
        if !bad {
            keep.push(entry);
        }
    }
    (render(keep.iter()), keep.len(), notes)
}

#[derive(Serialize)]
struct File<'e> {
    #[serde(rename = "$schema")]
    schema: &'static str,
    schema_version: u64,
    entries: Vec<&'e RawEntry>,
}

/// The directory file for these entries.
pub fn render<'e>(entries: impl Iterator<Item = &'e RawEntry>) -> String {
    let file = File {
        schema: "./directory.schema.json",
        schema_version: samenwijzer_core::directory::SCHEMA_VERSION,
        entries: entries.collect(),
    };
    let mut text = serde_json::to_string_pretty(&file).unwrap_or_default();
    text.push('\n');
    text
}
