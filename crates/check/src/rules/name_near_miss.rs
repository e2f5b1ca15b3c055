//! `name-near-miss`: a word or a run of words that is close to a glossary name but is not
//! an accepted form of any entry ("Wanson", "Wonson" for Wonsan; "Kim Jong Um").

use crate::context::Context;
use crate::rules::{Needs, RuleDef, RuleKind, Yield};
use crate::case::carry_case;
use crate::names::keys::strip_diacritics;
use crate::names::scan::Scan;
use crate::names::score::{closeness, part_closeness, Closeness, Shape};
use crate::names::{form_text, MAX_NAME_WORDS};
use crate::tokens::Tokens;
use crate::{Applicability, ByteRange, Finding, Rule, RuleDoc, Severity, Suggestion, TermRef};
use mtlint_glossary::TermKind;
use mtlint_lexicon::{Usage, Zipf};
use rustc_hash::FxHashMap;

pub(crate) static RULE: RuleDef = RuleDef {
    needs: Needs::WORDS,
    check,
    // A near miss of a form the document itself uses is an inconsistency: that rule
    // suggests the document's own spelling ("Zelenskiy" → "Zelensky", not "Zelenskyy").
    yields_to: &[Yield::within(Rule::InconsistentName)],
    ..RuleDef::new("name-near-miss", RuleKind::Name, Severity::Warning, DOC)
};

const DOC: RuleDoc = RuleDoc {
    summary: "a near miss of a glossary name",
    what: "A capitalised word, or a run of words, that is one or two cheap edits away from a \
name in the glossaries (an entry of kind person, place or org) but is no accepted form of any \
entry: a confused vowel of a transliteration (\"Wanson\" for Wonsan), a diacritic \
(\"Wŏnsan\" where only \"Wonsan\" is accepted), a doubled or dropped letter, one word off in \
a longer name (\"Kim Jong Um\"). Ordinary Portuguese words, common English words and words \
the glossaries themselves use are never reported, nor a word Portuguese text commonly \
writes as it is (a name in its own right: \"Biden\" is no misspelling of a place \
\"Boden\"), nor a word another language writes commonly and more than the name (\"Rosenstein\" \
is no misspelling of \"Rotenstein\"), nor a known given name or surname (\"Elvie\"), nor a \
word as close to two different names as to one (\"Blasey\": \"Blasen\", \"Blazey\"), nor an ordinary word with an accent (\"Gambôa\" is \"gamboa\", not \"Gâmbia\"), nor \
the first name of someone else (\"Veladimir da Cruz\"), nor a place's name inside the name \
of something named after it, which a capitalised common noun opens (\"Hospital Santa Lucia\" \
is no misspelt \"Santa Lúcia\"); short names need the rest of the name around them.",
    why: "No glossary can list every way MT misspells a name, and a misspelt name is the error \
readers notice first.",
    example: "Kim recebeu Lavrov em Wanson.  →  Kim recebeu Lavrov em Wonsan.",
    fix: "Unsafe: the closest names are suggested, best first, with a confidence; another \
real name can be one letter away, so `--fix` does not apply them.",
};

/// A word at the start of a sentence is capitalised whatever it is: ask for more.
const MIN_CONFIDENCE_AT_SENTENCE_START: f32 = 0.8;
/// Suggestions offered when several names are close.
const MAX_SUGGESTIONS: usize = 3;

/// Forms of one name word looked at: a word shared by thousands of gazetteer names
/// ("santa") must not make one text word cost thousands of candidates.
const MAX_FORMS_PER_WORD: usize = 32;

/// One candidate name for a span of text.
struct Candidate {
    term: u32,
    /// The name form (index into the name index's forms).
    form: u32,
    /// For a one-word near miss of a part of a longer name: that part, to suggest alone.
    part: Option<u32>,
    closeness: Closeness,
}

impl Candidate {
    /// The suggested text; `tokens` is a buffer for splitting the form.
    fn replacement(&self, scan: &Scan<'_>, tokens: &mut Tokens) -> String {
        let form = &scan.names.forms[self.form as usize];
        let text = form_text(&scan.terms[form.term as usize], form.form);
        match self.part {
            Some(word) => part_of_form(text, scan.names.word(word), tokens),
            None => text.to_string(),
        }
    }
}

