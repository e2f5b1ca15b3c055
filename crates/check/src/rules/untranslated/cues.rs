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
    // The words are compared as the text writes them, lowercased on the fly: this runs
    // for every untranslated span, and a lowercased copy of each word was most of it.
    let names_language = |preposition: &str, language: &str| {
        words
            .citation_prepositions
            .iter()
            .any(|p| lowercases_to(preposition, p))
            && words
                .citation_languages
                .iter()
                .any(|l| lowercases_to(language, l))
    };
    let mut near = [""; BETWEEN + 2];
    let mut found = 0;
    for_last_clause_words(&text[..range.start], near.len(), |w| {
        near[found] = w;
        found += 1;
    });
    // Read backwards: `near[k + 1]` is the word before `near[k]`.
    if near[..found].windows(2).any(|pair| names_language(pair[1], pair[0])) {
        return true;
    }
    let mut after = [""; 2];
    let mut found = 0;
    for_first_clause_words(text[range.end..].trim_start_matches(MARKS), 2, |w| {
        after[found] = w;
        found += 1;
    });
    found == 2 && names_language(after[0], after[1])
}

/// Whether `word.to_lowercase() == lower`, without the allocation.
fn lowercases_to(word: &str, lower: &str) -> bool {
    if word.is_ascii() {
        return word.len() == lower.len()
            && word
                .bytes()
                .zip(lower.bytes())
                .all(|(w, l)| w.to_ascii_lowercase() == l);
    }
    // `str::to_lowercase` lowercases char by char but for a final capital sigma.
    if word.contains('Σ') {
        return word.to_lowercase() == lower;
    }
    word.chars().flat_map(char::to_lowercase).eq(lower.chars())
}

/// Ends a clause for [`cited`].
fn clause_end(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | ';' | '\n')
}

/// The last `n` words (runs of letters, lowercased) of the clause `before` ends in, in
/// text order (see [`for_last_clause_words`]).
#[cfg(test)]
pub(super) fn last_clause_words(before: &str, n: usize) -> Vec<String> {
    let mut words = Vec::new();
    for_last_clause_words(before, n, |w| words.push(w.to_lowercase()));
    words.reverse();
    words
}

/// Calls `each` with the last `n` words (runs of letters) of the clause `before` ends in,
/// the last first, read backwards from its end and no further than needed: reading the
/// whole clause for each word made a long text without a full stop quadratic.
fn for_last_clause_words<'t>(before: &'t str, n: usize, mut each: impl FnMut(&'t str)) {
    let mut found = 0;
    let mut end: Option<usize> = None;
    for (i, c) in before.char_indices().rev() {
        if c.is_alphabetic() {
            end.get_or_insert(i + c.len_utf8());
            continue;
        }
        if let Some(e) = end.take() {
            each(&before[i + c.len_utf8()..e]);
            found += 1;
            if found == n {
                return;
            }
        }
        if clause_end(c) {
            return;
        }
    }
    if let Some(e) = end {
        if found < n {
            each(&before[..e]);
        }
    }
}

/// The first `n` words (lowercased) of the clause `after` starts (see
/// [`for_first_clause_words`]).
#[cfg(test)]
pub(super) fn first_clause_words(after: &str, n: usize) -> Vec<String> {
    let mut words = Vec::new();
    for_first_clause_words(after, n, |w| words.push(w.to_lowercase()));
    words
}

/// Calls `each` with the first `n` words of the clause `after` starts, in text order,
/// read no further than needed.
fn for_first_clause_words<'t>(after: &'t str, n: usize, mut each: impl FnMut(&'t str)) {
    let mut found = 0;
    let mut start: Option<usize> = None;
    for (i, c) in after.char_indices() {
        if c.is_alphabetic() {
            start.get_or_insert(i);
            continue;
        }
        if let Some(s) = start.take() {
            each(&after[s..i]);
            found += 1;
            if found == n {
                return;
            }
        }
        if clause_end(c) {
            return;
        }
    }
    if let Some(s) = start {
        each(&after[s..]);
    }
}

#[cfg(test)]
mod tests {
    use super::lowercases_to;

    /// The comparison without allocating answers as lowercasing a copy does.
    #[test]
    fn lowercases_to_is_comparing_a_lowercased_copy() {
        let words = [
            "em", "EM", "Em", "eM", "inglês", "INGLÊS", "Inglês", "ingles", "em ", "e",
            "ΟΔΟΣ", "οδος", "οδοσ", "ΣΑ", "σα", "İn", "i̇n", "ẞ", "ß", "", "Ǆ", "ǆ",
        ];
        for word in words {
            for lower in words {
                assert_eq!(
                    lowercases_to(word, lower),
                    word.to_lowercase() == lower,
                    "{word:?} {lower:?}"
                );
            }
        }
    }
}
