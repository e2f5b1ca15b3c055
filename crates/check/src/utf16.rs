//! Positions in UTF-16 code units: what SARIF counts columns in by default, and what
//! GitHub's JavaScript front end counts in its annotations.

use crate::{ByteRange, LineIndex};

/// A 1-based line and a 1-based column counted in UTF-16 code units.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Utf16Pos {
    pub line: usize,
    pub column: usize,
}

/// Start and end (exclusive) of a range, both in UTF-16 positions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Utf16Span {
    pub start: Utf16Pos,
    pub end: Utf16Pos,
}

/// Look-ups that reuse the previous answer when moving forward on one line: on a 100 MB
/// single-line file, counting from the line start for every finding would be quadratic.
pub struct Utf16Cursor<'a> {
    index: &'a LineIndex,
    text: &'a str,
    /// The last offset looked up, its 0-based line, and its 0-based UTF-16 column.
    last: Option<(usize, usize, usize)>,
}

impl<'a> Utf16Cursor<'a> {
    pub fn new(index: &'a LineIndex, text: &'a str) -> Self {
        Utf16Cursor {
            index,
            text,
            last: None,
        }
    }

    pub fn pos(&mut self, offset: usize) -> Utf16Pos {
        let line = self.index.line_of(offset);
        let (from, column) = match self.last {
            Some((prev, prev_line, prev_col)) if prev_line == line && prev <= offset => {
                (prev, prev_col)
            }
            _ => (self.index.line_range(self.text, line).start, 0),
        };
        let column = column + self.text[from..offset].encode_utf16().count();
        self.last = Some((offset, line, column));
        Utf16Pos {
            line: line + 1,
            column: column + 1,
        }
    }

    /// The span of `range`; its end is the position just after the last character.
    pub fn span(&mut self, range: ByteRange) -> Utf16Span {
        let start = self.pos(range.start);
        // The end moves the cursor past later findings' starts; look it up without
        // disturbing the forward walk the next start relies on.
        let saved = self.last;
        let end = self.pos(range.end);
        self.last = saved;
        Utf16Span { start, end }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_count_utf16_code_units() {
        // "𝄞" is one char but two UTF-16 code units; "ç" is one of each.
        let text = "a𝄞ç x\r\nsegunda linha\n";
        let index = LineIndex::new(text);
        let mut cursor = Utf16Cursor::new(&index, text);
        let x = text.find('x').unwrap();
        assert_eq!(cursor.pos(x), Utf16Pos { line: 1, column: 6 });
        let linha = text.find("linha").unwrap();
        let span = cursor.span(ByteRange::new(linha, linha + 5));
        assert_eq!(span.start, Utf16Pos { line: 2, column: 9 });
        assert_eq!(
            span.end,
            Utf16Pos {
                line: 2,
                column: 14
            }
        );
        // Going back on a line still gives the right answer.
        assert_eq!(cursor.pos(1), Utf16Pos { line: 1, column: 2 });
    }
}
