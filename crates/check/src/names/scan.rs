//! What the name rules share while they read one stretch of text: the tokens, which of
//! them the glossary matcher already explained, and small facts about a token (is it
//! capitalised, does it start a sentence).

use mtlint_glossary::Term;
use mtlint_lexicon::{Lexicon, Profile};

use crate::names::keys::word_hash;
use crate::names::NameIndex;
use crate::tokens::Tokens;
use crate::ByteRange;

pub(crate) use crate::term_index::TermMatch;

pub(crate) struct Scan<'a> {
    pub text: &'a str,
    pub tokens: &'a Tokens,
    pub names: &'a NameIndex,
    pub terms: &'a [Term],
    /// The target language's lexicon.
    pub lexicon: &'a Lexicon,
    /// The target language's profile.
    pub profile: &'a Profile,
    /// `covered[i]`: token `i` is inside a glossary match (good or wrong form).
    pub covered: Vec<bool>,
    /// Facts about each token, computed once for all the name rules.
    info: Vec<TokenInfo>,
}

/// What the name rules ask about a token, again and again.
#[derive(Debug, Clone, Copy)]
struct TokenInfo {
    /// The hash of the folded word (`keys::word_hash`).
    hash: u64,
    capitalised: bool,
    /// An ordinary word of the language (asked of capitalised tokens only).
    known: bool,
    /// The name word it is, if any.
    name_word: Option<u32>,
}

impl<'a> Scan<'a> {
    pub fn new(
        text: &'a str,
        tokens: &'a Tokens,
        names: &'a NameIndex,
        terms: &'a [Term],
        lexicon: &'a Lexicon,
        profile: &'a Profile,
        matches: &[TermMatch],
    ) -> Self {
        let mut covered = vec![false; tokens.len()];
        for m in matches {
            covered[m.first_token..m.end_token].fill(true);
        }
        let info = (0..tokens.len())
            .map(|i| {
                let folded = tokens.folded(i);
                let hash = word_hash(folded);
                let word = &text[tokens.tokens[i].range.as_range()];
                let capitalised = word.chars().next().is_some_and(char::is_uppercase);
                TokenInfo {
                    hash,
                    capitalised,
                    known: capitalised && lexicon.contains(folded),
                    // Lowercase words of names are particles ("de", "and", "bin"): a
                    // longer lowercase word is not looked up (a million-name index
                    // costs a cache miss per probe).
                    name_word: (capitalised || folded.len() <= 4)
                        .then(|| names.word_id_hashed(folded, hash))
                        .flatten(),
                }
            })
            .collect();
        Scan {
            text,
            tokens,
            names,
            terms,
            lexicon,
            profile,
            covered,
            info,
        }
    }

    /// The hash of token `i`'s folded word.
    pub fn hash(&self, i: usize) -> u64 {
        self.info[i].hash
    }

    /// Whether capitalised token `i` is an ordinary word of the language (false for
    /// lowercase tokens, which the name rules never ask about).
    pub fn known(&self, i: usize) -> bool {
        self.info[i].known
    }

    /// The name word token `i` is, if any.
    pub fn name_word(&self, i: usize) -> Option<u32> {
        self.info[i].name_word
    }

    pub fn word(&self, i: usize) -> &'a str {
        &self.text[self.tokens.tokens[i].range.as_range()]
    }

    pub fn range(&self, i: usize) -> ByteRange {
        self.tokens.tokens[i].range
    }

    /// Whether token `i` starts with a capital letter (names do).
    pub fn capitalised(&self, i: usize) -> bool {
        self.info[i].capitalised
    }

    /// Whether token `i` starts a sentence (or a line, or the text), looking back over
    /// white space and opening quotes: there a capital letter says nothing about a name.
    pub fn starts_sentence(&self, i: usize) -> bool {
        let start = self.range(i).start;
        for c in self.text[..start].chars().rev() {
            match c {
                '\n' | '.' | '!' | '?' | ':' | '…' | '—' | '–' => return true,
                c if c.is_whitespace() => continue,
                '"' | '“' | '”' | '«' | '‘' | '\'' | '(' | '[' | '-' => continue,
                _ => return false,
            }
        }
        true
    }

    /// The text between tokens `i` and `i + 1`.
    pub fn gap_after(&self, i: usize) -> &'a str {
        &self.text[self.range(i).end..self.range(i + 1).start]
    }
}
