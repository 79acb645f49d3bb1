//! The staff's check of a directory file: every problem at once, each with its place
//! (line, column and JSON path), a stable code (`SW013`, see `code.rs` and
//! `docs/directory-format.md`) and plain words (Dutch B1, or English).
//!
//! The app's parser ([`parse_directory`](super::parse_directory)) skips a bad entry
//! with one reason; this module explains *all* problems, so that staff can fix a file
//! in one go. It reuses the parser's own checks: schedules go through
//! [`Schedule::from_raw`](crate::schedule::Schedule::from_raw), links through
//! [`SafeLink`](crate::link::SafeLink), postcodes and municipalities through
//! [`crate::place`]. As a safety net, an entry the parser would skip but for which no
//! error was found here is reported with the parser's own reason (tests make sure
//! that never happens).
//!
//! A problem is data: a [`Kind`] with the values its message needs, a [`Severity`]
//! and a place. Words are made only when it is shown ([`Kind::message`],
//! [`Kind::help`]), from the wording beside each check.
//!
//! The files: the types (`problem.rs`, `kind.rs`, `code.rs`), the walk over a file
//! (`file.rs`, `entry.rs`) and one check per file or close group (`syntax.rs`,
//! `duplicates.rs`, `types.rs`, `unknown_field.rs`, `needs.rs`, `choices.rs`,
//! `municipality.rs`, `schedule.rs` with `schedule_repair.rs`, `location.rs`,
//! `contact.rs`, `translations.rs`, `freshness.rs`, `safety_net.rs`), each with its words; `words.rs`
//! picks them. Helpers: `closest.rs` (edit distance), `fields.rs` (the field names),
//! `position.rs` (line and column); other names for fields are in
//! [`super::names`], with the spreadsheet's columns.

mod choices;
mod closest;
mod code;
mod contact;
mod duplicates;
mod entry;
mod fields;
mod file;
mod freshness;
mod kind;
mod location;
mod municipality;
mod needs;
mod position;
mod problem;
mod safety_net;
mod schedule;
mod schedule_repair;
mod syntax;
mod translations;
mod types;
mod unknown_field;
mod words;

pub use closest::{closest, edit_distance};
pub use code::Code;
pub use fields::{FIELDS, MOMENTS, STATUSES};
pub use kind::{Expected, Kind};
pub use position::line_column;
pub use problem::{Problem, Report, Severity};

use super::spans::{key_of, value_of, Spans};
use crate::schedule::Date;

/// Checks a directory file and names every problem.
pub fn validate(text: &str, today: Date) -> Report {
    // The app reads a file that starts with a byte order mark; so does the check,
    // with a warning, and with every place counted in the file as written.
    let (text, mark) = match text.strip_prefix('\u{feff}') {
        Some(rest) => (rest, '\u{feff}'.len_utf8()),
        None => (text, 0),
    };
    let mut v = Validator {
        text,
        today,
        top: Spans::default(),
        spans: Spans::default(),
        problems: Vec::new(),
        error_count: 0,
    };
    if mark > 0 {
        v.report(Severity::Warning, "", 0, Kind::ByteOrderMark);
    }
    let (entries, examples) = v.file();
    let mut problems = v.problems;
    // Stable: problems at one place stay in the order they were found.
    problems.sort_by_key(|p| p.offset);
    position::place(text, &mut problems);
    for p in &mut problems {
        p.offset += mark;
    }
    Report {
        problems,
        entries,
        examples,
    }
}

/// True when `path` is `parent` or inside it.
pub fn is_within(path: &str, parent: &str) -> bool {
    path.strip_prefix(parent)
        .is_some_and(|rest| rest.is_empty() || rest.starts_with(['.', '[']))
}

/// The state of one run: the text, where its values are, and what was found so far.
/// Each check is an `impl Validator` in its own file.
struct Validator<'a> {
    text: &'a str,
    today: Date,
    /// Where the values of the file's top level are (not those inside its entries).
    top: Spans,
    /// Where the values of the entry being checked are (see `file.rs`).
    spans: Spans,
    /// Each with its offset; its line and column are counted at the end, in one walk
    /// over the text (`position::place`).
    problems: Vec<Problem>,
    /// The errors in `problems`, counted as they are reported.
    error_count: usize,
}

impl Validator<'_> {
    /// A problem at a byte offset.
    fn report(&mut self, severity: Severity, path: &str, offset: usize, kind: Kind) {
        let offset = position::floor_char_boundary(self.text, offset);
        if severity == Severity::Error {
            self.error_count += 1;
        }
        self.problems.push(Problem {
            severity,
            kind,
            path: path.to_owned(),
            offset,
            line: 0,
            column: 0,
        });
    }

    /// A problem with the value at `path`.
    fn at(&mut self, severity: Severity, path: &str, kind: Kind) {
        let offset = value_of(&[&self.spans, &self.top], path);
        self.report(severity, path, offset, kind);
    }

    /// Where the key of the member at `path` starts.
    fn key_offset(&self, path: &str) -> usize {
        key_of(&[&self.spans, &self.top], path)
    }

    fn error(&mut self, path: &str, kind: Kind) {
        self.at(Severity::Error, path, kind);
    }

    fn warn(&mut self, path: &str, kind: Kind) {
        self.at(Severity::Warning, path, kind);
    }

    /// How many errors were found so far.
    fn errors(&self) -> usize {
        self.error_count
    }
}

#[cfg(test)]
mod tests;
