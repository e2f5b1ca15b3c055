//! A finding's object written as `serde_json::to_writer` writes it, byte for byte, without
//! serde: `--format jsonl` writes one per finding, and serde's walk of the nested structs
//! (a call and a write per field, the string escaper's per-call set-up) cost more than
//! checking with the glossary rules alone on text with many findings. The test below
//! compares both on findings with every optional field.

use mtlint_check::{Applicability, ByteRange, LineCol};

use super::{JsonFinding, JsonRelated, JsonSuggestion, JsonTerm};

impl JsonFinding<'_> {
    /// Appends the object, compact, to `out`.
    pub(in crate::report) fn write_compact(&self, out: &mut Vec<u8>) {
        out.extend_from_slice(b"{\"rule\":");
        string(out, self.rule);
        out.extend_from_slice(b",\"severity\":");
        string(out, self.severity);
        out.extend_from_slice(b",\"file\":");
        string(out, self.file);
        out.push(b',');
        place(out, self.range, self.start, self.end);
        out.extend_from_slice(b",\"text\":");
        string(out, self.text);
        out.extend_from_slice(b",\"message\":");
        string(out, self.message);
        out.extend_from_slice(b",\"suggestions\":[");
        for (i, s) in self.suggestions.iter().enumerate() {
            if i > 0 {
                out.push(b',');
            }
            suggestion(out, s);
        }
        out.push(b']');
        if let Some(note) = self.note {
            out.extend_from_slice(b",\"note\":");
            string(out, note);
        }
        if let Some(confidence) = self.confidence {
            out.extend_from_slice(b",\"confidence\":");
            // serde_json's own float formatting (shortest round trip, `null` if not
            // finite): a Vec takes every write.
            let _ = serde_json::to_writer(&mut *out, &confidence);
        }
        if let Some(term) = &self.term {
            out.extend_from_slice(b",\"term\":");
            term_object(out, term);
        }
        if let Some(segment) = self.segment {
            out.extend_from_slice(b",\"segment\":");
            string(out, segment);
        }
        if let Some(source) = self.source {
            out.extend_from_slice(b",\"source\":");
            string(out, source);
        }
        if !self.related.is_empty() {
            out.extend_from_slice(b",\"related\":[");
            for (i, r) in self.related.iter().enumerate() {
                if i > 0 {
                    out.push(b',');
                }
                related(out, r);
            }
            out.push(b']');
        }
        out.push(b'}');
    }
}

/// `"range":{…},"start":{…},"end":{…}`.
fn place(out: &mut Vec<u8>, range: ByteRange, start: LineCol, end: LineCol) {
    out.extend_from_slice(b"\"range\":");
    byte_range(out, range);
    out.extend_from_slice(b",\"start\":");
    line_col(out, start);
    out.extend_from_slice(b",\"end\":");
    line_col(out, end);
}

fn byte_range(out: &mut Vec<u8>, range: ByteRange) {
    out.extend_from_slice(b"{\"start\":");
    number(out, range.start as u64);
    out.extend_from_slice(b",\"end\":");
    number(out, range.end as u64);
    out.push(b'}');
}

fn line_col(out: &mut Vec<u8>, at: LineCol) {
    out.extend_from_slice(b"{\"line\":");
    number(out, at.line as u64);
    out.extend_from_slice(b",\"column\":");
    number(out, at.column as u64);
    out.push(b'}');
}

fn suggestion(out: &mut Vec<u8>, s: &JsonSuggestion<'_>) {
    out.extend_from_slice(b"{\"replacement\":");
    string(out, s.replacement);
    out.extend_from_slice(b",\"range\":");
    byte_range(out, s.range);
    out.extend_from_slice(b",\"applicability\":");
    string(out, applicability(s.applicability));
    out.push(b'}');
}

