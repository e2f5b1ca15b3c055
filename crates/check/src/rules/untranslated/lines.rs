//! Whole lines and paragraphs in another language: a line mostly made of words the target
//! lexicon lacks is scored as a whole, and the untranslated lines of one wrapped paragraph
//! (each line going on with the sentence of the line before) are one finding, with the
//! short lines at their edges ("coming months.") that hold only such words.

use std::ops::Range;

use crate::language::ForeignGuess;
use crate::tokens::Tokens;

use crate::analysis::classes::Class;
use crate::analysis::words::starts_upper;

/// A line is judged whole when it has this many lowercase words, at least half of them
/// unknown to the target lexicon.
pub(super) const LINE_MIN_WORDS: usize = 4;

/// Untranslated lines, one paragraph's worth, as one finding.
#[derive(Debug, Clone)]
pub(super) struct Block {
    /// The tokens of the lines.
    pub tokens: Range<usize>,
    /// The guess of the block's weakest judged line.
    pub guess: ForeignGuess,
    /// How many lines the block holds.
    pub lines: usize,
}

/// How a line's lowercase words split between the target and other languages.
#[derive(Debug, Clone, Copy)]
pub(super) struct LineWords {
    lowercase: usize,
    foreign: usize,
}

impl LineWords {
    /// The counts of a line. Only what `worth_scoring` and `short_and_foreign` read is
    /// exact: both need at least as many foreign words as lowercase target ones, so the
    /// target words are counted up to one more than the foreign ones (a line without a
    /// foreign word, most lines, asks no word whether it is capitalised).
    pub fn of(text: &str, tokens: &Tokens, classes: &[Class], line: Range<usize>) -> Self {
        let foreign = line
            .clone()
            .filter(|&i| matches!(classes[i], Class::Function | Class::Foreign | Class::Loan))
            .count();
        // Capitalised lexicon words ("Hospital", "San Diego", "Beach") are names as often as
        // words: they count for neither language.
        let target = line
            .filter(|&i| {
                matches!(classes[i], Class::Known | Class::Unaccented)
                    && !starts_upper(text, tokens, i)
            })
            .take(foreign + 1)
            .count();
        LineWords {
            lowercase: foreign + target,
            foreign,
        }
    }

    /// Whether the line is long enough, and foreign enough, to be scored as a whole.
    pub fn worth_scoring(self) -> bool {
        self.lowercase >= LINE_MIN_WORDS && self.mostly_foreign()
    }

    /// Whether the line is too short to score but holds only words of other languages, at
    /// least half of them: the end of a wrapped paragraph ("coming months.").
    fn short_and_foreign(self) -> bool {
        self.lowercase > 0 && self.lowercase < LINE_MIN_WORDS && self.mostly_foreign()
    }

    fn mostly_foreign(self) -> bool {
        self.foreign * 2 >= self.lowercase
    }
}

/// The untranslated blocks of a stretch: `judge` scores a line worth scoring and says
/// whether it is in another language.
pub(super) fn untranslated_blocks(
    text: &str,
    tokens: &Tokens,
    classes: &[Class],
    mut judge: impl FnMut(Range<usize>) -> Option<ForeignGuess>,
) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut current: Option<Block> = None;
    // A short foreign line just before, in the same paragraph: it joins a block that starts
    // right after it.
    let mut short_before: Option<Range<usize>> = None;
    for line in lines(text, tokens) {
        if line.start > 0 && !continues_sentence(text, tokens, line.start) {
            blocks.extend(current.take());
            short_before = None;
        }
        let words = LineWords::of(text, tokens, classes, line.clone());
        let guess = words.worth_scoring().then(|| judge(line.clone())).flatten();
        match (guess, &mut current) {
            (Some(guess), Some(block)) if block.guess.language == guess.language => {
                block.tokens.end = line.end;
                block.lines += 1;
                if guess.against_target < block.guess.against_target {
                    block.guess = guess;
                }
            }
            (Some(guess), _) => {
                blocks.extend(current.take());
                let start = short_before.take().map_or(line.start, |short| short.start);
                let lines = if start < line.start { 2 } else { 1 };
                current = Some(Block {
                    tokens: start..line.end,
                    guess,
                    lines,
                });
            }
            (None, Some(block)) if words.short_and_foreign() => {
                block.tokens.end = line.end;
                block.lines += 1;
            }
            (None, _) => {
                blocks.extend(current.take());
                short_before = words.short_and_foreign().then_some(line);
            }
        }
    }
    blocks.extend(current);
    blocks
}

/// Whether the line starting at token `k` goes on with the sentence of the line before:
/// no blank line between them, the line before ends without a full stop and this one opens
/// in lowercase, as the lines of a wrapped paragraph do. Text written one sentence or
/// title a line (segments of a translation file, subtitles) keeps one finding a line.
fn continues_sentence(text: &str, tokens: &Tokens, k: usize) -> bool {
    let gap = &text[tokens.tokens[k - 1].range.end..tokens.tokens[k].range.start];
    let Some(newline) = memchr::memchr(b'\n', gap.as_bytes()) else {
        return true;
    };
    let blank_line = memchr::memchr(b'\n', &gap.as_bytes()[newline + 1..]).is_some();
    let ended = gap[..newline]
        .trim_end()
        .ends_with(['.', '!', '?', ':', ';', '…', '"', '\'', '”', '’', '»', ')']);
    // A line that opens with a capital starts a sentence (or a title's line does).
    let opens_lowercase = text[tokens.tokens[k].range.as_range()]
        .chars()
        .next()
        .is_some_and(char::is_lowercase);
    !blank_line && !ended && opens_lowercase
}

/// The tokens of each line of the stretch, as ranges of token indices.
pub(super) fn lines<'a>(
    text: &'a str,
    tokens: &'a Tokens,
) -> impl Iterator<Item = Range<usize>> + 'a {
    let mut start = 0;
    std::iter::from_fn(move || {
        let first = tokens.tokens.get(start)?;
        // A line's words are those before the first line break after its first word (no
        // word holds a line break): one search a line, not a look at every gap.
        let from = first.range.end;
        let end = match memchr::memchr(b'\n', &text.as_bytes()[from..]) {
            Some(nl) => {
                let mut end = start + 1;
                while end < tokens.len() && tokens.tokens[end].range.start < from + nl {
                    end += 1;
                }
                end
            }
            None => tokens.len(),
        };
        let line = start..end;
        start = end;
        Some(line)
    })
}

#[cfg(test)]
mod tests {
    use super::lines;
    use crate::tokens::Tokens;

    /// The lines found from the line breaks are the runs of words no gap with a line
    /// break splits.
    #[test]
    fn lines_split_where_a_gap_holds_a_line_break() {
        for text in [
            "",
            "one",
            "\n\none two\nthree\n\n four. five\r\nsix  \n",
            "a\nb\nc",
            "«Olá»,\n\t— disse ele.\nFim",
            "só uma linha sem quebra",
        ] {
            let mut tokens = Tokens::default();
            tokens.fill(text, 0);
            let mut expected = Vec::new();
            let mut start = 0;
            for end in 1..=tokens.len() {
                let breaks = end == tokens.len()
                    || text[tokens.tokens[end - 1].range.end..tokens.tokens[end].range.start]
                        .contains('\n');
                if breaks {
                    expected.push(start..end);
                    start = end;
                }
            }
            assert_eq!(lines(text, &tokens).collect::<Vec<_>>(), expected, "{text:?}");
        }
    }
}
