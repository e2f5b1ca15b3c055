//! Scientific names of species: a genus and a species epithet in Latin ("Aedes aegypti",
//! "Canis lupus", "E. coli"). Writers of every language keep them as they are, so the
//! epithet is neither an untranslated word nor a Portuguese word without its accent
//! ("lupus" is no "lúpus" after "Canis").

use mtlint_lexicon::{Lexicon, UsageTable};

use crate::analysis::evidence::USAGE_MARGIN;
use crate::tokens::Tokens;

/// Endings of Latin epithets (nominative adjectives and genitives of the nomenclature:
/// "sapiens", "lupus", "falciparum", "aegypti", "vulgaris", "ovis", "alba", "rosae").
const LATIN_ENDINGS: [&str; 9] = ["us", "um", "a", "ae", "i", "is", "ns", "ex", "ix"];

/// The shortest epithet ("leo", "rex"); shorter lowercase words are function words.
const EPITHET_MIN_CHARS: usize = 3;

/// Whether token `k` is the epithet of a binomial: a lowercase word the lexicon lacks,
/// with a Latin ending, that no language uses ten times more than Portuguese (a Latin
/// name is written alike everywhere, while an English word after a name, "Trump area",
/// leans to English), right after a genus: a capitalised word of three letters or more,
/// or an initial with its full stop ("E. coli").
pub(crate) fn is_epithet(
    text: &str,
    tokens: &Tokens,
    k: usize,
    lexicon: &Lexicon,
    usage: &UsageTable,
) -> bool {
    if k == 0 {
        return false;
    }
    let word = &text[tokens.tokens[k].range.as_range()];
    let folded = tokens.folded(k);
    if word != folded
        || word.chars().count() < EPITHET_MIN_CHARS
        || !word.chars().all(|c| c.is_ascii_lowercase())
        || !LATIN_ENDINGS.iter().any(|e| folded.ends_with(e))
        || lexicon.contains(folded)
    {
        return false;
    }
    let leans_elsewhere = usage
        .get(folded)
        .and_then(|u| u.lead())
        .is_some_and(|(_, lead)| lead >= USAGE_MARGIN);
    !leans_elsewhere && is_genus(text, tokens, k - 1)
}

/// Whether token `g` is a genus written before an epithet: capitalised, the rest lowercase,
/// three letters or more and a space before the epithet; or one capital and a full stop.
fn is_genus(text: &str, tokens: &Tokens, g: usize) -> bool {
    let word = &text[tokens.tokens[g].range.as_range()];
    let gap = &text[tokens.tokens[g].range.end..tokens.tokens[g + 1].range.start];
    let mut chars = word.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    if !first.is_uppercase() {
        return false;
    }
    let rest: Vec<char> = chars.collect();
    if rest.is_empty() {
        return gap == ". ";
    }
    gap == " " && rest.len() >= 2 && rest.iter().all(|c| c.is_lowercase())
}
