//! Reading a file into the document the checker reads: plain text and Markdown as one
//! segment, a bilingual format's units as one segment each, a text with its source as
//! its aligned lines or sentences.

use std::borrow::Cow;

use mtlint_check::{ByteRange, Document, DocumentKind, MappedText, Rule, Segment};
use mtlint_formats::{align, escape, FormatError, InputFormat, ReadOptions, Side, Suppression};

use crate::CheckError;

/// How a file is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind<'a> {
    /// Plain text or Markdown: all of it is the translation.
    Text(DocumentKind),
    /// A bilingual file: PO, XLIFF, TMX, CSV/TSV or JSONL.
    Bilingual(InputFormat),
    /// Plain text whose source is another file (`--source`), paired line by line or by
    /// sentence.
    WithSource { name: &'a str, text: &'a str },
}

impl FileKind<'_> {
    /// Whether the file's own `<!-- mtlint-disable -->` comments are directives. In
    /// bilingual files a unit's directive stands before the unit and covers it alone.
    pub fn has_inline_directives(self) -> bool {
        !matches!(self, FileKind::Bilingual(_))
    }

    /// A fix's replacement as it is written into the file.
    pub fn escape(self, replacement: &str) -> Cow<'_, str> {
        match self {
            FileKind::Bilingual(format) => Cow::Owned(escape(format, replacement)),
            _ => Cow::Borrowed(replacement),
        }
    }
}

/// A file read for checking.
pub(crate) struct ReadFile<'a> {
    pub doc: Document<'a>,
    /// Per segment, the rules its unit's directive turns off.
    pub suppress: Vec<Suppression>,
    /// Things the user should know: fuzzy entries skipped, a pairing by sentence.
    pub notes: Vec<String>,
}

/// Reads `text`, the file `name`, as `kind`.
pub(crate) fn read<'a>(
    name: &str,
    text: &'a str,
    kind: FileKind<'_>,
    opts: &ReadOptions,
) -> Result<ReadFile<'a>, CheckError> {
    match kind {
        FileKind::Text(kind) => Ok(ReadFile {
            doc: Document::new(text, kind),
            suppress: Vec::new(),
            notes: Vec::new(),
        }),
        FileKind::Bilingual(format) => read_units(name, text, format, opts),
        FileKind::WithSource {
            name: source_name,
            text: source,
        } => read_pairs(name, text, source_name, source),
    }
}

fn read_units<'a>(
    name: &str,
    text: &'a str,
    format: InputFormat,
    opts: &ReadOptions,
) -> Result<ReadFile<'a>, CheckError> {
    let units = mtlint_formats::read(format, text, opts).map_err(|e| located(name, &e))?;
    let mut segments = Vec::with_capacity(units.units.len());
    let mut suppress = Vec::with_capacity(units.units.len());
    for unit in units.units {
        if let Suppression::Rules(rules) = &unit.suppress {
            if let Some(bad) = rules.iter().find(|r| Rule::from_name(r).is_none()) {
                let at = FormatError::at(
                    text,
                    unit.span.start,
                    mtlint_config::names::unknown_rule_in(bad, " in an mtlint-disable directive"),
                );
                return Err(located(name, &at));
            }
        }
        segments.push(unit.segment);
        suppress.push(unit.suppress);
    }
    let notes = units
        .notes
        .into_iter()
        .map(|n| format!("{name}: {n}"))
        .collect();
    Ok(ReadFile {
        doc: Document::from_segments(text, segments),
        suppress,
        notes,
    })
}

fn read_pairs<'a>(
    name: &str,
    text: &'a str,
    source_name: &str,
    source: &str,
) -> Result<ReadFile<'a>, CheckError> {
    let alignment = align(source, text).map_err(|e| match e.side {
        Side::Source => located(source_name, &e.error),
        Side::Target => located(name, &e.error),
    })?;
    let mut pairs: Vec<(ByteRange, Option<ByteRange>)> = alignment
        .pairs
        .iter()
        .map(|&(src, tgt)| (tgt, Some(src)))
        .chain(alignment.unmatched_target.iter().map(|&tgt| (tgt, None)))
        .collect();
    pairs.sort_by_key(|(tgt, _)| tgt.start);
    let segments = pairs
        .into_iter()
        .map(|(tgt, src)| Segment {
            id: None,
            target: MappedText::verbatim(text[tgt.as_range()].to_string(), tgt.start),
            source: src.map(|r| MappedText::verbatim(source[r.as_range()].to_string(), r.start)),
        })
        .collect();
    let notes = alignment
        .note
        .map(|n| format!("{name}: {n}"))
        .into_iter()
        .collect();
    Ok(ReadFile {
        doc: Document::from_segments(text, segments),
        suppress: Vec::new(),
        notes,
    })
}

/// A format error as `name:line:col: message`.
fn located(name: &str, e: &FormatError) -> CheckError {
    CheckError::Format(format!("{name}:{}:{}: {}", e.line, e.column, e.message))
}

#[cfg(test)]
mod tests {
    use super::*;
    use mtlint_check::DocumentKind;

    /// The checker reads a plain file in the caller's buffer: a copy would hold a large
    /// file twice (issue 21's memory goal, 2 x the input + 64 MiB, counts on it).
    #[test]
    fn plain_text_is_checked_in_the_callers_buffer() {
        let text = "A Coréia do Norte.\n".repeat(100);
        let kind = FileKind::Text(DocumentKind::PlainText);
        let file = read("f.txt", &text, kind, &ReadOptions::default()).expect("plain text");
        assert_eq!(file.doc.checked().text.as_ptr(), text.as_ptr());
        assert_eq!(file.doc.checked_text().len(), text.len());
    }
}
