//! Which missing names are damage a translator does not do, sure enough to report.
//!
//! A name can be missing from a good translation: dropped or paraphrased ("he"), rendered
//! in the target's own words ("Senate Judiciary Committee" -> "Comitê Judiciário do
//! Senado", "Commonwealth Games" -> "Jogos da Commonwealth"), or an exonym no list holds
//! ("Cologne" -> "Colônia"). Machine translation loses names differently: it takes the
//! words of a person's name for ordinary words and translates them ("Trump" -> "o
//! triunfo", "Kanye West" -> "Kanye Oeste", "Maxine Waters" -> "Maxine Águas"), tears a
//! name apart with a word of its own ("Marvin dito Cooke"), or respells it the way the
//! pivot language does ("Oregon" -> "Oregón"). Only that damage is reported: what a
//! translator may do (translate the kind of a named thing, drop or move a name) is not.

use rustc_hash::{FxHashMap, FxHashSet};

use super::{
    is_adaptation, starts_sentence, Clue, Name, Placement, Renderings, SourceProfile, SourceTokens,
    TargetWords,
};
use crate::words::{find_words, fold, one_space, word_spans};
use crate::Span;

/// The surnames a text gives its people: a capitalised word right after a given name
/// ("Trump" of "Donald Trump", "West" of "Kanye West"). Alone later ("Trump said"), the
/// word is still that person's name, though it is also an ordinary word.
#[derive(Debug, Clone, Default)]
pub struct Surnames {
    words: FxHashSet<String>,
}

impl Surnames {
    /// `is_given`: whether a word is a given name and no ordinary word ("Donald").
    pub fn from_texts<'t>(
        texts: impl IntoIterator<Item = &'t str>,
        is_given: &dyn Fn(&str) -> bool,
    ) -> Surnames {
        let texts: Vec<(&str, Vec<Span>)> = texts.into_iter().map(|t| (t, word_spans(t))).collect();
        Surnames::from_words(texts.iter().map(|(t, s)| (*t, s.as_slice())), is_given)
    }

    /// [`Surnames::from_texts`] of texts already cut into tokens.
    pub fn from_tokens<'a, 't: 'a>(
        texts: impl IntoIterator<Item = &'a SourceTokens<'t>>,
        is_given: &dyn Fn(&str) -> bool,
    ) -> Surnames {
        Surnames::from_words(
            texts.into_iter().map(|t| (t.text, t.spans.as_slice())),
            is_given,
        )
    }

    /// The surnames of texts, each with the spans of its words.
    fn from_words<'t>(
        texts: impl IntoIterator<Item = (&'t str, &'t [Span])>,
        is_given: &dyn Fn(&str) -> bool,
    ) -> Surnames {
        let mut pairs: Vec<(&str, &str)> = Vec::new();
        // Each capitalised word with the word before it: a surname is also used alone.
        let mut after: Vec<(&str, &str)> = Vec::new();
        for (text, spans) in texts {
            for (i, pair) in spans.windows(2).enumerate() {
                let (a, b) = (&text[pair[0].clone()], &text[pair[1].clone()]);
                let b_stem = b
                    .strip_suffix("'s")
                    .or_else(|| b.strip_suffix("’s"))
                    .unwrap_or(b);
                if b.starts_with(char::is_uppercase) {
                    after.push((a, b_stem));
                }
                // A given name opens a name: no capitalised word right before it ("Los
                // Angeles Democrat").
                let opens = i == 0
                    || !one_space(text, spans[i - 1].end, pair[0].start)
                    || !text[spans[i - 1].clone()].starts_with(char::is_uppercase);
                if opens
                    && one_space(text, pair[0].end, pair[1].start)
                    && b.starts_with(char::is_uppercase)
                    && a.starts_with(char::is_uppercase)
                    && is_given(a)
                {
                    let b = b
                        .strip_suffix("'s")
                        .or_else(|| b.strip_suffix("’s"))
                        .unwrap_or(b);
                    pairs.push((a, b));
                }
            }
        }
        // A word the text also uses as a surname is not a given name ("Geiger" of "Hans
        // Geiger" does not make "Counter" of "Geiger Counter" a surname).
        let seconds: FxHashSet<&str> = pairs.iter().map(|(_, b)| *b).collect();
        // And a surname is used without its given name somewhere ("Trump said"): a word
        // only ever seen after it is part of a longer name ("Geiger Counter").
        // Only the words after a given name are asked about: the others' sets were most of
        // the cost (a set for every capitalised word of a part).
        let mut before: FxHashMap<&str, FxHashSet<&str>> = FxHashMap::default();
        for (p, w) in after {
            if seconds.contains(w) {
                before.entry(w).or_default().insert(p);
            }
        }
        let words = pairs
            .iter()
            .filter(|(a, b)| {
                !seconds.contains(a) && before.get(b).is_some_and(|ps| ps.iter().any(|p| p != a))
            })
            .map(|(_, b)| b.to_string())
            .collect();
        Surnames { words }
    }

    pub fn contains(&self, word: &str) -> bool {
        self.words.contains(word)
    }
}

