//! What each word is for `untranslated`, before any language is guessed: a word of the
//! target lexicon (or one with a Portuguese prefix, a clitic, or only its accent missing),
//! a glossary match, a name, a neutral token (number, acronym, URL, code), an English
//! function word or possessive, a loanword Portuguese text uses, or a foreign word.

use mtlint_lexicon::{Lexicon, Usage, UsageTable};

use super::evidence::{QUOTED_LEAD, USAGE_MARGIN};
use super::{joined, starts_upper};
use crate::rules::missing_accent::lost_its_accent;
use crate::term_index::TermMatch;
use crate::tokens::Tokens;
use crate::ByteRange;

/// Word usage (Zipf: log10 of the frequency per 10^9 words, from wordfreq's lists). A word
/// the hunspell lexicon lacks that Portuguese text uses at least this often is a loanword
/// or an ordinary word hunspell misses ("rapper", "desconhecido"): a target word.
pub(super) const USED_IN_TARGET: f64 = 2.0;

/// A capitalised word at a sentence start is foreign only on stronger evidence (usage lists
/// hold names too): another language uses it at least this often ("presiding": English
/// 3.5), and 100x more than Portuguese does.
const CAPITAL_USED_ELSEWHERE: f64 = 3.0;

const CAPITAL_MARGIN: f64 = 2.0;

/// The shortest remainder after a Portuguese prefix that makes a word known
/// ("des" + "afortunada"): shorter ones are too often a foreign word ("re" + "port").
const PREFIX_REMAINDER_MIN: usize = 5;

/// A prefixed word that another language uses this much more (100x) is that language's.
const PREFIX_OVERRIDE_MARGIN: f64 = 2.0;

/// Productive Portuguese prefixes (from the PFX rules of the hunspell pt_BR affix file,
/// which scripts/lexicon/build.sh leaves unexpanded, and the 1990 agreement's list): a
/// word made of one and a lexicon word is a Portuguese word ("desconhecida",
/// "antinavios", "sobredimensionados").
const PREFIXES: &[&str] = &[
    "anti", "auto", "bi", "co", "contra", "des", "entre", "ex", "extra", "hiper", "hipo", "im",
    "in", "infra", "inter", "intra", "ir", "macro", "mal", "micro", "mini", "multi", "neo", "pos",
    "pré", "pre", "pró", "pro", "proto", "pseudo", "re", "semi", "sobre", "sub", "super", "supra",
    "trans", "tri", "ultra", "vice",
];

/// English closed-class words: inside a Portuguese sentence, strong evidence of English.
/// Only those that are not also Portuguese words count (the lexicon decides: "a", "do",
/// "for", "as" are Portuguese).
const ENGLISH_FUNCTION_WORDS: &[&str] = &[
    "the", "of", "and", "with", "from", "this", "that", "these", "those", "which", "who", "whose",
    "what", "is", "was", "were", "been", "being", "has", "have", "had", "will", "would", "should",
    "could", "their", "they", "them", "his", "her", "its", "our", "your", "you", "he", "she", "it",
    "we", "by", "at", "on", "in", "into", "to", "for", "an", "or", "but", "not", "be", "than",
    "then", "there", "here", "about", "after", "before", "over", "under", "between", "through",
    "during", "without", "within", "while", "where", "when", "how", "why", "all", "any", "some",
    "more", "most", "such", "only", "also", "just", "very", "did", "does", "are", "can", "my",
    "me", "him", "us",
];

/// What a word is, for this rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Class {
    /// A word of the target lexicon.
    Known,
    /// A target word written without its accent ("ilusoes"): `missing-accent` reports it;
    /// for this rule it is a target word, like `Known`.
    Unaccented,
    /// Part of a glossary match (good or wrong form): a name or term the glossary knows.
    Glossary,
    /// Numbers, acronyms, single letters, URL and e-mail parts: no language.
    Neutral,
    /// An English possessive "s" after an apostrophe ("Wonson’s").
    Possessive,
    /// An English function word that is not a target word.
    Function,
    /// A word hunspell lacks that Portuguese text uses, but another language uses ten times
    /// more: an adopted loanword ("benchmark", "pubs") or English that Portuguese web text
    /// quotes ("military"). Never foreign alone; part of a foreign run around it.
    Loan,
    /// A capitalised word the lexicon does not know: a name, or a capitalised foreign word.
    Capital,
    /// A lowercase word the lexicon does not know.
    Foreign,
}

