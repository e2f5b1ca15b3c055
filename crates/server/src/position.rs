//! Byte offsets of a text and the protocol's positions (0-based line, UTF-16 column).

use lsp_types::{Position, Range};
use mtlint_check::{ByteRange, LineIndex, Utf16Cursor};

/// A text with its line starts, for conversions both ways.
pub struct Lines<'a> {
    text: &'a str,
    index: LineIndex,
}

impl<'a> Lines<'a> {
    pub fn new(text: &'a str) -> Self {
        Lines {
            text,
            index: LineIndex::new(text),
        }
    }

    pub fn text(&self) -> &'a str {
        self.text
    }

    /// A cursor for many ranges in increasing order.
    pub fn cursor(&self) -> RangeCursor<'_> {
        RangeCursor(Utf16Cursor::new(&self.index, self.text))
    }

    pub fn range(&self, range: ByteRange) -> Range {
        self.cursor().range(range)
    }

    /// The byte offset of `pos`. A column past the line's end means its end (the
    /// protocol says so); a line past the text's end means the text's end.
    pub fn offset(&self, pos: Position) -> usize {
        let line = pos.line as usize;
        if line > self.index.line_of(self.text.len()) {
            return self.text.len();
        }
        let span = self.index.line_range(self.text, line);
        let mut units = 0usize;
        for (i, c) in self.text[span.clone()].char_indices() {
            if units >= pos.character as usize {
                return span.start + i;
            }
            units += c.len_utf16();
        }
        span.end
    }

    /// The byte range of `range`, start and end in order.
    pub fn byte_range(&self, range: Range) -> ByteRange {
        let (a, b) = (self.offset(range.start), self.offset(range.end));
        ByteRange::new(a.min(b), a.max(b))
    }

    /// The start of the 0-based line holding `offset`.
    pub fn line_start(&self, offset: usize) -> usize {
        self.index
            .line_range(self.text, self.index.line_of(offset))
            .start
    }
}

/// Ranges looked up in increasing order, reusing the previous answer on a line.
pub struct RangeCursor<'a>(Utf16Cursor<'a>);

impl RangeCursor<'_> {
    pub fn range(&mut self, range: ByteRange) -> Range {
        let span = self.0.span(range);
        // Utf16Cursor counts from 1, the protocol from 0.
        Range::new(
            Position::new(as_u32(span.start.line - 1), as_u32(span.start.column - 1)),
            Position::new(as_u32(span.end.line - 1), as_u32(span.end.column - 1)),
        )
    }
}

fn as_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accents_emoji_and_crlf_count_in_utf16() {
        // "ç" is one UTF-16 unit in two bytes, "😀" two units in four bytes; CRLF ends lines.
        let text = "ação 😀 Pyongyang\r\nWonsan é\r\n";
        let lines = Lines::new(text);
        let p = text.find("Pyongyang").unwrap();
        let range = lines.range(ByteRange::new(p, p + 9));
        assert_eq!(range.start, Position::new(0, 8));
        assert_eq!(range.end, Position::new(0, 17));
        assert_eq!(lines.offset(range.start), p);
        assert_eq!(lines.offset(range.end), p + 9);
        let e = text.find('é').unwrap();
        assert_eq!(
            lines.range(ByteRange::new(e, e + 2)).start,
            Position::new(1, 7)
        );
        assert_eq!(lines.offset(Position::new(1, 7)), e);
        // Past the line's end: before its CRLF; past the text: its end.
        assert_eq!(lines.offset(Position::new(0, 99)), text.find('\r').unwrap());
        assert_eq!(lines.offset(Position::new(9, 0)), text.len());
        assert_eq!(lines.offset(Position::new(2, 0)), text.len());
    }

    #[test]
    fn a_column_inside_a_surrogate_pair_is_not_a_char_boundary_split() {
        let text = "😀x";
        let lines = Lines::new(text);
        // Column 1 is the middle of the emoji: the offset moves to the next char.
        assert_eq!(lines.offset(Position::new(0, 1)), 4);
        assert_eq!(lines.offset(Position::new(0, 2)), 4);
    }
}
