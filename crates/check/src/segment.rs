//! Segments: the units a document is checked in, each a target text with its source.
//!
//! A file format (plain text, Markdown, PO, XLIFF, …) turns a file into segments. A
//! segment's target is the text the rules read: unescaped, with markup and inline codes
//! replaced. Its [`OffsetMap`] says where each byte of that text stands in the file as
//! written, so findings are reported at file positions and fixes are written into the
//! file's own bytes. Rules never see the file: formats give scopes, rules stay
//! format-blind.

use crate::ByteRange;

/// How a stretch of the text the rules read stands for bytes of the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RunKind {
    /// The same bytes as the file's: offsets inside map one to one.
    Verbatim,
    /// One unit written otherwise in the file (`\n` in a PO string, `&amp;` in XML,
    /// `\u00e9` in JSON): a position inside it maps to its start or end, and a fix that
    /// covers it is written back escaped.
    Escaped,
    /// Something that is not text: blanked Markdown markup or code, an XLIFF inline code.
    /// Its bytes in the text only keep words apart; a fix that covers it would delete
    /// markup, so it is shown, not applied.
    Opaque,
}

/// One stretch of the text, `text_len` bytes from `text`, standing for `file_len` bytes of
/// the file from `file`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Run {
    text: usize,
    file: usize,
    text_len: usize,
    file_len: usize,
    kind: RunKind,
}

impl Run {
    fn text_end(&self) -> usize {
        self.text + self.text_len
    }

    /// Whether offsets inside map one to one: verbatim text, or a stand-in as long as what
    /// it stands for (Markdown's blanked markup keeps every offset).
    fn is_linear(&self) -> bool {
        self.kind == RunKind::Verbatim || self.text_len == self.file_len
    }
}

/// Where the bytes of a text stand in a file: runs in text order, covering the text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OffsetMap {
    runs: Vec<Run>,
}

impl OffsetMap {
    /// A text that is the file's bytes from `file_start` on, unchanged.
    pub fn verbatim(len: usize, file_start: usize) -> Self {
        let mut map = OffsetMap::default();
        map.push(RunKind::Verbatim, len, file_start, len);
        map
    }

    /// Appends a run of `text_len` bytes of text standing for `file_len` bytes of the file
    /// from `file`. Verbatim runs that continue each other are joined.
    pub fn push(&mut self, kind: RunKind, text_len: usize, file: usize, file_len: usize) {
        let text = self.runs.last().map_or(0, Run::text_end);
        if text_len == 0 && file_len == 0 {
            return;
        }
        if let Some(last) = self.runs.last_mut() {
            let joins = kind == RunKind::Verbatim
                && last.kind == RunKind::Verbatim
                && last.file + last.file_len == file;
            if joins {
                last.text_len += text_len;
                last.file_len += file_len;
                return;
            }
        }
        self.runs.push(Run {
            text,
            file,
            text_len,
            file_len,
            kind,
        });
    }

    /// The length of the text the map covers.
    pub fn text_len(&self) -> usize {
        self.runs.last().map_or(0, Run::text_end)
    }

    /// The run holding text offset `at` (the last one for the end of the text).
    fn run_at(&self, at: usize) -> Option<&Run> {
        let i = self.runs.partition_point(|r| r.text_end() <= at);
        self.runs.get(i).or(self.runs.last())
    }

    /// The file offset of text offset `at` as the start of a range: inside an escape, the
    /// escape's start.
    pub fn file_start(&self, at: usize) -> usize {
        match self.run_at(at) {
            None => at,
            Some(r) if r.is_linear() => r.file + (at - r.text).min(r.file_len),
            Some(r) if at <= r.text => r.file,
            Some(r) if at >= r.text_end() => r.file + r.file_len,
            Some(r) => r.file,
        }
    }

    /// The file offset of text offset `at` as the end of a range: inside an escape, the
    /// escape's end.
    pub fn file_end(&self, at: usize) -> usize {
        // An end at a run's start belongs to the run before.
        let i = self.runs.partition_point(|r| r.text_end() < at);
        match self.runs.get(i).or(self.runs.last()) {
            None => at,
            Some(r) if r.is_linear() => r.file + (at - r.text).min(r.file_len),
            Some(r) if at <= r.text => r.file,
            Some(r) => r.file + r.file_len,
        }
    }

    /// The file range that `range` of the text stands for.
    pub fn file_range(&self, range: ByteRange) -> ByteRange {
        let start = self.file_start(range.start);
        let end = if range.is_empty() {
            start
        } else {
            self.file_end(range.end).max(start)
        };
        ByteRange::new(start, end)
    }

    /// Whether `range` of the text takes in any opaque byte (markup, code, an inline tag).
    pub fn touches_opaque(&self, range: ByteRange) -> bool {
        if range.is_empty() {
            return false;
        }
        let first = self.runs.partition_point(|r| r.text_end() <= range.start);
        self.runs[first..]
            .iter()
            .take_while(|r| r.text < range.end)
            .any(|r| r.kind == RunKind::Opaque)
    }

    /// The runs in text order: their kind, their text range and the file range they stand
    /// for (formats' tests check each verbatim run against the file).
    pub fn runs(&self) -> impl Iterator<Item = (RunKind, ByteRange, ByteRange)> + '_ {
        self.runs.iter().map(|r| {
            (
                r.kind,
                ByteRange::new(r.text, r.text_end()),
                ByteRange::new(r.file, r.file + r.file_len),
            )
        })
    }

    /// Whether every byte of the text is the file's own (no escape, no markup).
    pub fn is_verbatim(&self) -> bool {
        self.runs.iter().all(|r| r.kind == RunKind::Verbatim)
    }
}

