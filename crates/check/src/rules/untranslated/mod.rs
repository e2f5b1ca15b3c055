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

use lingua::Language;
use mtlint_lexicon::Lexicon;
use rustc_hash::FxHashMap;

mod classify;
mod descriptors;
mod evidence;
mod lines;
mod neighbours;

use classify::{classify, neutralise_quoted, Class};
pub(crate) use classify::{in_url_or_code, opens_sentence, prefixed_word};
use descriptors::misrendered_names;
pub(crate) use evidence::english_letter_group;
use evidence::{respelt, word_evidence};
use lines::{untranslated_blocks, Block};
use neighbours::{Found, Neighbours};

use crate::language::{score_span, ForeignGuess, SpanLanguages};
use crate::term_index::{TermIndex, TermMatch};
use crate::tokens::{FormWords, Tokens};
use crate::{Applicability, ByteRange, Finding, Rule, RuleDoc, Suggestion};

pub(crate) static DOC: RuleDoc = RuleDoc {
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
A line, or a wrapped paragraph, wholly in another language is one finding. Text inside quotation marks (“…”, «…», \"…\", \
‘…’) is checked like any other unless `allow-quoted = true` is set under \
`[rules.untranslated]` in mtlint.toml: then titles quoted in the original (“Gone with the \
wind”) are left alone.",
    why: "A reader sees untranslated text at once; spell-checkers ignore it when it is \
capitalised, and MT output leaves it wherever a word was missing from its dictionaries.",
    example: "Kim foi ao Wonson’s Seaside Resort  →  English: \"’s Seaside Resort\"",
    fix: "Display only: a translation is suggested only where a glossary entry lists the span \
as its source form; otherwise a translator has to write one. For a Galician or Spanish \
spelling the note gives the Portuguese word it corresponds to, which may be a false friend.",
};

/// Words of a stretch that other word rules want, met by `untranslated` on its way.
#[derive(Debug, Default)]
pub(crate) struct MetWords {
    /// Target words written without their accent: `missing-accent`'s candidates.
    pub unaccented: Vec<usize>,
    /// Words the lexicon lacks (names, foreign words) and words with letters and digits:
    /// `run-together`'s candidates.
    pub glued: Vec<usize>,
}

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
    /// Words inside quotation marks are no evidence of a language (quoted titles).
    allow_quoted: bool,
}

impl Untranslated {
    pub fn new(index: &TermIndex, target: Option<Language>, allow_quoted: bool) -> Self {
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
        // Without a lexicon of the target every word would look foreign: the rule runs only
        // for languages mtlint ships a lexicon for.
        let target = target.filter(|&l| l == Language::Portuguese);
        Untranslated {
            target,
            source_forms,
            allow_quoted,
        }
    }

    /// Whether the target language has a lexicon, so that word-level checks of its
    /// spelling (this rule, `missing-accent`) can run.
    pub fn runs(&self) -> bool {
        self.target.is_some()
    }

