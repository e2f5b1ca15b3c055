//! Word tokens and the small text helpers the modules share.

use crate::Span;

/// A word: letters and digits, with inner apostrophes, dots and hyphens ("O'Neill",
/// "U.S.", "Jae-in"). Returns the spans of the words of `text`, in order.
pub(crate) fn word_spans(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    // Each char is asked once whether it is a letter or digit (it is the next char of
    // the one before): every rule with the source splits its texts into words.
    let mut chars = text.char_indices();
    let mut current = chars.next();
    let mut is_word = current.is_some_and(|(_, c)| c.is_alphanumeric());
    while let Some((i, c)) = current {
        let next = chars.next();
        let next_is_word = next.is_some_and(|(_, n)| n.is_alphanumeric());
        if is_word {
            start.get_or_insert(i);
        } else if start.is_some()
            && next_is_word
            && (is_inner(c) || (c == '_' && next.is_some_and(|(_, n)| n.is_lowercase())))
        {
            // An inner joiner: the word goes on. An underscore before a lowercase letter
            // marks a menu's accelerator inside a word ("A_larm", "s_ettings").
        } else if let Some(s) = start.take() {
            out.push(s..i);
        }
        current = next;
        is_word = next_is_word;
    }
    if let Some(s) = start {
        out.push(s..text.len());
    }
    out
}

/// Whether `text[from..to]` is one space: the gap between two words of a name, asked of
/// every pair of a source's words (a one-byte string comparison was a call of memcmp).
pub(crate) fn one_space(text: &str, from: usize, to: usize) -> bool {
    to.checked_sub(from) == Some(1) && text.as_bytes()[from] == b' '
}

fn is_inner(c: char) -> bool {
    matches!(c, '\'' | '’' | '.' | '-' | '‑')
}

/// Whether `phrase` occurs in `text` as whole words (not touching a letter, digit or
/// hyphen), case-sensitive. Spaces and hyphens inside the phrase match each other
/// ("Kim Jong Un" = "Kim Jong-Un").
pub(crate) fn find_words(text: &str, phrase: &str) -> Option<Span> {
    // The phrase's first piece (up to a space or hyphen) is matched exactly, so the
    // places where it occurs are the only ones worth trying: the
    // per-position comparison was a fifth of a whole check with the source.
    let head = &phrase[..phrase.find(loose).unwrap_or(phrase.len())];
    if head.is_empty() {
        return None;
    }
    // Each place of the head's first byte, compared there: a segment is short, and
    // setting up a substring searcher (`memmem::Finder`, `str::find`) for each call cost
    // more than the search. Every place is tried, overlapping ones too. (A match of the
    // head's UTF-8 bytes starts at a char boundary.)
    let (bytes, head) = (text.as_bytes(), head.as_bytes());
    for start in memchr::memchr_iter(head[0], bytes) {
        if !bytes[start..].starts_with(head) {
            continue;
        }
        if text[..start].chars().next_back().is_some_and(is_word_char) {
            continue;
        }
        if let Some(end) = matches_at(text, start, phrase) {
            if !text[end..].chars().next().is_some_and(is_word_char) {
                return Some(start..end);
            }
        }
    }
    None
}

fn loose(c: char) -> bool {
    c == ' ' || c == '-' || c == '\u{a0}'
}

/// The end of `phrase` matched at byte `start` of `text`, spaces and hyphens matching
/// each other.
fn matches_at(text: &str, start: usize, phrase: &str) -> Option<usize> {
    let mut it = text[start..].char_indices();
    let mut end = start;
    for p in phrase.chars() {
        match it.next() {
            Some((j, c)) if c == p || (loose(c) && loose(p)) => end = start + j + c.len_utf8(),
            _ => return None,
        }
    }
    Some(end)
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '-'
}

/// Lowercase without the accents of Latin letters: "Rússia" -> "russia", for comparing
/// spellings across languages.
pub(crate) fn fold(word: &str) -> String {
    // ASCII has no accents, and its lowercase is a byte's: most words of a name search
    // (every target word is folded for every name) take this way.
    if word.is_ascii() {
        return word.to_ascii_lowercase();
    }
    word.chars()
        .flat_map(char::to_lowercase)
        .map(strip_accent)
        .collect()
}

fn strip_accent(c: char) -> char {
    match c {
        'á' | 'à' | 'â' | 'ã' | 'ä' | 'å' => 'a',
        'é' | 'è' | 'ê' | 'ë' => 'e',
        'í' | 'ì' | 'î' | 'ï' => 'i',
        'ó' | 'ò' | 'ô' | 'õ' | 'ö' => 'o',
        'ú' | 'ù' | 'û' | 'ü' => 'u',
        'ç' => 'c',
        'ñ' => 'n',
        other => other,
    }
}

/// The byte length of the common prefix of two strings, in chars.
pub(crate) fn common_prefix_chars(a: &str, b: &str) -> usize {
    a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        word_spans(text).into_iter().map(|s| &text[s]).collect()
    }

    #[test]
    fn words_keep_inner_joiners_only() {
        assert_eq!(
            words("O'Neill met Moon Jae-in in the U.S. today."),
            ["O'Neill", "met", "Moon", "Jae-in", "in", "the", "U.S", "today"]
        );
        assert_eq!(words("Trump's 'plan' - now"), ["Trump's", "plan", "now"]);
    }

    #[test]
    fn one_space_is_the_gap_of_one_space_only() {
        let text = "Kim Jong-Un  disse";
        assert!(one_space(text, 3, 4));
        assert!(!one_space(text, 8, 9), "a hyphen");
        assert!(!one_space(text, 11, 13), "two spaces");
        assert!(!one_space(text, 4, 4), "no gap");
        assert!(!one_space(text, 4, 3), "an end before its start");
    }

    #[test]
    fn find_words_is_whole_word_and_loose_on_hyphens() {
        assert_eq!(
            find_words("o líder Kim Jong-Un disse", "Kim Jong Un"),
            Some(9..20)
        );
        assert_eq!(find_words("Trumpismo", "Trump"), None);
        assert_eq!(find_words("de Trump.", "Trump"), Some(3..8));
        assert_eq!(find_words("pós-Trump", "Trump"), None);
        // A first place that fails is not the last one tried.
        assert_eq!(find_words("Kim Kim Jong", "Kim Jong"), Some(4..12));
        assert_eq!(find_words("Trumps e Trump", "Trump"), Some(9..14));
        assert_eq!(find_words("Ri Rri", "Rri"), Some(3..6));
        assert_eq!(find_words("Ri", ""), None);
    }

    #[test]
    fn fold_strips_accents() {
        assert_eq!(fold("Rússia"), "russia");
        assert_eq!(fold("Oregón"), "oregon");
        assert_eq!(fold("Oregon-2 O'Neill"), "oregon-2 o'neill");
    }
}
