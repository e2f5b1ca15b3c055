//! CSV and TSV: header names, quoting and its escapes, ids, and sheets without the
//! columns.

mod common;

use common::{assert_all_mapped, assert_round_trip};
use mtlint_check::ByteRange;
use mtlint_formats::{read, InputFormat, ReadOptions, Unit};

fn units(format: InputFormat, text: &str, opts: &ReadOptions) -> Vec<Unit> {
    let units = read(format, text, opts)
        .unwrap_or_else(|e| panic!("{e}"))
        .units;
    assert_all_mapped(format, text, &units);
    units
}

#[test]
fn csv_quoted_fields_and_doubled_quotes() {
    let text = "ID,Source Text,Translation\n7,\"Say \"\"hi\"\"\",\"Diga \"\"oi\"\", já\"\n8,plain,simples\n9,multi,\"duas\nlinhas\"\n10,empty,\n";
    let u = units(InputFormat::Csv, text, &ReadOptions::default());
    let got: Vec<_> = u
        .iter()
        .map(|u| (u.segment.id.as_deref(), u.segment.target.text()))
        .collect();
    assert_eq!(
        got,
        [
            (Some("7"), "Diga \"oi\", já"),
            (Some("8"), "simples"),
            (Some("9"), "duas\nlinhas")
        ]
    );
    assert_eq!(
        u[0].segment.source.as_ref().map(|s| s.text()),
        Some("Say \"hi\"")
    );
    let q = u[0].segment.target.text().find('"').unwrap_or(0);
    let at = u[0]
        .segment
        .target
        .map()
        .file_range(ByteRange::new(q, q + 1));
    assert_eq!(&text[at.as_range()], "\"\"");
    assert_eq!(&text[u[1].span.as_range()], "8,plain,simples");
    assert_round_trip(InputFormat::Csv, text, &ReadOptions::default());
}

#[test]
fn tsv_has_no_quoting_and_ids_default_to_the_line() {
    let text = "src\ttgt\n\"Quoted\" word\t\"Citada\" palavra\nb\tc\n";
    let u = units(InputFormat::Tsv, text, &ReadOptions::default());
    assert_eq!(u[0].segment.target.text(), "\"Citada\" palavra");
    assert_eq!(u[0].segment.id.as_deref(), Some("2"));
    assert_eq!(u[1].segment.id.as_deref(), Some("3"));
    assert_round_trip(InputFormat::Tsv, text, &ReadOptions::default());
}

#[test]
fn fields_and_language_tags_name_columns() {
    let text = "en,pt-BR,orig,mine\na,b,c,d\n";
    let langs = ReadOptions {
        source_lang: Some("en".into()),
        target_lang: Some("pt-BR".into()),
        ..ReadOptions::default()
    };
    assert_eq!(
        units(InputFormat::Csv, text, &langs)[0]
            .segment
            .target
            .text(),
        "b"
    );
    let fields = ReadOptions {
        fields: Some(("orig".into(), "Mine".into())),
        ..ReadOptions::default()
    };
    assert_eq!(
        units(InputFormat::Csv, text, &fields)[0]
            .segment
            .target
            .text(),
        "d"
    );
}

#[test]
fn a_sheet_without_the_columns_or_with_ragged_rows_is_an_error() {
    let e = read(
        InputFormat::Csv,
        "english,portuguese\na,b\n",
        &ReadOptions::default(),
    )
    .expect_err("no columns");
    assert_eq!((e.line, e.column), (1, 1));
    assert!(e.message.contains("found: english, portuguese"), "{e}");
    let e = read(
        InputFormat::Csv,
        "source,target\na,b\nc,d,e\n",
        &ReadOptions::default(),
    )
    .expect_err("ragged");
    assert_eq!((e.line, e.column), (3, 1), "{e}");
    assert!(e.message.contains("3 fields where the header has 2"), "{e}");
    assert!(read(InputFormat::Csv, "", &ReadOptions::default()).is_err());
}

/// Found by the `csv` fuzz target: a record ending in an empty field made the unit's span
/// end at the file's start (an empty field maps no byte), before its own start: a panic.
#[test]
fn a_record_ending_in_empty_fields_spans_the_whole_record() {
    let text = "\"source\",\"target\",\"note\",\"more\"\n\"Hello\",\"Olá\",,\n,\"Tchau\",,\r\n";
    let u = units(InputFormat::Csv, text, &ReadOptions::default());
    assert_eq!(u.len(), 2);
    assert_eq!(&text[u[0].span.as_range()], "\"Hello\",\"Olá\",,");
    assert_eq!(&text[u[1].span.as_range()], ",\"Tchau\",,");
    assert_eq!(u[1].segment.target.text(), "Tchau");
}

/// The fuzzer's input itself (fuzz/artifacts/csv, NUL bytes and all): an error or units,
/// never a panic.
#[test]
fn the_fuzzers_csv_input_does_not_panic() {
    let mut text = String::from("\"loationa\"rça-feita-");
    text.push_str(&"\0".repeat(30));
    text.push_str("feir\",\"source\",\"target\",,\n");
    text.push_str(&"\0".repeat(20));
    text.push_str("feir\",\"source\",\"target\",,\n");
    let _ = read(InputFormat::Csv, &text, &ReadOptions::default());
}
