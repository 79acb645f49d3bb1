//! Where each value of a JSON text starts, by its path (`entries[3].schedules[0].byday`).
//!
//! `serde_json::Value` forgets positions, and the validator needs a line and column for
//! every problem. This scanner walks the text after `serde_json` has accepted it, and
//! records the byte offset of every value and every object key. It is small on
//! purpose: the syntax has already been checked, so it only has to find token
//! boundaries. It never panics, even on text `serde_json` would refuse.
//!
//! A directory file is scanned in parts, as the validator reads it: its top level
//! without the items of `entries` ([`Spans::scan_top`]), and each item on its own
//! ([`Spans::scan_item`]), so that the map holds one entry's paths at a time, not the
//! whole file's (which took several times the file's size). [`value_of`] and
//! [`key_of`] look a path up in such parts as if they were one map.

use std::collections::HashMap;

use super::items::value_end;

/// Byte offsets of the values and keys of one JSON text.
#[derive(Debug, Default)]
pub(crate) struct Spans {
    values: HashMap<String, usize>,
    keys: HashMap<String, usize>,
    /// Members whose key occurs more than once in the same object.
    pub duplicate_keys: Vec<DuplicateKey>,
}

/// A member whose key was already used in the same object.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct DuplicateKey {
    /// The member's path (`entries[0]["a.b"]`).
    pub path: String,
    /// The key as written, decoded (`a.b`): not to be read back from the path, where
    /// a key with a dot or a bracket is quoted.
    pub key: String,
}

/// The path of a member of the object at `parent`.
pub(crate) fn key_path(parent: &str, key: &str) -> String {
    let simple = !key.is_empty()
        && key
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '$'));
    match (parent.is_empty(), simple) {
        (true, true) => key.to_owned(),
        (false, true) => format!("{parent}.{key}"),
        (_, false) => format!("{parent}[{}]", serde_json::Value::from(key)),
    }
}

/// The path of an item of the list at `parent`.
pub(crate) fn index_path(parent: &str, index: usize) -> String {
    format!("{parent}[{index}]")
}

impl Spans {
    /// Every value and key of a whole text.
    #[cfg(test)]
    pub fn scan(text: &str) -> Spans {
        let mut spans = Spans::default();
        Scanner::new(text, 0, false, &mut spans).value(String::new(), 0);
        spans
    }

    /// The top level of a directory file: every value and key, but not inside the
    /// items of a list `entries` (only where that list starts). See [`Spans::scan_item`].
    pub fn scan_top(text: &str) -> Spans {
        let mut spans = Spans::default();
        Scanner::new(text, 0, true, &mut spans).value(String::new(), 0);
        spans
    }

    /// Replaces what was found with the values and keys of one item of `entries`:
    /// `item` is its text, which starts at byte `offset` of the file, and `path` its
    /// path (`entries[3]`). The maps keep their room, for the next item.
    pub fn scan_item(&mut self, item: &str, path: &str, offset: usize) {
        self.values.clear();
        self.keys.clear();
        self.duplicate_keys.clear();
        // An item is two levels deep in the file: in the list, in the top object.
        Scanner::new(item, offset, false, self).value(path.to_owned(), 2);
    }

    /// The members whose key was used before in the same object, each with where its
    /// key starts (the last time it is used).
    pub fn duplicates(&self) -> Vec<(DuplicateKey, usize)> {
        self.duplicate_keys
            .iter()
            .map(|d| (d.clone(), key_of(&[self], &d.path)))
            .collect()
    }

    /// Where the value at `path` starts; for a path that is not in the text (a missing
    /// field), where its nearest existing ancestor starts.
    #[cfg(test)]
    pub fn value(&self, path: &str) -> usize {
        value_of(&[self], path)
    }

    /// Where the key of the member at `path` starts (falls back to [`Spans::value`]).
    #[cfg(test)]
    pub fn key(&self, path: &str) -> usize {
        key_of(&[self], path)
    }
}

/// [`Spans::value`] over the union of `parts` (one text's parts do not share paths).
pub(crate) fn value_of(parts: &[&Spans], path: &str) -> usize {
    let mut path = path;
    loop {
        if let Some(offset) = parts.iter().find_map(|s| s.values.get(path)) {
            return *offset;
        }
        match parent(path) {
            Some(p) => path = p,
            None => return 0,
        }
    }
}

