//! Speed of checking news text with and without the `untranslated` rule.
//!
//! Text: the NTREX human references (pt-BR and pt-PT, concatenated), read from
//! `../shared/corpora/ntrex-dev/` beside the repository (or `MTLINT_BENCH_TEXT`), repeated
//! to about 1 MB so each iteration is long enough to time. Glossaries: the shipped ones.
//!
//! Run: `cargo bench -p mtlint-check --bench untranslated`

use std::path::PathBuf;

use divan::counter::BytesCount;
use divan::Bencher;
use mtlint_check::{Checker, Rule, Settings};
use mtlint_glossary::{shipped, GlossarySet, LangTag};

fn main() {
    divan::main();
}

fn corpus() -> Option<String> {
    if let Some(path) = std::env::var_os("MTLINT_BENCH_TEXT") {
        return std::fs::read_to_string(path).ok();
    }
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpora/ntrex-dev");
    let mut text = String::new();
    for name in ["ref.pt-BR.txt", "ref.pt-PT.txt"] {
        text.push_str(&std::fs::read_to_string(dir.join(name)).ok()?);
        text.push('\n');
    }
    let copies = (1 << 20) / text.len().max(1) + 1;
    Some(text.repeat(copies))
}

fn checker(disabled: Vec<Rule>) -> Option<Checker> {
    let set = GlossarySet::build(&shipped::sources()).ok()?;
    let lang: LangTag = "pt".parse().ok()?;
    let mut settings = Settings::new(lang);
    settings.disabled = disabled;
    Some(Checker::new(&set, settings))
}

fn run(bencher: Bencher, disabled: Vec<Rule>) {
    let (Some(text), Some(checker)) = (corpus(), checker(disabled)) else {
        eprintln!("skipped: NTREX references or shipped glossaries not available");
        return;
    };
    // Warm up once so the lazily built lingua models are not timed.
    let _ = checker.check(&text);
    bencher
        .counter(BytesCount::of_str(&text))
        .bench(|| checker.check(divan::black_box(&text)));
}

#[divan::bench(sample_count = 10)]
fn news_with_untranslated(bencher: Bencher) {
    run(bencher, Vec::new());
}

/// Every rule but `untranslated`, `missing-accent` and `run-together`, which ride on
/// `untranslated`'s word classes when they run together (alone they look every word up in
/// the lexicon themselves).
#[divan::bench(sample_count = 10)]
fn news_without_untranslated(bencher: Bencher) {
    run(
        bencher,
        vec![Rule::Untranslated, Rule::MissingAccent, Rule::RunTogether],
    );
}

/// The untranslated rule alone (every other rule off): its own cost.
#[divan::bench(sample_count = 10)]
fn news_untranslated_only(bencher: Bencher) {
    run(bencher, Rule::all_but(&[Rule::Untranslated]));
}
