//! `untranslated`: words, phrases or whole lines left in another language than the
//! target: the source language (English) that MT did not know, or a pivot language
//! (Spanish) leaking through.
//!
//! lingua decides the language, but only of spans that need it: every word is first
//! looked up in the target lexicon and the glossaries, and names, acronyms, numbers and
//! URLs are set aside, because lingua scores names "somewhere between" languages. What is
//! left is scored in short windows with lingua's full models, built on first need.
//!
//! A lone unknown word is judged without lingua, which knows little about one word: by
//! how much real text uses it in Portuguese and in other languages (the word-usage table
//! of `mtlint-lexicon`, from wordfreq), else by spellings Portuguese does not have
//! (Galician and Spanish "ll", "ñ", "-ón"), which matters because lingua has no Galician.

use std::any::Any;

use lingua::Language;
use mtlint_lexicon::{Lexicon, UsageTable, WordLists};
use rustc_hash::FxHashMap;

mod cues;
mod descriptors;
mod lines;
mod neighbours;
mod quoted;
mod repeated;
#[cfg(test)]
mod tests;
mod with_source;

use cues::cited;
use descriptors::misrendered_names;
use lines::{untranslated_blocks, Block};
use neighbours::{Found, Neighbours};

use crate::analysis::classes::{neutralise_quoted, Class};
use crate::analysis::evidence::{remembered_word_evidence, respelt, Evidence};
use crate::analysis::words::{joined, starts_upper};
use crate::context::Context;
use crate::language::{score_span, ForeignGuess, SpanLanguages};
use crate::rules::{Finish, Needs, OptionKind, OptionSpec, Prepare, RuleDef, RuleKind, Yield};
use crate::term_index::TermIndex;
use crate::tokens::{FormWords, Tokens};
use crate::{Applicability, ByteRange, Finding, Rule, RuleDoc, Severity, Suggestion};

pub(crate) static RULE: RuleDef = RuleDef {
    needs: Needs {
        classes: true,
        ..Needs::WORDS
    },
    check,
    check_segment: Some(with_source::check_segment),
    finish: Some(finish),
    prepare: Some(prepare),
    // A glued token is one finding: its split ("consecuencias de salud") says more than
    // "untranslated" does of the same token.
    yields_to: &[Yield::within(Rule::RunTogether)],
    options: &[OptionSpec {
        key: "allow-quoted",
        kind: OptionKind::Boolean,
        help: "leave text inside quotation marks alone (titles quoted in the original)",
    }],
    ..RuleDef::new("untranslated", RuleKind::Untranslated, Severity::Warning, DOC)
};

fn prepare(p: &Prepare<'_>) -> Box<dyn Any + Send + Sync> {
    let evidence = match (p.profile.usage(), p.profile.lexicon()) {
        (Some(usage), Some(lexicon)) => Some(Evidence {
            usage,
            lexicon,
            respelling: &p.profile.respelling,
            source: &p.profile.source.spelling,
        }),
        _ => None,
    };
    let target = crate::language::lingua_language(p.lang);
    let mut rule = Untranslated::new(p.index, target, evidence);
    rule.names = crate::analysis::source_names::name_profile(&p.profile.source);
    Box::new(rule)
}

fn check(ctx: &mut Context<'_, '_>) {
    if let Some(rule) = ctx.prepared::<Untranslated>() {
        rule.check(ctx);
    }
}

/// A word reported at several places of a document is one finding.
fn finish(doc: &mut Finish<'_>) {
    repeated::one_finding_per_word(doc.text, doc.findings);
}

