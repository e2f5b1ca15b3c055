//! What the formats' tests share: reading fixtures and checking maps against the file.
#![allow(dead_code)]

use mtlint_check::{MappedText, RunKind};
use mtlint_formats::{escape, read, InputFormat, ReadOptions, Unit};

pub fn fixture(name: &str) -> String {
    let path = format!(
        "{}/../../tests/fixtures/formats/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

pub fn units(format: InputFormat, text: &str) -> Vec<Unit> {
    read(format, text, &ReadOptions::default())
        .unwrap_or_else(|e| panic!("{e}"))
        .units
}

/// The first byte an escape of `format` starts with in the file.
fn escape_lead(format: InputFormat) -> &'static [u8] {
    match format {
        InputFormat::Po | InputFormat::Jsonl => b"\\",
        InputFormat::Xliff | InputFormat::Tmx => b"&",
        InputFormat::Csv | InputFormat::Tsv => b"\"",
    }
}

/// Every verbatim run is the file's bytes at its range; every escape starts as the
/// format's escapes do; every opaque run is markup; the map covers the text.
pub fn assert_mapped(format: InputFormat, file: &str, m: &MappedText) {
    let mut covered = 0;
    for (kind, text, at) in m.map().runs() {
        assert_eq!(
            text.start,
            covered,
            "runs follow each other in {:?}",
            m.text()
        );
        covered = text.end;
        let in_file = &file[at.as_range()];
        match kind {
            RunKind::Verbatim => assert_eq!(&m.text()[text.as_range()], in_file),
            RunKind::Escaped => {
                assert!(
                    in_file.as_bytes().starts_with(escape_lead(format)),
                    "escape {in_file:?}"
                );
                assert!(!text.is_empty());
            }
            RunKind::Opaque => assert!(
                in_file.starts_with('<') || in_file == "]]>",
                "opaque {in_file:?}"
            ),
        }
    }
    assert_eq!(covered, m.text().len());
}

/// Checks every unit's target and source maps, and that each target lies in its unit.
pub fn assert_all_mapped(format: InputFormat, file: &str, units: &[Unit]) {
    for u in units {
        assert_mapped(format, file, &u.segment.target);
        if let Some(s) = &u.segment.source {
            assert_mapped(format, file, s);
        }
        let t = &u.segment.target;
        let range = t
            .map()
            .file_range(mtlint_check::ByteRange::new(0, t.text().len()));
        assert!(
            u.span.start <= range.start && range.end <= u.span.end,
            "{:?} {:?} in {:?}",
            u.segment.id,
            &file[range.as_range()],
            &file[u.span.as_range()]
        );
    }
}

/// Writes every target back over its own bytes, escaped as `escape` says, and reads the
/// file again: the same texts come out (the fixes' path, for the whole file).
pub fn assert_round_trip(format: InputFormat, file: &str, opts: &ReadOptions) {
    let before = read(format, file, opts)
        .unwrap_or_else(|e| panic!("{e}"))
        .units;
    let mut edits: Vec<_> = before
        .iter()
        .map(|u| &u.segment.target)
        .filter(|t| {
            !t.map()
                .touches_opaque(mtlint_check::ByteRange::new(0, t.text().len()))
        })
        .map(|t| {
            (
                t.map()
                    .file_range(mtlint_check::ByteRange::new(0, t.text().len())),
                escape(format, t.text()),
            )
        })
        .collect();
    edits.sort_by_key(|(r, _)| std::cmp::Reverse(r.start));
    edits.dedup_by_key(|(r, _)| r.start);
    let mut rewritten = file.to_owned();
    for (range, text) in &edits {
        rewritten.replace_range(range.as_range(), text);
    }
    let after = read(format, &rewritten, opts)
        .unwrap_or_else(|e| panic!("re-read: {e}"))
        .units;
    let texts = |us: &[Unit]| {
        us.iter()
            .map(|u| u.segment.target.text().to_owned())
            .collect::<Vec<_>>()
    };
    assert_eq!(texts(&before), texts(&after));
    assert!(!edits.is_empty());
}
