//! Runs the examples written in glossary entries, as `mtlint glossary test` and the
//! test suite do.

use std::collections::HashMap;

use mtlint_glossary::{Example, ExampleExpectation, GlossarySet, LangTag, Location, Term};

use crate::{Checker, Finding, Settings};

/// An example that did not behave as its entry says.
#[derive(Debug, Clone)]
pub struct ExampleFailure {
    pub term_id: String,
    pub origin: Location,
    pub text: String,
    pub problem: String,
}

#[derive(Debug, Default)]
pub struct ExampleReport {
    pub passed: usize,
    pub failures: Vec<ExampleFailure>,
}

/// Checks every example of every entry against the whole set, in the example's language
/// (its own, else its entry's variant, else its glossary's language).
///
/// An `expect` example passes when the entry is reported with that suggestion; an
/// `ok = true` example passes only when nothing at all is reported, so a clean example also
/// guards every other entry and rule against false positives.
pub fn run_examples(set: &GlossarySet) -> ExampleReport {
    let mut checkers: HashMap<LangTag, Checker> = HashMap::new();
    let mut report = ExampleReport::default();
    for term in set.terms() {
        for example in &term.examples {
            let lang = example_lang(set, term, example);
            let checker = checkers
                .entry(lang.clone())
                .or_insert_with(|| Checker::new(set, Settings::new(lang)));
            let findings = checker.check(&example.text);
            match judge(term, example, &findings) {
                None => report.passed += 1,
                Some(problem) => report.failures.push(ExampleFailure {
                    term_id: term.id.clone(),
                    origin: example.origin.clone(),
                    text: example.text.clone(),
                    problem,
                }),
            }
        }
    }
    report
}

fn example_lang(set: &GlossarySet, term: &Term, example: &Example) -> LangTag {
    example
        .lang
        .clone()
        .or_else(|| term.variant.clone())
        .unwrap_or_else(|| set.glossary_of(term).lang.clone())
}

fn judge(term: &Term, example: &Example, findings: &[Finding]) -> Option<String> {
    match &example.expect {
        ExampleExpectation::Clean => findings.first().map(|f| {
            format!(
                "expected no finding, got {} on \"{}\": {}",
                f.rule,
                &example.text[f.range.as_range()],
                f.message
            )
        }),
        ExampleExpectation::Finding { suggestion } => {
            let mine: Vec<&Finding> = findings
                .iter()
                .filter(|f| f.term.as_ref().is_some_and(|t| t.id == term.id))
                .collect();
            let hit = mine
                .iter()
                .any(|f| f.suggestions.iter().any(|s| &s.replacement == suggestion));
            if hit {
                None
            } else if mine.is_empty() {
                Some(format!(
                    "expected a finding suggesting \"{suggestion}\", got none from this entry"
                ))
            } else {
                let got: Vec<&str> = mine
                    .iter()
                    .flat_map(|f| f.suggestions.iter().map(|s| s.replacement.as_str()))
                    .collect();
                Some(format!(
                    "expected the suggestion \"{suggestion}\", got {got:?}"
                ))
            }
        }
    }
}
