//! `spaced-hyphen`: MT's space before the hyphen of a compound or a clitic
//! ("norte -coreano", "diz -se").

use mtlint_lexicon::{Profile, WordLists};

use crate::context::Context;
use crate::rules::{RuleDef, RuleKind};
use crate::tokens::is_word_char;
use crate::{ByteRange, Finding, Rule, RuleDoc, Severity};

pub(crate) static RULE: RuleDef = RuleDef {
    check,
    dropped_over_markup: true,
    ..RuleDef::new("spaced-hyphen", RuleKind::Typography, Severity::Warning, DOC)
};

const DOC: RuleDoc = RuleDoc {
    summary: "a space before the hyphen of a compound word or a clitic pronoun",
    what: "A word, white space, then a hyphen glued to the next word: \"norte -coreano\", \
\"diz -se\". Dashes used as punctuation (spaces on both sides), list bullets, minus signs \
and ranges (\"-5\", \"10 -20\", \"-PI/2\"), one-letter command options (\"ls -R\"), hyphens \
used as brackets (\"Selecione -nenhum-\") and a menu path missing a space after its separator \
(\"Ferramentas -Macros - Gravar\") are not reported.",
    why: "Machine translation and its detokenisers often split hyphenated words; the result \
reads as a typo in every compound and enclitic pronoun of a Portuguese text.",
    example: "o líder norte -coreano  →  o líder norte-coreano",
    fix: "Safe: the white space before the hyphen is removed.",
};


fn check(ctx: &mut Context<'_, '_>) {
    let (text, base) = (ctx.stretch_text(), ctx.stretch.start);
    // A chunk the target lexicon lacks is no compound part; without a lexicon, compounds
    // are judged without it.
    let profile = ctx.profile;
    find(text, base, profile, ctx.findings);
}

const HYPHENS: [char; 3] = ['-', '\u{2010}', '\u{2011}'];

/// Finds every spaced hyphen in `text`, which starts at byte `base` of the document;
/// with the profile's lexicon, a chunk the lexicon lacks is no
/// compound part (other languages' compounds are judged without the lexicon).
fn find(text: &str, base: usize, profile: &Profile, out: &mut Vec<Finding>) {
    let bytes = text.as_bytes();
    let mut line = Line::default();
    // Every hyphen of the family starts with '-' or the byte 0xE2 (U+2010, U+2011).
    for at in memchr::memchr2_iter(b'-', 0xE2, bytes) {
        let Some(hyphen) = text[at..].chars().next() else {
            continue;
        };
        if !HYPHENS.contains(&hyphen) || !text.is_char_boundary(at) {
            continue;
        }
        if at >= line.end {
            line = Line::around(text, at);
        }
        let hyphen_at = HyphenAt {
            text,
            at,
            len: hyphen.len_utf8(),
        };
        if let Some(space_start) = spaced_hyphen_at(&hyphen_at, &mut line, profile) {
            out.push(finding(
                ByteRange::new(space_start, at + hyphen.len_utf8()),
                base,
                hyphen,
            ));
        }
    }
}

/// A hyphen of the text: where it is and how long it is.
struct HyphenAt<'t> {
    text: &'t str,
    at: usize,
    len: usize,
}

/// The line of the hyphens being looked at, with what is known of it as a whole, found
/// once per line: asking the whole line again at each hyphen made a long line with many
/// hyphens cost time growing with the square of its length.
#[derive(Default)]
struct Line {
    start: usize,
    end: usize,
    separated_path: Option<bool>,
    long_option: Option<bool>,
}

impl Line {
    fn around(text: &str, at: usize) -> Line {
        Line {
            start: text[..at].rfind('\n').map_or(0, |i| i + 1),
            end: text[at..].find('\n').map_or(text.len(), |i| at + i),
            separated_path: None,
            long_option: None,
        }
    }

    fn text<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
    }

    fn separated_path(&mut self, text: &str) -> bool {
        let line = self.text(text);
        *self
            .separated_path
            .get_or_insert_with(|| separated_path(line))
    }

    fn long_option(&mut self, text: &str) -> bool {
        let line = self.text(text);
        *self.long_option.get_or_insert_with(|| long_option(line))
    }
}

