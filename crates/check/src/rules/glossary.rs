//! `wrong-term` and `wrong-term-in-context`: a glossary's known wrong renderings.

use mtlint_glossary::{Term, TermKind};

use crate::case::carry_case;
use crate::term_index::{Match, PatternKind, TermIndex};
use crate::tokens::Tokens;
use crate::{Applicability, ByteRange, Finding, Rule, RuleDoc, Suggestion, TermRef};

pub(crate) static WRONG_TERM_DOC: RuleDoc = RuleDoc {
    summary: "a rendering the glossary lists as wrong",
    what: "A word or phrase that a glossary entry lists under `avoid`: a mangled name \
(\"Wanson\" for Wonsan), a pre-reform spelling (\"Coréia\" for Coreia), a known mistranslation.",
    why: "Glossaries hold the names and terms that must come out right; a listed wrong form \
is an error a reader will notice, whatever a spell-checker says.",
    example: "O líder chegou a Wanson.  →  O líder chegou a Wonsan.",
    fix: "Safe: the entry's preferred form, in the case of the original (\"WANSON\" → \"WONSAN\").",
};

pub(crate) static WRONG_TERM_IN_CONTEXT_DOC: RuleDoc = RuleDoc {
    summary: "a rendering that is wrong in the context the glossary gives",
    what: "A word that is correct in general but wrong near certain words: MT turning a \
proper noun into a common word (\"sorteio\" near \"agência de notícias\" is the agency TASS), \
or a word in the wrong sense.",
    why: "The word itself passes every spell-checker; only its context shows the mistranslation.",
    example: "segundo o sorteio da agência de notícias  →  segundo a TASS",
    fix: "Unsafe: the entry's preferred form is suggested, but the sentence around it usually \
needs rewording too, so `--fix` does not apply it.",
};

/// Turns a wrong-form match into a finding; good-form matches yield none.
pub(crate) fn finding(index: &TermIndex, text: &str, tokens: &Tokens, m: Match) -> Option<Finding> {
    let pattern = &index.patterns[m.pattern];
    let PatternKind::Wrong {
        avoid, ref near, ..
    } = pattern.kind
    else {
        return None;
    };
    let term = &index.terms[pattern.term];
    if term.kind == TermKind::Spelling && person_name_in_a_name(text, tokens, &m) {
        return None; // "João Baptista": names keep their spelling through a reform
    }
    let avoid = &term.avoid[avoid];
    let range = ByteRange::new(
        tokens.tokens[m.first_token].range.start,
        tokens.tokens[m.end_token - 1].range.end,
    );
    let found = &text[range.as_range()];
    let contextual = !near.is_empty();
    let (rule, applicability) = if contextual {
        (Rule::WrongTermInContext, Applicability::Unsafe)
    } else {
        (Rule::WrongTerm, Applicability::Safe)
    };
    let message = if contextual {
        format!(
            "\"{found}\" here is likely a mistranslation of {} \"{}\"",
            term.kind.noun(),
            term.preferred
        )
    } else {
        wrong_message(term, found)
    };
    let note = match (&avoid.note, &term.note) {
        (Some(a), Some(t)) => Some(format!("{a} {t}")),
        (a, t) => a.clone().or_else(|| t.clone()),
    };
    Some(Finding {
        suggestions: vec![Suggestion {
            range,
            replacement: carry_case(found, &term.preferred),
            applicability,
        }],
        term: Some(term_ref(term)),
        note,
        ..Finding::new(rule, range, message)
    })
}

/// Whether a one-word match is a known person name (a given name or surname of
/// `mtlint_lexicon::person_names`) written as part of a name: capitalised, next to another
/// capitalised word, or to one across a particle ("Hospital Baptista de Sousa", "João
/// Baptista"). The 1990 agreement leaves the spelling of people's names to them.
fn person_name_in_a_name(text: &str, tokens: &Tokens, m: &Match) -> bool {
    let k = m.first_token;
    let capitalised =
        |i: usize| text[tokens.tokens[i].range.as_range()].starts_with(char::is_uppercase);
    let spaced =
        |i: usize| text[tokens.tokens[i].range.end..tokens.tokens[i + 1].range.start] == *" ";
    let particle = |i: usize| matches!(tokens.folded(i), "de" | "da" | "do" | "dos" | "das" | "e");
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

fn wrong_message(term: &Term, found: &str) -> String {
    match term.kind {
        TermKind::Spelling => format!(
            "\"{found}\" is an outdated spelling: the current form is \"{}\"",
            term.preferred
        ),
        kind if kind.is_name() => format!(
            "\"{found}\" is a misrendering of {} \"{}\"",
            kind.noun(),
            term.preferred
        ),
        kind => format!(
            "\"{found}\" is a wrong rendering of {} \"{}\"",
            kind.noun(),
            term.preferred
        ),
    }
}

pub(crate) fn term_ref(term: &Term) -> TermRef {
    TermRef {
        id: term.id.clone(),
        kind: term.kind,
        preferred: term.preferred.clone(),
        origin: term.origin.clone(),
    }
}
