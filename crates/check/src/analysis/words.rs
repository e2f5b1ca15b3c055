//! Facts about the words of a stretch that several rules ask: case, and whether two words
//! belong to one phrase.

use crate::tokens::Tokens;

/// Whether token `k` starts with a capital letter.
pub(crate) fn starts_upper(text: &str, tokens: &Tokens, k: usize) -> bool {
    text[tokens.tokens[k].range.as_range()]
        .chars()
        .next()
        .is_some_and(char::is_uppercase)
}

/// Whether token `k` and token `k + 1` belong to one phrase: only spaces, one hyphen or
/// one apostrophe between them (no sentence punctuation, no line break).
pub(crate) fn joined(text: &str, tokens: &Tokens, k: usize) -> bool {
    let gap = &text[tokens.tokens[k].range.end..tokens.tokens[k + 1].range.start];
    match gap {
        "-" | "'" | "\u{2019}" => true,
        _ => !gap.is_empty() && gap.chars().all(|c| c == ' ' || c == '\u{a0}' || c == '\t'),
    }
}
