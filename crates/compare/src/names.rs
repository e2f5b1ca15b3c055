//! The names of a source text, and where each went in its translation.
//!
//! [`find_names`] reads a source: runs of capitalised words (with connectors such as "of"
//! inside), acronyms, minus what the target language translates (titles such as "Prime
//! Minister", months, demonyms) and minus a sentence's first word when it is an ordinary
//! word of the source language. [`locate`] then looks for a name in the target: as
//! written, as an accepted rendering (glossary forms, exonyms), as an adapted spelling
//! that is a word of the target language ("Russia" -> "Rússia"), and when none holds,
//! tells which target words took its place.

use std::cell::OnceCell;

use rustc_hash::FxHashMap;

use crate::words::{common_prefix_chars, find_words, fold, one_space, word_spans};
use crate::Span;

mod damage;
pub use damage::{damage, damage_in, Damage, Judge, Surnames, Why};

/// The facts about a source language that finding names needs: the language profile's
/// data (`[names]` of mtlint-lexicon's `data/<lang>/source.toml`, which has the same lists).
#[derive(Debug, Clone, Default)]
pub struct SourceProfile {
    /// Lowercase words that may stand inside a name ("Institute of Technology").
    pub connectors: Vec<String>,
    /// Capitalised words that introduce a name and are translated ("President",
    /// "Minister", "Mr"): never a name's first word.
    pub titles: Vec<String>,
    /// Capitalised words the target translates: months, weekdays, the pronoun "I".
    pub translated: Vec<String>,
    /// Endings of adjectives derived from place names ("Russ-ian", "Brit-ish"), which the
    /// target translates (see [`Demonyms`]).
    pub demonym_endings: Vec<String>,
    /// Weekdays: never inside a name, so they end a run ("Barcelona Saturday").
    pub weekdays: Vec<String>,
    /// Months: they end a run when a number follows ("Macedonia September 30"), not in a
    /// person's name ("Theresa May").
    pub months: Vec<String>,
    /// Endings of contracted words, cut before the common-word test ("I'm", "We're").
    pub contractions: Vec<String>,
    /// Words that open a place name and that the target translates and may move ("West
    /// Virginia" -> "Virgínia Ocidental"): the rest of the name must still be there.
    pub directions: Vec<String>,
    /// Articles, lowercase: a capitalised word after one names a thing or a place ("the
    /// West", "the Moon"), never a person.
    pub articles: Vec<String>,
}

impl SourceProfile {
    fn is(&self, list: &[String], word: &str) -> bool {
        // The first byte before the comparison: the name finder asks this of most words
        // of a source, against lists of dozens, and a word of the same length mostly
        // differs at once (comparing each was 100,000 calls of memcmp on NTREX).
        let first = word.as_bytes().first();
        list.iter()
            .any(|w| w.len() == word.len() && w.as_bytes().first() == first && w == word)
    }

    /// `word` without a contraction's ending ("We're" -> "We").
    fn uncontracted<'w>(&self, word: &'w str) -> &'w str {
        // The last byte before the comparison: asked of every word of every run of
        // capitals, and most words end in none of the endings.
        let last = word.as_bytes().last();
        self.contractions
            .iter()
            .filter(|c| c.as_bytes().last() == last)
            .find_map(|c| word.strip_suffix(c.as_str()).filter(|s| !s.is_empty()))
            .unwrap_or(word)
    }

    /// Whether a run of capitals breaks before `tok`: a weekday, or a month followed by
    /// a number.
    fn breaks_at(&self, text: &str, tok: &Token<'_>) -> bool {
        self.is(&self.weekdays, tok.word)
            || self.is(&self.titles, tok.word)
            || (self.is(&self.months, tok.word)
                && text[tok.full_end..]
                    .trim_start()
                    .starts_with(|c: char| c.is_ascii_digit()))
    }
}

/// Adjectives made from place names ("Russian", "British", "Israeli"): a capitalised
/// word that ends with one of the profile's endings, is not itself a place, and shares
/// its stem with a word of a place name.
#[derive(Debug, Clone, Default)]
pub struct Demonyms {
    places: Vec<String>,
    endings: Vec<String>,
}

