//! Letter case: whether a text span satisfies a form's case mode, and carrying the case of
//! the original over to a replacement.

use mtlint_glossary::{fold_typography, CaseMode};
use unicode_normalization::UnicodeNormalization;

/// A word in NFC with typography folded but case kept: what case checks compare.
pub(crate) fn case_key(word: &str) -> String {
    if word.is_ascii() {
        word.to_string()
    } else {
        word.nfc().map(fold_typography).collect()
    }
}

fn capitalized(word: &str) -> String {
    let mut chars = word.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// Whether `text_words` (the words of the text, in order) match the form's words
/// `form_words` (same case-folded key) under `mode`.
pub(crate) fn case_matches(mode: CaseMode, form_words: &[String], text_words: &[&str]) -> bool {
    let exact = |i: usize, t: &str| case_key(t) == form_words[i];
    match mode {
        CaseMode::Insensitive => true,
        CaseMode::Exact => text_words.iter().enumerate().all(|(i, t)| exact(i, t)),
        CaseMode::Smart => {
            let rest_exact = text_words
                .iter()
                .enumerate()
                .skip(1)
                .all(|(i, t)| exact(i, t));
            let first = text_words.first().map(|t| case_key(t)).unwrap_or_default();
            let first_ok = first == form_words[0] || first == capitalized(&form_words[0]);
            (first_ok && rest_exact)
                || text_words
                    .iter()
                    .enumerate()
                    .all(|(i, t)| case_key(t) == form_words[i].to_uppercase())
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