/// The name serde gives each variant (`rename_all = "kebab-case"`).
fn applicability(a: Applicability) -> &'static str {
    match a {
        Applicability::Safe => "safe",
        Applicability::Unsafe => "unsafe",
        Applicability::DisplayOnly => "display-only",
    }
}

fn term_object(out: &mut Vec<u8>, term: &JsonTerm<'_>) {
    out.extend_from_slice(b"{\"id\":");
    string(out, term.id);
    out.extend_from_slice(b",\"kind\":");
    string(out, term.kind);
    out.extend_from_slice(b",\"preferred\":");
    string(out, term.preferred);
    out.extend_from_slice(b",\"glossary\":{\"file\":");
    string(out, term.glossary.file);
    out.extend_from_slice(b",\"line\":");
    number(out, u64::from(term.glossary.line));
    out.extend_from_slice(b",\"column\":");
    number(out, u64::from(term.glossary.column));
    out.extend_from_slice(b"}}");
}

fn related(out: &mut Vec<u8>, r: &JsonRelated<'_>) {
    out.push(b'{');
    place(out, r.range, r.start, r.end);
    out.extend_from_slice(b",\"text\":");
    string(out, r.text);
    out.extend_from_slice(b",\"message\":");
    string(out, r.message);
    out.push(b'}');
}

/// A number in decimal, as serde_json (itoa) writes it.
fn number(out: &mut Vec<u8>, mut n: u64) {
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    loop {
        at -= 1;
        digits[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    out.extend_from_slice(&digits[at..]);
}

/// What serde_json escapes: '"', '\\' and the control bytes below 0x20, five of them by
/// a letter, the others as `\u00XX` in lowercase hex; every other byte is written as it
/// is (UTF-8 is kept, DEL too).
fn string(out: &mut Vec<u8>, s: &str) {
    out.push(b'"');
    let bytes = s.as_bytes();
    let mut from = 0;
    let mut i = 0;
    while i < bytes.len() {
        // Eight bytes a step while none of them is escaped (nearly every string).
        if let Some(chunk) = bytes
            .get(i..i + 8)
            .and_then(|c| <[u8; 8]>::try_from(c).ok())
        {
            if !any_escaped(u64::from_le_bytes(chunk)) {
                i += 8;
                continue;
            }
        }
        let b = bytes[i];
        i += 1;
        if b >= 0x20 && b != b'"' && b != b'\\' {
            continue;
        }
        out.extend_from_slice(&bytes[from..i - 1]);
        from = i;
        match b {
            b'"' => out.extend_from_slice(b"\\\""),
            b'\\' => out.extend_from_slice(b"\\\\"),
            0x08 => out.extend_from_slice(b"\\b"),
            0x0c => out.extend_from_slice(b"\\f"),
            b'\n' => out.extend_from_slice(b"\\n"),
            b'\r' => out.extend_from_slice(b"\\r"),
            b'\t' => out.extend_from_slice(b"\\t"),
            _ => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                out.extend_from_slice(b"\\u00");
                out.push(HEX[usize::from(b >> 4)]);
                out.push(HEX[usize::from(b & 0xf)]);
            }
        }
    }
    out.extend_from_slice(&bytes[from..]);
    out.push(b'"');
}

/// Whether a byte of `word` is below 0x20, '"' or '\\' (a `string` escapes it): the
/// bit tricks "has a byte less than n" and "has a zero byte" (of the word xor'ed with the
/// byte sought), which never miss one.
fn any_escaped(word: u64) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    let has_less = |v: u64, n: u64| v.wrapping_sub(ONES * n) & !v & HIGHS != 0;
    has_less(word, 0x20)
        || has_less(word ^ (ONES * u64::from(b'"')), 1)
        || has_less(word ^ (ONES * u64::from(b'\\')), 1)
}

#[cfg(test)]
mod tests {
    use mtlint_check::{Finding, LineIndex, Related, Rule, SegmentInfo, Suggestion, TermRef};
    use mtlint_glossary::{Location, TermKind};