/// What the judge knows of words beyond the renderings.
pub struct Judge<'a> {
    /// Whether a word is a known given name or surname ("Theresa", "Trump").
    pub is_person: &'a dyn Fn(&str) -> bool,
    /// Whether a lowercase word is an ordinary word of the source language.
    pub is_source_word: &'a dyn Fn(&str) -> bool,
    pub profile: &'a SourceProfile,
    /// The surnames the text gives its people.
    pub surnames: Option<&'a Surnames>,
    /// Whether a name respelled with an accent puts it where the target writes one
    /// ("Interlíngua", "Sorâni": a translator's adaptation, not a pivot's "Oregón").
    pub follows_stress_rules: &'a dyn Fn(&str) -> bool,
}

impl Judge<'_> {
    /// A known given name or surname, or a surname the text gives someone.
    fn is_person(&self, word: &str) -> bool {
        (self.is_person)(word) || self.surnames.is_some_and(|s| s.contains(word))
    }

    /// Whether word `i` of a name's `words` is a person's. A word of the person lists
    /// that is also an ordinary word ("May", "Trump"; "True", "Key", "Date" of a program's
    /// labels) is a person's only after a given name ("Theresa May") or where the text
    /// gives it to someone as a surname ("Donald Trump" … "Trump said").
    fn is_person_at(&self, words: &[&str], i: usize) -> bool {
        let word = words[i];
        let ordinary = (self.is_source_word)(&word.to_lowercase());
        self.surnames.is_some_and(|s| s.contains(word))
            || ((self.is_person)(word) && (!ordinary || (i > 0 && self.is_given(words[i - 1]))))
    }

    /// A given name that is no ordinary word and no surname of the text ("Maxine",
    /// "Donald"; not "May", "Mike", nor "Geiger" where the text names Hans Geiger).
    pub fn is_given(&self, word: &str) -> bool {
        (self.is_person)(word)
            && !(self.is_source_word)(&word.to_lowercase())
            && !self.surnames.is_some_and(|s| s.contains(word))
    }
}

/// Why a missing name counts as damaged.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Why {
    /// A word of a person's name became its dictionary translation, written as an
    /// ordinary word (lowercase inside a sentence: "o triunfo", "maio de Theresa").
    Lowercased,
    /// A person's given name is kept and a later word of the name is gone ("Maxine
    /// Águas", "Mike Leia", "Kanye Oeste").
    Surname,
    /// Every word is kept, in order, but a word the source does not have stands between
    /// two of them ("Marvin dito Cooke").
    TornApart,
    /// A one-word name of a person became its dictionary translation ("Triunfo", "Lua").
    Translated,
    /// Respelled with accents into a word no dictionary of the target knows ("Oregón").
    Respelled,
    /// The second half of a hyphenated name became a word of the target
    /// ("Berners-Lee" -> "Berners-Leia").
    Hyphenated,
    /// A word of a name replaced in place by a capitalised word of the target while the
    /// rest of the name is kept around it ("Capitol Hill" -> "Capitol Cerro").
    Replaced,
    /// A name of several ordinary words translated word for word, one of them written as
    /// an ordinary word of the sentence ("Desert Island Discs" -> "Discos de Ilha do
    /// deserto", "Still Game" -> "Jogo quieto").
    WordForWord,
}

/// A damaged name: the target words that took its place, when they are known, and why it
/// counts as damaged.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Damage {
    pub span: Option<Span>,
    pub clue: Option<Clue>,
    pub why: Why,
}

/// A target word that is a dictionary translation of a word of the name.
struct Hit {
    span: Span,
    /// The name word it translates.
    word: usize,
    lowercase: bool,
}

