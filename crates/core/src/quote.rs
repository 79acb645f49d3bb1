//! A value from a file, quoted for a message to staff: `"Zeewijk\n"` shows the line break
//! instead of breaking the message. Written out rather than with `{:?}`, because the
//! app's wasm build compiles Debug formatting away (`-Zfmt-debug=none`, see
//! scripts/build_wasm.py) and a message would lose the very value it is about.

use std::fmt;

/// `value` in double quotes, with quotes, backslashes, control characters and
/// invisible direction marks escaped as Rust writes them (`\"`, `\\`, `\n`, `\u{202e}`).
pub fn quoted(value: &str) -> Quoted<'_> {
    Quoted(value)
}

pub struct Quoted<'a>(&'a str);

impl fmt::Display for Quoted<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("\"")?;
        for c in self.0.chars() {
            match c {
                '"' => f.write_str("\\\"")?,
                '\\' => f.write_str("\\\\")?,
                '\n' => f.write_str("\\n")?,
                '\r' => f.write_str("\\r")?,
                '\t' => f.write_str("\\t")?,
                '\0' => f.write_str("\\0")?,
                c if invisible(c) => write!(f, "\\u{{{:x}}}", c as u32)?,
                c => write!(f, "{c}")?,
            }
        }
        f.write_str("\"")
    }
}

/// Characters that do not show, or that turn the text around them: control
/// characters, zero-width characters and the bidirectional controls.
fn invisible(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2060}'..='\u{2069}' | '\u{feff}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_like_debug_for_ordinary_and_special_text() {
        for text in [
            "Zeewijk",
            "auto's",
            "a \"b\" c",
            "regel\nnieuw",
            "tab\there",
            "back\\slash",
            "nul\0",
            "bel\u{7}",
        ] {
            assert_eq!(quoted(text).to_string(), format!("{text:?}"), "{text}");
        }
    }

    #[test]
    fn direction_marks_and_zero_width_characters_are_shown() {
        assert_eq!(quoted("a\u{202e}b").to_string(), "\"a\\u{202e}b\"");
        assert_eq!(quoted("\u{200b}").to_string(), "\"\\u{200b}\"");
    }
}
