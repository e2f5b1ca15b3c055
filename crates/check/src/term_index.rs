//! The glossary compiled for matching: every good and wrong form of the terms that apply
//! to one language, indexed by its first word, matched whole-word over folded tokens.
//!
//! Good forms are indexed too: the longest match at a position wins, so a wrong form inside
//! an accepted longer name ("Son" inside "Choe Son Hui") never fires.

use mtlint_glossary::{fold_key, CaseMode, GlossarySet, LangTag, Term};
use rustc_hash::{FxHashMap, FxHashSet};

use crate::case::{case_key, case_matches};
use crate::tokens::{gap_matches, FormWords, Tokens};

#[derive(Debug)]
pub(crate) enum PatternKind {
    Good,
    Wrong { avoid: usize, near: Vec<FormWords>, window: usize },
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
    by_first_word: FxHashMap<String, Vec<usize>>,
}

impl TermIndex {
    pub fn new(set: &GlossarySet, lang: &LangTag) -> Self {
        let mut index = TermIndex::default();
        index.terms = set.terms_for(lang).cloned().collect();
        let good_keys: FxHashSet<String> = index
            .terms
            .iter()
            .flat_map(|t| t.good_forms().map(fold_key))
            .collect();
        for term_idx in 0..index.terms.len() {
            index.add_term(term_idx, lang, &good_keys);
        }
        for list in index.by_first_word.values_mut() {
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

    fn add_term(&mut self, term_idx: usize, lang: &LangTag, good_keys: &FxHashSet<String>) {
        let term = &self.terms[term_idx];
        let mut new = Vec::new();
        for form in term.good_forms() {
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
            let Some(first) = pattern.form.words.first().cloned() else {
                continue; // a form with no word characters cannot match whole words
            };
            self.by_first_word.entry(first).or_default().push(self.patterns.len());
            self.patterns.push(pattern);
        }
    }

    /// The longest pattern matching at token `at`, if any.
    pub fn match_at(&self, text: &str, tokens: &Tokens, at: usize) -> Option<Match> {
        let candidates = self.by_first_word.get(tokens.folded(at))?;
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
        let form_words = FormWords::new(form);
        let mut case_tokens = Tokens::default();
        case_tokens.fill(form, 0);
        let case_words = case_tokens
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
        let words_ok = (1..n).all(|k| tokens.folded(at + k) == self.form.words[k]);
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

/// Whether one of the `near` phrases occurs within `window` words of tokens `start..end`.
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
        let from = start.saturating_sub(window + n);
        let to = (end + window).min(tokens.len());
        (from..to.saturating_sub(n.saturating_sub(1)))
            .filter(|&i| i + n <= start || i >= end)
            .any(|i| {
                (0..n).all(|k| tokens.folded(i + k) == phrase.words[k])
                    && (0..n.saturating_sub(1)).all(|k| {
                        let gap = &text[tokens.tokens[i + k].range.end
                            ..tokens.tokens[i + k + 1].range.start];
                        gap_matches(gap, &phrase.gaps[k])
                    })
            })
    })
}
