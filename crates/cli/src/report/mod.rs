//! Reporters: what `mtlint check` prints, in each `--format`.

mod human;
mod json;

use mtlint_check::{Finding, Severity};
use mtlint_glossary::LangTag;

use crate::args::{ColorChoice, Format};
use crate::input::Input;
use crate::{CliError, ExitCode};

/// Why a file was not checked.
#[derive(Debug)]
pub struct Problem {
    /// The file as named on the command line.
    pub name: String,
    pub message: String,
    /// Only worth a notice (an empty file); does not change the exit code.
    pub notice: bool,
}

/// What became of one input.
#[derive(Debug)]
pub enum Outcome {
    Checked {
        input: Input,
        lang: LangTag,
        findings: Vec<Finding>,
    },
    Skipped(Problem),
    Failed(Problem),
}

/// The results of a run, in input order.
#[derive(Debug)]
pub struct Report {
    pub outcomes: Vec<Outcome>,
}

/// Findings counted by severity.
#[derive(Debug, Default, Clone, Copy, serde::Serialize)]
pub struct Counts {
    pub errors: usize,
    pub warnings: usize,
    pub infos: usize,
}

impl Report {
    pub fn findings(&self) -> impl Iterator<Item = (&Input, &Finding)> {
        self.outcomes.iter().flat_map(|o| match o {
            Outcome::Checked { input, findings, .. } => {
                findings.iter().map(|f| (input, f)).collect::<Vec<_>>()
            }
            _ => Vec::new(),
        })
    }

    pub fn counts(&self) -> Counts {
        let mut counts = Counts::default();
        for (_, f) in self.findings() {
            match f.severity {
                Severity::Error => counts.errors += 1,
                Severity::Warning => counts.warnings += 1,
                Severity::Info => counts.infos += 1,
            }
        }
        counts
    }

    pub fn files_checked(&self) -> usize {
        self.outcomes
            .iter()
            .filter(|o| matches!(o, Outcome::Checked { .. }))
            .count()
    }

    pub fn exit_code(&self) -> ExitCode {
        if self.outcomes.iter().any(|o| matches!(o, Outcome::Failed(_))) {
            ExitCode::Error
        } else if self.findings().next().is_some() {
            ExitCode::Findings
        } else {
            ExitCode::Clean
        }
    }
}

/// Writes the report to stdout in `format`; problems with files go to stderr.
pub fn write(report: &Report, format: Format, color: ColorChoice) -> Result<(), CliError> {
    for outcome in &report.outcomes {
        match outcome {
            Outcome::Skipped(p) => crate::error::notice(&format!("note: {}", p.message)),
            Outcome::Failed(p) => crate::error::notice(&format!("error: {}", p.message)),
            Outcome::Checked { .. } => {}
        }
    }
    match format {
        Format::Human => human::write(report, color),
        Format::Json => json::write(report),
    }
}