/// Marks the words inside quotation marks as having no language: a quoted title in the
/// original ("Gone with the Wind") is then neither a foreign run nor part of a foreign line.
pub(super) fn neutralise_quoted(text: &str, tokens: &Tokens, classes: &mut [Class]) {
    let (Some(first), Some(last)) = (tokens.tokens.first(), tokens.tokens.last()) else {
        return;
    };
    // From the start of the first token's line to the end of the last one's: an opening
    // mark sits before the first word.
    let start =
        memchr::memrchr(b'\n', &text.as_bytes()[..first.range.start]).map_or(0, |nl| nl + 1);
    let end = memchr::memchr(b'\n', &text.as_bytes()[last.range.end..])
        .map_or(text.len(), |nl| last.range.end + nl);
    let spans = crate::quotes::quoted_spans(&text[start..end], start);
    let mut spans = spans.iter().peekable();
    for (k, token) in tokens.tokens.iter().enumerate() {
        while spans.next_if(|s| s.end <= token.range.start).is_some() {}
        if spans
            .peek()
            .is_some_and(|s| s.start <= token.range.start && token.range.end <= s.end)
        {
            classes[k] = Class::Neutral;
        }
    }
}

/// Classifies every token of the stretch; `glossary` are the stretch's glossary matches
/// (found once by the checker, in token order, not overlapping).
pub(super) fn classify(
    text: &str,
    tokens: &Tokens,
    glossary: &[TermMatch],
    lexicon: &Lexicon,
) -> Vec<Class> {
    let usage = mtlint_lexicon::usage();
    let mut matches = glossary.iter().peekable();
    let mut classes: Vec<Class> = (0..tokens.len())
        .map(|k| {
            while matches.next_if(|m| m.end_token <= k).is_some() {}
            match matches.peek() {
                Some(m) if m.first_token <= k => Class::Glossary,
                _ => classify_word(text, tokens, k, lexicon, usage),
            }
        })
        .collect();
    unmask_capitalised_words(text, tokens, &mut classes, usage);
    adopt_hyphenated_loans(text, tokens, &mut classes, lexicon, usage);
    classes
}

/// A hyphenated compound whose words, written together, make a word Portuguese text uses
/// ("play-off": "playoff") is one loanword Portuguese has taken, not two English words
/// that make a run.
fn adopt_hyphenated_loans(
    text: &str,
    tokens: &Tokens,
    classes: &mut [Class],
    lexicon: &Lexicon,
    usage: &UsageTable,
) {
    for k in 1..tokens.len() {
        let (a, b) = (k - 1, k);
        if !matches!(classes[a], Class::Foreign | Class::Loan)
            || !matches!(classes[b], Class::Foreign | Class::Loan)
            || &text[tokens.tokens[a].range.end..tokens.tokens[b].range.start] != "-"
        {
            continue;
        }
        let joined = format!("{}{}", tokens.folded(a), tokens.folded(b));
        let adopted = lexicon.contains(&joined)
            || !matches!(target_usage(usage.get(&joined)), TargetUsage::Rare);
        if adopted {
            classes[a] = Class::Known;
            classes[b] = Class::Known;
        }
    }
}

/// Turns capitalised words that are only capitalised because they open a sentence
/// ("Understandably traumático", "Gobernador de") into foreign words, when the usage lists
/// leave no doubt: another language uses the word at least `CAPITAL_USED_ELSEWHERE` and
/// `CAPITAL_MARGIN` more than Portuguese does, and the sentence goes on in the target
/// language. Names stay names: a word followed by another capitalised word (part of a
/// longer name), or one the stretch also writes capitalised inside a sentence ("falei com
/// Fleiss"), is left alone.
fn unmask_capitalised_words(
    text: &str,
    tokens: &Tokens,
    classes: &mut [Class],
    usage: &UsageTable,
) {
    let mid_sentence: rustc_hash::FxHashSet<&str> = (0..tokens.len())
        .filter(|&k| classes[k] == Class::Capital && !opens_sentence(text, tokens, k))
        .map(|k| tokens.folded(k))
        .collect();
    for k in 0..tokens.len() {
        if classes[k] != Class::Capital
            || !opens_sentence(text, tokens, k)
            || mid_sentence.contains(tokens.folded(k))
        {
            continue;
        }
        // The sentence goes on in the target language: the word is a lone foreign word.
        // (Followed by foreign words, it is part of a run or a line the other passes
        // report as one; followed by a capitalised word, it is part of a name.)
        let goes_on_in_target = k + 1 < tokens.len()
            && joined(text, tokens, k)
            && matches!(classes[k + 1], Class::Known | Class::Unaccented)
            && !starts_upper(text, tokens, k + 1);
        if goes_on_in_target && plainly_foreign(tokens.folded(k), usage) {
            classes[k] = Class::Foreign;
        }
    }
}

