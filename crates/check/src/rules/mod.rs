//! The closed set of rules: each has a stable kebab-case name, a default severity and a
//! documentation text (`mtlint rule NAME`).

pub(crate) mod glossary;
pub(crate) mod inconsistent_name;
pub(crate) mod missing_accent;
pub(crate) mod name_near_miss;
pub(crate) mod run_together;
pub(crate) mod spaced_hyphen;
pub(crate) mod spaced_punctuation;
pub(crate) mod translated_name_part;
pub(crate) mod untranslated;

use crate::term_index::TermMatch;
use crate::{Applicability, ByteRange, Finding, Severity, Suggestion};

/// The indices of a stretch's `len` words that no glossary match covers (`glossary` in
/// token order, not overlapping): the words the lexicon rules look at, since a glossary
/// match is a name or term whose spelling the glossary rules judge.
pub(crate) fn outside_matches(
    len: usize,
    glossary: &[TermMatch],
) -> impl Iterator<Item = usize> + '_ {
    let mut matches = glossary.iter().peekable();
    (0..len).filter(move |&k| {
        while matches.next_if(|m| m.end_token <= k).is_some() {}
        matches.peek().is_none_or(|m| m.first_token > k)
    })
}

/// The clitic pronouns a hyphen joins to a verb ("fazê-lo", "diz-se", "apaixonámo-nos").
pub(crate) const CLITICS: &[&str] = &[
    "me", "te", "se", "nos", "vos", "lhe", "lhes", "lo", "la", "los", "las", "no", "na", "o", "a",
    "os", "as",
];

/// A typography finding whose safe fix replaces `range` (white space and a mark) by the
/// mark alone: shared by `spaced-hyphen` and `spaced-punctuation`.
pub(crate) fn spacing_finding(
    rule: Rule,
    range: ByteRange,
    mark: String,
    message: String,
) -> Finding {
    Finding {
        suggestions: vec![Suggestion {
            range,
            replacement: mark,
            applicability: Applicability::Safe,
        }],
        ..Finding::new(rule, range, message)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Rule {
    WrongTerm,
    WrongTermInContext,
    SpacedHyphen,
    SpacedPunctuation,
    Untranslated,
    NameNearMiss,
    TranslatedNamePart,
    InconsistentName,
    MissingAccent,
    RunTogether,
}

/// What `mtlint rule NAME` prints.
#[derive(Debug)]
pub struct RuleDoc {
    pub summary: &'static str,
    pub what: &'static str,
    pub why: &'static str,
    pub example: &'static str,
    pub fix: &'static str,
}

/// A rule is written as its name ("wrong-term").
impl serde::Serialize for Rule {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.name())
    }
}

impl Rule {
    pub const ALL: &'static [Rule] = &[
        Rule::WrongTerm,
        Rule::WrongTermInContext,
        Rule::SpacedHyphen,
        Rule::SpacedPunctuation,
        Rule::Untranslated,
        Rule::NameNearMiss,
        Rule::TranslatedNamePart,
        Rule::InconsistentName,
        Rule::MissingAccent,
        Rule::RunTogether,
    ];

    /// Every rule but `kept`: the list to disable to run only `kept` (benches and tools
    /// that time some rules, and stay right when a rule is added).
    pub fn all_but(kept: &[Rule]) -> Vec<Rule> {
        Rule::ALL
            .iter()
            .copied()
            .filter(|r| !kept.contains(r))
            .collect()
    }

    pub fn name(self) -> &'static str {
        match self {
            Rule::WrongTerm => "wrong-term",
            Rule::WrongTermInContext => "wrong-term-in-context",
            Rule::SpacedHyphen => "spaced-hyphen",
            Rule::SpacedPunctuation => "spaced-punctuation",
            Rule::Untranslated => "untranslated",
            Rule::NameNearMiss => "name-near-miss",
            Rule::TranslatedNamePart => "translated-name-part",
            Rule::InconsistentName => "inconsistent-name",
            Rule::MissingAccent => "missing-accent",
            Rule::RunTogether => "run-together",
        }
    }

    pub fn from_name(name: &str) -> Option<Rule> {
        Rule::ALL.iter().copied().find(|r| r.name() == name)
    }

    pub fn default_severity(self) -> Severity {
        match self {
            Rule::WrongTerm => Severity::Error,
            Rule::WrongTermInContext
            | Rule::SpacedHyphen
            | Rule::SpacedPunctuation
            | Rule::Untranslated
            | Rule::MissingAccent
            | Rule::RunTogether => Severity::Warning,
            Rule::NameNearMiss | Rule::TranslatedNamePart | Rule::InconsistentName => {
                Severity::Warning
            }
        }
    }

    pub fn doc(self) -> &'static RuleDoc {
        match self {
            Rule::WrongTerm => &glossary::WRONG_TERM_DOC,
            Rule::WrongTermInContext => &glossary::WRONG_TERM_IN_CONTEXT_DOC,
            Rule::SpacedHyphen => &spaced_hyphen::DOC,
            Rule::SpacedPunctuation => &spaced_punctuation::DOC,
            Rule::Untranslated => &untranslated::DOC,
            Rule::NameNearMiss => &name_near_miss::DOC,
            Rule::TranslatedNamePart => &translated_name_part::DOC,
            Rule::InconsistentName => &inconsistent_name::DOC,
            Rule::MissingAccent => &missing_accent::DOC,
            Rule::RunTogether => &run_together::DOC,
        }
    }
}

impl std::fmt::Display for Rule {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}
