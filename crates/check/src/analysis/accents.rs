//! Words written without their accents ("ilusoes" for ilusões): what `missing-accent`
//! reports and what `untranslated` counts as a target word, not a foreign one.

use std::sync::OnceLock;

use mtlint_lexicon::{Accent, Lexicon, OtherLanguage, Usage, UsageTable};
use rustc_hash::FxHashSet;

use crate::analysis::code::in_url_or_code;
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
pub(crate) fn is_candidate(
    text: &str,
    tokens: &Tokens,
    k: usize,
    lexicon: &Lexicon,
    usage: Option<&UsageTable>,
) -> bool {
    !in_url_or_code(text, tokens.tokens[k].range)
        && lost_its_accent(
            tokens.folded(k),
            usage.and_then(|u| u.get(tokens.folded(k))),
            lexicon,
        )
}

/// Whether `folded`, a lowercase word the lexicon lacks (outside code and URLs, which the
/// callers have ruled out), is a Portuguese word that lost its accents: the lexicon holds
/// it with them, and it is not an English word Portuguese text quotes ("area": English
/// 5.5, Portuguese 3.9). `usage` is the word's entry in the usage table.
pub(crate) fn lost_its_accent(folded: &str, usage: Option<Usage>, lexicon: &Lexicon) -> bool {
    let english_loan = usage
        .and_then(|u| u.lead())
        .is_some_and(|(language, lead)| language == OtherLanguage::English && lead >= 1.0);
    folded.len() >= 3 && !english_loan && !accented_words(folded, lexicon).is_empty()
}

/// The lexicon's accented forms of `folded` that are lowercase words, not hunspell's
/// abbreviations kept without their full stop ("sâns." for sânscrito, "cálc.", "calç.") nor
/// its names ("Hosé"): those are in `not_offered.txt` (scripts/lexicon/not_offered.sh), and a
/// Portuguese word ends in a vowel or in l, m, n, r, s, x, z besides. So nothing is offered
/// for "sans", "calc" or the English "hose".
pub(crate) fn accented_words(folded: &str, lexicon: &Lexicon) -> Vec<String> {
    let mut accented = accented_counterparts(folded, lexicon);
    accented.retain(|w| {
        w.chars()
            .last()
            .is_some_and(|c| "aeiouáéíóúâêôãõàlmnrsxz".contains(c))
            && !not_offered().contains(w.as_str())
    });
    accented
}

/// The accented abbreviations (without their full stop) and names of the hunspell
/// dictionaries.
fn not_offered() -> &'static FxHashSet<&'static str> {
    static SET: OnceLock<FxHashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| {
        include_str!("not_offered.txt")
            .lines()
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .collect()
    })
}
