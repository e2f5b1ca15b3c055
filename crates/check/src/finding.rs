use mtlint_glossary::{Location, TermKind};

use crate::{ByteRange, LineIndex, Rule};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    Warning,
    Error,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

/// How safe a suggestion is to apply without a person looking (ruff's model): only
/// `Safe` ones are applied by `--fix`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Applicability {
    Safe,
    Unsafe,
    DisplayOnly,
}

/// A replacement for a byte range of the text.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Suggestion {
    pub range: ByteRange,
    pub replacement: String,
    pub applicability: Applicability,
}

/// The glossary entry behind a finding.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct TermRef {
    pub id: String,
    pub kind: TermKind,
    pub preferred: String,
    /// Where the entry is written.
    pub origin: Location,
}

/// One likely mistranslation: where, why, and what to write instead. Positions are byte
/// ranges of the file as written (see [`crate::LineIndex`] for lines and columns).
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Finding {
    pub rule: Rule,
    pub severity: Severity,
    pub range: ByteRange,
    pub message: String,
    pub suggestions: Vec<Suggestion>,
    pub term: Option<TermRef>,
    /// The glossary's note on the entry, for the reader.
    pub note: Option<String>,
    /// 0–1 where the rule is a judgement rather than a lookup.
    pub confidence: Option<f32>,
    /// The segment of a bilingual file the finding is in: its id and source text.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub segment: Option<Box<SegmentInfo>>,
    /// Other places of the same text that bear on the finding (the other uses of a word
    /// reported once), for outputs that show related locations (SARIF, LSP, JSON).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub related: Vec<Related>,
}

/// Another place of the checked text that a finding refers to.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Related {
    pub range: ByteRange,
    /// What the place is, for the reader ("another use of “tries”").
    pub message: String,
}

/// Which unit of a bilingual file a finding is in, for the reader.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct SegmentInfo {
    /// How the format names the unit (PO msgctxt and msgid, an XLIFF unit id, …).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The source text the segment translates.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

impl Finding {
    /// A finding of `rule` at its default severity, with no suggestion, entry, note or
    /// confidence yet: rules fill in the rest with struct update syntax.
    pub fn new(rule: Rule, range: ByteRange, message: String) -> Finding {
        Finding {
            rule,
            severity: rule.default_severity(),
            range,
            message,
            suggestions: Vec::new(),
            term: None,
            note: None,
            confidence: None,
            segment: None,
            related: Vec::new(),
        }
    }
}

impl TermRef {
    /// The reference to a glossary entry that a finding carries.
    pub(crate) fn of(term: &mtlint_glossary::Term) -> TermRef {
        TermRef {
            id: term.id.clone(),
            kind: term.kind,
            preferred: term.preferred.clone(),
            origin: term.origin.clone(),
        }
    }
}

impl Finding {
    /// Names the lines of the related places at the end of the message, for outputs that
    /// show no related locations: "(and 2 more uses in this document: lines 5, 9)". The
    /// related places are other uses of what the finding reports (`untranslated`'s
    /// repeated words give the only ones); `lines` indexes the text their ranges are in,
    /// so this is done once they are in the file (`Document::to_file`).
    pub fn name_related_lines(&mut self, lines: &LineIndex) {
        if self.related.is_empty() {
            return;
        }
        let mut at: Vec<usize> = self
            .related
            .iter()
            .map(|r| lines.line_of(r.range.start) + 1)
            .collect();
        at.dedup();
        let list: Vec<String> = at.iter().map(usize::to_string).collect();
        let n = self.related.len();
        let uses = if n == 1 { "use" } else { "uses" };
        let line_word = if at.len() == 1 { "line" } else { "lines" };
        self.message += &format!(
            " (and {n} more {uses} in this document: {line_word} {})",
            list.join(", ")
        );
    }

    /// A typography finding whose safe fix replaces `range` (white space and a mark) by the
    /// mark alone: shared by `spaced-hyphen` and `spaced-punctuation`.
    pub(crate) fn spacing(rule: Rule, range: ByteRange, mark: String, message: String) -> Finding {
        Finding {
            suggestions: vec![Suggestion {
                range,
                replacement: mark,
                applicability: Applicability::Safe,
            }],
            ..Finding::new(rule, range, message)
        }
    }
}
