//! Where sentences start: a capitalised word there may be an ordinary word.

use mtlint_lexicon::Profile;

use crate::tokens::Tokens;

/// Whether token `k` opens a sentence: first of its line, or after sentence punctuation
/// (a full stop after one of the profile's abbreviations does not count), a colon or an opening quotation mark or bracket.
pub(crate) fn opens_sentence(text: &str, tokens: &Tokens, k: usize, profile: &Profile) -> bool {
    let before = match k {
        0 => &text[..tokens.tokens[0].range.start],
        _ => &text[tokens.tokens[k - 1].range.end..tokens.tokens[k].range.start],
    };
    let before = before.trim_end_matches([' ', '\u{a0}', '\t']);
    if k == 0 {
        return true;
    }
    if before == "." {
        // "sr. Fleiss", "J. Smith": a full stop after an abbreviation or an initial.
        let previous = tokens.folded(k - 1);
        return previous.chars().count() > 1
            && !profile
                .words
                .sentence_abbreviations
                .iter()
                .any(|a| a == previous);
    }
    before.ends_with(['\n', '.', '!', '?', ':', '"', '“', '«', '(', '—', '–'])
}
