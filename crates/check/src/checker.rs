use mtlint_glossary::{GlossarySet, LangTag};

use crate::document::CheckedText;
use crate::names::scan::{Scan, TermMatch};
use crate::names::NameIndex;
use crate::rules::inconsistent_name::Uses;
use crate::rules::untranslated::{MetWords, Untranslated};
use crate::rules::{glossary, missing_accent, run_together, spaced_hyphen, spaced_punctuation};
use crate::rules::{name_near_miss, translated_name_part};
use crate::term_index::{PatternKind, TermIndex};
use crate::tokens::Tokens;
use crate::{ByteRange, Document, Finding, Rule};

/// What a [`Checker`] is built for.
#[derive(Debug, Clone)]
pub struct Settings {
    /// The language (and variant) of the text.
    pub lang: LangTag,
    /// Rules turned off.
    pub disabled: Vec<Rule>,
    /// `untranslated` leaves text inside quotation marks alone: titles of films, books and
    /// songs quoted in their original language. Off by default.
    pub allow_quoted: bool,
}

impl Settings {
    pub fn new(lang: LangTag) -> Self {
        Settings {
            lang,
            disabled: Vec::new(),
            allow_quoted: false,
        }
    }
}

/// The compiled glossaries and rules for one language. Built once, immutable, shared by
/// threads: `check` takes `&self`.
#[derive(Debug)]
pub struct Checker {
    settings: Settings,
    index: TermIndex,
    untranslated: Untranslated,
    names: NameIndex,
}

/// Paragraphs longer than this are cut at white space so a 100 MB single-line file is
/// checked in bounded memory. A multi-word form straddling a cut is not matched.
const MAX_STRETCH: usize = 1 << 20;

impl Checker {
    pub fn new(glossaries: &GlossarySet, settings: Settings) -> Self {
        // The name index is built beside the term index, on another thread when the
        // glossaries are large (a gazetteer): both walk every form.
        let (index, names) = build_indexes(glossaries, &settings.lang);
        let target = crate::language::lingua_language(&settings.lang);
        let untranslated = Untranslated::new(&index, target, settings.allow_quoted);
        Checker {
            settings,
            index,
            untranslated,
            names,
        }
    }

    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    /// How many glossary entries apply to this checker's language.
    pub fn term_count(&self) -> usize {
        self.index.terms.len()
    }

    fn enabled(&self, rule: Rule) -> bool {
        !self.settings.disabled.contains(&rule)
    }

    /// Every finding in `text`, ordered by position, then rule.
    pub fn check(&self, text: &str) -> Vec<Finding> {
        let whole = self.check_part(text, ByteRange::new(0, text.len()));
        self.finish(text, vec![whole])
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
    /// what [`Checker::check_part`] does, where the segments' sources can be seen.
    pub fn check_part_of(&self, checked: &CheckedText<'_>, part: ByteRange) -> Part {
        self.check_part(checked.text, part)
    }

    /// Checks one part of `text` (a range from [`split_at_paragraphs`], so it starts and ends at a
    /// paragraph boundary). Parts can be checked on different threads; [`Checker::finish`]
    /// then gives exactly what [`Checker::check`] gives for the whole text.
    pub fn check_part(&self, text: &str, part: ByteRange) -> Part {
        let mut findings = Vec::new();
        let mut tokens = Tokens::default();
        let mut matches = Vec::new();
        let mut name_uses = Uses::default();
        let terms = self.enabled(Rule::WrongTerm) || self.enabled(Rule::WrongTermInContext);
        let untranslated = self.enabled(Rule::Untranslated);
        let names = self.names_enabled();
        let accents = self.enabled(Rule::MissingAccent) || self.enabled(Rule::RunTogether);
        for stretch in stretches(&text[part.as_range()]) {
            let stretch = stretch.shifted(part.start);
            let part = &text[stretch.as_range()];
            if terms || untranslated || names || accents {
                tokens.fill(part, stretch.start);
            }
            if terms || untranslated || names || accents {
                // One pass of glossary matching serves every word rule: disabled rules'
                // findings are dropped at the end.
                self.check_terms(text, &tokens, &mut findings, &mut matches);
            }
            self.check_target_words(text, &tokens, &matches, &mut findings);
            if self.enabled(Rule::SpacedHyphen) {
                let portuguese = self.settings.lang.language() == "pt";
                spaced_hyphen::check(part, stretch.start, portuguese, &mut findings);
            }
            if self.enabled(Rule::SpacedPunctuation) {
                spaced_punctuation::check(part, stretch.start, &mut findings);
            }
            if names {
                self.check_names(text, &tokens, &matches, &mut name_uses, &mut findings);
            }
        }
        Part {
            findings,
            name_uses,
        }
    }

    /// The findings of a whole text from its parts, given in text order: adds what needs
    /// the whole document (inconsistent names), then orders by position, then rule.
    pub fn finish(&self, text: &str, parts: Vec<Part>) -> Vec<Finding> {
        let mut findings = Vec::new();
        let mut name_uses = Uses::default();
        for part in parts {
            findings.extend(part.findings);
            name_uses.extend(part.name_uses);
        }
        if self.enabled(Rule::InconsistentName) {
            name_uses.report(text, &self.index.terms, &mut findings);
        }
        findings.retain(|f| self.enabled(f.rule));
        findings.sort_by_key(|f| (f.range.start, f.range.end, f.rule));
        findings
    }

    /// Glossary matches: findings for wrong forms, and every match (good or wrong) into
    /// `matches` for the name rules.
    fn check_terms(
        &self,
        text: &str,
        tokens: &Tokens,
        out: &mut Vec<Finding>,
        matches: &mut Vec<TermMatch>,
    ) {
        matches.clear();
        let mut at = 0;
        while at < tokens.len() {
            match self.index.match_at(text, tokens, at) {
                Some(m) => {
                    let pattern = &self.index.patterns[m.pattern];
                    matches.push(TermMatch {
                        first_token: m.first_token,
                        end_token: m.end_token,
                        term: pattern.term,
                        good: matches!(pattern.kind, PatternKind::Good),
                    });
                    out.extend(glossary::finding(&self.index, text, tokens, m));
                    at = m.end_token;
                }
                None => at += 1,
            }
        }
    }
}

impl Checker {
    fn names_enabled(&self) -> bool {
        self.enabled(Rule::NameNearMiss)
            || self.enabled(Rule::TranslatedNamePart)
            || self.enabled(Rule::InconsistentName)
    }

