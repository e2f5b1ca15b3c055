use std::any::Any;
use std::cell::OnceCell;
use std::collections::BTreeMap;
use std::sync::{Arc, OnceLock};

use mtlint_glossary::{GlossarySet, LangTag};
use mtlint_lexicon::Profile;

use crate::analysis::classes::{WordClasses, Words};
use crate::context::{Context, Facts, SegmentContext};
use crate::document::CheckedText;
use crate::names::NameIndex;
use crate::rules::{Finish, Needs, Prepare};
use crate::term_index::{Match, PatternKind, TermIndex, TermMatch};
use crate::tokens::Tokens;
use crate::variant::VariantEvidence;
use crate::{ByteRange, Document, Finding, Rule};

/// What a [`Checker`] is built for.
#[derive(Debug, Clone)]
pub struct Settings {
    /// The language (and variant) of the text.
    pub lang: LangTag,
    /// Rules turned off.
    pub disabled: Vec<Rule>,
    /// The rules' own options (`[rules.untranslated] allow-quoted = true`).
    pub options: RuleOptions,
}

impl Settings {
    pub fn new(lang: LangTag) -> Self {
        Settings {
            lang,
            disabled: Vec::new(),
            options: RuleOptions::default(),
        }
    }
}

/// The values of the options rules declare ([`Rule::options`]); unset options are off.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RuleOptions(BTreeMap<(Rule, String), bool>);

impl RuleOptions {
    /// Sets boolean option `key` of `rule`.
    pub fn set_flag(&mut self, rule: Rule, key: &str, value: bool) {
        self.0.insert((rule, key.to_string()), value);
    }

    /// The value of boolean option `key` of `rule` (false when unset).
    pub fn flag(&self, rule: Rule, key: &str) -> bool {
        self.0
            .iter()
            .any(|((r, k), &v)| *r == rule && k == key && v)
    }
}

/// The compiled glossaries and rules for one language. Built once, immutable, shared by
/// threads: `check` takes `&self`.
pub struct Checker {
    settings: Settings,
    index: Arc<TermIndex>,
    /// Read by the name rules only: built on their first question (see
    /// `Context::scan`), so a run without them (the glossary rules alone) never builds it.
    names: OnceLock<NameIndex>,
    profile: &'static Profile,
    /// The enabled rules, in registry order, with what each `prepare`d.
    rules: Vec<(Rule, Option<Box<dyn Any + Send + Sync>>)>,
    /// What the enabled rules need of the shared analysis.
    needs: Needs,
}

impl std::fmt::Debug for Checker {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Checker")
            .field("settings", &self.settings)
            .field("terms", &self.index.terms.len())
            .finish()
    }
}

/// Paragraphs longer than this are cut at white space so a 100 MB single-line file is
/// checked in bounded memory. A multi-word form straddling a cut is not matched.
const MAX_STRETCH: usize = 1 << 20;

impl Checker {
    /// A checker for `settings.lang`, with the profile mtlint ships for it.
    pub fn new(glossaries: &GlossarySet, settings: Settings) -> Self {
        let profile = mtlint_lexicon::profile(settings.lang.language());
        Checker::with_profile(glossaries, settings, profile)
    }

    /// A checker with the language profile given (a language mtlint ships no profile for,
    /// a test's made-up one).
    pub fn with_profile(
        glossaries: &GlossarySet,
        settings: Settings,
        profile: &'static Profile,
    ) -> Self {
        // The name index is built beside the term index, on another thread when the
        // glossaries are large (a gazetteer): both walk every form.
        let (index, names) = build_indexes(glossaries, &settings.lang, profile);
        Checker::assemble(settings, Arc::new(index), names, profile)
    }

    /// The checker [`Checker::new`] builds, its term index taking the compiled forms of
    /// `donor`, the index of another language of the same glossaries (the plain
    /// language's, read for a text's variant before the variant's checker is built).
    pub fn reusing(glossaries: &GlossarySet, settings: Settings, donor: &GlossaryIndex) -> Self {
        let profile = mtlint_lexicon::profile(settings.lang.language());
        let index = TermIndex::reusing(glossaries, &settings.lang, &donor.index);
        Checker::assemble(settings, Arc::new(index), OnceLock::new(), profile)
    }

