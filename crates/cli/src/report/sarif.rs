//! `--format sarif`: SARIF 2.1.0 as GitHub code scanning reads it.
//!
//! One run: the tool with every rule and its documentation, one result per finding with
//! its level, location, fixes and partial fingerprints. Regions use 1-based lines and
//! 1-based columns in UTF-16 code units (SARIF's default `columnKind`, stated anyway), the
//! end column being the one just after the last character. File URIs are relative to the
//! working directory under the base id `%SRCROOT%`, which is how GitHub matches them to
//! the repository when mtlint runs at its root.

use std::collections::BTreeMap;
use std::io::Write;

use mtlint_check::{
    Applicability, Finding, LineIndex, Rule, Severity, Suggestion, Utf16Cursor, Utf16Span,
};
use mtlint_session::{fingerprints, Fingerprint, SARIF_KEY};
use serde::Serialize;

use crate::report::artifact::Artifact;
use crate::report::{Outcome, Report};
use crate::CliError;

const SCHEMA: &str =
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
const SRCROOT: &str = "%SRCROOT%";
/// Where people learn about mtlint: the project's one address.
const INFORMATION_URI: &str = crate::REPOSITORY;

#[derive(Serialize)]
struct Log {
    #[serde(rename = "$schema")]
    schema: &'static str,
    version: &'static str,
    runs: [Run; 1],
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Run {
    tool: Tool,
    invocations: [Invocation; 1],
    column_kind: &'static str,
    results: Vec<SarifResult>,
}

#[derive(Serialize)]
struct Tool {
    driver: Driver,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Driver {
    name: &'static str,
    version: &'static str,
    semantic_version: &'static str,
    information_uri: &'static str,
    rules: Vec<RuleDescriptor>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct RuleDescriptor {
    id: &'static str,
    /// Absent where it would only repeat the id (SARIF1001: id and name must differ).
    #[serde(skip_serializing_if = "Option::is_none")]
    name: Option<String>,
    short_description: Text,
    full_description: Text,
    help: Help,
    default_configuration: Configuration,
}

#[derive(Clone, Serialize)]
struct Text {
    text: String,
}

#[derive(Serialize)]
struct Help {
    text: String,
    markdown: String,
}

#[derive(Serialize)]
struct Configuration {
    level: &'static str,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Invocation {
    execution_successful: bool,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    tool_execution_notifications: Vec<Notification>,
}

/// A file that could not be checked (or was skipped), reported beside the results.
#[derive(Serialize)]
struct Notification {
    level: &'static str,
    message: Text,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SarifResult {
    rule_id: &'static str,
    rule_index: usize,
    level: &'static str,
    message: Text,
    locations: [Location; 1],
    /// Other places the finding refers to (the other uses of a word reported once).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    related_locations: Vec<RelatedLocation>,
    partial_fingerprints: BTreeMap<&'static str, String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    fixes: Vec<Fix>,
    /// A bilingual file's unit: its id and source text.
    #[serde(skip_serializing_if = "Option::is_none")]
    properties: Option<SegmentProperties>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SegmentProperties {
    #[serde(skip_serializing_if = "Option::is_none")]
    segment: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    source: Option<String>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Location {
    physical_location: PhysicalLocation,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct RelatedLocation {
    id: usize,
    physical_location: PhysicalLocation,
    message: Text,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct PhysicalLocation {
    artifact_location: ArtifactLocation,
    region: Region,
}

#[derive(Clone, Serialize)]
#[serde(rename_all = "camelCase")]
struct ArtifactLocation {
    #[serde(skip_serializing_if = "Option::is_none")]
    uri: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    uri_base_id: Option<&'static str>,
    /// Only for stdin, which has no URI.
    #[serde(skip_serializing_if = "Option::is_none")]
    description: Option<Text>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Region {
    start_line: usize,
    start_column: usize,
    end_line: usize,
    end_column: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    snippet: Option<Text>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Fix {
    description: Text,
    artifact_changes: [ArtifactChange; 1],
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ArtifactChange {
    artifact_location: ArtifactLocation,
    replacements: [Replacement; 1],
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Replacement {
    deleted_region: Region,
    inserted_content: Text,
}

pub fn write(report: &Report, out: &mut dyn Write) -> Result<(), CliError> {
    let log = Log {
        schema: SCHEMA,
        version: "2.1.0",
        runs: [run(report)],
    };
    serde_json::to_writer_pretty(&mut *out, &log).map_err(std::io::Error::from)?;
    writeln!(out)?;
    out.flush()?;
    Ok(())
}

fn run(report: &Report) -> Run {
    let mut results = Vec::new();
    let mut notifications = Vec::new();
    for outcome in &report.outcomes {
        match outcome {
            Outcome::Checked {
                input, findings, ..
            } => {
                let location = artifact_location(&Artifact::locate(&input.name));
                let index = LineIndex::new(&input.text);
                let mut cursor = Utf16Cursor::new(&index, &input.text);
                let fingerprints = fingerprints(&input.text, findings);
                for (f, fp) in findings.iter().zip(fingerprints) {
                    results.push(result(&input.text, &location, &mut cursor, f, fp));
                }
            }
            Outcome::Skipped(p) => notifications.push(notification("note", &p.message)),
            Outcome::Failed(p) => notifications.push(notification("error", &p.message)),
        }
    }
    let execution_successful = !report
        .outcomes
        .iter()
        .any(|o| matches!(o, Outcome::Failed(_)));
    Run {
        tool: Tool { driver: driver() },
        invocations: [Invocation {
            execution_successful,
            tool_execution_notifications: notifications,
        }],
        column_kind: "utf16CodeUnits",
        results,
    }
}

fn driver() -> Driver {
    Driver {
        name: "mtlint",
        version: env!("CARGO_PKG_VERSION"),
        semantic_version: env!("CARGO_PKG_VERSION"),
        information_uri: INFORMATION_URI,
        rules: Rule::ALL.iter().map(|&r| descriptor(r)).collect(),
    }
}

fn descriptor(rule: Rule) -> RuleDescriptor {
    let doc = rule.doc();
    let name = pascal_case(rule.name());
    RuleDescriptor {
        id: rule.name(),
        name: (!name.eq_ignore_ascii_case(rule.name())).then_some(name),
        short_description: Text {
            text: sentence(doc.summary),
        },
        full_description: Text {
            text: doc.what.to_string(),
        },
        help: Help {
            text: format!(
                "{}\n\nWhat it catches: {}\n\nWhy it matters: {}\n\nExample: {}\n\nFix safety: {}",
                sentence(doc.summary),
                doc.what,
                doc.why,
                doc.example,
                doc.fix
            ),
            markdown: format!(
                "{}\n\n## What it catches\n\n{}\n\n## Why it matters\n\n{}\n\n## Example\n\n    {}\n\n## Fix safety\n\n{}",
                sentence(doc.summary),
                doc.what,
                doc.why,
                doc.example,
                doc.fix
            ),
        },
        default_configuration: Configuration {
            level: level(rule.default_severity()),
        },
    }
}

fn result(
    text: &str,
    location: &ArtifactLocation,
    cursor: &mut Utf16Cursor<'_>,
    f: &Finding,
    fp: Fingerprint,
) -> SarifResult {
    let span = cursor.span(f.range);
    let fixes = f
        .suggestions
        .iter()
        // Display-only suggestions are advice, not edits a tool may apply.
        .filter(|s| s.applicability != Applicability::DisplayOnly)
        .map(|s| fix(text, location, cursor, s))
        .collect();
    SarifResult {
        rule_id: f.rule.name(),
        rule_index: rule_index(f.rule),
        level: level(f.severity),
        message: Text {
            text: sentence(&f.message),
        },
        locations: [Location {
            physical_location: PhysicalLocation {
                artifact_location: location.clone(),
                region: region(span, Some(&text[f.range.as_range()])),
            },
        }],
        related_locations: f
            .related
            .iter()
            .enumerate()
            .map(|(id, r)| RelatedLocation {
                id,
                physical_location: PhysicalLocation {
                    artifact_location: location.clone(),
                    region: region(cursor.span(r.range), Some(&text[r.range.as_range()])),
                },
                message: Text {
                    text: sentence(&r.message),
                },
            })
            .collect(),
        partial_fingerprints: BTreeMap::from([(SARIF_KEY, fp.to_string())]),
        fixes,
        properties: f.segment.as_deref().map(|s| SegmentProperties {
            segment: s.id.clone(),
            source: s.source.clone(),
        }),
    }
}

fn fix(
    text: &str,
    location: &ArtifactLocation,
    cursor: &mut Utf16Cursor<'_>,
    s: &Suggestion,
) -> Fix {
    let original = &text[s.range.as_range()];
    let safety = match s.applicability {
        Applicability::Safe => "",
        _ => " (check the result: this fix is not always right)",
    };
    Fix {
        description: Text {
            text: format!("Replace \"{original}\" with \"{}\"{safety}.", s.replacement),
        },
        artifact_changes: [ArtifactChange {
            artifact_location: location.clone(),
            replacements: [Replacement {
                deleted_region: region(cursor.span(s.range), None),
                inserted_content: Text {
                    text: s.replacement.clone(),
                },
            }],
        }],
    }
}

fn region(span: Utf16Span, snippet: Option<&str>) -> Region {
    Region {
        start_line: span.start.line,
        start_column: span.start.column,
        end_line: span.end.line,
        end_column: span.end.column,
        snippet: snippet.map(|s| Text {
            text: s.to_string(),
        }),
    }
}

fn artifact_location(artifact: &Artifact) -> ArtifactLocation {
    match artifact {
        Artifact::Relative(_) => ArtifactLocation {
            uri: artifact.uri(),
            uri_base_id: Some(SRCROOT),
            description: None,
        },
        Artifact::Absolute(_) => ArtifactLocation {
            uri: artifact.uri(),
            uri_base_id: None,
            description: None,
        },
        Artifact::Stdin => ArtifactLocation {
            uri: None,
            uri_base_id: None,
            description: Some(Text {
                text: "standard input".into(),
            }),
        },
    }
}

fn notification(level: &'static str, message: &str) -> Notification {
    Notification {
        level,
        message: Text {
            text: sentence(message),
        },
    }
}

/// SARIF levels: `info` findings are SARIF's `note`.
fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

fn rule_index(rule: Rule) -> usize {
    Rule::ALL
        .iter()
        .position(|&r| r == rule)
        .unwrap_or_default()
}

/// `wrong-term` → `WrongTerm`: SARIF's convention for a rule's friendly name.
fn pascal_case(name: &str) -> String {
    name.split('-')
        .map(|part| {
            let mut chars = part.chars();
            chars
                .next()
                .map(|c| c.to_uppercase().chain(chars).collect::<String>())
                .unwrap_or_default()
        })
        .collect()
}

/// A message as a sentence: capitalised, ending with a full stop (SARIF asks for one).
fn sentence(text: &str) -> String {
    let mut chars = text.chars();
    let mut out: String = match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => return String::new(),
    };
    if !out.ends_with(['.', '!', '?']) {
        out.push('.');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_sentences() {
        assert_eq!(pascal_case("wrong-term-in-context"), "WrongTermInContext");
        assert_eq!(sentence("a space before"), "A space before.");
        assert_eq!(sentence("\"Wanson\" is wrong"), "\"Wanson\" is wrong.");
        assert_eq!(sentence("Done."), "Done.");
    }

    #[test]
    fn every_rule_has_its_index() {
        for (i, &rule) in Rule::ALL.iter().enumerate() {
            assert_eq!(rule_index(rule), i);
        }
    }
}
