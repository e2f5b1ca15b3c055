//! A file to check as the segments the rules read: all of it for plain text, only the
//! prose for Markdown, the translations of a bilingual file.
//!
//! Rules never see the non-prose parts of Markdown: they check a copy of the file of equal
//! length in which every byte outside the prose is blanked, so every byte offset (and so
//! every line and column) still points into the file, and a multi-word form can still
//! span a soft line break or emphasis markers inside a paragraph.

use std::borrow::Cow;

use crate::segment::{MappedText, OffsetMap, RunKind, Segment};
use crate::{markdown, Applicability, ByteRange, Finding, SegmentInfo};

/// How a text is written, which decides what of it is prose.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DocumentKind {
    /// Every byte is prose.
    PlainText,
    /// CommonMark with the GitHub extensions and front matter.
    Markdown,
}

/// What blanks a non-prose byte that sits inside a sentence (a code span, a URL): not
/// white space, so no multi-word form matches across it, and not a word character.
const OPAQUE: char = '\u{1f}';

/// A file to check: the text as written and the segments the rules read.
///
/// Plain text and Markdown are one segment without source; bilingual formats give one
/// segment per unit. The checker reads the segments' targets one after another, a blank
/// line between two (so no rule reads across them), as one [`CheckedText`]; findings on it
/// are mapped back to the file with [`Document::to_file`].
#[derive(Debug, Clone)]
pub struct Document<'a> {
    file: &'a str,
    /// The segments a format read; none for plain text (see [`Reading::File`]).
    segments: Vec<Segment>,
    /// Where each segment's target starts in the checked text.
    starts: Vec<usize>,
    reading: Reading,
}

/// Where the checked text is.
#[derive(Debug, Clone)]
enum Reading {
    /// The file itself, read in place: plain text, one verbatim segment with this map.
    /// Not copied: a copy held a large file twice at the peak (64 MiB more for 64 MiB).
    File(OffsetMap),
    /// The one segment's target, read as it is.
    One,
    /// The segments' targets joined, when there are several.
    Joined(String),
}

/// What separates two segments' targets in the checked text: a paragraph break, which
/// every rule treats as a boundary.
const SEGMENT_BREAK: &str = "\n\n";

impl<'a> Document<'a> {
    pub fn new(file: &'a str, kind: DocumentKind) -> Self {
        match kind {
            DocumentKind::PlainText => Document::plain(file),
            DocumentKind::Markdown => Document::markdown(file),
        }
    }

    /// Plain text: all of it is prose, one segment.
    pub fn plain(file: &'a str) -> Self {
        Document {
            file,
            segments: Vec::new(),
            starts: vec![0],
            reading: Reading::File(OffsetMap::verbatim(file.len(), 0)),
        }
    }

    /// Markdown: text and inline text are prose; code spans and blocks, HTML, math, link
    /// destinations, autolinks, bare URLs and front matter are not. One segment whose
    /// target is the file with every non-prose byte blanked (so offsets do not move), the
    /// blanked bytes opaque in its map.
    pub fn markdown(file: &'a str) -> Self {
        // A byte-order mark would hide front matter from the parser.
        let bom = if file.starts_with('\u{feff}') { 3 } else { 0 };
        let layout = markdown::layout(&file[bom..]);
        let prose: Vec<ByteRange> = layout.prose.iter().map(|r| r.shifted(bom)).collect();
        let opaque: Vec<ByteRange> = layout.opaque.iter().map(|r| r.shifted(bom)).collect();
        let checked = blank(file, &prose, &opaque);
        let map = blanked_map(file, &checked);
        let target = MappedText::new(checked, map);
        Document::from_segments(file, vec![Segment::target(target)])
    }

    /// A document of `segments` read from `file` by a format.
    pub fn from_segments(file: &'a str, segments: Vec<Segment>) -> Self {
        let mut starts = Vec::with_capacity(segments.len());
        let reading = if segments.len() == 1 {
            starts.push(0);
            Reading::One
        } else {
            let len = segments.iter().map(|s| s.target.text().len() + 2).sum();
            let mut joined = String::with_capacity(len);
            for (i, segment) in segments.iter().enumerate() {
                if i > 0 {
                    joined.push_str(SEGMENT_BREAK);
                }
                starts.push(joined.len());
                joined.push_str(segment.target.text());
            }
            Reading::Joined(joined)
        };
        Document {
            file,
            segments,
            starts,
            reading,
        }
    }