/// Reports the near misses of one stretch; `reported[i]` marks tokens already reported.
fn check(ctx: &mut Context<'_, '_>) {
    let scan = ctx.scan();
    let mut out = Vec::new();
    find(scan, &mut out);
    ctx.report_all(out);
}

fn find(scan: &Scan<'_>, out: &mut Vec<Finding>) {
    if scan.names.is_empty() {
        return;
    }
    let mut reported = vec![false; scan.tokens.len()];
    multi_word(scan, &mut reported, out);
    single_word(scan, &reported, out);
}

/// Runs of capitalised words that equal a multi-word name but for one word.
fn multi_word(scan: &Scan<'_>, reported: &mut [bool], out: &mut Vec<Finding>) {
    let n_tokens = scan.tokens.len();
    let mut hashes = Vec::with_capacity(MAX_NAME_WORDS);
    for &start in scan.capitalised_tokens() {
        if reported[start] {
            continue;
        }
        hashes.clear();
        // The odd word must be no name word at all (else "Kim Jong Il" would be a near
        // miss of "Kim Jong Un"), and every other word must be one: so a run holds
        // exactly one word that is no name word, and only that one is looked up.
        let mut hole = None;
        for end in start..n_tokens.min(start + MAX_NAME_WORDS) {
            if end > start && !joins_name(scan.gap_after(end - 1)) {
                break;
            }
            hashes.push(scan.hash(end));
            if scan.name_word(end).is_none() {
                if hole.is_some() {
                    break;
                }
                hole = Some(end);
                // An odd word that is lowercase or inside a glossary match is never
                // misspelt (`hole_may_be_misspelt`), however long the run grows.
                if !scan.capitalised(end) || scan.covered[end] {
                    break;
                }
            }
            let Some(i) = hole else {
                continue;
            };
            if hashes.len() < 2 || !hole_may_be_misspelt(scan, i, hashes.len()) {
                continue;
            }
            let mut candidates = one_off(scan, start, &hashes, i - start);
            if let Some(head) = name_head_before(scan, start) {
                candidates.retain(|c| !named_after(scan, c, head));
            }
            if !candidates.is_empty() {
                let range = ByteRange::new(scan.range(start).start, scan.range(end).end);
                out.push(finding(scan, range, candidates));
                reported[start..=end].iter_mut().for_each(|r| *r = true);
                break;
            }
        }
    }
}

/// Whether the text between two words can sit inside a name: white space or a hyphen.
fn joins_name(gap: &str) -> bool {
    !gap.is_empty()
        && gap
            .chars()
            .all(|c| c.is_whitespace() || matches!(c, '-' | '‐' | '‑'))
}

/// The multi-word names that the run of tokens from `start` (of word hashes `hashes`)
/// matches but for its word at `hole`, where the run's word is close to the name's.
fn one_off(scan: &Scan<'_>, start: usize, hashes: &[u64], hole: usize) -> Vec<Candidate> {
    let forms = scan.names.one_off_forms(hashes, hole);
    let mut candidates = Vec::new();
    if forms.is_empty() {
        return candidates;
    }
    let folded = scan.tokens.folded(start + hole);
    let (mut stripped, mut name_stripped) = (Vec::new(), Vec::new());
    strip_diacritics(folded, &mut stripped);
    let shape = Shape::of(&stripped);
    // "Rio X" or "São X": a gazetteer holds thousands of forms per key, most of them
    // turned down by their hole word's shape alone.
    for &f in forms {
        let form = &scan.names.forms[f as usize];
        let word = scan.names.words_of(form)[hole];
        if !scan.names.word_shape(word).may_be_within_two_edits(shape) {
            continue;
        }
        let name_word = scan.names.word(word);
        strip_diacritics(name_word, &mut name_stripped);
        if let Some(c) = part_closeness(&stripped, &name_stripped, name_word != folded) {
            candidates.push(Candidate {
                term: form.term,
                form: f,
                part: None,
                closeness: c,
            });
        }
    }
    candidates
}

