//! `samenwijzer-data check`: every problem of a directory file, one per paragraph:
//!
//! ```text
//! data/directory.json:12:5: fout[SW013]: onbekend veld `adress` (entries[3].adress)
//!    |
//! 12 |     "adress": "Dorpsstraat 1",
//!    |     ^^^^^^^^
//!    |
//!    = help: bedoelt u `location`?
//! ```
//!
//! The first line has the `file:line:col:` shape editors and CI logs link to, and the
//! problem's stable code (`docs/directory-format.md` lists them); the source line with
//! a caret, and the likely correction, come from `annotate-snippets` (the renderer
//! rustc uses).

use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};

use samenwijzer_core::directory::validate::{validate, Problem, Report, Severity};
use samenwijzer_core::schedule::Date;
use samenwijzer_core::StaffLang;

/// What `check` found, and the text to print.
pub struct Checked {
    pub report: Report,
    pub output: String,
}

/// Checks `text` (the contents of `file`) and renders every problem.
pub fn check(file: &str, text: &str, today: Date, lang: StaffLang, color: bool) -> Checked {
    let report = validate(text, today);
    let renderer = if color {
        Renderer::styled()
    } else {
        Renderer::plain()
    };
    let mut output = String::new();
    for problem in &report.problems {
        output.push_str(&render(file, text, problem, lang, &renderer));
        output.push('\n');
    }
    output.push_str(&summary(&report, lang));
    output.push('\n');
    Checked { report, output }
}

/// A file that is not UTF-8: where the first bad byte is.
pub fn not_utf8(file: &str, bytes: &[u8], lang: StaffLang) -> String {
    let valid = std::str::from_utf8(bytes).map_or_else(|e| e.valid_up_to(), |s| s.len());
    let before = String::from_utf8_lossy(&bytes[..valid]);
    let (line, column) = samenwijzer_core::directory::validate::line_column(&before, before.len());
    let message = match lang {
        StaffLang::Nl => {
            "het bestand is geen UTF-8-tekst: sla het op als \"UTF-8\" (in Excel: \"CSV UTF-8\")"
        }
        StaffLang::En => "the file is not UTF-8 text: save it as \"UTF-8\"",
    };
    format!(
        "{file}:{line}:{column}: {}: {message}\n",
        level_word(Severity::Error, lang)
    )
}

fn level_word(severity: Severity, lang: StaffLang) -> &'static str {
    match (severity, lang) {
        (Severity::Error, StaffLang::Nl) => "fout",
        (Severity::Warning, StaffLang::Nl) => "waarschuwing",
        (Severity::Info, StaffLang::Nl) => "let op",
        (Severity::Error, StaffLang::En) => "error",
        (Severity::Warning, StaffLang::En) => "warning",
        (Severity::Info, StaffLang::En) => "note",
    }
}

fn render(
    file: &str,
    text: &str,
    problem: &Problem,
    lang: StaffLang,
    renderer: &Renderer,
) -> String {
    let level = level_word(problem.severity, lang);
    let path = if problem.path.is_empty() {
        String::new()
    } else {
        format!(" ({})", problem.path)
    };
    let mut out = format!(
        "{file}:{}:{}: {level}[{}]: {}{path}\n",
        problem.line,
        problem.column,
        problem.code(),
        problem.message(lang)
    );
    let help = problem.help(lang);
    if problem.severity == Severity::Info || text.is_empty() {
        if let Some(help) = help {
            out.push_str(&format!("  = help: {help}\n"));
        }
        return out;
    }
    // Only the line of the problem goes to the renderer: quick for big files.
    let offset = problem.offset.min(text.len());
    // Looked for near the value only: on a file of one line, a search from the start
    // for every problem was quadratic.
    let mut lo = offset.saturating_sub(4 * WINDOW);
    while !text.is_char_boundary(lo) {
        lo -= 1;
    }
    let mut hi = (offset + 4 * WINDOW).min(text.len());
    while !text.is_char_boundary(hi) {
        hi += 1;
    }
    let start = text[lo..offset].rfind('\n').map_or(lo, |i| lo + i + 1);
    let end = text[offset..hi].find('\n').map_or(hi, |i| offset + i);
    let line = text[start..end].trim_end_matches('\r');
    let from = offset - start;
    let len = token_len(&line[from.min(line.len())..]).max(1);
    // A file written on one line (as many tools do) would hand the whole file to the
    // renderer for every problem: quadratic. Show a window around the value instead.
    let (line, from) = window(line, from, len);
    let len = len.min(line.len().saturating_sub(from));
    let mut span = from.min(line.len())..(from + len).min(line.len()).max(from.min(line.len()));
    // A one-byte minimum can end inside a multi-byte character (e.g. U+0085), which the
    // renderer cannot slice: widen the span to whole characters.
    while !line.is_char_boundary(span.start) {
        span.start -= 1;
    }
    while !line.is_char_boundary(span.end) {
        span.end += 1;
    }
    let level = match problem.severity {
        Severity::Error => Level::ERROR,
        _ => Level::WARNING,
    };
    let mut group = Group::with_level(level).element(
        Snippet::source(line)
            .line_start(problem.line)
            .fold(false)
            .annotation(AnnotationKind::Primary.span(span)),
    );
    if let Some(help) = help {
        group = group.element(Level::HELP.message(help));
    }
    let report = &[group];
    out.push_str(&renderer.render(report));
    out.push('\n');
    out
}

