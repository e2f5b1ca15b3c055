//! `term-mismatch`: a glossary entry whose `source` form is in the source while the
//! translation holds one of the entry's wrong renderings and none of its good ones
//! ("TASS" → "sorteio"; "deployment" of troops → "implementação"). With the source, a
//! rendering the glossary lists as wrong only in context (`near`) is known wrong without
//! its context: the source says which word was translated. Where the source lacks the
//! entry's form, the same word is left alone ("implementação" of a plan).
//!
//! A rendering wrong only in context, of an entry that is no name (a word, which has
//! several senses: "board" of a company, of a game; "Speaker" of a parliament, of a sound
//! card), is reported only where the text shows that context somewhere (one sense per
//! discourse): a chess game's "tabuleiro" for "board" is the game's board, a news story
//! that speaks of "diretores" elsewhere is about the company's. A name ("TASS", an `org`)
//! has one sense: the source says it all.
//!
//! An entry whose good forms are all missing but whose wrong forms are too is not
//! reported: translators paraphrase terms ("rally" → "discurso de campanha") and render
//! names as adjectives ("U.S." → "americano"); a name missing from the translation is
//! `missing-name`'s.

use std::cell::RefCell;

use mtlint_glossary::Term;
use mtlint_lexicon::Profile;
use rustc_hash::FxHashMap;
use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

use crate::case::carry_case;
use crate::context::SegmentContext;
use discourse::Discourse;
use crate::rules::{Prepare, RuleDef, RuleKind, Yield};
use crate::term_index::{PatternKind, TermIndex};
use crate::tokens::{gap_matches, FormWords, Tokens};
use crate::{Applicability, ByteRange, Finding, Rule, RuleDoc, Severity, Suggestion, TermRef};

pub(crate) static RULE: RuleDef = RuleDef {
    check_segment: Some(check_segment),
    prepare: Some(prepare),
    // The glossary rules report the same wrong form from the target alone (a wrong form
    // without `near`, or one in its context): one finding, theirs.
    yields_to: &[
        Yield::overlapping(Rule::WrongTerm),
        Yield::overlapping(Rule::WrongTermInContext),
    ],
    ..RuleDef::new("term-mismatch", RuleKind::Term, Severity::Warning, DOC)
};

const DOC: RuleDoc = RuleDoc {
    summary: "a glossary term of the source rendered as the glossary says it is not",
    what: "Needs the source (PO, XLIFF and the other bilingual formats, or `--source`). A \
glossary entry's `source` form is in the source (\"TASS\", \"deployment\"), the translation \
holds one of the entry's `avoid` forms (\"sorteio\", \"implementação\"), and none of its `use` \
or `also` forms, in any inflection (a plural, a feminine: \"acusada de\" for \"acusado de\"), \
accents aside. An `avoid` form that is wrong only near certain words (`near`) needs no such \
words in the segment: the source shows which word was translated; but unless the entry is a \
name, the text must hold them somewhere (one sense per discourse: a chess game's \
\"tabuleiro\" for \"board\" is no company's board). Where the source lacks the entry's \
form, the same word is left alone (\"implementação\" of a plan). A source form with capitals \
matches as written (\"US\" is not \"us\"); a lowercase one in any case. A term the translation \
renders some other way is not reported (translators paraphrase), nor a name missing from the \
translation (`missing-name`).",
    why: "A common word standing for a name or a term in the wrong sense passes every \
target-only check where its context is missing; the source shows the mistranslation.",
    example: "source \"according to TASS\"  →  \"segundo o sorteio\"  (use \"TASS\")",
    fix: "Unsafe: the entry's preferred form is suggested, but the sentence around it usually \
needs rewording too.",
};

/// One `source` form of an entry, compiled.
#[derive(Debug)]
struct SourceForm {
    words: FormWords,
    /// The form's words as written, when it has capitals: then text must match exactly.
    exact: Option<Vec<String>>,
    term: usize,
}

/// The entries that may be reported, by the first folded word of their source forms.
#[derive(Debug, Default)]
struct SourceIndex {
    by_first_word: FxHashMap<String, Vec<SourceForm>>,
}

fn prepare(p: &Prepare<'_>) -> Box<dyn std::any::Any + Send + Sync> {
    let mut index = SourceIndex::default();
    let mut tokens = Tokens::default();
    for (term, entry) in p.index.terms.iter().enumerate() {
        // Only an entry with wrong forms can be reported.
        if entry.avoid.is_empty() {
            continue;
        }
        for form in &entry.source {
            tokens.fill(form, 0);
            let words = FormWords::from_tokens(form, &tokens);
            let Some(first) = words.words.first().cloned() else {
                continue;
            };
            let exact = form.chars().any(char::is_uppercase).then(|| {
                tokens
                    .tokens
                    .iter()
                    .map(|t| form[t.range.as_range()].to_string())
                    .collect()
            });
            index.by_first_word.entry(first).or_default().push(SourceForm {
                words,
                exact,
                term,
            });
        }
    }
    Box::new(index)
}