const DOC: RuleDoc = RuleDoc {
    summary: "text left in another language than the target",
    what: "A word, phrase or whole line in another language than the text's: English the \
MT did not translate (\"feridas de stab\", \"o presidente of the comissão\"), Spanish leaking \
through a pivot (\"feridas de cuchillada\"), English descriptors glued to a known name \
(\"Wonson’s Seaside Resort\"), a lone word another language uses far more than Portuguese \
(\"warship\", \"tiburón\") or spelt as Portuguese never is (Galician \"quenlla\", English \
\"pedaled\"), a word capitalised only because it opens a sentence that goes on in \
Portuguese (\"Understandably traumático\"), and a loanword next to such words, which alone \
would be taken for Portuguese (\"o seu outgoing nanny\"). Names, \
acronyms, numbers, URLs, glossary entries, words of the target lexicon and loanwords \
Portuguese text uses (\"site\", \"show\", \"rapper\", \"startup\") are not reported; neither \
are terms the text says are foreign (\"(do inglês image hose)\", \"stab wounds, em inglês\"), nor \
English names the glossary does not know (\"Rady Children's Hospital\", \"São Paulo Fashion Week\"). \
A line, or a wrapped paragraph, wholly in another language is one finding; a word \
reported at several places of a document is one finding, at its first use, whose message \
names the lines of the others. The scientific name of a species (\"Aedes aegypti\", \"E. coli\") \
is Latin in every language and is not reported. A quotation (“…”, «…», \"…\", ‘…’) \
kept in another language on purpose is not reported: a title in title case (“The Art of the \
Deal”), or a term, expression or sentence wholly in one other language (“deep state”, \
« Nous ne céderons jamais »). A quotation mixing Portuguese with English (“nós vamos make \
it”) is checked like any other text unless `allow-quoted = true` is set under \
`[rules.untranslated]` in mtlint.toml: then no quoted text is checked. \
With the source (PO, XLIFF and the other bilingual formats, or \
`--source`), a segment that is its source unchanged (\"Please wait.\" for \"Please wait.\") and words copied from \
the source that are ordinary English words and no Portuguese ones (\"similar highs e lows\") \
are reported with high confidence, short segments too; not a segment of names, numbers or \
code, nor words in quotation marks or a capitalised word inside a sentence (a name or a \
title).",
    why: "A reader sees untranslated text at once; spell-checkers ignore it when it is \
capitalised, and MT output leaves it wherever a word was missing from its dictionaries.",
    example: "Kim foi ao Wonson’s Seaside Resort  →  English: \"’s Seaside Resort\"",
    fix: "Display only: a translation is suggested only where a glossary entry lists the span \
as its source form; otherwise a translator has to write one. For a Galician or Spanish \
spelling the note gives the Portuguese word it corresponds to, which may be a false friend.",
};

/// A foreign guess at or above this confidence (against the target alone) is reported.
const MULTI_WORD_THRESHOLD: f64 = 0.85;
const SINGLE_WORD_THRESHOLD: f64 = 0.95;
/// A lone word also needs this confidence among all languages, and this many letters.
const SINGLE_WORD_CONFIDENCE: f64 = 0.9;
const SINGLE_WORD_MIN_CHARS: usize = 4;
const CAPITALISED_THRESHOLD: f64 = 0.9;
const LINE_THRESHOLD: f64 = 0.9;

/// How many target-lexicon words a foreign run may bridge or take in on each side.
const BRIDGE: usize = 2;
const GROW_TOLERANCE: f64 = 0.05;

/// The data the rule needs, compiled once per checker.
#[derive(Debug)]
pub(crate) struct Untranslated {
    target: Option<Language>,
    /// Folded source forms of glossary entries ("port city") to the entry's preferred form.
    source_forms: FxHashMap<String, String>,
    /// The target profile's usage table and lexicon, which a word's evidence is read from.
    evidence: Option<Evidence<'static>>,
    /// How the source language writes names (for the part that reads the source).
    names: Option<mtlint_compare::names::SourceProfile>,
}

impl Untranslated {
    pub fn new(
        index: &TermIndex,
        target: Option<Language>,
        evidence: Option<Evidence<'static>>,
    ) -> Self {
        let mut source_forms = FxHashMap::default();
        for term in &index.terms {
            for source in &term.source {
                let key = FormWords::new(source).words.join(" ");
                if !key.is_empty() {
                    source_forms
                        .entry(key)
                        .or_insert_with(|| term.preferred.clone());
                }
            }
        }
        // Without a lexicon and a usage table of the target every word would look
        // foreign: the rule runs only for languages whose profile has both.
        let target = target.filter(|_| evidence.is_some());
        Untranslated {
            target,
            source_forms,
            evidence,
            names: None,
        }
    }

