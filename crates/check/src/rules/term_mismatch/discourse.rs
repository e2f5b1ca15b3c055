//! The words of the text a segment is checked with (its part), for asking whether the
//! text uses a word in a given sense anywhere: one sense per discourse (Gale, Church and
//! Yarowsky 1992). A text that shows a glossary entry's wrong sense nowhere (a chess game's
//! "tabuleiro" never near "diretores" or "Senado") is not about that sense.

use crate::tokens::{gap_matches, word_key, FormWords, Tokens};
use crate::ByteRange;

/// The part's words, folded, with where each word is.
#[derive(Debug, Default)]
pub(super) struct Discourse {
    tokens: Tokens,
    /// Each word's [`word_key`] and index, sorted: the keys the tokens hold already, in
    /// one vector (a map by the words themselves copied each of the part's words into a
    /// string, and a map of lists grew a list per word). Two words may share a key:
    /// `holds` compares the words too.
    at: Vec<(u64, usize)>,
    text: String,
}

impl Discourse {
    /// The words of `part` of `text`.
    pub fn new(text: &str, part: ByteRange) -> Self {
        let text = text[part.as_range()].to_string();
        let mut tokens = Tokens::default();
        tokens.fill(&text, 0);
        let mut at: Vec<(u64, usize)> = (0..tokens.len()).map(|i| (tokens.key(i), i)).collect();
        at.sort_unstable();
        Discourse { tokens, at, text }
    }

    /// The indexes of the words whose key is `key`.
    fn starts(&self, key: u64) -> impl Iterator<Item = usize> + '_ {
        let from = self.at.partition_point(|&(k, _)| k < key);
        self.at[from..]
            .iter()
            .take_while(move |&&(k, _)| k == key)
            .map(|&(_, i)| i)
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
