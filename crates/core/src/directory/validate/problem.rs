//! What the validator hands back: problems as data (a [`Kind`] with its values, a
//! severity and a place), and the report of a whole file. The words are made from the
//! kind when they are shown ([`Problem::message`]), in the language of the reader.

use super::code::Code;
use super::kind::Kind;
use crate::StaffLang;

/// How bad a problem is. Errors make the app skip an entry (or the whole file);
/// warnings are shown but the entry still works; info is only counted.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    Info,
    Warning,
    Error,
}

/// One problem and where it is.
#[derive(Clone, Debug, PartialEq)]
pub struct Problem {
    pub severity: Severity,
    pub kind: Kind,
    /// A JSON path such as `entries[3].schedules[0].byday` (empty: the whole file).
    pub path: String,
    /// Byte offset into the text, for tools that show the source.
    pub offset: usize,
    /// 1-based line.
    pub line: usize,
    /// 1-based column, in characters.
    pub column: usize,
}

impl Problem {
    /// The stable code (`SW013`), the same in every language.
    pub fn code(&self) -> Code {
        self.kind.code()
    }

    /// What is wrong, in plain words.
    pub fn message(&self, lang: StaffLang) -> String {
        self.kind.message(lang)
    }

    /// What was probably meant ("bedoelt u `location`?"), when there is a likely guess.
    pub fn help(&self, lang: StaffLang) -> Option<String> {
        self.kind.help(lang)
    }

    /// The message and its help on one line ("… — bedoelt u `location`?"), for
    /// places that show a problem as one line (the importers' notes).
    pub fn one_line(&self, lang: StaffLang) -> String {
        match self.help(lang) {
            Some(help) => format!("{} — {help}", self.message(lang)),
            None => self.message(lang),
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Report {
    /// In the order of the file.
    pub problems: Vec<Problem>,
    /// How many entries the file has (0 when it could not be read).
    pub entries: usize,
    /// How many of them are marked `"example": true`.
    pub examples: usize,
}

impl Report {
    pub fn count(&self, severity: Severity) -> usize {
        self.problems
            .iter()
            .filter(|p| p.severity == severity)
            .count()
    }

    pub fn has_errors(&self) -> bool {
        self.count(Severity::Error) > 0
    }
}
