//! The search as it was before the index was made faster (commit 7db99c1), kept
//! verbatim as the oracle: the new index must return exactly these hits, in this
//! order, with these scores.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use crate::directory::Entry;
use crate::search::{for_each_word, words};

pub use crate::search::Hit;

/// Where a word was found, best first; the weight is its relevance.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Field {
    Name,
    Organisation,
    Place,
    Description,
}

impl Field {
    fn weight(self) -> u32 {
        match self {
            Field::Name => 8,
            Field::Organisation => 4,
            Field::Place => 3,
            Field::Description => 1,
        }
    }
}

#[derive(Clone, Copy, Debug)]
struct Posting {
    entry: u32,
    field: Field,
}

/// How well a query word matched a vocabulary word.
const EXACT: u32 = 4;
const PREFIX: u32 = 3;
const INFIX: u32 = 2;
const TYPO: u32 = 1;
/// Query words this long also match inside compounds.
const INFIX_FROM: usize = 3;

/// FNV-1a: the index hashes hundreds of thousands of short words once, where the
/// standard SipHash (built against hash flooding, not a concern for our own data file)
/// costs about twice as much.
#[derive(Default)]
struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut hash = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            hash = (hash ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = hash;
    }
}

#[derive(Debug, Default)]
pub struct Reference {
    vocabulary: Vec<Box<str>>,
    postings: Vec<Vec<Posting>>,
    entries: usize,
}

impl Reference {
    pub fn new(entries: &[Entry]) -> Reference {
        let mut words: HashMap<String, Vec<Posting>, BuildHasherDefault<Fnv>> = HashMap::default();
        for (i, entry) in entries.iter().enumerate() {
            let mut add = |text: &str, field: Field| {
                for_each_word(text, |word| {
                    // Look up before inserting: most words are already known.
                    let list = match words.get_mut(word) {
                        Some(list) => list,
                        None => words.entry(word.to_owned()).or_default(),
                    };
                    match list.last_mut() {
                        Some(last) if last.entry == i as u32 => last.field = last.field.min(field),
                        _ => list.push(Posting {
                            entry: i as u32,
                            field,
                        }),
                    }
                });
            };
            add(&entry.name, Field::Name);
            if let Some(org) = &entry.organisation {
                add(org, Field::Organisation);
            }
            if let Some(municipality) = &entry.municipality {
                add(municipality, Field::Place);
            }
            if let Some(location) = &entry.location {
                add(&location.city, Field::Place);
                add(&location.street, Field::Place);
            }
            add(&entry.description, Field::Description);
        }
        let mut pairs: Vec<(String, Vec<Posting>)> = words.into_iter().collect();
        pairs.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        let (vocabulary, postings) = pairs
            .into_iter()
            .map(|(w, p)| (w.into_boxed_str(), p))
            .unzip();
        Reference {
            vocabulary,
            postings,
            entries: entries.len(),
        }
    }

    /// The entries matching every word of `query`, most relevant first (ties keep the
    /// directory's order). `None` when the query has no words: then nothing is filtered.
    pub fn search(&self, query: &str) -> Option<Vec<Hit>> {
        let terms = words(query);
        if terms.is_empty() {
            return None;
        }
        let mut total = vec![0u32; self.entries];
        let mut matched = vec![0u16; self.entries];
        let mut best = vec![0u32; self.entries];
        for term in &terms {
            best.iter_mut().for_each(|b| *b = 0);
            self.match_term(term, |posting, quality| {
                let score = quality * posting.field.weight();
                let slot = &mut best[posting.entry as usize];
                *slot = (*slot).max(score);
            });
            for (i, &score) in best.iter().enumerate() {
                if score > 0 {
                    total[i] += score;
                    matched[i] += 1;
                }
            }
        }
        let needed = terms.len() as u16;
        let mut hits: Vec<Hit> = (0..self.entries)
            .filter(|&i| matched[i] == needed)
            .map(|i| Hit {
                entry: i,
                score: total[i],
            })
            .collect();
        hits.sort_by_key(|h| std::cmp::Reverse(h.score));
        Some(hits)
    }

    fn match_term(&self, term: &str, mut found: impl FnMut(Posting, u32)) {
        // Words that start with the term form one run in the sorted vocabulary.
        let start = self.vocabulary.partition_point(|w| &**w < term);
        let mut end = start;
        while end < self.vocabulary.len() && self.vocabulary[end].starts_with(term) {
            let quality = if &*self.vocabulary[end] == term {
                EXACT
            } else {
                PREFIX
            };
            self.postings[end].iter().for_each(|&p| found(p, quality));
            end += 1;
        }
        let allowed = max_typos(term);
        if term.len() < INFIX_FROM {
            return;
        }
        let first = term.as_bytes()[0];
        for (i, word) in self.vocabulary.iter().enumerate() {
            if (start..end).contains(&i) {
                continue;
            }
            let quality = if word.contains(term) {
                INFIX
            // A typo rarely hits the first letter; checking it first keeps this cheap.
            } else if allowed > 0
                && word.as_bytes()[0] == first
                && prefix_distance(term.as_bytes(), word.as_bytes(), allowed) <= allowed
            {
                TYPO
            } else {
                continue;
            };
            self.postings[i].iter().for_each(|&p| found(p, quality));
        }
    }
}

fn max_typos(term: &str) -> usize {
    match term.chars().count() {
        0..=3 => 0,
        4..=7 => 1,
        _ => 2,
    }
}

/// The smallest edit distance (insert, delete, substitute, swap two neighbours) between
/// `term` and any start of `word`, capped at `limit + 1`.
fn prefix_distance(term: &[u8], word: &[u8], limit: usize) -> usize {
    let cols = word.len().min(term.len() + limit);
    if cols + limit < term.len() {
        return limit + 1;
    }
    // rows[r][c]: distance between term[..r] and word[..c]; three rows for the swap.
    let mut before = vec![0usize; cols + 1];
    let mut previous: Vec<usize> = (0..=cols).collect();
    let mut current = vec![0usize; cols + 1];
    for r in 1..=term.len() {
        current[0] = r;
        let mut row_min = current[0];
        for c in 1..=cols {
            let cost = usize::from(term[r - 1] != word[c - 1]);
            let mut d = (previous[c] + 1)
                .min(current[c - 1] + 1)
                .min(previous[c - 1] + cost);
            if r > 1 && c > 1 && term[r - 1] == word[c - 2] && term[r - 2] == word[c - 1] {
                d = d.min(before[c - 2] + 1);
            }
            current[c] = d;
            row_min = row_min.min(d);
        }
        if row_min > limit {
            return limit + 1;
        }
        std::mem::swap(&mut before, &mut previous);
        std::mem::swap(&mut previous, &mut current);
    }
    // `previous` now holds the last row: the best start of `word`, of any length.
    let lo = term.len().saturating_sub(limit);
    previous[lo.min(cols)..=cols]
        .iter()
        .copied()
        .min()
        .unwrap_or(limit + 1)
}
