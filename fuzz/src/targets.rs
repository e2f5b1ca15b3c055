//! One function per fuzz target: each takes the fuzzer's bytes and must return without a
//! panic, in time roughly linear in the input. What they return is not checked (errors
//! are expected answers to random input); panics, hangs and blow-ups are the failures.

use std::path::Path;
use std::sync::OnceLock;

use mtlint_check::{Checker, Document, Settings};
use mtlint_glossary::import::{import_bytes, Format, ImportOptions};
use mtlint_glossary::{parse_glossary, shipped, GlossarySet, GlossarySource, LangTag};

/// The names of the targets, as `fuzz/fuzz_targets/NAME.rs` and `fuzz/corpus/NAME/`.
pub const TARGETS: [&str; 6] = [
    "glossary_toml",
    "config",
    "markdown",
    "import_tbx",
    "import_csv",
    "checker",
];

/// Runs the target `name` on `data`.
pub fn run(name: &str, data: &[u8]) {
    match name {
        "glossary_toml" => glossary_toml(data),
        "config" => config(data),
        "markdown" => markdown(data),
        "import_tbx" => import(data, Format::Tbx),
        "import_csv" => import(data, Format::Csv),
        "checker" => checker(data),
        _ => panic!("no fuzz target {name}"),
    }
}

fn text(data: &[u8]) -> Option<&str> {
    std::str::from_utf8(data).ok()
}

/// A glossary file: parsed, then validated as a set.
pub fn glossary_toml(data: &[u8]) {
    let Some(text) = text(data) else { return };
    let _ = parse_glossary("fuzz.toml", text);
    let source = GlossarySource {
        name: "fuzz.toml".to_string(),
        text: text.to_string(),
    };
    let _ = GlossarySet::build(&[source]);
}

/// An mtlint.toml, and the same text as a document with inline directives.
pub fn config(data: &[u8]) {
    let Some(text) = text(data) else { return };
    let _ = mtlint_config::parse_config("mtlint.toml", text, Path::new("/fuzz"));
    let _ = mtlint_config::Suppressions::parse(text);
}

/// A Markdown document: what is prose, and every rule on it.
pub fn markdown(data: &[u8]) {
    let Some(text) = text(data) else { return };
    let doc = Document::markdown(text);
    let findings = checker_pt().check_document(&doc);
    for f in &findings {
        assert!(f.range.end <= text.len(), "a finding outside the document");
    }
}

/// A glossary import (TBX or CSV).
pub fn import(data: &[u8], format: Format) {
    let options = ImportOptions {
        format,
        lang: Some(pt()),
        source_lang: None,
        name: None,
    };
    let _ = import_bytes("fuzz", data, &options);
}

/// Every rule on a plain text.
pub fn checker(data: &[u8]) {
    let Some(text) = text(data) else { return };
    let findings = checker_pt().check(text);
    for f in &findings {
        assert!(
            text.get(f.range.as_range()).is_some(),
            "a finding's range does not fit the text"
        );
    }
}

fn pt() -> LangTag {
    "pt-BR".parse().expect("a valid tag")
}

/// The checker of the shipped glossaries for Brazilian Portuguese, every rule on, built
/// once.
fn checker_pt() -> &'static Checker {
    static CHECKER: OnceLock<Checker> = OnceLock::new();
    CHECKER.get_or_init(|| {
        let set = GlossarySet::build(&shipped::sources()).expect("the shipped glossaries load");
        Checker::new(&set, Settings::new(pt()))
    })
}
