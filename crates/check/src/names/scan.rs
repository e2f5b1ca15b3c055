//! What the name rules share while they read one stretch of text: the tokens, which of
//! them the glossary matcher already explained, and small facts about a token (is it
//! capitalised, does it start a sentence).

use mtlint_glossary::Term;
use mtlint_lexicon::Lexicon;

use crate::names::NameIndex;
use crate::tokens::Tokens;
use crate::ByteRange;

/// A glossary match of the stretch: which tokens, which entry, good form or wrong one.
#[derive(Debug, Clone, Copy)]
pub(crate) struct TermMatch {
    pub first_token: usize,
    pub end_token: usize,
    pub term: usize,
    pub good: bool,
}

pub(crate) struct Scan<'a> {
    pub text: &'a str,
    pub tokens: &'a Tokens,
    pub names: &'a NameIndex,
    pub terms: &'a [Term],
    pub lexicon: &'a Lexicon,
    /// `covered[i]`: token `i` is inside a glossary match (good or wrong form).
    pub covered: Vec<bool>,
}

impl<'a> Scan<'a> {
    pub fn new(
        text: &'a str,
        tokens: &'a Tokens,
        names: &'a NameIndex,
        terms: &'a [Term],
        lexicon: &'a Lexicon,
        matches: &[TermMatch],
    ) -> Self {
        let mut covered = vec![false; tokens.len()];
        for m in matches {
            covered[m.first_token..m.end_token].fill(true);
        }
        Scan {
            text,
            tokens,
            names,
            terms,
            lexicon,
            covered,
        }
    }

    pub fn word(&self, i: usize) -> &'a str {
        &self.text[self.tokens.tokens[i].range.as_range()]
    }

    pub fn range(&self, i: usize) -> ByteRange {
        self.tokens.tokens[i].range
    }

    /// Whether token `i` starts with a capital letter (names do).
    pub fn capitalised(&self, i: usize) -> bool {
        self.word(i).chars().next().is_some_and(char::is_uppercase)
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
