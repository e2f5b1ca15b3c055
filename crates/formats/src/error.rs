//! Errors with the place in the file they were found.

/// A file that cannot be read as its format: where and why.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{line}:{column}: {message}")]
pub struct FormatError {
    /// Byte offset in the file.
    pub offset: usize,
    /// 1-based line.
    pub line: usize,
    /// 1-based column, in chars.
    pub column: usize,
    pub message: String,
}

impl FormatError {
    /// An error at byte `offset` of `text` (clamped to the text, moved back to a char
    /// boundary).
    pub fn at(text: &str, offset: usize, message: impl Into<String>) -> Self {
        let mut offset = offset.min(text.len());
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        let before = &text[..offset];
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        FormatError {
            offset,
            line: before.matches('\n').count() + 1,
            column: before[line_start..].chars().count() + 1,
            message: message.into(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_count_chars_and_lines_start_at_one() {
        let e = FormatError::at("ab\nçé x", 8, "bad");
        assert_eq!((e.line, e.column), (2, 4));
        assert_eq!(e.to_string(), "2:4: bad");
        // Inside a char: moved back to its start; past the end: clamped.
        assert_eq!(FormatError::at("é", 1, "m").column, 1);
        assert_eq!(FormatError::at("ab", 99, "m").column, 3);
    }
}
