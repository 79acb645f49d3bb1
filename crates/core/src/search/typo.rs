//! Small typos: the edit distance (insert, delete, substitute, swap two neighbours)
//! between a query word and the best start of a vocabulary word.
//!
//! [`scan`] walks a run of the sorted vocabulary like a trie: the distance table has
//! one row per letter of the vocabulary word, so consecutive words share the rows of
//! their common start, and once a row is beyond the limit every longer start is too
//! (a swap needs the row before, which is then beyond the limit minus one), so the
//! words that share that start are decided without more work. The result is exactly
//! [`prefix_distance`]'s for every word, which the tests check.

/// Query words longer than this (in bytes) are checked word by word with
/// [`prefix_distance`], so the table of [`scan`] stays a few kilobytes.
const TABLE_UP_TO: usize = 64;

/// The smallest edit distance between `term` and any start of `word`, capped at
/// `limit + 1`.
pub(super) fn prefix_distance(term: &[u8], word: &[u8], limit: usize) -> usize {
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

/// Calls `found(i)` for each `(i, word)` (in byte order) within `limit` edits of
/// `term` by [`prefix_distance`].
pub(super) fn scan<'a>(
    term: &[u8],
    limit: usize,
    words: impl Iterator<Item = (usize, &'a [u8])>,
    mut found: impl FnMut(usize),
) {
    let n = term.len();
    if n > TABLE_UP_TO || limit > 3 {
        for (i, word) in words {
            if prefix_distance(term, word, limit) <= limit {
                found(i);
            }
        }
        return;
    }
    // Values are capped at limit + 1: min and +1 commute with the cap, and only
    // "within the limit or not" is asked.
    let cap = limit as u8 + 1;
    let max_rows = n + limit;
    let width = n + 1;
    // table[c * width + r]: distance between word[..c] and term[..r].
    let mut table = vec![0u8; (max_rows + 1) * width];
    for (r, cell) in table[..width].iter_mut().enumerate() {
        *cell = (r as u8).min(cap);
    }
    // best[c]: the smallest distance of term to word[..k] for lo <= k <= c.
    let lo = n.saturating_sub(limit);
    let mut best = vec![cap; max_rows + 1];
    if lo == 0 {
        best[0] = table[n];
    }
    let mut previous: &[u8] = &[];
    // Rows 0..=rows are filled in for `previous`; `dead`: row `rows` is beyond the limit.
    let mut rows = 0usize;
    let mut dead = false;
    for (i, word) in words {
        let last = word.len().min(max_rows);
        let shared = previous
            .iter()
            .zip(word)
            .take_while(|(a, b)| a == b)
            .count()
            .min(rows);
        if !(dead && shared == rows) {
            rows = shared;
            dead = false;
            while rows < last {
                let c = rows + 1;
                let (done, rest) = table.split_at_mut(c * width);
                let above = &done[(c - 1) * width..];
                let row = &mut rest[..width];
                row[0] = (c as u8).min(cap);
                let mut row_min = row[0];
                let letter = word[c - 1];
                for r in 1..=n {
                    let cost = u8::from(term[r - 1] != letter);
                    let mut d = (above[r] + 1).min(row[r - 1] + 1).min(above[r - 1] + cost);
                    if r > 1 && c > 1 && term[r - 1] == word[c - 2] && term[r - 2] == letter {
                        d = d.min(done[(c - 2) * width + r - 2] + 1);
                    }
                    let d = d.min(cap);
                    row[r] = d;
                    row_min = row_min.min(d);
                }
                best[c] = if c >= lo {
                    best[c - 1].min(row[n])
                } else {
                    cap
                };
                rows = c;
                if usize::from(row_min) > limit {
                    dead = true;
                    break;
                }
            }
        }
        previous = word;
        if usize::from(best[rows]) <= limit {
            found(i);
        }
    }
}
