//! `run-together`: words an MT system glued into one token ("de13anos", "barcosdeclase",
//! "quecorrelongo"). Apertium's pivot translations write multi-word units of their
//! dictionaries without the spaces; a reader sees them at once, a spell-checker only sees
//! an unknown word.
//!
//! Only tokens the lexicon lacks are candidates (found while `untranslated` classifies the
//! words, or by one look-up per word when it does not run). A candidate is split by
//! dynamic programming over its letters, asking the lexicon and the usage table for the
//! words that start at each position in one walk down each (no substring look-ups), and
//! reported only when the split is convincing: see [`convincing`].

use std::cmp::Reverse;
use std::ops::Range;

use mtlint_lexicon::{Lexicon, OtherLanguage, UsageTable, Zipf};

use crate::analysis::glued::{english_spelling, shaped_like_glued};
use crate::analysis::sentence::opens_sentence;
use crate::context::Context;
use crate::rules::{Needs, RuleDef, RuleKind};
use crate::{Applicability, ByteRange, Finding, Rule, RuleDoc, Severity, Suggestion};

pub(crate) static RULE: RuleDef = RuleDef {
    needs: Needs {
        glued: true,
        ..Needs::WORDS
    },
    check,
    ..RuleDef::new("run-together", RuleKind::Typography, Severity::Warning, DOC)
};

const DOC: RuleDoc = RuleDoc {
    summary: "words run together into one token",
    what: "A lowercase token (capitalised only where it opens a sentence) that is no word of \
the Portuguese lexicon nor of the usage lists, and splits wholly into words and numbers in a way no real \
word does: a number after a function word, with a word before or after them (\"de13anos\": \
de 13 anos, \"terremotode7\": terremoto de 7), or three words or more, one of them a \
function word (\"barcosdeclase\": barcos de clase, \"quecorrelongo\": que corre longo). \
Pivot MT (Apertium) writes multi-word units of its dictionaries this way. Words with a \
Portuguese prefix (\"microempreendedor\"), compounds of two words (\"girassol\", \
\"autoestima\"), names with a number (\"covid19\", \"iphone7\", \"g20\"), measures and times \
(\"100km\", \"10h30\"), ordinals (\"1º\"), names inside a sentence (\"Jacquemus\"), \
hashtags, handles, URLs, file names and code are not reported.",
    why: "A reader sees the glued words at once, and a spell-checker only reports an unknown \
word without saying what went wrong; the words inside are often untranslated too (\"clase\", \
\"años\": Spanish of the pivot).",
    example: "um mozode13anos sábado  →  \"mozo de 13 anos\"",
    fix: "Unsafe (shown, not applied by --fix): the split shown is the likeliest one, but a \
token can split more than one way, and the words inside may still need translating.",
};


/// A word of the usage table counts as a piece when Portuguese or Spanish (the pivot
/// language, whose words a pivot MT leaves inside a glued unit) uses it at least this often
/// (Zipf 2.5: about three times per 10 million words): "tiempo" 6.0, "clase" 5.3,
/// "revienta" 3.2, "realza" 2.8, while the long tail of the lists (misspellings, fragments,
/// names at Zipf 1–2) does not. Words only English, French, Italian or German use are left
/// out: the glued units come from the pivot's dictionaries, and English words make code
/// identifiers split ("columndelimiter": "column del imiter").
const USAGE_FLOOR: Zipf = Zipf::from_tenths(25);

/// Content words this short are the least likely reading of a stretch of letters.
const SHORT_WORD_CHARS: usize = 4;

/// Pieces of content (not function words) have at least this many letters: the lexicon's
/// entries of two and three letters are abbreviations, symbols and fragments as often as
/// words, and let English compounds and names split ("mobile|con|fig", "sen|de|irismo",
/// Galician for hiking). This costs the glued units with a three-letter word ("mujerdeley").
const MIN_WORD_CHARS: usize = 4;

