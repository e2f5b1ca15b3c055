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
    /// Where the words are, by their [`word_key`]: keys the tokens hold already, where a
    /// map by the words themselves copied each of the part's words into a string. Two
    /// words may share a key: `holds` compares the words too.
    at: FxHashMap<u64, Vec<usize>>,
    text: String,
}

impl Discourse {
    /// The words of `part` of `text`.
    pub fn new(text: &str, part: ByteRange) -> Self {
        let text = text[part.as_range()].to_string();
        let mut tokens = Tokens::default();
        tokens.fill(&text, 0);
        let mut at: FxHashMap<u64, Vec<usize>> = FxHashMap::default();
        for i in 0..tokens.len() {
            at.entry(tokens.key(i)).or_default().push(i);
        }
        Discourse { tokens, at, text }
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
        self.at.get(&word_key(first)).is_some_and(|starts| {
            starts.iter().any(|&at| {
                at + n <= self.tokens.len()
                    && self.tokens.folded(at) == first
                    && (1..n).all(|k| {
                        let gap = &self.text[self.tokens.tokens[at + k - 1].range.end
                            ..self.tokens.tokens[at + k].range.start];
                        self.tokens.folded(at + k) == phrase.words[k]
                            && gap_matches(gap, &phrase.gaps[k - 1])
                    })
            })
        })
    }
}
