//! The session as front ends use it: checking, cancelling, caching checkers, fixing,
//! errors, serialising findings.

use std::sync::Arc;

use mtlint_check::DocumentKind;
use mtlint_glossary::{parse_glossary, GlossarySet, LangTag};
use mtlint_session::{Cancel, CheckError, FileKind, LangChoice, Session, SessionConfig};

const GLOSSARY: &str = r#"
[glossary]
name = "test"
lang = "pt"

[[term]]
use = "Wonsan"
kind = "place"
avoid = ["Wanson"]
"#;

fn pt() -> LangTag {
    "pt".parse().expect("tag")
}

fn session(lang: LangChoice) -> Session {
    let glossary = parse_glossary("test.toml", GLOSSARY).expect("valid");
    let set = GlossarySet::from_glossaries(vec![glossary]).expect("valid");
    let config = SessionConfig {
        lang,
        ..SessionConfig::default()
    };
    Session::new(set, config)
}

#[test]
fn a_file_is_checked_with_positions_in_the_file() {
    let text = "# Título\n\nLavrov chegou a `Wanson` e a Wanson.\n";
    let report = session(LangChoice::Tag(pt()))
        .check("a.md", text, FileKind::Text(DocumentKind::Markdown))
        .expect("checked");
    // The code span is not prose; the second "Wanson" is.
    assert_eq!(report.findings.len(), 1);
    let f = &report.findings[0];
    assert_eq!(&text[f.range.as_range()], "Wanson");
    assert_eq!(f.range.start, text.rfind("Wanson").expect("there"));
    assert_eq!(report.lang, pt());
}

#[test]
fn a_cancelled_check_stops() {
    let s = session(LangChoice::Tag(pt()));
    let cancel = Cancel::new();
    cancel.cancel();
    let text = "Lavrov chegou a Wanson.\n".repeat(40_000);
    let result = s.check_cancellable(
        "big.txt",
        &text,
        FileKind::Text(DocumentKind::PlainText),
        &cancel,
    );
    assert!(
        matches!(result, Err(CheckError::Cancelled(_))),
        "{result:?}"
    );
    // Not cancelled, the same text is checked.
    let report = s
        .check("big.txt", &text, FileKind::Text(DocumentKind::PlainText))
        .expect("checked");
    assert_eq!(report.findings.len(), 40_000);
}

#[test]
fn checkers_are_built_once_per_language() {
    let s = session(LangChoice::Auto);
    let a = s.checker(&pt());
    let b = s.checker(&pt());
    assert!(Arc::ptr_eq(&a, &b));
    let br = s.checker(&"pt-BR".parse().expect("tag"));
    assert!(!Arc::ptr_eq(&a, &br));
}

#[test]
fn fixing_applies_safe_suggestions_until_none_is_left() {
    let s = session(LangChoice::Tag(pt()));
    let (_, fixed) = s
        .fix(
            "a.txt",
            "Em Wanson e em Wanson.\n",
            FileKind::Text(DocumentKind::PlainText),
        )
        .expect("fixed");
    assert_eq!(fixed.text, "Em Wonsan e em Wonsan.\n");
    assert_eq!(fixed.applied, 2);
    assert!(fixed.remaining.is_empty());
}

#[test]
fn a_malformed_directive_is_an_error_with_its_position() {
    let s = session(LangChoice::Tag(pt()));
    let text = "Texto.\n<!-- mtlint-disable wrong-trem -->\n";
    let err = s
        .check("a.txt", text, FileKind::Text(DocumentKind::PlainText))
        .expect_err("bad directive");
    assert!(matches!(err, CheckError::Directive(_)));
    assert!(err.to_string().starts_with("a.txt:2:"), "{err}");
}

#[test]
fn a_language_no_glossary_covers_is_an_error_when_detected() {
    let s = session(LangChoice::Auto);
    let text = "The quick brown fox jumps over the lazy dog, and the dog sleeps all day long.";
    let err = s
        .check("en.txt", text, FileKind::Text(DocumentKind::PlainText))
        .expect_err("English is not covered");
    assert!(err.to_string().contains("no glossaries for it"), "{err}");
}

#[test]
fn findings_serialise_with_rule_names_and_byte_ranges() {
    let report = session(LangChoice::Tag(pt()))
        .check(
            "a.txt",
            "Em Wanson.",
            FileKind::Text(DocumentKind::PlainText),
        )
        .expect("checked");
    let json = serde_json::to_value(&report.findings[0]).expect("serialises");
    assert_eq!(json["rule"], "wrong-term");
    assert_eq!(json["range"]["start"], 3);
    assert_eq!(json["suggestions"][0]["replacement"], "Wonsan");
    assert_eq!(json["suggestions"][0]["applicability"], "safe");
}
