//! The glossary compiled for matching: every good and wrong form of the terms that apply
//! to one language, indexed by its first word, matched whole-word over folded tokens.
//!
//! Good forms are indexed too: the longest match at a position wins, so a wrong form inside
//! an accepted longer name ("Son" inside "Choe Son Hui") never fires.
//!
//! Scale (gazetteers of a million names): one-word forms are indexed by their word,
//! longer forms by their first two words, so a common word ("de") does not walk every
//! "De Bilt"-like name; and a good form written the same way by several entries (the
//! many places called "Vila") is indexed once, since they block exactly the same text.

use mtlint_glossary::{fold_key, CaseMode, GlossarySet, LangTag, Term};
use rustc_hash::{FxHashMap, FxHashSet};

use crate::case::{case_key, case_matches};
use crate::tokens::{gap_matches, FormWords, Tokens};

#[derive(Debug)]
pub(crate) enum PatternKind {
    Good,
    Wrong {
        avoid: usize,
        near: Vec<FormWords>,
        window: usize,
    },
}

#[derive(Debug)]
pub(crate) struct Pattern {
    pub term: usize,
    pub kind: PatternKind,
    form: FormWords,
    /// The form's words in NFC with case kept, for case checks.
    case_words: Vec<String>,
    case: CaseMode,
}

/// A pattern found at a run of tokens.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Match {
    pub pattern: usize,
    pub first_token: usize,
    /// One past the last token.
    pub end_token: usize,
}

#[derive(Debug, Default)]
pub(crate) struct TermIndex {
    pub terms: Vec<Term>,
    pub patterns: Vec<Pattern>,
    /// One-word patterns by their word.
    by_first_word: FxHashMap<String, Vec<usize>>,
    /// Patterns of two or more words by the hash of their first two words.
    by_first_two: FxHashMap<u64, Vec<usize>>,
}

/// The key of a pair of adjacent folded words.
fn pair_key(first: &str, second: &str) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = rustc_hash::FxHasher::default();
    first.hash(&mut h);
    second.hash(&mut h);
    h.finish()
}

impl TermIndex {
    pub fn new(set: &GlossarySet, lang: &LangTag) -> Self {
        let mut index = TermIndex {
            terms: set.terms_for(lang).cloned().collect(),
            ..TermIndex::default()
        };
        let forms: usize = index
            .terms
            .iter()
            .map(|t| 1 + t.accepted.len() + t.avoid.len())
            .sum();
        // Sized up front: rehashing these tables was a third of building a checker.
        index.patterns.reserve(forms);
        index.by_first_word.reserve(forms);
        let mut good_keys = FxHashSet::with_capacity_and_hasher(forms, Default::default());
        good_keys.extend(
            index
                .terms
                .iter()
                .flat_map(|t| t.good_forms().map(fold_key)),
        );
        let mut seen_good = FxHashSet::with_capacity_and_hasher(forms, Default::default());
        for term_idx in 0..index.terms.len() {
            index.add_term(term_idx, lang, &good_keys, &mut seen_good);
        }
        for list in index
            .by_first_word
            .values_mut()
            .chain(index.by_first_two.values_mut())
        {
            let patterns = &index.patterns;
            // Longest first; at equal length good forms first; then by definition order.
            list.sort_by_key(|&p| {
                let pat = &patterns[p];
                let good = matches!(pat.kind, PatternKind::Good);
                (std::cmp::Reverse(pat.form.words.len()), !good, p)
            });
        }
        index
    }

    fn add_term(
        &mut self,
        term_idx: usize,
        lang: &LangTag,
        good_keys: &FxHashSet<String>,
        seen_good: &mut FxHashSet<(String, CaseMode)>,
    ) {
        let term = &self.terms[term_idx];
        let mut new = Vec::new();
        for form in term.good_forms() {
            // The same good form with the same case mode blocks the same text whichever
            // entry it belongs to: index it once (the first entry's).
            if !seen_good.insert((form.to_string(), term.case)) {
                continue;
            }
            new.push(Pattern::new(term_idx, PatternKind::Good, form, term.case));
        }
        for (avoid_idx, avoid) in term.avoid.iter().enumerate() {
            let applies = avoid.variant.as_ref().is_none_or(|v| v.overlaps(lang));
            // A form that some applicable entry accepts is never flagged: this is how
            // "Moscovo" stays quiet in plain "pt" text while pt-BR flags it.
            if !applies || good_keys.contains(&fold_key(&avoid.text)) {
                continue;
            }
            let kind = PatternKind::Wrong {
                avoid: avoid_idx,
                near: avoid.near.iter().map(|n| FormWords::new(n)).collect(),
                window: avoid.window,
            };
            let case = avoid.case.unwrap_or(term.case);
            new.push(Pattern::new(term_idx, kind, &avoid.text, case));
        }
        for pattern in new {
            let id = self.patterns.len();
            match pattern.form.words.as_slice() {
                [] => continue, // a form with no word characters cannot match whole words
                [only] => self.by_first_word.entry(only.clone()).or_default().push(id),
                [first, second, ..] => {
                    let key = pair_key(first, second);
                    self.by_first_two.entry(key).or_default().push(id);
                }
            }
            self.patterns.push(pattern);
        }
    }