    /// Finds untranslated spans in one stretch.
    fn check(&self, ctx: &mut Context<'_, '_>) {
        let (Some(target), Some(on)) = (self.target, self.evidence) else {
            return; // no lingua model or no word data for the target: nothing to go on
        };
        let (text, tokens, glossary) = (ctx.text, ctx.tokens, ctx.glossary);
        if tokens.len() == 0 {
            return;
        }
        let lexicon = on.lexicon;
        if ctx.words.classes.len() != tokens.len() {
            return; // the profile has no usage table to classify the words with
        }
        // Words of a quotation kept in another language on purpose (a title, a foreign
        // term or sentence) are no evidence of a language; with `allow-quoted`, no
        // quoted word is.
        let quoted = quoted_classes(text, tokens, &ctx.words.classes, ctx.flag("allow-quoted"), target);
        let classes = quoted.as_deref().unwrap_or(&ctx.words.classes[..]);
        let out = &mut *ctx.findings;
        let mut done = vec![false; tokens.len()];
        let judge = |line: std::ops::Range<usize>| {
            let range = ByteRange::new(
                tokens.tokens[line.start].range.start,
                tokens.tokens[line.end - 1].range.end,
            );
            score_span(&text[range.as_range()], target, SpanLanguages::All)
                .filter(|g| g.is_top && g.against_target >= LINE_THRESHOLD)
        };
        for block in untranslated_blocks(text, tokens, classes, judge) {
            out.push(block_finding(tokens, &block));
            done[block.tokens].fill(true);
        }
        let lists = (lexicon, &ctx.profile.words);
        self.lowercase_runs(text, tokens, classes, &done, lists, target, out);
        let misrendered = misrendered_names(glossary, tokens.len());
        self.name_descriptors(text, tokens, classes, &done, &misrendered, target, out);
    }

    /// Runs of lowercase words the lexicon does not know, with English function words and
    /// possessives: "stab wounds", "of the", "cuchillada".
    #[allow(clippy::too_many_arguments)]
    fn lowercase_runs(
        &self,
        text: &str,
        tokens: &Tokens,
        classes: &[Class],
        done: &[bool],
        (lexicon, words): (&Lexicon, &WordLists),
        target: Language,
        out: &mut Vec<Finding>,
    ) {
        let member = |i: usize| {
            !done[i]
                && matches!(
                    classes[i],
                    Class::Foreign | Class::Function | Class::Possessive | Class::Loan
                )
        };
        let mut found = Vec::new();
        let mut i = 0;
        while i < tokens.len() {
            if !member(i) || classes[i] == Class::Possessive {
                i += 1;
                continue;
            }
            let start = i;
            let mut end = i + 1;
            // Extend through members, and through up to `BRIDGE` lowercase target words
            // between two members: English shares words with Portuguese ("prime", "city").
            let mut k = end;
            while k < tokens.len() && joined(text, tokens, k - 1) {
                if member(k) {
                    end = k + 1;
                } else if !(bridgeable(text, tokens, classes, done, k) && k - end < BRIDGE) {
                    break;
                }
                k += 1;
            }
            i = end;
            let foreign = (start..end)
                .filter(|&k| classes[k] == Class::Foreign)
                .count();
            let evidence = (start..end)
                .filter(|&k| matches!(classes[k], Class::Foreign | Class::Function | Class::Loan))
                .count();
            if foreign == 0 && evidence < 2 {
                continue; // a lone "in", "on" or loanword: too weak alone
            }
            if self.evidence.is_some_and(|on| adopted_phrase(tokens, classes, start..end, on.usage)) {
                continue; // "home office": loanwords Portuguese uses, side by side
            }
            if repetitive(tokens, start..end) {
                continue; // "nah nah na nah nah", "lá lá lá": a sound, not a language
            }
            match self.judge_run(text, tokens, classes, done, start..end, target) {
                Some(run) => found.push(run),
                // lingua is not sure of the run as a whole ("wacky" + a name-like word): its
                // words may still be foreign one by one.
                None => found.extend(self.word_findings(text, tokens, classes, start..end)),
            }
        }
        let Some(on) = self.evidence else {
            return;
        };
        let neighbours = Neighbours {
            text,
            tokens,
            classes,
            done,
            lexicon,
            usage: on.usage,
            english: on.source,
        };
        for span in neighbours.spread(found) {
            let range = span.range(tokens);
            if !cited(text, range, words) {
                out.push(self.named_finding(text, range, &span.language, span.confidence));
            }
        }
    }