    /// Finds untranslated spans in one stretch whose words are `tokens`, and adds to `met`
    /// the candidates of the other word rules it met while classifying the words, at no
    /// extra cost: target words written without their accent (`missing-accent`) and words
    /// the lexicon lacks or that mix letters and digits (`run-together`).
    pub fn check(
        &self,
        text: &str,
        tokens: &Tokens,
        glossary: &[TermMatch],
        lexicon: &Lexicon,
        out: &mut Vec<Finding>,
        met: &mut MetWords,
    ) {
        let Some(target) = self.target else {
            return; // lingua has no model for the target: nothing to compare against
        };
        if tokens.len() == 0 {
            return;
        }
        let mut classes = classify(text, tokens, glossary, lexicon);
        for (k, class) in classes.iter().enumerate() {
            match class {
                Class::Unaccented => met.unaccented.push(k),
                Class::Foreign | Class::Capital => met.glued.push(k),
                // Numbers are not looked up: only those with letters may be glued words.
                Class::Neutral
                    if tokens.folded(k).bytes().any(|b| b.is_ascii_digit())
                        && tokens.folded(k).chars().any(char::is_alphabetic) =>
                {
                    met.glued.push(k);
                }
                _ => {}
            }
        }
        if self.allow_quoted {
            neutralise_quoted(text, tokens, &mut classes);
        }
        let mut done = vec![false; tokens.len()];
        let judge = |line: std::ops::Range<usize>| {
            let range = ByteRange::new(
                tokens.tokens[line.start].range.start,
                tokens.tokens[line.end - 1].range.end,
            );
            score_span(&text[range.as_range()], target, SpanLanguages::All)
                .filter(|g| g.is_top && g.against_target >= LINE_THRESHOLD)
        };
        for block in untranslated_blocks(text, tokens, &classes, judge) {
            out.push(block_finding(tokens, &block));
            done[block.tokens].fill(true);
        }
        self.lowercase_runs(text, tokens, &classes, &done, lexicon, target, out);
        let misrendered = misrendered_names(glossary, tokens.len());
        self.name_descriptors(text, tokens, &classes, &done, &misrendered, target, out);
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
        lexicon: &Lexicon,
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
            if adopted_phrase(tokens, classes, start..end) {
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
        let neighbours = Neighbours {
            text,
            tokens,
            classes,
            done,
            lexicon,
        };
        for span in neighbours.spread(found) {
            let range = span.range(tokens);
            if !cited(text, range) {
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
                    let leans = leans_to(text, tokens, run.start - 1, guess.language, target);
                    if let Some(g) =
                        score_span(&text[span(&wider).as_range()], target, SpanLanguages::All)
                    {
                        if leans && keeps_language(guess, g) {
                            (run, guess, grown) = (wider, g, true);
                        }
                    }
                }
                if run.end < tokens.len()
                    && bridgeable(text, tokens, classes, done, run.end)
                    && joined(text, tokens, run.end - 1)
                {
                    let wider = run.start..run.end + 1;
                    let leans = leans_to(text, tokens, run.end, guess.language, target);
                    if let Some(g) =
                        score_span(&text[span(&wider).as_range()], target, SpanLanguages::All)
                    {
                        if leans && keeps_language(guess, g) {
                            (run, guess, grown) = (wider, g, true);
                        }
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
        if let Some((language, confidence)) = word_evidence(tokens.folded(foreign)) {
            return Some(Found::new(run, language, confidence));
        }
        if mtlint_lexicon::usage()
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
                .then(|| word_evidence(tokens.folded(k)))
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
        let found = &text[range.as_range()];
        let message = format!("\"{found}\" looks untranslated: it is {language}");
        let key = FormWords::new(found).words.join(" ");
        // A translation is suggested only where a glossary knows it.
        let glossary = self.source_forms.get(&key).map(|preferred| Suggestion {
            range,
            replacement: preferred.clone(),
            applicability: Applicability::DisplayOnly,
        });
        // A respelling keeps the word but may not be the word the sentence needs (a false
        // friend of the pivot language): a hint in the note, not a suggestion.
        let note = glossary
            .is_none()
            .then(|| respelt(found, language))
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

/// Portuguese names of the languages a text cites terms in, after "em", "do" or "no":
/// "(do inglês image hose)", "em inglês, stab wounds", "no original".
const CITED_IN: &[&str] = &[
    "inglês",
    "espanhol",
    "castelhano",
    "francês",
    "alemão",
    "italiano",
    "latim",
    "original",
];

/// Whether the text says the span is a term of another language: "em inglês" or "do
/// inglês" shortly before it, in the same clause ("um tubo de imagens (do inglês image
/// hose)"), or right after it ("stab wounds, em inglês"). A writer who names the language
/// quotes the term on purpose.
fn cited(text: &str, range: ByteRange) -> bool {
    const MARKS: &[char] = &[
        ' ', '\t', '\u{a0}', ',', ':', '"', '“', '”', '«', '»', '‘', '’', '\'', '(', ')',
    ];
    /// How many words may stand between "do inglês" and the span ("image" of "image hose").
    const BETWEEN: usize = 2;
    let names_language = |pair: &[String]| {
        matches!(pair, [preposition, language]
            if matches!(preposition.as_str(), "em" | "do" | "no")
                && CITED_IN.contains(&language.as_str()))
    };
    let near = last_clause_words(&text[..range.start], BETWEEN + 2);
    if near.windows(2).any(names_language) {
        return true;
    }
    let after = first_clause_words(text[range.end..].trim_start_matches(MARKS), 2);
    after.len() >= 2 && names_language(&after[..2])
}

/// Ends a clause for [`cited`].
fn clause_end(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | ';' | '\n')
}

/// The last `n` words (runs of letters, lowercased) of the clause `before` ends in, read
/// backwards from its end and no further than needed: reading the whole clause for each
/// word made a long text without a full stop quadratic.
fn last_clause_words(before: &str, n: usize) -> Vec<String> {
    let mut words = Vec::new();
    let mut end: Option<usize> = None;
    for (i, c) in before.char_indices().rev() {
        if c.is_alphabetic() {
            end.get_or_insert(i + c.len_utf8());
            continue;
        }
        if let Some(e) = end.take() {
            words.push(before[i + c.len_utf8()..e].to_lowercase());
            if words.len() == n {
                break;
            }
        }
        if clause_end(c) {
            break;
        }
    }
    if let Some(e) = end {
        if words.len() < n {
            words.push(before[..e].to_lowercase());
        }
    }
    words.reverse();
    words
}

/// The first `n` words of the clause `after` starts, read no further than needed.
fn first_clause_words(after: &str, n: usize) -> Vec<String> {
    let mut words = Vec::new();
    let mut start: Option<usize> = None;
    for (i, c) in after.char_indices() {
        if c.is_alphabetic() {
            start.get_or_insert(i);
            continue;
        }
        if let Some(s) = start.take() {
            words.push(after[s..i].to_lowercase());
            if words.len() == n {
                return words;
            }
        }
        if clause_end(c) {
            return words;
        }
    }
    if let Some(s) = start {
        words.push(after[s..].to_lowercase());
    }
    words
}

/// Whether word `k` has letters enough to be judged on its own ("pwp" is noise).
fn long_enough(text: &str, tokens: &Tokens, k: usize) -> bool {
    text[tokens.tokens[k].range.as_range()].chars().count() >= SINGLE_WORD_MIN_CHARS
}

fn starts_upper(text: &str, tokens: &Tokens, k: usize) -> bool {
    text[tokens.tokens[k].range.as_range()]
        .chars()
        .next()
        .is_some_and(char::is_uppercase)
}

/// Whether token `k` and token `k + 1` belong to one phrase: only spaces, one hyphen or
/// one apostrophe between them (no sentence punctuation, no line break).
fn joined(text: &str, tokens: &Tokens, k: usize) -> bool {
    let gap = &text[tokens.tokens[k].range.end..tokens.tokens[k + 1].range.start];
    match gap {
        "-" | "'" | "\u{2019}" => true,
        _ => !gap.is_empty() && gap.chars().all(|c| c == ' ' || c == '\u{a0}' || c == '\t'),
    }
}

/// A loanword whose usage in English leads Portuguese by less than this (Zipf; 1.5 is
/// about 30 times) is well taken: "home" 1.3, "office" 1.3. Words English text uses far
/// more are quoted rather than adopted: "stab" 1.9, "wounds" 1.9.
const ADOPTED_LEAD: f64 = 1.5;

/// Whether a run is made of loanwords only, each well taken: a phrase Portuguese has
/// adopted ("home office", "fake news"), not English left in the text.
fn adopted_phrase(tokens: &Tokens, classes: &[Class], run: std::ops::Range<usize>) -> bool {
    let usage = mtlint_lexicon::usage();
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

#[cfg(test)]
mod tests {
    use crate::{Checker, Finding, Rule};

    const PLACES: &str = r#"
[glossary]
name = "test places"
lang = "pt"
source-lang = "en"

[[term]]
use = "Wonsan"
kind = "place"
avoid = ["Wanson", "Wonson"]
source = ["Wonsan"]

[[term]]
use = "ferimento à bala"
kind = "term"
source = ["gunshot wound"]
"#;

    fn checker() -> Checker {
        crate::test_support::checker("pt", PLACES, &[])
    }

    fn untranslated(text: &str) -> Vec<(String, String)> {
        checker()
            .check(text)
            .into_iter()
            .filter(|f: &Finding| f.rule == Rule::Untranslated)
            .map(|f| (text[f.range.as_range()].to_string(), f.message))
            .collect()
    }

    #[test]
    fn english_descriptors_of_a_known_name() {
        let found = untranslated(
            "O líder chegou em Lavrov Port City Wanson.\nKim foi ao Wonson’s Seaside Resort para cumprimentar seu convidado.",
        );
        let spans: Vec<&str> = found.iter().map(|(s, _)| s.as_str()).collect();
        assert_eq!(spans, ["Port City", "’s Seaside Resort"], "{found:?}");
        assert!(found.iter().all(|(_, m)| m.contains("English")));
    }

    #[test]
    fn a_correct_name_anchors_english_only_through_a_possessive() {
        // Event and brand names keep their English ("São Paulo Fashion Week"): next to a
        // name the MT got right, capitalised English is no evidence by itself.
        assert_eq!(
            untranslated("A modelo desfilou na Wonsan Fashion Week deste ano."),
            vec![]
        );
        let found = untranslated("Kim foi ao Wonsan’s Seaside Resort ontem.");
        let spans: Vec<&str> = found.iter().map(|(s, _)| s.as_str()).collect();
        assert_eq!(spans, ["’s Seaside Resort"], "{found:?}");
        // Next to a misrendered name, it is the MT's leftover.
        let found = untranslated("A modelo desfilou na Wanson Fashion Week deste ano.");
        let spans: Vec<&str> = found.iter().map(|(s, _)| s.as_str()).collect();
        assert_eq!(spans, ["Fashion Week"], "{found:?}");
    }

    #[test]
    fn english_phrase_inside_a_portuguese_sentence() {
        let found =
            untranslated("O governo anunciou ontem que the prime minister will resign em breve.");
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].0.contains("prime minister"), "{found:?}");
        assert!(found[0].1.contains("English"));
    }

    #[test]
    fn spanish_word_leaking_through_a_pivot() {
        let found = untranslated("A vítima tinha feridas de cuchillada no braço.");
        assert_eq!(
            found,
            [(
                "cuchillada".to_string(),
                "\"cuchillada\" looks untranslated: it is Spanish".to_string()
            )]
        );
    }

    #[test]
    fn french_phrase() {
        let found = untranslated(
            "O ministro disse que a reunião aconteceu avec le président ontem à noite.",
        );
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].0.contains("avec le président"), "{found:?}");
        assert!(found[0].1.contains("French"), "{found:?}");
    }

    #[test]
    fn a_whole_untranslated_line_is_one_finding() {
        let text = "O ministro elogiou a aliança.\nThe minister praised the military alliance with his country on Saturday.\nDepois voltou a Moscou.";
        let found = untranslated(text);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(
            found[0].0.starts_with("The minister") && found[0].0.ends_with("Saturday"),
            "{found:?}"
        );
        assert!(
            found[0].1.contains("line") && found[0].1.contains("English"),
            "{found:?}"
        );
    }

    #[test]
    fn a_wrapped_untranslated_paragraph_is_one_finding() {
        let text = "O ministro russo chegou ontem a Pyongyang para uma visita.\n\n\
                    The minister said that the talks had been very productive and that both\n\
                    countries would continue to work together on a range of issues in the\n\
                    coming months.\n\n\
                    O líder norte-coreano recebeu o ministro no aeroporto.";
        let found = untranslated(text);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(
            found[0].0.starts_with("The minister") && found[0].0.ends_with("coming months"),
            "{found:?}"
        );
        assert!(
            found[0].1.contains("paragraph") && found[0].1.contains("English"),
            "{found:?}"
        );
    }

    #[test]
    fn untranslated_lines_of_two_paragraphs_are_two_findings() {
        // One sentence a line with no blank line between (NTREX, subtitles): each English
        // line among Portuguese ones is its own finding; a blank line ends a paragraph.
        let text = "The minister praised the military alliance with his country on Saturday.\n\n\
                    He said the two countries would keep working together in the coming years.\n\
                    O ministro voltou a Moscou.";
        let found = untranslated(text);
        assert_eq!(found.len(), 2, "{found:?}");
        assert!(
            found.iter().all(|(_, m)| m.contains("this line")),
            "{found:?}"
        );
    }

    #[test]
    fn names_acronyms_numbers_and_urls_are_not_foreign() {
        let text =
            "O presidente Vladimir Putin recebeu Kim Jong Un em Pyongyang; a KCTV mostrou 30.000 \
soldados e o Rady Children's Hospital, em San Diego, publicou tudo em www.example.com/news.";
        assert_eq!(untranslated(text), []);
    }

    #[test]
    fn loanwords_of_the_lexicon_are_portuguese() {
        let text =
            "O site mostrou o show de marketing digital e o shopping lotou no fim de semana.";
        assert_eq!(untranslated(text), []);
    }

    #[test]
    fn a_lone_english_word_is_taken_for_a_loanword() {
        assert_eq!(
            untranslated("O rapper lançou uma startup no ano passado."),
            []
        );
    }

    #[test]
    fn loanwords_portuguese_text_uses_are_not_reported() {
        // Real sentences of the NTREX human references: wordfreq's Portuguese list has
        // "chef", "pubs", "tweet"; "tackles" is the plural of the "tackle" it has.
        for text in [
            "Os bares e pubs focados em bebidas tiveram um bom ano.",
            "O chef publicou um tweet sobre o novo restaurante.",
            "Ele fez o chamado \"tackle\" cinco vezes, totalizando 18 tackles na temporada.",
            // Two loans side by side, each well taken, are an adopted phrase.
            "A empresa adotou o home office durante a pandemia.",
        ] {
            assert_eq!(untranslated(text), [], "{text}");
        }
        // Loans Portuguese text only quotes still make English together.
        let found = untranslated("A vítima tinha stab wounds no peito.");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].0, "stab wounds");
    }

