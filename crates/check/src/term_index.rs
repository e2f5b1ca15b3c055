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

use std::sync::Arc;

use mtlint_glossary::{fold_key, fold_key_into, CaseMode, GlossarySet, LangTag, Term};
use rustc_hash::{FxHashMap, FxHashSet};

use crate::case::{case_key, case_matches};
use crate::names::table::{KeyFilter, PostingTable};
use crate::tokens::{gap_matches, pair_key, word_key, FormWords, Tokens};

mod stored;

#[derive(Debug)]
pub(crate) enum PatternKind {
    Good,
    Wrong {
        avoid: usize,
        near: Arc<[FormWords]>,
        window: usize,
    },
}

#[derive(Debug)]
pub(crate) struct Pattern {
    pub term: usize,
    pub kind: PatternKind,
    /// Which of its term's good forms a `Good` pattern is (0 for `Wrong`, whose `avoid`
    /// says which form it is): the form's text is found again from it (`form_text`).
    good_form: usize,
    // Shared (`Arc`): a variant's index copies them from the plain language's.
    form: Arc<FormWords>,
    /// The form's words in NFC with case kept, for case checks.
    case_words: Arc<[String]>,
    case: CaseMode,
}

/// A glossary match of a stretch, as the rules after matching see it: which tokens, which
/// entry, good form or wrong one.
#[derive(Debug, Clone, Copy)]
pub(crate) struct TermMatch {
    pub first_token: usize,
    pub end_token: usize,
    pub term: usize,
    pub good: bool,
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
    /// One-word patterns by the hash of their word, as ranks (see `by_rank`).
    by_first_word: PostingTable,
    /// Patterns of two or more words by the hash of their first two words, as ranks.
    by_first_two: PostingTable,
    /// The first words of those patterns: most text words start none, and this filter
    /// (a byte per distinct first word, small enough to stay in cache) spares them the
    /// look-up of the pair, whose filter at a million names is not.
    first_words: KeyFilter,
    /// Pattern ids in the order they are tried at one position: longest first, at equal
    /// length good forms first, then by definition order. The tables hold positions in
    /// this list (shifted left by the `NEEDS_CAPITAL` bit), so a look-up returns its
    /// candidates in that order with no per-key list (a million of them for a gazetteer)
    /// to allocate and sort. A hash shared by two words only adds candidates, which
    /// `Pattern::matches` turns down word by word.
    by_rank: Vec<u32>,
}

/// The low bit of a table entry (`rank << 1 | bit`, so entries sort as their ranks) is set
/// when the pattern's first word must start with a capital letter (see
/// `Pattern::needs_capital`): a lowercase text word turns the candidate down before the
/// pattern is read. With a gazetteer "a", "o", "do", "como" are each some place's name,
/// and reading those patterns was a chain of cache misses per word.
const NEEDS_CAPITAL: u32 = 1;

/// What building the patterns of a language needs besides the terms, reused across them.
struct PatternBuilder<'a, 't> {
    lang: &'a LangTag,
    good_keys: &'a FxHashSet<String>,
    /// Good forms already indexed, with their case mode (see `add_term`).
    seen_good: FxHashSet<(&'t str, CaseMode)>,
    /// One tokenizer buffer for every form.
    tokens: Tokens,
    /// Patterns compiled already by another language's index of the same glossaries, by
    /// their form's text (see [`TermIndex::reusing`]).
    compiled: FxHashMap<&'a str, &'a Pattern>,
    /// That index, for the texts of its wrong forms' context words.
    donor: Option<&'a TermIndex>,
}

impl PatternBuilder<'_, '_> {
    /// The pattern of `form`: its words and case words copied from a pattern compiled
    /// already for the same text, or compiled now.
    fn pattern(&mut self, term: usize, kind: PatternKind, form: &str, case: CaseMode) -> Pattern {
        match self.compiled.get(form) {
            Some(done) => Pattern {
                term,
                kind,
                good_form: 0,
                form: done.form.clone(),
                case_words: done.case_words.clone(),
                case,
            },
            None => Pattern::new(term, kind, form, case, &mut self.tokens),
        }
    }