/// What the splitting reads: the target's lexicon and usage table, and the profile's
/// function words that may be pieces (`glued-function-words`) and the one that may open a
/// split without a number (`glued-opening-word`).
#[derive(Clone, Copy)]
struct Dicts<'a> {
    lexicon: &'a Lexicon,
    usage: &'a UsageTable,
    function_words: &'a [String],
    opening: &'a str,
}

impl Dicts<'_> {
    fn is_function_word(&self, word: &str) -> bool {
        self.function_words.iter().any(|w| w == word)
    }
}

/// What a piece of a split token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Piece {
    Digits,
    Function,
    Word,
}

/// Reports the `candidates` (token indices, from the checker's look-up or `untranslated`) that
/// split convincingly. A capitalised candidate is taken only where it opens a sentence:
/// inside one, it is a name ("Jacquemus" is no "jac que mus", "Chornoivan" no "chor no
/// ivan").
fn check(ctx: &mut Context<'_, '_>) {
    let (Some(lexicon), Some(usage)) = (ctx.profile.lexicon(), ctx.profile.usage()) else {
        return;
    };
    let (text, tokens, profile) = (ctx.text, ctx.tokens, ctx.profile);
    let dicts = Dicts {
        lexicon,
        usage,
        function_words: &profile.words.glued_function_words,
        opening: &profile.words.glued_opening_word,
    };
    for &k in &ctx.words.glued {
        let range = tokens.tokens[k].range;
        let word = &text[range.as_range()];
        let folded = tokens.folded(k);
        // The cheap tests first; the candidates of words without digits are known to be
        // no lexicon words already.
        if !shaped_like_glued(word)
            || (word.starts_with(char::is_uppercase) && !opens_sentence(text, tokens, k, profile))
            || part_of_a_longer_chunk(text, range)
            || english_spelling(folded, &profile.source.spelling)
            || usage.get(folded).is_some()
            || (folded.bytes().any(|b| b.is_ascii_digit()) && lexicon.contains(folded))
            || tokens.in_url_or_code(text, range)
        {
            continue;
        }
        let Some(pieces) = split(folded, &dicts) else {
            continue;
        };
        if !convincing(folded, &pieces, &dicts) {
            continue;
        }
        if let Some(spaced) = spaced(word, folded, &pieces) {
            ctx.findings.push(finding(range, word, spaced));
        }
    }
}

/// Whether the token at `range` is part of something longer than a word: after a hashtag's
/// "#" or a handle's "@", after a full stop or a slash with no space (a file extension, a
/// path), or joined by a hyphen, an apostrophe or an underscore to more letters (a compound
/// or a name whose parts the rules look at one by one).
fn part_of_a_longer_chunk(text: &str, range: ByteRange) -> bool {
    let before = text[..range.start].chars().next_back();
    let after = text[range.end..].chars().next();
    let joins = |c: char| matches!(c, '-' | '\u{2010}' | '\u{2011}' | '\'' | '\u{2019}' | '_');
    before.is_some_and(|c| matches!(c, '#' | '@') || joins(c) || c == '.' || c == '/')
        || after.is_some_and(joins)
}

/// The split of `folded` into digit groups and words of the least [`Cost`], or `None` if
/// some letters belong to no word. Pieces are byte ranges into `folded`.
fn split(folded: &str, dicts: &Dicts<'_>) -> Option<Vec<(Range<usize>, Piece)>> {
    let mut pieces = Vec::new();
    let mut start = 0;
    for (i, c) in folded.char_indices() {
        let boundary =
            i > 0 && c.is_ascii_digit() != folded[..i].ends_with(|p: char| p.is_ascii_digit());
        if boundary {
            // Letters before a number that words follow ("naide35anos", not "dados1").
            let before_digits = c.is_ascii_digit()
                && folded[i..]
                    .trim_start_matches(|d: char| d.is_ascii_digit())
                    .starts_with(char::is_alphabetic);
            push_run(folded, start..i, before_digits, dicts, &mut pieces)?;
            start = i;
        }
    }
    push_run(
        folded,
        start..folded.len(),
        false,
        dicts,
        &mut pieces,
    )?;
    Some(pieces)
}

