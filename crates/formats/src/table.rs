//! CSV and TSV sheets: a header row names the source and target columns (and optionally
//! an `id` column); each later record is a unit.
//!
//! The csv crate reads the records (and says where each starts); a small scanner then
//! finds each field's bytes in the record so the texts map exactly: a quoted field's
//! doubled quote `""` is one escaped `"`. TSV is read without quoting, as IANA's TSV is.
//!
//! The column names accepted are those glossary import accepts for source and target
//! (its matcher is private to the glossary crate, so the few names are repeated here),
//! plus `mt` for the target, `--fields` names, and the `--source-lang`/`--lang` tags.

use csv::{ErrorKind, ReaderBuilder, StringRecord};
use mtlint_check::{ByteRange, MappedText, MappedTextBuilder, Segment};

use crate::{FormatError, ReadOptions, Unit, Units};

const SOURCE_NAMES: &[&str] = &[
    "source",
    "src",
    "source text",
    "source term",
    "source form",
    "original",
    "term",
];
const TARGET_NAMES: &[&str] = &[
    "target",
    "tgt",
    "target text",
    "target term",
    "target form",
    "translation",
    "translated",
    "translated term",
    "mt",
];

/// Which columns hold what.
struct Columns {
    source: usize,
    target: usize,
    id: Option<usize>,
}

pub(crate) fn read(text: &str, delimiter: u8, opts: &ReadOptions) -> Result<Units, FormatError> {
    let body = text.strip_prefix('\u{feff}').unwrap_or(text);
    let bom = text.len() - body.len();
    let quoting = delimiter == b',';
    let mut reader = ReaderBuilder::new()
        .delimiter(delimiter)
        .quoting(quoting)
        .has_headers(false)
        .from_reader(body.as_bytes());
    let mut records = reader.records();
    let header = match records.next() {
        Some(r) => r.map_err(|e| csv_error(text, bom, e))?,
        None => {
            return Err(FormatError::at(
                text,
                0,
                "an empty sheet: a header row naming the source and target columns is needed",
            ))
        }
    };
    let columns = columns(&header, opts).ok_or_else(|| {
        let found: Vec<&str> = header.iter().collect();
        FormatError::at(
            text,
            bom,
            format!(
                "no source and target columns in the header (found: {}; expected e.g. `source` and `target`, or --fields SRC,TGT)",
                found.join(", ")
            ),
        )
    })?;
    let scanner = Scanner {
        text,
        delimiter,
        quoting,
    };
    let mut out = Units::default();
    for record in records {
        let record = record.map_err(|e| csv_error(text, bom, e))?;
        let Some(pos) = record.position() else {
            continue;
        };
        // After a CRLF the csv crate may place the record at its LF.
        let mut start = bom + pos.byte() as usize;
        while matches!(text.as_bytes().get(start), Some(b'\r' | b'\n')) {
            start += 1;
        }
        let (fields, end) = scanner.fields(start);
        let span = ByteRange::new(start, end);
        let unit = unit(&record, &fields, &columns, span, pos.line()).ok_or_else(|| {
            FormatError::at(text, start, "a record whose fields could not be mapped")
        })?;
        if let Some(unit) = unit {
            out.units.push(unit);
        }
    }
    Ok(out)
}

fn normalise(name: &str) -> String {
    name.trim().to_lowercase().replace(['_', '-'], " ")
}

fn columns(header: &StringRecord, opts: &ReadOptions) -> Option<Columns> {
    let names: Vec<String> = header.iter().map(normalise).collect();
    let find = |wanted: &[String]| names.iter().position(|n| wanted.contains(n));
    let (src, tgt): (Vec<String>, Vec<String>) = match &opts.fields {
        Some((s, t)) => (vec![normalise(s)], vec![normalise(t)]),
        None => {
            let mut s: Vec<String> = SOURCE_NAMES.iter().map(|n| n.to_string()).collect();
            let mut t: Vec<String> = TARGET_NAMES.iter().map(|n| n.to_string()).collect();
            s.extend(opts.source_lang.iter().map(|l| normalise(l)));
            t.extend(opts.target_lang.iter().map(|l| normalise(l)));
            (s, t)
        }
    };
    Some(Columns {
        source: find(&src)?,
        target: find(&tgt)?,
        id: find(&["id".into(), "key".into()]),
    })
}

