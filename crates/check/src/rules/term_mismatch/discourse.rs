//! The words of the text a segment is checked with (its part), for asking whether the
//! text uses a word in a given sense anywhere: one sense per discourse (Gale, Church and
//! Yarowsky 1992). A text that shows a glossary entry's wrong sense nowhere (a chess game's
//! "tabuleiro" never near "diretores" or "Senado") is not about that sense.

use rustc_hash::FxHashMap;

use crate::tokens::{gap_matches, word_key, FormWords, Tokens};
use crate::ByteRange;

/// The part's words, folded, with where each word is.
#[derive(Debug, Default)]
pub(super) struct Discourse {
    tokens: Tokens,
    /// The last word of each [`word_key`] (the keys the tokens hold already: a map by
    /// the words themselves copied each of the part's words into a string, and a map of
    /// lists grew a list per word), and for each word the one before it with the same
    /// key (`NONE` for the first). Two words may share a key: `holds` compares the words
    /// too.
    last: FxHashMap<u64, usize>,
    before: Vec<usize>,
    text: String,
}

/// No word before: the end of a key's chain in `Discourse::before`.
const NONE: usize = usize::MAX;

impl Discourse {
    /// The words of `part` of `text`.
    pub fn new(text: &str, part: ByteRange) -> Self {
        let text = text[part.as_range()].to_string();
        let mut tokens = Tokens::default();
        tokens.fill(&text, 0);
        let mut last: FxHashMap<u64, usize> = FxHashMap::default();
        let mut before = vec![NONE; tokens.len()];
        for (i, b) in before.iter_mut().enumerate() {
            if let Some(previous) = last.insert(tokens.key(i), i) {
                *b = previous;
            }
        }
        Discourse {
            tokens,
            last,
            before,
            text,
        }
    }

    /// The indexes of the words whose key is `key`, last first.
    fn starts(&self, key: u64) -> impl Iterator<Item = usize> + '_ {
        let last = self.last.get(&key).copied();
        std::iter::successors(last, |&i| Some(self.before[i]).filter(|&b| b != NONE))
    }

    /// Whether the text holds one of `phrases` (folded, their words as the phrase joins
    /// them).
    pub fn holds_any(&self, phrases: &[String]) -> bool {
        phrases.iter().any(|p| self.holds(&FormWords::new(p)))
    }

    fn holds(&self, phrase: &FormWords) -> bool {
        let Some(first) = phrase.words.first() else {
            return false;
        };
        let n = phrase.words.len();
        self.starts(word_key(first)).any(|at| {
            at + n <= self.tokens.len()
                && self.tokens.folded(at) == first
                && (1..n).all(|k| {
                    let gap = &self.text[self.tokens.tokens[at + k - 1].range.end
                        ..self.tokens.tokens[at + k].range.start];
                    self.tokens.folded(at + k) == phrase.words[k]
                        && gap_matches(gap, &phrase.gaps[k - 1])
                })
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn discourse(text: &str) -> Discourse {
        Discourse::new(text, ByteRange::new(0, text.len()))
    }

    #[test]
    fn a_phrase_is_found_at_any_use_of_its_first_word() {
        // "o" many times before and after the one use followed by "conselho".
        let d = discourse("O jogo e o tabuleiro. Depois o Conselho de diretores votou, e o fim.");
        assert!(d.holds_any(&["o conselho".to_string()]));
        assert!(d.holds_any(&["nada".to_string(), "diretores".to_string()]));
        assert!(d.holds_any(&["conselho de diretores".to_string()]));
        assert!(!d.holds_any(&["o diretores".to_string()]));
        assert!(!d.holds_any(&["senado".to_string()]));
        // A word at the end has no room for a second one.
        assert!(!d.holds_any(&["fim de".to_string()]));
        assert!(!discourse("").holds_any(&["o".to_string()]));
    }
}
