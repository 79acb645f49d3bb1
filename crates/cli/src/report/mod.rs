//! `samenwijzer-data report`: "Aanbod in beeld", where the offer has gaps. The file is
//! read with the app's own parser, [`model`] counts and finds the gaps as data, and
//! [`html`], [`csv`] and [`json`] write that data as a page, a spreadsheet table or
//! JSON. Takes the file's text and returns the text to write; writing it is
//! `main.rs`'s job.

pub mod csv;
pub mod html;
pub mod json;
pub mod model;
pub mod words;

use samenwijzer_core::directory::parse_directory;
use samenwijzer_core::schedule::Date;
use samenwijzer_core::StaffLang;

/// What to write.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Format {
    /// One self-contained, accessible page.
    #[default]
    Html,
    /// One table in long format (see [`csv`]).
    Csv,
    Json,
}

impl Format {
    pub fn from_name(name: &str) -> Option<Format> {
        match name {
            "html" => Some(Format::Html),
            "csv" => Some(Format::Csv),
            "json" => Some(Format::Json),
            _ => None,
        }
    }
}

/// A report, and what the person should hear about it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Written {
    pub text: String,
    /// Entries with errors, which the app skips and the report does not count.
    pub skipped: usize,
    pub entries: usize,
    pub gaps: usize,
}

/// The report of the directory file `text` (named `file` on the page) on `today`, or
/// why there is none (the file as a whole cannot be used).
pub fn report(
    text: &str,
    file: &str,
    today: Date,
    lang: StaffLang,
    format: Format,
) -> Result<Written, String> {
    let directory = parse_directory(text).map_err(|e| match lang {
        StaffLang::Nl => format!("het bestand is niet te gebruiken: {e}"),
        StaffLang::En => format!("the file cannot be used: {e}"),
    })?;
    let coverage = model::coverage(&directory, today);
    let w = words::words(lang);
    let text = match format {
        Format::Html => html::page(&coverage, file, w),
        Format::Csv => csv::table(&coverage, w),
        Format::Json => json::document(&coverage),
    };
    Ok(Written {
        text,
        skipped: coverage.overview.skipped,
        entries: coverage.overview.entries,
        gaps: coverage.gaps.len(),
    })
}

/// The line for the terminal after writing the report to `out`.
pub fn summary(written: &Written, file: &str, out: &str, lang: StaffLang) -> String {
    let mut line = match lang {
        StaffLang::Nl => format!(
            "geschreven: {out} ({} items, {} gaten)",
            written.entries, written.gaps
        ),
        StaffLang::En => format!(
            "written: {out} ({} entries, {} gaps)",
            written.entries, written.gaps
        ),
    };
    if written.skipped > 0 {
        line.push_str(&match lang {
            StaffLang::Nl => format!(
                "; {} items met fouten niet meegeteld — zie: samenwijzer-data check {file}",
                written.skipped
            ),
            StaffLang::En => format!(
                "; {} entries with errors not counted — see: samenwijzer-data check {file}",
                written.skipped
            ),
        });
    }
    line.push('\n');
    line
}

#[cfg(test)]
mod tests;