/// Whether token `i`, the odd word of an `n`-word run, may be a misspelt name word: it is
/// capitalised, not inside a glossary match (a good form, or a wrong one already reported),
/// and, when only one other word anchors the
/// name, no ordinary word ("Santa Marta" is not "Santa Maria").
fn hole_may_be_misspelt(scan: &Scan<'_>, i: usize, n: usize) -> bool {
    let folded = scan.tokens.folded(i);
    if !scan.capitalised(i) || scan.covered[i] || scan.name_word(i).is_some() {
        return false;
    }
    n >= 3 || (folded.chars().count() >= 4 && !scan.known(i))
}

/// Portuguese text uses a word at least this often (wordfreq Zipf, once per ten million
/// words) only if it is a word or a name in its own right.
const COMMON_IN_PORTUGUESE: f64 = 2.0;

/// Whether Portuguese text commonly writes `folded` as it is: then a single word is a name
/// in its own right ("Biden", "Pelosi", "Johnson"), not a misspelling of a place one letter
/// away, which a gazetteer of a million names always has. Spellings of a name in another
/// language stay suspects ("Oregón", "Pensilvania": Portuguese text hardly uses them).
/// Not asked of the odd word of a multi-word name, which the rest of the name vouches for
/// ("Los Ángeles").
fn common_in_portuguese(usage: Option<Usage>) -> bool {
    usage.is_some_and(|u| u.portuguese.value() >= COMMON_IN_PORTUGUESE)
}

/// The most any language of the usage table uses a word (Zipf): Portuguese, or the other
/// language that uses it most.
fn most_used(usage: Option<Usage>) -> Option<Zipf> {
    let u = usage?;
    Some(u.other.map_or(u.portuguese, |(_, z)| z.max(u.portuguese)))
}

/// How much real text uses a word, given its `usage`, if some language of the usage table
/// commonly writes it (Zipf >= 2, as `common_in_portuguese`): a name or word in its own
/// right there ("Rosenstein", "Widodo", "Discs").
fn used_in_its_own_right(usage: Option<Usage>) -> Option<Zipf> {
    most_used(usage).filter(|z| z.value() >= COMMON_IN_PORTUGUESE)
}

/// How much real text uses the name word `w`: a word of the Portuguese lexicon counts as
/// the commonest (the usage table leaves them out), a word no list holds as unused.
fn usage_of(scan: &Scan<'_>, w: u32) -> Zipf {
    let word = scan.names.word(w);
    if scan.lexicon.contains(word) {
        return Zipf::from_tenths(u8::MAX);
    }
    most_used(scan.profile.usage().and_then(|u| u.get(word))).unwrap_or_default()
}

/// Capitalised words close to a name word.
fn single_word(scan: &Scan<'_>, reported: &[bool], out: &mut Vec<Finding>) {
    let mut stripped = Vec::new();
    let mut name_stripped = Vec::new();
    let mut word_ids = Vec::new();
    let mut dismissed = Dismissed::default();
    for &i in scan.capitalised_tokens() {
        if reported[i] || scan.covered[i] {
            continue;
        }
        if dismissed.ask(scan, i) || beside_unknown_name(scan, i) {
            continue;
        }
        // The few words left: their usage and candidates again (`dismissed_alone`).
        let folded = scan.tokens.folded(i);
        let word_usage = scan.profile.usage().and_then(|u| u.get(folded));
        strip_diacritics(folded, &mut stripped);
        scan.names.near_word_candidates(&stripped, &mut word_ids);
        // "Gambôa" is the word "gamboa" with an accent: a closer reading than a name one
        // letter away ("Gâmbia"). Only the name's own letters with other marks stay suspect.
        let plain: String = stripped.iter().collect();
        let accented_word = plain != folded && scan.lexicon.contains(&plain);
        // A known given name or surname ("Elvie", "Zorica") is a name in its own right, not
        // a misspelling of a place one letter away; only its letters written with other
        // marks stay suspect ("Jose" where the glossary writes "José").
        let person_name = mtlint_lexicon::person_names().contains(folded);
        let mut candidates = Vec::new();
        for &w in &word_ids {
            let name_word = scan.names.word(w);
            strip_diacritics(name_word, &mut name_stripped);
            if is_plural_of(&stripped, &name_stripped)
                || ((accented_word || person_name) && name_stripped != stripped)
            {
                continue;
            }
            let Some(c) = closeness(&stripped, &name_stripped, name_word != folded) else {
                continue;
            };
            for &f in scan.names.forms_of_word(w).iter().take(MAX_FORMS_PER_WORD) {
                candidates.push(Candidate {
                    term: scan.names.forms[f as usize].term,
                    form: f,
                    part: Some(w),
                    closeness: c,
                });
            }
        }
        candidates.retain(|c| !original_of_rare_exonym(scan, c, folded));
        if let Some(word_use) = used_in_its_own_right(word_usage) {
            // A misspelling is rarer than what it misspells: a word that real text uses
            // more than a name is no misspelling of it ("Rosenstein", "Bartels" are names
            // of their own, not of the places "Rotenstein", "Bertils").
            candidates.retain(|c| c.part.is_some_and(|w| usage_of(scan, w) >= word_use));
        }
        if before_a_surname(scan, i) {
            // Someone else's first name ("Veladimir da Cruz"), not the first name of a longer
            // glossary name ("Vladimir Putin"); other parts keep their reading ("Virxinia do
            // Oeste" for the "Virginia" of West Virginia).
            candidates.retain(|c| !is_first_name_of(scan, c));
        }
        if let Some(head) = name_head_before(scan, i) {
            candidates.retain(|c| !named_after(scan, c, head));
        }
        let best = candidates
            .iter()
            .map(|c| c.closeness.confidence)
            .fold(0.0, f32::max);
        if candidates.is_empty()
            || (scan.starts_sentence(i) && best < MIN_CONFIDENCE_AT_SENTENCE_START)
            || equally_close_to_several(scan, &candidates, best)
        {
            continue;
        }
        out.push(finding(scan, scan.range(i), candidates));
    }
}

