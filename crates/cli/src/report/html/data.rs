//! What the review page is given: every file's text, its findings with positions in
//! UTF-16 code units (JavaScript's string offsets), and the docs of the rules that fired.
//!
//! A file is a list of segments, each a range of its text with an optional id and source:
//! plain text is one segment without source; a bilingual file (or a text checked with
//! `--source`) one segment per unit, the range its target as written in the file, which
//! the page shows beside the source.

use std::collections::BTreeMap;

use mtlint_check::{Applicability, ByteRange, Finding, LineIndex, Rule};
use serde::Serialize;

use super::offsets::Utf16Offsets;
use crate::report::{Outcome, Pair, Report};

/// Version of this data format, for the page and for tools that read it back.
const DATA_VERSION: u32 = 1;

#[derive(Serialize)]
pub struct Page<'a> {
    version: u32,
    tool: &'static str,
    files: Vec<File<'a>>,
    /// The docs of every rule, by name (a finding's rule is looked up here).
    rules: BTreeMap<&'static str, RuleInfo>,
}

#[derive(Serialize)]
struct File<'a> {
    name: &'a str,
    /// `checked`, `skipped` or `error`.
    status: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    lang: Option<String>,
    /// Why a file was not checked.
    #[serde(skip_serializing_if = "Option::is_none")]
    message: Option<&'a str>,
    text: &'a str,
    segments: Vec<Segment>,
    findings: Vec<PageFinding<'a>>,
}

/// A range of the file's text (UTF-16 offsets): a bilingual unit's target, with its id and
/// source text; or the whole of a plain text.
#[derive(Serialize)]
struct Segment {
    start: usize,
    end: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    source: Option<String>,
}

#[derive(Serialize)]
struct PageFinding<'a> {
    rule: &'static str,
    severity: &'static str,
    /// UTF-16 offsets of the finding in the file's text.
    start: usize,
    end: usize,
    /// 1-based line and column (in characters), as the other formats print them.
    line: usize,
    column: usize,
    message: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    note: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    confidence: Option<f32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    term: Option<Term<'a>>,
    suggestions: Vec<PageSuggestion<'a>>,
    /// A bilingual file's unit: its id and the source text it translates.
    #[serde(skip_serializing_if = "Option::is_none")]
    segment: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    source: Option<&'a str>,
}

#[derive(Serialize)]
struct PageSuggestion<'a> {
    replacement: &'a str,
    start: usize,
    end: usize,
    applicability: Applicability,
}

#[derive(Serialize)]
struct Term<'a> {
    id: &'a str,
    kind: &'static str,
    preferred: &'a str,
    /// Where the entry is written: `file:line:column`.
    glossary: String,
}

#[derive(Serialize)]
struct RuleInfo {
    severity: &'static str,
    /// The family the page draws an underline style for.
    family: &'static str,
    summary: &'static str,
    what: &'static str,
    why: &'static str,
    example: &'static str,
    fix: &'static str,
}

impl<'a> Page<'a> {
    pub fn of(report: &'a Report) -> Page<'a> {
        Page {
            version: DATA_VERSION,
            tool: concat!("mtlint ", env!("CARGO_PKG_VERSION")),
            files: report.outcomes.iter().map(file).collect(),
            rules: Rule::ALL
                .iter()
                .map(|&r| (r.name(), rule_info(r)))
                .collect(),
        }
    }
}

fn file(outcome: &Outcome) -> File<'_> {
    match outcome {
        Outcome::Checked {
            input,
            lang,
            findings,
            pairs,
        } => checked_file(&input.name, &input.text, lang.to_string(), findings, pairs),
        Outcome::Skipped(p) => unchecked_file(&p.name, "skipped", &p.message),
        Outcome::Failed(p) => unchecked_file(&p.name, "error", &p.message),
    }
}

fn unchecked_file<'a>(name: &'a str, status: &'static str, message: &'a str) -> File<'a> {
    File {
        name,
        status,
        lang: None,
        message: Some(message),
        text: "",
        segments: Vec::new(),
        findings: Vec::new(),
    }
}

fn checked_file<'a>(
    name: &'a str,
    text: &'a str,
    lang: String,
    findings: &'a [Finding],
    pairs: &[Pair],
) -> File<'a> {
    let targets = pairs.iter().map(|p| p.target);
    let offsets = Utf16Offsets::new(text, ranges(findings).chain(targets));
    let index = LineIndex::new(text);
    let mut cursor = index.cursor(text);
    let findings = findings
        .iter()
        .filter_map(|f| {
            let at = cursor.line_col(f.range.start);
            page_finding(&offsets, f, at.line, at.column)
        })
        .collect();
    File {
        name,
        status: "checked",
        lang: Some(lang),
        message: None,
        text,
        segments: segments(&offsets, pairs),
        findings,
    }
}

/// The file's units in page terms, in file order; the whole text as one segment when it
/// has none (plain text, Markdown) or when a unit's target does not fit the text (never
/// expected: the units were read from this very text).
fn segments(offsets: &Utf16Offsets, pairs: &[Pair]) -> Vec<Segment> {
    let mut units: Option<Vec<Segment>> = pairs
        .iter()
        .map(|p| {
            let (start, end) = offsets.range(p.target)?;
            Some(Segment {
                start,
                end,
                id: p.id.clone(),
                source: p.source.clone(),
            })
        })
        .collect();
    if let Some(units) = &mut units {
        units.sort_by_key(|s| (s.start, s.end));
    }
    match units {
        Some(units) if !units.is_empty() => units,
        _ => vec![Segment {
            start: 0,
            end: offsets.whole_len(),
            id: None,
            source: None,
        }],
    }
}

