//! `spaced-punctuation`: white space before a comma, full stop, semicolon, colon, question
//! or exclamation mark ("da Coreia do Norte .", "disse , ontem"), as MT detokenisers leave
//! it. Portuguese, unlike French, never spaces these marks from the word before.

use crate::context::Context;
use crate::rules::{RuleDef, RuleKind};
use crate::{ByteRange, Finding, Rule, RuleDoc, Severity};

pub(crate) static RULE: RuleDef = RuleDef {
    check,
    dropped_over_markup: true,
    ..RuleDef::new("spaced-punctuation", RuleKind::Typography, Severity::Warning, DOC)
};

const DOC: RuleDoc = RuleDoc {
    summary:
        "white space before a comma, full stop, colon, semicolon, question or exclamation mark",
    what: "A word, white space, then one of , . ; : ? ! followed by white space, a closing \
quotation mark or bracket, or the end of the line: \"a Coreia do Norte .\", \"disse , ontem\", \
\"quem sabe ?\". Portuguese writes these marks against the word before. Not reported: an ellipsis \
(\" ...\"), a mark after a number or a symbol (\"#76 :\", \"0 ;\"), an emoticon (\" :)\"), a \
mark inside a word or a number (\" .5\", \" .pt\"), and a mark spaced from a URL, an e-mail \
address or a path, which keeps it out of the link on purpose, and a mark named in the prose \
(\"letras, números, - e . são permitidos\", \"O ponto . coincide\", \"find . -name\").",
    why: "MT systems and their detokenisers leave spaces around punctuation; a reader sees a \
typo in every such sentence. French spacing habits do the same in typed text.",
    example: "da Coreia do Norte .  →  da Coreia do Norte.",
    fix: "Safe: the white space before the mark is removed.",
};


fn check(ctx: &mut Context<'_, '_>) {
    let (text, base) = (ctx.stretch_text(), ctx.stretch.start);
    find(text, base, &ctx.profile.words.list_conjunctions, ctx.findings);
}

/// Finds every spaced mark in `text`, which starts at byte `base` of the document (in two
/// memchr passes of three marks each; the checker orders findings afterwards).
fn find(text: &str, base: usize, conjunctions: &[String], out: &mut Vec<Finding>) {
    let bytes = text.as_bytes();
    let marks = memchr::memchr3_iter(b',', b'.', b';', bytes)
        .chain(memchr::memchr3_iter(b':', b'?', b'!', bytes));
    for at in marks {
        if !ends_clause(text, at) || named_symbol(text, at, conjunctions) {
            continue;
        }
        if let Some(space_start) = space_after_word(text, at) {
            out.push(finding(
                ByteRange::new(space_start, at + 1),
                base,
                bytes[at],
            ));
        }
    }
}

/// Whether the mark at `at` stands as punctuation: followed by white space, a closing
/// quotation mark or bracket, or the end; not part of an ellipsis.
fn ends_clause(text: &str, at: usize) -> bool {
    let rest = &text[at + 1..];
    let mark = text.as_bytes()[at];
    if mark == b'.' && rest.starts_with('.') {
        return false; // " ..."
    }
    // A colon or semicolon before a bracket is an emoticon (" :)", " ;-)").
    let closing = if matches!(mark, b':' | b';') {
        ""
    } else {
        ")]}\"”’»'"
    };
    rest.chars()
        .next()
        .is_none_or(|c| c.is_whitespace() || closing.contains(c))
}

/// Whether the mark at `at` is named in the prose, not used: after a conjunction closing a
/// list (the profile's `list-conjunctions`: "e", "ou"), which no clause ends with (but for
/// a comma) ("letras, números, - e . são permitidos", "os caracteres * e ?"), or a
/// full stop that a small letter or a command-line option follows, which no sentence end
/// is ("O ponto . coincide com", "find . -name").
fn named_symbol(text: &str, at: usize, conjunctions: &[String]) -> bool {
    let before = text[..at].trim_end_matches([' ', '\t', '\u{a0}']);
    let word_start = before
        .char_indices()
        .rev()
        .find(|&(_, c)| !c.is_alphabetic())
        .map_or(0, |(i, c)| i + c.len_utf8());
    // A comma after "e" is Portuguese ("e, em seguida"): spaced, a typo like any other.
    let mark = text.as_bytes()[at];
    let word = &before[word_start..];
    if mark != b',' && conjunctions.iter().any(|c| word == c || capitalised(word, c)) {
        return true;
    }
    let mut next = text[at + 1..]
        .trim_start_matches([' ', '\t', '\u{a0}'])
        .chars();
    mark == b'.'
        && match next.next() {
            Some('-') => next.next().is_some_and(char::is_alphabetic),
            Some(c) => c.is_lowercase(),
            None => false,
        }
}

