//! Building the index from the entries: every folded word once, with the entries it
//! occurs in and the best field per entry.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use super::fold::for_each_word;
use super::vocabulary::{posting, Field, Vocabulary};
use crate::directory::Entry;

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

pub(super) fn vocabulary<'a>(entries: impl IntoIterator<Item = &'a Entry>) -> Vocabulary {
    // Word → its number in order of first appearance, and per number its postings.
    let mut ids: HashMap<Box<str>, u32, BuildHasherDefault<Fnv>> = HashMap::default();
    let mut lists: Vec<Vec<u32>> = Vec::new();
    for (i, entry) in entries.into_iter().enumerate() {
        let i = i as u32;
        let mut add = |text: &str, field: Field| {
            for_each_word(text, |word| {
                let id = match ids.get(word) {
                    Some(&id) => id,
                    None => {
                        let id = lists.len() as u32;
                        ids.insert(word.into(), id);
                        lists.push(Vec::new());
                        id
                    }
                };
                let list = &mut lists[id as usize];
                let p = posting(i, field);
                match list.last_mut() {
                    // The same entry again: keep the better (lower) field.
                    Some(last) if *last >> 2 == i => *last = (*last).min(p),
                    _ => list.push(p),
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
    let mut words: Vec<(Box<str>, u32)> = ids.into_iter().collect();
    words.sort_unstable_by(|a, b| a.0.cmp(&b.0));
    let mut vocabulary = Vocabulary {
        text: String::with_capacity(words.iter().map(|w| w.0.len()).sum()),
        starts: Vec::with_capacity(words.len() + 1),
        postings: Vec::with_capacity(lists.iter().map(Vec::len).sum()),
        posting_starts: Vec::with_capacity(words.len() + 1),
    };
    vocabulary.starts.push(0);
    vocabulary.posting_starts.push(0);
    for (word, id) in words {
        vocabulary.text.push_str(&word);
        vocabulary.starts.push(vocabulary.text.len() as u32);
        vocabulary.postings.extend_from_slice(&lists[id as usize]);
        vocabulary
            .posting_starts
            .push(vocabulary.postings.len() as u32);
    }
    vocabulary
}
