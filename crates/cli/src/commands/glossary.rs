use std::io::Write;
use std::path::PathBuf;

use mtlint_check::run_examples;
use mtlint_glossary::{
    load_paths, read_paths, shipped, GlossaryErrors, GlossarySet, GlossarySource,
};

use crate::{CliError, ExitCode};

fn sources(paths: &[PathBuf]) -> Result<Vec<GlossarySource>, CliError> {
    if paths.is_empty() {
        Ok(shipped::sources())
    } else {
        Ok(load_paths(paths)?)
    }
}

/// `mtlint glossary check`: every read, syntax, schema and consistency error in all the
/// files at once, then (for the user's files) their conflicts with the shipped glossaries.
pub fn check(paths: &[PathBuf], against_shipped: bool) -> Result<ExitCode, CliError> {
    let (sources, mut errors) = if paths.is_empty() {
        (shipped::sources(), Vec::new())
    } else {
        read_paths(paths)
    };
    let (set, build_errors) = GlossarySet::build_all(&sources);
    errors.extend(build_errors);
    if against_shipped && !paths.is_empty() {
        errors.extend(set.conflicts_with(&shipped::set()).0);
    }
    if !errors.is_empty() {
        return Err(GlossaryErrors(errors).into());
    }
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
