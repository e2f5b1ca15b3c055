//! End-to-end: a file that mixes languages, checked with `--lang auto` (the default). Its
//! first 4 KB are English and most of it Portuguese: it is checked as Portuguese, and each
//! English line is reported once by `untranslated`, never word by word.
//!
//! The fixture is NTREX-128 text (CC BY-SA 4.0): English source lines and Brazilian
//! Portuguese reference lines, see `tests/fixtures/mixed/README.md`.

use std::collections::BTreeMap;

use assert_cmd::Command;
use serde_json::Value;

const MIXED: &str = "tests/fixtures/mixed/en-pt-BR.txt";
/// The English lines of the fixture (1-based, inclusive).
const ENGLISH: [(u64, u64); 2] = [(1, 40), (71, 74)];

fn is_english(line: u64) -> bool {
    ENGLISH.iter().any(|&(a, b)| (a..=b).contains(&line))
}

fn check_auto() -> Value {
    let out = Command::cargo_bin("mtlint")
        .expect("the binary is built")
        .args(["check", "--no-config", "--format", "json", MIXED])
        .output()
        .expect("runs");
    assert_eq!(
        out.status.code(),
        Some(1),
        "findings, not an error: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("valid JSON")
}

/// (line, whole-line finding?) of every `untranslated` finding.
fn untranslated(doc: &Value) -> Vec<(u64, bool)> {
    doc["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .filter(|f| f["rule"] == "untranslated")
        .map(|f| {
            let line = f["start"]["line"].as_u64().unwrap_or_default();
            let message = f["message"].as_str().unwrap_or_default();
            (line, message.starts_with("this line"))
        })
        .collect()
}

#[test]
fn english_start_does_not_make_the_file_english() {
    let doc = check_auto();
    // Detected as English, the file would be refused (no English glossaries) or checked
    // without this rule: Portuguese it is, so the rule runs and reports.
    let found = untranslated(&doc);
    assert!(!found.is_empty(), "{doc}");
}

#[test]
fn each_english_line_is_one_finding_and_portuguese_lines_none() {
    let found = untranslated(&check_auto());
    let mut per_line: BTreeMap<u64, usize> = BTreeMap::new();
    for &(line, _) in &found {
        *per_line.entry(line).or_default() += 1;
    }
    let portuguese: Vec<u64> = per_line
        .keys()
        .copied()
        .filter(|&l| !is_english(l))
        .collect();
    assert_eq!(
        portuguese,
        Vec::<u64>::new(),
        "findings on Portuguese lines"
    );
    let repeated: Vec<u64> = per_line
        .iter()
        .filter(|&(_, &n)| n > 1)
        .map(|(&l, _)| l)
        .collect();
    assert_eq!(repeated, Vec::<u64>::new(), "lines reported more than once");
    // 44 English lines; line 22 ("I got bit!'") is too short to tell, and two short lines
    // mostly of names and loanwords ("Trump said in his mock \"news anchor\" voice.") are
    // reported by their English phrase rather than as a whole line.
    let whole = found.iter().filter(|&&(_, whole)| whole).count();
    assert!(whole >= 40, "{whole} whole-line findings: {found:?}");
    assert!(
        per_line.len() >= 42,
        "{} English lines reported",
        per_line.len()
    );
}
