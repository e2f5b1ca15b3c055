//! Reporters: what `mtlint check` prints, in each `--format`.

mod artifact;
mod github;
mod html;
mod human;
mod json;
mod jsonl;
mod sarif;
pub mod visible;

use std::io::Write;
use std::path::Path;

use mtlint_check::{ByteRange, Finding, Severity};
use mtlint_glossary::LangTag;

use crate::args::{ColorChoice, FailOn, Format};
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
    /// Skipped because it is in a language no glossary covers (counted in the summary).
    pub uncovered: bool,
}

/// A unit of a bilingual file (or a line of a text checked with `--source`), for reports
/// that show the source beside the target.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pair {
    /// The target as written in the file (escapes and all).
    pub target: ByteRange,
    /// How the format names the unit.
    pub id: Option<String>,
    /// The source text, unescaped.
    pub source: Option<String>,
}

/// What became of one input.
#[derive(Debug)]
pub enum Outcome {
    Checked {
        input: Input,
        lang: LangTag,
        findings: Vec<Finding>,
        /// The file's units with their sources, when the report shows them (`--format
        /// html`) and the file has any; else empty.
        pairs: Vec<Pair>,
    },
    Skipped(Problem),
    Failed(Problem),
}

/// The results of a run, in input order.
#[derive(Debug)]
pub struct Report {
    pub outcomes: Vec<Outcome>,
    /// Whether the files' languages were detected from their text (`--lang auto`), not
    /// given: the summary says which language (and variant) was found.
    pub lang_detected: bool,
}

/// Findings counted by severity.
#[derive(Debug, Default, Clone, Copy, serde::Serialize)]
pub struct Counts {
    pub errors: usize,
    pub warnings: usize,
    pub infos: usize,
}

impl Report {
    /// Every checked input with its findings, in input order.
    pub fn checked(&self) -> impl Iterator<Item = (&Input, &[Finding])> {
        self.outcomes.iter().filter_map(|o| match o {
            Outcome::Checked {
                input, findings, ..
            } => Some((input, findings.as_slice())),
            _ => None,
        })
    }

    pub fn findings(&self) -> impl Iterator<Item = (&Input, &Finding)> {
        self.checked()
            .flat_map(|(input, findings)| findings.iter().map(move |f| (input, f)))
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

    pub fn files_failed(&self) -> usize {
        self.outcomes
            .iter()
            .filter(|o| matches!(o, Outcome::Failed(_)))
            .count()
    }

    /// Files skipped: empty, or in a language no glossary covers.
    pub fn files_skipped(&self) -> usize {
        self.outcomes
            .iter()
            .filter(|o| matches!(o, Outcome::Skipped(_)))
            .count()
    }

    /// Files skipped because they are in a language no glossary covers.
    pub fn files_skipped_for_language(&self) -> usize {
        self.outcomes
            .iter()
            .filter(|o| matches!(o, Outcome::Skipped(p) if p.uncovered))
            .count()
    }

    /// The languages the files were checked in, each with its number of files, in order
    /// of first use.
    pub fn languages(&self) -> Vec<(&LangTag, usize)> {
        let mut out: Vec<(&LangTag, usize)> = Vec::new();
        for outcome in &self.outcomes {
            let Outcome::Checked { lang, .. } = outcome else {
                continue;
            };
            match out.iter_mut().find(|(l, _)| *l == lang) {
                Some((_, n)) => *n += 1,
                None => out.push((lang, 1)),
            }
        }
        out
    }

    pub fn files_checked(&self) -> usize {
        self.outcomes
            .iter()
            .filter(|o| matches!(o, Outcome::Checked { .. }))
            .count()
    }

    /// 2 if any file failed (whatever `fail_on` says), 1 if a finding is at or above
    /// `fail_on`, 0 otherwise.
    pub fn exit_code(&self, fail_on: FailOn) -> ExitCode {
        if self
            .outcomes
            .iter()
            .any(|o| matches!(o, Outcome::Failed(_)))
        {
            ExitCode::Error
        } else if self.findings().any(|(_, f)| fails(f.severity, fail_on)) {
            ExitCode::Findings
        } else {
            ExitCode::Clean
        }
    }
}

/// Whether a finding of `severity` fails a run with `--fail-on fail_on`.
fn fails(severity: Severity, fail_on: FailOn) -> bool {
    let threshold = match fail_on {
        FailOn::Error => Severity::Error,
        FailOn::Warning => Severity::Warning,
        FailOn::Info => Severity::Info,
        FailOn::Never => return false,
    };
    severity >= threshold
}

/// Writes the report in `format` to stdout, or with `output` to that file (through
/// [`crate::write`], as `--fix` and `glossary import -o` write: atomically,
/// a reader never sees half a report, and a failed run leaves an older report whole);
/// problems with files go to stderr.
pub fn write(
    report: &Report,
    format: Format,
    color: ColorChoice,
    max_width: Option<std::num::NonZeroUsize>,
    output: Option<&Path>,
) -> Result<(), CliError> {
    for outcome in &report.outcomes {
        match outcome {
            Outcome::Skipped(p) => crate::error::notice(&format!("note: {}", p.message)),
            Outcome::Failed(p) => crate::error::notice(&format!("error: {}", p.message)),
            Outcome::Checked { .. } => {}
        }
    }
    let colored = human::colored(color, output.is_some());
    let width = human::width(max_width, output.is_some());
    match output {
        None => {
            // 64 KiB a write, not `BufWriter`'s 8 KiB: 7.5 MB of JSONL for 5 MB of MT
            // took 943 `write` calls (BENCHMARKS.md, "Issue 21, session 13").
            let mut out = std::io::BufWriter::with_capacity(64 * 1024, std::io::stdout().lock());
            unless_reader_left(render(report, format, colored, width, &mut out))
        }
        Some(path) => {
            let mut bytes = Vec::new();
            render(report, format, colored, width, &mut bytes)?;
            crate::write::write_file(path, &bytes, None).map_err(|source| {
                CliError::Usage(format!(
                    "{}: cannot write the report: {source}",
                    path.display()
                ))
            })
        }
    }
}

/// The reader of stdout went away (`mtlint check . | head`): not an error, the run stops
/// writing quietly and still exits with the code its findings give.
pub fn unless_reader_left(written: Result<(), CliError>) -> Result<(), CliError> {
    match written {
        Err(CliError::Output(e)) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => other,
    }
}

fn render(
    report: &Report,
    format: Format,
    colored: bool,
    width: usize,
    out: &mut dyn Write,
) -> Result<(), CliError> {
    match format {
        Format::Human => human::write(report, colored, width, out),
        Format::Json => json::write(report, out),
        Format::Jsonl => jsonl::write(report, out),
        Format::Sarif => sarif::write(report, out),
        Format::Github => github::write(report, out),
        Format::Html => html::write(report, out),
    }
}

#[cfg(test)]
mod fail_on_tests {
    use super::*;

    #[test]
    fn fail_on_is_a_severity_threshold() {
        use Severity::{Error, Info, Warning};
        let failing = |level| [Error, Warning, Info].map(|s| fails(s, level));
        assert_eq!(failing(FailOn::Error), [true, false, false]);
        assert_eq!(failing(FailOn::Warning), [true, true, false]);
        assert_eq!(failing(FailOn::Info), [true, true, true]);
        assert_eq!(failing(FailOn::Never), [false, false, false]);
        assert_eq!(FailOn::default(), FailOn::Info);
    }
}