    use super::super::finding;
    use super::*;

    /// Text with every char serde_json escapes, and more.
    const TEXT: &str =
        "Wonsan \"aspas\" \\barra\\ \u{1}\u{8}\u{c}\t\r\nlinha \u{1f}\u{7f} ção “x” 😀 fim\n";

    fn findings() -> Vec<Finding> {
        let all = ByteRange::new(0, TEXT.len());
        let mut plain = Finding::new(Rule::Untranslated, ByteRange::new(0, 6), "simples".into());
        plain.confidence = Some(0.999_800_5);
        let mut full = Finding::new(Rule::WrongTerm, ByteRange::new(7, 24), TEXT.into());
        full.suggestions = [
            Applicability::Safe,
            Applicability::Unsafe,
            Applicability::DisplayOnly,
        ]
        .into_iter()
        .map(|applicability| Suggestion {
            range: ByteRange::new(8, 13),
            replacement: "a\"b\\c\u{0}\n".into(),
            applicability,
        })
        .collect();
        full.term = Some(TermRef {
            id: "id \"x\"".into(),
            kind: TermKind::Place,
            preferred: "Wŏnsan\t".into(),
            origin: Location {
                file: "gloss\\ário.toml".into(),
                line: 4_000_000_000,
                column: 7,
            },
        });
        full.note = Some("nota\u{1b}".into());
        full.confidence = Some(1.0);
        full.segment = Some(Box::new(SegmentInfo {
            id: Some("msgid \"a\"".into()),
            source: Some("source\r\n".into()),
        }));
        full.related = vec![
            Related {
                range: all,
                message: "another use of “x”".into(),
            },
            Related {
                range: ByteRange::new(1, 3),
                message: String::new(),
            },
        ];
        let mut odd = Finding::new(Rule::MissingAccent, all, String::new());
        odd.confidence = Some(f32::NAN);
        odd.segment = Some(Box::new(SegmentInfo {
            id: None,
            source: Some(String::new()),
        }));
        let mut tiny = Finding::new(
            Rule::SpacedHyphen,
            ByteRange::new(TEXT.len(), TEXT.len()),
            "\u{7f}".into(),
        );
        tiny.confidence = Some(1e-7);
        tiny.note = Some(String::new());
        vec![plain, full, odd, tiny]
    }

    #[test]
    fn objects_are_written_as_serde_json_writes_them() {
        let index = LineIndex::new(TEXT);
        let mut cursor = index.cursor(TEXT);
        let found = findings();
        for f in &found {
            let object = finding("dir/ficheiro \"1\".txt", TEXT, &mut cursor, f);
            let mut ours = Vec::new();
            object.write_compact(&mut ours);
            let serde = serde_json::to_vec(&object).unwrap();
            assert_eq!(
                String::from_utf8_lossy(&ours),
                String::from_utf8_lossy(&serde)
            );
        }
    }

    #[test]
    fn strings_are_escaped_as_serde_json_escapes_them() {
        // Every ASCII byte and some wider chars, at every offset of a string longer than
        // two steps of eight bytes.
        let mut chars: Vec<char> = (0u8..0x80).map(char::from).collect();
        chars.extend(['ç', '“', '😀', '\u{a0}']);
        for c in chars {
            for at in 0..20 {
                let s: String = (0..20).map(|i| if i == at { c } else { 'a' }).collect();
                let mut ours = Vec::new();
                string(&mut ours, &s);
                assert_eq!(ours, serde_json::to_vec(&s).unwrap(), "{s:?}");
            }
        }
    }

    #[test]
    fn numbers_are_written_in_decimal() {
        for n in [0, 7, 10, 99, 1_000, 4_000_000_000, u64::MAX] {
            let mut out = Vec::new();
            number(&mut out, n);
            assert_eq!(out, n.to_string().into_bytes());
        }
    }
}
