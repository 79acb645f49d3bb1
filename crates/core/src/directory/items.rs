//! The items of a JSON list, one at a time, as text.
//!
//! A national directory has 100,000 entries; read as one tree of `serde_json::Value`s
//! it takes many times the file's size. The parser and the validator instead take the
//! `entries` list apart here and read each entry on its own, so that only one entry's
//! tree lives at a time. This only finds where each item starts and ends: the text has
//! already been read by serde_json (it is valid JSON), so counting brackets outside
//! strings is enough. On text that is not valid JSON it stops early; it never panics.

/// The items of `list`, the text of a JSON list (`[ … ]`), each with its byte offset
/// in `list`; an item's text starts at its first character and ends after its last,
/// as serde_json's `RawValue` has it.
pub(crate) fn items(list: &str) -> Items<'_> {
    let pos = usize::from(list.starts_with('['));
    Items { list, pos }
}

/// See [`items`].
pub(crate) struct Items<'a> {
    list: &'a str,
    pos: usize,
}

impl<'a> Iterator for Items<'a> {
    type Item = (usize, &'a str);

    fn next(&mut self) -> Option<(usize, &'a str)> {
        let bytes = self.list.as_bytes();
        loop {
            match bytes.get(self.pos)? {
                b' ' | b'\t' | b'\n' | b'\r' | b',' => self.pos += 1,
                b']' => return None,
                _ => break,
            }
        }
        let start = self.pos;
        let end = value_end(bytes, start);
        if end == start {
            // Not a value (the text is not valid JSON): stop rather than loop.
            self.pos = bytes.len();
            return None;
        }
        self.pos = end;
        Some((start, &self.list[start..end]))
    }
}

/// One past the last byte of the JSON value that starts at `start`: after its closing
/// quote or bracket, or after the last character of a number or word. Always at a
/// character boundary, because every byte it stops at is ASCII (or the end).
pub(crate) fn value_end(bytes: &[u8], start: usize) -> usize {
    match bytes.get(start) {
        None => start,
        Some(b'"') => string_end(bytes, start),
        Some(b'[' | b'{') => {
            let (mut pos, mut depth) = (start, 0usize);
            while let Some(&b) = bytes.get(pos) {
                match b {
                    b'"' => {
                        pos = string_end(bytes, pos);
                        continue;
                    }
                    b'[' | b'{' => depth += 1,
                    b']' | b'}' => {
                        depth -= 1;
                        if depth == 0 {
                            return pos + 1;
                        }
                    }
                    _ => {}
                }
                pos += 1;
            }
            bytes.len()
        }
        Some(_) => {
            let rest = &bytes[start..];
            start
                + rest
                    .iter()
                    .position(|b| b",:[]{}\" \t\n\r".contains(b))
                    .unwrap_or(rest.len())
        }
    }
}

/// One past the closing quote of the string whose opening quote is at `start`.
fn string_end(bytes: &[u8], start: usize) -> usize {
    let mut pos = start + 1;
    while let Some(&b) = bytes.get(pos) {
        match b {
            b'\\' => pos += 2,
            b'"' => return pos + 1,
            _ => pos += 1,
        }
    }
    bytes.len()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use serde_json::value::RawValue;

    /// The items as serde_json's `RawValue`s have them.
    fn by_serde(list: &str) -> Vec<(usize, &str)> {
        let raw: Vec<&RawValue> = serde_json::from_str(list).unwrap();
        raw.iter()
            .map(|r| (r.get().as_ptr() as usize - list.as_ptr() as usize, r.get()))
            .collect()
    }

    #[test]
    fn finds_each_item() {
        let list = "[ 1, \"a,]\\\"b\" ,{\"x\": [1, {}]},[],{} ,\n-2.5e3, true,null,\"é\"]";
        let found: Vec<_> = items(list).collect();
        assert_eq!(found, by_serde(list));
        assert_eq!(found.len(), 9);
        assert_eq!(found[1].1, "\"a,]\\\"b\"");
        assert_eq!(found[2].1, "{\"x\": [1, {}]}");
        assert_eq!(items("[]").count(), 0);
        assert_eq!(items("[ \n ]").count(), 0);
    }

    #[test]
    fn never_panics_on_broken_text() {
        for text in [
            "", "[", "[\"", "[\"\\", "[{", "[1,", "]", "[:]", "[}", "x", "[\"é",
        ] {
            let _ = items(text).count();
        }
    }

    fn json() -> impl Strategy<Value = serde_json::Value> {
        let leaf = prop_oneof![
            Just(serde_json::Value::Null),
            any::<bool>().prop_map(serde_json::Value::from),
            any::<i64>().prop_map(serde_json::Value::from),
            any::<f64>()
                .prop_filter("finite", |f| f.is_finite())
                .prop_map(serde_json::Value::from),
            "[\\PC\"\\\\\\[\\]{},:]{0,8}".prop_map(serde_json::Value::from),
        ];
        leaf.prop_recursive(4, 32, 4, |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..4).prop_map(serde_json::Value::from),
                prop::collection::vec(("[a-z\"\\]{},]{0,4}", inner), 0..4)
                    .prop_map(|pairs| serde_json::Value::Object(pairs.into_iter().collect())),
            ]
        })
    }

    proptest! {
        /// On any list, compact or pretty-printed, the items are serde_json's.
        #[test]
        fn agrees_with_serde(values in prop::collection::vec(json(), 0..6), pretty: bool) {
            let list = serde_json::Value::from(values);
            let text = if pretty {
                serde_json::to_string_pretty(&list).unwrap()
            } else {
                serde_json::to_string(&list).unwrap()
            };
            prop_assert_eq!(items(&text).collect::<Vec<_>>(), by_serde(&text));
        }
    }
}
