//! Variant detection measured on real text: each of the 41 documents of the NTREX-128
//! references (tests/fixtures/ntrex-dev, CC BY-SA 4.0), once in its Brazilian and once in
//! its European translation, is given the right variant or none, never the wrong one
//! (QUALITY.md, "Variant detection").

use std::path::{Path, PathBuf};

use mtlint_check::{Checker, Settings};
use mtlint_glossary::{shipped, GlossarySet, LangTag};

fn read(name: &str) -> String {
    // The MT outputs are not in the repository: MTLINT_NTREX names the corpus folder.
    let dir = match std::env::var_os("MTLINT_NTREX") {
        Some(dir) if name.starts_with("mt-") => PathBuf::from(dir),
        _ => Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/ntrex-dev"),
    };
    let path = dir.join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The documents of a reference file, each its lines joined, in order.
fn documents(file: &str) -> Vec<(String, String)> {
    let (ids, text) = (read("docids.txt"), read(file));
    let mut docs: Vec<(String, String)> = Vec::new();
    for (id, line) in ids.lines().zip(text.lines()) {
        match docs.last_mut() {
            Some((last, body)) if last == id => {
                body.push('\n');
                body.push_str(line);
            }
            _ => docs.push((id.to_string(), line.to_string())),
        }
    }
    docs
}

/// (right, none, wrong) verdicts on the documents of `file`, written in `region`.
fn measure(checker: &Checker, file: &str, region: &str) -> (usize, usize, Vec<String>) {
    let (mut right, mut none, mut wrong) = (0, 0, Vec::new());
    for (id, doc) in documents(file) {
        let evidence = checker.variant_evidence(&doc);
        match evidence.verdict() {
            Some(r) if r == region => right += 1,
            None => none += 1,
            Some(r) => wrong.push(format!("{id}: {r} ({:?})", evidence.counts)),
        }
    }
    (right, none, wrong)
}

#[test]
fn ntrex_documents_get_their_variant_or_none_never_the_other() {
    let set = GlossarySet::build(&shipped::sources()).unwrap_or_else(|e| panic!("{e}"));
    let pt: LangTag = "pt".parse().unwrap_or_else(|e| panic!("{e}"));
    let checker = Checker::new(&set, Settings::new(pt));
    let (br_right, br_none, br_wrong) = measure(&checker, "ref.pt-BR.txt", "BR");
    let (pt_right, pt_none, pt_wrong) = measure(&checker, "ref.pt-PT.txt", "PT");
    eprintln!(
        "pt-BR: {br_right} right, {br_none} none, {} wrong",
        br_wrong.len()
    );
    eprintln!(
        "pt-PT: {pt_right} right, {pt_none} none, {} wrong",
        pt_wrong.len()
    );
    assert_eq!(br_right + br_none + br_wrong.len(), 41);
    assert!(br_wrong.is_empty(), "{br_wrong:?}");
    assert!(pt_wrong.is_empty(), "{pt_wrong:?}");
    // The figures of QUALITY.md: a change that loses documents shows here.
    assert!(br_right >= 13, "pt-BR: {br_right} right");
    assert!(pt_right >= 16, "pt-PT: {pt_right} right");
}

/// The same on the corpus's MT outputs, when MTLINT_NTREX names its folder: Apertium's
/// English → Spanish → Brazilian Portuguese must never be taken for European Portuguese.
#[test]
fn apertium_output_is_never_given_the_other_variant() {
    if std::env::var_os("MTLINT_NTREX").is_none() {
        eprintln!("MTLINT_NTREX not set: the MT outputs are not in the repository");
        return;
    }
    let set = GlossarySet::build(&shipped::sources()).unwrap_or_else(|e| panic!("{e}"));
    let pt: LangTag = "pt".parse().unwrap_or_else(|e| panic!("{e}"));
    let checker = Checker::new(&set, Settings::new(pt));
    let (right, none, wrong) = measure(&checker, "mt-apertium-es.pt-BR.txt", "BR");
    eprintln!(
        "apertium es→pt-BR: {right} BR, {none} none, {} PT: {wrong:?}",
        wrong.len()
    );
    let (pt_right, pt_none, pt_wrong) = measure(&checker, "mt-apertium-gl.pt.txt", "PT");
    eprintln!(
        "apertium gl→pt: {pt_right} PT, {pt_none} none, {} BR: {pt_wrong:?}",
        pt_wrong.len()
    );
    assert!(wrong.is_empty(), "{wrong:?}");
}
