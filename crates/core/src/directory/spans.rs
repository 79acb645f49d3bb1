//! Where each value of a JSON text starts, by its path (`entries[3].schedules[0].byday`).
//!
//! `serde_json::Value` forgets positions, and the validator needs a line and column for
//! every problem. This scanner walks the text once, after `serde_json` has accepted it,
//! and records the byte offset of every value and every object key. It is small on
//! purpose: the syntax has already been checked, so it only has to find token
//! boundaries. It never panics, even on text `serde_json` would refuse.

use std::collections::HashMap;

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
    pub fn scan(text: &str) -> Spans {
        let mut scanner = Scanner {
            text,
            bytes: text.as_bytes(),
            pos: 0,
            spans: Spans::default(),
        };
        scanner.value(String::new(), 0);
        scanner.spans
    }

    /// Where the value at `path` starts; for a path that is not in the text (a missing
    /// field), where its nearest existing ancestor starts.
    pub fn value(&self, path: &str) -> usize {
        let mut path = path;
        loop {
            if let Some(offset) = self.values.get(path) {
                return *offset;
            }
            match parent(path) {
                Some(p) => path = p,
                None => return 0,
            }
        }
    }

    /// Where the key of the member at `path` starts (falls back to [`Spans::value`]).
    pub fn key(&self, path: &str) -> usize {
        self.keys
            .get(path)
            .copied()
            .unwrap_or_else(|| self.value(path))
    }
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
    spans: Spans,
}

/// Deeper than this, the text is not a directory; serde_json stops at 128 as well.
const MAX_DEPTH: usize = 256;

impl Scanner<'_> {
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
        self.spans.values.insert(path.clone(), self.pos);
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
            if self.spans.keys.insert(child.clone(), key_start).is_some() {
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