    #[test]
    fn a_lone_word_other_languages_use_and_portuguese_does_not() {
        // Apertium's output for NTREX: English words it did not know, and Spanish words
        // its pivot left.
        let found = untranslated("Os separatists bloquearam a estrada com debris da explosão.");
        let spans: Vec<&str> = found.iter().map(|(s, _)| s.as_str()).collect();
        assert_eq!(spans, ["separatists", "debris"], "{found:?}");
        assert!(
            found.iter().all(|(_, m)| m.contains("English")),
            "{found:?}"
        );
        let found = untranslated("O tubarão era na verdade um tiburón de três metros.");
        assert_eq!(
            found,
            [(
                "tiburón".to_string(),
                "\"tiburón\" looks untranslated: it is Spanish".to_string()
            )]
        );
    }

    #[test]
    fn english_that_portuguese_web_text_only_quotes_is_english_alone() {
        // Apertium's output of lingua's English test sentences: "further" (English 5.3,
        // Portuguese 2.8) and "somehow" lead by 200x or more; no loanword does.
        for (text, word) in [
            ("O programa pode ajudar further os alunos.", "further"),
            ("Ele conseguiu somehow chegar a tempo.", "somehow"),
        ] {
            let found = untranslated(text);
            assert_eq!(found.len(), 1, "{found:?}");
            assert_eq!(found[0].0, word);
            assert!(found[0].1.contains("English"), "{found:?}");
        }
        // Loanwords lead by less: "like" 1.9, "tackle" 2.0, "players" 1.9.
        for text in [
            "Ela deu like na foto do cantor.",
            "Ele fez o chamado tackle cinco vezes.",
            "Os players do mercado reagiram bem.",
        ] {
            assert_eq!(untranslated(text), [], "{text}");
        }
    }