/// A text with where its bytes stand in the file.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MappedText {
    text: String,
    map: OffsetMap,
}

impl MappedText {
    /// `text` with its map; the map must cover the text exactly.
    pub fn new(text: String, map: OffsetMap) -> Self {
        debug_assert_eq!(text.len(), map.text_len(), "the map covers the text");
        MappedText { text, map }
    }

    /// A text that is the file's bytes from `file_start` on, unchanged.
    pub fn verbatim(text: String, file_start: usize) -> Self {
        let map = OffsetMap::verbatim(text.len(), file_start);
        MappedText { text, map }
    }

    pub fn text(&self) -> &str {
        &self.text
    }

    pub fn map(&self) -> &OffsetMap {
        &self.map
    }
}

/// Builds a [`MappedText`] piece by piece, as a format reads a file.
#[derive(Debug, Default)]
pub struct MappedTextBuilder {
    text: String,
    map: OffsetMap,
}

impl MappedTextBuilder {
    pub fn new() -> Self {
        Self::default()
    }

    /// `piece`, written as is in the file at `file`.
    pub fn verbatim(&mut self, piece: &str, file: usize) {
        self.text.push_str(piece);
        self.map
            .push(RunKind::Verbatim, piece.len(), file, piece.len());
    }

    /// `decoded`, written escaped as `file` (a byte range of the file).
    pub fn escaped(&mut self, decoded: &str, file: ByteRange) {
        self.text.push_str(decoded);
        self.map
            .push(RunKind::Escaped, decoded.len(), file.start, file.len());
    }

    /// `stand_in` (a placeholder of the rules' choosing) for non-text `file` bytes.
    pub fn opaque(&mut self, stand_in: &str, file: ByteRange) {
        self.text.push_str(stand_in);
        self.map
            .push(RunKind::Opaque, stand_in.len(), file.start, file.len());
    }

    pub fn is_empty(&self) -> bool {
        self.text.is_empty()
    }

    pub fn finish(self) -> MappedText {
        MappedText {
            text: self.text,
            map: self.map,
        }
    }
}

/// One unit of a document: a target text to check, with its id and its source.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Segment {
    /// How the format names the unit (a PO msgctxt and msgid, an XLIFF unit id, a JSONL
    /// record's id or line); none for plain text.
    pub id: Option<String>,
    /// The translation, as the rules read it.
    pub target: MappedText,
    /// The text it translates, where the format carries it.
    pub source: Option<MappedText>,
}

impl Segment {
    /// A segment of target text alone.
    pub fn target(target: MappedText) -> Self {
        Segment {
            id: None,
            target,
            source: None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// "a\\nbé" in a PO string: `\n` is one escaped byte.
    fn po_like() -> MappedText {
        let mut b = MappedTextBuilder::new();
        b.verbatim("a", 10);
        b.escaped("\n", ByteRange::new(11, 13));
        b.verbatim("bé", 13);
        b.finish()
    }

    #[test]
    fn verbatim_offsets_shift() {
        let m = MappedText::verbatim("Coréia".into(), 7);
        assert_eq!(
            m.map().file_range(ByteRange::new(0, 7)),
            ByteRange::new(7, 14)
        );
        assert!(m.map().is_verbatim());
    }

    #[test]
    fn escapes_map_to_their_whole_file_bytes() {
        let m = po_like();
        assert_eq!(m.text(), "a\nbé");
        // "a" alone, "\n" alone, "bé" alone, and all of it.
        assert_eq!(
            m.map().file_range(ByteRange::new(0, 1)),
            ByteRange::new(10, 11)
        );
        assert_eq!(
            m.map().file_range(ByteRange::new(1, 2)),
            ByteRange::new(11, 13)
        );
        assert_eq!(
            m.map().file_range(ByteRange::new(2, 5)),
            ByteRange::new(13, 16)
        );
        assert_eq!(
            m.map().file_range(ByteRange::new(0, 5)),
            ByteRange::new(10, 16)
        );
        // An empty range (an insertion) after the escape.
        assert_eq!(
            m.map().file_range(ByteRange::new(2, 2)),
            ByteRange::new(13, 13)
        );
        assert!(!m.map().is_verbatim());
        let runs: Vec<_> = m.map().runs().collect();
        assert_eq!(
            runs,
            [
                (
                    RunKind::Verbatim,
                    ByteRange::new(0, 1),
                    ByteRange::new(10, 11)
                ),
                (
                    RunKind::Escaped,
                    ByteRange::new(1, 2),
                    ByteRange::new(11, 13)
                ),
                (
                    RunKind::Verbatim,
                    ByteRange::new(2, 5),
                    ByteRange::new(13, 16)
                ),
            ]
        );
    }

    #[test]
    fn opaque_runs_are_found_only_where_a_range_takes_them_in() {
        let mut b = MappedTextBuilder::new();
        b.verbatim("Olá ", 0);
        b.opaque("\u{1f}", ByteRange::new(5, 15));
        b.verbatim(" mundo", 15);
        let m = b.finish();
        // "Olá " is 5 bytes, the stand-in 1, " mundo" 6.
        assert!(!m.map().touches_opaque(ByteRange::new(0, 5)));
        assert!(m.map().touches_opaque(ByteRange::new(4, 6)));
        assert!(!m.map().touches_opaque(ByteRange::new(6, 12)));
        assert_eq!(
            m.map().file_range(ByteRange::new(6, 12)),
            ByteRange::new(15, 21)
        );
        assert_eq!(
            m.map().file_range(ByteRange::new(5, 6)),
            ByteRange::new(5, 15)
        );
    }
}