impl Demonyms {
    /// `place_names`: the source-language names of countries and cities.
    pub fn new<'a>(
        place_names: impl IntoIterator<Item = &'a str>,
        profile: &SourceProfile,
    ) -> Demonyms {
        let mut places: Vec<String> = place_names
            .into_iter()
            .flat_map(|n| n.split([' ', '-']))
            .filter(|w| w.chars().count() >= 4 && w.starts_with(char::is_uppercase))
            .map(str::to_string)
            .collect();
        places.sort();
        places.dedup();
        Demonyms {
            places,
            endings: profile.demonym_endings.clone(),
        }
    }

    pub fn contains(&self, word: &str) -> bool {
        if self
            .places
            .binary_search_by(|p| p.as_str().cmp(word))
            .is_ok()
        {
            return false;
        }
        self.endings.iter().any(|e| {
            word.strip_suffix(e.as_str()).is_some_and(|stem| {
                let n = stem.chars().count();
                n >= 3
                    && self.starting_with(head_chars(stem, 4.min(n))).any(|p| {
                        let shared = common_prefix_chars(stem, p);
                        shared + 3 >= p.chars().count().min(n + 3)
                    })
            })
        })
    }

    /// The places that start with `prefix`: a range of the sorted list. (A demonym's stem
    /// shares its first four letters with its place: the name finder asks about every
    /// capitalised word, and comparing each with every place was most of its cost.)
    fn starting_with<'p>(&'p self, prefix: &'p str) -> impl Iterator<Item = &'p String> + 'p {
        let from = self.places.partition_point(|p| p.as_str() < prefix);
        self.places[from..]
            .iter()
            .take_while(move |p| p.starts_with(prefix))
    }
}

/// The first `n` chars of `word` (all of it when shorter).
fn head_chars(word: &str, n: usize) -> &str {
    word.char_indices().nth(n).map_or(word, |(i, _)| &word[..i])
}

/// What a caller knows about the words of the source language.
pub struct SourceWords<'a> {
    /// Whether a lowercase word is an ordinary word of the source language ("the", "may").
    pub is_common: &'a dyn Fn(&str) -> bool,
    /// Whether a capitalised word is one the target translates beyond the profile's lists
    /// (demonyms, language names): never a name on its own.
    pub is_translated: &'a dyn Fn(&str) -> bool,
}

/// How a text writes its words: capitalised inside sentences, or in lowercase. A
/// sentence's first word that the same text writes capitalised elsewhere more often
/// than in lowercase is a name ("Trump said ..." in a text about Trump).
#[derive(Debug, Clone, Default)]
pub struct CaseEvidence {
    // Fx, not the standard library's SipHash: every word of every source is counted,
    // and the words are the text's, no attacker's keys worth the cost.
    inner: FxHashMap<String, u32>,
    lower: FxHashMap<String, u32>,
}

impl CaseEvidence {
    pub fn from_texts<'t>(texts: impl IntoIterator<Item = &'t str>) -> CaseEvidence {
        let mut ev = CaseEvidence::default();
        for text in texts {
            ev.add(&tokens(text, &word_spans(text)));
        }
        ev
    }

    /// [`CaseEvidence::from_texts`] of texts already cut into tokens.
    pub fn from_tokens<'a, 't: 'a>(
        texts: impl IntoIterator<Item = &'a SourceTokens<'t>>,
    ) -> CaseEvidence {
        let mut ev = CaseEvidence::default();
        for text in texts {
            ev.add(&text.toks);
        }
        ev
    }

    fn add(&mut self, toks: &[Token<'_>]) {
        for tok in toks {
            if tok.word.starts_with(char::is_lowercase) {
                count(&mut self.lower, tok.word);
            } else if tok.word.starts_with(char::is_uppercase) && !tok.initial {
                count(&mut self.inner, tok.word);
            }
        }
    }

    /// Whether the text writes `word` capitalised inside sentences more often than in
    /// lowercase.
    pub fn written_as_name(&self, word: &str) -> bool {
        let inner = self.inner.get(word).copied().unwrap_or(0);
        let lower = self.lower.get(&word.to_lowercase()).copied().unwrap_or(0);
        inner > lower
    }
}

/// Counts one more `word`: a word seen before is not copied again (most are).
fn count(map: &mut FxHashMap<String, u32>, word: &str) {
    match map.get_mut(word) {
        Some(n) => *n += 1,
        None => {
            map.insert(word.to_string(), 1);
        }
    }
}

/// A name of the source: its text and span, and the spans of its words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Name {
    pub text: String,
    pub span: Span,
    pub words: Vec<Span>,
    /// The first word is one the target translates and may move (a direction: "West
    /// Virginia"): the name is there when the rest of it is.
    pub translated_head: bool,
}

