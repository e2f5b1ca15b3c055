//! The wrong forms the glossary matches found: what the glossary rules report.

use mtlint_glossary::{Avoid, Term, TermKind};
use mtlint_lexicon::Profile;

use crate::case::carry_case;
use crate::term_index::{Match, PatternKind, TermIndex};
use crate::tokens::Tokens;
use crate::{Applicability, ByteRange, Finding, Rule, Suggestion, TermRef};

/// A wrong form found in the text.
pub(crate) struct WrongForm<'a> {
    pub term: &'a Term,
    pub avoid: &'a Avoid,
    pub range: ByteRange,
    pub found: &'a str,
    /// Wrong only near the words the entry gives (`near`).
    pub contextual: bool,
}

/// The wrong form a match is, if it is one: good forms, and a spelling entry's form written
/// as part of a person's name, are not.
pub(crate) fn wrong_form<'a>(
    index: &'a TermIndex,
    text: &'a str,
    tokens: &Tokens,
    m: &Match,
    profile: &Profile,
) -> Option<WrongForm<'a>> {
    let pattern = &index.patterns[m.pattern];
    let PatternKind::Wrong {
        avoid, ref near, ..
    } = pattern.kind
    else {
        return None;
    };
    let term = &index.terms[pattern.term];
    if term.kind == TermKind::Spelling && person_name_in_a_name(text, tokens, m, profile) {
        return None; // "João Baptista": names keep their spelling through a reform
    }
    let range = ByteRange::new(
        tokens.tokens[m.first_token].range.start,
        tokens.tokens[m.end_token - 1].range.end,
    );
    Some(WrongForm {
        term,
        avoid: &term.avoid[avoid],
        range,
        found: &text[range.as_range()],
        contextual: !near.is_empty(),
    })
}

impl WrongForm<'_> {
    /// The finding of `rule`: the entry's preferred form, in the case of the original.
    pub fn finding(&self, rule: Rule, message: String, applicability: Applicability) -> Finding {
        let note = match (&self.avoid.note, &self.term.note) {
            (Some(a), Some(t)) => Some(format!("{a} {t}")),
            (a, t) => a.clone().or_else(|| t.clone()),
        };
        Finding {
            suggestions: vec![Suggestion {
                range: self.range,
                replacement: carry_case(self.found, &self.term.preferred),
                applicability,
            }],
            term: Some(TermRef::of(self.term)),
            note,
            ..Finding::new(rule, self.range, message)
        }
    }
}

/// Whether a one-word match is a known person name (a given name or surname of
/// `mtlint_lexicon::person_names`) written as part of a name: capitalised, next to another
/// capitalised word, or to one across a particle ("Hospital Baptista de Sousa", "João
/// Baptista"). The 1990 agreement leaves the spelling of people's names to them.
fn person_name_in_a_name(text: &str, tokens: &Tokens, m: &Match, profile: &Profile) -> bool {
    let k = m.first_token;
    let capitalised =
        |i: usize| text[tokens.tokens[i].range.as_range()].starts_with(char::is_uppercase);
    let spaced =
        |i: usize| text[tokens.tokens[i].range.end..tokens.tokens[i + 1].range.start] == *" ";
    let joiners = &profile.words.person_name_joiners;
    let particle = |i: usize| joiners.iter().any(|j| j == tokens.folded(i));
    if m.end_token != k + 1
        || !capitalised(k)
        || !mtlint_lexicon::person_names().contains(tokens.folded(k))
    {
        return false;
    }
    let before = k > 0 && spaced(k - 1) && capitalised(k - 1);
    let after = k + 1 < tokens.len()
        && spaced(k)
        && (capitalised(k + 1)
            || (particle(k + 1) && k + 2 < tokens.len() && spaced(k + 1) && capitalised(k + 2)));
    before || after
}