/// Every range the page needs in UTF-16: the findings' and their suggestions'.
fn ranges(findings: &[Finding]) -> impl Iterator<Item = ByteRange> + '_ {
    findings
        .iter()
        .flat_map(|f| std::iter::once(f.range).chain(f.suggestions.iter().map(|s| s.range)))
}

/// A finding in page terms; `None` for a range that does not fit the text (never expected
/// from the checker, but a page must not point into the middle of a character). A
/// suggestion that does not fit is left out, as `--fix` leaves it.
fn page_finding<'a>(
    offsets: &Utf16Offsets,
    f: &'a Finding,
    line: usize,
    column: usize,
) -> Option<PageFinding<'a>> {
    let (start, end) = offsets.range(f.range)?;
    let suggestions = f
        .suggestions
        .iter()
        .filter_map(|s| {
            let (start, end) = offsets.range(s.range)?;
            Some(PageSuggestion {
                replacement: &s.replacement,
                start,
                end,
                applicability: s.applicability,
            })
        })
        .collect();
    Some(PageFinding {
        rule: f.rule.name(),
        severity: f.severity.as_str(),
        start,
        end,
        line,
        column,
        message: &f.message,
        note: f.note.as_deref(),
        confidence: f.confidence,
        segment: f.segment.as_ref().and_then(|s| s.id.as_deref()),
        source: f.segment.as_ref().and_then(|s| s.source.as_deref()),
        term: f.term.as_ref().map(|t| Term {
            id: &t.id,
            kind: t.kind.as_str(),
            preferred: &t.preferred,
            glossary: t.origin.to_string(),
        }),
        suggestions,
    })
}

fn rule_info(rule: Rule) -> RuleInfo {
    let doc = rule.doc();
    RuleInfo {
        severity: rule.default_severity().as_str(),
        family: family(rule),
        summary: doc.summary,
        what: doc.what,
        why: doc.why,
        example: doc.example,
        fix: doc.fix,
    }
}

/// The kind of problem, which the page shows by underline style so that colour (kept for
/// severity) is not the only cue: solid for glossary terms, double for names, wavy for
/// untranslated text, dashed for spelling, dotted for typography.
fn family(rule: Rule) -> &'static str {
    rule.kind().as_str()
}

#[cfg(test)]
mod tests {
    use mtlint_check::{Finding, Suggestion};

    use super::*;
    use crate::input::Input;

    #[test]
    fn positions_are_utf16_and_the_text_is_one_segment() {
        let text = "𝄞 a Coréia.\n";
        let at = text.find("Coréia").expect("in text");
        let range = ByteRange::new(at, at + "Coréia".len());
        let finding = Finding {
            suggestions: vec![Suggestion {
                range,
                replacement: "Coreia".into(),
                applicability: Applicability::Safe,
            }],
            ..Finding::new(Rule::WrongTerm, range, "pre-1990 spelling".into())
        };
        let report = Report {
            lang_detected: false,
            outcomes: vec![Outcome::Checked {
                input: Input {
                    name: "a.txt".into(),
                    text: text.into(),
                },
                lang: "pt".parse().expect("tag"),
                findings: vec![finding],
                pairs: Vec::new(),
            }],
        };
        let json = serde_json::to_value(Page::of(&report)).expect("json");
        let file = &json["files"][0];
        // "𝄞" is two UTF-16 units, then " a ".
        assert_eq!(file["findings"][0]["start"], 5);
        assert_eq!(file["findings"][0]["end"], 11);
        assert_eq!(file["findings"][0]["suggestions"][0]["start"], 5);
        assert_eq!(
            file["findings"][0]["suggestions"][0]["applicability"],
            "safe"
        );
        assert_eq!(file["findings"][0]["column"], 5);
        assert_eq!(file["segments"][0]["end"], text.encode_utf16().count());
        assert!(file["segments"][0].get("source").is_none());
        assert_eq!(json["rules"]["wrong-term"]["family"], "term");
    }

    #[test]
    fn a_bilingual_file_is_one_segment_per_unit_with_its_source() {
        let text = "msgid \"Korea\"\nmsgstr \"𝄞 Coréia\"\n\nmsgid \"a\"\nmsgstr \"b\"\n";
        let first = text.find("𝄞").expect("in text");
        let second = text.rfind('b').expect("in text");
        let pairs = vec![
            Pair {
                target: ByteRange::new(second, second + 1),
                id: Some("a".into()),
                source: Some("a".into()),
            },
            Pair {
                target: ByteRange::new(first, first + "𝄞 Coréia".len()),
                id: Some("Korea".into()),
                source: Some("<b>Korea</b>".into()),
            },
        ];
        let report = Report {
            lang_detected: false,
            outcomes: vec![Outcome::Checked {
                input: Input {
                    name: "a.po".into(),
                    text: text.into(),
                },
                lang: "pt".parse().expect("tag"),
                findings: Vec::new(),
                pairs,
            }],
        };
        let json = serde_json::to_value(Page::of(&report)).expect("json");
        let segments = json["files"][0]["segments"].as_array().expect("segments");
        assert_eq!(segments.len(), 2);
        // In file order, in UTF-16 offsets ("𝄞" is two units), the source as given (the
        // page puts it in with textContent).
        let utf16 = |s: &str| s.encode_utf16().count();
        assert_eq!(segments[0]["start"], utf16(&text[..first]));
        assert_eq!(
            segments[0]["end"],
            utf16(&text[..first]) + utf16("𝄞 Coréia")
        );
        assert_eq!(segments[0]["source"], "<b>Korea</b>");
        assert_eq!(segments[1]["id"], "a");
    }
}