/// The length in bytes of the JSON token at the start of `s` (a string with its quotes,
/// a number or word, or one bracket).
/// The part of a long line around `from..from + len`: at most [`WINDOW`] bytes either
/// side, with "…" where it was cut; and where `from` is in it.
fn window(line: &str, from: usize, len: usize) -> (std::borrow::Cow<'_, str>, usize) {
    if line.len() <= 3 * WINDOW {
        return (line.into(), from);
    }
    let from = from.min(line.len());
    let mut start = from.saturating_sub(WINDOW);
    while !line.is_char_boundary(start) {
        start -= 1;
    }
    let mut end = (from + len.min(WINDOW) + WINDOW).min(line.len());
    while !line.is_char_boundary(end) {
        end += 1;
    }
    let (before, after) = (
        if start > 0 { "…" } else { "" },
        if end < line.len() { "…" } else { "" },
    );
    (
        format!("{before}{}{after}", &line[start..end]).into(),
        from - start + before.len(),
    )
}

/// How much of a long line is shown on each side of a problem.
const WINDOW: usize = 80;

fn token_len(s: &str) -> usize {
    let bytes = s.as_bytes();
    match bytes.first() {
        None => 0,
        Some(b'"') => {
            let mut i = 1;
            while i < bytes.len() {
                match bytes[i] {
                    b'\\' => i += 2,
                    b'"' => return i + 1,
                    _ => i += 1,
                }
            }
            bytes.len()
        }
        Some(b'{' | b'[' | b'}' | b']' | b',' | b':') => 1,
        Some(_) => s
            .find(|c: char| c.is_whitespace() || ",:{}[]\"".contains(c))
            .unwrap_or(s.len()),
    }
}

/// "3 fouten, 5 waarschuwingen, 68 items (63 voorbeelden)".
pub fn summary(report: &Report, lang: StaffLang) -> String {
    let errors = report.count(Severity::Error);
    let warnings = report.count(Severity::Warning);
    let n = |count: usize, one: &str, many: &str| {
        format!("{count} {}", if count == 1 { one } else { many })
    };
    match lang {
        StaffLang::Nl => format!(
            "{}, {}, {} ({})",
            n(errors, "fout", "fouten"),
            n(warnings, "waarschuwing", "waarschuwingen"),
            n(report.entries, "item", "items"),
            n(report.examples, "voorbeeld", "voorbeelden"),
        ),
        StaffLang::En => format!(
            "{}, {}, {} ({})",
            n(errors, "error", "errors"),
            n(warnings, "warning", "warnings"),
            n(report.entries, "item", "items"),
            n(report.examples, "example", "examples"),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn problems_show_the_line_with_a_caret() {
        let text = "{\n  \"schema_version\": 1,\n  \"entries\": [\n    {\"id\": \"a\", \"naem\": \"x\"}\n  ]\n}\n";
        let today = Date::new(2026, 11, 27).unwrap();
        let out = check("d.json", text, today, StaffLang::Nl, false).output;
        assert!(
            out.contains("d.json:4:17: fout[SW013]: onbekend veld `naem` (entries[0].naem)\n"),
            "{out}"
        );
        assert!(
            out.contains("4 |     {\"id\": \"a\", \"naem\": \"x\"}"),
            "{out}"
        );
        assert!(
            out.contains("^^^^^^\n  |\n  = help: bedoelt u `name`?\n"),
            "{out}"
        );
        assert!(
            out.ends_with("3 fouten, 3 waarschuwingen, 1 item (0 voorbeelden)\n"),
            "{out}"
        );
    }

    /// A file on one line: each problem shows a window of its line, not the whole file
    /// (which made `check` quadratic: 1,000 entries took 72 s).
    #[test]
    fn a_file_on_one_line_shows_a_window() {
        let entries: Vec<String> = (0..300)
            .map(|i| format!("{{\"id\": \"e{i}\", \"name\": \"Ä{i}\", \"description\": \"\", \"needs\": [\"talk\"], \"free\": true, \"last_checked\": \"2026-11-01\"}}"))
            .collect();
        let text = format!(
            "{{\"schema_version\": 1, \"entries\": [{}]}}",
            entries.join(", ")
        );
        let checked = check(
            "x.json",
            &text,
            Date::new(2026, 11, 27).unwrap(),
            StaffLang::Nl,
            false,
        );
        assert!(checked.report.problems.len() >= 300);
        let longest = checked.output.lines().map(str::len).max().unwrap();
        assert!(longest < 400, "{longest}");
        assert!(
            checked.output.contains("\n1 | …true"),
            "{}",
            &checked.output[..2000]
        );
        // The caret still stands under the value.
        let line = checked
            .output
            .lines()
            .find(|l| l.starts_with("1 |"))
            .unwrap();
        let caret = checked
            .output
            .lines()
            .skip_while(|l| !l.starts_with("1 |"))
            .nth(1)
            .unwrap();
        let at = caret.find('^').unwrap();
        let under: String = line.chars().skip(at).take(2).collect();
        assert_eq!(under, "\"\"", "{line}\n{caret}");
    }

    #[test]
    fn tokens_are_measured() {
        assert_eq!(token_len("\"a\\\"b\", x"), 6);
        assert_eq!(token_len("123, x"), 3);
        assert_eq!(token_len("{ }"), 1);
        assert_eq!(token_len(""), 0);
        assert_eq!(token_len("\"open"), 5);
    }
}