/// Appends the pieces of one run of digits or of letters of `folded`. A run of letters
/// `before_digits` (a number with letters after it) ends with a function word where it can
/// ("naide35anos": "nai de 35 anos", though the lexicon holds the name "naide"), and the
/// word before that function word may be as short as three letters.
fn push_run(
    folded: &str,
    run: Range<usize>,
    before_digits: bool,
    dicts: &Dicts<'_>,
    pieces: &mut Vec<(Range<usize>, Piece)>,
) -> Option<()> {
    let text = &folded[run.clone()];
    if text.starts_with(|c: char| c.is_ascii_digit()) {
        pieces.push((run, Piece::Digits));
        return Some(());
    }
    // best[i]: the best split of text[..i] and how it ends (previous boundary, kind of
    // the last piece); only char boundaries are ever reached.
    let mut best: Vec<Option<(Cost, usize, Piece)>> = vec![None; text.len() + 1];
    best[0] = Some((Cost::default(), 0, Piece::Word));
    for i in 0..text.len() {
        let Some((cost, _, _)) = best[i] else {
            continue;
        };
        for (end, kind) in words_at(&text[i..], dicts) {
            let j = i + end;
            let cost = cost.with(text[i..j].chars().count(), kind);
            if best[j].is_none_or(|(c, _, _)| cost < c) {
                best[j] = Some((cost, i, kind));
            }
        }
    }
    let mut found = Vec::new();
    let mut at = text.len();
    if before_digits {
        if let Some((rest, word)) = function_word_before_digits(text, &best, dicts) {
            found.push((run.start + rest..run.end, Piece::Function));
            at = rest;
            if word {
                found.push((run.start..run.start + rest, Piece::Word));
                at = 0;
            }
        }
    }
    while at > 0 {
        let (_, previous, kind) = best[at]?;
        found.push((run.start + previous..run.start + at, kind));
        at = previous;
    }
    pieces.extend(found.into_iter().rev());
    Some(())
}

/// The function word that ends `text` (a run of letters before a number), as the length of
/// what comes before it and whether that is one short word the split `best` does not hold
/// ("nai" in "naide"); the cheapest such reading, if any.
fn function_word_before_digits(
    text: &str,
    best: &[Option<(Cost, usize, Piece)>],
    dicts: &Dicts<'_>,
) -> Option<(usize, bool)> {
    let lexicon = dicts.lexicon;
    dicts
        .function_words
        .iter()
        .filter(|f| text.ends_with(f.as_str()))
        .filter_map(|f| {
            let rest = text.len() - f.len();
            match best[rest] {
                Some((cost, _, _)) => Some((cost, rest, false)),
                None => {
                    let short = &text[..rest];
                    (short.chars().count() >= 3 && lexicon.contains(short))
                        .then(|| (Cost::default().with(3, Piece::Word), rest, true))
                }
            }
        })
        .min()
        .map(|(_, rest, word)| (rest, word))
}

/// How good a split is, the smaller the better: the fewest pieces; then the most function
/// words ("terremoto|de" before "terremo|tode", "bronce|de|dous" before "bron|cede|dous");
/// then the fewest content words of four letters or less (the lexicon's short entries are
/// often abbreviations or fragments: "que|corre|longo" before "que|corr|elongo"); then the
/// longest words (the largest sum of squared lengths).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord)]
struct Cost {
    pieces: usize,
    functions: Reverse<usize>,
    short: usize,
    squares: Reverse<usize>,
}

impl Cost {
    fn with(self, chars: usize, kind: Piece) -> Cost {
        Cost {
            pieces: self.pieces + 1,
            functions: Reverse(self.functions.0 + usize::from(kind == Piece::Function)),
            short: self.short + usize::from(kind == Piece::Word && chars <= SHORT_WORD_CHARS),
            squares: Reverse(self.squares.0 + chars * chars),
        }
    }
}

