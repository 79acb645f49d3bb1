//! Joining indexes of parts of one directory (the shards of a pack) into the index of
//! the whole: the vocabularies merged in order, each posting renumbered to the entry's
//! place in the joined list. The result is the index `SearchIndex::new` would build
//! over the joined entries (a test compares them whole), without reading any text.

use super::vocabulary::Vocabulary;
use super::SearchIndex;

/// `parts`: each index with, per entry it covers, that entry's number in the joined
/// directory (`None`: left out, e.g. an entry two shards both hold). `entries`: how
/// many the joined directory has; every number in the maps is below it.
pub(crate) fn join(parts: &[(&SearchIndex, Vec<Option<u32>>)], entries: usize) -> SearchIndex {
    let mut next = vec![0usize; parts.len()];
    let mut joined = Vocabulary {
        text: String::new(),
        starts: vec![0],
        postings: Vec::new(),
        posting_starts: vec![0],
    };
    let mut list: Vec<u32> = Vec::new();
    loop {
        // The smallest word not yet taken from any part.
        let mut word: Option<&str> = None;
        for (k, (index, _)) in parts.iter().enumerate() {
            let v = &index.vocabulary;
            if next[k] < v.len() {
                let w = v.word(next[k]);
                if word.is_none_or(|s| w < s) {
                    word = Some(w);
                }
            }
        }
        let Some(word) = word else { break };
        list.clear();
        for (k, (index, map)) in parts.iter().enumerate() {
            let v = &index.vocabulary;
            if next[k] < v.len() && v.word(next[k]) == word {
                for &p in v.postings(next[k]..next[k] + 1) {
                    if let Some(Some(e)) = map.get((p >> 2) as usize) {
                        list.push((e << 2) | (p & 3));
                    }
                }
                next[k] += 1;
            }
        }
        // Entries from different parts interleave; each entry occurs once per word.
        list.sort_unstable();
        if !list.is_empty() {
            joined.text.push_str(word);
            joined.starts.push(joined.text.len() as u32);
            joined.postings.extend_from_slice(&list);
            joined.posting_starts.push(joined.postings.len() as u32);
        }
    }
    SearchIndex::from_vocabulary(joined, entries)
}
