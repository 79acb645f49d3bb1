//! Lower case, as `char::to_lowercase` gives it, from a table a fifth of the size of the
//! standard library's (186 runs, 2.2 KB): its conversion table lists each of the 1,488
//! capitals beside its small letter (11.7 KB in the wasm, 4.8 KB gzipped, on the way to
//! the directory's list),
//! while capitals come in runs that share one offset (A–Z: +32; Ā, Ă, Ą, …: +1 for
//! every second character). `build.rs` asks the standard library for every character
//! and writes those runs (`$OUT_DIR/lower.rs`); a test compares the two for every
//! character. Where a capital lower-cases to two characters (only "İ", to "i̇"), the
//! first is kept, as the search needs one character for one.
//!
//! The app's code lower-cases only through here (`tests/tidy.rs` checks it).

include!(concat!(env!("OUT_DIR"), "/lower.rs"));

/// `c` in lower case: the first character of `c.to_lowercase()`.
pub fn lower(c: char) -> char {
    if c.is_ascii() {
        return c.to_ascii_lowercase();
    }
    let code = c as u32;
    let at = LOWER.partition_point(|run| run.0 <= code);
    let Some(&(first, count, stride, delta)) = at.checked_sub(1).map(|i| &LOWER[i]) else {
        return c;
    };
    let offset = code - first;
    let stride = u32::from(stride);
    if offset.is_multiple_of(stride) && offset / stride < u32::from(count) {
        char::from_u32(code.wrapping_add_signed(delta)).unwrap_or(c)
    } else {
        c
    }
}

/// `text` in lower case, character by character (a final Σ becomes σ, not ς: nothing
/// here is shown to a reader in Greek).
pub fn lower_str(text: &str) -> String {
    text.chars().map(lower).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_character_lowers_as_the_standard_library_lowers_it() {
        let wrong: Vec<String> = (0..=char::MAX as u32)
            .filter_map(char::from_u32)
            .filter(|&c| Some(lower(c)) != c.to_lowercase().next())
            .map(|c| format!("U+{:04X}", c as u32))
            .take(10)
            .collect();
        assert!(
            wrong.is_empty(),
            "differs from to_lowercase: {}",
            wrong.join(", ")
        );
    }

    #[test]
    fn the_table_is_runs_not_pairs() {
        let capitals = (0..=char::MAX as u32)
            .filter_map(char::from_u32)
            .filter(|&c| c.to_lowercase().next() != Some(c))
            .count();
        assert!(capitals > 1000, "{capitals}");
        assert!(
            LOWER.len() * 4 < capitals,
            "{} runs for {capitals} capitals",
            LOWER.len()
        );
    }

    #[test]
    fn words_in_the_languages_of_the_app() {
        assert_eq!(lower_str("Taalcafé IJmuiden"), "taalcafé ijmuiden");
        assert_eq!(lower_str("ŁÓDŹ ŻÓŁW"), "łódź żółw");
        assert_eq!(lower_str("ÇAĞRI İSTANBUL"), "çağri istanbul");
        assert_eq!(
            lower_str("ХМЕЛЬНИЦЬКИЙ ЇЖАК ҐАНОК"),
            "хмельницький їжак ґанок"
        );
        assert_eq!(lower_str("مقهى"), "مقهى");
    }
}