/// If the hyphen is preceded by horizontal space after a word and followed by a letter,
/// the start of that space. The space is looked for first: the other tests read the text
/// after the hyphen, which is only bounded (each stretch read at most a few times) for
/// hyphens after a space.
fn spaced_hyphen_at(hyphen: &HyphenAt<'_>, line: &mut Line, profile: &Profile) -> Option<usize> {
    let HyphenAt { text, at, len } = *hyphen;
    let after = text[at + len..].chars().next()?;
    if !after.is_alphabetic() {
        return None; // "-5", "- item", "--"
    }
    let before = &text[..at];
    let word_end = before.trim_end_matches([' ', '\t', '\u{a0}']).len();
    if word_end == at {
        return None; // no space: an ordinary hyphen
    }
    let rest = &text[at + len..];
    if command_option(rest) {
        return None; // "mount -t vfat": a one-letter option, not a clitic
    }
    if minus_sign(rest) {
        return None; // "entre -PI/2 e +PI/2": a minus sign before a formula
    }
    if bracketing(rest) {
        return None; // "Selecione -nenhum- para": hyphens around a word, as brackets
    }
    let prev_word: String = before[..word_end]
        .chars()
        .rev()
        .take_while(|&c| is_word_char(c))
        .collect();
    // The word before must be letters (a digit before means a range or arithmetic).
    if prev_word.is_empty() || !prev_word.chars().all(char::is_alphabetic) {
        return None;
    }
    if after.is_uppercase() && line.separated_path(text) {
        return None; // "Ferramentas -Macros - Gravar macro": a menu path missing a space
    }
    if option_context(hyphen, rest, &prev_word, profile, line) {
        return None; // "a expressão -print", "com a opção -o ou --only-matching"
    }
    Some(word_end)
}

/// Whether the text after a hyphen is a formula, so the hyphen a minus sign: its chunk
/// (up to white space) holds a digit or an operator ("-PI/2", "-x^2", "-b+c").
fn minus_sign(after_hyphen: &str) -> bool {
    after_hyphen
        .split(char::is_whitespace)
        .next()
        .is_some_and(|chunk| chunk.contains(|c: char| c.is_ascii_digit() || "/*=^+".contains(c)))
}

/// Whether the hyphen opens a pair of hyphens used as brackets around a few words
/// ("-nenhum-", "-definido pelo usuário-", "-não vazias -."): a hyphen closing the words,
/// glued to the last one or followed by punctuation, comes within four words and before
/// the sentence ends. A compound or a clitic ("norte -coreano", "diz -se") is never closed.
fn bracketing(after_hyphen: &str) -> bool {
    let mut words = 0;
    let mut prev: Option<char> = None;
    let mut chars = after_hyphen.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '-' | '\u{2010}' | '\u{2011}' => {
                let next = chars.peek().copied();
                let glued = prev.is_some_and(is_word_char);
                let ends = next.is_none_or(|n| !is_word_char(n) && n != '-');
                let before_punctuation = next.is_some_and(|n| ".,;:!?)]}\"”»".contains(n));
                if ends && (glued || before_punctuation) {
                    return true;
                }
            }
            '\n' | '.' | '!' | '?' | ';' | '(' => return false,
            c if c.is_whitespace() && prev.is_some_and(|p| !p.is_whitespace()) => {
                words += 1;
                if words > 4 {
                    return false;
                }
            }
            _ => {}
        }
        prev = Some(c);
    }
    false
}

/// Whether a line separates capitalised items with a spaced
/// hyphen or dash ("Editar -Registrar alterações - Gravar"): a menu path, where a hyphen
/// before a capital lost the space after it rather than gained one before it. A dash
/// before a small letter is an aside ("disse - e repetiu -"), which proves nothing.
fn separated_path(line: &str) -> bool {
    [" - ", " – ", " — "].iter().any(|sep| {
        line.match_indices(sep).any(|(i, _)| {
            line[i + sep.len()..]
                .chars()
                .next()
                .is_some_and(char::is_uppercase)
        })
    })
}

/// Whether the text after a hyphen is a one-letter command-line option ("-t", "-R"): one
/// letter standing alone that is not one of the clitics "o" and "a" ("deixou -o").
fn command_option(after_hyphen: &str) -> bool {
    let mut chars = after_hyphen.chars();
    let (Some(letter), next) = (chars.next(), chars.next()) else {
        return false;
    };
    let alone = next.is_none_or(|c| !is_word_char(c));
    alone && !matches!(letter, 'o' | 'a')
}