/// Whether `name`, placed in `target` as `placement`, is damaged.
pub fn damage(
    name: &Name,
    source: &str,
    target: &str,
    placement: &Placement,
    renderings: &Renderings<'_>,
    judge: &Judge<'_>,
) -> Option<Damage> {
    damage_in(
        name,
        source,
        &TargetWords::new(target),
        placement,
        renderings,
        judge,
    )
}

/// [`damage`] in a target already cut into words (shared by the names of one segment).
pub fn damage_in(
    name: &Name,
    source: &str,
    target_words: &TargetWords<'_>,
    placement: &Placement,
    renderings: &Renderings<'_>,
    judge: &Judge<'_>,
) -> Option<Damage> {
    let target = target_words.text;
    let Placement::Missing(place) = placement else {
        return None;
    };
    let (located, clue) = place
        .clone()
        .map_or((None, None), |(s, c)| (Some(s), Some(c)));
    let words: Vec<&str> = name.words.iter().map(|w| &source[w.clone()]).collect();
    // A name of directions alone ("North" of "North Korean", "the West") is the target's
    // to translate, unless the text gives the word to someone as a surname ("Kanye West"
    // … "West said").
    let person = !after_article(name, source, judge.profile);
    if words.iter().all(|w| {
        judge.profile.is(&judge.profile.directions, w)
            && !(person && judge.surnames.is_some_and(|s| s.contains(w)))
    }) {
        return None;
    }
    let (target_words, folded) = target_words.words();
    let hits = translated(&words, target, target_words, folded, renderings);
    let person_hit = |h: &&Hit| judge.is_person_at(&words, h.word);
    let found = |why: Why, span: Option<Span>| {
        Some(Damage {
            span: span.or_else(|| located.clone()),
            clue,
            why,
        })
    };
    if let Some(h) = hits.iter().filter(person_hit).find(|h| h.lowercase) {
        return found(Why::Lowercased, Some(h.span.clone()));
    }
    for part in parts(name, source) {
        let part_words: Vec<&str> = part.iter().map(|&i| words[i]).collect();
        // A run of acronyms is a stack of modifiers, each its own name ("ARM64 EFI file"
        // → "ARM64 arquivo EFI"), and so is a run of products' names in inner capitals
        // ("ReplayGain GStreamer plugins" → "extensões ReplayGain do GStreamer"): the
        // target's own words may stand between them.
        let stack = part_words
            .iter()
            .all(|w| is_acronym_like(w) || has_inner_capital(w));
        if let Some(span) = torn_apart(&part_words, target).filter(|_| !stack) {
            return found(Why::TornApart, Some(span));
        }
        if surname_lost(&part_words, target, judge) {
            let hit = hits.iter().find(|h| part.contains(&h.word));
            return found(Why::Surname, hit.map(|h| h.span.clone()));
        }
    }
    if words.len() == 1 {
        if let Some(h) = hits.iter().find(person_hit) {
            return found(Why::Translated, Some(h.span.clone()));
        }
    }
    if let Some(span) = respelled(&words, target, target_words, folded, renderings, judge) {
        return found(Why::Respelled, Some(span));
    }
    if let Some(span) = hyphenated(&words, target, target_words, renderings, judge) {
        return found(Why::Hyphenated, Some(span));
    }
    for part in parts(name, source) {
        let part_words: Vec<&str> = part.iter().map(|&i| words[i]).collect();
        if let Some(span) = replaced(&part_words, source, target, renderings) {
            return found(Why::Replaced, Some(span));
        }
    }
    if let Some(span) = word_for_word(&words, &hits, target, target_words, renderings, judge) {
        return found(Why::WordForWord, Some(span));
    }
    None
}

/// Whether the name follows an article of the source ("the West", "the Moon"): it names a
/// thing or a place then, not a person.
fn after_article(name: &Name, source: &str, profile: &SourceProfile) -> bool {
    let Some(first) = name.words.first() else {
        return false;
    };
    let head = &source[..first.start];
    let before = head.trim_end();
    let word = before
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or_default();
    before.len() < head.len()
        && !word.is_empty()
        && profile
            .articles
            .iter()
            .any(|a| word.eq_ignore_ascii_case(a))
}

