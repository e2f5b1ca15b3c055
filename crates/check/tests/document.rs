//! Markdown documents (only the prose is checked, positions point into the source) and
//! large texts checked in parts (the same findings as checking the whole).

use mtlint_check::{
    split_at_paragraphs, Applicability, Checker, Document, Finding, LineIndex, Settings,
};
use mtlint_glossary::{parse_glossary, GlossarySet};

const GLOSSARY: &str = r#"
[glossary]
name = "test"
lang = "pt"

[[term]]
use = "Wonsan"
kind = "place"
also = ["Wŏnsan"]
avoid = ["Wanson"]

[[term]]
use = "Coreia do Norte"
kind = "place"
avoid = ["Coréia do Norte"]

[[term]]
use = "Coreia"
kind = "spelling"
avoid = ["Coréia"]
"#;

fn checker() -> Checker {
    let glossary = parse_glossary("test.toml", GLOSSARY).expect("valid");
    let set = GlossarySet::from_glossaries(vec![glossary]).expect("valid");
    Checker::new(&set, Settings::new("pt".parse().expect("tag")))
}

/// (line, column, found text) of every finding in a Markdown source.
fn markdown_findings(source: &str) -> Vec<(usize, usize, String)> {
    let doc = Document::markdown(source);
    let lines = LineIndex::new(source);
    checker()
        .check_document(&doc)
        .iter()
        .map(|f| {
            let at = lines.line_col(source, f.range.start);
            (at.line, at.column, source[f.range.as_range()].to_string())
        })
        .collect()
}

#[test]
fn markdown_prose_is_checked_with_positions_in_the_source() {
    let source = "---\ntitle: Wanson\n---\n\n# Em Wanson\n\nLavrov, na *Coréia*.\n";
    assert_eq!(
        markdown_findings(source),
        [(5, 6, "Wanson".to_string()), (7, 13, "Coréia".to_string())]
    );
}

#[test]
fn code_spans_blocks_urls_and_html_are_not_checked() {
    let source = "Texto `Wanson` e [ligação](https://x.org/Wanson) e <https://Wanson.org>.\n\n\
```\nWanson\n```\n\n    Wanson indentado\n\n<div>Wanson</div>\n\nVer https://x.org/Coréia agora.\n\
<!-- Wanson -->\n";
    assert_eq!(markdown_findings(source), []);
}

#[test]
fn the_same_text_as_plain_text_is_reported() {
    // The counterpart of the test above: the wrong forms are there, and plain text sees them.
    let source = "Texto `Wanson` e ver https://x.org/Coréia agora.\n";
    let doc = Document::plain(source);
    assert_eq!(checker().check_document(&doc).len(), 2);
}

#[test]
fn a_multi_word_form_spans_a_soft_line_break_but_not_a_code_span() {
    let found = markdown_findings("A *Coréia*\ndo Norte.\n");
    assert_eq!(found, [(1, 4, "Coréia*\ndo Norte".to_string())]);
    // Across a code span only the one-word form is left.
    let found = markdown_findings("A Coréia `x` do Norte.\n");
    assert_eq!(found, [(1, 3, "Coréia".to_string())]);
}

#[test]
fn a_fix_across_markup_is_only_shown() {
    let source = "A **Coréia** do Norte.\n";
    let findings = checker().check_document(&Document::markdown(source));
    assert_eq!(findings.len(), 1);
    assert_eq!(
        findings[0].suggestions[0].applicability,
        Applicability::DisplayOnly
    );
    let inside = checker().check_document(&Document::markdown("A Coréia do Norte.\n"));
    assert_eq!(inside[0].suggestions[0].applicability, Applicability::Safe);
}

fn check_in_parts(checker: &Checker, text: &str, target: usize) -> Vec<Finding> {
    let parts = split_at_paragraphs(text, target)
        .into_iter()
        .map(|part| checker.check_part(text, part))
        .collect();
    checker.finish(text, parts)
}

#[test]
fn parts_give_the_same_findings_as_the_whole() {
    let seed = include_str!("../../../tests/fixtures/lavrov-wonsan.pt.txt");
    let text = format!("{seed}\n\nEm Wŏnsan, Coréia do Norte.\n\n").repeat(5);
    let checker = checker();
    let whole = checker.check(&text);
    assert!(whole.len() >= 10, "the test text has findings");
    for target in [1, 200, 5_000] {
        let parts = split_at_paragraphs(&text, target);
        assert!(parts.len() > 1 || target > text.len());
        assert_eq!(parts.first().map(|p| p.start), Some(0));
        assert_eq!(parts.last().map(|p| p.end), Some(text.len()));
        assert_eq!(
            check_in_parts(&checker, &text, target),
            whole,
            "parts of {target} bytes"
        );
    }
}

#[test]
fn markup_blanked_for_checking_is_no_spacing_error() {
    // "*Coreia*." and "`x` ," read "Coreia ." and "  ," once markup is blanked: the space is
    // markup, not the text's. A real space before the mark is still reported.
    let spacing = |source: &str| -> Vec<String> {
        let doc = Document::markdown(source);
        checker()
            .check_document(&doc)
            .into_iter()
            .filter(|f| f.rule == mtlint_check::Rule::SpacedPunctuation)
            .map(|f| source[f.range.as_range()].to_string())
            .collect()
    };
    assert_eq!(
        spacing("Ele foi à *Coreia*. Depois leu [aqui](https://x.org/a), e `x` , e **y**!\n"),
        Vec::<String>::new()
    );
    assert_eq!(spacing("Ele foi à Coreia . Depois voltou\n"), [" ."]);
}
