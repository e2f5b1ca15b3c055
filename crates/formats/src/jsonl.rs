//! JSONL: one JSON object per line, with the source and target in string fields (`src`
//! and `mt`, or `source` and `target`, or the `fields` names), an optional `id` (string
//! or number; else the line number) and an optional `mtlint-disable` (a string of rule
//! names, empty for all, or an array of them).
//!
//! serde_json validates each line; a small scanner of our own then finds the fields'
//! strings so every escape (`\"`, `\n`, `\u00e9`, a surrogate pair) is one escaped run.

use mtlint_check::{ByteRange, MappedText, MappedTextBuilder, Segment};
use serde_json::Value;

use crate::{FormatError, ReadOptions, Suppression, Unit, Units};

const SOURCE_FIELDS: &[&str] = &["src", "source"];
const TARGET_FIELDS: &[&str] = &["mt", "target", "tgt"];

pub(crate) fn read(text: &str, opts: &ReadOptions) -> Result<Units, FormatError> {
    let (src_names, tgt_names): (Vec<&str>, Vec<&str>) = match &opts.fields {
        Some((s, t)) => (vec![s.as_str()], vec![t.as_str()]),
        None => (SOURCE_FIELDS.to_vec(), TARGET_FIELDS.to_vec()),
    };
    let mut out = Units::default();
    let mut at = 0;
    for (n, raw) in text.split_inclusive('\n').enumerate() {
        let mut line = raw.trim_end_matches(['\n', '\r']);
        let mut start = at;
        if n == 0 && line.starts_with('\u{feff}') {
            line = &line[3..];
            start += 3;
        }
        at += raw.len();
        if line.trim().is_empty() {
            continue;
        }
        let value: Value = serde_json::from_str(line).map_err(|e| {
            // serde_json counts columns in bytes from 1 on its one line.
            let col = e.column().saturating_sub(1).min(line.len());
            FormatError::at(text, start + col, format!("not a JSON record: {e}"))
        })?;
        let Value::Object(map) = &value else {
            return Err(FormatError::at(
                text,
                start,
                "a JSON value that is not an object",
            ));
        };
        let fields = Fields::scan(line, start);
        let Some(tgt_name) = pick(map, &tgt_names) else {
            return Err(FormatError::at(
                text,
                start,
                format!(
                    "no target field (`{}`) in this record",
                    tgt_names.join("` or `")
                ),
            ));
        };
        let Some(target) = fields.string(tgt_name) else {
            if map[tgt_name].is_null() {
                continue; // No translation yet.
            }
            return Err(FormatError::at(
                text,
                start,
                format!("`{tgt_name}` is not a string"),
            ));
        };
        if target.text().trim().is_empty() {
            continue; // Untranslated, as in the other formats.
        }
        let source = pick(map, &src_names).and_then(|s| fields.string(s));
        let id = match map.get("id") {
            Some(Value::String(s)) => s.clone(),
            Some(Value::Number(n)) => n.to_string(),
            _ => (n + 1).to_string(),
        };
        let segment = Segment {
            id: Some(id),
            target,
            source,
        };
        let mut unit = Unit::new(segment, ByteRange::new(start, start + line.len()));
        unit.suppress = suppression(map.get("mtlint-disable"));
        out.units.push(unit);
    }
    Ok(out)
}

/// The first of `names` the record has.
fn pick<'n>(map: &serde_json::Map<String, Value>, names: &[&'n str]) -> Option<&'n str> {
    names.iter().find(|n| map.contains_key(**n)).copied()
}

fn suppression(v: Option<&Value>) -> Suppression {
    match v {
        Some(Value::String(s)) => Suppression::from_rules([s.as_str()]),
        Some(Value::Array(a)) => Suppression::from_rules(a.iter().filter_map(Value::as_str)),
        Some(Value::Bool(true)) => Suppression::All,
        _ => Suppression::None,
    }
}

/// The top-level string fields of one JSON object line, mapped into the file.
struct Fields {
    strings: Vec<(String, MappedText)>,
}

impl Fields {
    /// Scans `line` (already valid JSON), which starts at `file` in the file.
    fn scan(line: &str, file: usize) -> Fields {
        let bytes = line.as_bytes();
        let mut strings = Vec::new();
        let mut i = line.find('{').map_or(bytes.len(), |i| i + 1);
        let mut key: Option<String> = None;
        let mut depth = 0usize;
        while i < bytes.len() {
            match bytes[i] {
                b'"' => {
                    let mut b = MappedTextBuilder::new();
                    i = string(line, i, file, &mut b);
                    if depth > 0 {
                        continue;
                    }
                    match key.take() {
                        None => key = Some(b.finish().text().to_owned()),
                        Some(k) => strings.push((k, b.finish())),
                    }
                }
                b'{' | b'[' => {
                    depth += 1;
                    i += 1;
                }
                b'}' | b']' => {
                    depth = depth.saturating_sub(1);
                    if depth == 0 {
                        key = None; // An object or array value ended.
                    }
                    i += 1;
                }
                b',' if depth == 0 => {
                    key = None; // A number, boolean or null value ended.
                    i += 1;
                }
                _ => i += 1,
            }
        }
        Fields { strings }
    }

    /// The last string value of `name` (serde_json also keeps the last of duplicates).
    fn string(&self, name: &str) -> Option<MappedText> {
        self.strings
            .iter()
            .rev()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
    }
}

/// Decodes the JSON string opening at `open` in `line` (at `file` in the file); returns
/// the offset past its closing quote.
fn string(line: &str, open: usize, file: usize, out: &mut MappedTextBuilder) -> usize {
    let bytes = line.as_bytes();
    let mut i = open + 1;
    let mut run = i;
    while i < bytes.len() {
        match bytes[i] {
            b'"' => {
                out.verbatim(&line[run..i], file + run);
                return i + 1;
            }
            b'\\' => {
                out.verbatim(&line[run..i], file + run);
                let (ch, len) = escape(&line[i..]);
                let mut buf = [0; 4];
                out.escaped(
                    ch.encode_utf8(&mut buf),
                    ByteRange::new(file + i, file + i + len),
                );
                i += len;
                run = i;
            }
            _ => i += 1,
        }
    }
    out.verbatim(&line[run..], file + run);
    bytes.len()
}

/// The char of the escape `s` starts with, and the escape's length in bytes.
fn escape(s: &str) -> (char, usize) {
    let simple = match s.as_bytes().get(1) {
        Some(b'n') => '\n',
        Some(b't') => '\t',
        Some(b'r') => '\r',
        Some(b'b') => '\u{8}',
        Some(b'f') => '\u{c}',
        Some(b'u') => return unicode(s),
        Some(&c) => c as char, // \" \\ \/
        None => return ('\\', 1),
    };
    (simple, 2)
}

/// `\uXXXX`, or a surrogate pair `\uD83D\uDE00` as one char.
fn unicode(s: &str) -> (char, usize) {
    let hex = |from: usize| {
        s.get(from..from + 4)
            .and_then(|h| u32::from_str_radix(h, 16).ok())
    };
    let Some(high) = hex(2) else {
        return ('\u{fffd}', 2);
    };
    if (0xd800..0xdc00).contains(&high) && s.get(6..8) == Some("\\u") {
        if let Some(low) = hex(8).filter(|l| (0xdc00..0xe000).contains(l)) {
            let code = 0x10000 + ((high - 0xd800) << 10) + (low - 0xdc00);
            return (char::from_u32(code).unwrap_or('\u{fffd}'), 12);
        }
    }
    (char::from_u32(high).unwrap_or('\u{fffd}'), 6)
}