    /// The file as written.
    pub fn file(&self) -> &'a str {
        self.file
    }

    /// The segments; plain text's one segment is made (a copy of the file) on demand.
    pub fn segments(&self) -> Cow<'_, [Segment]> {
        match &self.reading {
            Reading::File(_) => {
                let target = MappedText::verbatim(self.file.to_string(), 0);
                Cow::Owned(vec![Segment::target(target)])
            }
            _ => Cow::Borrowed(&self.segments),
        }
    }

    /// The text the rules read: the segments' targets, a blank line between two. For
    /// plain text and Markdown, as long as the file, every offset the file's.
    pub fn checked_text(&self) -> &str {
        match &self.reading {
            Reading::File(_) => self.file,
            Reading::One => self.segments.first().map_or("", |s| s.target.text()),
            Reading::Joined(joined) => joined,
        }
    }

    /// The checked text with the segments it is made of, as the checker reads it.
    pub fn checked(&self) -> CheckedText<'_> {
        let segments = match self.reading {
            Reading::File(_) => vec![SegmentSpan {
                range: ByteRange::new(0, self.file.len()),
                source: None,
            }],
            _ => self
                .segments
                .iter()
                .zip(&self.starts)
                .map(|(s, &start)| SegmentSpan {
                    range: ByteRange::new(start, start + s.target.text().len()),
                    source: s.source.as_ref().map(MappedText::text),
                })
                .collect(),
        };
        CheckedText {
            text: self.checked_text(),
            segments,
        }
    }

    /// The map of the `index`th segment's target to the file.
    fn map(&self, index: usize) -> &OffsetMap {
        match &self.reading {
            Reading::File(map) => map,
            _ => self.segments[index].target.map(),
        }
    }

    /// The index of the segment holding `offset` of the checked text, and where its
    /// target starts.
    fn segment_at(&self, offset: usize) -> Option<(usize, usize)> {
        let i = self
            .starts
            .partition_point(|&s| s <= offset)
            .checked_sub(1)?;
        Some((i, self.starts[i]))
    }

    /// Where a range of the checked text is in the file, by the segment it starts in.
    fn file_range(&self, range: ByteRange) -> Option<ByteRange> {
        let (index, start) = self.segment_at(range.start)?;
        let local = ByteRange::new(range.start - start, range.end.max(range.start) - start);
        Some(self.map(index).file_range(local))
    }

    /// Findings on the checked text, made safe for the file and moved to its positions.
    ///
    /// A space the rules saw where the file has markup ("*Coréia*." reads "Coréia .") is
    /// no typographic error of the text; a suggestion whose range takes in markup or an
    /// inline code ("**Coréia** do Norte") would delete it, so it is only shown.
    /// Each finding of a segment with an id or a source names them
    /// ([`Finding::segment`]).
    pub fn to_file(&self, findings: Vec<Finding>) -> Vec<Finding> {
        self.to_file_by_segment(findings, |_| {})
    }

    /// [`Document::to_file`], calling `segment_index` with the segment of each finding
    /// kept, in order.
    pub fn to_file_by_segment(
        &self,
        findings: Vec<Finding>,
        mut segment_index: impl FnMut(usize),
    ) -> Vec<Finding> {
        // Mapped in place (`into_iter().filter_map().collect()` reuses the vector): a
        // copy would hold every finding twice at the peak (20 MB for 100k findings).
        let mut found: Vec<Finding> = findings
            .into_iter()
            .filter_map(|mut finding| {
                let (index, start) = self.segment_at(finding.range.start)?;
                let map = self.map(index);
                let local =
                    |r: ByteRange| ByteRange::new(r.start - start, r.end.max(r.start) - start);
                if finding.rule.def().dropped_over_markup
                    && map.touches_opaque(local(finding.range))
                {
                    return None;
                }
                for suggestion in &mut finding.suggestions {
                    if suggestion.applicability == Applicability::Safe
                        && map.touches_opaque(local(suggestion.range))
                    {
                        suggestion.applicability = Applicability::DisplayOnly;
                    }
                    suggestion.range = map.file_range(local(suggestion.range));
                }
                finding.range = map.file_range(local(finding.range));
                // Related places may lie in other segments (another use of a word):
                // each is moved by its own segment's map, or dropped if none holds it.
                finding
                    .related
                    .retain_mut(|related| match self.file_range(related.range) {
                        Some(range) => {
                            related.range = range;
                            true
                        }
                        None => false,
                    });
                let segment = self.segments.get(index);
                if let Some(segment) = segment.filter(|s| s.id.is_some() || s.source.is_some()) {
                    finding.segment = Some(Box::new(SegmentInfo {
                        id: segment.id.clone(),
                        source: segment.source.as_ref().map(|s| s.text().to_string()),
                    }));
                }
                segment_index(index);
                Some(finding)
            })
            .collect();
        crate::checker::name_related_lines(&mut found, self.file);
        found
    }
}