/// [`Spans::key`] over the union of `parts`.
pub(crate) fn key_of(parts: &[&Spans], path: &str) -> usize {
    parts
        .iter()
        .find_map(|s| s.keys.get(path))
        .copied()
        .unwrap_or_else(|| value_of(parts, path))
}

/// `a.b[2]` → `a.b`; `a.b` → `a`; `a` → ``; `` → none.
fn parent(path: &str) -> Option<&str> {
    if path.is_empty() {
        return None;
    }
    if path.ends_with("\"]") {
        return path.rfind("[\"").map(|cut| &path[..cut]);
    }
    if path.ends_with(']') {
        return path.rfind('[').map(|cut| &path[..cut]);
    }
    Some(path.rfind('.').map_or("", |i| &path[..i]))
}

struct Scanner<'a> {
    text: &'a str,
    bytes: &'a [u8],
    pos: usize,
    /// Where `text` starts in the file: added to every offset recorded.
    base: usize,
    /// Step over the items of the top object's `entries` list ([`Spans::scan_top`]).
    skip_entries: bool,
    spans: &'a mut Spans,
}

/// Deeper than this, the text is not a directory; serde_json stops at 128 as well.
const MAX_DEPTH: usize = 256;

impl<'a> Scanner<'a> {
    fn new(text: &'a str, base: usize, skip_entries: bool, spans: &'a mut Spans) -> Self {
        Scanner {
            text,
            bytes: text.as_bytes(),
            pos: 0,
            base,
            skip_entries,
            spans,
        }
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }

    fn skip_ws(&mut self) {
        while self
            .peek()
            .is_some_and(|b| matches!(b, b' ' | b'\t' | b'\n' | b'\r'))
        {
            self.pos += 1;
        }
    }

    fn value(&mut self, path: String, depth: usize) {
        self.skip_ws();
        if depth > MAX_DEPTH {
            return;
        }
        self.spans.values.insert(path.clone(), self.base + self.pos);
        match self.peek() {
            Some(b'{') => self.object(&path, depth),
            Some(b'[') => self.array(&path, depth),
            Some(b'"') => {
                self.string();
            }
            Some(_) => self.scalar(),
            None => {}
        }
    }

    fn object(&mut self, path: &str, depth: usize) {
        self.pos += 1;
        loop {
            self.skip_ws();
            match self.peek() {
                Some(b'"') => {}
                Some(b'}') => {
                    self.pos += 1;
                    return;
                }
                Some(b',') => {
                    self.pos += 1;
                    continue;
                }
                _ => return,
            }
            let key_start = self.pos;
            let key = self.string();
            let child = key_path(path, &key);
            let entries = self.skip_entries && depth == 0 && key == "entries";
            if self
                .spans
                .keys
                .insert(child.clone(), self.base + key_start)
                .is_some()
            {
                self.spans.duplicate_keys.push(DuplicateKey {
                    path: child.clone(),
                    key,
                });
            }
            self.skip_ws();
            if self.peek() != Some(b':') {
                return;
            }
            self.pos += 1;
            if entries {
                self.skip_ws();
                if self.peek() == Some(b'[') {
                    self.spans.values.insert(child, self.base + self.pos);
                    self.pos = value_end(self.bytes, self.pos);
                    continue;
                }
            }
            self.value(child, depth + 1);
        }
    }

    fn array(&mut self, path: &str, depth: usize) {
        self.pos += 1;
        let mut index = 0;
        loop {
            self.skip_ws();
            match self.peek() {
                Some(b']') => {
                    self.pos += 1;
                    return;
                }
                Some(b',') => {
                    self.pos += 1;
                    continue;
                }
                None => return,
                _ => {}
            }
            let before = self.pos;
            self.value(index_path(path, index), depth + 1);
            index += 1;
            if self.pos == before {
                // Not a value this scanner understands: stop rather than loop.
                return;
            }
        }
    }