/// The words that start `text` (a run of letters): byte length and kind of each.
fn words_at(text: &str, dicts: &Dicts<'_>) -> Vec<(usize, Piece)> {
    let Dicts { lexicon, usage, .. } = *dicts;
    let mut words = Vec::new();
    let long_enough = |n: usize| text[..n].chars().count() >= MIN_WORD_CHARS;
    lexicon.word_prefixes(text, |n| {
        if dicts.is_function_word(&text[..n]) {
            words.push((n, Piece::Function));
        } else if long_enough(n) {
            words.push((n, Piece::Word));
        }
    });
    usage.word_prefixes(text, |n, u| {
        let spanish = match u.other {
            Some((OtherLanguage::Spanish, zipf)) => zipf,
            _ => Zipf::default(),
        };
        let used = u.portuguese.max(spanish);
        if used >= USAGE_FLOOR && long_enough(n) && !words.iter().any(|w| w.0 == n) {
            words.push((n, Piece::Word));
        }
    });
    // Function words the lexicon lacks (Spanish "del", "los", "con").
    for w in dicts.function_words {
        if text.starts_with(w.as_str()) && !words.iter().any(|(n, _)| *n == w.len()) {
            words.push((w.len(), Piece::Function));
        }
    }
    words
}

/// Whether a split reads as words run together rather than as one word hunspell lacks:
/// - a number after a function word, with a word or function word before them or after the
///   number ("de|13|anos", "terremoto|de|7"), or
/// - no number, three pieces or more, at least two of them content words and one a
///   function word inside the token, or "que" opening it ("barcos|de|clase",
///   "que|corre|longo"); a compound of two words ("gira|sol", "auto|estima") is Portuguese
///   word formation.
fn convincing(folded: &str, pieces: &[(Range<usize>, Piece)], dicts: &Dicts<'_>) -> bool {
    let kinds: Vec<Piece> = pieces.iter().map(|p| p.1).collect();
    if kinds.contains(&Piece::Digits) {
        return kinds.iter().enumerate().any(|(i, &kind)| {
            kind == Piece::Digits
                && i >= 1
                && kinds[i - 1] == Piece::Function
                && (i >= 2 || kinds.get(i + 1).is_some_and(|&k| k != Piece::Digits))
        });
    }
    let words = kinds.iter().filter(|&&k| k == Piece::Word).count();
    let inside = kinds.len() >= 2 && kinds[1..kinds.len() - 1].contains(&Piece::Function);
    let opening =
        kinds[0] == Piece::Function && &folded[pieces[0].0.clone()] == dicts.opening;
    kinds.len() >= 3 && words >= 2 && (inside || opening)
}

/// The token as written, with a space between its pieces (`pieces` are ranges of `folded`,
/// which has as many chars as `word` when folding kept them one to one; else `None`).
fn spaced(word: &str, folded: &str, pieces: &[(Range<usize>, Piece)]) -> Option<String> {
    if word.chars().count() != folded.chars().count() {
        return None;
    }
    let mut out = String::with_capacity(word.len() + pieces.len());
    let mut chars = word.chars();
    for (n, (range, _)) in pieces.iter().enumerate() {
        if n > 0 {
            out.push(' ');
        }
        out.extend(chars.by_ref().take(folded[range.clone()].chars().count()));
    }
    Some(out)
}

fn finding(range: ByteRange, word: &str, spaced: String) -> Finding {
    let message = format!("\"{word}\" looks like words run together: \"{spaced}\"");
    Finding {
        suggestions: vec![Suggestion {
            range,
            replacement: spaced,
            applicability: Applicability::Unsafe,
        }],
        ..Finding::new(Rule::RunTogether, range, message)
    }
}

#[cfg(test)]
mod tests;
