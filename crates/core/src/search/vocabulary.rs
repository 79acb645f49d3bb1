//! The sorted vocabulary of folded words, as one text and its word boundaries, with
//! each word's postings in one flat list (compressed sparse rows): two allocations
//! instead of one per word, so building, searching and decoding a pack touch
//! contiguous memory.

/// Where a word was found, best first. Its number is stored in a posting's low two
/// bits, so the order here is the order of the file format.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum Field {
    Name = 0,
    Organisation = 1,
    Place = 2,
    Description = 3,
}

/// The relevance of a match in each field, indexed by the field's number.
pub(super) const WEIGHT: [u8; 4] = [8, 4, 3, 1];

/// A posting: the entry's number shifted left by two, with the best field in the low
/// two bits. One `u32` per (word, entry), so a directory can have 2^30 entries.
pub(super) fn posting(entry: u32, field: Field) -> u32 {
    (entry << 2) | field as u32
}

pub(super) const MAX_ENTRIES: usize = 1 << 30;

#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct Vocabulary {
    /// Every word, in byte order, back to back.
    pub text: String,
    /// Word `i` is `text[starts[i]..starts[i + 1]]`; one more start than words.
    pub starts: Vec<u32>,
    /// The postings of word `i` are `postings[posting_starts[i]..posting_starts[i + 1]]`,
    /// in ascending entry order.
    pub postings: Vec<u32>,
    pub posting_starts: Vec<u32>,
}

impl Vocabulary {
    pub fn len(&self) -> usize {
        self.starts.len().saturating_sub(1)
    }

    pub fn word(&self, i: usize) -> &str {
        let (Some(&a), Some(&b)) = (self.starts.get(i), self.starts.get(i + 1)) else {
            return "";
        };
        self.text.get(a as usize..b as usize).unwrap_or("")
    }

    pub fn postings(&self, words: std::ops::Range<usize>) -> &[u32] {
        let (Some(&a), Some(&b)) = (
            self.posting_starts.get(words.start),
            self.posting_starts.get(words.end),
        ) else {
            return &[];
        };
        self.postings.get(a as usize..b as usize).unwrap_or(&[])
    }

    /// The first word for which `before` is false (`before` must be true for a
    /// leading run of words and false after it, as with `slice::partition_point`).
    pub fn partition_point(&self, mut before: impl FnMut(&str) -> bool) -> usize {
        let (mut lo, mut hi) = (0, self.len());
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            if before(self.word(mid)) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        lo
    }

    /// The words that start with `prefix`: one run in the sorted vocabulary.
    pub fn prefixed(&self, prefix: &str) -> std::ops::Range<usize> {
        let start = self.partition_point(|w| w < prefix);
        let end = self.partition_point(|w| w < prefix || w.starts_with(prefix));
        start..end.max(start)
    }

    /// The words whose first byte is `first`.
    pub fn starting_with_byte(&self, first: u8) -> std::ops::Range<usize> {
        let start = self.partition_point(|w| w.as_bytes().first().is_some_and(|&b| b < first));
        let end = self.partition_point(|w| w.as_bytes().first().is_some_and(|&b| b <= first));
        start..end.max(start)
    }

    /// Checks what the search relies on, for a vocabulary read from a file: boundaries
    /// in order and on characters, words non-empty and strictly ascending, postings
    /// of entries that exist.
    pub fn check(&self, entries: usize) -> Result<(), String> {
        let words = self.len();
        if self.starts.first() != Some(&0) || self.posting_starts.first() != Some(&0) {
            return Err("the index's lists do not start at 0".into());
        }
        if self.starts.last().map(|&s| s as usize) != Some(self.text.len()) {
            return Err("the index's words do not end with its text".into());
        }
        if self.posting_starts.len() != self.starts.len()
            || self.posting_starts.last().map(|&s| s as usize) != Some(self.postings.len())
        {
            return Err("the index's postings do not match its words".into());
        }
        if self.posting_starts.windows(2).any(|w| w[0] > w[1]) {
            return Err("the index's postings are out of order".into());
        }
        let mut previous: Option<&str> = None;
        for pair in self.starts.windows(2) {
            let word = self
                .text
                .get(pair[0] as usize..pair[1] as usize)
                .filter(|w| !w.is_empty())
                .ok_or("the index has a word that is empty or cut through a character")?;
            if previous.is_some_and(|p| p >= word) {
                return Err("the index's words are not in order".into());
            }
            previous = Some(word);
        }
        let limit = entries.min(MAX_ENTRIES) as u64;
        if let Some(p) = self.postings.iter().find(|&&p| u64::from(p >> 2) >= limit) {
            return Err(format!("the index names entry {} of {entries}", p >> 2));
        }
        debug_assert_eq!(words + 1, self.starts.len());
        Ok(())
    }
}