    /// Skips a string token and returns its decoded text.
    fn string(&mut self) -> String {
        let start = self.pos;
        self.pos += 1;
        while let Some(b) = self.peek() {
            self.pos += 1;
            match b {
                b'\\' => self.pos += 1,
                b'"' => break,
                _ => {}
            }
        }
        let end = self.pos.min(self.bytes.len());
        self.text
            .get(start..end)
            .and_then(|raw| serde_json::from_str(raw).ok())
            .unwrap_or_default()
    }

    fn scalar(&mut self) {
        while self.peek().is_some_and(|b| {
            !matches!(
                b,
                b',' | b'}' | b']' | b' ' | b'\t' | b'\n' | b'\r' | b'{' | b'[' | b'"'
            )
        }) {
            self.pos += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_values_and_keys() {
        let text = "{\n  \"a\": [1, {\"b c\": true}],\n  \"d\": \"x\\\"y\",\n  \"d\": null\n}";
        let spans = Spans::scan(text);
        assert_eq!(spans.value(""), 0);
        assert_eq!(&text[spans.value("a")..][..1], "[");
        assert_eq!(&text[spans.value("a[0]")..][..1], "1");
        assert_eq!(&text[spans.value("a[1][\"b c\"]")..][..4], "true");
        assert_eq!(&text[spans.key("a[1][\"b c\"]")..][..5], "\"b c\"");
        assert_eq!(&text[spans.value("d")..][..4], "null");
        assert_eq!(
            spans.duplicate_keys,
            vec![DuplicateKey {
                path: "d".into(),
                key: "d".into()
            }]
        );
        // Missing paths fall back to the nearest ancestor.
        assert_eq!(spans.value("a[1].nope"), spans.value("a[1]"));
        assert_eq!(spans.value("zzz[4].q"), 0);
    }

    /// Scanned in parts (the top, then each entry on its own), a file has the places
    /// it has when scanned whole, and the same repeated keys; the top holds nothing
    /// of the entries but where their list starts.
    #[test]
    fn parts_agree_with_the_whole() {
        let text = "{\"schema_version\": 1, \"note\": {\"a\": 1, \"a\": [2]},\n \"entries\": [ {\"id\": \"x\", \"s\": [1, {\"b\": \"]}\"}]},\n  {\"id\": \"y\", \"id\": \"z\"}, 3 ], \"end\": null}";
        let whole = Spans::scan(text);
        let top = Spans::scan_top(text);
        assert!(top.values.keys().all(|p| !p.starts_with("entries[")));
        let start = top.value("entries");
        let list = &text[start..crate::directory::items::value_end(text.as_bytes(), start)];
        let mut duplicates = top.duplicates();
        let mut item = Spans::default();
        let mut checked = 0;
        for (i, (offset, entry)) in crate::directory::items::items(list).enumerate() {
            let path = index_path("entries", i);
            item.scan_item(entry, &path, start + offset);
            duplicates.extend(item.duplicates());
            for p in whole.values.keys().filter(|p| p.starts_with(&path)) {
                assert_eq!(value_of(&[&item, &top], p), whole.value(p), "{p}");
                assert_eq!(key_of(&[&item, &top], p), whole.key(p), "{p}");
                checked += 1;
            }
        }
        for p in whole.values.keys().filter(|p| !p.starts_with("entries[")) {
            assert_eq!(value_of(&[&top], p), whole.value(p), "{p}");
            assert_eq!(key_of(&[&top], p), whole.key(p), "{p}");
            checked += 1;
        }
        assert_eq!(checked, whole.values.len());
        assert_eq!(duplicates, whole.duplicates());
        assert_eq!(duplicates.len(), 2);
    }

    #[test]
    fn parents() {
        assert_eq!(
            parent("entries[3].schedules[0].byday"),
            Some("entries[3].schedules[0]")
        );
        assert_eq!(parent("entries[3]"), Some("entries"));
        assert_eq!(parent("entries"), Some(""));
        assert_eq!(parent("a[\"x[1]\"]"), Some("a"));
        assert_eq!(parent(""), None);
    }

    #[test]
    fn never_panics_on_broken_text() {
        for text in [
            "",
            "{",
            "[",
            "{\"a\"",
            "{\"a\":",
            "\"",
            "[1,",
            "{\"é\":\"ü",
            "]]]",
        ] {
            let _ = Spans::scan(text);
        }
    }
}
