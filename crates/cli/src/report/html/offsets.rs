//! Byte offsets turned into UTF-16 offsets, JavaScript's string indices, in one walk over
//! the text (a 1 MB text with 5,000 findings must not be rescanned per finding).

use mtlint_check::ByteRange;

/// The UTF-16 offsets of a set of byte offsets of one text.
pub struct Utf16Offsets {
    /// (byte offset, UTF-16 offset), sorted by byte offset; only char boundaries.
    table: Vec<(usize, usize)>,
    whole: usize,
}

impl Utf16Offsets {
    /// Looks up the ends of `ranges` in `text`; ends that are not char boundaries of
    /// `text` are left out (their ranges then have no UTF-16 form).
    pub fn new(text: &str, ranges: impl Iterator<Item = ByteRange>) -> Self {
        let mut wanted: Vec<usize> = ranges
            .flat_map(|r| [r.start, r.end])
            .filter(|&at| text.is_char_boundary(at))
            .collect();
        wanted.sort_unstable();
        wanted.dedup();
        let mut table = Vec::with_capacity(wanted.len());
        let (mut byte, mut units) = (0, 0);
        for at in wanted {
            units += text[byte..at].encode_utf16().count();
            byte = at;
            table.push((at, units));
        }
        let whole = units + text[byte..].encode_utf16().count();
        Utf16Offsets { table, whole }
    }

    /// The UTF-16 length of the whole text.
    pub fn whole_len(&self) -> usize {
        self.whole
    }

    /// `range` in UTF-16 offsets, if both ends were looked up and it is not reversed.
    pub fn range(&self, range: ByteRange) -> Option<(usize, usize)> {
        let start = self.get(range.start)?;
        let end = self.get(range.end)?;
        (start <= end).then_some((start, end))
    }

    fn get(&self, at: usize) -> Option<usize> {
        self.table
            .binary_search_by_key(&at, |&(byte, _)| byte)
            .ok()
            .map(|i| self.table[i].1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_count_utf16_code_units() {
        // "é" is 2 bytes and 1 unit, "𝄞" 4 bytes and 2 units.
        let text = "é𝄞 Coréia";
        let coreia = text.find("Coréia").expect("in text");
        let ranges = [
            ByteRange::new(coreia, text.len()),
            ByteRange::new(0, 2),
            // Inside "𝄞": not a char boundary, so no UTF-16 form.
            ByteRange::new(3, 6),
        ];
        let offsets = Utf16Offsets::new(text, ranges.into_iter());
        assert_eq!(offsets.range(ranges[0]), Some((4, 10)));
        assert_eq!(offsets.range(ranges[1]), Some((0, 1)));
        assert_eq!(offsets.range(ranges[2]), None);
        assert_eq!(offsets.whole_len(), text.encode_utf16().count());
        // A range never looked up, or past the end, has none either.
        assert_eq!(offsets.range(ByteRange::new(0, 99)), None);
    }
}