/// Where a name of two or more ordinary words was translated word for word, in the
/// mixed capitals of a machine: one word's dictionary translation in lowercase inside
/// the sentence, another's capitalised though it is no adaptation of its word, at most
/// three words apart ("Ilha de Deserto os discos", "domingo Cronometra"). A translator
/// who renders such a name writes it all as a name ("Imprensa Associada") or all as
/// words ("desertos do sudoeste"), a capitalised word being the name's own adapted
/// ("membro do Congresso").
fn word_for_word(
    words: &[&str],
    hits: &[Hit],
    target: &str,
    target_words: &[Span],
    renderings: &Renderings<'_>,
    judge: &Judge<'_>,
) -> Option<Span> {
    let content = words
        .iter()
        .filter(|w| {
            !judge
                .profile
                .is(&judge.profile.connectors, &w.to_lowercase())
        })
        .count();
    if content < 2 {
        return None;
    }
    let index = |span: &Span| target_words.iter().position(|t| t == span);
    let capitalised = |h: &Hit| {
        let tw = &target[h.span.clone()];
        tw.starts_with(char::is_uppercase)
            && !starts_sentence(&target[..h.span.start])
            && !is_adaptation(words[h.word], tw, renderings)
    };
    for low in hits.iter().filter(|h| h.lowercase) {
        let Some(at) = index(&low.span) else { continue };
        let partner = hits.iter().find(|h| {
            h.word != low.word
                && capitalised(h)
                && index(&h.span).is_some_and(|j| j.abs_diff(at) <= 3)
        });
        if let Some(h) = partner {
            let (a, b) = (
                low.span.start.min(h.span.start),
                low.span.end.max(h.span.end),
            );
            return Some(a..b);
        }
    }
    None
}

/// The indexes of the name's words, grouped by the parts a connector separates ("Lindsey
/// Graham" and "South Carolina" of "Lindsey Graham of South Carolina").
fn parts(name: &Name, source: &str) -> Vec<Vec<usize>> {
    let mut parts: Vec<Vec<usize>> = Vec::new();
    for (i, w) in name.words.iter().enumerate() {
        let joined = i > 0 && &source[name.words[i - 1].end..w.start] == " ";
        match parts.last_mut() {
            Some(p) if joined => p.push(i),
            _ => parts.push(vec![i]),
        }
    }
    parts
}

/// Whether `word` is written like an acronym: capitals and digits, no lowercase letter
/// ("EFI", "ARM64", "IA64").
fn is_acronym_like(word: &str) -> bool {
    word.chars().any(char::is_uppercase) && !word.chars().any(char::is_lowercase)
}

/// Whether `word` has lowercase letters and a capital after its first letter
/// ("ReplayGain", "GStreamer", "iPhone"): a product's name.
fn has_inner_capital(word: &str) -> bool {
    word.chars().any(char::is_lowercase) && word.chars().skip(1).any(char::is_uppercase)
}

/// Where every word of `part` stands in `target`, in order, when they are all there but
/// not together: a word of the target's own stands between two ("Marvin dito Cooke").
fn torn_apart(part: &[&str], target: &str) -> Option<Span> {
    if part.len() < 2 || find_words(target, &part.join(" ")).is_some() {
        return None;
    }
    let mut at = 0;
    let mut start = None;
    for w in part {
        let span = find_words(&target[at..], w)?;
        let span = at + span.start..at + span.end;
        // No more than two words between two words of the name.
        if start.is_some() && target[at..span.start].split_whitespace().count() > 2 {
            return None;
        }
        start.get_or_insert(span.start);
        at = span.end;
    }
    Some(start?..at)
}

/// Whether the part is a person's name whose given name the target keeps and whose
/// second word it lost: a given name that is no ordinary source word ("Maxine", "Orrin"),
/// and a lost word that is a known surname or no ordinary word ("Waters", "Kusuma").
fn surname_lost(part: &[&str], target: &str, judge: &Judge<'_>) -> bool {
    let [first, second, ..] = part else {
        return false;
    };
    // The lost word is a surname, or no ordinary word: not the kind of thing a person's
    // name is given to ("Geiger Counter" -> "contador Geiger").
    let surname = judge.is_person(second) || !(judge.is_source_word)(&second.to_lowercase());
    judge.is_given(first)
        && surname
        && find_words(target, first).is_some_and(|at| {
            let next = target[at.end..].strip_prefix(' ').unwrap_or_default();
            let next = next.split(|c: char| !c.is_alphanumeric()).next();
            !next.is_some_and(|n| spelled_out(second, n))
        })
        && find_words(target, second).is_none()
        && !has_word_caseless(target, second)
}

/// Whether `full`, the target's word where the name's `word` stood, is that word
/// abbreviated in the source and written out ("51 Franklin St" → "51 Franklin Street").
fn spelled_out(word: &str, full: &str) -> bool {
    word.chars().count() <= 3 && full.len() > word.len() && full.starts_with(word)
}

