use std::io::Write;

use mtlint_glossary::{GlossaryErrors, LangTagError};

use crate::report::visible::visible;

/// The process exit codes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExitCode {
    /// Nothing found.
    Clean = 0,
    /// Something was found (or an example failed).
    Findings = 1,
    /// A usage, glossary or I/O error.
    Error = 2,
}

/// Every error the binary reports. Rendered only by [`print`].
#[derive(Debug, thiserror::Error)]
pub enum CliError {
    #[error("{0}")]
    Glossary(#[from] GlossaryErrors),
    #[error("{0}")]
    Lang(#[from] LangTagError),
    #[error("{0}")]
    Usage(String),
    #[error("{0}")]
    Config(#[from] mtlint_config::ConfigErrors),
    #[error("{0}")]
    Import(#[from] mtlint_glossary::import::ImportError),
    #[error("cannot write output: {0}")]
    Output(#[from] std::io::Error),
}

/// Prints an error on stderr, one `mtlint: error:` line per problem.
pub fn print(e: &CliError) {
    let mut stderr = std::io::stderr().lock();
    let lines = match e {
        CliError::Glossary(errors) => errors.iter().map(ToString::to_string).collect(),
        CliError::Config(errors) => errors.iter().map(ToString::to_string).collect(),
        other => vec![other.to_string()],
    };
    for line in lines {
        // Nothing sensible is left to do if stderr itself is gone.
        let _ = writeln!(stderr, "mtlint: error: {}", visible(&line));
    }
}

/// Prints a notice that does not stop the run (a skipped file).
pub fn notice(message: &str) {
    let _ = writeln!(std::io::stderr().lock(), "mtlint: {}", visible(message));
}