    /// Scores a run, grown by shared words on either side while lingua grows surer
    /// ("port city" before "of the"), and reports it if lingua is sure enough.
    fn judge_run(
        &self,
        text: &str,
        tokens: &Tokens,
        classes: &[Class],
        done: &[bool],
        run: std::ops::Range<usize>,
        target: Language,
    ) -> Option<Found> {
        let span = |r: &std::ops::Range<usize>| {
            ByteRange::new(
                tokens.tokens[r.start].range.start,
                tokens.tokens[r.end - 1].range.end,
            )
        };
        let words = (run.clone())
            .filter(|&k| classes[k] != Class::Possessive)
            .count();
        if words < 2 {
            return self.lone_word(text, tokens, classes, run, target);
        }
        let mut run = run;
        let mut guess = score_span(&text[span(&run).as_range()], target, SpanLanguages::All)?;
        if guess.is_top && guess.against_target >= MULTI_WORD_THRESHOLD {
            for _ in 0..=BRIDGE {
                let mut grown = false;
                if run.start > 0
                    && bridgeable(text, tokens, classes, done, run.start - 1)
                    && joined(text, tokens, run.start - 1)
                {
                    let wider = run.start - 1..run.end;
                    // The wider span is scored only for a word that leans the run's way.
                    let leans = leans_to(text, tokens, run.start - 1, guess.language, target);
                    let g = leans
                        .then(|| score_span(&text[span(&wider).as_range()], target, SpanLanguages::All))
                        .flatten();
                    if let Some(g) = g.filter(|&g| keeps_language(guess, g)) {
                        (run, guess, grown) = (wider, g, true);
                    }
                }
                if run.end < tokens.len()
                    && bridgeable(text, tokens, classes, done, run.end)
                    && joined(text, tokens, run.end - 1)
                {
                    let wider = run.start..run.end + 1;
                    // The wider span is scored only for a word that leans the run's way.
                    let leans = leans_to(text, tokens, run.end, guess.language, target);
                    let g = leans
                        .then(|| score_span(&text[span(&wider).as_range()], target, SpanLanguages::All))
                        .flatten();
                    if let Some(g) = g.filter(|&g| keeps_language(guess, g)) {
                        (run, guess, grown) = (wider, g, true);
                    }
                }
                if !grown {
                    break;
                }
            }
            return Some(Found::guessed(run, guess));
        }
        None
    }

    /// A run with one word the target lexicon lacks: foreign when another language uses it
    /// far more than Portuguese does, or (for words no list knows) when lingua is sure.
    fn lone_word(
        &self,
        text: &str,
        tokens: &Tokens,
        classes: &[Class],
        run: std::ops::Range<usize>,
        target: Language,
    ) -> Option<Found> {
        let range = ByteRange::new(
            tokens.tokens[run.start].range.start,
            tokens.tokens[run.end - 1].range.end,
        );
        let word = &text[range.as_range()];
        if word.chars().count() < SINGLE_WORD_MIN_CHARS {
            return None;
        }
        let foreign = run.clone().find(|&k| classes[k] == Class::Foreign)?;
        let on = self.evidence?;
        if let Some((language, confidence)) = remembered_word_evidence(tokens.folded(foreign), on) {
            return Some(Found::new(run, language, confidence));
        }
        if on
            .usage
            .get(tokens.folded(foreign))
            .is_some()
        {
            // The usage lists know the word and found no evidence: lingua, which knows
            // less about one word than they do, is not asked.
            return None;
        }
        let guess = score_span(word, target, SpanLanguages::All)?;
        lone_word_is_foreign(word, guess).then(|| Found::guessed(run, guess))
    }

    /// The words of `run` that are foreign on their own evidence (usage, spelling), each
    /// run of neighbours in one language as one span.
    fn word_findings(
        &self,
        text: &str,
        tokens: &Tokens,
        classes: &[Class],
        run: std::ops::Range<usize>,
    ) -> Vec<Found> {
        let mut found: Vec<Found> = Vec::new();
        for k in run {
            let evidence = (classes[k] == Class::Foreign && long_enough(text, tokens, k))
                .then(|| self.evidence.and_then(|on| remembered_word_evidence(tokens.folded(k), on)))
                .flatten();
            let Some((language, confidence)) = evidence else {
                continue;
            };
            match found.last_mut() {
                Some(last)
                    if last.words.end == k
                        && last.language == language
                        && joined(text, tokens, k - 1) =>
                {
                    last.words.end = k + 1;
                    last.confidence = last.confidence.min(confidence);
                }
                _ => found.push(Found::new(k..k + 1, language, confidence)),
            }
        }
        found
    }