    /// A checker for `settings.lang` over glossary terms already compiled for that
    /// language (by [`GlossaryIndex::new`] with the same glossaries and language, to
    /// gather a text's variant evidence first): the index is shared, not built again.
    pub fn with_index(settings: Settings, terms: &GlossaryIndex) -> Self {
        let profile = terms.profile;
        debug_assert_eq!(terms.lang, settings.lang);
        Checker::assemble(settings, Arc::clone(&terms.index), OnceLock::new(), profile)
    }

    /// The rules prepared over the compiled indexes.
    fn assemble(
        settings: Settings,
        index: Arc<TermIndex>,
        names: OnceLock<NameIndex>,
        profile: &'static Profile,
    ) -> Self {
        let prepare = Prepare {
            index: &index,
            lang: &settings.lang,
            profile,
        };
        let rules: Vec<_> = Rule::ALL
            .iter()
            .filter(|r| !settings.disabled.contains(r))
            .map(|&r| (r, r.def().prepare.map(|p| p(&prepare))))
            .collect();
        let needs = rules
            .iter()
            .fold(Needs::NOTHING, |n, (r, _)| n.union(r.def().needs));
        Checker {
            settings,
            index,
            names,
            profile,
            rules,
            needs,
        }
    }

    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    /// How many glossary entries apply to this checker's language.
    pub fn term_count(&self) -> usize {
        self.index.terms.len()
    }

    /// Every finding in `text`, ordered by position, then rule.
    pub fn check(&self, text: &str) -> Vec<Finding> {
        let whole = self.check_part(text, ByteRange::new(0, text.len()));
        let mut found = self.finish(text, vec![whole]);
        name_related_lines(&mut found, text);
        found
    }

    /// Every finding in the segments of `doc`, with positions in its file, ordered by
    /// position, then rule.
    pub fn check_document(&self, doc: &Document<'_>) -> Vec<Finding> {
        let checked = doc.checked();
        let parts = checked
            .parts(usize::MAX)
            .into_iter()
            .map(|part| self.check_part_of(&checked, part))
            .collect();
        doc.to_file(self.finish(checked.text, parts))
    }

    /// Checks one part of a document's checked text (a range from [`CheckedText::parts`]):
    /// what [`Checker::check_part`] does, where the rules can see the segments' sources.
    pub fn check_part_of(&self, checked: &CheckedText<'_>, part: ByteRange) -> Part {
        self.check_stretches(checked.text, part, Some(checked))
    }

    /// Checks one part of `text` (a range from [`split_at_paragraphs`], so it starts and ends at a
    /// paragraph boundary). Parts can be checked on different threads; [`Checker::finish`]
    /// then gives exactly what [`Checker::check`] gives for the whole text.
    pub fn check_part(&self, text: &str, part: ByteRange) -> Part {
        self.check_stretches(text, part, None)
    }

    /// The shared analysis of each stretch of the part, then every enabled rule on it, then
    /// the settling of overlaps between rules.
    fn check_stretches(
        &self,
        text: &str,
        part: ByteRange,
        checked: Option<&CheckedText<'_>>,
    ) -> Part {
        let mut findings = Vec::new();
        let mut facts = Facts::default();
        let mut tokens = Tokens::default();
        let mut glossary = Vec::new();
        let mut patterns = Vec::new();
        let mut words = WordClasses::default();
        for stretch in stretches(&text[part.as_range()]) {
            let stretch = stretch.shifted(part.start);
            if self.needs.words {
                tokens.fill(&text[stretch.as_range()], stretch.start);
                self.match_glossary(text, &tokens, &mut glossary, &mut patterns);
                let of = Words {
                    text,
                    part,
                    tokens: &tokens,
                    glossary: &glossary,
                    profile: self.profile,
                };
                words.fill(of, self.needs);
            }
            let scan = OnceCell::new();
            for (rule, prepared) in &self.rules {
                let mut ctx = Context {
                    text,
                    stretch,
                    tokens: &tokens,
                    glossary: &glossary,
                    glossary_patterns: &patterns,
                    words: &words,
                    lang: &self.settings.lang,
                    profile: self.profile,
                    index: &self.index,
                    names: &self.names,
                    checked,
                    facts: &mut facts,
                    rule: *rule,
                    options: &self.settings.options,
                    prepared: prepared.as_deref(),
                    scan: &scan,
                    findings: &mut findings,
                };
                (rule.def().check)(&mut ctx);
            }
        }
        if let Some(checked) = checked {
            self.check_segments(checked, part, &mut findings);
        }
        // Findings of different stretches never overlap: one pass settles the part.
        crate::settle::settle(&mut findings);
        facts.shrink_to_fit();
        Part { findings, facts }
    }

