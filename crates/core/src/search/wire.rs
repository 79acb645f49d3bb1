//! The index in a pack (`directory/pack.rs`): the vocabulary text, and per word its
//! length and its postings as small numbers in byte lists (LEB128, the entries as
//! distances: a posting mostly takes one byte), read in one tight loop rather than one
//! serde element at a time. The trigrams are rebuilt from the words.
//!
//! A pack is a file on a web server: everything the search relies on is checked
//! ([`Vocabulary::check`]) before the index is used, so a damaged file is an error,
//! never a panic or a hit on an entry that does not exist.

use serde::de::Error;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::vocabulary::{Vocabulary, MAX_ENTRIES};
use super::SearchIndex;

#[derive(Serialize)]
struct WireRef<'a> {
    entries: u64,
    text: &'a str,
    #[serde(with = "bytes")]
    lengths: Vec<u8>,
    #[serde(with = "bytes")]
    counts: Vec<u8>,
    #[serde(with = "bytes")]
    postings: Vec<u8>,
}

/// The index as read, before any check: `read_pack` checks it itself, so that its
/// error can say what is wrong (postcard drops the messages of errors raised inside
/// `Deserialize`).
#[derive(Deserialize)]
pub(crate) struct Wire {
    entries: u64,
    text: String,
    /// Per word its length in bytes, as LEB128 numbers.
    #[serde(with = "bytes")]
    lengths: Vec<u8>,
    /// Per word how many postings it has.
    #[serde(with = "bytes")]
    counts: Vec<u8>,
    /// Per word its postings, each as the distance to the previous one's entry
    /// (the first: the entry itself) shifted left by two, plus the field.
    #[serde(with = "bytes")]
    postings: Vec<u8>,
}

/// A byte list as one length and the bytes, not one element at a time.
mod bytes {
    use serde::de::{Error, Visitor};
    use serde::{Deserializer, Serializer};

    pub fn serialize<S: Serializer>(bytes: &[u8], serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_bytes(bytes)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Vec<u8>, D::Error> {
        struct Bytes;
        impl Visitor<'_> for Bytes {
            type Value = Vec<u8>;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("bytes")
            }
            fn visit_bytes<E: Error>(self, bytes: &[u8]) -> Result<Vec<u8>, E> {
                Ok(bytes.to_vec())
            }
        }
        deserializer.deserialize_bytes(Bytes)
    }
}

fn push_number(out: &mut Vec<u8>, mut v: u32) {
    while v >= 0x80 {
        out.push((v as u8) | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

/// Reads LEB128 numbers of at most 32 bits.
struct Numbers<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Numbers<'_> {
    fn next(&mut self) -> Result<u32, &'static str> {
        let mut v: u32 = 0;
        for shift in [0, 7, 14, 21, 28] {
            let &b = self
                .bytes
                .get(self.at)
                .ok_or("the index's numbers end too soon")?;
            self.at += 1;
            if shift == 28 && b > 0x0f {
                return Err("the index has a number that is too large");
            }
            v |= u32::from(b & 0x7f) << shift;
            if b < 0x80 {
                return Ok(v);
            }
        }
        Err("the index has a number that is too large")
    }

    fn done(&self) -> bool {
        self.at == self.bytes.len()
    }
}

impl Serialize for SearchIndex {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let v = &self.vocabulary;
        let mut lengths = Vec::with_capacity(v.len());
        let mut counts = Vec::with_capacity(v.len());
        let mut postings = Vec::with_capacity(v.postings.len() * 2);
        for i in 0..v.len() {
            push_number(&mut lengths, v.word(i).len() as u32);
            let list = v.postings(i..i + 1);
            push_number(&mut counts, list.len() as u32);
            let mut previous = 0;
            for &p in list {
                // Ascending entries: the distances are small, mostly one byte.
                push_number(&mut postings, ((p >> 2) - previous) << 2 | (p & 3));
                previous = p >> 2;
            }
        }
        WireRef {
            entries: self.entries as u64,
            text: &v.text,
            lengths,
            counts,
            postings,
        }
        .serialize(serializer)
    }
}

impl Wire {
    /// The index, if everything the search relies on holds.
    pub(crate) fn check(self) -> Result<SearchIndex, String> {
        let entries = usize::try_from(self.entries)
            .ok()
            .filter(|&n| n <= MAX_ENTRIES)
            .ok_or("the index covers too many entries")?;
        let mut lengths = Numbers {
            bytes: &self.lengths,
            at: 0,
        };
        let mut counts = Numbers {
            bytes: &self.counts,
            at: 0,
        };
        let mut numbers = Numbers {
            bytes: &self.postings,
            at: 0,
        };
        let words = self.lengths.len().min(self.text.len());
        let mut starts = Vec::with_capacity(words + 1);
        let mut posting_starts = Vec::with_capacity(words + 1);
        let mut postings = Vec::with_capacity(self.postings.len());
        starts.push(0u32);
        posting_starts.push(0u32);
        let (mut end, mut total) = (0u32, 0u32);
        while !lengths.done() {
            end = end
                .checked_add(lengths.next()?)
                .ok_or("the index's words are too long")?;
            starts.push(end);
            let count = counts.next()?;
            total = total
                .checked_add(count)
                .ok_or("the index has too many postings")?;
            posting_starts.push(total);
            let mut entry: u32 = 0;
            for k in 0..count {
                let v = numbers.next()?;
                let step = v >> 2;
                if k > 0 && step == 0 {
                    return Err("the index lists an entry twice for one word".into());
                }
                entry = entry
                    .checked_add(step)
                    .filter(|&e| (e as usize) < entries)
                    .ok_or_else(|| format!("the index names an entry beyond the {entries}"))?;
                postings.push(entry << 2 | (v & 3));
            }
        }
        if !counts.done() || !numbers.done() {
            return Err("the index's lists do not have the same length".into());
        }
        let vocabulary = Vocabulary {
            text: self.text,
            starts,
            postings,
            posting_starts,
        };
        vocabulary.check(entries)?;
        Ok(SearchIndex::from_vocabulary(vocabulary, entries))
    }

    /// How many entries the index says it covers.
    pub(crate) fn entries(&self) -> u64 {
        self.entries
    }
}

impl<'de> Deserialize<'de> for SearchIndex {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<SearchIndex, D::Error> {
        Wire::deserialize(deserializer)?
            .check()
            .map_err(D::Error::custom)
    }
}