    /// The compiled context words of a wrong form whose context phrases are `near`.
    fn near(&self, form: &str, near: &[String]) -> Arc<[FormWords]> {
        let done = self.compiled.get(form).zip(self.donor);
        if let Some((done, donor)) = done {
            if let PatternKind::Wrong {
                avoid, near: words, ..
            } = &done.kind
            {
                if donor.terms[done.term].avoid[*avoid].near == near {
                    return words.clone();
                }
            }
        }
        near.iter().map(|n| FormWords::new(n)).collect()
    }
}

/// The folded good forms that are also written as some wrong form: only these can keep a
/// wrong form from being flagged, and a gazetteer of a million names has few or none.
fn good_keys_of_wrong_forms(terms: &[&Term]) -> FxHashSet<String> {
    let wrong: FxHashSet<String> = terms
        .iter()
        .flat_map(|t| t.avoid.iter().map(|a| fold_key(&a.text)))
        .collect();
    if wrong.is_empty() {
        return wrong;
    }
    let mut key = String::new();
    let mut good = FxHashSet::default();
    for form in terms.iter().flat_map(|t| t.good_forms()) {
        fold_key_into(form, &mut key);
        if wrong.contains(&key) {
            good.insert(key.clone());
        }
    }
    good
}

impl TermIndex {
    /// The index of the terms of `set` that apply to `lang`: the stored one when `set` is
    /// the shipped glossaries and `lang` plain "pt" (see [`stored`]), else built.
    pub fn new(set: &GlossarySet, lang: &LangTag) -> Self {
        stored::load(set, lang).unwrap_or_else(|| TermIndex::build(set, lang, None))
    }

    /// The index [`TermIndex::new`] builds, taking each form's compiled words from
    /// `donor`, an index of another language of the same glossaries where it has the
    /// same text (the plain language's, built to read a text's variant, before the
    /// variant's checker): tokenising and case-folding the forms was most of the work.
    pub fn reusing(set: &GlossarySet, lang: &LangTag, donor: &TermIndex) -> Self {
        TermIndex::build(set, lang, Some(donor))
    }

    /// The text of pattern `p`'s form.
    fn form_text(&self, p: &Pattern) -> &str {
        let term = &self.terms[p.term];
        match &p.kind {
            PatternKind::Good => term.good_forms().nth(p.good_form).unwrap_or_default(),
            PatternKind::Wrong { avoid, .. } => &term.avoid[*avoid].text,
        }
    }

    fn build(set: &GlossarySet, lang: &LangTag, donor: Option<&TermIndex>) -> Self {
        // Patterns are built from the set's own terms (borrowed), the copies made last.
        let terms: Vec<&Term> = set.terms_for(lang).collect();
        let forms: usize = terms
            .iter()
            .map(|t| 1 + t.accepted.len() + t.avoid.len())
            .sum();
        let mut index = TermIndex::default();
        // Sized up front: growing these was a third of building a checker.
        index.patterns.reserve(forms);
        let mut keys = Vec::with_capacity(forms);
        let good_keys = good_keys_of_wrong_forms(&terms);
        let mut builder = PatternBuilder {
            lang,
            good_keys: &good_keys,
            seen_good: FxHashSet::with_capacity_and_hasher(forms, Default::default()),
            tokens: Tokens::default(),
            compiled: donor.map_or_else(FxHashMap::default, |d| {
                d.patterns.iter().map(|p| (d.form_text(p), p)).collect()
            }),
            donor,
        };
        for (term_idx, term) in terms.iter().enumerate() {
            index.add_term(term_idx, term, &mut builder, &mut keys);
        }
        index.rank_patterns(keys);
        drop(builder);
        index.terms = terms.into_iter().cloned().collect();
        index
    }