    /// The source-aware rules on each segment of the part that has a source.
    fn check_segments(&self, checked: &CheckedText<'_>, part: ByteRange, out: &mut Vec<Finding>) {
        let segment_rules: Vec<_> = self
            .rules
            .iter()
            .filter_map(|(rule, prepared)| {
                let check = rule.def().check_segment?;
                Some((*rule, check, prepared.as_deref(), OnceCell::new()))
            })
            .collect();
        if segment_rules.is_empty() {
            return;
        }
        let in_part: Vec<_> = checked
            .segments
            .iter()
            .filter(|s| part.start <= s.range.start && s.range.end <= part.end)
            .collect();
        let sources: Vec<&str> = in_part.iter().filter_map(|s| s.source).collect();
        let case_evidence = OnceCell::new();
        let source_tokens = OnceCell::new();
        // Each segment with a source, with its source's position in `sources`.
        let with_source = in_part.iter().filter_map(|s| Some((s, s.source?)));
        for (at, (segment, source)) in with_source.enumerate() {
            for (rule, check, prepared, memo) in &segment_rules {
                check(&mut SegmentContext {
                    text: checked.text,
                    target: segment.range,
                    source,
                    lang: &self.settings.lang,
                    profile: self.profile,
                    index: &self.index,
                    sources: &sources,
                    at,
                    part,
                    rule: *rule,
                    options: &self.settings.options,
                    prepared: *prepared,
                    memo,
                    case_evidence: &case_evidence,
                    source_tokens: &source_tokens,
                    findings: out,
                });
            }
        }
    }

    /// The findings of a whole text from its parts, given in text order: adds what needs
    /// the whole document (the rules' `finish`), then orders by position, then rule.
    pub fn finish(&self, text: &str, parts: Vec<Part>) -> Vec<Finding> {
        // The first part's vectors are kept and the others appended: a text of one part
        // (most files) then holds its findings once, not twice while they are copied
        // (100k findings are 20 MB).
        let mut parts = parts.into_iter();
        let Part {
            mut findings,
            mut facts,
        } = parts.next().unwrap_or_default();
        findings.reserve_exact(parts.as_slice().iter().map(|p| p.findings.len()).sum());
        for part in parts {
            findings.extend(part.findings);
            facts.extend(part.facts);
        }
        for (rule, _) in &self.rules {
            if let Some(finish) = rule.def().finish {
                // The rule sees its own findings only: it may merge, drop or add its own,
                // never another rule's (precedence between rules is `settle`'s).
                let mut own = take_own(&mut findings, *rule);
                finish(&mut Finish {
                    text,
                    index: &self.index,
                    facts: &facts,
                    findings: &mut own,
                });
                debug_assert!(own.iter().all(|f| f.rule == *rule), "{rule:?}'s finish");
                findings.extend(own);
            }
        }
        // The document-wide findings may take precedence over the parts' findings.
        crate::settle::settle(&mut findings);
        findings.sort_by_key(|f| (f.range.start, f.range.end, f.rule));
        findings
    }

    /// What `text` says of its variant (see [`crate::variant`]): the glossaries' variant
    /// entries it writes, its accents, its progressive. Reads the words and glossary
    /// matches only, no rule: meant for a checker of the plain language ("pt"), whose
    /// index holds every variant's entries, before the text is checked in the variant.
    pub fn variant_evidence(&self, text: &str) -> VariantEvidence {
        variant_evidence(&self.index, self.profile, text)
    }

    /// The glossary matches of a stretch, found once for every rule, in token order.
    fn match_glossary(
        &self,
        text: &str,
        tokens: &Tokens,
        glossary: &mut Vec<TermMatch>,
        patterns: &mut Vec<Match>,
    ) {
        match_glossary(&self.index, text, tokens, glossary, patterns);
    }
}

