//! Texts from the directory are shown as they are written, less what no reader can
//! see and what can mislead: control characters (NUL, BEL, backspace, …; a line break
//! stays) and the bidirectional embeddings, overrides and isolates (U+202A–U+202E,
//! U+2066–U+2069), which can make a text read backwards ("Trojan Source"). The parser
//! takes them out of every text; the staff's check warns where they were
//! (`HiddenCharacters`).

use std::borrow::Cow;

/// A character the parser takes out of a text. A tab and a carriage return are not
/// "hidden" (an editor shows them); [`clean`] makes a tab a space and drops a CR.
pub fn hidden(c: char) -> bool {
    (c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
        || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// True when `text` holds a [`hidden`] character.
///
/// Read as bytes, not characters (a pack's every text is checked on loading: this was a
/// third of decoding 10,000 entries in the browser). In UTF-8 every hidden character
/// starts with a byte below 0x20, 0x7F (both one byte), 0xC2 (U+0080–U+009F) or 0xE2
/// (U+202A–U+202E, U+2066–U+2069), and no byte inside a character is one of those.
pub fn has_hidden(text: &str) -> bool {
    let bytes = text.as_bytes();
    bytes.iter().enumerate().any(|(i, &b)| match b {
        b'\n' | b'\r' | b'\t' => false,
        0x00..=0x1F | 0x7F => true,
        0xC2 => matches!(bytes.get(i + 1), Some(0x80..=0x9F)),
        0xE2 => matches!(
            (bytes.get(i + 1), bytes.get(i + 2)),
            (Some(0x80), Some(0xAA..=0xAE)) | (Some(0x81), Some(0xA6..=0xA9))
        ),
        _ => false,
    })
}

/// `text` without hidden characters and carriage returns, a tab as a space.
pub fn clean(text: &str) -> Cow<'_, str> {
    if !text.chars().any(|c| hidden(c) || matches!(c, '\r' | '\t')) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(
        text.chars()
            .filter(|c| !hidden(*c) && *c != '\r')
            .map(|c| if c == '\t' { ' ' } else { c })
            .collect(),
    )
}

/// [`clean`], then trimmed.
pub fn tidy(text: &str) -> String {
    clean(text).trim().to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_what_cannot_be_seen_or_misleads_is_taken_out() {
        assert_eq!(clean("Koffie"), Cow::Borrowed("Koffie"));
        assert_eq!(clean("a\u{0}b\u{7}c\u{8}d\u{7f}e\u{85}f"), "abcdef");
        assert_eq!(
            clean("\u{202a}\u{202b}\u{202c}\u{202d}\u{202e}x\u{2066}\u{2067}\u{2068}\u{2069}"),
            "x"
        );
        assert_eq!(clean("regel 1\r\nregel\t2"), "regel 1\nregel 2");
        // Marks that only hint the direction, and ordinary non-ASCII text, stay.
        assert_eq!(clean("\u{200f}één café ĳs"), "\u{200f}één café ĳs");
        assert!(has_hidden("a\u{202e}b") && !has_hidden("a\nb\tc\r"));
        assert_eq!(tidy(" \u{0} Koffie \u{7}"), "Koffie");
    }

    /// The byte scan says what the definition by characters says, for every character,
    /// alone and between others of one, two, three and four bytes.
    #[test]
    fn has_hidden_agrees_with_hidden_for_every_character() {
        for c in (0..=u32::from(char::MAX)).filter_map(char::from_u32) {
            for text in [c.to_string(), format!("aé{c}€𝄞"), format!("{c}\u{202f}")] {
                assert_eq!(
                    has_hidden(&text),
                    hidden(c),
                    "U+{:04X} in {text:?}",
                    u32::from(c)
                );
            }
        }
    }
}