    /// Adds the patterns of one term, and for each its table key and, for a pattern of
    /// two or more words, its first word's key.
    fn add_term<'t>(
        &mut self,
        term_idx: usize,
        term: &'t Term,
        b: &mut PatternBuilder<'_, 't>,
        keys: &mut Vec<(u64, Option<u64>)>,
    ) {
        let mut new = Vec::new();
        for (good_form, form) in term.good_forms().enumerate() {
            // The same good form with the same case mode blocks the same text whichever
            // entry it belongs to: index it once (the first entry's).
            if !b.seen_good.insert((form, term.case)) {
                continue;
            }
            let mut pattern = b.pattern(term_idx, PatternKind::Good, form, term.case);
            pattern.good_form = good_form;
            new.push(pattern);
        }
        for (avoid_idx, avoid) in term.avoid.iter().enumerate() {
            let applies = avoid.variant.as_ref().is_none_or(|v| v.overlaps(b.lang));
            // A form that some applicable entry accepts is never flagged: this is how
            // "Moscovo" stays quiet in plain "pt" text while pt-BR flags it.
            if !applies || b.good_keys.contains(&fold_key(&avoid.text)) {
                continue;
            }
            let kind = PatternKind::Wrong {
                avoid: avoid_idx,
                near: b.near(&avoid.text, &avoid.near),
                window: avoid.window,
            };
            let case = avoid.case.unwrap_or(term.case);
            new.push(b.pattern(term_idx, kind, &avoid.text, case));
        }
        for pattern in new {
            let key = match pattern.form.words.as_slice() {
                [] => continue, // a form with no word characters cannot match whole words
                [only] => (word_key(only), None),
                [first, second, ..] => {
                    let first = word_key(first);
                    (pair_key(first, word_key(second)), Some(first))
                }
            };
            keys.push(key);
            self.patterns.push(pattern);
        }
    }

    /// Orders the patterns for trying (see `by_rank`) and fills the tables; `keys[p]` is
    /// pattern `p`'s key.
    fn rank_patterns(&mut self, keys: Vec<(u64, Option<u64>)>) {
        let mut by_rank: Vec<u32> = (0..self.patterns.len() as u32).collect();
        let patterns = &self.patterns;
        by_rank.sort_unstable_by_key(|&p| {
            let pat = &patterns[p as usize];
            let good = matches!(pat.kind, PatternKind::Good);
            (std::cmp::Reverse(pat.form.words.len()), !good, p)
        });
        let mut rank_of = vec![0u32; by_rank.len()];
        for (rank, &p) in by_rank.iter().enumerate() {
            rank_of[p as usize] = rank as u32;
        }
        let (mut one, mut two, mut firsts) = (Vec::new(), Vec::new(), Vec::new());
        for (p, (key, first)) in keys.into_iter().enumerate() {
            let flag = if self.patterns[p].needs_capital() {
                NEEDS_CAPITAL
            } else {
                0
            };
            let pair = (key, rank_of[p] << 1 | flag);
            match first {
                Some(first) => {
                    two.push(pair);
                    firsts.push(first);
                }
                None => one.push(pair),
            }
        }
        firsts.sort_unstable();
        self.first_words = KeyFilter::new(&firsts);
        self.by_first_word = PostingTable::new(one);
        self.by_first_two = PostingTable::new(two);
        self.by_rank = by_rank;
    }

    /// Whether a pattern may start with the word whose key is `first` (false: `match_at`
    /// finds none there). Nearly every word of a text starts none: asked inline, this
    /// spares them the call of `match_at` and its look-ups (a third of checking MT text
    /// with the glossary rules alone).
    #[inline(always)]
    pub fn may_start(&self, first: u64) -> bool {
        self.first_words.may_hold(first) || self.by_first_word.may_hold(first)
    }