/// Whether capitalised token `i` is no near miss whatever stands around it: too short, a
/// word of the language or of the glossaries, an English word, a word Portuguese text
/// commonly writes, or no name word near it (most words).
fn dismissed_alone(scan: &Scan<'_>, i: usize) -> bool {
    let folded = scan.tokens.folded(i);
    if folded.len() < 4
        || scan.known(i)
        || scan.names.is_good_word(folded)
        || scan.profile.translations().is_english_word(folded)
    {
        return true;
    }
    let word_usage = scan.profile.usage().and_then(|u| u.get(folded));
    if common_in_portuguese(word_usage) {
        return true;
    }
    let mut stripped = Vec::new();
    strip_diacritics(folded, &mut stripped);
    let mut word_ids = Vec::new();
    scan.names.near_word_candidates(&stripped, &mut word_ids);
    word_ids.is_empty()
}

/// [`dismissed_alone`] answered once per spelling of a stretch: a capitalised word recurs
/// (a name, a word that opens sentences), and its answer costs look-ups in the English
/// translations, the usage table and the name index.
#[derive(Default)]
struct Dismissed {
    /// A spelling's hash → its first token and the answer.
    answers: FxHashMap<u64, (usize, bool)>,
}

impl Dismissed {
    fn ask(&mut self, scan: &Scan<'_>, i: usize) -> bool {
        let folded = scan.tokens.folded(i);
        match self.answers.get(&scan.hash(i)) {
            Some(&(first, answer)) if scan.tokens.folded(first) == folded => answer,
            // Two spellings with one hash: the second is asked afresh each time.
            Some(_) => dismissed_alone(scan, i),
            None => {
                let answer = dismissed_alone(scan, i);
                self.answers.insert(scan.hash(i), (i, answer));
                answer
            }
        }
    }
}

/// Confidences closer than this are a tie (as in `finding`, which marks the tie ambiguous).
const TIE: f32 = 0.05;

/// Whether the best candidates of a single word are two or more different names (not
/// one name with and without its diacritics): the word sits among names that differ by
/// as much as it differs from each, as a real name of its own does in a gazetteer of a
/// million places ("Blasey": "Blasen", "Blazey", "Basey"; "Pelley": "Pellen", "Pelles").
/// A misspelling of one name has one nearest name.
fn equally_close_to_several(scan: &Scan<'_>, candidates: &[Candidate], best: f32) -> bool {
    let mut first: Option<Vec<char>> = None;
    let mut stripped = Vec::new();
    for c in candidates {
        let Some(w) = c.part else { continue };
        if best - c.closeness.confidence >= TIE {
            continue;
        }
        strip_diacritics(scan.names.word(w), &mut stripped);
        match &first {
            None => first = Some(stripped.clone()),
            Some(f) if *f != stripped => return true,
            Some(_) => {}
        }
    }
    false
}