/// A word token of a name search: its text without a possessive, and whether it starts
/// a sentence.
struct Token<'t> {
    word: &'t str,
    span: Span,
    /// The end of the token in the text, possessive included.
    full_end: usize,
    initial: bool,
}

/// A source text cut into words and into the name finder's tokens once, for everything
/// that reads it: the case evidence and the surnames of its part, and each rule's name
/// search (they each cut the text again, a fifth of the source-aware rules' cost).
pub struct SourceTokens<'t> {
    text: &'t str,
    /// The words as [`word_spans`] cuts them.
    spans: Vec<Span>,
    toks: Vec<Token<'t>>,
}

impl<'t> SourceTokens<'t> {
    pub fn new(text: &'t str) -> SourceTokens<'t> {
        let spans = word_spans(text);
        let toks = tokens(text, &spans);
        SourceTokens { text, spans, toks }
    }

    pub fn text(&self) -> &'t str {
        self.text
    }
}

/// The tokens of `text`, whose words are `spans`.
fn tokens<'t>(text: &'t str, spans: &[Span]) -> Vec<Token<'t>> {
    spans
        .iter()
        .map(|span| {
            let raw = &text[span.clone()];
            let mut end = span.end;
            let cut = raw.strip_suffix("'s").or_else(|| raw.strip_suffix("’s"));
            if let Some(stem) = cut.filter(|s| !s.is_empty()) {
                end = span.start + stem.len();
            } else if is_initialism(raw) && text[span.end..].starts_with('.') {
                end += 1;
            }
            Token {
                word: &text[span.start..end],
                span: span.start..end,
                full_end: span.end.max(end),
                initial: starts_sentence(&text[..span.start]),
            }
        })
        .collect()
}

/// A word in capitals long enough not to be an acronym ("COUNTING"): emphasis.
fn is_shouted(word: &str) -> bool {
    word.chars().count() >= 5 && !word.chars().any(char::is_lowercase)
}

/// "U.S", "U.N": letters joined by dots.
fn is_initialism(word: &str) -> bool {
    word.contains('.') && word.split('.').all(|p| p.chars().count() == 1)
}

/// Whether a word after `before` starts a sentence: nothing but punctuation before it, or
/// a sentence end (".", "!", "?", ":", ";") with closing or opening quotes and brackets.
fn starts_sentence(before: &str) -> bool {
    // A menu's accelerator mark glued to the word ("_Redo Copy", "&File") is no text of
    // the sentence: the word after it is a label's first.
    let before = before
        .strip_suffix(['_', '&'])
        .filter(|b| !b.ends_with(|c: char| c.is_alphanumeric()))
        .unwrap_or(before);
    // A quotation or a bracket opening right before the word starts a sentence of its own.
    let opening = before.trim_end_matches(char::is_whitespace);
    if opening.ends_with(['"', '“', '‘', '«', '(', '['])
        && !opening.ends_with(|c: char| c.is_alphanumeric())
    {
        let prev = opening.chars().next_back();
        if prev.is_some_and(|c| matches!(c, '“' | '‘' | '«' | '(' | '['))
            || opening.len() == 1
            || is_opening_straight_quote(opening)
        {
            return true;
        }
    }
    // `matches!` rather than `str::contains`: a substring search per character made this
    // test a sixth of the name finder.
    let trimmed = before.trim_end_matches(|c: char| {
        c.is_whitespace()
            || matches!(
                c,
                '"' | '\''
                    | '“'
                    | '”'
                    | '‘'
                    | '’'
                    | '«'
                    | '»'
                    | '('
                    | ')'
                    | '['
                    | ']'
                    | '—'
                    | '–'
                    | '-'
            )
    });
    match trimmed.chars().next_back() {
        None => true,
        Some(c) => matches!(c, '.' | '!' | '?' | ':' | ';' | '…'),
    }
}

/// Whether the straight quote that ends `before` opens a quotation: a space or the
/// text's start before it.
fn is_opening_straight_quote(before: &str) -> bool {
    let mut rev = before.chars().rev();
    matches!(rev.next(), Some('"' | '\''))
        && rev
            .next()
            .is_none_or(|c| c.is_whitespace() || "([—–-".contains(c))
}