/// Whether token `k` opens a sentence: first of its line, or after sentence punctuation,
/// a colon or an opening quotation mark or bracket.
pub(crate) fn opens_sentence(text: &str, tokens: &Tokens, k: usize) -> bool {
    let before = match k {
        0 => &text[..tokens.tokens[0].range.start],
        _ => &text[tokens.tokens[k - 1].range.end..tokens.tokens[k].range.start],
    };
    let before = before.trim_end_matches([' ', '\u{a0}', '\t']);
    if k == 0 {
        return true;
    }
    if before == "." {
        // "sr. Fleiss", "J. Smith": a full stop after an abbreviation or an initial.
        let previous = tokens.folded(k - 1);
        return previous.chars().count() > 1 && !ABBREVIATIONS.contains(&previous);
    }
    before.ends_with(['\n', '.', '!', '?', ':', '"', '“', '«', '(', '—', '–'])
}

/// Abbreviations a full stop ends without ending the sentence: titles before a name.
const ABBREVIATIONS: &[&str] = &[
    "sr", "sra", "srta", "dr", "dra", "prof", "profa", "eng", "gen", "cel", "cap", "ten", "sgt",
    "gov", "sen", "dep", "rep", "pres", "min", "st", "sto", "sta", "mr", "mrs", "ms", "jr", "av",
];

/// Whether the usage lists leave no doubt that a word is another language's.
fn plainly_foreign(folded: &str, usage: &UsageTable) -> bool {
    usage.get(folded).is_some_and(|u| {
        u.other
            .is_some_and(|(_, z)| z.value() >= CAPITAL_USED_ELSEWHERE)
            && u.lead().is_some_and(|(_, lead)| lead >= CAPITAL_MARGIN)
    })
}

fn classify_word(
    text: &str,
    tokens: &Tokens,
    k: usize,
    lexicon: &Lexicon,
    usage: &UsageTable,
) -> Class {
    let range = tokens.tokens[k].range;
    let word = &text[range.as_range()];
    let folded = tokens.folded(k);
    if folded == "s" && k > 0 && possessive_gap(&text[tokens.tokens[k - 1].range.end..range.start])
    {
        return Class::Possessive;
    }
    let mut letters = 0;
    let mut upper = 0;
    for c in word.chars() {
        if c.is_ascii_digit() || c.is_numeric() {
            return Class::Neutral;
        }
        letters += usize::from(c.is_alphabetic());
        upper += usize::from(c.is_uppercase());
    }
    if letters < 2 || upper >= 2 || in_url_or_code(text, range) {
        return Class::Neutral;
    }
    if lexicon.contains(folded)
        || (prefixed_word(folded, lexicon) && !dominant_elsewhere(folded, usage))
        || before_clitic(text, tokens, k)
    {
        return Class::Known;
    }
    // One look-up of the word's usage serves both questions below.
    let found = usage.get(folded);
    if word == folded && lost_its_accent(folded, found, lexicon) {
        return Class::Unaccented;
    }
    let is_upper = upper == 1 && word.chars().next().is_some_and(char::is_uppercase);
    if !is_upper && ENGLISH_FUNCTION_WORDS.contains(&folded) {
        // Before usage: Portuguese web text quotes "the" and "with" often enough to count.
        return Class::Function;
    }
    match target_usage(found) {
        TargetUsage::Adopted => return Class::Known,
        TargetUsage::Borrowed if !is_upper => return Class::Loan,
        _ => {}
    }
    if is_upper {
        // A capitalised word is a name until proven otherwise, even at the start of a
        // sentence: usage lists hold names too ("Rosenstein", "Fleiss": German).
        Class::Capital
    } else {
        Class::Foreign
    }
}

/// Whether word `k` is a verb form joined to a clitic pronoun ("apaixonámo-nos",
/// "fazê-lo"): hunspell lists "apaixonámos" and "fazer", not the forms clitics shorten.
fn before_clitic(text: &str, tokens: &Tokens, k: usize) -> bool {
    k + 1 < tokens.len()
        && &text[tokens.tokens[k].range.end..tokens.tokens[k + 1].range.start] == "-"
        && crate::rules::CLITICS.contains(&tokens.folded(k + 1))
}

/// Whether another language uses the word a hundred times more than Portuguese: then a
/// Portuguese prefix reading is a coincidence ("deshonesto" is not "des" + "honesto" but
/// Spanish; "reventando" is not "re" + "ventando").
fn dominant_elsewhere(folded: &str, usage: &UsageTable) -> bool {
    usage
        .get(folded)
        .and_then(|u| u.lead())
        .is_some_and(|(_, lead)| lead >= PREFIX_OVERRIDE_MARGIN)
}

/// Whether `folded` is a Portuguese prefix and a lexicon word: "desafortunada",
/// "ultrassom" (the prefix doubles an "r" or "s" after it).
pub(crate) fn prefixed_word(folded: &str, lexicon: &Lexicon) -> bool {
    PREFIXES.iter().any(|prefix| {
        let Some(rest) = folded.strip_prefix(prefix) else {
            return false;
        };
        let known =
            |rest: &str| rest.chars().count() >= PREFIX_REMAINDER_MIN && lexicon.contains(rest);
        known(rest) || ((rest.starts_with("rr") || rest.starts_with("ss")) && known(&rest[1..]))
    })
}

