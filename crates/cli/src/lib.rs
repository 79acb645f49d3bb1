//! `samenwijzer-data`: the tools for the staff who maintain Samenwijzer's directory.
//!
//! - [`args`]: the command line (one subcommand per tool, with its own options).
//! - [`check`]: every problem of a directory file, with the line and a caret.
//! - [`csv_import`]: a spreadsheet export (`;` or `,`, UTF-8 with or without BOM).
//! - [`hsds_import`]: an Open Referral HSDS 3.0 JSON export.
//! - [`pack`]: the directory as prebuilt packs for the app, one per municipality.
//! - [`report`]: "Aanbod in beeld", the counts and gaps of the offer (HTML, CSV, JSON).
//!
//! Every function here takes text (and today's date) and returns text or a report;
//! only `main.rs` touches files, the terminal, the clock and the exit code. Nothing
//! panics on bad input.

pub mod args;
pub mod check;
pub mod csv_import;
pub mod hsds_import;
pub mod out;
pub mod pack;
pub mod report;
pub mod words;

use samenwijzer_core::StaffLang;

/// How a message about an import is placed: a CSV line and column, or an HSDS path.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Note {
    pub error: bool,
    /// "regel 4, kolom dagen" or "services[2].schedules[0]".
    pub place: String,
    pub message: String,
}

impl Note {
    /// The note as one line, in the reader's language ("… : fout: …" / ": error: ").
    pub fn line(&self, lang: StaffLang) -> String {
        let level = match (self.error, lang) {
            (true, StaffLang::Nl) => "fout",
            (false, StaffLang::Nl) => "waarschuwing",
            (true, StaffLang::En) => "error",
            (false, StaffLang::En) => "warning",
        };
        if self.place.is_empty() {
            format!("{level}: {}", self.message)
        } else {
            format!("{}: {level}: {}", self.place, self.message)
        }
    }
}

impl std::fmt::Display for Note {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let level = if self.error { "fout" } else { "waarschuwing" };
        write!(f, "{}: {level}: {}", self.place, self.message)
    }
}

/// The result of an import: the directory file, and what was wrong on the way.
#[derive(Clone, Debug, Default)]
pub struct Imported {
    /// A directory file (schema_version 1) with every entry that could be converted.
    pub json: String,
    pub entries: usize,
    /// Rows or services that were left out.
    pub left_out: usize,
    pub notes: Vec<Note>,
}

impl Imported {
    pub fn has_errors(&self) -> bool {
        self.notes.iter().any(|n| n.error)
    }

    /// The last line of an import: how many were taken over and what was said.
    pub fn summary(&self, lang: StaffLang) -> String {
        let errors = self.notes.iter().filter(|n| n.error).count();
        let warnings = self.notes.len() - errors;
        let (entries, left_out) = (self.entries, self.left_out);
        words::pick(
            lang,
            format!("{entries} items overgenomen, {left_out} niet overgenomen; {errors} fouten, {warnings} waarschuwingen"),
            format!("{entries} items imported, {left_out} not imported; {errors} errors, {warnings} warnings"),
        )
    }

    /// An import that read nothing: one error at `place`, and an empty file.
    pub fn refused(place: String, message: String) -> Imported {
        Imported {
            json: out::render(std::iter::empty()),
            notes: vec![Note {
                error: true,
                place,
                message,
            }],
            ..Imported::default()
        }
    }
}