/// Whether `folded` is the entry's own name in the source language and the Portuguese
/// form it is close to is an exonym the Portuguese dictionaries do not list ("Udine" for
/// "Údine", "Teramo" for "Téramo"): Portuguese text writes the original name of such a
/// place as often as the exonym, so it is no misspelling. An exonym the dictionaries hold
/// is the one Portuguese writes ("Micronesia" for "Micronésia", "Moscow" for "Moscou").
fn original_of_rare_exonym(scan: &Scan<'_>, candidate: &Candidate, folded: &str) -> bool {
    let term = &scan.terms[scan.names.forms[candidate.form as usize].term as usize];
    if !term.source.iter().any(|s| s.to_lowercase() == folded) {
        return false;
    }
    match candidate.part {
        Some(w) => !scan.lexicon.contains(scan.names.word(w)),
        None => !scan.lexicon.contains(&term.preferred.to_lowercase()),
    }
}

/// Whether token `i` stands next to another capitalised word that no glossary name holds
/// and no dictionary knows: then it is part of a name the glossaries do not hold ("Chad
/// Hammel" is a man, not the country Chade).
fn beside_unknown_name(scan: &Scan<'_>, i: usize) -> bool {
    let english = scan.profile.translations();
    let unknown_name = |j: usize| {
        let folded = scan.tokens.folded(j);
        scan.capitalised(j)
            && folded.chars().count() >= 3
            && scan.name_word(j).is_none()
            && !scan.known(j)
            && !english.is_english_word(folded)
    };
    let before = i > 0 && joins_name(scan.gap_after(i - 1)) && unknown_name(i - 1);
    let after = i + 1 < scan.tokens.len() && joins_name(scan.gap_after(i)) && unknown_name(i + 1);
    before || after
}

/// Whether the candidate's name word is the first word of a longer name.
fn is_first_name_of(scan: &Scan<'_>, candidate: &Candidate) -> bool {
    let form = &scan.names.forms[candidate.form as usize];
    let words = scan.names.words_of(form);
    words.len() >= 2 && candidate.part == words.first().copied()
}

/// The capitalised common noun that opens a longer name before token `start`, through
/// one name particle, after a lowercase word: "Hospital" of "ao Hospital Santa Lucia",
/// "Universidade" of "a Universidade de Santa Lucia". Not at a sentence start, where every
/// word is capitalised.
fn name_head_before(scan: &Scan<'_>, start: usize) -> Option<usize> {
    let spaced = |gap: &str| !gap.is_empty() && gap.chars().all(|c| c == ' ');
    let mut k = start;
    if k >= 2
        && spaced(scan.gap_after(k - 1))
        && scan.profile.words.name_particles.iter().any(|p| p == scan.word(k - 1))
    {
        k -= 1;
    }
    // The head opens the name: a lowercase word stands before it ("ao Hospital"), or a
    // sentence's first word ("A Universidade"), not another capitalised word, which makes
    // it a word inside a longer run ("em Lavrov Port City Wanson": MT's English around a
    // misspelt place).
    let head = k.checked_sub(2).map(|before| before + 1)?;
    (spaced(scan.gap_after(head))
        && spaced(scan.gap_after(head - 1))
        && scan.capitalised(head)
        && scan.known(head)
        && (!scan.capitalised(head - 1) || scan.starts_sentence(head - 1))
        && !scan.starts_sentence(head))
    .then_some(head)
}

/// Whether a candidate is a place whose name lacks the head word before the run: the run
/// is then the name of something named after the place or after a saint (a hospital, a
/// university, a street: "Hospital Santa Lucia" is no misspelt "Santa Lúcia", the
/// country), and the head word is part of it. Persons keep their reading after a title
/// ("Presidente Vladmir Putin").
fn named_after(scan: &Scan<'_>, candidate: &Candidate, head: usize) -> bool {
    let form = &scan.names.forms[candidate.form as usize];
    let head_word = scan.tokens.folded(head);
    scan.terms[candidate.term as usize].kind == TermKind::Place
        && !scan
            .names
            .words_of(form)
            .iter()
            .any(|&w| scan.names.word(w) == head_word)
}