    #[test]
    fn a_loanword_next_to_untranslated_words_is_part_of_them() {
        // Apertium's output for NTREX: "nanny" and "grin" are loanwords on their own
        // (Portuguese web text uses them), but leftovers beside a word the MT left.
        let found = untranslated("Ele demitiu o seu outgoing nanny, que era americana.");
        let spans: Vec<&str> = found.iter().map(|(s, _)| s.as_str()).collect();
        assert_eq!(spans, ["outgoing nanny"], "{found:?}");
        // Beside a Galician word, the English neighbour is its own finding, in English.
        let found = untranslated("O filho era um chef com um contaxioso grin.");
        assert_eq!(
            found,
            [
                (
                    "contaxioso".to_string(),
                    "\"contaxioso\" looks untranslated: it is Galician or Spanish".to_string()
                ),
                (
                    "grin".to_string(),
                    "\"grin\" looks untranslated: it is English".to_string()
                )
            ]
        );
        // A word English shares with French ("image") is English next to English.
        let found = untranslated("A janela mostra o deficient image do filtro.");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].0, "deficient image");
        assert!(found[0].1.contains("English"), "{found:?}");
    }

    #[test]
    fn a_term_the_text_says_is_foreign_is_cited() {
        // Real pt-BR text (the GIMP manual): the writer names the language.
        for text in [
            "Um tubo de imagens (do inglês image hose) é um tipo especial de pincel.",
            "A polícia falou em feridas de faca, stab wounds em inglês, no relatório.",
            "Chamou-se a isso, em inglês, \"stab wounds\".",
        ] {
            assert_eq!(untranslated(text), [], "{text}");
        }
        // Without the language named, the same words are untranslated.
        let found = untranslated("Um tubo de imagens image hose é um tipo especial de pincel.");
        assert!(found.iter().any(|(s, _)| s == "hose"), "{found:?}");
        let found = untranslated("A vítima tinha stab wounds no peito, em casa.");
        assert_eq!(found.len(), 1, "{found:?}");
    }

    #[test]
    fn loanwords_stay_loanwords_without_untranslated_neighbours() {
        for text in [
            "A nanny cuidou das crianças e o chef sorriu com um grin largo.",
            // Next to a name or a Portuguese word, growth does not start.
            "O rapper Outgoing lançou uma startup, e a nanny disse que não.",
        ] {
            assert_eq!(untranslated(text), [], "{text}");
        }
        // Growth stops at a word of the lexicon: "cuchillada" alone.
        let found = untranslated("Tinha feridas de cuchillada como nanny.");
        let spans: Vec<&str> = found.iter().map(|(s, _)| s.as_str()).collect();
        assert_eq!(spans, ["cuchillada"], "{found:?}");
    }

    #[test]
    fn words_with_a_portuguese_prefix_are_portuguese() {
        // hunspell's prefix rules are not expanded in the lexicon: "des" + "afortunada".
        let text =
            "A desafortunada fragata levava mísseis antinavios e canhões sobredimensionados.";
        assert_eq!(untranslated(text), []);
    }

    #[test]
    fn a_spanish_word_that_only_looks_prefixed() {
        // "deshonesto" is not "des" + "honesto": Spanish uses it, Portuguese writes
        // "desonesto".
        let found = untranslated("Ele negou as acusações e o depoimento deshonesto.");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].0, "deshonesto");
        assert!(found[0].1.contains("Spanish"), "{found:?}");
    }

    #[test]
    fn galician_spellings_no_list_knows() {
        // Galician left by the en->gl->pt pivot: "quenlla" (jaw), "curmán" (cousin).
        let found = untranslated("O tubarão mordeu a quenlla do curmán dele.");
        let spans: Vec<&str> = found.iter().map(|(s, _)| s.as_str()).collect();
        assert_eq!(spans, ["quenlla", "curmán"], "{found:?}");
        assert!(
            found.iter().all(|(_, m)| m.contains("Galician or Spanish")),
            "{found:?}"
        );
    }

    #[test]
    fn an_english_word_other_languages_borrowed_is_english() {
        // German text writes "dashcam" most, French "accusations": spelt as English, and
        // English is the source language.
        for (text, word) in [
            ("O vídeo da dashcam mostra o carro.", "dashcam"),
            ("Ele negou as accusations do comité.", "accusations"),
        ] {
            let found = untranslated(text);
            assert_eq!(found.len(), 1, "{found:?}");
            assert_eq!(found[0].0, word);
            assert!(found[0].1.ends_with("it is English"), "{found:?}");
        }
    }

    #[test]
    fn a_hyphenated_loanword_is_one_word() {
        // "playoff" is a word Portuguese text uses: "play-off" is that loan, not English.
        assert_eq!(
            untranslated("As equipas envolvidas no play-off vão estar nos torneios."),
            vec![]
        );
    }

    #[test]
    fn a_k_w_or_y_is_english_only_when_the_word_reads_as_english() {
        // Many languages write "k" (Cape Verdean, Bantu names of music genres, garbled
        // words): only a word lingua also reads as English is taken for English.
        assert_eq!(
            untranslated("Do álbum kzobam, o ex-jogador falou de kaldom ontem."),
            vec![]
        );
        let found = untranslated("O velho cowpoke chegou ao rancho.");
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].1.contains("English"), "{found:?}");
    }

    #[test]
    fn a_wrong_accent_is_no_other_language() {
        // Old or hurried Portuguese ("páram", "féra") differs from a lexicon word only by
        // an accent: not Galician or Spanish. Galician's accent on an "i" after a vowel,
        // which Portuguese leaves out, still is.
        assert!(untranslated("Os carros páram quando a féra aparece.").is_empty());
        let found = untranslated("Os constituíntes votaram contra a proposta.");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].0, "constituíntes");
        assert!(found[0].1.contains("Galician or Spanish"), "{found:?}");
    }

    #[test]
    fn galician_verb_forms_no_list_knows() {
        // From the en->gl->pt pivot: an accented conditional, an accented infinitive, an
        // infinitive with its pronoun glued on, Galician "bx" (Portuguese "bj") and a final
        // accented "í" after a consonant.
        let found = untranslated(
            "Perguntou se ele envorcaría as decisões. Querem reconstruír a cidade. \
             Os manifestantes foram enfrontarse com a polícia, obxectando às regras. \
             Eu predí que choveria.",
        );
        let spans: Vec<&str> = found.iter().map(|(s, _)| s.as_str()).collect();
        assert_eq!(
            spans,
            [
                "envorcaría",
                "reconstruír",
                "enfrontarse",
                "obxectando",
                "predí"
            ],
            "{found:?}"
        );
        // Their Portuguese forms are words of the lexicon, or spelt as Portuguese is.
        assert!(untranslated(
            "Perguntou se ele reverteria as decisões. Querem reconstruir a cidade. \
             Os manifestantes foram enfrentar-se com a polícia, objetando às regras. \
             Eu previ que choveria. Saí daí com o baú."
        )
        .is_empty());
    }

    #[test]
    fn english_words_portuguese_web_text_quotes_still_form_runs() {
        // "north" is in wordfreq's Portuguese list (quoted English), but English uses it
        // far more: next to "the" it is English.
        let found = untranslated("Ele foi ao the north ontem.");
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].1.contains("English"), "{found:?}");
    }

    #[test]
    fn suggests_the_glossary_translation_of_a_source_form() {
        let c = checker();
        let text = "Ele visitou a port city of the north ontem.";
        let found: Vec<_> = c
            .check(text)
            .into_iter()
            .filter(|f| f.rule == Rule::Untranslated)
            .collect();
        assert_eq!(found.len(), 1, "{found:?}");
        let f = &found[0];
        assert!(f.confidence.is_some_and(|c| c > 0.8));
        assert_eq!(&text[f.range.as_range()], "port city of the north");
        assert!(
            f.suggestions.is_empty(),
            "only an exact source form gets a suggestion"
        );
        let text = "A vítima tinha um gunshot wound no braço.";
        let found: Vec<_> = c
            .check(text)
            .into_iter()
            .filter(|f| f.rule == Rule::Untranslated)
            .collect();
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].suggestions[0].replacement, "ferimento à bala");
    }

    fn untranslated_allowing_quotes(text: &str) -> Vec<(String, String)> {
        crate::test_support::checker_with("pt", PLACES, &[], |s| s.allow_quoted = true)
            .check(text)
            .into_iter()
            .filter(|f| f.rule == Rule::Untranslated)
            .map(|f| (text[f.range.as_range()].to_string(), f.message))
            .collect()
    }

    #[test]
    fn quoted_titles_are_reported_unless_allowed() {
        for text in [
            "A banda tocou “What a wonderful world” no fim do concerto.",
            "O romance «The old man and the sea» voltou às livrarias.",
            "O livro \"A tale of two cities\" voltou às livrarias.",
            "A canção ‘Smells like teen spirit’ abriu o programa.",
            "Ontem a televisão exibiu o filme “Gone with the wind”, com grande audiência.",
            "O álbum 'Songs about the weather' saiu ontem.",
        ] {
            let found = untranslated(text);
            assert!(
                found.iter().any(|(_, m)| m.contains("English")),
                "reported by default: {text}: {found:?}"
            );
            assert_eq!(untranslated_allowing_quotes(text), [], "{text}");
        }
    }

    #[test]
    fn allowing_quotes_still_reports_unquoted_english() {
        let text = "O filme “The Lord of the Rings” teve feridas de stab wounds no elenco.";
        let found = untranslated_allowing_quotes(text);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].0.contains("stab wounds"), "{found:?}");
        // An apostrophe is no quotation mark: the possessive stays evidence.
        let found = untranslated_allowing_quotes(
            "Kim foi ao Wonson’s Seaside Resort para cumprimentar seu convidado.",
        );
        assert_eq!(found.len(), 1, "{found:?}");
    }

    #[test]
    fn the_rule_can_be_disabled() {
        let found = crate::test_support::checker("pt", PLACES, &[Rule::Untranslated])
            .check("A vítima tinha feridas de cuchillada.");
        assert!(found.iter().all(|f| f.rule != Rule::Untranslated));
    }

    #[test]
    fn a_capitalised_foreign_word_opening_a_sentence() {
        // Capitalised only because it opens the sentence (after a quotation mark here).
        let found = untranslated("Outro comentou: \"Understandably traumático para as duas.\"");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].0, "Understandably");
        assert!(found[0].1.contains("English"), "{found:?}");
        let found = untranslated("Gobernador anterior do estado, ele voltou.");
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].1.contains("Spanish"), "{found:?}");
    }

    #[test]
    fn capitalised_names_at_a_sentence_start_stay_names() {
        // "Fleiss" is German in the usage lists, but the text also writes it inside a
        // sentence; after "sr." no sentence starts; before another capital it is a name.
        for text in [
            "Quando falei com Fleiss, estava sol. Fleiss sorriu.",
            "Quando falei com o sr. Fleiss esta semana, estava sol.",
            "Presiding Officer é o título dela.",
            "Waters desmentiu as alegações no sábado.",
        ] {
            assert_eq!(untranslated(text), vec![], "{text}");
        }
    }

    #[test]
    fn an_acronym_is_no_anchor_for_english_descriptors() {
        const ACRONYM: &str = r#"
[glossary]
name = "test"
lang = "pt"

[[term]]
use = "EUA"
kind = "place"
source = ["US"]
"#;
        let found = crate::test_support::checker("pt", ACRONYM, &[])
            .check("Invadiram as residências dos senadores dos EUA Lindsey Graham e Mike Lee.");
        assert!(
            found.iter().all(|f| f.rule != Rule::Untranslated),
            "{found:?}"
        );
    }

    #[test]
    fn spellings_of_english_and_spanish_no_list_knows() {
        for (text, span, language) in [
            ("Ele pedaled até a praia.", "pedaled", "English"),
            (
                "Um casco destructible foi achado.",
                "destructible",
                "English",
            ),
            (
                "O ministro concernió aos jornalistas.",
                "concernió",
                "Galician or Spanish",
            ),
            (
                "Os fatos acaecen sempre assim.",
                "acaecen",
                "Galician or Spanish",
            ),
        ] {
            let found = untranslated(text);
            assert_eq!(found.len(), 1, "{text}: {found:?}");
            assert_eq!(found[0].0, span, "{text}");
            assert!(found[0].1.contains(language), "{text}: {found:?}");
        }
        // Words of the lexicon with the same endings are Portuguese.
        assert_eq!(
            untranslated("O hífen e o pólen acontecem no abdômen."),
            vec![]
        );
    }

    #[test]
    fn code_quoted_in_technical_text_is_no_language() {
        for text in [
            "Se os tempos são similares, fsync() pode sincronizar.",
            "Monitoramento baseado em --inotify após o erro.",
            "Não há suporte a copiar (reflink/clone) entre montagens.",
            "O componente não possui uma tag `launchable` do tipo serviço.",
        ] {
            assert_eq!(untranslated(text), vec![], "{text}");
        }
    }

    #[test]
    fn a_galician_or_spanish_spelling_gets_the_portuguese_word_in_its_note() {
        let found = checker().check("A exixencia de sigilo e a filtración chegaram à imprensa.");
        let found: Vec<_> = found
            .iter()
            .filter(|f| f.rule == Rule::Untranslated)
            .collect();
        assert_eq!(found.len(), 2, "{found:?}");
        for (finding, portuguese) in found.iter().zip(["exigência", "filtração"]) {
            // No suggestion: only a glossary knows a translation.
            assert!(finding.suggestions.is_empty(), "{finding:?}");
            let note = finding.note.as_deref().unwrap_or_default();
            assert!(note.contains(&format!("\"{portuguese}\"")), "{finding:?}");
        }
    }

    #[test]
    fn words_after_a_no_break_space_are_checked_without_panic() {
        // U+00A0 is two bytes: the chunk around a word starts after it, on a char boundary.
        let found = untranslated("Ele disse:\u{a0}www.exemplo.com e\u{a0}stab wounds\u{a0}ontem.");
        assert!(
            found.iter().all(|(s, _)| !s.contains("exemplo")),
            "{found:?}"
        );
    }

    #[test]
    fn a_repeated_sound_is_no_language() {
        assert_eq!(
            untranslated("E a música dizia nah nah na nah nah sem parar."),
            vec![]
        );
    }

    #[test]
    fn an_adverb_hunspell_lacks_is_not_respelt_into_a_foreign_word() {
        // hunspell lists the impossible "algorítmicamente", not "algoritmicamente".
        assert_eq!(
            untranslated("O problema foi resolvido algoritmicamente ontem."),
            vec![]
        );
    }

    #[test]
    fn clause_words_stop_at_the_clause_and_the_count() {
        use super::{first_clause_words, last_clause_words};
        assert_eq!(
            last_clause_words("Ontem. Um tubo (do Inglês image", 4),
            ["tubo", "do", "inglês", "image"]
        );
        assert_eq!(last_clause_words("Ontem. do inglês ", 4), ["do", "inglês"]);
        assert_eq!(last_clause_words("em inglês", 4), ["em", "inglês"]);
        assert!(last_clause_words("fim.", 4).is_empty());
        assert_eq!(first_clause_words("em inglês, disse", 2), ["em", "inglês"]);
        assert_eq!(first_clause_words("em. inglês", 2), ["em"]);
        assert_eq!(first_clause_words("inglês", 2), ["inglês"]);
    }
}