/// Whether `target` has `word` in other capitals ("Jong-Un" for "Jong-un").
fn has_word_caseless(target: &str, word: &str) -> bool {
    let lower = word.to_lowercase();
    word_spans(target)
        .into_iter()
        .any(|t| target[t].to_lowercase() == lower)
}

/// A target word that keeps the first half of a hyphenated word of the name and turns
/// the rest into a word of the target ("Berners-Leia", "Jae-dentro").
fn hyphenated(
    words: &[&str],
    target: &str,
    target_words: &[Span],
    renderings: &Renderings<'_>,
    judge: &Judge<'_>,
) -> Option<Span> {
    words.iter().find_map(|w| {
        let (head, tail) = w.split_once('-')?;
        if find_words(target, w).is_some() || head.chars().count() < 2 {
            return None;
        }
        // A metavariable, ordinary words in capitals ("DIR-FILE"), is the translator's to
        // translate, and one kept in capitals ("DIR-ARQUIVO") was translated on purpose;
        // an acronym's letters are no word ("AT-SPI" written "AT-SI" is damage).
        let capitals =
            |s: &str| s.chars().any(char::is_uppercase) && !s.chars().any(char::is_lowercase);
        let metavariable = capitals(w) && (judge.is_source_word)(&tail.to_lowercase());
        target_words
            .iter()
            .find(|t| {
                let tw = &target[(*t).clone()];
                tw.split_once('-').is_some_and(|(h, rest)| {
                    h == head
                        && !(metavariable && capitals(rest))
                        && fold(rest) != fold(tail)
                        && (renderings.is_target_word)(&rest.to_lowercase())
                })
            })
            .cloned()
    })
}

/// Where a word of the part was replaced in place: the kept word before it is followed
/// (or the kept word after it preceded) by a capitalised word that the source does not
/// have and that is no adaptation of the lost word ("Capitol Cerro", "Porta Pundit").
fn replaced(
    part: &[&str],
    source: &str,
    target: &str,
    renderings: &Renderings<'_>,
) -> Option<Span> {
    let kept: Vec<Option<Span>> = part.iter().map(|w| find_words(target, w)).collect();
    let stranger = |span: &Span, lost: &str| {
        let word = &target[span.clone()];
        // A sentence's first word is capitalised for its place, not as a name ("Criar CD
        // de áudio" for "Create Audio CD").
        word.starts_with(char::is_uppercase)
            && !starts_sentence(&target[..span.start])
            && !spelled_out(lost, word)
            && find_words(source, word).is_none()
            && fold(word) != fold(lost)
            && !is_adaptation(lost, word, renderings)
    };
    for (j, lost) in part.iter().enumerate() {
        // Acronyms are the target's to translate ("UK" -> "Reino Unido").
        if kept[j].is_some() || super::is_acronym(lost) {
            continue;
        }
        if let Some(Some(before)) = j.checked_sub(1).map(|i| &kept[i]) {
            let next = word_spans(&target[before.end..]).into_iter().next();
            if let Some(n) = next.map(|n| before.end + n.start..before.end + n.end) {
                if &target[before.end..n.start] == " " && stranger(&n, lost) {
                    return Some(n);
                }
            }
        }
        if let Some(Some(after)) = kept.get(j + 1) {
            let prev = word_spans(&target[..after.start]).into_iter().next_back();
            if let Some(p) = prev {
                if &target[p.end..after.start] == " " && stranger(&p, lost) {
                    return Some(p);
                }
            }
        }
    }
    None
}

/// The target words that are dictionary translations of the name's words missing from
/// the target, a plural for a plural ("Waters" -> "águas"), and a pivot language's near
/// spelling of one ("triunfo" for "trunfo").
fn translated(
    words: &[&str],
    target: &str,
    target_words: &[Span],
    folded_words: &[String],
    renderings: &Renderings<'_>,
) -> Vec<Hit> {
    let mut hits = Vec::new();
    for (i, word) in words.iter().enumerate() {
        if find_words(target, word).is_some() {
            continue;
        }
        let lower = word.to_lowercase();
        let mut plurals: Vec<String> = Vec::new();
        let translations: Vec<String> = (renderings.translations)(&lower)
            .iter()
            .map(|t| fold(t))
            .collect();
        if let Some(singular) = lower.strip_suffix('s').filter(|s| s.chars().count() >= 3) {
            let plural = (renderings.translations)(singular);
            plurals.extend(plural.iter().map(|t| fold(t) + "s"));
        }
        if translations.is_empty() && plurals.is_empty() {
            continue;
        }
        let translations: Vec<Pivot<'_>> = translations.iter().map(|x| Pivot::new(x)).collect();
        for (t, folded) in target_words.iter().zip(folded_words) {
            let tw = &target[t.clone()];
            let word = Pivot::new(folded);
            if translations.iter().any(|x| x.same_or_pivot(&word)) || plurals.contains(folded) {
                let lowercase =
                    tw.starts_with(char::is_lowercase) && !starts_sentence(&target[..t.start]);
                hits.push(Hit {
                    span: t.clone(),
                    word: i,
                    lowercase,
                });
            }
        }
    }
    hits
}