/// Whether token `i` is followed by a particle and a capitalised word that no glossary name
/// holds ("Veladimir da Cruz"): then it is no near miss of a person of the glossaries but
/// the first name of someone they do not hold, even when the surname is also an ordinary
/// word ("cruz", "silva", "costa").
fn before_a_surname(scan: &Scan<'_>, i: usize) -> bool {
    if i + 2 >= scan.tokens.len() {
        return false;
    }
    let particle = scan.word(i + 1);
    let spaced = |gap: &str| !gap.is_empty() && gap.chars().all(|c| c == ' ');
    spaced(scan.gap_after(i))
        && spaced(scan.gap_after(i + 1))
        && scan.profile.words.name_particles.iter().any(|p| p == particle)
        && scan.capitalised(i + 2)
        && scan.tokens.folded(i + 2).chars().count() >= 3
        && scan.name_word(i + 2).is_none()
}

/// "Kims" for "Kim": a plural, not a misspelling.
fn is_plural_of(text: &[char], name: &[char]) -> bool {
    text.len() == name.len() + 1 && text.last() == Some(&'s') && text.starts_with(name)
}

/// The word of `form` whose folded form is `folded_word`, as the form writes it ("Putin"
/// from "Vladimir Putin"); the whole form when it is one word. `tokens` is a reused
/// buffer: this runs for every candidate until three distinct suggestions are found.
fn part_of_form(form: &str, folded_word: &str, tokens: &mut Tokens) -> String {
    tokens.fill(form, 0);
    if tokens.len() <= 1 {
        return form.to_string();
    }
    (0..tokens.len())
        .find(|&k| tokens.folded(k) == folded_word)
        .map_or_else(
            || form.to_string(),
            |k| form[tokens.tokens[k].range.as_range()].to_string(),
        )
}

fn finding(scan: &Scan<'_>, range: ByteRange, mut candidates: Vec<Candidate>) -> Finding {
    candidates.sort_by(|a, b| {
        b.closeness
            .confidence
            .total_cmp(&a.closeness.confidence)
            .then(a.term.cmp(&b.term))
    });
    // The best few distinct replacements; strings are built only for these.
    let mut picked: Vec<(Candidate, String)> = Vec::new();
    let mut tokens = Tokens::default();
    for c in candidates {
        let replacement = c.replacement(scan, &mut tokens);
        if !picked.iter().any(|(_, r)| *r == replacement) {
            picked.push((c, replacement));
        }
        if picked.len() == MAX_SUGGESTIONS {
            break;
        }
    }
    let found = &scan.text[range.as_range()];
    let best = &picked[0].0;
    let term = &scan.terms[best.term as usize];
    let best_form = &picked[0].1;
    let mut message = if *best_form == term.preferred {
        format!(
            "\"{found}\" looks like a misspelling of {} \"{}\"",
            term.kind.noun(),
            term.preferred
        )
    } else {
        // A part of a longer name, or an accepted form: say which entry it belongs to.
        format!(
            "\"{found}\" looks like a misspelling of \"{best_form}\" ({} \"{}\")",
            term.kind.noun(),
            term.preferred
        )
    };
    if picked.len() > 1 {
        let others: Vec<String> = picked[1..]
            .iter()
            .map(|(_, r)| format!("\"{r}\""))
            .collect();
        message.push_str(&format!(" (or {})", others.join(", ")));
    }
    // Two names about equally close: the choice between them is a guess.
    let ambiguous = picked
        .get(1)
        .is_some_and(|(c, _)| best.closeness.confidence - c.closeness.confidence < TIE);
    let confidence = best.closeness.confidence * if ambiguous { 0.8 } else { 1.0 };
    Finding {
        suggestions: picked
            .iter()
            .map(|(_, r)| Suggestion {
                range,
                replacement: carry_case(found, r),
                applicability: Applicability::Unsafe,
            })
            .collect(),
        term: Some(TermRef::of(term)),
        note: term.note.clone(),
        confidence: Some((confidence * 100.0).round() / 100.0),
        ..Finding::new(Rule::NameNearMiss, range, message)
    }
}

#[cfg(test)]
mod tests;
