//! Byte offsets as staff count: a line and a column in characters.

/// 1-based line and column (in characters) of a byte offset.
pub fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let offset = floor_char_boundary(text, offset);
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, before[line_start..].chars().count() + 1)
}

/// The line starts of one text, found once: [`line_column`] for many offsets in
/// logarithmic time each (the validator reports a problem per entry or more, and a
/// walk from the start for each made `check` quadratic in the file).
#[derive(Debug, Default)]
pub(super) struct Lines {
    /// Byte offsets where lines 2, 3, … start; `None` until first asked.
    starts: Option<Vec<usize>>,
    /// The last offset asked and its column, to count on from there within the same
    /// line (a file of one line would otherwise count from its start every time).
    last: Option<(usize, usize, usize)>,
}

impl Lines {
    /// The same as [`line_column`].
    pub fn line_column(&mut self, text: &str, offset: usize) -> (usize, usize) {
        let offset = floor_char_boundary(text, offset);
        let starts = self
            .starts
            .get_or_insert_with(|| text.match_indices('\n').map(|(i, _)| i + 1).collect());
        // Lines that start at or before the offset, after the first.
        let before = starts.partition_point(|&s| s <= offset);
        let line_start = if before == 0 { 0 } else { starts[before - 1] };
        let column = match self.last {
            Some((start, at, column)) if start == line_start && at <= offset => {
                column + text[at..offset].chars().count()
            }
            _ => text[line_start..offset].chars().count() + 1,
        };
        self.last = Some((line_start, offset, column));
        (before + 1, column)
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
    use super::*;

    /// The index gives what the walk from the start gives, at every offset.
    #[test]
    fn lines_agree_with_line_column() {
        let text = "a\n\nbé\n{\"x\": 1}\n\n";
        let mut lines = Lines::default();
        for offset in 0..=text.len() + 2 {
            assert_eq!(
                lines.line_column(text, offset),
                line_column(text, offset),
                "{offset}"
            );
        }
    }
}