/// If horizontal white space (not a line break) separates the mark at `at` from a word of
/// letters before it, the start of that space.
fn space_after_word(text: &str, at: usize) -> Option<usize> {
    let before = &text[..at];
    let word_end = before.trim_end_matches([' ', '\t', '\u{a0}']).len();
    if word_end == at {
        return None; // no space
    }
    // A word of letters: after a number or a symbol the mark may be a label or code.
    let last = before[..word_end].chars().next_back()?;
    if !last.is_alphabetic() {
        return None;
    }
    // After a URL, an address or a path the space is deliberate: it keeps the mark out of
    // the link ("https://gegl.org .").
    let chunk_start = before[..word_end]
        .char_indices()
        .rev()
        .find(|&(_, c)| c.is_whitespace())
        .map_or(0, |(i, c)| i + c.len_utf8());
    let chunk = &before[chunk_start..word_end];
    let linked = chunk.contains(['/', '@', '_', '=', '\\']) || chunk.contains("www.");
    (!linked).then_some(word_end)
}

fn finding(range: ByteRange, base: usize, mark: u8) -> Finding {
    let mark = char::from(mark).to_string();
    let message = format!("space before \"{mark}\"");
    Finding::spacing(Rule::SpacedPunctuation, range.shifted(base), mark, message)
}

/// Whether `word` is `lower` with its first letter capitalised ("Ou" of "ou").
fn capitalised(word: &str, lower: &str) -> bool {
    let (mut w, mut l) = (word.chars(), lower.chars());
    match (w.next(), l.next()) {
        (Some(a), Some(b)) => a.is_uppercase() && a.to_lowercase().eq([b]) && w.as_str() == l.as_str(),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::find;

    fn conjunctions() -> &'static [String] {
        &mtlint_lexicon::profile("pt").words.list_conjunctions
    }

    fn found(text: &str) -> Vec<&str> {
        let mut out = Vec::new();
        find(text, 0, conjunctions(), &mut out);
        out.iter().map(|f| &text[f.range.as_range()]).collect()
    }

    #[test]
    fn fires_on_spaced_marks() {
        // Real Apertium output of the NTREX-128 news (CC BY-SA 4.0).
        assert_eq!(found("a maioria eslava de Macedonia ."), [" ."]);
        assert_eq!(found("na primeira página do diário , ontem"), [" ,"]);
        assert_eq!(found("Quem sabe ? Ninguém !"), [" ?", " !"]);
        assert_eq!(found("disse ele :\n"), [" :"]);
        assert_eq!(found("«acabou» , disse ; depois saiu"), [" ;"]);
        assert_eq!(found("“foi ontem ” e hoje “já foi .”"), [" ."]);
        // A question or exclamation mark before a small letter is still a clause's end.
        assert_eq!(found("quem sabe ? disse ele"), [" ?"]);
        assert_eq!(found("solte o botão e , em seguida, feche"), [" ,"]);
    }

    #[test]
    fn quiet_on_correct_text_and_other_uses() {
        for text in [
            "A Coreia do Norte, disse ele. Depois: nada; quem sabe? Ninguém!",
            "E então ... nada.",
            "Erro #76 : tente de novo.",
            "for (i = 0 ; i < 10 ; i++)",
            "Até logo :) e :-)",
            "O valor subiu .5 ponto e o site .pt caiu.",
            "Uma linha\n. E outra que começa com um ponto.",
            "« Citação » , talvez",
            "Veja https://gegl.org/index.html . E também www.exemplo.pt .",
            "Escreva para jo@samaritans.org , ou ligue.",
            // A no-break space before a URL is white space of two bytes.
            "Veja\u{a0}https://gegl.org .",
            // A mark named in the prose (real pt-BR manuals and man pages).
            "Use letras, números, - e . no nome.",
            "Os caracteres * e ? nas pesquisas.",
            "O ponto . coincide com qualquer caractere.",
            "Execute find . -name teste",
        ] {
            assert_eq!(found(text), Vec::<&str>::new(), "{text}");
        }
    }

    #[test]
    fn fix_removes_the_space() {
        let text = "o diário , ontem";
        let mut out = Vec::new();
        find(text, 10, conjunctions(), &mut out);
        assert_eq!(out.len(), 1);
        assert_eq!(out[0].range.start, 10 + "o diário".len());
        assert_eq!(out[0].suggestions[0].replacement, ",");
    }
}
