/// 1-based line and column (in chars) of a byte offset in `text`.
///
/// An offset past the end, or inside a multi-byte char, is clamped to the nearest char
/// boundary before it, so this never panics on user data.
pub fn line_col(text: &str, offset: usize) -> (u32, u32) {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line = before.bytes().filter(|&b| b == b'\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = before[line_start..].chars().count() + 1;
    (to_u32(line), to_u32(column))
}

/// Line starts of a file, so many offsets turn into line and column without rescanning.
pub(crate) struct LineStarts(Vec<usize>);

impl LineStarts {
    pub fn new(text: &str) -> Self {
        LineStarts(
            std::iter::once(0)
                .chain(text.match_indices('\n').map(|(i, _)| i + 1))
                .collect(),
        )
    }

    /// Like [`line_col`], in O(log lines + line length).
    pub fn line_col(&self, text: &str, offset: usize) -> (u32, u32) {
        let mut offset = offset.min(text.len());
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self.0.partition_point(|&s| s <= offset) - 1;
        let column = text[self.0[line]..offset].chars().count() + 1;
        (to_u32(line + 1), to_u32(column))
    }
}

fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::line_col;

    #[test]
    fn counts_lines_and_chars() {
        let text = "ab\nção x";
        assert_eq!(line_col(text, 0), (1, 1));
        assert_eq!(line_col(text, 3), (2, 1));
        // "ção " is 6 bytes, 4 chars
        assert_eq!(line_col(text, 3 + 6), (2, 5));
        assert_eq!(line_col(text, 999), (2, 6));
        // inside the 2-byte "ç": clamped back
        assert_eq!(line_col(text, 4), (2, 1));
        let starts = super::LineStarts::new(text);
        for offset in [0, 3, 4, 9, 999] {
            assert_eq!(starts.line_col(text, offset), line_col(text, offset));
        }
    }
}

/// The comparison key of a form: NFC, lowercase, typographic variants folded (’ → ',
/// the hyphen family → -, runs of white space → one space). Two forms with the same key
/// match the same text, whatever their case mode, so validation compares keys.
pub fn fold_key(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    fold_key_into(s, &mut out);
    out
}

/// [`fold_key`] into a reused buffer (cleared first): folding a million forms must not
/// cost a million allocations.
pub fn fold_key_into(s: &str, out: &mut String) {
    use unicode_normalization::UnicodeNormalization;
    out.clear();
    let s = s.trim();
    // ASCII needs no normalisation: skipping NFC makes folding a large glossary cheap.
    if s.is_ascii() {
        push_folded(s.chars().map(|c| c.to_ascii_lowercase()), out);
    } else if unicode_normalization::is_nfc_quick(s.chars())
        == unicode_normalization::IsNormalized::Yes
    {
        // Already NFC (nearly every form): the same chars without the normaliser's
        // buffering, which was most of building a checker's term index.
        push_folded(s.chars().flat_map(char::to_lowercase), out);
    } else {
        push_folded(s.nfc().flat_map(char::to_lowercase), out);
    }
}

fn push_folded(chars: impl Iterator<Item = char>, out: &mut String) {
    let mut pending_space = false;
    for c in chars {
        if c.is_whitespace() {
            pending_space = true;
            continue;
        }
        if pending_space {
            out.push(' ');
            pending_space = false;
        }
        out.push(fold_typography(c));
    }
}

/// Typographic variants that MT and editors swap freely, folded to one ASCII char.
pub fn fold_typography(c: char) -> char {
    match c {
        '\u{2019}' | '\u{2018}' | '\u{02BC}' | '\u{2032}' | '`' | '\u{00B4}' => '\'',
        '\u{2010}' | '\u{2011}' => '-',
        _ => c,
    }
}

#[cfg(test)]
mod fold_tests {
    use super::fold_key;

    #[test]
    fn folds_case_nfc_typography_and_space() {
        // "Coréia" with a combining acute accent
        assert_eq!(fold_key("Core\u{301}ia  do\tNorte"), "coréia do norte");
        assert_eq!(fold_key("Wonson\u{2019}s"), "wonson's");
        assert_eq!(fold_key("norte\u{2011}coreano"), "norte-coreano");
    }
}