/// The unit of one record (`span` in the file), `None` inside when its target is empty;
/// `None` outside when the scanner's fields disagree with the csv crate's (which would be
/// a bug).
fn unit(
    record: &StringRecord,
    fields: &[MappedText],
    columns: &Columns,
    span: ByteRange,
    line: u64,
) -> Option<Option<Unit>> {
    if fields.len() != record.len() || fields.iter().zip(record).any(|(f, r)| f.text() != r) {
        return None;
    }
    let target = fields.get(columns.target).cloned().unwrap_or_default();
    if target.text().trim().is_empty() {
        return Some(None);
    }
    let id = columns
        .id
        .and_then(|i| record.get(i))
        .filter(|id| !id.is_empty())
        .map_or_else(|| line.to_string(), str::to_owned);
    let segment = Segment {
        id: Some(id),
        target,
        source: fields.get(columns.source).cloned(),
    };
    Some(Some(Unit::new(segment, span)))
}

/// Finds the fields of a record already validated by the csv crate.
struct Scanner<'a> {
    text: &'a str,
    delimiter: u8,
    quoting: bool,
}

impl Scanner<'_> {
    /// The fields of the record starting at `start`, and where the record ends (before its
    /// line break). The record's span comes from these two offsets, not from its fields'
    /// maps: an empty field maps no byte of the file.
    fn fields(&self, start: usize) -> (Vec<MappedText>, usize) {
        let bytes = self.text.as_bytes();
        let mut fields = Vec::new();
        let mut at = start;
        loop {
            let mut b = MappedTextBuilder::new();
            at = if self.quoting && bytes.get(at) == Some(&b'"') {
                self.quoted(at, &mut b)
            } else {
                self.plain(at, &mut b)
            };
            fields.push(b.finish());
            match bytes.get(at) {
                Some(&d) if d == self.delimiter => at += 1,
                _ => return (fields, at),
            }
        }
    }

    /// An unquoted field from `at`; returns where it ends.
    fn plain(&self, at: usize, b: &mut MappedTextBuilder) -> usize {
        let bytes = self.text.as_bytes();
        let mut end = at;
        while end < bytes.len()
            && bytes[end] != self.delimiter
            && !matches!(bytes[end], b'\n' | b'\r')
        {
            end += 1;
        }
        b.verbatim(&self.text[at..end], at);
        end
    }

    /// A quoted field opening at `at`; returns where it ends (past the closing quote and
    /// any text the csv crate keeps after it).
    fn quoted(&self, at: usize, b: &mut MappedTextBuilder) -> usize {
        let bytes = self.text.as_bytes();
        let mut run = at + 1;
        let mut i = run;
        while i < bytes.len() {
            if bytes[i] == b'"' {
                b.verbatim(&self.text[run..i], run);
                if bytes.get(i + 1) == Some(&b'"') {
                    b.escaped("\"", ByteRange::new(i, i + 2));
                    i += 2;
                    run = i;
                    continue;
                }
                // After the closing quote the csv crate keeps what follows as text.
                return self.plain(i + 1, b);
            }
            i += 1;
        }
        b.verbatim(&self.text[run..], run);
        bytes.len()
    }
}

fn csv_error(text: &str, bom: usize, e: csv::Error) -> FormatError {
    let at = e.position().map_or(0, |p| p.byte() as usize);
    let message = match e.kind() {
        ErrorKind::UnequalLengths {
            expected_len, len, ..
        } => {
            format!("a record of {len} fields where the header has {expected_len}")
        }
        ErrorKind::Utf8 { .. } => "text that is not UTF-8".into(),
        _ => format!("malformed sheet: {e}"),
    };
    FormatError::at(text, bom + at, message)
}
