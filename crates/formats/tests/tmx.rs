//! TMX: choosing languages, ids, inline codes, suppression; a TMX without the target
//! language and other bad input with its line:col.

mod common;

use common::assert_all_mapped;
use mtlint_formats::{read, FormatError, InputFormat, ReadOptions, Suppression, Unit};

const T: InputFormat = InputFormat::Tmx;

fn tmx(srclang: &str, tus: &str) -> String {
    format!("<?xml version=\"1.0\"?>\n<tmx version=\"1.4\">\n<header srclang=\"{srclang}\" datatype=\"plaintext\" segtype=\"sentence\" adminlang=\"en\" o-tmf=\"x\" creationtool=\"x\" creationtoolversion=\"1\"/>\n<body>\n{tus}\n</body>\n</tmx>\n")
}

fn read_with(text: &str, opts: &ReadOptions) -> Result<Vec<Unit>, FormatError> {
    let units = read(T, text, opts)?.units;
    assert_all_mapped(T, text, &units);
    Ok(units)
}

const TWO: &str = r#"<tu tuid="greet"><tuv xml:lang="en"><seg>Hello <hi>world</hi></seg></tuv><tuv xml:lang="pt-BR"><seg>Olá <hi>mundo</hi> <ph>&lt;br&gt;</ph></seg></tuv></tu>
<!-- mtlint-disable spacing -->
<tu><tuv lang="EN"><seg>Bye &amp; thanks</seg></tuv><tuv lang="pt-br"><seg>Tchau &amp; obrigado</seg></tuv></tu>
<tu><tuv xml:lang="en"><seg>Untranslated</seg></tuv></tu>"#;

#[test]
fn source_from_the_header_and_the_one_other_language() {
    let text = tmx("en", TWO);
    let u = read_with(&text, &ReadOptions::default()).unwrap_or_else(|e| panic!("{e}"));
    let got: Vec<_> = u
        .iter()
        .map(|u| (u.segment.id.as_deref(), u.segment.target.text()))
        .collect();
    assert_eq!(
        got,
        [
            (Some("greet"), "Olá mundo \u{fffc}"),
            (Some("2"), "Tchau & obrigado")
        ]
    );
    assert_eq!(
        u[0].segment.source.as_ref().map(|s| s.text()),
        Some("Hello world")
    );
    assert_eq!(u[1].suppress, Suppression::Rules(vec!["spacing".into()]));
    assert_eq!(u[0].suppress, Suppression::None);
    let notes = read(T, &text, &ReadOptions::default())
        .map(|r| r.notes)
        .unwrap_or_default();
    assert_eq!(notes, ["1 translation units without `pt-BR` text skipped"]);
}

#[test]
fn languages_chosen_by_option_and_by_prefix() {
    let three = TWO.replace(
        "<tuv xml:lang=\"en\"><seg>Untranslated</seg></tuv>",
        "<tuv xml:lang=\"en\"><seg>Yes</seg></tuv><tuv xml:lang=\"es\"><seg>Sí</seg></tuv>",
    );
    let text = tmx("en", &three);
    let e = read_with(&text, &ReadOptions::default()).expect_err("two target languages");
    assert!(
        e.message.contains("several target languages (pt-BR, es)"),
        "{e}"
    );
    assert_eq!((e.line, e.column), (3, 1));
    let pt = ReadOptions {
        target_lang: Some("pt".into()),
        ..ReadOptions::default()
    };
    assert_eq!(read_with(&text, &pt).map(|u| u.len()).ok(), Some(2));
    let es = ReadOptions {
        target_lang: Some("es".into()),
        ..ReadOptions::default()
    };
    let u = read_with(&text, &es).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        u.iter()
            .map(|u| u.segment.target.text())
            .collect::<Vec<_>>(),
        ["Sí"]
    );
    // srclang="*all*" needs the source language named.
    let all = tmx("*all*", TWO);
    assert!(read_with(&all, &ReadOptions::default()).is_err());
    let en = ReadOptions {
        source_lang: Some("en".into()),
        ..ReadOptions::default()
    };
    assert_eq!(read_with(&all, &en).map(|u| u.len()).ok(), Some(2));
}

#[test]
fn a_tmx_without_the_target_language_is_an_error() {
    let only_en = tmx("en", "<tu><tuv xml:lang=\"en\"><seg>a</seg></tuv></tu>");
    let e = read_with(&only_en, &ReadOptions::default()).expect_err("no target");
    assert_eq!((e.line, e.column), (3, 1), "{e}");
    assert!(e.message.contains("no target language"), "{e}");
    let fr = ReadOptions {
        target_lang: Some("fr".into()),
        ..ReadOptions::default()
    };
    let e = read_with(&tmx("en", TWO), &fr).expect_err("no French");
    assert!(e.message.contains("has no `fr` text"), "{e}");
    let e = read_with(
        &tmx("en", "<tu><tuv><seg>a</seg></tuv></tu>"),
        &ReadOptions::default(),
    )
    .expect_err("no lang");
    assert_eq!((e.line, e.column), (5, 5), "{e}");
    let e = read_with(
        &tmx("en", "<tu><tuv xml:lang=\"en\"><seg>a</tuv></tu>"),
        &ReadOptions::default(),
    )
    .expect_err("mismatch");
    assert_eq!(e.line, 5, "{e}");
}