    fn finding(&self, text: &str, range: ByteRange, guess: ForeignGuess) -> Finding {
        let language = guess.language.to_string();
        self.named_finding(text, range, &language, guess.against_target)
    }

    fn named_finding(
        &self,
        text: &str,
        range: ByteRange,
        language: &str,
        confidence: f64,
    ) -> Finding {
        thread_local! {
            /// A buffer for the words of the span and for its key, reused by every finding.
            static KEY: std::cell::RefCell<(Tokens, String)> = std::cell::RefCell::default();
        }
        let found = &text[range.as_range()];
        // The message is pieced together: `format!` cost as much as the rest of a finding.
        const LOOKS: &str = "\" looks untranslated: it is ";
        let mut message = String::with_capacity(1 + found.len() + LOOKS.len() + language.len());
        message.push('"');
        message.push_str(found);
        message.push_str(LOOKS);
        message.push_str(language);
        // A translation is suggested only where a glossary knows it. The key is built as
        // the source forms' are (`FormWords`' words joined by spaces) in the thread's
        // buffers: a vector of words and gaps for each finding was a fifth of this.
        let preferred = (!self.source_forms.is_empty())
            .then(|| {
                KEY.with_borrow_mut(|(words, key)| {
                    words.fill(found, 0);
                    key.clear();
                    for k in 0..words.len() {
                        if k > 0 {
                            key.push(' ');
                        }
                        key.push_str(words.folded(k));
                    }
                    self.source_forms.get(key.as_str()).cloned()
                })
            })
            .flatten();
        let glossary = preferred.map(|replacement| Suggestion {
            range,
            replacement,
            applicability: Applicability::DisplayOnly,
        });
        // A respelling keeps the word but may not be the word the sentence needs (a false
        // friend of the pivot language): a hint in the note, not a suggestion.
        let note = glossary
            .is_none()
            .then(|| self.evidence.and_then(|on| respelt(found, language, on)))
            .flatten()
            .map(|portuguese| {
                format!(
                    "the Portuguese spelling of this word is \"{portuguese}\"; check that it is \
                     the word the sentence needs (the pivot language has false friends)"
                )
            });
        reported(
            range,
            message,
            glossary.into_iter().collect(),
            note,
            confidence,
        )
    }
}

/// The stretch's classes with the words of quotations neutralised (every quotation's when
/// `all`, else the deliberate ones'), or `None` when the stretch quotes nothing.
fn quoted_classes(
    text: &str,
    tokens: &Tokens,
    classes: &[Class],
    all: bool,
    target: Language,
) -> Option<Vec<Class>> {
    const MARKS: &[char] = &['"', '“', '„', '«', '‘', '\''];
    let (first, last) = (tokens.tokens.first()?, tokens.tokens.last()?);
    let start = text[..first.range.start].rfind('\n').map_or(0, |nl| nl + 1);
    let end = text[last.range.end..].find('\n').map_or(text.len(), |nl| last.range.end + nl);
    // Most stretches of prose hold no byte of a mark (`may_open`, a byte scan); a char
    // scan of the whole stretch tells the others.
    if !crate::quotes::may_open(&text[start..end]) || !text[start..end].contains(MARKS) {
        return None;
    }
    let mut own = classes.to_vec();
    if all {
        neutralise_quoted(text, tokens, &mut own);
    } else {
        quoted::neutralise_deliberate(text, tokens, &mut own, target);
    }
    Some(own)
}

/// One finding for untranslated lines: a line, or the lines of a paragraph.
fn block_finding(tokens: &Tokens, block: &Block) -> Finding {
    let range = ByteRange::new(
        tokens.tokens[block.tokens.start].range.start,
        tokens.tokens[block.tokens.end - 1].range.end,
    );
    let unit = if block.lines > 1 { "paragraph" } else { "line" };
    let language = block.guess.language;
    let message = format!("this {unit} looks untranslated: it is in {language}");
    reported(range, message, Vec::new(), None, block.guess.against_target)
}

/// A finding of this rule.
fn reported(
    range: ByteRange,
    message: String,
    suggestions: Vec<Suggestion>,
    note: Option<String>,
    confidence: f64,
) -> Finding {
    Finding {
        suggestions,
        note,
        confidence: Some(confidence as f32),
        ..Finding::new(Rule::Untranslated, range, message)
    }
}