/// The text a checker reads, with the segments it is made of.
#[derive(Debug, Clone)]
pub struct CheckedText<'a> {
    pub text: &'a str,
    /// Each segment's target range in `text`, in order, with its source text.
    pub segments: Vec<SegmentSpan<'a>>,
}

/// Where one segment's target lies in the checked text, and the source it translates.
#[derive(Debug, Clone, Copy)]
pub struct SegmentSpan<'a> {
    pub range: ByteRange,
    pub source: Option<&'a str>,
}

impl CheckedText<'_> {
    /// The source text of the segment holding `offset`, if the document has one.
    pub fn source_at(&self, offset: usize) -> Option<&str> {
        let i = self
            .segments
            .partition_point(|s| s.range.start <= offset)
            .checked_sub(1)?;
        self.segments[i].source
    }

    /// Ranges of about `target` bytes covering the text, cut only at segment boundaries
    /// (several segments) or paragraph boundaries (one), for checking in parallel.
    pub fn parts(&self, target: usize) -> Vec<ByteRange> {
        if self.segments.len() <= 1 {
            return crate::split_at_paragraphs(self.text, target);
        }
        let mut parts: Vec<ByteRange> = Vec::new();
        for (i, s) in self.segments.iter().enumerate() {
            // A part runs to the next segment's start, so it takes in the break after it.
            let end = self
                .segments
                .get(i + 1)
                .map_or(self.text.len(), |next| next.range.start);
            match parts.last_mut() {
                Some(last) if last.len() < target => last.end = end,
                _ => parts.push(ByteRange::new(s.range.start, end)),
            }
        }
        parts
    }
}

/// The map of a blanked text to its file: verbatim where the two agree, opaque where a
/// byte was blanked.
fn blanked_map(file: &str, checked: &str) -> OffsetMap {
    let (a, b) = (file.as_bytes(), checked.as_bytes());
    let mut map = OffsetMap::default();
    let mut at = 0;
    while at < a.len() {
        let same = a[at] == b[at];
        let len = a[at..]
            .iter()
            .zip(&b[at..])
            .take_while(|(x, y)| (x == y) == same)
            .count();
        let kind = if same {
            RunKind::Verbatim
        } else {
            RunKind::Opaque
        };
        map.push(kind, len, at, len);
        at += len;
    }
    map
}

