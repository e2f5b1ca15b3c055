//! The shipped glossaries load without errors and every entry's examples pass.

use mtlint_check::run_examples;
use mtlint_glossary::{shipped, GlossarySet};

#[test]
fn shipped_glossaries_are_valid() {
    let set = GlossarySet::build(&shipped::sources()).unwrap_or_else(|e| panic!("{e}"));
    assert!(!set.is_empty());
}

#[test]
fn shipped_glossary_examples_pass() {
    let set = GlossarySet::build(&shipped::sources()).unwrap_or_else(|e| panic!("{e}"));
    let report = run_examples(&set);
    let failures: Vec<String> = report
        .failures
        .iter()
        .map(|f| format!("{}: {} [{}]: {}", f.origin, f.term_id, f.text, f.problem))
        .collect();
    assert!(
        failures.is_empty(),
        "{} failing examples:\n{}",
        failures.len(),
        failures.join("\n")
    );
    assert!(report.passed > 0);
}
