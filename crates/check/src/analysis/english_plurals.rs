//! English plurals that fluent MT leaves between Portuguese words where the plural's own
//! usage says too little:
//! - a plural English writes less than its singular ("as descriptions vívidas":
//!   "descriptions" 3.9, "description" 4.7; "nossas lifetimes"), judged by the singular,
//!   which the source profile's `spelling.plural-endings` give;
//! - a plural after a number ("há 136 years"), where Portuguese sports reports write the
//!   English units of their games ("18 tackles", "10 points"): only the commonest English,
//!   which Portuguese text writes a hundred times less, is taken there.
//!
//! The usage lists decide, never a list of words.

use mtlint_lexicon::{OtherLanguage, SourceSpelling, Usage, UsageTable};

use crate::analysis::evidence::{common_english_form, COMMON_ENGLISH, COMMON_ENGLISH_LEAD};

/// The shortest singular taken ("atom"): shorter stems are as often another word ("bus").
const MIN_STEM_CHARS: usize = 4;

/// After a number: English uses the plural at least this often (Zipf; 5.0 is once in
/// 100,000 words: "years" 6.0, "weeks" 5.2, "hours" 5.4) ...
const COUNTED_ENGLISH: f64 = 5.0;

/// ... and this much more than Portuguese text (2.0 is a hundred times). The scoring units
/// Portuguese sports reports keep in English lead by less or are rarer ("points" 1.9,
/// "goals" 1.9, "yards" 4.5, "tackles" 3.8).
const COUNTED_LEAD: f64 = 2.0;

/// Whether `folded` is the plural of a common English noun that Portuguese text only
/// quotes: English leads Portuguese on the plural by `COMMON_ENGLISH_LEAD` (Portuguese
/// writes "girls" in names and titles: 1.2), and on its singular, which English uses at
/// least `COMMON_ENGLISH` ("description" 4.7, "lifetime" 4.4, "address" 4.9; "survivor" 4.0
/// and "atom", which German text writes most, are not taken).
pub(crate) fn plural_of_common_english(
    folded: &str,
    found: Usage,
    usage: &UsageTable,
    spelling: &SourceSpelling,
) -> bool {
    english_lead(found, 0.0, COMMON_ENGLISH_LEAD)
        && !folded.ends_with("ss")
        && singulars(folded, spelling).any(|singular| {
            usage
                .get(&singular)
                .is_some_and(|u| english_lead(u, COMMON_ENGLISH, COMMON_ENGLISH_LEAD))
        })
}

/// Whether a word after a number is the plural of a common English word that Portuguese
/// text writes a hundred times less: see `COUNTED_ENGLISH` and `COUNTED_LEAD`.
pub(crate) fn counted_in_english(folded: &str, found: Usage, spelling: &SourceSpelling) -> bool {
    common_english_form(folded, found, spelling)
        && spelling
            .plural_endings
            .iter()
            .any(|(ending, _)| folded.ends_with(ending.as_str()))
        && english_lead(found, COUNTED_ENGLISH, COUNTED_LEAD)
}

/// The singulars `folded` may be the plural of, by the profile's plural endings.
fn singulars<'a>(
    folded: &'a str,
    spelling: &'a SourceSpelling,
) -> impl Iterator<Item = String> + 'a {
    spelling
        .plural_endings
        .iter()
        .filter_map(move |(ending, replacement)| {
            let stem = folded.strip_suffix(ending.as_str())?;
            let singular = format!("{stem}{replacement}");
            (singular.chars().count() >= MIN_STEM_CHARS).then_some(singular)
        })
}

/// Whether English is the language that uses `found`'s word most besides Portuguese, at
/// Zipf `at_least` or more and `lead` more than Portuguese.
pub(crate) fn english_lead(found: Usage, at_least: f64, lead: f64) -> bool {
    found
        .other
        .is_some_and(|(language, _)| language == OtherLanguage::English)
        && usage_lead(found, at_least, lead)
}

/// Whether the language that uses `found`'s word most besides Portuguese, whichever it is,
/// uses it at Zipf `at_least` or more and `lead` more than Portuguese.
pub(crate) fn usage_lead(found: Usage, at_least: f64, lead: f64) -> bool {
    found
        .other
        .is_some_and(|(_, zipf)| zipf.value() >= at_least && zipf.minus(found.portuguese) >= lead)
}

/// Whether token text `word` is a number written with digits ("36", "1.500", "2,5").
pub(crate) fn is_number(word: &str) -> bool {
    word.starts_with(|c: char| c.is_ascii_digit())
        && word
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
}
