//! Search that forgives: case and diacritics do not matter ("cafe" finds "Café"),
//! every word of the query must match (as a word, the start of one, or for three
//! letters or more a part of one: Dutch compounds, "cafe" in "taalcafé"), and a small
//! typo is forgiven in words of four letters or more. Matches in the name weigh most,
//! then organisation, place and description.
//!
//! The index is built once per directory (or read from a pack, `wire.rs`): a sorted
//! vocabulary of folded words with flat postings (`vocabulary.rs`), and the words'
//! trigrams (`trigrams.rs`). A keystroke then costs per query word a binary search
//! for the words it starts, a trigram lookup for the compounds it is part of, and a
//! trie-like walk over the words with its first letter for typos (`typo.rs`); the
//! hits are ranked with a counting sort.

mod build;
mod fold;
mod merge;
mod trigrams;
mod typo;
mod vocabulary;
mod wire;
pub(crate) use wire::Wire as IndexWire;

pub use fold::{for_each_word, words};
pub(crate) use merge::join;

use crate::directory::Entry;
use trigrams::Trigrams;
#[cfg(test)]
use typo::prefix_distance;
use vocabulary::{Vocabulary, WEIGHT};

/// How well a query word matched a vocabulary word.
const EXACT: u8 = 4;
const PREFIX: u8 = 3;
const INFIX: u8 = 2;
const TYPO: u8 = 1;
/// Query words this long (in bytes) also match inside compounds.
const INFIX_FROM: usize = 3;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SearchIndex {
    vocabulary: Vocabulary,
    trigrams: Trigrams,
    entries: usize,
}

/// An entry that matches, by its position in the directory, with its relevance.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Hit {
    pub entry: usize,
    pub score: u32,
}

impl Default for SearchIndex {
    fn default() -> SearchIndex {
        SearchIndex::new(&[])
    }
}

impl SearchIndex {
    pub fn new(entries: &[Entry]) -> SearchIndex {
        SearchIndex::over(entries)
    }

    /// The index over these entries, numbered in this order (a shard of a directory,
    /// without copying its entries).
    pub fn over<'a>(entries: impl IntoIterator<Item = &'a Entry>) -> SearchIndex {
        let mut count = 0;
        let vocabulary = build::vocabulary(entries.into_iter().inspect(|_| count += 1));
        SearchIndex::from_vocabulary(vocabulary, count)
    }

    fn from_vocabulary(vocabulary: Vocabulary, entries: usize) -> SearchIndex {
        SearchIndex {
            trigrams: Trigrams::new(&vocabulary),
            vocabulary,
            entries,
        }
    }

    /// How many entries the index covers.
    pub fn len(&self) -> usize {
        self.entries
    }

    pub fn is_empty(&self) -> bool {
        self.entries == 0
    }

    /// The entries matching every word of `query`, most relevant first (ties keep the
    /// directory's order). `None` when the query has no words: then nothing is filtered.
    pub fn search(&self, query: &str) -> Option<Vec<Hit>> {
        let terms = words(query);
        if terms.is_empty() {
            return None;
        }
        let n = self.entries;
        // The best score of the current query word per entry (at most 4 × 8), and the
        // entries still in the running with their total so far, in directory order.
        // Plain passes over `best` (one byte per entry) beat tracking what a word
        // touched: they are sequential, and there is no sort afterwards.
        let mut best = vec![0u8; n];
        let mut alive: Vec<(u32, u32)> = Vec::new();
        for (k, term) in terms.iter().enumerate() {
            self.match_term(term, |postings, quality| {
                for &p in postings {
                    let score = quality * WEIGHT[(p & 3) as usize];
                    if let Some(slot) = best.get_mut((p >> 2) as usize) {
                        *slot = (*slot).max(score);
                    }
                }
            });
            if k == 0 {
                alive.extend(
                    best.iter()
                        .enumerate()
                        .filter(|(_, &score)| score > 0)
                        .map(|(e, &score)| (e as u32, u32::from(score))),
                );
            } else {
                alive.retain_mut(|(e, total)| {
                    let score = best[*e as usize];
                    *total += u32::from(score);
                    score > 0
                });
            }
            if alive.is_empty() {
                return Some(Vec::new());
            }
            best.fill(0);
        }
        Some(rank(&alive))
    }

    /// Calls `found` with the postings of every vocabulary word that `term` matches,
    /// and how well; each word at most once, with its best quality.
    fn match_term(&self, term: &str, mut found: impl FnMut(&[u32], u8)) {
        let vocabulary = &self.vocabulary;
        let run = vocabulary.prefixed(term);
        if !run.is_empty() && vocabulary.word(run.start) == term {
            found(vocabulary.postings(run.start..run.start + 1), EXACT);
            found(vocabulary.postings(run.start + 1..run.end), PREFIX);
        } else {
            found(vocabulary.postings(run.clone()), PREFIX);
        }
        let bytes = term.as_bytes();
        if bytes.len() < INFIX_FROM {
            return;
        }
        for &w in self.trigrams.candidates(bytes) {
            let w = w as usize;
            if !run.contains(&w) && vocabulary.word(w).contains(term) {
                found(vocabulary.postings(w..w + 1), INFIX);
            }
        }
        let allowed = max_typos(term);
        if allowed == 0 {
            return;
        }
        // A typo rarely hits the first letter: only the words that share it are tried.
        let letter = vocabulary.starting_with_byte(bytes[0]);
        let candidates = letter
            .filter(|i| !run.contains(i))
            .map(|i| (i, vocabulary.word(i).as_bytes()));
        typo::scan(bytes, allowed, candidates, |i| {
            // Words that contain the term were found as compounds above.
            if !vocabulary.word(i).contains(term) {
                found(vocabulary.postings(i..i + 1), TYPO);
            }
        });
    }
}

/// Most relevant first, ties in directory order: a counting sort by score, as
/// scores are small (at most 32 per query word) and `alive` is in directory order.
fn rank(alive: &[(u32, u32)]) -> Vec<Hit> {
    let top = alive.iter().map(|&(_, total)| total).max().unwrap_or(0) as usize;
    // starts[s]: where the hits with score `top - s` begin.
    let mut starts = vec![0usize; top + 2];
    for &(_, total) in alive {
        starts[top - total as usize + 1] += 1;
    }
    for s in 1..starts.len() {
        starts[s] += starts[s - 1];
    }
    let mut hits = vec![Hit { entry: 0, score: 0 }; alive.len()];
    for &(entry, score) in alive {
        let slot = &mut starts[top - score as usize];
        hits[*slot] = Hit {
            entry: entry as usize,
            score,
        };
        *slot += 1;
    }
    hits
}

fn max_typos(term: &str) -> usize {
    match term.chars().count() {
        0..=3 => 0,
        4..=7 => 1,
        _ => 2,
    }
}

#[cfg(test)]
pub(crate) mod tests;