/// Whether a grown span is still as foreign as the run: same language, confidence above
/// the threshold and not much lower (a shared word such as "of" costs a little).
fn keeps_language(run: ForeignGuess, grown: ForeignGuess) -> bool {
    grown.language == run.language
        && grown.is_top
        && grown.against_target >= MULTI_WORD_THRESHOLD.max(run.against_target - GROW_TOLERANCE)
}

/// Whether lingua, on word `k` alone, prefers `language` to the target: "city" leans to
/// English, "ontem" does not.
fn leans_to(text: &str, tokens: &Tokens, k: usize, language: Language, target: Language) -> bool {
    let word = &text[tokens.tokens[k].range.as_range()];
    let values = crate::language::confidence_values(word, SpanLanguages::All);
    let of = |l: Language| {
        values
            .iter()
            .find(|(v, _)| *v == l)
            .map_or(0.0, |(_, c)| *c)
    };
    of(language) > of(target)
}

/// Whether some language other than the target is more likely for token `k` than the
/// target: when none is, `leans_to` is false for every language.
fn leans_away(text: &str, tokens: &Tokens, k: usize, target: Language) -> bool {
    let word = &text[tokens.tokens[k].range.as_range()];
    let values = crate::language::confidence_values(word, SpanLanguages::All);
    let of_target = values
        .iter()
        .find(|(v, _)| *v == target)
        .map_or(0.0, |(_, c)| *c);
    values.iter().any(|(v, c)| *v != target && *c > of_target)
}

/// Whether token `k` is a lowercase target word a foreign run may take in ("prime" in
/// "the prime minister").
fn bridgeable(text: &str, tokens: &Tokens, classes: &[Class], done: &[bool], k: usize) -> bool {
    !done[k]
        && matches!(classes[k], Class::Known | Class::Unaccented)
        && !starts_upper(text, tokens, k)
}

/// Whether a lone unknown word is reported: lingua must be sure among all its languages,
/// not only against the target. A lone English word the lexicon lacks is far more often a
/// loanword than an MT leak ("rapper", "startup"), and lingua takes English loanwords for
/// German ("gangsters") with middling confidence; short words ("pwp") are noise.
fn lone_word_is_foreign(word: &str, guess: ForeignGuess) -> bool {
    guess.language != Language::English
        && word.chars().count() >= SINGLE_WORD_MIN_CHARS
        && guess.is_top
        && guess.confidence >= SINGLE_WORD_CONFIDENCE
        && guess.against_target >= SINGLE_WORD_THRESHOLD
}

/// Whether word `k` has letters enough to be judged on its own ("pwp" is noise).
fn long_enough(text: &str, tokens: &Tokens, k: usize) -> bool {
    text[tokens.tokens[k].range.as_range()].chars().count() >= SINGLE_WORD_MIN_CHARS
}

/// A loanword whose usage in English leads Portuguese by less than this (Zipf; 1.5 is
/// about 30 times) is well taken: "home" 1.3, "office" 1.3. Words English text uses far
/// more are quoted rather than adopted: "stab" 1.9, "wounds" 1.9.
const ADOPTED_LEAD: f64 = 1.5;

/// Whether a run is made of loanwords only, each well taken: a phrase Portuguese has
/// adopted ("home office", "fake news"), not English left in the text.
fn adopted_phrase(
    tokens: &Tokens,
    classes: &[Class],
    run: std::ops::Range<usize>,
    usage: &UsageTable,
) -> bool {
    let mut loans = 0;
    for k in run {
        match classes[k] {
            Class::Loan => {
                let lead = usage.get(tokens.folded(k)).and_then(|u| u.lead());
                if lead.is_none_or(|(_, lead)| lead >= ADOPTED_LEAD) {
                    return false;
                }
                loans += 1;
            }
            Class::Known | Class::Unaccented => {}
            _ => return false,
        }
    }
    loans >= 2
}

/// Whether a run of three or more words repeats itself so much (half its words or more
/// are repeats) that it is a sound or a refrain rather than text in a language.
fn repetitive(tokens: &Tokens, run: std::ops::Range<usize>) -> bool {
    if run.len() < 3 {
        return false;
    }
    let distinct: rustc_hash::FxHashSet<&str> = run.clone().map(|k| tokens.folded(k)).collect();
    distinct.len() * 2 <= run.len()
}
