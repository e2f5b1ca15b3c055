//! English descriptors glued to a name the glossary knows: "Port City Wanson", "Wonson’s
//! Seaside Resort". A glossary name has a Portuguese rendering, so capitalised English
//! around it is untranslated text when English syntax joins them (a possessive) or the MT
//! also misrendered the name; capitalised English beside a correct name is as often a name
//! kept in English ("São Paulo Fashion Week").

use lingua::Language;

use crate::analysis::classes::Class;
use super::{Untranslated, CAPITALISED_THRESHOLD};
use crate::analysis::words::{joined, starts_upper};
use crate::language::{score_span, SpanLanguages};
use crate::term_index::TermMatch;
use crate::tokens::Tokens;
use crate::{ByteRange, Finding};

impl Untranslated {
    /// Capitalised English words glued to a name the glossary knows: "Wonson’s Seaside
    /// Resort", "Port City Wanson". A glossary name has a target-language rendering, so
    /// English syntax or descriptors around it are untranslated text, while capitalised
    /// English names the glossary does not know ("Rady Children's Hospital") are taken to be
    /// names kept in the original.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn name_descriptors(
        &self,
        text: &str,
        tokens: &Tokens,
        classes: &[Class],
        done: &[bool],
        misrendered: &[bool],
        target: Language,
        out: &mut Vec<Finding>,
    ) {
        let mut i = 0;
        while i < tokens.len() {
            // An acronym ("EUA", "ONU") is no anchor: a name in apposition follows it in
            // ordinary Portuguese ("os senadores dos EUA Lindsey Graham").
            if classes[i] != Class::Glossary
                || !starts_upper(text, tokens, i)
                || is_acronym(&text[tokens.tokens[i].range.as_range()])
            {
                i += 1;
                continue;
            }
            let mut name_end = i + 1;
            while name_end < tokens.len() && classes[name_end] == Class::Glossary {
                name_end += 1;
            }
            for side in [Side::After, Side::Before] {
                let Some(run) = descriptor_run(text, tokens, classes, done, i..name_end, side)
                else {
                    continue;
                };
                // A name the MT got right with capitalised English next to it is as often
                // a name kept in English ("Angola Fashion Week", "São Paulo Fashion Week")
                // as untranslated text: only English syntax ("Wonsan’s Seaside Resort") or
                // a name the MT also misrendered ("Port City Wanson") tells them apart.
                let possessive = classes[run.start] == Class::Possessive;
                if !possessive && !misrendered[i..name_end].iter().any(|&m| m) {
                    continue;
                }
                if let Some(finding) =
                    self.descriptor_finding(text, tokens, classes, run, side, target)
                {
                    out.push(finding);
                }
            }
            i = name_end;
        }
    }

    /// The longest part of `run` next to the name that lingua takes for English: a
    /// leading name ("Lavrov Port City") scores lower and is left out.
    fn descriptor_finding(
        &self,
        text: &str,
        tokens: &Tokens,
        classes: &[Class],
        run: std::ops::Range<usize>,
        side: Side,
        target: Language,
    ) -> Option<Finding> {
        let possessive = classes[run.start] == Class::Possessive;
        let words = run.start + usize::from(possessive)..run.end;
        // A possessive is English syntax already: one word after it is enough.
        let min_words = if possessive { 1 } else { 2 };
        for len in (min_words..=words.len()).rev() {
            let part = match side {
                Side::After => words.start..words.start + len,
                Side::Before => words.end - len..words.end,
            };
            // No lexicon test here: hunspell lists "port" and "city" (as abbreviations or
            // foreign names), so lingua alone judges the capitalised words.
            let range = ByteRange::new(
                tokens.tokens[part.start].range.start,
                tokens.tokens[part.end - 1].range.end,
            );
            let Some(guess) = score_span(
                &text[range.as_range()],
                target,
                SpanLanguages::TargetAndEnglish(target),
            ) else {
                continue;
            };
            if guess.language != Language::English || guess.against_target < CAPITALISED_THRESHOLD {
                continue;
            }
            // The possessive belongs to the finding: it is English syntax to remove.
            let start = if possessive {
                tokens.tokens[run.start - 1].range.end
            } else {
                range.start
            };
            return Some(self.finding(text, ByteRange::new(start, range.end), guess));
        }
        None
    }
}

/// Which tokens a wrong form of a glossary entry covers ("Wanson" for Wonsan).
pub(super) fn misrendered_names(glossary: &[TermMatch], n_tokens: usize) -> Vec<bool> {
    let mut misrendered = vec![false; n_tokens];
    for m in glossary.iter().filter(|m| !m.good) {
        misrendered[m.first_token..m.end_token.min(n_tokens)].fill(true);
    }
    misrendered
}

#[derive(Debug, Clone, Copy)]
enum Side {
    Before,
    After,
}

/// The capitalised words right before or after a glossary name (with an English
/// possessive after it, "Wonson’s"), stopping at names lingua does not take for English.
fn descriptor_run(
    text: &str,
    tokens: &Tokens,
    classes: &[Class],
    done: &[bool],
    name: std::ops::Range<usize>,
    side: Side,
) -> Option<std::ops::Range<usize>> {
    let capitalised = |k: usize| {
        !done[k]
            && matches!(classes[k], Class::Capital | Class::Known)
            && starts_upper(text, tokens, k)
    };
    match side {
        Side::After => {
            let mut end = name.end;
            let possessive = end < tokens.len() && classes[end] == Class::Possessive;
            if possessive {
                end += 1;
            }
            // A name inside a longer capitalised sequence ("South China Morning Post") is
            // part of an English proper name, not a name with English descriptors.
            if !possessive
                && name.start > 0
                && capitalised(name.start - 1)
                && joined(text, tokens, name.start - 1)
            {
                return None;
            }
            let start = if possessive { name.end } else { end };
            while end < tokens.len() && capitalised(end) && joined(text, tokens, end - 1) {
                end += 1;
            }
            Some(start..end).filter(|r| r.len() > usize::from(possessive))
        }
        Side::Before => {
            if name.end < tokens.len()
                && capitalised(name.end)
                && joined(text, tokens, name.end - 1)
            {
                return None;
            }
            let mut start = name.start;
            while start > 0 && capitalised(start - 1) && joined(text, tokens, start - 1) {
                start -= 1;
            }
            Some(start..name.start).filter(|r| !r.is_empty())
        }
    }
}

fn is_acronym(word: &str) -> bool {
    word.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !word.chars().any(char::is_lowercase)
}