/// The glossary terms compiled for one language, without the rules: enough to gather a
/// text's variant evidence ([`GlossaryIndex::variant_evidence`]) before choosing which
/// checker to build, and handed to [`Checker::with_index`] when the plain language's
/// checker is the one needed, so the index is built once.
#[derive(Debug, Clone)]
pub struct GlossaryIndex {
    lang: LangTag,
    index: Arc<TermIndex>,
    profile: &'static Profile,
}

impl GlossaryIndex {
    pub fn new(glossaries: &GlossarySet, lang: &LangTag) -> Self {
        GlossaryIndex {
            lang: lang.clone(),
            index: Arc::new(TermIndex::new(glossaries, lang)),
            profile: mtlint_lexicon::profile(lang.language()),
        }
    }

    /// What [`Checker::variant_evidence`] says of `text` for a checker of this language
    /// with the profile mtlint ships.
    pub fn variant_evidence(&self, text: &str) -> VariantEvidence {
        variant_evidence(&self.index, self.profile, text)
    }
}

fn variant_evidence(index: &TermIndex, profile: &Profile, text: &str) -> VariantEvidence {
    let mut evidence = VariantEvidence::default();
    let mut tokens = Tokens::default();
    let mut glossary = Vec::new();
    let mut patterns = Vec::new();
    for stretch in stretches(text) {
        tokens.fill(&text[stretch.as_range()], stretch.start);
        match_glossary(index, text, &tokens, &mut glossary, &mut patterns);
        let words = Words {
            text,
            part: ByteRange::new(0, text.len()),
            tokens: &tokens,
            glossary: &glossary,
            profile,
        };
        crate::variant::observe(words, index, &mut evidence);
    }
    evidence
}

fn match_glossary(
    index: &TermIndex,
    text: &str,
    tokens: &Tokens,
    glossary: &mut Vec<TermMatch>,
    patterns: &mut Vec<Match>,
) {
    glossary.clear();
    patterns.clear();
    let mut at = 0;
    while at < tokens.len() {
        if !index.may_start(tokens.key(at)) {
            at += 1;
            continue;
        }
        match index.match_at(text, tokens, at) {
            Some(m) => {
                let pattern = &index.patterns[m.pattern];
                glossary.push(TermMatch {
                    first_token: m.first_token,
                    end_token: m.end_token,
                    term: pattern.term,
                    good: matches!(pattern.kind, PatternKind::Good),
                });
                patterns.push(m);
                at = m.end_token;
            }
            None => at += 1,
        }
    }
}

/// The findings of one part of a text, waiting for [`Checker::finish`].
#[derive(Debug, Default)]
pub struct Part {
    findings: Vec<Finding>,
    facts: Facts,
}

/// Cuts `text` into parts of about `target` bytes (at least one paragraph each), at
/// paragraph boundaries, so a large file can be checked in parallel with
/// [`Checker::check_part`]. The parts cover the text in order.
pub fn split_at_paragraphs(text: &str, target: usize) -> Vec<ByteRange> {
    let mut parts: Vec<ByteRange> = Vec::new();
    for stretch in stretches(text) {
        match parts.last_mut() {
            Some(last) if last.len() < target => last.end = stretch.end,
            _ => parts.push(stretch),
        }
    }
    parts
}

/// Entries above which the name index is built on a second thread.
const PARALLEL_INDEX_TERMS: usize = 20_000;

/// The term index, and the name index when the glossaries are large enough to build it
/// on a second thread meanwhile; otherwise it is left to its first use.
fn build_indexes(
    glossaries: &GlossarySet,
    lang: &LangTag,
    profile: &Profile,
) -> (TermIndex, OnceLock<NameIndex>) {
    let translations = profile.translations();
    // `terms_for` yields the terms in the order `TermIndex` stores them: the name index
    // refers to them by that position.
    if glossaries.terms().len() < PARALLEL_INDEX_TERMS {
        return (TermIndex::new(glossaries, lang), OnceLock::new());
    }
    std::thread::scope(|scope| {
        let names = scope.spawn(|| NameIndex::new(glossaries.terms_for(lang), translations));
        let index = TermIndex::new(glossaries, lang);
        let names = names
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
        (index, OnceLock::from(names))
    })
}

