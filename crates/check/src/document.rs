//! A text to check together with where its prose is: all of it for plain text, only the
//! prose for Markdown.
//!
//! Rules never see the non-prose parts: they check a copy of the source of equal length in
//! which every byte outside the prose is blanked, so every byte offset (and so every line
//! and column) still points into the original file, and a multi-word form can still span
//! a soft line break or emphasis markers inside a paragraph.

use std::borrow::Cow;

use crate::{markdown, Applicability, ByteRange, Finding, Rule};

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

/// A text and the parts of it that are prose.
#[derive(Debug, Clone)]
pub struct Document<'a> {
    source: &'a str,
    /// `source` with every non-prose byte blanked; the same length.
    checked: Cow<'a, str>,
    /// The prose, in order; plain text is one range.
    prose: Vec<ByteRange>,
}

impl<'a> Document<'a> {
    pub fn new(source: &'a str, kind: DocumentKind) -> Self {
        match kind {
            DocumentKind::PlainText => Document::plain(source),
            DocumentKind::Markdown => Document::markdown(source),
        }
    }

    /// Plain text: all of it is prose.
    pub fn plain(source: &'a str) -> Self {
        Document {
            source,
            checked: Cow::Borrowed(source),
            prose: vec![ByteRange::new(0, source.len())],
        }
    }

    /// Markdown: text and inline text are prose; code spans and blocks, HTML, math, link
    /// destinations, autolinks, bare URLs and front matter are not.
    pub fn markdown(source: &'a str) -> Self {
        // A byte-order mark would hide front matter from the parser.
        let bom = if source.starts_with('\u{feff}') { 3 } else { 0 };
        let layout = markdown::layout(&source[bom..]);
        let prose: Vec<ByteRange> = layout.prose.iter().map(|r| r.shifted(bom)).collect();
        let opaque: Vec<ByteRange> = layout.opaque.iter().map(|r| r.shifted(bom)).collect();
        let checked = Cow::Owned(blank(source, &prose, &opaque));
        Document {
            source,
            checked,
            prose,
        }
    }

    /// The text as written.
    pub fn source(&self) -> &'a str {
        self.source
    }

    /// The text the rules read: the source with its non-prose bytes blanked (line breaks
    /// kept), the same length as the source.
    pub fn checked_text(&self) -> &str {
        &self.checked
    }

    /// The byte ranges of the prose, in order.
    pub fn prose(&self) -> &[ByteRange] {
        &self.prose
    }

    /// Whether `range` lies inside one stretch of prose, or across prose joined only by
    /// white space and markup (not across a code span or a URL).
    fn covers(&self, range: ByteRange) -> bool {
        range.is_empty() || self.checked[range.as_range()] == self.source[range.as_range()]
    }

    /// Makes findings on the checked text safe for the source: a suggestion whose range
    /// takes in markup ("**Coréia** do Norte") would delete it, so it is only shown.
    pub fn settle(&self, findings: &mut Vec<Finding>) {
        // A space the rules saw where the source has markup ("*Coréia*." reads "Coréia .")
        // is no typographic error of the text.
        findings.retain(|f| {
            !matches!(f.rule, Rule::SpacedPunctuation | Rule::SpacedHyphen) || self.covers(f.range)
        });
        for finding in findings {
            for suggestion in &mut finding.suggestions {
                if suggestion.applicability == Applicability::Safe && !self.covers(suggestion.range)
                {
                    suggestion.applicability = Applicability::DisplayOnly;
                }
            }
        }
    }
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

    #[test]
    fn plain_text_is_checked_as_is() {
        let doc = Document::plain("Coréia `x`");
        assert_eq!(doc.checked_text(), "Coréia `x`");
        assert_eq!(doc.prose(), [ByteRange::new(0, 11)]);
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
        assert_eq!(doc.prose().len(), 1);
        assert_eq!(&source[doc.prose()[0].as_range()], "Texto.");
    }
}
