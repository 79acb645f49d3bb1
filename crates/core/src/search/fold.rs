//! Folding text for search: lower case, no diacritics ("Café" → "cafe", "ĳ" → "ij"),
//! and words split on anything that is not a letter or digit.
//!
//! Hand-written for the Latin letters Dutch and its neighbours use, instead of full
//! Unicode normalisation: the decomposition tables of `unicode-normalization` would
//! add tens of kilobytes to the wasm for letters a Dutch directory does not contain.
//! Other characters pass through lower-cased.

/// The folded form of one character, as up to two characters.
fn fold_char(c: char) -> (char, Option<char>) {
    let base = match c {
        'à'..='å' | 'À'..='Å' | 'ā' | 'Ā' => 'a',
        'æ' | 'Æ' => return ('a', Some('e')),
        'ç' | 'Ç' | 'č' | 'Č' | 'ć' | 'Ć' => 'c',
        'è'..='ë' | 'È'..='Ë' | 'ē' | 'Ē' | 'ę' | 'Ę' | 'ě' | 'Ě' => 'e',
        'ì'..='ï' | 'Ì'..='Ï' | 'ī' | 'Ī' => 'i',
        'ĳ' | 'Ĳ' => return ('i', Some('j')),
        'ñ' | 'Ñ' | 'ń' | 'Ń' => 'n',
        'ò'..='ö' | 'Ò'..='Ö' | 'ø' | 'Ø' | 'ō' | 'Ō' => 'o',
        'œ' | 'Œ' => return ('o', Some('e')),
        'ß' => return ('s', Some('s')),
        'š' | 'Š' | 'ś' | 'Ś' => 's',
        'ù'..='ü' | 'Ù'..='Ü' | 'ū' | 'Ū' => 'u',
        'ý' | 'ÿ' | 'Ý' => 'y',
        'ž' | 'Ž' | 'ź' | 'Ź' | 'ż' | 'Ż' => 'z',
        _ => return (crate::case::lower(c), None),
    };
    (base, None)
}

/// Folds `text` and calls `word` for every word in it, in order.
///
/// Most words in a directory are plain lower-case ASCII followed by a space or a
/// punctuation mark: those are passed as slices of `text`, without copying; a word
/// with capitals is lower-cased into a buffer; a word with any other character is
/// folded character by character. A property test keeps all three equal to the
/// character-by-character folding.
pub fn for_each_word(text: &str, mut word: impl FnMut(&str)) {
    let bytes = text.as_bytes();
    let mut current = String::new();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b.is_ascii() && !b.is_ascii_alphanumeric() {
            i += 1;
            continue;
        }
        let start = i;
        let mut capitals = false;
        while i < bytes.len() && bytes[i].is_ascii_alphanumeric() {
            capitals |= bytes[i].is_ascii_uppercase();
            i += 1;
        }
        if i == bytes.len() || bytes[i].is_ascii() {
            // All ASCII, ended by ASCII (or the end): `i` is a character boundary.
            let plain = &text[start..i];
            if capitals {
                current.clear();
                current.extend(plain.chars().map(|c| c.to_ascii_lowercase()));
                word(&current);
            } else {
                word(plain);
            }
            continue;
        }
        // A character beyond ASCII in (or right after) the word: fold it the slow way
        // from the word's start.
        current.clear();
        let mut end = text.len();
        for (at, c) in text[start..].char_indices() {
            if c.is_ascii() {
                if c.is_ascii_alphanumeric() {
                    current.push(c.to_ascii_lowercase());
                    continue;
                }
            } else if c.is_alphanumeric() {
                let (a, b) = fold_char(c);
                current.push(a);
                current.extend(b);
                continue;
            }
            end = start + at;
            break;
        }
        if !current.is_empty() {
            word(&current);
        }
        i = end.max(start + 1);
        // `i` may now be inside a non-ASCII character that ended the word; skip to the
        // next character boundary.
        while !text.is_char_boundary(i) {
            i += 1;
        }
    }
}

/// The folded words of `text`.
pub fn words(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for_each_word(text, |w| out.push(w.to_owned()));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_and_diacritics_are_folded() {
        assert_eq!(words("Café Ëxtra"), ["cafe", "extra"]);
        assert_eq!(words("IJmuiden ĳs"), ["ijmuiden", "ijs"]);
        assert_eq!(words("Crème brûlée, façade"), ["creme", "brulee", "facade"]);
        assert_eq!(words("Straße Œuvre"), ["strasse", "oeuvre"]);
    }

    #[test]
    fn words_split_on_punctuation_and_keep_digits() {
        assert_eq!(
            words("koffie-ochtend (10:00)"),
            ["koffie", "ochtend", "10", "00"]
        );
        assert_eq!(words("  "), Vec::<String>::new());
        assert_eq!(words("1971AB"), ["1971ab"]);
    }

    /// The folding as it was before the shortcuts, for the property below.
    fn slow_words(text: &str) -> Vec<String> {
        let mut out = Vec::new();
        let mut current = String::new();
        for c in text.chars() {
            if c.is_alphanumeric() {
                let (a, b) = fold_char(c);
                current.push(a);
                current.extend(b);
            } else if !current.is_empty() {
                out.push(std::mem::take(&mut current));
            }
        }
        if !current.is_empty() {
            out.push(current);
        }
        out
    }

    proptest::proptest! {
        #[test]
        fn the_shortcuts_fold_the_same(
            text in "[a-zA-Z0-9 .,:;'()\\-_]{0,20}|[a-zA-Z0-9éÉĳß€ .–-]{0,20}|\\PC{0,20}"
        ) {
            proptest::prop_assert_eq!(words(&text), slow_words(&text));
        }
    }
}
