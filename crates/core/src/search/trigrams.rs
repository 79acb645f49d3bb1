//! Which vocabulary words contain a given three-byte sequence. A query word of three
//! letters or more also matches inside compounds ("cafe" in "taalcafe"); every word
//! that contains it contains each of its trigrams, so the words listed under its
//! rarest trigram are all the candidates, and only those are checked with
//! `contains` instead of the whole vocabulary on every keystroke.
//!
//! Derived from the vocabulary alone, so a pack does not store it: it is rebuilt on
//! reading, which also means a damaged file cannot make it disagree with the words.

use super::vocabulary::Vocabulary;

#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct Trigrams {
    /// The trigrams that occur, as `b0 << 16 | b1 << 8 | b2`, ascending.
    keys: Vec<u32>,
    /// The words of `keys[i]` are `words[starts[i]..starts[i + 1]]`, ascending.
    starts: Vec<u32>,
    words: Vec<u32>,
}

fn key(bytes: &[u8]) -> u32 {
    (u32::from(bytes[0]) << 16) | (u32::from(bytes[1]) << 8) | u32::from(bytes[2])
}

impl Trigrams {
    pub fn new(vocabulary: &Vocabulary) -> Trigrams {
        // (trigram, word) pairs in one u64 each, so one sort groups them by trigram
        // and, within a trigram, by word.
        let mut pairs: Vec<u64> = Vec::with_capacity(vocabulary.text.len());
        for i in 0..vocabulary.len() {
            for window in vocabulary.word(i).as_bytes().windows(3) {
                pairs.push((u64::from(key(window)) << 32) | i as u64);
            }
        }
        pairs.sort_unstable();
        pairs.dedup();
        let mut trigrams = Trigrams {
            keys: Vec::new(),
            starts: vec![0],
            words: Vec::with_capacity(pairs.len()),
        };
        for pair in pairs {
            let key = (pair >> 32) as u32;
            if trigrams.keys.last() != Some(&key) {
                if !trigrams.keys.is_empty() {
                    trigrams.starts.push(trigrams.words.len() as u32);
                }
                trigrams.keys.push(key);
            }
            trigrams.words.push(pair as u32);
        }
        if !trigrams.keys.is_empty() {
            trigrams.starts.push(trigrams.words.len() as u32);
        }
        trigrams
    }

    fn words_with(&self, trigram: &[u8]) -> &[u32] {
        let Ok(i) = self.keys.binary_search(&key(trigram)) else {
            return &[];
        };
        let (a, b) = (self.starts[i] as usize, self.starts[i + 1] as usize);
        &self.words[a..b]
    }

    /// Every word that may contain `term` (at least three bytes): a superset, to be
    /// checked with `contains`. Empty when some trigram of `term` occurs nowhere.
    pub fn candidates(&self, term: &[u8]) -> &[u32] {
        let mut best: Option<&[u32]> = None;
        for window in term.windows(3) {
            let list = self.words_with(window);
            if best.is_none_or(|b| list.len() < b.len()) {
                best = Some(list);
            }
            if list.is_empty() {
                break;
            }
        }
        best.unwrap_or(&[])
    }
}