/// `source` with the bytes outside `prose` replaced: line breaks kept, `opaque` ranges by
/// [`OPAQUE`], the rest (markup, block code, front matter) by spaces. Every char is
/// replaced by as many ASCII bytes as it is long, so offsets do not move.
fn blank(source: &str, prose: &[ByteRange], opaque: &[ByteRange]) -> String {
    let mut out = String::with_capacity(source.len());
    let mut opaque = opaque.iter().peekable();
    let mut at = 0;
    let mut fill = |out: &mut String, from: usize, to: usize| {
        for (i, c) in source[from..to].char_indices() {
            let offset = from + i;
            while opaque.next_if(|r| r.end <= offset).is_some() {}
            let blank = match c {
                '\n' | '\r' => c,
                _ if opaque.peek().is_some_and(|r| r.start <= offset) => OPAQUE,
                _ => ' ',
            };
            out.extend(std::iter::repeat_n(blank, c.len_utf8()));
        }
    };
    for range in prose {
        fill(&mut out, at, range.start);
        out.push_str(&source[range.as_range()]);
        at = range.end;
    }
    fill(&mut out, at, source.len());
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::MappedTextBuilder;

    #[test]
    fn plain_text_is_checked_as_is() {
        let doc = Document::plain("Coréia `x`");
        assert_eq!(doc.checked_text(), "Coréia `x`");
        assert_eq!(doc.segments().len(), 1);
        assert!(doc.segments()[0].target.map().is_verbatim());
        assert_eq!(doc.segments()[0].target.text(), "Coréia `x`");
    }

    /// A large plain file was held twice while checked: the file, and a copy that was
    /// the checked text. The checked text is now the file's own bytes.
    #[test]
    fn plain_text_is_read_in_place_not_copied() {
        let file = "A Coréia do Norte.\n\nOutro parágrafo.\n".to_string();
        let doc = Document::plain(&file);
        assert_eq!(doc.checked_text().as_ptr(), file.as_ptr());
        let checked = doc.checked();
        assert_eq!(checked.text.as_ptr(), file.as_ptr());
        assert_eq!(checked.text.len(), file.len());
        assert_eq!(checked.segments.len(), 1);
        assert_eq!(checked.segments[0].range, ByteRange::new(0, file.len()));
        assert_eq!(checked.segments[0].source, None);
    }

    #[test]
    fn markdown_blanks_keep_length_and_lines() {
        let source = "# Título\n\nA `Coréia` e **b**\nc.\n\n```\nCoréia\n```\n";
        let doc = Document::markdown(source);
        let checked = doc.checked_text();
        assert_eq!(checked.len(), source.len());
        assert_eq!(checked.lines().count(), source.lines().count());
        assert!(!checked.contains("Coréia"));
        assert!(checked.contains("Título"));
        assert!(checked
            .contains("A \u{1f}\u{1f}\u{1f}\u{1f}\u{1f}\u{1f}\u{1f}\u{1f}\u{1f} e   b  \nc."));
    }

    #[test]
    fn byte_order_mark_does_not_hide_front_matter() {
        let source = "\u{feff}---\ntitle: Coréia\n---\n\nTexto.\n";
        let doc = Document::markdown(source);
        assert!(!doc.checked_text().contains("Coréia"));
        assert!(doc.checked_text().contains("Texto."));
    }

    /// Two PO-like targets: "Coréia" as written, and "a\\nCoréia" with an escape.
    fn two_segments(file: &str) -> Document<'_> {
        let first = file.find("Coréia").unwrap_or_default();
        let second = file.rfind("a\\n").unwrap_or_default();
        let mut b = MappedTextBuilder::new();
        b.verbatim("a", second);
        b.escaped("\n", ByteRange::new(second + 1, second + 3));
        b.verbatim("Coréia", second + 3);
        let segments = vec![
            Segment::target(MappedText::verbatim("Coréia".into(), first)),
            Segment {
                id: Some("2".into()),
                target: b.finish(),
                source: Some(MappedText::verbatim("Korea".into(), 0)),
            },
        ];
        Document::from_segments(file, segments)
    }

    #[test]
    fn segments_are_read_apart_and_mapped_back_to_the_file() {
        let file = "msgstr \"Coréia\"\nmsgstr \"a\\nCoréia\"\n";
        let doc = two_segments(file);
        assert_eq!(doc.checked_text(), "Coréia\n\na\nCoréia");
        let checked = doc.checked();
        assert_eq!(checked.source_at(0), None);
        assert_eq!(checked.source_at(12), Some("Korea"));
        let at = doc.checked_text().rfind("Coréia").unwrap_or_default();
        let finding = Finding::new(
            crate::Rule::WrongTerm,
            ByteRange::new(at, at + 7),
            String::new(),
        );
        let mapped = doc.to_file(vec![finding]);
        assert_eq!(&file[mapped[0].range.as_range()], "Coréia");
        assert_eq!(
            mapped[0].range.start,
            file.rfind("Coréia").unwrap_or_default()
        );
    }

    #[test]
    fn parts_of_several_segments_cut_between_segments() {
        let file = "msgstr \"Coréia\"\nmsgstr \"a\\nCoréia\"\n";
        let doc = two_segments(file);
        let checked = doc.checked();
        let parts = checked.parts(1);
        // "Coréia" is 7 bytes; the second target starts after the blank line.
        assert_eq!(parts, [ByteRange::new(0, 9), ByteRange::new(9, 18)]);
    }
}