/// The findings of `rule`, taken out of `findings`; both keep their order. The others
/// stay where they are: a partition into two new vectors held every finding twice at the
/// peak (30 MB more for 100k findings of another rule).
fn take_own(findings: &mut Vec<Finding>, rule: Rule) -> Vec<Finding> {
    let count = findings.iter().filter(|f| f.rule == rule).count();
    let mut own = Vec::with_capacity(count);
    if count > 0 {
        findings.retain_mut(|f| {
            if f.rule != rule {
                return true;
            }
            // A finding with no message, suggestion or entry allocates nothing.
            let blank = Finding::new(rule, f.range, String::new());
            own.push(std::mem::replace(f, blank));
            false
        });
    }
    own
}

/// Splits text into paragraphs (at blank lines), cutting any longer than `MAX_STRETCH`
/// at white space (or, with none, at a char boundary).
fn stretches(text: &str) -> impl Iterator<Item = ByteRange> + '_ {
    let mut start = 0;
    std::iter::from_fn(move || {
        if start >= text.len() {
            return None;
        }
        let rest = &text[start..];
        let limit = floor_char_boundary(rest, rest.len().min(MAX_STRETCH));
        let window = &rest[..limit];
        let end = match paragraph_end(window) {
            Some(end) => end,
            None if limit == rest.len() => limit,
            None => window.rfind(char::is_whitespace).map_or(limit, |i| {
                i + window[i..].chars().next().map_or(1, char::len_utf8)
            }),
        };
        let range = ByteRange::new(start, start + end);
        start = range.end;
        Some(range)
    })
}

/// The end of the first paragraph: just after a line that is empty or white space only.
fn paragraph_end(text: &str) -> Option<usize> {
    let mut line_start = 0;
    for nl in memchr::memchr_iter(b'\n', text.as_bytes()) {
        if line_start > 0 && text[line_start..nl].trim().is_empty() {
            return Some(nl + 1);
        }
        line_start = nl + 1;
    }
    None
}

/// The largest char boundary at or below `i`, but never 0 for a non-empty string, so
/// every stretch makes progress.
fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    if i == 0 {
        s.chars().next().map_or(0, char::len_utf8)
    } else {
        i
    }
}

/// Names the related places' lines in the messages of the findings that have some
/// (`Finding::name_related_lines`), `text` being the text their ranges are in.
pub(crate) fn name_related_lines(found: &mut [Finding], text: &str) {
    let mut lines = None;
    for f in found.iter_mut().filter(|f| !f.related.is_empty()) {
        f.name_related_lines(lines.get_or_insert_with(|| crate::LineIndex::new(text)));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A rule's `finish` gets its own findings in order; the others keep their order and
    /// their vector (no second copy of every finding while a rule finishes).
    #[test]
    fn own_findings_are_taken_out_in_order_the_others_stay_in_place() {
        let at =
            |rule, start| Finding::new(rule, ByteRange::new(start, start + 1), format!("{start}"));
        let (own, other) = (Rule::InconsistentName, Rule::SpacedPunctuation);
        let mut findings = vec![
            at(other, 0),
            at(own, 1),
            at(other, 2),
            at(own, 3),
            at(other, 4),
        ];
        let buffer = findings.as_ptr();
        let taken = take_own(&mut findings, own);
        let starts = |v: &[Finding]| v.iter().map(|f| f.range.start).collect::<Vec<_>>();
        assert_eq!(starts(&taken), [1, 3]);
        assert_eq!(taken[1].message, "3");
        assert_eq!(starts(&findings), [0, 2, 4]);
        assert_eq!(findings.as_ptr(), buffer);
        assert!(take_own(&mut findings, own).is_empty());
        assert_eq!(findings.len(), 3);
    }

    #[test]
    fn stretches_cover_text_at_blank_lines() {
        let text = "um\ndois\n\ntrês\n \nquatro";
        let parts: Vec<&str> = stretches(text).map(|r| &text[r.as_range()]).collect();
        assert_eq!(parts, ["um\ndois\n\n", "três\n \n", "quatro"]);
    }

    #[test]
    fn long_lines_are_cut_at_white_space_on_char_boundaries() {
        let text = "é ".repeat(MAX_STRETCH);
        let parts: Vec<ByteRange> = stretches(&text).collect();
        assert!(parts.len() >= 3);
        assert_eq!(parts.last().map(|r| r.end), Some(text.len()));
        for w in parts.windows(2) {
            assert_eq!(w[0].end, w[1].start);
            assert!(text.is_char_boundary(w[0].end));
        }
    }
}
