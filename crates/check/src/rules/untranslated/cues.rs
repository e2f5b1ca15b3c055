//! The cues by which a text says it quotes a term of another language on purpose:
//! "(do inglês image hose)", "stab wounds, em inglês".

use mtlint_lexicon::WordLists;

use crate::ByteRange;

/// Whether the text says the span is a term of another language (the profile's citation
/// cues): "em inglês" or "do inglês" shortly before it, in the same clause ("um tubo de imagens (do inglês image
/// hose)"), or right after it ("stab wounds, em inglês"). A writer who names the language
/// quotes the term on purpose.
pub(super) fn cited(text: &str, range: ByteRange, words: &WordLists) -> bool {
    const MARKS: &[char] = &[
        ' ', '\t', '\u{a0}', ',', ':', '"', '“', '”', '«', '»', '‘', '’', '\'', '(', ')',
    ];
    /// How many words may stand between "do inglês" and the span ("image" of "image hose").
    const BETWEEN: usize = 2;
    let names_language = |pair: &[String]| {
        matches!(pair, [preposition, language]
            if words.citation_prepositions.contains(preposition)
                && words.citation_languages.contains(language))
    };
    let near = last_clause_words(&text[..range.start], BETWEEN + 2);
    if near.windows(2).any(names_language) {
        return true;
    }
    let after = first_clause_words(text[range.end..].trim_start_matches(MARKS), 2);
    after.len() >= 2 && names_language(&after[..2])
}

/// Ends a clause for [`cited`].
fn clause_end(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | ';' | '\n')
}

/// The last `n` words (runs of letters, lowercased) of the clause `before` ends in, read
/// backwards from its end and no further than needed: reading the whole clause for each
/// word made a long text without a full stop quadratic.
pub(super) fn last_clause_words(before: &str, n: usize) -> Vec<String> {
    let mut words = Vec::new();
    let mut end: Option<usize> = None;
    for (i, c) in before.char_indices().rev() {
        if c.is_alphabetic() {
            end.get_or_insert(i + c.len_utf8());
            continue;
        }
        if let Some(e) = end.take() {
            words.push(before[i + c.len_utf8()..e].to_lowercase());
            if words.len() == n {
                break;
            }
        }
        if clause_end(c) {
            break;
        }
    }
    if let Some(e) = end {
        if words.len() < n {
            words.push(before[..e].to_lowercase());
        }
    }
    words.reverse();
    words
}

/// The first `n` words of the clause `after` starts, read no further than needed.
pub(super) fn first_clause_words(after: &str, n: usize) -> Vec<String> {
    let mut words = Vec::new();
    let mut start: Option<usize> = None;
    for (i, c) in after.char_indices() {
        if c.is_alphabetic() {
            start.get_or_insert(i);
            continue;
        }
        if let Some(s) = start.take() {
            words.push(after[s..i].to_lowercase());
            if words.len() == n {
                return words;
            }
        }
        if clause_end(c) {
            return words;
        }
    }
    if let Some(s) = start {
        words.push(after[s..].to_lowercase());
    }
    words
}