/// Whether `toks` are a title-case headline ("Elizabeth Warren Will Take Hard Look At
/// Running"): four words of four letters or more, none of them in lowercase (a sentence
/// full of names still has its verbs in lowercase), or, in a line without a final
/// full stop (a headline), seven in ten of them capitalised. Each word then counts as a
/// sentence's first for the common-word test.
fn is_title_case(text: &str, toks: &[Token<'_>]) -> bool {
    let is_long =
        |t: &&Token<'_>| t.word.chars().count() >= 4 && t.word.starts_with(char::is_alphabetic);
    let unfinished = !text
        .trim_end()
        .ends_with(['.', '!', '?', '"', '”', ':', ';', ',']);
    if !unfinished {
        // A finished line is in title case only with four long words or more, all
        // capitalised: its first long word in lowercase settles it (most lines; both
        // rules with the source ask this of every source).
        let mut long = 0;
        for t in toks.iter().filter(is_long) {
            if !t.word.starts_with(char::is_uppercase) {
                return false;
            }
            long += 1;
        }
        return long >= 4;
    }
    let long: Vec<&Token<'_>> = toks.iter().filter(is_long).collect();
    let capital = long
        .iter()
        .filter(|t| t.word.starts_with(char::is_uppercase))
        .count();
    if long.len() >= 4 {
        return capital == long.len() || (unfinished && capital * 10 >= long.len() * 7);
    }
    // A short label of a program ("Add User", "Printer Setup", "Load Master Slide") is in
    // title case when every word of three letters or more is capitalised and no mark ends
    // it: its ordinary words are capitalised as a label's, not as a name's.
    let words: Vec<&Token<'_>> = toks
        .iter()
        .filter(|t| t.word.chars().count() >= 3 && t.word.starts_with(char::is_alphabetic))
        .collect();
    unfinished && words.len() >= 2 && words.iter().all(|t| t.word.starts_with(char::is_uppercase))
}

/// Whether `word` (any case) is an ordinary word of the source: the word list knows it in
/// lowercase, or knows each part of a hyphenated word ("Fifty-eight", "Pro-independence").
/// A menu's accelerator mark is no letter of it ("A_larm" is "alarm").
fn is_common_word(profile: &SourceProfile, words: &SourceWords<'_>, word: &str) -> bool {
    let word = profile.uncontracted(word);
    // A short ASCII word (most) is lowercased on the stack: the name finder asks this of
    // most capitalised words of every source, and a string each was a fifth of the test.
    let mut buf = [0u8; 32];
    if word.is_ascii() && word.len() <= buf.len() && !word.contains('_') {
        let lower = &mut buf[..word.len()];
        lower.copy_from_slice(word.as_bytes());
        lower.make_ascii_lowercase();
        // ASCII bytes are UTF-8.
        let lower = std::str::from_utf8(lower).unwrap_or_default();
        return common_or_parts(words, lower);
    }
    let mut lower = word.to_lowercase();
    if lower.contains('_') {
        lower.retain(|c| c != '_');
    }
    common_or_parts(words, &lower)
}

/// Whether lowercase `lower` is an ordinary word, or each part of it is when hyphenated.
fn common_or_parts(words: &SourceWords<'_>, lower: &str) -> bool {
    (words.is_common)(lower)
        || (lower.contains('-')
            && lower
                .split('-')
                .all(|p| p.is_empty() || (words.is_common)(p)))
}

/// The names of `text`, a source-language text.
pub fn find_names(
    text: &str,
    profile: &SourceProfile,
    words: &SourceWords<'_>,
    evidence: Option<&CaseEvidence>,
) -> Vec<Name> {
    find_names_in(&SourceTokens::new(text), profile, words, evidence)
}

/// [`find_names`] in a text already cut into tokens.
pub fn find_names_in(
    source: &SourceTokens<'_>,
    profile: &SourceProfile,
    words: &SourceWords<'_>,
    evidence: Option<&CaseEvidence>,
) -> Vec<Name> {
    let (text, toks) = (source.text, &source.toks);
    // A title-case line's every word counts as a sentence's first (`name_of_run`).
    let title_case = is_title_case(text, toks);
    // In a headline every ordinary word is capitalised: it ends a name.
    let breaks = |t: &Token<'_>| title_case && is_common_word(profile, words, t.word);
    let mut names = Vec::new();
    let common = |w: &str| is_common_word(profile, words, w);
    for run in capital_runs(text, toks, profile, &breaks, &common) {
        if let Some(name) = name_of_run(text, &toks[run], title_case, profile, words, evidence) {
            names.extend(without_compound_tail(text, name, words));
        }
    }
    names
}

/// The name without the ordinary word its last word is compounded with
/// ("Baden-Wuerttemberg-class" -> "Baden-Wuerttemberg", "PNG-registered" -> "PNG"): the
/// target writes the compound its own way. Short syllables stay ("Moon Jae-in").
fn without_compound_tail(text: &str, mut name: Name, words: &SourceWords<'_>) -> Option<Name> {
    let last = name.words.last()?.clone();
    let word = &text[last.clone()];
    let cut = word.match_indices('-').map(|(i, _)| i).find(|&i| {
        let tail = &word[i + 1..];
        tail.starts_with(char::is_lowercase) && tail.chars().count() >= 4 && (words.is_common)(tail)
    });
    let Some(cut) = cut else { return Some(name) };
    // A demonym or a language compounded ("English-speaking", "Russian-backed") is the
    // target's to translate once its tail is gone, like the word alone.
    if cut == 0 || (name.words.len() == 1 && (words.is_translated)(&word[..cut])) {
        return None;
    }
    let end = last.start + cut;
    name.words.pop();
    name.words.push(last.start..end);
    name.span.end = end;
    name.text = text[name.span.clone()].to_string();
    Some(name)
}

/// Index ranges of runs of capitalised tokens joined by single spaces, connectors
/// allowed inside but not at either end.
fn capital_runs(
    text: &str,
    toks: &[Token<'_>],
    profile: &SourceProfile,
    breaks: &dyn Fn(&Token<'_>) -> bool,
    common: &dyn Fn(&str) -> bool,
) -> Vec<std::ops::Range<usize>> {
    let mut runs = Vec::new();
    let mut start: Option<usize> = None;
    for (i, tok) in toks.iter().enumerate() {
        // A possessive ends a name ("Trump's West Virginia" is two) unless ordinary
        // words follow it ("Beacon's Beach", "Rady Children's Hospital").
        let joined = start.is_some()
            && one_space(text, toks[i - 1].full_end, tok.span.start)
            && (toks[i - 1].full_end == toks[i - 1].span.end
                || ordinary_tail(text, &toks[i..], common));
        let capital = tok.word.starts_with(char::is_uppercase);
        if joined
            && (capital || profile.is(&profile.connectors, tok.word))
            && !profile.breaks_at(text, tok)
            && !breaks(tok)
        {
            continue;
        }
        if let Some(s) = start.take() {
            runs.push(s..i);
        }
        if capital {
            start = Some(i);
        }
    }
    if let Some(s) = start {
        runs.push(s..toks.len());
    }
    runs.into_iter()
        .map(|mut r| {
            while r.end > r.start && !toks[r.end - 1].word.starts_with(char::is_uppercase) {
                r.end -= 1;
            }
            r
        })
        .filter(|r| !r.is_empty())
        .collect()
}

/// Whether the capitalised words that start `toks`, joined by spaces, are all ordinary
/// words.
fn ordinary_tail(text: &str, toks: &[Token<'_>], common: &dyn Fn(&str) -> bool) -> bool {
    let mut any = false;
    for (i, t) in toks.iter().enumerate() {
        if i > 0 && !one_space(text, toks[i - 1].full_end, t.span.start) {
            break;
        }
        if !t.word.starts_with(char::is_uppercase) {
            break;
        }
        if !common(t.word) {
            return false;
        }
        any = true;
    }
    any
}

/// The name a run holds, once the words the target translates are trimmed off its ends.
fn name_of_run(
    text: &str,
    run: &[Token<'_>],
    title_case: bool,
    profile: &SourceProfile,
    words: &SourceWords<'_>,
    evidence: Option<&CaseEvidence>,
) -> Option<Name> {
    let translated = |t: &Token<'_>| {
        let word = profile.uncontracted(t.word);
        profile.is(&profile.translated, word)
            || (run.len() == 1 && profile.is(&profile.weekdays, word))
            || (words.is_translated)(word)
            || is_initialism(word.trim_end_matches('.'))
    };
    let ordinary_start = |t: &Token<'_>| {
        let word = profile.uncontracted(t.word);
        (t.initial || title_case || is_shouted(t.word))
            && is_common_word(profile, words, word)
            && !evidence.is_some_and(|e| e.written_as_name(word))
    };
    let connector = |t: &Token<'_>| profile.is(&profile.connectors, t.word);
    let mut lo = 0;
    let mut hi = run.len();
    while lo < hi {
        let t = &run[lo];
        let more = hi - lo > 1;
        if connector(t)
            || translated(t)
            || ordinary_start(t)
            || (more && profile.is(&profile.titles, t.word))
        {
            lo += 1;
        } else {
            break;
        }
    }
    // Only demonyms end a run the target translates ("North Korean"); a month ends a
    // person's name ("Theresa May").
    while hi > lo
        && ((hi - lo == 1 && translated(&run[hi - 1]))
            || (words.is_translated)(run[hi - 1].word)
            || profile.is(&profile.titles, run[hi - 1].word)
            || connector(&run[hi - 1]))
    {
        hi -= 1;
    }
    let kept = &run[lo..hi];
    let first = kept.first()?;
    let last = kept.last()?;
    // What is left of a trimmed run is a name only if it is not all ordinary words
    // ("North" of "North Korean").
    // A name made of ordinary words ("Red Cross", "World War Two", "Court", what is left of
    // "North Korean") is often translated; it is checked only where the text writes each
    // of its words as a name more than as a word ("Trump", "Geiger Counter").
    let ordinary = |t: &Token<'_>| {
        is_common_word(profile, words, t.word)
            && !evidence.is_some_and(|e| e.written_as_name(t.word))
    };
    if kept.iter().all(|t| connector(t) || ordinary(t)) && !kept.iter().any(|t| is_acronym(t.word))
    {
        return None;
    }
    if kept.len() == 1
        && (profile.is(&profile.titles, first.word) || first.word.chars().count() < 2)
    {
        return None;
    }
    if !kept.iter().any(|t| t.word.chars().any(char::is_alphabetic)) {
        return None;
    }
    let span = first.span.start..last.span.end;
    Some(Name {
        text: text[span.clone()].to_string(),
        span,
        words: kept
            .iter()
            .filter(|t| !connector(t))
            .map(|t| t.span.clone())
            .collect(),
        translated_head: kept.len() > 1 && profile.is(&profile.directions, first.word),
    })
}

/// What the caller knows about renderings of source names in the target language.
pub struct Renderings<'a> {
    /// Accepted target forms of a whole source name: glossary `use`/`also` forms,
    /// exonyms ("Moscow" -> ["Moscou", "Moscovo"]).
    pub forms: &'a dyn Fn(&str) -> Vec<String>,
    /// Known translations of a lowercase source word ("may" -> ["maio", "poder"]).
    pub translations: &'a dyn Fn(&str) -> Vec<String>,
    /// Whether a lowercase word is an ordinary word of the target language ("rússia").
    pub is_target_word: &'a dyn Fn(&str) -> bool,
}

/// How the target words that took a name's place were found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Clue {
    /// A known translation of one of the name's words ("May" -> "maio").
    Translation,
    /// A near spelling ("Oregon" -> "Oregón").
    Spelling,
    /// The same relative position in the segment: a guess.
    Position,
}

