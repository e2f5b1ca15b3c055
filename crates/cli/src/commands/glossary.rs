use std::io::Write;
use std::path::PathBuf;

use mtlint_check::run_examples;
use mtlint_glossary::{load_paths, shipped, GlossarySet, GlossarySource};

use crate::{CliError, ExitCode};

fn sources(paths: &[PathBuf]) -> Result<Vec<GlossarySource>, CliError> {
    if paths.is_empty() {
        Ok(shipped::sources())
    } else {
        Ok(load_paths(paths)?)
    }
}

/// `mtlint glossary check`: every syntax, schema and consistency error, at once.
pub fn check(paths: &[PathBuf]) -> Result<ExitCode, CliError> {
    let set = GlossarySet::build(&sources(paths)?)?;
    writeln!(
        std::io::stdout().lock(),
        "ok: {} glossaries, {} entries",
        set.glossaries().len(),
        set.terms().len()
    )?;
    Ok(ExitCode::Clean)
}

/// `mtlint glossary test`: runs every entry's examples; exit 1 if any fails.
pub fn test(paths: &[PathBuf]) -> Result<ExitCode, CliError> {
    let set = GlossarySet::build(&sources(paths)?)?;
    let report = run_examples(&set);
    let mut out = std::io::stdout().lock();
    for failure in &report.failures {
        writeln!(
            out,
            "FAIL {} ({}): {}\n     text: {}",
            failure.origin, failure.term_id, failure.problem, failure.text
        )?;
    }
    writeln!(
        out,
        "{} passed, {} failed",
        report.passed,
        report.failures.len()
    )?;
    Ok(if report.failures.is_empty() {
        ExitCode::Clean
    } else {
        ExitCode::Findings
    })
}
