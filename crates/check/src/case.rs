//! Letter case: whether a text span satisfies a form's case mode, and carrying the case of
//! the original over to a replacement.

use mtlint_glossary::{fold_typography, CaseMode};
use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

/// A word in NFC with typography folded but case kept: what case checks compare.
pub(crate) fn case_key(word: &str) -> String {
    if word.is_ascii() {
        word.to_string()
    } else if is_nfc_quick(word.chars()) == IsNormalized::Yes {
        // Already NFC: the same chars without the normaliser's buffering.
        word.chars().map(fold_typography).collect()
    } else {
        word.nfc().map(fold_typography).collect()
    }
}

fn capitalized(word: &str) -> String {
    capitalized_chars(word).collect()
}

/// The chars of `word` with its first letter upper-cased, without building a string.
fn capitalized_chars(word: &str) -> impl Iterator<Item = char> + '_ {
    let mut chars = word.chars();
    let first = chars.next().into_iter().flat_map(char::to_uppercase);
    first.chain(chars)
}

/// Whether `case_key(text_word)` equals the string `form` yields, without building the key:
/// this runs for every candidate of every token, and a gazetteer makes most common words
/// ("como", "para") candidates that fail on case.
fn key_equals(text_word: &str, form: impl Iterator<Item = char>) -> bool {
    if text_word.is_ascii() {
        text_word.chars().eq(form)
    } else if is_nfc_quick(text_word.chars()) == IsNormalized::Yes {
        text_word.chars().map(fold_typography).eq(form)
    } else {
        text_word.nfc().map(fold_typography).eq(form)
    }
}

/// Whether the words of the text (`text_word(i)` for each word `i` of the form) match the
/// form's words `form_words` (same case-folded key) under `mode`.
pub(crate) fn case_matches<'t>(
    mode: CaseMode,
    form_words: &[String],
    text_word: impl Fn(usize) -> &'t str,
) -> bool {
    let n = form_words.len();
    let exact = |i: usize| key_equals(text_word(i), form_words[i].chars());
    match mode {
        CaseMode::Insensitive => true,
        CaseMode::Exact => (0..n).all(exact),
        CaseMode::Smart => {
            let Some(first_form) = form_words.first() else {
                return true;
            };
            let first = text_word(0);
            let first_ok = key_equals(first, first_form.chars())
                || key_equals(first, capitalized_chars(first_form));
            (first_ok && (1..n).all(exact))
                || (0..n).all(|i| {
                    let upper = form_words[i].chars().flat_map(char::to_uppercase);
                    key_equals(text_word(i), upper)
                })
        }
    }
}

/// `replacement` written in the case of `original`: all capitals stay all capitals
/// ("WANSON" → "WONSAN"), a capitalised word stays capitalised ("Idéia" → "Ideia").
pub(crate) fn carry_case(original: &str, replacement: &str) -> String {
    let letters: Vec<char> = original.chars().filter(|c| c.is_alphabetic()).collect();
    let all_upper = letters.len() > 1 && letters.iter().all(|c| c.is_uppercase());
    if all_upper {
        return replacement.to_uppercase();
    }
    let starts_upper = original.chars().next().is_some_and(char::is_uppercase);
    if starts_upper {
        capitalized(replacement)
    } else {
        replacement.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Vec<String> {
        s.split(' ').map(str::to_string).collect()
    }

    fn case_matches(mode: CaseMode, form: &[String], text: &[&str]) -> bool {
        super::case_matches(mode, form, |i| text[i])
    }

    #[test]
    fn smart_case() {
        let form = words("idéia");
        assert!(case_matches(CaseMode::Smart, &form, &["idéia"]));
        assert!(case_matches(CaseMode::Smart, &form, &["Idéia"]));
        assert!(case_matches(CaseMode::Smart, &form, &["IDÉIA"]));
        assert!(!case_matches(CaseMode::Smart, &form, &["iDéia"]));
        let name = words("Wanson");
        assert!(case_matches(CaseMode::Smart, &name, &["WANSON"]));
        assert!(!case_matches(CaseMode::Smart, &name, &["wanson"]));
    }

    #[test]
    fn exact_case() {
        let form = words("TASS");
        assert!(case_matches(CaseMode::Exact, &form, &["TASS"]));
        assert!(!case_matches(CaseMode::Exact, &form, &["Tass"]));
    }

    #[test]
    fn decomposed_text_matches_composed_form() {
        assert!(case_matches(
            CaseMode::Smart,
            &words("Coréia"),
            &["Core\u{301}ia"]
        ));
    }

    #[test]
    fn carries_case() {
        assert_eq!(carry_case("WANSON", "Wonsan"), "WONSAN");
        assert_eq!(carry_case("Idéia", "ideia"), "Ideia");
        assert_eq!(carry_case("sorteio", "TASS"), "TASS");
        assert_eq!(carry_case("A", "o"), "O");
    }
}
