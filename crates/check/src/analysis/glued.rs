//! Words run together ("consecuenciasdesalud"): the shape and look-ups that make a token a
//! candidate of `run-together`, found once for every rule that wants them.

use mtlint_lexicon::{Lexicon, Profile, SourceSpelling};

use crate::analysis::classes::prefixed_word;
use crate::analysis::evidence::english_letter_group;
use crate::tokens::Tokens;

/// Tokens longer than this (in chars) are not split: glued MT units are short phrases.
const MAX_CHARS: usize = 40;

/// Shorter tokens cannot split convincingly (see [`shaped_like_glued`]).
const MIN_CHARS: usize = 10;
const MIN_CHARS_WITH_DIGITS: usize = 7;
/// Whether word `k` may be a candidate, before the lexicon is asked: its shape.
pub(crate) fn may_be_candidate(text: &str, tokens: &Tokens, k: usize) -> bool {
    shaped_like_glued(&text[tokens.tokens[k].range.as_range()])
}

/// Whether word `k`, which passed [`may_be_candidate`] and which the lexicon lacks, is a
/// candidate: not a Portuguese prefix and a lexicon word.
pub(crate) fn is_candidate(
    tokens: &Tokens,
    k: usize,
    lexicon: &Lexicon,
    profile: &Profile,
) -> bool {
    !prefixed_word(tokens.folded(k), lexicon, profile)
}

/// Whether a token is spelt as English, which glued Portuguese, Spanish and Galician
/// units are not: a letter group those languages lack or an "-ing" ending ("backporting"
/// is no "back por ting": an English word, `untranslated`'s to judge).
pub(crate) fn english_spelling(folded: &str, english: &SourceSpelling) -> bool {
    english_letter_group(folded, english)
        || english
            .gerund_endings
            .iter()
            .any(|e| folded.ends_with(e.as_str()))
}

/// Whether the token `word` (as written) may be words run together, judged from its
/// characters alone: letters and ASCII digits, a letter first, lowercase but for the first,
/// at most 40 chars, and long enough for a convincing split: 10 chars without a digit (two
/// content words of four letters and a function word), 7 with one ("de|1|anos").
pub(crate) fn shaped_like_glued(word: &str) -> bool {
    let mut chars = 0;
    let mut digits = false;
    for (i, c) in word.chars().enumerate() {
        chars += 1;
        let ok = if i == 0 {
            c.is_alphabetic()
        } else {
            c.is_ascii_digit() || (c.is_alphabetic() && !c.is_uppercase())
        };
        if !ok || chars > MAX_CHARS {
            return false;
        }
        digits |= c.is_ascii_digit();
    }
    chars
        >= if digits {
            MIN_CHARS_WITH_DIGITS
        } else {
            MIN_CHARS
        }
}
