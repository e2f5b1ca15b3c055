//! The `untranslated` rule on real text: quiet on professional human translations
//! (NTREX-128 references, in-repo fixtures, CC BY-SA 4.0) and exactly the two English spans
//! of the seed article. The full recall measurement against Apertium's unknown-word marks
//! needs Apertium and lives in scripts/apertium (see QUALITY.md).

use std::path::{Path, PathBuf};

use mtlint_check::{Checker, Rule, Settings};
use mtlint_glossary::{shipped, GlossarySet, LangTag};

fn read(path: PathBuf) -> String {
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn manifest() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The `untranslated` findings of a text, as "line: span".
fn untranslated(text: &str, lang: &str) -> Vec<String> {
    let set = GlossarySet::build(&shipped::sources()).unwrap_or_else(|e| panic!("{e}"));
    let lang: LangTag = lang
        .parse()
        .unwrap_or_else(|_| panic!("bad language tag {lang}"));
    Checker::new(&set, Settings::new(lang))
        .check(text)
        .into_iter()
        .filter(|f| f.rule == Rule::Untranslated)
        .map(|f| {
            let line = text[..f.range.start].matches('\n').count() + 1;
            format!("{line}: {}", &text[f.range.as_range()])
        })
        .collect()
}

#[test]
fn quiet_on_human_references() {
    // The bar: at most 2 findings per 1,000 lines, so at most 1 on 659 lines.
    // Today there are none; loanwords ("rapper", "pubs", "tackles"), prefixed words
    // ("desafortunada") and English names are what used to be reported.
    for (file, lang) in [("ref.pt-BR.txt", "pt-BR"), ("ref.pt-PT.txt", "pt-PT")] {
        let text = read(manifest().join("../../tests/fixtures/ntrex-dev").join(file));
        assert!(text.lines().count() >= 659, "{file} is cut short");
        let found = untranslated(&text, lang);
        assert!(found.is_empty(), "{file}: {found:#?}");
    }
}

#[test]
fn the_two_english_spans_of_the_seed_article() {
    let text = read(manifest().join("tests/fixtures/lavrov-wonsan.pt.txt"));
    let found = untranslated(&text, "pt");
    assert_eq!(found, ["4: Port City", "9: ’s Seaside Resort"]);
}