    /// The longest pattern matching at token `at`, if any.
    pub fn match_at(&self, text: &str, tokens: &Tokens, at: usize) -> Option<Match> {
        // Longer forms first: every multi-word pattern is longer than every one-word one.
        let longer = (at + 1 < tokens.len())
            .then(|| {
                self.by_first_two
                    .get(&pair_key(tokens.folded(at), tokens.folded(at + 1)))
            })
            .flatten()
            .and_then(|candidates| self.first_match(text, tokens, at, candidates));
        longer.or_else(|| {
            let candidates = self.by_first_word.get(tokens.folded(at))?;
            self.first_match(text, tokens, at, candidates)
        })
    }

    fn first_match(
        &self,
        text: &str,
        tokens: &Tokens,
        at: usize,
        candidates: &[usize],
    ) -> Option<Match> {
        candidates.iter().find_map(|&p| {
            let pattern = &self.patterns[p];
            let end = at + pattern.form.words.len();
            (end <= tokens.len() && pattern.matches(text, tokens, at)).then_some(Match {
                pattern: p,
                first_token: at,
                end_token: end,
            })
        })
    }
}

impl Pattern {
    fn new(term: usize, kind: PatternKind, form: &str, case: CaseMode) -> Self {
        let mut tokens = Tokens::default();
        tokens.fill(form, 0);
        let form_words = FormWords::from_tokens(form, &tokens);
        let case_words = tokens
            .tokens
            .iter()
            .map(|t| case_key(&form[t.range.as_range()]))
            .collect();
        Pattern {
            term,
            kind,
            form: form_words,
            case_words,
            case,
        }
    }

    fn matches(&self, text: &str, tokens: &Tokens, at: usize) -> bool {
        let n = self.form.words.len();
        // Word 0 too: multi-word patterns are found by a hash of their first two words.
        let words_ok = (0..n).all(|k| tokens.folded(at + k) == self.form.words[k]);
        let gaps_ok = (0..n.saturating_sub(1)).all(|k| {
            let gap = &text[tokens.tokens[at + k].range.end..tokens.tokens[at + k + 1].range.start];
            gap_matches(gap, &self.form.gaps[k])
        });
        if !(words_ok && gaps_ok) {
            return false;
        }
        let text_words: Vec<&str> = (at..at + n)
            .map(|i| &text[tokens.tokens[i].range.as_range()])
            .collect();
        if !case_matches(self.case, &self.case_words, &text_words) {
            return false;
        }
        match &self.kind {
            PatternKind::Good => true,
            PatternKind::Wrong { near, window, .. } => {
                near.is_empty() || near_context(tokens, text, at, at + n, near, *window)
            }
        }
    }
}

/// Whether one of the `near` phrases occurs with at most `window` words between it and
/// tokens `start..end`, before or after.
fn near_context(
    tokens: &Tokens,
    text: &str,
    start: usize,
    end: usize,
    near: &[FormWords],
    window: usize,
) -> bool {
    near.iter().any(|phrase| {
        let n = phrase.words.len();
        let Some(last_start) = tokens.len().checked_sub(n) else {
            return false;
        };
        let from = start.saturating_sub(window + n);
        let to = (end + window).min(last_start);
        (from..=to)
            .filter(|&i| i + n <= start || i >= end)
            .any(|i| {
                (0..n).all(|k| tokens.folded(i + k) == phrase.words[k])
                    && (0..n.saturating_sub(1)).all(|k| {
                        let gap = &text
                            [tokens.tokens[i + k].range.end..tokens.tokens[i + k + 1].range.start];
                        gap_matches(gap, &phrase.gaps[k])
                    })
            })
    })
}
