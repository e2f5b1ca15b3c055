//! Spans found foreign, and their growth over neighbouring words that are no evidence on
//! their own. MT leaves the words it does not know in clusters ("o seu outgoing nanny",
//! "um contaxioso grin", "watchers predí"), and a loanword or an English word Portuguese
//! text also quotes, which alone is taken for a loanword ("nanny", "grin"), is part of
//! the leftover next to one. Growth starts only from spans found on their own evidence,
//! so it never makes a finding where there was none.

use mtlint_lexicon::{Lexicon, SourceSpelling, UsageTable};

use crate::analysis::classes::Class;
use crate::analysis::evidence::{borrower, leaning, share};
use super::long_enough;
use crate::analysis::words::{joined, starts_upper};
use crate::language::ForeignGuess;
use crate::tokens::Tokens;
use crate::ByteRange;

/// The confidence given to an English function word found next to foreign words.
const FUNCTION_WORD_CONFIDENCE: f64 = 0.9;

/// A word Portuguese text uses as much as its own (a loanword hunspell lacks, "nanny")
/// joins a neighbour only if another language uses it at least this much more (Zipf; 0.5
/// is about 3 times): "nanny" leads by 0.8, "rapper" by less.
const ADOPTED_LEAD: f64 = 0.5;

/// Words found in one language: `words` are token indices of the stretch.
#[derive(Debug, Clone)]
pub(super) struct Found {
    pub words: std::ops::Range<usize>,
    pub language: String,
    pub confidence: f64,
}

impl Found {
    pub fn new(words: std::ops::Range<usize>, language: &str, confidence: f64) -> Self {
        Found {
            words,
            language: language.to_string(),
            confidence,
        }
    }

    /// A span lingua judged.
    pub fn guessed(words: std::ops::Range<usize>, guess: ForeignGuess) -> Self {
        Found {
            words,
            language: guess.language.to_string(),
            confidence: guess.against_target,
        }
    }

    pub fn range(&self, tokens: &Tokens) -> ByteRange {
        ByteRange::new(
            tokens.tokens[self.words.start].range.start,
            tokens.tokens[self.words.end - 1].range.end,
        )
    }
}

/// What growth looks at: the stretch, what each word is, the words already reported by
/// another pass, and the target lexicon.
pub(super) struct Neighbours<'a> {
    pub text: &'a str,
    pub tokens: &'a Tokens,
    pub classes: &'a [Class],
    pub done: &'a [bool],
    pub lexicon: &'a Lexicon,
    pub usage: &'a UsageTable,
    /// The source language's spellings, for the label of a word another language uses.
    pub english: &'a SourceSpelling,
}

/// Which way growth goes from a span.
#[derive(Clone, Copy)]
enum Side {
    Before,
    After,
}

impl Neighbours<'_> {
    /// `found` (in text order, not overlapping) with each span grown over the neighbouring
    /// words whose usage leans to another language: into the span when the language is
    /// the same, else as a span of their own, which grows in turn.
    pub fn spread(&self, found: Vec<Found>) -> Vec<Found> {
        let mut taken = vec![false; self.tokens.len()];
        for span in &found {
            taken[span.words.clone()].fill(true);
        }
        let mut out = Vec::with_capacity(found.len());
        for span in found {
            let mut before = self.grow(&span, Side::Before, &mut taken);
            let mut after = self.grow(&span, Side::After, &mut taken);
            let span = absorb(
                absorb(span, &mut before, Side::Before),
                &mut after,
                Side::After,
            );
            before.reverse();
            out.extend(before);
            out.push(span);
            out.extend(after);
        }
        out.sort_by_key(|span| span.words.start);
        out
    }

    /// The spans of the words beyond `span` on one side that join it, nearest first.
    fn grow(&self, span: &Found, side: Side, taken: &mut [bool]) -> Vec<Found> {
        let mut grown: Vec<Found> = Vec::new();
        let mut language = span.language.clone();
        let mut edge = match side {
            Side::Before => span.words.start,
            Side::After => span.words.end - 1,
        };
        while let Some(k) = self.next_word(edge, side, taken) {
            let Some((own, confidence)) = self.own_language(k) else {
                break;
            };
            let own = beside(own, &language, self.english);
            taken[k] = true;
            edge = k;
            match grown.last_mut() {
                Some(last) if last.language == own => {
                    last.words = last.words.start.min(k)..last.words.end.max(k + 1);
                    last.confidence = last.confidence.min(confidence);
                }
                _ => grown.push(Found::new(k..k + 1, own, confidence)),
            }
            language = own.to_string();
        }
        grown
    }

    /// The word next to `edge` on `side`, if it is joined to it and free.
    fn next_word(&self, edge: usize, side: Side, taken: &[bool]) -> Option<usize> {
        let k = match side {
            Side::Before => edge.checked_sub(1)?,
            Side::After => Some(edge + 1).filter(|&k| k < self.tokens.len())?,
        };
        let gap = match side {
            Side::Before => k,
            Side::After => edge,
        };
        (joined(self.text, self.tokens, gap) && !taken[k] && !self.done[k]).then_some(k)
    }

    /// The language word `k` leans to on its own, if it may join a foreign neighbour: an
    /// English function word; a word the lexicon lacks whose usage leans to another
    /// language; a loanword Portuguese uses as much, only if another language uses it
    /// `ADOPTED_LEAD` more. Never a name, a number or a word of the lexicon.
    fn own_language(&self, k: usize) -> Option<(&'static str, f64)> {
        let folded = self.tokens.folded(k);
        match self.classes[k] {
            Class::Function => Some(("English", FUNCTION_WORD_CONFIDENCE)),
            Class::Foreign | Class::Loan if long_enough(self.text, self.tokens, k) => {
                leaning(folded, self.usage, self.english)
            }
            Class::Known
                if long_enough(self.text, self.tokens, k)
                    && !starts_upper(self.text, self.tokens, k)
                    && !self.lexicon.contains(folded) =>
            {
                leaning(folded, self.usage, self.english).filter(|&(_, confidence)| confidence >= share(ADOPTED_LEAD))
            }
            _ => None,
        }
    }
}

/// The language of a word next to a span in `neighbour`: English shares words with the
/// languages that borrow from it ("image", "vision": French text uses them most), so next
/// to English such a word is English.
fn beside(own: &'static str, neighbour: &str, english: &SourceSpelling) -> &'static str {
    if borrower(own, english) && neighbour == "English" {
        "English"
    } else {
        own
    }
}

/// `span` with the nearest grown span of `side` taken in when it is in the same language.
fn absorb(mut span: Found, grown: &mut Vec<Found>, side: Side) -> Found {
    if grown.first().is_some_and(|g| g.language == span.language) {
        let g = grown.remove(0);
        span.words = match side {
            Side::Before => g.words.start..span.words.end,
            Side::After => span.words.start..g.words.end,
        };
        span.confidence = span.confidence.min(g.confidence);
    }
    span
}