/// Whether a verb form ending as `word` takes the plain pronouns "o", "a", "os", "as"
/// after a hyphen: only a form ending in a vowel does ("encontrou-o", "deixe-a"); a form in
/// -r, -s or -z takes "-lo" ("trazê-lo"), one in -m, -ão or -õe takes "-no" ("dão-no").
/// The profile's `plain-clitic-finals` and `nasal-endings`; without them no word does.
fn takes_plain_enclitic(word: &str, words: &WordLists) -> bool {
    if words.nasal_endings.iter().any(|e| word.ends_with(e.as_str())) {
        return false;
    }
    word.chars()
        .next_back()
        .is_some_and(|c| words.plain_clitic_finals.contains(&c))
}

/// Whether a spaced hyphen starts a command-line option rather than a split compound or
/// clitic, by the context of options: the word before is a function word (see
/// the profile's `option-words`); the chunk after the hyphen has a capital after its first letter or
/// an underscore, which no Portuguese word has ("grep -lZ", "-newerXY", "-ignore_readdir");
/// it starts with a small letter and is neither a clitic nor a word of the lexicon
/// ("-print", "-follow"), or is "-o"/"-a" after a word no enclitic "o"/"a" follows
/// ("a opção -a"); the word before is an option itself ("-print -quit");
/// the next word is an option too ("-us -uc"); or the line also quotes a long option
/// ("a opção -o ou --only-matching").
fn option_context(
    hyphen: &HyphenAt<'_>,
    after_hyphen: &str,
    prev_word_reversed: &str,
    profile: &Profile,
    line: &mut Line,
) -> bool {
    let HyphenAt { text, at, .. } = *hyphen;
    let prev: String = prev_word_reversed
        .chars()
        .rev()
        .collect::<String>()
        .to_lowercase();
    if profile.words.option_words.contains(&prev) {
        return true;
    }
    let chunk = after_hyphen
        .split(char::is_whitespace)
        .next()
        .unwrap_or_default();
    let word: &str = chunk.trim_end_matches(|c: char| !is_word_char(c));
    if word.contains('_') || word.chars().skip(1).any(char::is_uppercase) {
        return true;
    }
    // The first part of the chunk: "lo" of "-lo-ia", "print" of "-print0" is no word.
    let part: String = word
        .chars()
        .take_while(|c| c.is_alphabetic())
        .collect::<String>()
        .to_lowercase();
    if !part.is_empty()
        && part.chars().all(char::is_alphabetic)
        && word.starts_with(char::is_lowercase)
    {
        let clitic = profile.words.clitics.contains(&part) || profile.words.hyphen_clitics.contains(&part);
        if profile.lexicon().is_some_and(|l| !clitic && !l.contains(&part)) {
            return true; // "-print", "-follow", "-mtrace": no Portuguese word nor clitic
        }
        if profile.words.plain_clitics.contains(&part) && !takes_plain_enclitic(&prev, &profile.words) {
            return true; // "a opção -a", "usar -a": "-o" and "-a" hang on a vowel
        }
    }
    // The word before is an option itself ("-print -quit").
    let before_prev = &text[..at]
        .trim_end_matches([' ', '\t', '\u{a0}'])
        .trim_end_matches(is_word_char);
    if before_prev.ends_with('-')
        && before_prev[..before_prev.len() - 1]
            .chars()
            .next_back()
            .is_none_or(char::is_whitespace)
    {
        return true;
    }
    let next = after_hyphen[chunk.len()..].trim_start_matches([' ', '\t']);
    if next.starts_with('-') && next[1..].starts_with(|c: char| c.is_alphabetic() || c == '-') {
        return true;
    }
    line.long_option(text)
}

/// Whether a line quotes a long command-line option ("--only-matching").
fn long_option(line: &str) -> bool {
    line.match_indices("--").any(|(i, _)| {
        let opens = line[..i]
            .chars()
            .next_back()
            .is_none_or(|c| c.is_whitespace() || "(\"“'‘[".contains(c));
        opens && line[i + 2..].starts_with(|c: char| c.is_ascii_alphabetic())
    })
}

fn finding(range: ByteRange, base: usize, hyphen: char) -> Finding {
    Finding::spacing(
        Rule::SpacedHyphen,
        range.shifted(base),
        hyphen.to_string(),
        "space before a hyphen inside a word".to_string(),
    )
}

#[cfg(test)]
mod tests;