fn check_segment(ctx: &mut SegmentContext<'_, '_>) {
    let Some(sources) = ctx.prepared::<SourceIndex>() else {
        return;
    };
    if sources.by_first_word.is_empty() {
        return;
    }
    let (text, part) = (ctx.text, ctx.part);
    let mut discourse = None;
    let mut shows = |phrases: &[String]| {
        discourse
            .get_or_insert_with(|| ctx.memo(|_| Discourse::new(text, part)))
            .is_some_and(|d| d.holds_any(phrases))
    };
    let found = find(
        sources,
        ctx.index,
        ctx.profile,
        ctx.source,
        ctx.text,
        ctx.target,
        &mut shows,
    );
    for finding in found {
        ctx.report(finding);
    }
}

/// The entries whose source forms `source` holds, each with the form as the source
/// writes it.
fn triggered<'s>(sources: &SourceIndex, source: &'s str) -> Vec<(usize, &'s str)> {
    SOURCE_TOKENS.with_borrow_mut(|tokens| triggered_in(sources, source, tokens))
}

thread_local! {
    /// The tokens of the source being read, one buffer per thread for every segment:
    /// growing new buffers for each source was a tenth of the rule.
    static SOURCE_TOKENS: RefCell<Tokens> = RefCell::new(Tokens::default());
}

/// [`triggered`], cutting `source` into `tokens`.
fn triggered_in<'s>(
    sources: &SourceIndex,
    source: &'s str,
    tokens: &mut Tokens,
) -> Vec<(usize, &'s str)> {
    tokens.fill(source, 0);
    let tokens = &*tokens;
    let mut out: Vec<(usize, &str)> = Vec::new();
    for at in 0..tokens.len() {
        let Some(forms) = sources.by_first_word.get(tokens.folded(at)) else {
            continue;
        };
        for form in forms {
            let Some(end) = source_match(form, source, tokens, at) else {
                continue;
            };
            if !out.iter().any(|(t, _)| *t == form.term) {
                let span = tokens.tokens[at].range.start..tokens.tokens[end - 1].range.end;
                out.push((form.term, &source[span]));
            }
        }
    }
    out
}

/// Where a source form that starts at token `at` ends, if it is there.
fn source_match(form: &SourceForm, text: &str, tokens: &Tokens, at: usize) -> Option<usize> {
    let n = form.words.words.len();
    let end = at + n;
    if end > tokens.len() {
        return None;
    }
    let words_ok = (0..n).all(|k| tokens.folded(at + k) == form.words.words[k]);
    let gaps_ok = (0..n - 1).all(|k| {
        let gap = &text[tokens.tokens[at + k].range.end..tokens.tokens[at + k + 1].range.start];
        gap_matches(gap, &form.words.gaps[k])
    });
    let case_ok = form.exact.as_ref().is_none_or(|exact| {
        (0..n).all(|k| text[tokens.tokens[at + k].range.as_range()] == exact[k])
    });
    (words_ok && gaps_ok && case_ok).then_some(end)
}

/// The findings of the target (`range` of `text`) against `source`; `shows` says whether
/// the discourse holds one of some context phrases.
fn find(
    sources: &SourceIndex,
    index: &TermIndex,
    profile: &Profile,
    source: &str,
    text: &str,
    range: ByteRange,
    shows: &mut dyn FnMut(&[String]) -> bool,
) -> Vec<Finding> {
    let terms = triggered(sources, source);
    if terms.is_empty() {
        return Vec::new();
    }
    let mut tokens = Tokens::default();
    tokens.fill(&text[range.as_range()], range.start);
    let target = Target::new(text, &tokens, profile);
    // A good form of any entry the source names (another variant's, another entry with
    // the same source form) says the term was rendered.
    if terms
        .iter()
        .any(|&(t, _)| target.has_good_form(&index.terms[t]))
    {
        return Vec::new();
    }
    let good = good_spans(index, text, &tokens);
    let mut out = Vec::new();
    for &(t, source_form) in &terms {
        let term = &index.terms[t];
        for (avoid, wrong) in term.avoid.iter().enumerate() {
            let spans = target.occurrences(&wrong.text);
            // A word's sense (no name's): the text must show it somewhere.
            let sense = !term.kind.is_name() && wrong.is_contextual();
            if !spans.is_empty() && sense && !shows(&wrong.near) {
                continue;
            }
            for span in spans {
                // Inside a good form of some entry ("Son" of "Choe Son Hui"): not wrong.
                if good.iter().any(|g| g.start <= span.start && span.end <= g.end) {
                    continue;
                }
                // One finding per place: an entry may list a form twice (in two contexts),
                // and two entries may share it.
                if out.iter().any(|f: &Finding| f.range == span) {
                    continue;
                }
                out.push(finding(text, span, term, avoid, source_form));
            }
        }
    }
    out
}