/// How Portuguese text uses a word hunspell lacks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum TargetUsage {
    /// Often, and about as much as any other language does: "rapper", "startup",
    /// "desconhecido" (hunspell lacks prefixed forms).
    Adopted,
    /// Often, but another language uses it ten times more: "benchmark", "military".
    Borrowed,
    /// Rarely or never.
    Rare,
}

fn target_usage(found: Option<Usage>) -> TargetUsage {
    let Some(found) = found else {
        return TargetUsage::Rare;
    };
    if found.portuguese.value() < USED_IN_TARGET {
        return TargetUsage::Rare;
    }
    match found.lead() {
        Some((_, lead)) if lead >= QUOTED_LEAD => TargetUsage::Rare,
        Some((_, lead)) if lead >= USAGE_MARGIN => TargetUsage::Borrowed,
        _ => TargetUsage::Adopted,
    }
}

fn possessive_gap(gap: &str) -> bool {
    gap == "'" || gap == "\u{2019}"
}

/// Whether the word sits in code (see `code_like`), a URL, an e-mail address or a file
/// name: a chunk without white space that holds "://", "@", "www." or a dot followed by a
/// letter on both sides.
///
/// A chunk longer than [`MAX_CHUNK`] on either side of the word is no prose (a URL, code,
/// data): reading it whole for each of its words made such a chunk quadratic.
pub(crate) fn in_url_or_code(text: &str, range: ByteRange) -> bool {
    let before = &text[..range.start];
    let after = &text[range.end..];
    // After the white space, which may be wider than a byte (a no-break space).
    let mut seen = 0;
    let chunk_start = before
        .char_indices()
        .rev()
        .take_while(|_| {
            seen += 1;
            seen <= MAX_CHUNK
        })
        .find(|&(_, c)| c.is_whitespace())
        .map(|(i, c)| i + c.len_utf8());
    let chunk_start = match chunk_start {
        Some(start) => start,
        None if before.chars().nth(MAX_CHUNK).is_none() => 0,
        None => return true,
    };
    let chunk_end = match after
        .char_indices()
        .take(MAX_CHUNK + 1)
        .find(|&(_, c)| c.is_whitespace())
    {
        Some((i, _)) => range.end + i,
        None if after.chars().nth(MAX_CHUNK).is_none() => text.len(),
        None => return true,
    };
    let chunk = &text[chunk_start..chunk_end];
    if code_like(chunk) {
        return true;
    }
    if !chunk.contains(['.', '@', '/']) {
        return false;
    }
    chunk.contains("://") || chunk.contains('@') || chunk.starts_with("www.") || inner_dot(chunk)
}

/// Chars a chunk may run on either side of a word before it counts as no prose.
const MAX_CHUNK: usize = 256;

/// A chunk of code, a command-line option, a markup tag or a path, which technical text
/// quotes verbatim in any language: "fsync()", "--inotify", "<launchable/>", "`killall`",
/// "reflink/clone", "nome_do_ficheiro"; a manual page's name with its section, "fifo(7)",
/// "access(2)"; a file name extension, ".fas", ".bashrc".
fn code_like(chunk: &str) -> bool {
    chunk.contains(['/', '<', '>', '`', '_', '=', '$', '{', '}', '|', '\\'])
        || chunk.contains("()")
        || chunk.starts_with('-')
        || manual_section(chunk)
        || chunk
            .strip_prefix('.')
            .is_some_and(|rest| rest.starts_with(char::is_alphabetic))
}

/// "fifo(7)", "mount(8)," "ioctl(2)": letters, then a section number in parentheses.
fn manual_section(chunk: &str) -> bool {
    let Some(open) = chunk.find('(') else {
        return false;
    };
    let (name, rest) = chunk.split_at(open);
    let Some(close) = rest.find(')') else {
        return false;
    };
    let section = &rest[1..close];
    !name.is_empty()
        && name
            .chars()
            .all(|c| c.is_alphanumeric() || c == '.' || c == '-')
        && section.starts_with(|c: char| c.is_ascii_digit())
        && section.len() <= 3
        && section.chars().all(|c| c.is_ascii_alphanumeric())
}

/// "example.com", "index.html": a dot between two letters.
fn inner_dot(chunk: &str) -> bool {
    let chars: Vec<char> = chunk.chars().collect();
    chars
        .windows(3)
        .any(|w| w[1] == '.' && w[0].is_alphabetic() && w[2].is_alphabetic())
}
