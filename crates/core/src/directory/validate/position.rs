//! Byte offsets as staff count: a line and a column in characters.

use super::Problem;

/// 1-based line and column (in characters) of a byte offset.
pub fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let offset = floor_char_boundary(text, offset);
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, before[line_start..].chars().count() + 1)
}

/// Fills in the line and column of each problem, as [`line_column`] gives them, in one
/// walk over the text: the problems must be in the order of their offsets. (Counted
/// from the start for each, they made `check` quadratic in the file; an index of all
/// line starts took memory in proportion to the file.)
pub(super) fn place(text: &str, problems: &mut [Problem]) {
    // Where the walk is: an offset, its line, and its column.
    let (mut at, mut line, mut column) = (0, 1, 1);
    for p in problems {
        let offset = floor_char_boundary(text, p.offset).max(at);
        let between = &text[at..offset];
        match between.rfind('\n') {
            Some(last) => {
                line += between.bytes().filter(|&b| b == b'\n').count();
                column = between[last + 1..].chars().count() + 1;
            }
            None => column += between.chars().count(),
        }
        at = offset;
        (p.line, p.column) = (line, column);
    }
}

/// The byte offset of serde_json's 1-based line and (byte) column.
pub(super) fn offset_of(text: &str, line: usize, column: usize) -> usize {
    let line_start = if line <= 1 {
        0
    } else {
        text.match_indices('\n')
            .nth(line - 2)
            .map_or(text.len(), |(i, _)| i + 1)
    };
    (line_start + column.saturating_sub(1)).min(text.len())
}

/// The nearest character boundary at or before `offset` (and within the text).
pub(super) fn floor_char_boundary(text: &str, offset: usize) -> usize {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

#[cfg(test)]
mod tests {
    use super::super::{Kind, Severity};
    use super::*;

    /// The walk gives what counting from the start gives, at every offset (also
    /// inside a character, and past the end), and for offsets that repeat.
    #[test]
    fn place_agrees_with_line_column() {
        let text = "a\n\nbé\n{\"x\": 1}\n\n";
        let mut problems: Vec<Problem> = [0, 0, 1, 2, 3, 4, 5, 5, 6, 7, 9, 14, 15, 16, 18, 40]
            .into_iter()
            .map(|offset| Problem {
                severity: Severity::Error,
                kind: Kind::Syntax(String::new()),
                path: String::new(),
                offset,
                line: 0,
                column: 0,
            })
            .collect();
        place(text, &mut problems);
        for p in &problems {
            assert_eq!(
                (p.line, p.column),
                line_column(text, p.offset),
                "{}",
                p.offset
            );
        }
    }
}