fn finding(text: &str, range: ByteRange, term: &Term, avoid: usize, source: &str) -> Finding {
    let found = &text[range.as_range()];
    let message = format!(
        "the source's \"{source}\" is rendered \"{found}\", which the glossary lists as wrong: \
         use \"{}\"",
        term.preferred
    );
    let note = match (&term.avoid[avoid].note, &term.note) {
        (Some(a), Some(t)) => Some(format!("{a} {t}")),
        (a, t) => a.clone().or_else(|| t.clone()),
    };
    Finding {
        suggestions: vec![Suggestion {
            range,
            replacement: carry_case(found, &term.preferred),
            applicability: Applicability::Unsafe,
        }],
        term: Some(TermRef::of(term)),
        note,
        ..Finding::new(Rule::TermMismatch, range, message)
    }
}

/// The spans of the target that the glossary matches as good forms (the longest match at
/// each place, as the glossary rules see them).
fn good_spans(index: &TermIndex, text: &str, tokens: &Tokens) -> Vec<ByteRange> {
    let mut out = Vec::new();
    let mut at = 0;
    while at < tokens.len() {
        match index.match_at(text, tokens, at) {
            Some(m) => {
                if matches!(index.patterns[m.pattern].kind, PatternKind::Good) {
                    out.push(ByteRange::new(
                        tokens.tokens[m.first_token].range.start,
                        tokens.tokens[m.end_token - 1].range.end,
                    ));
                }
                at = m.end_token;
            }
            None => at += 1,
        }
    }
    out
}

/// The target's words, for finding forms in them.
struct Target<'a> {
    text: &'a str,
    tokens: &'a Tokens,
    /// Each token folded and without its accents (`None`: the folded word has none), and
    /// the profile's inflection endings likewise: computed once per segment, not once per
    /// form and token compared.
    plain: Vec<Option<String>>,
    inflections: Vec<(String, String)>,
}

impl<'a> Target<'a> {
    fn new(text: &'a str, tokens: &'a Tokens, profile: &Profile) -> Self {
        Target {
            text,
            tokens,
            plain: (0..tokens.len())
                .map(|at| accented(tokens.folded(at)).then(|| unaccented(tokens.folded(at))))
                .collect(),
            inflections: profile
                .words
                .inflections
                .iter()
                .map(|(from, to)| (unaccented(from), unaccented(to)))
                .collect(),
        }
    }

    /// Whether one of the entry's good forms is in the target, in any inflection, accents
    /// aside ("Macedônia" for "Macedónia").
    fn has_good_form(&self, term: &Term) -> bool {
        term.good_forms().any(|form| {
            let form = FormWords::new(form);
            let spellings: Vec<Vec<String>> =
                form.words.iter().map(|w| self.inflected(w)).collect();
            !form.words.is_empty()
                && (0..self.tokens.len()).any(|at| self.matches(&form, at, Some(&spellings)))
        })
    }

    /// The spellings of a form's word that [`Target::matches`] accepts in any inflection:
    /// the word without its accents, and each of the profile's endings put in place of
    /// the one it ends with. Made once per form word, not once per target word compared.
    fn inflected(&self, word: &str) -> Vec<String> {
        let plain = unaccented(word);
        let mut out = vec![plain.clone()];
        for (from, to) in &self.inflections {
            if let Some(stem) = plain.strip_suffix(from.as_str()) {
                out.push(format!("{stem}{to}"));
            }
        }
        out
    }

    /// Where `form` is in the target as written (folded).
    fn occurrences(&self, form: &str) -> Vec<ByteRange> {
        let form = FormWords::new(form);
        let n = form.words.len();
        if n == 0 {
            return Vec::new();
        }
        (0..self.tokens.len())
            .filter(|&at| self.matches(&form, at, None))
            .map(|at| {
                ByteRange::new(
                    self.tokens.tokens[at].range.start,
                    self.tokens.tokens[at + n - 1].range.end,
                )
            })
            .collect()
    }

    /// Whether `form` is at token `at`: as written, or, given the spellings of its words
    /// in any inflection (`inflected`, see [`Target::inflected`]), in any inflection too.
    fn matches(&self, form: &FormWords, at: usize, inflected: Option<&[Vec<String>]>) -> bool {
        let n = form.words.len();
        if at + n > self.tokens.len() {
            return false;
        }
        let words_ok = (0..n).all(|k| {
            let word = self.tokens.folded(at + k);
            word == form.words[k]
                || inflected.is_some_and(|spellings| {
                    let plain = self.plain[at + k].as_deref().unwrap_or(word);
                    spellings[k].iter().any(|s| s == plain)
                })
        });
        words_ok
            && (0..n - 1).all(|k| {
                let gap = &self.text[self.tokens.tokens[at + k].range.end
                    ..self.tokens.tokens[at + k + 1].range.start];
                gap_matches(gap, &form.gaps[k])
            })
    }

}

/// A word without its accents ("macedónia" → "macedonia").
fn unaccented(word: &str) -> String {
    if !accented(word) {
        return word.to_string();
    }
    word.nfd().filter(|c| !is_combining_mark(*c)).collect()
}

/// Whether `word` may have accents to take off: ASCII has none, and decomposes to
/// itself (most words: no decomposition, and no copy in [`Target`]).
fn accented(word: &str) -> bool {
    !word.is_ascii()
}

mod discourse;
#[cfg(test)]
mod tests;