/// Where a source name is in the target.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Placement {
    /// As written in the source.
    Kept(Span),
    /// As one of the accepted forms.
    Rendered(Span),
    /// Each word kept or adapted to a word of the target language ("Rússia").
    Adapted,
    /// Not there; the target words that took its place, when they can be located.
    Missing(Option<(Span, Clue)>),
}

/// A target segment cut into words, each folded, once for all the names of its source:
/// [`locate_in`] and [`damage_in`] compare a name with every word of the target, and a
/// segment's names each did the cutting and folding again. Cut when first asked (most
/// names are found as written before the words are needed).
#[derive(Debug)]
pub struct TargetWords<'t> {
    pub text: &'t str,
    words: OnceCell<(Vec<Span>, Vec<String>)>,
    /// The words in lowercase, for the names that look for their words' translations.
    lower: OnceCell<Vec<String>>,
}

impl<'t> TargetWords<'t> {
    pub fn new(text: &'t str) -> TargetWords<'t> {
        TargetWords {
            text,
            words: OnceCell::new(),
            lower: OnceCell::new(),
        }
    }

    /// The target's words in lowercase (in the order of [`TargetWords::words`]): made
    /// once for the segment, not again for each name with a translated word.
    fn lowercase(&self) -> &[String] {
        self.lower.get_or_init(|| {
            let (spans, _) = self.words();
            spans
                .iter()
                .map(|t| self.text[t.clone()].to_lowercase())
                .collect()
        })
    }

    /// The spans of the target's words, and each word folded.
    pub(crate) fn words(&self) -> (&[Span], &[String]) {
        let (spans, folded) = self.words.get_or_init(|| {
            let spans = word_spans(self.text);
            let folded = spans.iter().map(|t| fold(&self.text[t.clone()])).collect();
            (spans, folded)
        });
        (spans, folded)
    }
}

/// Where `name` (found in `source`) went in `target`.
pub fn locate(name: &Name, source: &str, target: &str, renderings: &Renderings<'_>) -> Placement {
    locate_in(name, source, &TargetWords::new(target), renderings)
}

/// [`locate`] in a target already cut into words (shared by the names of one segment).
pub fn locate_in(
    name: &Name,
    source: &str,
    words: &TargetWords<'_>,
    renderings: &Renderings<'_>,
) -> Placement {
    match place_in(name, source, words, renderings) {
        Placement::Missing(_) => {
            Placement::Missing(replacement_in(name, source, words, renderings))
        }
        found => found,
    }
}

/// [`locate_in`] without looking for the words that took a missing name's place: a
/// missing name is `Placement::Missing(None)`, and [`replacement_in`] finds those words
/// when they are wanted. Most missing names are no damage, and the search (the word
/// table's translations of each name word, a spelling compared with every target word)
/// was a fifth of locating.
pub fn place_in(
    name: &Name,
    source: &str,
    words: &TargetWords<'_>,
    renderings: &Renderings<'_>,
) -> Placement {
    let target = words.text;
    if let Some(span) = find_words(target, &name.text) {
        return Placement::Kept(span);
    }
    for form in (renderings.forms)(&name.text) {
        let span = find_words(target, &form).or_else(|| find_words_caseless(target, &form));
        if let Some(span) = span {
            return Placement::Rendered(span);
        }
    }
    // Names joined by a connector ("Lindsey Graham of South Carolina") may be split.
    let parts = name_parts(name, source);
    if parts.len() > 1 && parts.iter().all(|p| find_words(target, p).is_some()) {
        return Placement::Adapted;
    }
    let (target_words, folded) = words.words();
    // A name adapted as a whole: every word adapted to a word of the target
    // ("Rússia", "Conferência do Partido Conservador"). A name with some words kept as
    // written keeps them all ("Manchester United", not "Manchester Unido"); words all
    // kept but torn apart ("Marvin dito Cooke") are a damaged name.
    let adapted = name.words.iter().all(|w| {
        let word = &source[w.clone()];
        find_words(target, word).is_none() && {
            let word = Adapting::new(word);
            target_words
                .iter()
                .zip(folded)
                .any(|(t, b)| is_adaptation_folded(&word, &target[t.clone()], b, renderings))
        }
    });
    if adapted {
        return Placement::Adapted;
    }
    if name.translated_head {
        if let Some(rest) = name_without_head(name, source) {
            if !matches!(
                place_in(&rest, source, words, renderings),
                Placement::Missing(_)
            ) {
                return Placement::Adapted;
            }
        }
    }
    Placement::Missing(None)
}

/// `name` without its first word.
fn name_without_head(name: &Name, source: &str) -> Option<Name> {
    let second = name.words.get(1)?;
    let span = second.start..name.span.end;
    Some(Name {
        text: source[span.clone()].to_string(),
        span,
        words: name.words[1..].to_vec(),
        translated_head: false,
    })
}

/// The parts of a name between its connectors' gaps: the source text between its words
/// split where a word is not a capitalised word of the name.
fn name_parts(name: &Name, source: &str) -> Vec<String> {
    let mut parts: Vec<String> = Vec::new();
    let mut last_end: Option<usize> = None;
    for w in &name.words {
        match last_end {
            Some(end) if &source[end..w.start] == " " => {
                if let Some(p) = parts.last_mut() {
                    p.push(' ');
                    p.push_str(&source[w.clone()]);
                }
            }
            _ => parts.push(source[w.clone()].to_string()),
        }
        last_end = Some(w.end);
    }
    parts
}

/// [`find_words`] ignoring case ("Coreia do norte" for "Coreia do Norte").
fn find_words_caseless(target: &str, phrase: &str) -> Option<Span> {
    let lower = target.to_lowercase();
    if lower.len() != target.len() {
        return None;
    }
    find_words(&lower, &phrase.to_lowercase())
}

/// Whether target word `t` is the source word `word` adapted to the target language: a
/// capitalised word of the target language with the same start and a near spelling
/// ("Rússia" for "Russia", "Parlamento" for "Parliament"), not a short word's lookalike.
fn is_adaptation(word: &str, t: &str, renderings: &Renderings<'_>) -> bool {
    is_adaptation_folded(&Adapting::new(word), t, &fold(t), renderings)
}

/// A name's word made ready to compare with every word of a target: folded, its chars
/// counted, and whether it is an acronym, once (they were asked again for each target
/// word).
struct Adapting<'w> {
    word: &'w str,
    folded: String,
    chars: usize,
    acronym: bool,
}

