//! `--format json`: one JSON document, schema version 1 (docs/json-output.md).

use std::io::Write;

use mtlint_check::{Applicability, ByteRange, Finding, LineCol, LineColCursor, LineIndex};
use serde::Serialize;

use crate::report::{Counts, Outcome, Report};
use crate::CliError;

pub const SCHEMA_VERSION: u32 = 1;

#[derive(Serialize)]
struct Document<'a> {
    version: u32,
    findings: Vec<JsonFinding<'a>>,
    files: Vec<JsonFile<'a>>,
    summary: Summary,
}

#[derive(Serialize)]
struct JsonFile<'a> {
    path: &'a str,
    status: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    lang: Option<String>,
    /// Whether `lang` was detected from the text (`--lang auto`), not given.
    #[serde(skip_serializing_if = "Option::is_none")]
    lang_detected: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    message: Option<&'a str>,
}

#[derive(Serialize)]
struct Summary {
    files_checked: usize,
    /// Files not checked and not in error: empty, or in a language no glossary covers
    /// (each one's reason is in `files[]`).
    files_skipped: usize,
    findings: usize,
    #[serde(flatten)]
    counts: Counts,
}

/// One finding as `findings[]` holds it; `--format jsonl` prints the same objects.
#[derive(Serialize)]
pub(super) struct JsonFinding<'a> {
    rule: &'static str,
    severity: &'static str,
    file: &'a str,
    range: ByteRange,
    start: LineCol,
    end: LineCol,
    text: &'a str,
    message: &'a str,
    suggestions: Vec<JsonSuggestion<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    note: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    confidence: Option<f32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    term: Option<JsonTerm<'a>>,
    /// The id of the bilingual file's unit the finding is in.
    #[serde(skip_serializing_if = "Option::is_none")]
    segment: Option<&'a str>,
    /// The source text of that unit.
    #[serde(skip_serializing_if = "Option::is_none")]
    source: Option<&'a str>,
    /// Other places of the file the finding refers to (the other uses of a word reported
    /// once).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    related: Vec<JsonRelated<'a>>,
}

#[derive(Serialize)]
struct JsonRelated<'a> {
    range: ByteRange,
    start: LineCol,
    end: LineCol,
    text: &'a str,
    message: &'a str,
}

#[derive(Serialize)]
struct JsonSuggestion<'a> {
    replacement: &'a str,
    range: ByteRange,
    applicability: Applicability,
}

#[derive(Serialize)]
struct JsonTerm<'a> {
    id: &'a str,
    kind: &'static str,
    preferred: &'a str,
    glossary: JsonLocation<'a>,
}

#[derive(Serialize)]
struct JsonLocation<'a> {
    file: &'a str,
    line: u32,
    column: u32,
}

pub fn write(report: &Report, out: &mut dyn Write) -> Result<(), CliError> {
    let mut findings = Vec::new();
    let mut files = Vec::new();
    for outcome in &report.outcomes {
        match outcome {
            Outcome::Checked {
                input,
                lang,
                findings: found,
                ..
            } => {
                let index = LineIndex::new(&input.text);
                let mut cursor = index.cursor(&input.text);
                findings.extend(
                    found
                        .iter()
                        .map(|f| finding(&input.name, &input.text, &mut cursor, f)),
                );
                files.push(JsonFile {
                    path: &input.name,
                    status: "checked",
                    lang: Some(lang.to_string()),
                    lang_detected: Some(report.lang_detected),
                    message: None,
                });
            }
            Outcome::Skipped(p) => files.push(JsonFile {
                path: &p.name,
                status: "skipped",
                lang: None,
                lang_detected: None,
                message: Some(&p.message),
            }),
            Outcome::Failed(p) => files.push(JsonFile {
                path: &p.name,
                status: "error",
                lang: None,
                lang_detected: None,
                message: Some(&p.message),
            }),
        }
    }
    let counts = report.counts();
    let doc = Document {
        version: SCHEMA_VERSION,
        summary: Summary {
            files_checked: report.files_checked(),
            files_skipped: report.files_skipped(),
            findings: findings.len(),
            counts,
        },
        findings,
        files,
    };
    serde_json::to_writer_pretty(&mut *out, &doc).map_err(std::io::Error::from)?;
    writeln!(out)?;
    out.flush()?;
    Ok(())
}

pub(super) fn finding<'a>(
    file: &'a str,
    text: &'a str,
    cursor: &mut LineColCursor<'_>,
    f: &'a Finding,
) -> JsonFinding<'a> {
    JsonFinding {
        rule: f.rule.name(),
        severity: f.severity.as_str(),
        file,
        range: f.range,
        start: cursor.line_col(f.range.start),
        end: cursor.line_col(f.range.end),
        text: &text[f.range.as_range()],
        message: &f.message,
        suggestions: f
            .suggestions
            .iter()
            .map(|s| JsonSuggestion {
                replacement: &s.replacement,
                range: s.range,
                applicability: s.applicability,
            })
            .collect(),
        note: f.note.as_deref(),
        confidence: f.confidence,
        term: f.term.as_ref().map(|t| JsonTerm {
            id: &t.id,
            kind: t.kind.as_str(),
            preferred: &t.preferred,
            glossary: JsonLocation {
                file: &t.origin.file,
                line: t.origin.line,
                column: t.origin.column,
            },
        }),
        segment: f.segment.as_ref().and_then(|s| s.id.as_deref()),
        source: f.segment.as_ref().and_then(|s| s.source.as_deref()),
        related: f
            .related
            .iter()
            .map(|r| JsonRelated {
                range: r.range,
                start: cursor.line_col(r.range.start),
                end: cursor.line_col(r.range.end),
                text: text.get(r.range.as_range()).unwrap_or(""),
                message: &r.message,
            })
            .collect(),
    }
}