    /// `untranslated`, `missing-accent` and `run-together` on one stretch, after glossary
    /// matching: all look its words up in the target lexicon, so when `untranslated` runs,
    /// the other two take the candidates it met while classifying the words.
    fn check_target_words(
        &self,
        text: &str,
        tokens: &Tokens,
        matches: &[TermMatch],
        findings: &mut Vec<Finding>,
    ) {
        let runs = self.untranslated.runs();
        let accents = self.enabled(Rule::MissingAccent) && runs;
        let glued = self.enabled(Rule::RunTogether) && runs;
        let reported = findings.len();
        let lexicon = mtlint_lexicon::portuguese();
        let mut met = MetWords::default();
        if self.enabled(Rule::Untranslated) {
            self.untranslated
                .check(text, tokens, matches, lexicon, findings, &mut met);
        } else if accents || glued {
            let wanted = Wanted { accents, glued };
            fallback_candidates(text, tokens, matches, lexicon, wanted, &mut met);
        }
        if glued && !met.glued.is_empty() {
            let before = findings.len();
            run_together::check(text, tokens, &met.glued, lexicon, findings);
            // A glued token is one finding: its split says more than "untranslated" does
            // of the same token ("consecuenciasdesalud": "consecuencias de salud").
            let glued: Vec<ByteRange> = findings[before..].iter().map(|f| f.range).collect();
            let mut stretch = findings.split_off(reported);
            stretch.retain(|f| {
                f.rule != Rule::Untranslated
                    || !glued
                        .iter()
                        .any(|g| g.start <= f.range.start && f.range.end <= g.end)
            });
            findings.append(&mut stretch);
        }
        if !accents || met.unaccented.is_empty() {
            return;
        }
        // A word inside an untranslated span is the span's, not an unaccented word.
        let spans: Vec<ByteRange> = findings[reported..]
            .iter()
            .filter(|f| f.rule == Rule::Untranslated)
            .map(|f| f.range)
            .collect();
        let preferred = missing_accent::Preferred::for_region(self.settings.lang.region());
        missing_accent::check(text, tokens, &met.unaccented, &spans, preferred, findings);
    }

    /// The name rules on one stretch, after glossary matching (whose matches they share).
    fn check_names(
        &self,
        text: &str,
        tokens: &Tokens,
        matches: &[TermMatch],
        uses: &mut Uses,
        out: &mut Vec<Finding>,
    ) {
        let lexicon = mtlint_lexicon::portuguese();
        let scan = Scan::new(
            text,
            tokens,
            &self.names,
            &self.index.terms,
            lexicon,
            matches,
        );
        if self.enabled(Rule::NameNearMiss) {
            name_near_miss::check(&scan, out);
        }
        if self.enabled(Rule::TranslatedNamePart) {
            translated_name_part::check(&scan, out);
        }
        if self.enabled(Rule::InconsistentName) {
            uses.observe(&scan, matches);
        }
    }
}

/// Which candidates [`fallback_candidates`] looks for.
#[derive(Clone, Copy)]
struct Wanted {
    accents: bool,
    glued: bool,
}

/// The candidates of `missing-accent` and `run-together` (those `wanted`) when
/// `untranslated`, which finds them while classifying the words, does not run: the words
/// outside glossary matches that the lexicon lacks, with one look-up per word for both.
fn fallback_candidates(
    text: &str,
    tokens: &Tokens,
    glossary: &[TermMatch],
    lexicon: &mtlint_lexicon::Lexicon,
    wanted: Wanted,
    met: &mut MetWords,
) {
    for k in crate::rules::outside_matches(tokens.len(), glossary) {
        let accent = wanted.accents && missing_accent::may_be_candidate(text, tokens, k);
        let glued = wanted.glued && run_together::may_be_candidate(text, tokens, k);
        if !(accent || glued) || lexicon.contains(tokens.folded(k)) {
            continue;
        }
        if accent && missing_accent::is_candidate(text, tokens, k, lexicon) {
            met.unaccented.push(k);
        }
        if glued && run_together::is_candidate(tokens, k, lexicon) {
            met.glued.push(k);
        }
    }
}

/// The findings of one part of a text, waiting for [`Checker::finish`].
#[derive(Debug, Default)]
pub struct Part {
    findings: Vec<Finding>,
    name_uses: Uses,
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

fn build_indexes(glossaries: &GlossarySet, lang: &LangTag) -> (TermIndex, NameIndex) {
    // `terms_for` yields the terms in the order `TermIndex` stores them: the name index
    // refers to them by that position.
    if glossaries.terms().len() < PARALLEL_INDEX_TERMS {
        let index = TermIndex::new(glossaries, lang);
        let names = NameIndex::new(index.terms.iter());
        return (index, names);
    }
    std::thread::scope(|scope| {
        let names = scope.spawn(|| NameIndex::new(glossaries.terms_for(lang)));
        let index = TermIndex::new(glossaries, lang);
        let names = names
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
        (index, names)
    })
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

#[cfg(test)]
mod tests {
    use super::*;

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
