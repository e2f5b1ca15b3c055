//! The closed set of rules: each has a stable kebab-case name, a default severity and a
//! documentation text (`mtlint rule NAME`).
//!
//! **The registry.** Each rule is one module of this folder that defines a
//! `pub(crate) static RULE: RuleDef` (its name, level, documentation, what it needs of the
//! shared analysis, its options, which rules it yields to, and its `check` function). The
//! list below is the only place that names them all: adding a rule is writing its file and
//! adding one line here. The order of the list is the order of [`Rule::ALL`] and of
//! findings at one position.

mod def;

pub(crate) use def::{Finish, Needs, Prepare, Prepared, RuleDef, Yield, YieldWhen};
pub use def::{OptionKind, OptionSpec, RuleKind};

use crate::Severity;

/// Declares the rule modules and the [`Rule`] enum from one list of `Variant => module`.
macro_rules! registry {
    ($($variant:ident => $module:ident,)*) => {
        $(pub(crate) mod $module;)*

        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Rule {
            $($variant,)*
        }

        impl Rule {
            pub const ALL: &'static [Rule] = &[$(Rule::$variant,)*];

            /// The rule's definition: everything the engine knows of it.
            pub(crate) fn def(self) -> &'static RuleDef {
                match self {
                    $(Rule::$variant => &$module::RULE,)*
                }
            }
        }
    };
}

registry! {
    WrongTerm => wrong_term,
    WrongTermInContext => wrong_term_in_context,
    SpacedHyphen => spaced_hyphen,
    SpacedPunctuation => spaced_punctuation,
    Untranslated => untranslated,
    NameNearMiss => name_near_miss,
    TranslatedNamePart => translated_name_part,
    InconsistentName => inconsistent_name,
    MissingAccent => missing_accent,
    RunTogether => run_together,
    MixedVariant => mixed_variant,
    PlaceholderMismatch => placeholder_mismatch,
    NumberMismatch => number_mismatch,
    TermMismatch => term_mismatch,
    Omission => omission,
    MissingName => missing_name,
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
        self.def().name
    }

    pub fn from_name(name: &str) -> Option<Rule> {
        Rule::ALL.iter().copied().find(|r| r.name() == name)
    }

    pub fn default_severity(self) -> Severity {
        self.def().severity
    }

    pub fn doc(self) -> &'static RuleDoc {
        &self.def().doc
    }

    /// The kind of problem the rule finds.
    pub fn kind(self) -> RuleKind {
        self.def().kind
    }

    /// The options `[rules.NAME]` takes besides `level` and `min-confidence`.
    pub fn options(self) -> &'static [OptionSpec] {
        self.def().options
    }
}

impl std::fmt::Display for Rule {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}
