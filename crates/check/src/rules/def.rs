//! What a rule declares about itself: the engine reads these and nothing else, so a rule's
//! needs, options and precedence live in its own file.

use std::any::Any;

use crate::context::{Context, SegmentContext};
use crate::term_index::TermIndex;
use crate::{Finding, Rule, RuleDoc, Severity};

/// What a rule's `prepare` compiled, kept by the checker.
pub(crate) type Prepared = Box<dyn Any + Send + Sync>;

/// One rule, as its file defines it (`pub(crate) static RULE: RuleDef`).
pub(crate) struct RuleDef {
    /// The stable kebab-case name (`wrong-term`).
    pub name: &'static str,
    /// The kind of problem, for readers (the review page's underline styles).
    pub kind: RuleKind,
    pub severity: Severity,
    pub doc: RuleDoc,
    /// What of the shared analysis the rule reads; the engine computes the union of the
    /// enabled rules' needs, once per stretch, before any rule runs.
    pub needs: Needs,
    /// Checks one stretch (a paragraph): reads `ctx`, reports with `ctx.report`.
    pub check: fn(&mut Context<'_, '_>),
    /// Checks one segment that has a source (a PO entry, an XLIFF unit, a line of a text
    /// given with `--source`), target against source: the source-aware rules.
    pub check_segment: Option<fn(&mut SegmentContext<'_, '_>)>,
    /// Runs once per document after every part was checked (rules that compare parts):
    /// sees the [`Facts`](crate::context::Facts) the parts recorded and this rule's own
    /// findings of the whole document, which it may merge, drop or add to.
    pub finish: Option<fn(&mut Finish<'_>)>,
    /// Data the rule compiles once per checker (from the glossaries), read back with
    /// `ctx.prepared::<T>()`.
    pub prepare: Option<fn(&Prepare<'_>) -> Prepared>,
    /// Findings of this rule that another rule's finding covers are dropped: the settling
    /// pass after each stretch, in an order where every rule yielded to is settled first.
    pub yields_to: &'static [Yield],
    /// A finding that touches markup or an inline code of its segment is dropped (the
    /// typography rules: the space is the markup's, not the translator's).
    pub dropped_over_markup: bool,
    /// The options `[rules.NAME]` takes besides `level` and `min-confidence`.
    pub options: &'static [OptionSpec],
}

/// The kind of problem a rule finds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RuleKind {
    /// A glossary term or name written wrong.
    Term,
    /// A name damaged without a glossary saying how.
    Name,
    /// Text left in another language.
    Untranslated,
    /// A word misspelt.
    Spelling,
    /// Spacing and punctuation.
    Typography,
}

impl RuleKind {
    pub fn as_str(self) -> &'static str {
        match self {
            RuleKind::Term => "term",
            RuleKind::Name => "name",
            RuleKind::Untranslated => "untranslated",
            RuleKind::Spelling => "spelling",
            RuleKind::Typography => "typography",
        }
    }
}

impl RuleDef {
    /// A rule that checks nothing yet, needs nothing, yields to nothing and takes no
    /// option: rules start from it and set what they have (`..RuleDef::new(...)`).
    pub const fn new(
        name: &'static str,
        kind: RuleKind,
        severity: Severity,
        doc: RuleDoc,
    ) -> RuleDef {
        RuleDef {
            name,
            kind,
            severity,
            doc,
            needs: Needs::NOTHING,
            check: check_nothing,
            check_segment: None,
            finish: None,
            prepare: None,
            yields_to: &[],
            dropped_over_markup: false,
            options: &[],
        }
    }
}

/// The `check` of a rule that only looks at segments with a source, or only at a whole
/// document.
fn check_nothing(_: &mut Context<'_, '_>) {}

/// What a rule reads of the shared analysis of a stretch.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Needs {
    /// The words (and the glossary matches, which every word rule shares).
    pub words: bool,
    /// Every word's class (`analysis::classes`), which needs the target lexicon.
    pub classes: bool,
    /// The words written without their accents.
    pub unaccented: bool,
    /// The words that may be several words run together.
    pub glued: bool,
}

impl Needs {
    pub const NOTHING: Needs = Needs {
        words: false,
        classes: false,
        unaccented: false,
        glued: false,
    };
    pub const WORDS: Needs = Needs {
        words: true,
        ..Needs::NOTHING
    };

    pub fn union(self, other: Needs) -> Needs {
        Needs {
            words: self.words || other.words,
            classes: self.classes || other.classes,
            unaccented: self.unaccented || other.unaccented,
            glued: self.glued || other.glued,
        }
    }
}

/// A rule whose findings win over this rule's where `when` holds.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Yield {
    pub to: Rule,
    pub when: YieldWhen,
}

impl Yield {
    /// This rule's finding goes where one of `to`'s shares a byte with it.
    pub const fn overlapping(to: Rule) -> Yield {
        Yield {
            to,
            when: YieldWhen::Overlapping,
        }
    }

    /// This rule's finding goes where one of `to`'s contains it.
    pub const fn within(to: Rule) -> Yield {
        Yield {
            to,
            when: YieldWhen::Within,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum YieldWhen {
    /// The other finding's range contains this one's.
    Within,
    /// The two ranges share a byte.
    Overlapping,
}

/// An option a rule takes in `[rules.NAME]`.
#[derive(Debug)]
pub struct OptionSpec {
    pub key: &'static str,
    pub kind: OptionKind,
    /// One line for `mtlint rule NAME` and the config error messages.
    pub help: &'static str,
}

/// The type of an option's value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OptionKind {
    Boolean,
}

/// What `prepare` compiles from.
pub(crate) struct Prepare<'a> {
    pub index: &'a TermIndex,
    pub lang: &'a mtlint_glossary::LangTag,
    pub profile: &'static mtlint_lexicon::Profile,
}

/// What `finish` sees: the whole text, what the parts observed, and the rule's findings.
/// This is the one way a rule keeps state across a document: what its `check` learns it
/// records in a field of `Facts` (joined in text order from parts checked on any thread);
/// what it found is in `findings`. A rule keeps no state of its own.
pub(crate) struct Finish<'a> {
    pub text: &'a str,
    pub index: &'a TermIndex,
    pub facts: &'a crate::context::Facts,
    /// The running rule's findings of the whole document, in text order (other rules'
    /// findings are not here: a rule edits only its own).
    pub findings: &'a mut Vec<Finding>,
}
