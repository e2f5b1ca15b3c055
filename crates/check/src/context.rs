//! The one context every rule receives: a stretch of text (a paragraph), its words, the
//! glossary matches and word classes found once before any rule runs, the language
//! profile, the segments' sources, the rule's options, and `report`.

use std::any::Any;
use std::cell::OnceCell;
use std::sync::OnceLock;

use mtlint_compare::names::{CaseEvidence, SourceTokens};
use mtlint_glossary::LangTag;
use mtlint_lexicon::Profile;

use crate::analysis::classes::WordClasses;
use crate::analysis::name_uses::Uses;
use crate::analysis::variant_uses::VariantUse;
use crate::document::CheckedText;
use crate::names::scan::Scan;
use crate::names::NameIndex;
use crate::term_index::{Match, TermIndex, TermMatch};
use crate::tokens::Tokens;
use crate::{ByteRange, Finding, Rule, RuleOptions};

/// What a rule sees of one stretch.
pub(crate) struct Context<'a, 'm> {
    /// The whole text being checked: every range is a byte range into it.
    pub text: &'a str,
    /// The stretch being checked.
    pub stretch: ByteRange,
    /// The words of the stretch (empty unless an enabled rule needs words).
    pub tokens: &'a Tokens,
    /// The glossary matches of the stretch, in token order, not overlapping, and the
    /// pattern each matched (same order).
    pub glossary: &'a [TermMatch],
    pub glossary_patterns: &'a [Match],
    /// What each word is (see `analysis::classes`).
    pub words: &'a WordClasses,
    /// The language of the text and its profile (lexicon, word lists, variants).
    pub lang: &'a LangTag,
    pub profile: &'a Profile,
    /// The compiled glossaries.
    pub index: &'a TermIndex,
    /// The checker's name index, built by the first `scan` of any stretch.
    pub(crate) names: &'a OnceLock<NameIndex>,
    /// The document's segments with their sources, when the text is a document's.
    #[allow(dead_code)]
    pub(crate) checked: Option<&'a CheckedText<'a>>,
    /// What the stretches of a part observe for `finish`.
    pub facts: &'m mut Facts,
    pub(crate) rule: Rule,
    pub(crate) options: &'a RuleOptions,
    pub(crate) prepared: Option<&'a (dyn Any + Send + Sync)>,
    pub(crate) scan: &'m OnceCell<Scan<'a>>,
    pub(crate) findings: &'m mut Vec<Finding>,
}

impl<'a> Context<'a, '_> {
    /// Adds a finding.
    pub fn report(&mut self, finding: Finding) {
        self.findings.push(finding);
    }

    /// Adds findings.
    pub fn report_all(&mut self, findings: impl IntoIterator<Item = Finding>) {
        self.findings.extend(findings);
    }

    /// The text of the stretch.
    pub fn stretch_text(&self) -> &'a str {
        &self.text[self.stretch.as_range()]
    }

    /// The value of the running rule's boolean option `key` (false when unset).
    pub fn flag(&self, key: &str) -> bool {
        self.options.flag(self.rule, key)
    }

    /// The data the running rule's `prepare` compiled.
    pub fn prepared<T: 'static>(&self) -> Option<&'a T> {
        self.prepared.and_then(|p| p.downcast_ref::<T>())
    }

    /// The source text of the segment holding byte `at`, if the document has one.
    #[allow(dead_code)] // for the source-aware rules (issue 15), which build on this context
    pub fn source_at(&self, at: usize) -> Option<&'a str> {
        self.checked.and_then(|c| c.source_at(at))
    }

    /// The name rules' view of the stretch's words, made on first use and shared.
    pub fn scan(&self) -> &Scan<'a> {
        self.scan.get_or_init(|| {
            let names = self.names.get_or_init(|| {
                NameIndex::new(self.index.terms.iter(), self.profile.translations())
            });
            Scan::new(
                self.text,
                self.tokens,
                names,
                &self.index.terms,
                self.profile.lexicon().unwrap_or_else(|| empty_lexicon()),
                self.profile,
                self.glossary,
            )
        })
    }
}

/// The lexicon of a profile without one: no word is known.
fn empty_lexicon() -> &'static mtlint_lexicon::Lexicon {
    static EMPTY: std::sync::OnceLock<mtlint_lexicon::Lexicon> = std::sync::OnceLock::new();
    EMPTY.get_or_init(|| mtlint_lexicon::Lexicon::from_words([]))
}