impl<'w> Adapting<'w> {
    fn new(word: &'w str) -> Adapting<'w> {
        let folded = fold(word);
        Adapting {
            word,
            chars: folded.chars().count(),
            folded,
            acronym: is_acronym(word),
        }
    }
}

/// [`is_adaptation`] with both words already folded (`b` of `t`): a name's words are
/// compared with every word of the target.
fn is_adaptation_folded(
    adapting: &Adapting<'_>,
    t: &str,
    b: &str,
    renderings: &Renderings<'_>,
) -> bool {
    let (word, a, n) = (adapting.word, adapting.folded.as_str(), adapting.chars);
    if adapting.acronym {
        return is_acronym(t) && t != word && sorted_chars(word) == sorted_chars(t);
    }
    // An adjective the target writes in lowercase ("American" -> "americanos",
    // "Democrat" -> "democrata"): a long shared start.
    if t.starts_with(char::is_lowercase) && n >= 5 && common_prefix_chars(a, b) >= 5.max(n * 2 / 3)
    {
        return true;
    }
    n >= 4
        && t.starts_with(char::is_uppercase)
        && ((common_prefix_chars(a, b) >= 4.min(n - 1)
            && strsim::normalized_levenshtein(a, b) >= 0.5)
            || strsim::jaro_winkler(a, b) >= 0.88)
        && (renderings.is_target_word)(&t.to_lowercase())
}

/// "NATO", "EU": two to six capitals (digits allowed).
fn is_acronym(word: &str) -> bool {
    let n = word.chars().count();
    (2..=6).contains(&n)
        && word.chars().all(|c| c.is_uppercase() || c.is_ascii_digit())
        && word.chars().any(char::is_uppercase)
}

fn sorted_chars(word: &str) -> Vec<char> {
    let mut v: Vec<char> = word.chars().collect();
    v.sort_unstable();
    v
}

/// The target words that took the name's place: by translation, else by spelling,
/// else by position.
pub fn replacement_in(
    name: &Name,
    source: &str,
    words: &TargetWords<'_>,
    renderings: &Renderings<'_>,
) -> Option<(Span, Clue)> {
    let target = words.text;
    let (target_words, folded) = words.words();
    let mut hits: Vec<Span> = Vec::new();
    for w in &name.words {
        let word = source[w.clone()].to_lowercase();
        let translations = (renderings.translations)(&word);
        if translations.is_empty() {
            continue;
        }
        // The target's words in lowercase: made once for the segment's names, and only
        // when one of them has a translation to look for.
        let lower = words.lowercase();
        hits.extend(
            target_words
                .iter()
                .zip(lower.iter())
                .filter(|(_, tw)| translations.contains(tw))
                .map(|(t, _)| t.clone()),
        );
    }
    if let Some(span) = cover(&hits) {
        return Some((span, Clue::Translation));
    }
    for w in &name.words {
        let word = fold(&source[w.clone()]);
        hits.extend(
            target_words
                .iter()
                .zip(folded)
                .filter(|(t, folded_tw)| {
                    let tw = &target[(*t).clone()];
                    tw.starts_with(char::is_uppercase)
                        && strsim::jaro_winkler(&word, folded_tw) >= 0.85
                })
                .map(|(t, _)| t.clone()),
        );
    }
    if let Some(span) = cover(&hits) {
        return Some((span, Clue::Spelling));
    }
    let ratio = name.span.start as f64 / source.len().max(1) as f64;
    let at = (ratio * target.len() as f64) as usize;
    target_words
        .iter()
        .min_by_key(|t| t.start.abs_diff(at))
        .map(|t| (t.clone(), Clue::Position))
}

/// The smallest span covering `spans`, when they are close together (at most 40 bytes
/// apart), else the first.
fn cover(spans: &[Span]) -> Option<Span> {
    let first = spans.iter().min_by_key(|s| s.start)?;
    let end = spans
        .iter()
        .filter(|s| s.start >= first.start && s.start <= first.end + 40)
        .map(|s| s.end)
        .max()
        .unwrap_or(first.end);
    Some(first.start..end)
}

#[cfg(test)]
mod tests;
