//! JSONL: JSON escapes mapped exactly, field names, ids, the `mtlint-disable` field, and
//! lines that are not records.

mod common;

use common::{assert_all_mapped, assert_round_trip};
use mtlint_check::ByteRange;
use mtlint_formats::{read, InputFormat, ReadOptions, Suppression, Unit};

const J: InputFormat = InputFormat::Jsonl;

fn units(text: &str, opts: &ReadOptions) -> Vec<Unit> {
    let units = read(J, text, opts).unwrap_or_else(|e| panic!("{e}")).units;
    assert_all_mapped(J, text, &units);
    units
}

#[test]
fn escapes_and_surrogate_pairs_map_to_their_bytes() {
    let text = r#"{"src": "Caf\u00e9 \"x\"", "mt": "Caf\u00e9 \"x\" \ud83d\ude00 a\/b\n", "id": 7}"#
        .to_owned() + "\n";
    let u = units(&text, &ReadOptions::default());
    let t = &u[0].segment.target;
    assert_eq!(t.text(), "Café \"x\" 😀 a/b\n");
    assert_eq!(u[0].segment.id.as_deref(), Some("7"));
    let e = t.text().find('é').unwrap_or(0);
    assert_eq!(
        &text[t.map().file_range(ByteRange::new(e, e + 2)).as_range()],
        "\\u00e9"
    );
    let smile = t.text().find('😀').unwrap_or(0);
    assert_eq!(
        &text[t
            .map()
            .file_range(ByteRange::new(smile, smile + 4))
            .as_range()],
        "\\ud83d\\ude00"
    );
    assert_eq!(
        u[0].segment.source.as_ref().map(|s| s.text()),
        Some("Café \"x\"")
    );
    assert_round_trip(J, &text, &ReadOptions::default());
}

#[test]
fn field_names_ids_and_suppression() {
    let text = "{\"source\": \"a\", \"target\": \"b\", \"meta\": {\"mt\": \"nested\"}, \"mtlint-disable\": [\"spacing\", \"wrong-term\"]}\n\n{\"src\": \"c\", \"mt\": \"d\", \"mtlint-disable\": \"\"}\r\n{\"src\": \"e\", \"mt\": null}\n";
    let u = units(text, &ReadOptions::default());
    let got: Vec<_> = u
        .iter()
        .map(|u| (u.segment.id.as_deref(), u.segment.target.text()))
        .collect();
    assert_eq!(got, [(Some("1"), "b"), (Some("3"), "d")]);
    assert_eq!(
        u[0].suppress,
        Suppression::Rules(vec!["spacing".into(), "wrong-term".into()])
    );
    assert_eq!(u[1].suppress, Suppression::All);
    let custom = ReadOptions {
        fields: Some(("en".into(), "pt".into())),
        ..ReadOptions::default()
    };
    let u = units("{\"en\": \"x\", \"pt\": \"y\", \"mt\": \"z\"}\n", &custom);
    assert_eq!(u[0].segment.target.text(), "y");
}

#[test]
fn lines_that_are_not_records_are_errors_with_their_place() {
    let e = read(
        J,
        "{\"src\": \"a\", \"mt\": \"b\"}\n{\"src\": \"a\", \"mt\": \"b\n",
        &ReadOptions::default(),
    )
    .expect_err("bad");
    assert_eq!(e.line, 2, "{e}");
    assert!(e.message.starts_with("not a JSON record"), "{e}");
    let e = read(J, "{\"src\": \"a\"}\n", &ReadOptions::default()).expect_err("no target");
    assert_eq!((e.line, e.column), (1, 1));
    assert!(e.message.contains("`mt` or `target` or `tgt`"), "{e}");
    let e = read(J, "[1, 2]\n", &ReadOptions::default()).expect_err("array");
    assert_eq!(e.message, "a JSON value that is not an object");
    let e = read(J, "{\"mt\": 3}\n", &ReadOptions::default()).expect_err("number");
    assert_eq!(e.message, "`mt` is not a string");
}
