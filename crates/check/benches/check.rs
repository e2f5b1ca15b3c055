//! Throughput of `Checker::check` on real news text, and the fixed costs of a run.
//!
//! Text: the NTREX human references in `tests/fixtures/ntrex-dev/` (pt-BR and pt-PT),
//! concatenated and repeated to at least 10 MB. Glossaries: the shipped ones.
//!
//! Run: `cargo bench -p mtlint-check --bench check`

use std::path::PathBuf;
use std::sync::OnceLock;

use divan::counter::BytesCount;
use divan::Bencher;
use mtlint_check::{Checker, Rule, Settings};
use mtlint_glossary::{shipped, GlossarySet, LangTag};

fn main() {
    divan::main();
}

const MIN_BYTES: usize = 10 * 1024 * 1024;

fn corpus() -> &'static str {
    static TEXT: OnceLock<String> = OnceLock::new();
    TEXT.get_or_init(|| {
        let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/ntrex-dev");
        let mut one = String::new();
        for name in ["ref.pt-BR.txt", "ref.pt-PT.txt"] {
            let text = std::fs::read_to_string(dir.join(name)).unwrap_or_default();
            one.push_str(&text);
            one.push('\n');
        }
        assert!(!one.trim().is_empty(), "the NTREX fixtures are missing");
        one.repeat(MIN_BYTES / one.len() + 1)
    })
}

fn set() -> &'static GlossarySet {
    static SET: OnceLock<GlossarySet> = OnceLock::new();
    SET.get_or_init(shipped::set)
}

fn pt_br() -> LangTag {
    "pt-BR"
        .parse()
        .unwrap_or_else(|_| unreachable!("a valid tag"))
}

fn checker(disabled: &[Rule]) -> Checker {
    let mut settings = Settings::new(pt_br());
    settings.disabled = disabled.to_vec();
    Checker::new(set(), settings)
}

fn run(bencher: Bencher, checker: &Checker) {
    let text = corpus();
    bencher
        .counter(BytesCount::new(text.len()))
        .bench(|| checker.check(divan::black_box(text)).len());
}

/// The rules of the foundation: glossary look-ups and typography (target >= 50 MB/s).
#[divan::bench(sample_count = 10, sample_size = 1)]
fn glossary_and_typography(bencher: Bencher) {
    let others = Rule::all_but(&[
        Rule::WrongTerm,
        Rule::WrongTermInContext,
        Rule::SpacedHyphen,
        Rule::SpacedPunctuation,
    ]);
    run(bencher, &checker(&others));
}

/// Every rule but `untranslated` (which runs lingua; see benches/untranslated.rs).
#[divan::bench(sample_count = 10, sample_size = 1)]
fn all_but_untranslated(bencher: Bencher) {
    run(bencher, &checker(&[Rule::Untranslated]));
}

/// Every rule but the three that look words up in the target lexicon (`untranslated`,
/// `missing-accent`, `run-together`): their cost is the difference with the rows around it.
#[divan::bench(sample_count = 10, sample_size = 1)]
fn all_but_lexicon_rules(bencher: Bencher) {
    run(
        bencher,
        &checker(&[Rule::Untranslated, Rule::MissingAccent, Rule::RunTogether]),
    );
}

/// Every rule but `missing-accent`.
#[divan::bench(sample_count = 10, sample_size = 1)]
fn all_but_missing_accent(bencher: Bencher) {
    run(bencher, &checker(&[Rule::MissingAccent]));
}

/// Every rule.
#[divan::bench(sample_count = 10, sample_size = 1)]
fn all_rules(bencher: Bencher) {
    run(bencher, &checker(&[]));
}

/// Decoding the shipped glossaries compiled into the binary.
#[divan::bench]
fn load_shipped_glossaries() -> GlossarySet {
    shipped::set()
}

/// Building a checker for pt-BR from the shipped glossaries.
#[divan::bench]
fn build_checker() -> Checker {
    checker(&[])
}