/// The same folded word, or one letter more or changed in a word of five letters or more
/// with the same first letter ("trunfo" / "triunfo").
#[cfg(test)]
fn same_or_pivot(translation: &str, word: &str) -> bool {
    Pivot::new(translation).same_or_pivot(&Pivot::new(word))
}

/// A folded word with its length in chars and first char, counted once: every target
/// word is compared with every translation of every word of a name.
struct Pivot<'w> {
    word: &'w str,
    chars: usize,
    first: Option<char>,
}

impl<'w> Pivot<'w> {
    fn new(word: &'w str) -> Pivot<'w> {
        Pivot {
            word,
            chars: word.chars().count(),
            first: word.chars().next(),
        }
    }

    /// [`same_or_pivot`] of `self` (a translation) and `word`.
    fn same_or_pivot(&self, word: &Pivot<'_>) -> bool {
        let n = self.chars;
        self.word == word.word
            || (n >= 5
                && self.first == word.first
                // One edit apart needs lengths one apart: no Levenshtein table otherwise.
                && word.chars.abs_diff(n) <= 1
                && strsim::levenshtein(self.word, word.word) == 1)
    }
}

/// Whether `longer` is `word` with one of its letters doubled ("rri" for "ri"): a pivot
/// language's respelling (Galician writes an initial trilled r double), never a
/// translator's.
fn doubled(word: &str, longer: &str) -> bool {
    // Asked of every target word for every word of a name: most differ in length, and
    // are answered without collecting their letters.
    if longer.chars().count() != word.chars().count() + 1 {
        return false;
    }
    let (a, b): (Vec<char>, Vec<char>) = (word.chars().collect(), longer.chars().collect());
    b.len() == a.len() + 1
        && (0..a.len()).any(|i| b[i] == b[i + 1] && b[..=i] == a[..=i] && b[i + 1..] == a[i..])
}

/// A target word that is a word of the name respelled with accents or a doubled letter
/// and that no dictionary of the target knows ("Oregón" for "Oregon", "Rri" for "Ri"). An
/// accent where the target's own rules write one is a translator's adaptation
/// ("Interlíngua", "Sorâni"), not damage.
fn respelled(
    words: &[&str],
    target: &str,
    target_words: &[Span],
    folded_words: &[String],
    renderings: &Renderings<'_>,
    judge: &Judge<'_>,
) -> Option<Span> {
    words.iter().find_map(|w| {
        let folded = fold(w);
        target_words
            .iter()
            .zip(folded_words)
            .find(|(t, f)| {
                let tw = &target[(*t).clone()];
                let accented = **f == folded && !(judge.follows_stress_rules)(tw);
                (accented || doubled(&folded, f))
                    && tw.to_lowercase() != w.to_lowercase()
                    && !(renderings.is_target_word)(&tw.to_lowercase())
            })
            .map(|(t, _)| t.clone())
    })
}

#[cfg(test)]
mod tests {
    use super::same_or_pivot;

    #[test]
    fn a_pivot_is_one_edit_in_a_long_word_with_the_same_first_letter() {
        assert!(same_or_pivot("trunfo", "triunfo"));
        assert!(same_or_pivot("trunfo", "trunfo"));
        assert!(same_or_pivot("maio", "maio"));
        // Short, another first letter, two edits apart.
        assert!(!same_or_pivot("maio", "mais"));
        assert!(!same_or_pivot("trunfo", "brunfo"));
        assert!(!same_or_pivot("trunfo", "triunfos"));
        // Chars, not bytes: "ã" is one letter.
        assert!(same_or_pivot("coração", "coraçõo"));
        assert!(!same_or_pivot("coração", "coraçãooo"));
    }
}
