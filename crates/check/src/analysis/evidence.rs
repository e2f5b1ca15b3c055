//! The language a lone word belongs to on its own evidence, without lingua: how much real
//! text uses it in Portuguese and in other languages (the usage table), else spellings
//! Portuguese does not have, else a Portuguese word it respells; and the Portuguese word a
//! respelling suggests.

use mtlint_lexicon::{Lexicon, OtherLanguage, Respelling, SourceSpelling, Usage, UsageTable};
use std::cell::RefCell;

use rustc_hash::FxHashMap;

use crate::analysis::classes::USED_IN_TARGET;
use crate::analysis::english_cognates::english_cognate;

/// A lone word is foreign when another language uses it at least this often, and at
/// least `USAGE_MARGIN` more often (10x) than Portuguese does ("warship": English 3.2,
/// Portuguese 1.2).
const USED_ELSEWHERE: f64 = 2.0;

pub(crate) const USAGE_MARGIN: f64 = 1.0;

/// A word another language uses this much more than Portuguese (Zipf; 2.3 is 200 times)
/// is that language's even when Portuguese web text quotes it often enough to list it
/// ("further": English 5.3, Portuguese 2.8; "somehow" 4.5 and 2.2): no loanword is used
/// so much less than in its own language. Loanwords lead by less ("tackle" 2.0,
/// "benchmark" 1.2).
pub(crate) const QUOTED_LEAD: f64 = 2.3;

/// The label of words whose spelling is Galician or Spanish: lingua has no Galician model,
/// and the two share the spellings used as evidence.
const GALICIAN_OR_SPANISH: &str = "Galician or Spanish";

const SPELLING_CONFIDENCE: f64 = 0.9;

/// Words longer than this (in chars) are not respelt: no Portuguese word is near this
/// long (the lexicon's longest run to about 46 letters) and a respelling changes a word's
/// length by a few letters at most, so no candidate could be found; trying them costs
/// time that grows much faster than the word (a 2,000-letter token took a minute).
const MAX_RESPELL_CHARS: usize = 64;

/// Words with more places a respelling may change than this are not respelt: the
/// candidates grow with the square of the places, each tried with every accent (a fuzzed
/// 46-letter run of "x" took seconds). Galician and Spanish words have one or two.
const MAX_REWRITE_SITES: usize = 6;

/// What a word's evidence is read from: the target profile's usage table and lexicon.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Evidence<'a> {
    pub usage: &'a UsageTable,
    pub lexicon: &'a Lexicon,
    pub respelling: &'a Respelling,
    /// The source language's spellings (`[spelling]` of its `source.toml`).
    pub source: &'a SourceSpelling,
}

/// The Portuguese word `folded` is another spelling of, for words short enough to be one.
pub(crate) fn portuguese_counterpart(folded: &str, on: Evidence<'_>) -> Option<String> {
    let sites = crate::respell::rewrite_sites(folded, on.respelling);
    if folded.chars().nth(MAX_RESPELL_CHARS).is_some() || sites > MAX_REWRITE_SITES {
        return None;
    }
    crate::respell::portuguese_counterpart(folded, on.lexicon, on.respelling)
}

/// Words a thread remembers the evidence of before it starts over.
const MAX_REMEMBERED: usize = 1 << 16;

/// Which data a thread's remembered answers were read from: the addresses of `Evidence`'s
/// tables, which are `'static` and so never hold other data.
type EvidenceOwner = [usize; 4];

/// A thread's answers of one function of a word and its evidence, with the data they
/// were read from.
type WordMemo<V> = RefCell<(EvidenceOwner, FxHashMap<Box<str>, V>)>;

