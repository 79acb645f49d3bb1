//! The importers' words in both languages: each message is written beside its
//! translation (as the core's `validate/` does), and the parsers' English messages
//! (serde_json's "expected ident", "EOF while parsing a value") are turned into plain
//! words with the line and column, never shown as they are.

use samenwijzer_core::StaffLang;

/// The Dutch or the English text.
pub fn pick<T>(lang: StaffLang, nl: T, en: T) -> T {
    match lang {
        StaffLang::Nl => nl,
        StaffLang::En => en,
    }
}

/// "regel 4" / "line 4".
pub fn line(lang: StaffLang, line: u64) -> String {
    pick(lang, format!("regel {line}"), format!("line {line}"))
}

/// "regel 4, kolom 7" / "line 4, column 7".
pub fn line_column(lang: StaffLang, line: usize, column: usize) -> String {
    pick(
        lang,
        format!("regel {line}, kolom {column}"),
        format!("line {line}, column {column}"),
    )
}

/// What is wrong with a text serde_json could not read, in plain words: the category
/// of its message (which serde_json gives only in English), without the English.
pub fn json_error(e: &serde_json::Error, lang: StaffLang) -> String {
    let message = e.to_string();
    let m = message
        .rsplit_once(" at line ")
        .map_or(message.as_str(), |(m, _)| m);
    let (nl, en) = if m.starts_with("EOF while parsing") {
        (
            "het bestand houdt te vroeg op: mist er aan het eind een } of ], of een \" na een tekst?",
            "the file ends too early: is a } or ] missing at the end, or a \" after a text?",
        )
    } else if m.starts_with("trailing comma") {
        (
            "er staat een komma te veel vóór een } of ]",
            "there is one comma too many before a } or ]",
        )
    } else if m.starts_with("expected `,` or") {
        (
            "hier hoort een komma of het einde van de lijst of het blok: mist er een komma na de vorige waarde?",
            "a comma or the end of the list or block belongs here: is a comma missing after the previous value?",
        )
    } else if m.starts_with("key must be a string") || m.starts_with("expected `\"`") {
        (
            "een veldnaam moet tussen dubbele aanhalingstekens staan (\"name\"), of er staat een komma te veel",
            "a field name must be in double quotes (\"name\"), or there is one comma too many",
        )
    } else if m.starts_with("expected `:`") {
        (
            "na een veldnaam hoort een dubbele punt (:)",
            "a colon (:) belongs after a field name",
        )
    } else if m.starts_with("control character") {
        (
            "in een tekst mag geen enter of tab staan",
            "a text may not contain a line break or a tab",
        )
    } else if m.starts_with("invalid escape") || m.contains("hex escape") {
        (
            "een \\ in een tekst moet dubbel: \\\\",
            "a \\ inside a text must be doubled: \\\\",
        )
    } else if m.starts_with("invalid number") || m.starts_with("number out of range") {
        (
            "dit getal is niet te lezen of te groot",
            "this number cannot be read or is too large",
        )
    } else if m.starts_with("trailing characters") {
        (
            "na het einde van de JSON staat nog iets",
            "there is something after the end of the JSON",
        )
    } else if m.starts_with("recursion limit") {
        (
            "de blokken en lijsten zijn te diep in elkaar genest",
            "the blocks and lists are nested too deeply",
        )
    } else if m.starts_with("invalid unicode") || m.contains("surrogate") {
        (
            "hier staat een ongeldig teken (\\u…)",
            "an invalid character (\\u…) is here",
        )
    } else {
        (
            "hier verwacht ik een waarde: tekst tussen \"…\", een getal, true, false, null, een lijst [ … ] of een blok { … }",
            "a value belongs here: text in \"…\", a number, true, false, null, a list [ … ] or a block { … }",
        )
    };
    pick(
        lang,
        format!("dit is geen geldige JSON: {nl}"),
        format!("this is not valid JSON: {en}"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// No English fragment of serde_json's is left in the Dutch words, whatever the
    /// category.
    #[test]
    fn json_errors_are_in_plain_words() {
        for text in [
            "",
            "[",
            "{\"a\" 1}",
            "{\"a\": 1,}",
            "[1 2]",
            "{a: 1}",
            "nope",
            "\"\u{1}\"",
            "\"\\q\"",
            "1e999",
            "[] x",
            "{\"a\": tru}",
            "[\"abc",
        ] {
            let e = serde_json::from_str::<serde_json::Value>(text).unwrap_err();
            let nl = json_error(&e, StaffLang::Nl);
            for english in ["expected", "EOF", "while parsing", "trailing", "at line"] {
                assert!(!nl.contains(english), "{text:?}: {nl}");
            }
            assert!(nl.starts_with("dit is geen geldige JSON: "), "{nl}");
            assert!(json_error(&e, StaffLang::En).starts_with("this is not valid JSON: "));
        }
    }
}
