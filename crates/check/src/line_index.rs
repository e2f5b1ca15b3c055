/// Line starts of a text, built once, so byte offsets turn into line and column on demand.
#[derive(Debug, Clone)]
pub struct LineIndex {
    line_starts: Vec<usize>,
}

/// A 1-based line and a 1-based column counted in chars (what people and rustc use).
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct LineCol {
    pub line: usize,
    pub column: usize,
}

impl LineIndex {
    pub fn new(text: &str) -> Self {
        let line_starts = std::iter::once(0)
            .chain(memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i + 1))
            .collect();
        LineIndex { line_starts }
    }

    /// 0-based index of the line holding `offset`.
    pub fn line_of(&self, offset: usize) -> usize {
        self.line_starts.partition_point(|&s| s <= offset) - 1
    }

    /// The byte range of 0-based line `line`, without its line terminator.
    pub fn line_range(&self, text: &str, line: usize) -> std::ops::Range<usize> {
        let start = self.line_starts[line];
        let end = self
            .line_starts
            .get(line + 1)
            .map_or(text.len(), |&next| next - 1);
        let end = if end > start && text.as_bytes()[end - 1] == b'\r' {
            end - 1
        } else {
            end
        };
        start..end.max(start)
    }

    pub fn line_col(&self, text: &str, offset: usize) -> LineCol {
        let line = self.line_of(offset);
        let start = self.line_starts[line];
        let column = text[start..offset].chars().count() + 1;
        LineCol {
            line: line + 1,
            column,
        }
    }

    /// A cursor for many look-ups in increasing order: on a 100 MB single line, counting
    /// chars from the line start for every finding would be quadratic.
    pub fn cursor<'a>(&'a self, text: &'a str) -> LineColCursor<'a> {
        LineColCursor {
            index: self,
            text,
            last: None,
        }
    }

    /// The column in UTF-16 code units, 0-based, as the Language Server Protocol counts.
    pub fn utf16_column(&self, text: &str, offset: usize) -> usize {
        let start = self.line_starts[self.line_of(offset)];
        text[start..offset].encode_utf16().count()
    }
}

/// Line and column look-ups that reuse the previous answer when moving forward on a line.
#[derive(Debug)]
pub struct LineColCursor<'a> {
    index: &'a LineIndex,
    text: &'a str,
    last: Option<(usize, LineCol)>,
}

impl LineColCursor<'_> {
    pub fn line_col(&mut self, offset: usize) -> LineCol {
        let at = match self.last {
            Some((prev, pos))
                if prev <= offset && self.index.line_of(prev) == self.index.line_of(offset) =>
            {
                LineCol {
                    line: pos.line,
                    column: pos.column + self.text[prev..offset].chars().count(),
                }
            }
            _ => self.index.line_col(self.text, offset),
        };
        self.last = Some((offset, at));
        at
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_and_columns() {
        let text = "ab\r\nção x\n";
        let index = LineIndex::new(text);
        assert_eq!(index.line_col(text, 0), LineCol { line: 1, column: 1 });
        assert_eq!(index.line_col(text, 4), LineCol { line: 2, column: 1 });
        assert_eq!(index.line_col(text, 4 + 6), LineCol { line: 2, column: 5 });
        assert_eq!(&text[index.line_range(text, 0)], "ab");
        assert_eq!(&text[index.line_range(text, 1)], "ção x");
        assert_eq!(&text[index.line_range(text, 2)], "");
        assert_eq!(index.utf16_column(text, 4 + 6), 4);
        let mut cursor = index.cursor(text);
        for offset in [0, 1, 4, 6, 10, 8, 11] {
            assert_eq!(
                cursor.line_col(offset),
                index.line_col(text, offset),
                "at {offset}"
            );
        }
    }
}