    /// The longest pattern matching at token `at`, if any.
    pub fn match_at(&self, text: &str, tokens: &Tokens, at: usize) -> Option<Match> {
        // Longer forms first: every multi-word pattern is longer than every one-word one.
        // Most words start no form: the empty candidate lists are turned down here, with
        // no call to read them (two per word of every text).
        let first = tokens.key(at);
        if at + 1 < tokens.len() && self.first_words.may_hold(first) {
            let pairs = self.by_first_two.get(pair_key(first, tokens.key(at + 1)));
            if !pairs.is_empty() {
                let longer = self.first_match(text, tokens, at, pairs);
                if longer.is_some() {
                    return longer;
                }
            }
        }
        let singles = self.by_first_word.get(first);
        if singles.is_empty() {
            return None;
        }
        self.first_match(text, tokens, at, singles)
    }

    fn first_match(&self, text: &str, tokens: &Tokens, at: usize, ranks: &[u32]) -> Option<Match> {
        if ranks.is_empty() {
            return None;
        }
        let lowercase = text[tokens.tokens[at].range.as_range()]
            .chars()
            .next()
            .is_some_and(char::is_lowercase);
        ranks.iter().find_map(|&entry| {
            if lowercase && entry & NEEDS_CAPITAL != 0 {
                return None;
            }
            let p = self.by_rank[(entry >> 1) as usize] as usize;
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
    fn new(
        term: usize,
        kind: PatternKind,
        form: &str,
        case: CaseMode,
        tokens: &mut Tokens,
    ) -> Self {
        tokens.fill(form, 0);
        let form_words = FormWords::from_tokens(form, tokens);
        let case_words = tokens
            .tokens
            .iter()
            .map(|t| case_key(&form[t.range.as_range()]))
            .collect();
        Pattern {
            term,
            kind,
            good_form: 0,
            form: Arc::new(form_words),
            case_words,
            case,
        }
    }

    /// Whether text matching this pattern must start with a capital letter: its case mode
    /// keeps case and its first letter is a capital ("Como"). A lowercase text letter
    /// stays lowercase in the case key (NFC composes it with its marks into a lowercase
    /// letter), and no case mode turns an upper-case form letter into a lowercase one.
    fn needs_capital(&self) -> bool {
        let first = self.case_words.first().and_then(|w| w.chars().next());
        !matches!(self.case, CaseMode::Insensitive) && first.is_some_and(char::is_uppercase)
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
        let text_word = |k: usize| &text[tokens.tokens[at + k].range.as_range()];
        if !case_matches(self.case, &self.case_words, text_word) {
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
/// tokens `start..end`, before or after, in the same sentence: a context word that ends
/// one sentence says nothing of the next ("... a fuga. A sonda espacial ...").
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
                    && {
                        let (a, b) = if i < start {
                            (i + n - 1, start)
                        } else {
                            (end - 1, i)
                        };
                        !crosses_sentence(tokens, text, a, b)
                    }
            })
    })
}

/// Whether a sentence ends between tokens `a` and `b` (`a < b`): a full stop, question or
/// exclamation mark followed by white space, or a line break.
fn crosses_sentence(tokens: &Tokens, text: &str, a: usize, b: usize) -> bool {
    (a..b).any(|k| {
        let gap = &text[tokens.tokens[k].range.end..tokens.tokens[k + 1].range.start];
        gap.contains('\n')
            || (gap.contains(['.', '!', '?', '…']) && gap.ends_with(char::is_whitespace))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tag(s: &str) -> LangTag {
        s.parse().expect("tag")
    }

    /// An index built from another language's compiled forms is the index built from
    /// nothing, field by field (patterns, their words, context words, tables), for every
    /// language of the shipped glossaries and either donor.
    #[test]
    fn reusing_builds_the_same_index() {
        let set = mtlint_glossary::shipped::set();
        for donor in ["pt", "pt-BR", "pt-PT"] {
            let donor = TermIndex::new(&set, &tag(donor));
            for lang in ["pt", "pt-BR", "pt-PT"] {
                let lang = tag(lang);
                let fresh = TermIndex::new(&set, &lang);
                let reused = TermIndex::reusing(&set, &lang, &donor);
                assert!(fresh.patterns.len() > 1000, "{lang}");
                assert_eq!(format!("{fresh:?}"), format!("{reused:?}"), "{lang}");
            }
        }
    }
}
