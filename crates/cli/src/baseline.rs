//! Baselines: `--write-baseline FILE` records today's findings, `--baseline FILE` reports
//! only findings not recorded there. Lets a project adopt mtlint (or a stricter
//! configuration) without fixing every old finding first.
//!
//! A finding is recorded by its file and its fingerprint ([`crate::report::fingerprint`]:
//! rule, matched text and the text of its line, no line number), so it is still
//! recognised after lines are inserted or removed above it. Matching counts: two recorded
//! identical findings cover two, a third is new. Files are named relative to the
//! baseline's folder, so the baseline works from any current folder.

use std::path::{Component, Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::report::Outcome;
use crate::CliError;
use mtlint_config::paths::absolute;
use mtlint_session::{fingerprints, KnownFindings};

/// The format version written in every baseline.
const VERSION: u32 = 1;

#[derive(Debug, Serialize, Deserialize)]
struct BaselineFile {
    version: u32,
    findings: Vec<Entry>,
}

/// One recorded finding. `text` and `message` are for people reading the file.
#[derive(Debug, Serialize, Deserialize)]
struct Entry {
    file: String,
    rule: String,
    fingerprint: String,
    #[serde(default)]
    text: String,
    #[serde(default)]
    message: String,
}

/// The recorded findings, with the folder their file names are relative to.
#[derive(Debug, Default)]
pub struct Baseline {
    folder: PathBuf,
    known: KnownFindings,
}

/// Reads a baseline written by `--write-baseline`.
pub fn read(path: &Path) -> Result<Baseline, CliError> {
    let name = path.display();
    let cannot =
        |e: &dyn std::fmt::Display| CliError::Usage(format!("{name}: cannot read baseline: {e}"));
    let bytes = mtlint_glossary::read::read_file(path).map_err(|e| cannot(&e))?;
    let text = String::from_utf8(bytes).map_err(|e| cannot(&e))?;
    let file: BaselineFile = serde_json::from_str(&text).map_err(|e| {
        CliError::Usage(format!(
            "{name}:{}:{}: not a valid mtlint baseline: {e}",
            e.line(),
            e.column()
        ))
    })?;
    if file.version != VERSION {
        return Err(CliError::Usage(format!(
            "{name}: baseline version {} is not supported (this mtlint reads version {VERSION}); write it again with --write-baseline",
            file.version
        )));
    }
    let records = file
        .findings
        .into_iter()
        .map(|e| (e.file, e.rule, e.fingerprint));
    Ok(Baseline {
        folder: folder_of(path),
        known: KnownFindings::new(records),
    })
}

/// Drops from `outcomes` every finding the baseline records (each record covers one).
/// Returns how many were dropped.
pub fn filter(mut baseline: Baseline, outcomes: &mut [Outcome]) -> usize {
    let mut dropped = 0;
    for outcome in outcomes {
        let Outcome::Checked {
            input, findings, ..
        } = outcome
        else {
            continue;
        };
        let file = relative_name(&input.name, &baseline.folder);
        dropped += baseline.known.filter(&file, &input.text, findings);
    }
    dropped
}

/// Writes every finding of `outcomes` to `path` (see [`crate::write`]: atomically, through
/// links and special files). Returns how many were written.
pub fn write(path: &Path, outcomes: &[Outcome]) -> Result<usize, CliError> {
    let folder = folder_of(path);
    let mut findings = Vec::new();
    for outcome in outcomes {
        let Outcome::Checked {
            input,
            findings: found,
            ..
        } = outcome
        else {
            continue;
        };
        let file = relative_name(&input.name, &folder);
        for (f, print) in found.iter().zip(fingerprints(&input.text, found)) {
            findings.push(Entry {
                file: file.clone(),
                rule: f.rule.name().to_string(),
                fingerprint: print.to_string(),
                text: input
                    .text
                    .get(f.range.as_range())
                    .unwrap_or_default()
                    .to_string(),
                message: f.message.clone(),
            });
        }
    }
    let count = findings.len();
    let doc = BaselineFile {
        version: VERSION,
        findings,
    };
    let mut json = serde_json::to_string_pretty(&doc)
        .map_err(|e| CliError::Usage(format!("cannot encode the baseline: {e}")))?;
    json.push('\n');
    crate::write::write_file(path, json.as_bytes(), None)
        .map_err(|e| CliError::Usage(format!("{}: cannot write baseline: {e}", path.display())))?;
    Ok(count)
}

/// The absolute folder holding `path`.
fn folder_of(path: &Path) -> PathBuf {
    let abs = absolute(path);
    abs.parent().map_or(abs.clone(), Path::to_path_buf)
}

/// A file's name as recorded: relative to the baseline's folder, `/`-separated. Stdin
/// keeps its name.
fn relative_name(name: &str, folder: &Path) -> String {
    if name == "<stdin>" {
        return name.to_string();
    }
    let file = absolute(Path::new(name));
    let ours: Vec<Component> = file.components().collect();
    let theirs: Vec<Component> = folder.components().collect();
    let common = ours.iter().zip(&theirs).take_while(|(a, b)| a == b).count();
    let ups = std::iter::repeat_n("..".to_string(), theirs.len() - common);
    let downs = ours[common..]
        .iter()
        .map(|c| c.as_os_str().to_string_lossy().into_owned());
    ups.chain(downs).collect::<Vec<_>>().join("/")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_relative_to_the_baseline_folder() {
        let folder = Path::new("/p/ci");
        assert_eq!(relative_name("/p/ci/docs/a.md", folder), "docs/a.md");
        assert_eq!(relative_name("/p/docs/./a.md", folder), "../docs/a.md");
        assert_eq!(relative_name("<stdin>", folder), "<stdin>");
    }
}
