//! Words written without their accents ("ilusoes" for ilusões): what `missing-accent`
//! reports and what `untranslated` counts as a target word, not a foreign one.

use mtlint_lexicon::{Accent, Lexicon, OtherLanguage, Profile, Usage};

use crate::respell::accented_counterparts;
use crate::tokens::Tokens;

/// Which of two accented forms a variant writes: Brazilian "higiênico", "econômico",
/// European "higiénico", "económico".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Preferred {
    Circumflex,
    Acute,
    Either,
}

impl Preferred {
    /// What the profile says the variant of `region` writes.
    pub(crate) fn for_region(profile: &mtlint_lexicon::Profile, region: Option<&str>) -> Preferred {
        match profile.accent_of(region) {
            Some(Accent::Circumflex) => Preferred::Circumflex,
            Some(Accent::Acute) => Preferred::Acute,
            None => Preferred::Either,
        }
    }

    /// Orders candidates so the variant's form comes first.
    pub(crate) fn rank(self, word: &str) -> u8 {
        let circumflex = word.contains(['â', 'ê', 'ô']);
        let acute = word.contains(['á', 'é', 'ó']);
        match self {
            Preferred::Circumflex => u8::from(acute && !circumflex),
            Preferred::Acute => u8::from(circumflex && !acute),
            Preferred::Either => 0,
        }
    }
}

/// Whether word `k` may be a candidate, before the lexicon is asked: it is written in
/// lowercase.
pub(crate) fn may_be_candidate(text: &str, tokens: &Tokens, k: usize) -> bool {
    text[tokens.tokens[k].range.as_range()] == *tokens.folded(k)
}

/// Whether word `k`, which passed [`may_be_candidate`] and which the lexicon lacks, is a
/// candidate.
pub(crate) fn is_candidate(text: &str, tokens: &Tokens, k: usize, profile: &Profile) -> bool {
    let Some(lexicon) = profile.lexicon() else {
        return false;
    };
    let usage = profile.usage().and_then(|u| u.get(tokens.folded(k)));
    !tokens.in_url_or_code(text, tokens.tokens[k].range)
        && lost_its_accent(tokens.folded(k), usage, lexicon, profile)
}

/// Whether `folded`, a lowercase word the lexicon lacks (outside code and URLs, which the
/// callers have ruled out), is a Portuguese word that lost its accents: the lexicon holds
/// it with them, and it is not an English word Portuguese text quotes ("area": English
/// 5.5, Portuguese 3.9). `usage` is the word's entry in the usage table.
pub(crate) fn lost_its_accent(
    folded: &str,
    usage: Option<Usage>,
    lexicon: &Lexicon,
    profile: &Profile,
) -> bool {
    let english_loan = usage
        .and_then(|u| u.lead())
        .is_some_and(|(language, lead)| language == OtherLanguage::English && lead >= 1.0);
    folded.len() >= 3 && !english_loan && !accented_words(folded, lexicon, profile).is_empty()
}

/// The lexicon's accented forms of `folded` that are lowercase words, not hunspell's
/// abbreviations kept without their full stop ("sâns." for sânscrito, "cálc.", "calç.") nor
/// its names ("Hosé"): those are in the profile's `not-offered` list (scripts/lexicon/not_offered.sh), and a
/// word ends in one of the profile's `word-finals` (a Portuguese word in a vowel or in l,
/// m, n, r, s, x, z). So nothing is offered for "sans", "calc" or the English "hose".
pub(crate) fn accented_words(folded: &str, lexicon: &Lexicon, profile: &Profile) -> Vec<String> {
    let mut accented = accented_counterparts(folded, lexicon, &profile.respelling);
    accented.retain(|w| {
        let finals = &profile.respelling.word_finals;
        w.chars()
            .last()
            .is_some_and(|c| finals.is_empty() || finals.contains(&c))
            && !profile.not_offered(w)
    });
    accented
}
