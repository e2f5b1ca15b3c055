//! Quotations a writer keeps in another language on purpose: a title ("The Art of the
//! Deal"), a term or expression of another country's politics or culture ("deep state"),
//! a sentence the original also quotes in its own language ("Je ne regrette rien"). A
//! quotation wholly in another language, or a title in title case, is the writer's
//! choice; MT leaves words it does not know among words it translated, so a quotation
//! that mixes Portuguese and English ("Nós vamos make it") is still reported.

use lingua::Language;

use super::{leans_away, leans_to, MULTI_WORD_THRESHOLD};
use crate::analysis::classes::{quotations, Class};
use crate::analysis::words::starts_upper;
use crate::language::{score_span, SpanLanguages};
use crate::tokens::Tokens;
use crate::ByteRange;

/// A lowercase word of this many letters or fewer counts neither way in a title ("of",
/// "the", "and", "a", "de", "in").
const SHORT_WORD: usize = 3;

/// Marks the words of deliberate quotations as having no language.
pub(super) fn neutralise_deliberate(
    text: &str,
    tokens: &Tokens,
    classes: &mut [Class],
    target: Language,
) {
    for quotation in quotations(text, tokens) {
        // The quotation's own words first: most quotations hold no foreign word, and
        // reading the rest of their line costs more.
        if holds_foreign_word(classes, quotation.clone())
            && in_target_text(text, tokens, classes, quotation.clone())
            && deliberate(text, tokens, classes, quotation.clone(), target)
        {
            classes[quotation].fill(Class::Neutral);
        }
    }
}

/// Whether the rest of the quotation's line is in the target language (more lowercase
/// target words than foreign ones): a quotation inside an English line is part of the
/// untranslated line, not a choice of the writer.
fn in_target_text(
    text: &str,
    tokens: &Tokens,
    classes: &[Class],
    quotation: std::ops::Range<usize>,
) -> bool {
    let breaks = |k: usize| {
        text[tokens.tokens[k - 1].range.end..tokens.tokens[k].range.start].contains('\n')
    };
    let mut start = quotation.start;
    while start > 0 && !breaks(start) {
        start -= 1;
    }
    let mut end = quotation.end;
    while end < tokens.len() && !breaks(end) {
        end += 1;
    }
    let (mut target, mut foreign) = (0, 0);
    for k in (start..quotation.start).chain(quotation.end..end) {
        match classes[k] {
            Class::Known | Class::Unaccented if !starts_upper(text, tokens, k) => target += 1,
            Class::Foreign | Class::Function | Class::Loan => foreign += 1,
            _ => {}
        }
    }
    target > foreign
}

/// Whether a quotation holds a word of another language (a deliberate one always does).
fn holds_foreign_word(classes: &[Class], mut quotation: std::ops::Range<usize>) -> bool {
    quotation.any(|k| {
        matches!(
            classes[k],
            Class::Foreign | Class::Function | Class::Loan | Class::Capital
        )
    })
}

/// Whether a quotation that holds a word of another language is kept in that language on
/// purpose: it is a title in title case or wholly in that language.
fn deliberate(
    text: &str,
    tokens: &Tokens,
    classes: &[Class],
    quotation: std::ops::Range<usize>,
    target: Language,
) -> bool {
    title_case(text, tokens, classes, quotation.clone())
        || wholly_foreign(text, tokens, classes, quotation, target)
}

/// Whether every word of the quotation but short lowercase ones (function words) is
/// capitalised, two at least: the way English writes titles ("The Art of the Deal").
fn title_case(
    text: &str,
    tokens: &Tokens,
    classes: &[Class],
    quotation: std::ops::Range<usize>,
) -> bool {
    let mut capitalised = 0;
    for k in quotation {
        if starts_upper(text, tokens, k) {
            capitalised += 1;
        } else if classes[k] != Class::Function && tokens.folded(k).chars().count() > SHORT_WORD {
            return false;
        }
    }
    capitalised >= 2
}

/// Whether the quotation is in another language throughout: two words or more, lingua is
/// sure of it as a whole and takes it for no pivot language, and none of its longer
/// lowercase target words leans to the target on its own ("vamos" in "vamos make it").
fn wholly_foreign(
    text: &str,
    tokens: &Tokens,
    classes: &[Class],
    quotation: std::ops::Range<usize>,
    target: Language,
) -> bool {
    // One quoted word is as often MT's: it keeps the source's quotation marks around a
    // word it did not know ("a “phased” aproximação").
    if quotation.len() < 2 {
        return false;
    }
    let target_word = |k: usize| {
        matches!(classes[k], Class::Known | Class::Unaccented)
            && !starts_upper(text, tokens, k)
            && tokens.folded(k).chars().count() > SHORT_WORD
    };
    // One word first: a target word that leans to no other language settles it whatever
    // lingua makes of the whole quotation, whose scoring costs far more (a quoted sentence).
    if quotation
        .clone()
        .any(|k| target_word(k) && !leans_away(text, tokens, k, target))
    {
        return false;
    }
    let range = ByteRange::new(
        tokens.tokens[quotation.start].range.start,
        tokens.tokens[quotation.end - 1].range.end,
    );
    let Some(guess) = score_span(&text[range.as_range()], target, SpanLanguages::All) else {
        return false;
    };
    // Spanish is the pivot MT leaks ("Esta denegación é enfadada"): no choice of a writer.
    if !(guess.is_top && guess.against_target >= MULTI_WORD_THRESHOLD)
        || guess.language == Language::Spanish
    {
        return false;
    }
    !quotation
        .clone()
        .any(|k| target_word(k) && !leans_to(text, tokens, k, guess.language, target))
}