/// What a source-aware rule sees of one segment that has a source.
#[allow(dead_code)] // read by the source-aware rules of issue 15, built on this context
pub(crate) struct SegmentContext<'a, 'm> {
    /// The whole text being checked: ranges are byte ranges into it.
    pub text: &'a str,
    /// The segment's target in `text`.
    pub target: ByteRange,
    /// The source text it translates.
    pub source: &'a str,
    pub lang: &'a LangTag,
    pub profile: &'a Profile,
    pub index: &'a TermIndex,
    /// The sources of every segment of the part being checked, in order: what a rule
    /// learns of the source text as a whole (how it writes a word) through `memo`.
    pub sources: &'m [&'a str],
    /// The position of this segment's source in `sources`.
    pub(crate) at: usize,
    /// The part of `text` the segment is checked with: the discourse its words belong to.
    pub(crate) part: ByteRange,
    pub(crate) rule: Rule,
    pub(crate) options: &'a RuleOptions,
    pub(crate) prepared: Option<&'a (dyn Any + Send + Sync)>,
    /// The running rule's cell for what it computes once per part from `sources`.
    pub(crate) memo: &'m OnceCell<Box<dyn Any>>,
    /// How the part's sources write each word, shared by the rules that need it.
    pub(crate) case_evidence: &'m OnceCell<CaseEvidence>,
    /// The part's sources cut into the name finder's tokens, shared by the rules.
    pub(crate) source_tokens: &'m OnceCell<Vec<SourceTokens<'a>>>,
    pub(crate) findings: &'m mut Vec<Finding>,
}

#[allow(dead_code)] // see `SegmentContext`
impl SegmentContext<'_, '_> {
    /// Adds a finding.
    pub fn report(&mut self, finding: Finding) {
        self.findings.push(finding);
    }

    /// The segment's target text.
    pub fn target_text(&self) -> &str {
        &self.text[self.target.as_range()]
    }

    /// The value of the running rule's boolean option `key` (false when unset).
    pub fn flag(&self, key: &str) -> bool {
        self.options.flag(self.rule, key)
    }
}

impl<'a, 'm> SegmentContext<'a, 'm> {
    /// The data the running rule's `prepare` compiled.
    pub fn prepared<T: 'static>(&self) -> Option<&'a T> {
        self.prepared.and_then(|p| p.downcast_ref::<T>())
    }

    /// What the running rule computes once per part from the part's sources (`make` runs
    /// for the part's first segment; later segments get the same value back).
    pub fn memo<T: 'static>(&self, make: impl FnOnce(&[&'a str]) -> T) -> Option<&'m T> {
        let sources = self.sources;
        self.memo
            .get_or_init(|| Box::new(make(sources)))
            .downcast_ref::<T>()
    }

    /// How the part's sources write each word (capitalised or not), learnt once per part
    /// for every rule that asks (`missing-name` and `untranslated` both find names).
    pub fn case_evidence(&self) -> &'m CaseEvidence {
        let all = self.all_source_tokens();
        self.case_evidence
            .get_or_init(|| CaseEvidence::from_tokens(all))
    }

    /// The part's sources cut into the name finder's tokens, once for every rule that
    /// reads them (the case evidence, `missing-name`'s surnames, each rule's name search).
    pub fn all_source_tokens(&self) -> &'m [SourceTokens<'a>] {
        let sources = self.sources;
        self.source_tokens
            .get_or_init(|| sources.iter().map(|s| SourceTokens::new(s)).collect())
    }

    /// This segment's source cut into the name finder's tokens.
    pub fn source_tokens(&self) -> &'m SourceTokens<'a> {
        &self.all_source_tokens()[self.at]
    }
}

/// What the stretches of a part observe for the rules' `finish`: parts are checked on any
/// thread, then their facts are joined in text order.
#[derive(Debug, Default)]
pub(crate) struct Facts {
    /// The names written in the text, for `inconsistent-name`.
    pub name_uses: Uses,
    /// The forms of variant entries written in the text, for `mixed-variant`.
    pub variant_uses: Vec<VariantUse>,
}

impl Facts {
    /// Gives back the room the facts grew beyond their size (see [`Uses::shrink_to_fit`]).
    pub fn shrink_to_fit(&mut self) {
        self.name_uses.shrink_to_fit();
        self.variant_uses.shrink_to_fit();
    }

    pub fn extend(&mut self, later: Facts) {
        self.name_uses.extend(later.name_uses);
        self.variant_uses.extend(later.variant_uses);
    }
}
