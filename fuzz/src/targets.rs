//! One function per fuzz target: each takes the fuzzer's bytes and must return without a
//! panic, in time roughly linear in the input. What they return is not checked (errors
//! are expected answers to random input); panics, hangs and blow-ups are the failures.

use std::path::Path;
use std::sync::OnceLock;

use mtlint_check::{ByteRange, Checker, Document, Settings};
use mtlint_formats::{read, InputFormat, ReadOptions, Units};
use mtlint_glossary::import::{import_bytes, Format, ImportOptions};
use mtlint_glossary::{parse_glossary, shipped, GlossarySet, GlossarySource, LangTag};
use mtlint_session::{FileKind, LangChoice, Session, SessionConfig};

/// The names of the targets, as `fuzz/fuzz_targets/NAME.rs` and `fuzz/corpus/NAME/`.
pub const TARGETS: [&str; 11] = [
    "glossary_toml",
    "config",
    "markdown",
    "import_tbx",
    "import_csv",
    "checker",
    "po",
    "xliff",
    "tmx",
    "csv",
    "jsonl",
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
        "po" => bilingual(data, InputFormat::Po),
        "xliff" => bilingual(data, InputFormat::Xliff),
        "tmx" => bilingual(data, InputFormat::Tmx),
        "csv" => bilingual(data, InputFormat::Csv),
        "jsonl" => bilingual(data, InputFormat::Jsonl),
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

/// A bilingual file (PO, XLIFF, TMX, CSV, JSONL), as `mtlint check --fix` takes it: read
/// with the default options and with every option set, every unit's maps inside the
/// file; then checked with every rule and fixed. A fix rewrites target bytes only, so a
/// file that read before its fix must read after it, with as many units.
pub fn bilingual(data: &[u8], format: InputFormat) {
    let Some(text) = text(data) else { return };
    if let Ok(units) = read(format, text, &every_option()) {
        assert_units_fit(text, &units);
    }
    let Ok(units) = read(format, text, &ReadOptions::default()) else {
        return;
    };
    assert_units_fit(text, &units);
    let Ok((_, fixed)) = session_pt().fix("fuzz", text, FileKind::Bilingual(format)) else {
        return;
    };
    for f in &fixed.remaining {
        assert!(
            fixed.text.get(f.range.as_range()).is_some(),
            "a finding's range does not fit the fixed file"
        );
    }
    if fixed.applied > 0 {
        let again = read(format, &fixed.text, &ReadOptions::default())
            .unwrap_or_else(|e| panic!("the fixed file no longer reads: {e}"));
        assert_eq!(
            again.units.len(),
            units.units.len(),
            "the fix changed the number of units"
        );
    }
}

/// Fuzzy entries read, the TMX languages and the CSV/JSONL field names given.
fn every_option() -> ReadOptions {
    ReadOptions {
        include_fuzzy: true,
        source_lang: Some("en".into()),
        target_lang: Some("pt-BR".into()),
        fields: Some(("src".into(), "mt".into())),
    }
}

/// Each unit's span, and its target's and source's maps, point inside the file at
/// character boundaries.
fn assert_units_fit(file: &str, units: &Units) {
    for unit in &units.units {
        assert!(file.get(unit.span.as_range()).is_some(), "a unit's span");
        let seg = &unit.segment;
        for side in std::iter::once(&seg.target).chain(seg.source.as_ref()) {
            let whole = side.map().file_range(ByteRange::new(0, side.text().len()));
            assert!(file.get(whole.as_range()).is_some(), "a text's map");
        }
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

/// A session of the shipped glossaries in Brazilian Portuguese, as the CLI makes it with
/// `--lang pt-BR`, built once.
fn session_pt() -> &'static Session {
    static SESSION: OnceLock<Session> = OnceLock::new();
    SESSION.get_or_init(|| {
        let set = GlossarySet::build(&shipped::sources()).expect("the shipped glossaries load");
        let config = SessionConfig {
            lang: LangChoice::Tag(pt()),
            ..SessionConfig::default()
        };
        Session::new(set, config)
    })
}