thread_local! {
    static REMEMBERED: WordMemo<Option<(&'static str, f64)>> = RefCell::default();
    static COUNTERPARTS: WordMemo<Option<Box<str>>> = RefCell::default();
}

/// The addresses that name the data of `on`.
fn owner_of(on: Evidence<'static>) -> EvidenceOwner {
    [
        std::ptr::from_ref(on.usage) as usize,
        std::ptr::from_ref(on.lexicon) as usize,
        std::ptr::from_ref(on.respelling) as usize,
        std::ptr::from_ref(on.source) as usize,
    ]
}

/// `find(folded, on)`, remembered in `memo` per thread for each word: the data are
/// `'static`, so their addresses name them, and a memo of other data starts over.
fn remembered<V: Clone>(
    memo: &'static std::thread::LocalKey<WordMemo<V>>,
    folded: &str,
    on: Evidence<'static>,
    find: impl FnOnce(&str, Evidence<'static>) -> V,
) -> V {
    let owner = owner_of(on);
    // `try_with`: a thread being torn down has no memo left, and then just computes.
    let known = memo
        .try_with(|m| {
            let m = m.borrow();
            (m.0 == owner).then(|| m.1.get(folded).cloned()).flatten()
        })
        .ok()
        .flatten();
    if let Some(value) = known {
        return value;
    }
    let value = find(folded, on);
    let _ = memo.try_with(|m| {
        let mut m = m.borrow_mut();
        if m.0 != owner || m.1.len() >= MAX_REMEMBERED {
            m.1.clear();
            m.0 = owner;
        }
        m.1.insert(folded.into(), value.clone());
    });
    value
}

/// [`word_evidence`], remembered per thread for each word: a word left untranslated
/// recurs through a document, and its evidence (usage, respellings) costs thousands of
/// instructions to find.
pub(crate) fn remembered_word_evidence(
    folded: &str,
    on: Evidence<'static>,
) -> Option<(&'static str, f64)> {
    remembered(&REMEMBERED, folded, on, word_evidence)
}

/// The language a word the target lexicon lacks belongs to, on the word's own evidence:
/// its usage, else its spelling.
pub(crate) fn word_evidence(folded: &str, on: Evidence<'_>) -> Option<(&'static str, f64)> {
    let found = on.usage.get(folded);
    let evidence = match found {
        Some(usage) => usage_evidence(folded, usage, on.usage, on.source).or_else(|| {
            // The English spelling of a word Portuguese spells its own way, which
            // `analysis::classes` found between Portuguese words ("uma mentira absolute").
            english_cognate(folded, usage, on.lexicon, (on.respelling, on.source))
                .then(|| ("English", share(usage.lead().map_or(0.0, |(_, lead)| lead))))
        }),
        None => spelling_evidence(folded, on.respelling, on.source),
    };
    // A word English text uses most is no Galician or Spanish spelling of a Portuguese
    // word, whatever it respells to ("tries" is no "três").
    let english = found
        .and_then(|u| u.other)
        .is_some_and(|(l, _)| l == OtherLanguage::English);
    evidence.or_else(|| {
        (!english).then_some(())?;
        portuguese_counterpart(folded, on)
            .filter(|portuguese| {
                !accents_only(folded, portuguese) || hiatus_accent(folded, on.respelling)
            })
            .map(|_| (GALICIAN_OR_SPANISH, SPELLING_CONFIDENCE))
    })
}

/// Whether the word accents an "i" or "u" after a vowel, as Galician does where Portuguese
/// does not ("constituíntes", "incluír": Portuguese "constituintes", "incluir"): the
/// profile's `hiatus-accents` after one of its `hiatus-after` letters.
fn hiatus_accent(folded: &str, pivot: &Respelling) -> bool {
    let mut previous_vowel = false;
    for c in folded.chars() {
        if previous_vowel && pivot.hiatus_accents.contains(&c) {
            return true;
        }
        previous_vowel = pivot.hiatus_after.contains(&c);
    }
    false
}

/// Whether two words differ only by their accents ("páram" and "param"): a Portuguese word
/// with a wrong accent, as old or hurried text writes it, is no evidence of another
/// language by itself.
fn accents_only(a: &str, b: &str) -> bool {
    let (mut a_plain, mut b_plain) = (Vec::new(), Vec::new());
    crate::names::keys::strip_diacritics(a, &mut a_plain);
    crate::names::keys::strip_diacritics(b, &mut b_plain);
    a_plain == b_plain
}

/// The correction of a one-word finding in a language whose spelling maps onto
/// Portuguese ("arteria" → "artéria"); English words are translated, not respelt.
pub(crate) fn respelt(found: &str, language: &str, on: Evidence<'static>) -> Option<String> {
    if language == "English" || found.chars().any(|c| !c.is_alphabetic()) {
        return None;
    }
    let folded = found.to_lowercase();
    let portuguese = remembered_counterpart(&folded, on)?;
    Some(crate::case::carry_case(found, &portuguese))
}

/// [`portuguese_counterpart`], remembered per thread for each word as
/// [`remembered_word_evidence`] is: each finding of a word asks for its respelling (tens
/// of thousands of instructions: every rewrite of the word looked up in the lexicon), and
/// an untranslated word recurs through a document.
pub(crate) fn remembered_counterpart(folded: &str, on: Evidence<'static>) -> Option<Box<str>> {
    remembered(&COUNTERPARTS, folded, on, |folded, on| {
        portuguese_counterpart(folded, on).map(Into::into)
    })
}

/// By usage: another language uses the word often and ten times more than Portuguese
/// does. A plural whose singular Portuguese uses is a loanword ("tackles" after "tackle").
/// (Even when Portuguese text never writes the plural: "homepages", "crashs".)
fn usage_evidence(
    folded: &str,
    found: Usage,
    usage: &UsageTable,
    english: &SourceSpelling,
) -> Option<(&'static str, f64)> {
    let (other, zipf) = found.other?;
    if common_english_form(folded, found, english)
        || crate::analysis::plain_english::common_english(found)
        || english_plural(folded, found, usage, english)
    {
        // The caller saw it between Portuguese words (`Class::Foreign`): see the functions.
        return Some((
            labelled(other, folded, english),
            share(zipf.minus(found.portuguese)),
        ));
    }
    let target = target_use(folded, found, usage);
    let margin = zipf.minus(target);
    let quoted = margin >= QUOTED_LEAD;
    if zipf.value() < USED_ELSEWHERE
        || margin < USAGE_MARGIN
        || (target.value() >= USED_IN_TARGET && !quoted)
    {
        return None;
    }
    Some((labelled(other, folded, english), share(margin)))
}

/// How much Portuguese text uses a word, or the singular of a plural when it uses that
/// more ("tackles" after "tackle").
fn target_use(folded: &str, found: Usage, usage: &UsageTable) -> mtlint_lexicon::Zipf {
    let singular = folded
        .strip_suffix('s')
        .and_then(|singular| usage.get(singular));
    singular.map_or(found.portuguese, |u| found.portuguese.max(u.portuguese))
}

/// Whether a word Portuguese text rarely writes is, by its usage alone, the plural of a
/// loanword ("tackles": Portuguese writes "tackle"), which `usage_evidence` never takes
/// for foreign on its own: only its neighbours can tell it from English left in the text.
pub(crate) fn plural_of_a_loan(folded: &str, found: Usage, usage: &UsageTable) -> bool {
    let target = target_use(folded, found, usage);
    found.portuguese.value() < USED_IN_TARGET
        && target.value() >= USED_IN_TARGET
        && found
            .other
            .is_some_and(|(_, zipf)| zipf.minus(target) < QUOTED_LEAD)
}

/// Whether the word is the plural of a loan (Portuguese text writes it, or its singular)
/// that `analysis::classes` found between Portuguese words and took for English by its
/// singular (`english_plurals`). Plurals Portuguese text never writes, of singulars it
/// never writes either, are judged by their own usage, wherever they stand.
fn english_plural(
    folded: &str,
    found: Usage,
    usage: &UsageTable,
    english: &SourceSpelling,
) -> bool {
    (found.portuguese.value() >= USED_IN_TARGET || plural_of_a_loan(folded, found, usage))
        && crate::analysis::english_plurals::plural_of_common_english(folded, found, usage, english)
}

/// English text uses a word this often (Zipf; 4.2 is about once in 60,000 words) when it is one
/// of the common words of English. (The usage table gives the language that uses a word
/// most besides Portuguese: French for "relations", which English shares.)
pub(crate) const COMMON_ENGLISH: f64 = 4.2;

/// ... and this much more than Portuguese text (1.5 is about 30 times).
pub(crate) const COMMON_ENGLISH_LEAD: f64 = 1.5;

/// Whether a word is an inflected or derived form of common English ("years", "weapons",
/// "wanted", "talking", "political") that Portuguese web text only quotes: English uses it at least
/// `COMMON_ENGLISH` and `COMMON_ENGLISH_LEAD` more than Portuguese. Loanwords Portuguese
/// has taken lead by less or are rarer in English ("tackles" 3.8, "birdies" 2.8); alone it
/// is still too weak, so the word classes take it for English only between Portuguese
/// words (see `analysis::classes`).
pub(crate) fn common_english_form(folded: &str, found: Usage, english: &SourceSpelling) -> bool {
    // The ending must leave a stem ("less" is no "-less" form).
    let ending = |e: &str| folded.len() > e.len() + 2 && folded.ends_with(e);
    let inflected =
        (ending("s") && !folded.ends_with("ss")) || english.form_endings.iter().any(|e| ending(e));
    inflected
        && found.other.is_some_and(|(_, zipf)| {
            zipf.value() >= COMMON_ENGLISH && zipf.minus(found.portuguese) >= COMMON_ENGLISH_LEAD
        })
}

/// The language a word's usage leans to, however slightly: another language uses it more
/// than Portuguese does ("nanny": English 3.6, Portuguese 2.8). Too weak alone (loanwords
/// lean so too); evidence next to words found foreign on their own.
pub(crate) fn leaning(
    folded: &str,
    usage: &UsageTable,
    english: &SourceSpelling,
) -> Option<(&'static str, f64)> {
    let found = usage.get(folded)?;
    let (other, lead) = found.lead()?;
    (lead > 0.0).then(|| (labelled(other, folded, english), share(lead)))
}

/// The share of the other language in the two frequencies, for a lead in Zipf: 0.91 at
/// a lead of 1.0 (ten times as often).
pub(crate) fn share(lead: f64) -> f64 {
    1.0 / (1.0 + 10f64.powf(-lead))
}

/// The label of a word another language uses: English words other languages have
/// borrowed too ("dashcam": German text writes it most) or share ("accusations": French)
/// are English when spelt as English, the source language rather than the borrower.
/// Spanish is left alone: its "-ble" ("creíble") is its own.
fn labelled(other: OtherLanguage, folded: &str, english: &SourceSpelling) -> &'static str {
    if borrower(other.name(), english) && english_spelling(folded, english) {
        "English"
    } else {
        other.name()
    }
}

/// Whether `label` names one of the languages whose text uses many English words as its
/// own, so that the usage lists may give them an English word ("dashcam": German; "image":
/// French): the source profile's `spelling.borrowers`.
pub(crate) fn borrower(label: &str, english: &SourceSpelling) -> bool {
    english.borrowers.iter().any(|b| b == label)
}

/// By spelling, for words no usage list holds: endings and letter groups Portuguese
/// spelling does not have but Galician and Spanish do, the leftovers of pivot MT
/// ("quenlla", "noitiña", "peaxe", "cartóns", "invencíbel", "concernió"; the profile's
/// `[respelling]`), else those of English, the source language ("pedaled", "destructible",
/// "temperment": words too rare, or too misspelt by the source, for the usage lists).
fn spelling_evidence(
    folded: &str,
    pivot: &Respelling,
    english: &SourceSpelling,
) -> Option<(&'static str, f64)> {
    // English letter groups first: Galician and Spanish never write "th", "sh", "ck" or
    // "gh", nor "w" or "k" beside their "ll", which English shares ("fullback", "walleye";
    // the source profile's `spelling.together`).
    let together = english
        .together
        .iter()
        .any(|(a, b)| folded.contains(a.as_str()) && folded.contains(b.as_str()));
    if english_letter_group(folded, english) || together {
        return Some(("English", SPELLING_CONFIDENCE));
    }
    let foreign_group = pivot
        .spelling_groups
        .iter()
        .any(|g| folded.contains(g.as_str()));
    let foreign_ending = pivot
        .spelling_endings
        .iter()
        .any(|e| folded.ends_with(e.as_str()));
    if foreign_group || foreign_ending || stressed_final_after_consonant(folded, pivot) {
        return Some((GALICIAN_OR_SPANISH, SPELLING_CONFIDENCE));
    }
    english_spelling(folded, english).then_some(("English", SPELLING_CONFIDENCE))
}

/// Whether the word ends in "í" or "ú" after a consonant ("predí", "menú"): Portuguese
/// writes a final stressed "i" or "u" without an accent ("parti", "tabu") unless it
/// follows a vowel ("saí", "baú"). The profile's `stressed-finals` and `vowels`.
fn stressed_final_after_consonant(folded: &str, pivot: &Respelling) -> bool {
    let mut last = folded.chars().rev();
    last.next()
        .is_some_and(|c| pivot.stressed_finals.contains(&c))
        && last
            .next()
            .is_some_and(|c| c.is_alphabetic() && !pivot.vowels.contains(&c))
}

/// Letter groups and endings of English that Portuguese spelling has only in loanwords,
/// which the usage lists hold: "th", "sh", "-ed", "-ble", "-ment", "-ness", "-ship",
/// "-ing", "-tion", "-ous"; and "w", "k", "y", which many languages write ("kaldom",
/// "assiko", Cape Verdean "faktu"), when lingua also takes the word for English
/// ("cowpoke", "hoggery").
fn english_spelling(folded: &str, english: &SourceSpelling) -> bool {
    let group = english_letter_group(folded, english);
    let ending = english.endings.iter().any(|e| folded.ends_with(e.as_str()));
    group || ending || (folded.contains(['w', 'k', 'y']) && lingua_says_english(folded))
}

/// Whether the word has a letter group of English that Portuguese, Spanish and Galician
/// spelling lack: "th", "sh", "ck", "gh" (the source profile's `letter-groups`).
pub(crate) fn english_letter_group(folded: &str, english: &SourceSpelling) -> bool {
    english
        .letter_groups
        .iter()
        .any(|g| folded.contains(g.as_str()))
}

/// Whether lingua's first choice for the word, among all its languages, is English.
fn lingua_says_english(word: &str) -> bool {
    crate::language::confidence_values(word, crate::language::SpanLanguages::All)
        .first()
        .is_some_and(|&(language, _)| language == lingua::Language::English)
}

#[cfg(test)]
mod tests {
    use mtlint_lexicon::{Respelling, SourceSpelling};

    use super::{borrower, hiatus_accent, spelling_evidence};

    #[test]
    fn the_letter_tests_read_the_profiles_data() {
        let (pivot, english) = (Respelling::default(), SourceSpelling::default());
        // Without data: no letter test says anything.
        assert_eq!(spelling_evidence("qalla", &pivot, &english), None);
        assert_eq!(spelling_evidence("predé", &pivot, &english), None);
        assert!(!hiatus_accent("incluír", &pivot));
        assert!(!borrower("German", &english));
        // A made-up profile's letters.
        let english = SourceSpelling {
            together: vec![("q".to_string(), "ll".to_string())],
            borrowers: vec!["German".to_string()],
            ..SourceSpelling::default()
        };
        let pivot = Respelling {
            stressed_finals: vec!['é'],
            vowels: vec!['a'],
            hiatus_accents: vec!['í'],
            hiatus_after: vec!['u'],
            ..Respelling::default()
        };
        assert_eq!(
            spelling_evidence("qalla", &pivot, &english).map(|e| e.0),
            Some("English")
        );
        assert_eq!(
            spelling_evidence("predé", &pivot, &english).map(|e| e.0),
            Some(super::GALICIAN_OR_SPANISH)
        );
        assert_eq!(spelling_evidence("paé", &pivot, &english), None);
        assert!(hiatus_accent("incluír", &pivot) && !hiatus_accent("saír", &pivot));
        assert!(borrower("German", &english) && !borrower("French", &english));
        // The shipped profiles.
        let pt = mtlint_lexicon::profile("pt");
        assert!(hiatus_accent("constituíntes", &pt.respelling));
        assert!(borrower("Italian", &pt.source.spelling));
    }
}
