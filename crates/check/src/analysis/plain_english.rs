//! Plain English words that fluent MT leaves inside good Portuguese without an English
//! ending to give them away: an uninflected common word between Portuguese words ("muda
//! seu name para"), and a capitalised common word inside a title-case heading that MT
//! copied from an English headline ("concorrer a President em 2020"). The usage lists
//! decide, never a list of words.

use mtlint_lexicon::Usage;

use crate::analysis::english_plurals::english_lead;
use crate::tokens::Tokens;

/// English uses the word this often (Zipf; 5.0 is once in 100,000 words): one of the few
/// thousand commonest words of English ("name", "good", "great", "week"), which Portuguese
/// text writes only inside English names and quotations.
const VERY_COMMON_ENGLISH: f64 = 5.0;

/// ... and English uses it this much more than Portuguese (1.5 is about 30 times).
/// Loanwords Portuguese writes as its own lead by less ("live" of Brazilian streaming, "love",
/// "house" music, "free", "game").
const UNINFLECTED_LEAD: f64 = 1.5;

/// Portuguese text writes a word this often (Zipf; 4.5 is once in 30,000 words) when it is
/// everyday Portuguese, whatever English does: "like" of social networks (4.5), "love"
/// (4.7), "home" (4.5). Without an English ending such a word is taken for a loanword.
const EVERYDAY_IN_TARGET: f64 = 4.5;

/// A capitalised word inside a heading: common English (as for inflected forms, Zipf 4.2)
/// and this much more than Portuguese. Names lead by less, because Portuguese news writes
/// them too ("Trump" 0.8, "Warren" 0.5, "Black" 1.0); a surname that is a Portuguese
/// lexicon word ("Brown", "King", "Bush") is a target word and never gets here.
const HEADING_ENGLISH: f64 = 4.2;
const HEADING_LEAD: f64 = 1.5;

/// The longest line, in words, read as a heading or a headline.
const HEADING_WORDS: usize = 20;

/// Whether a word without an English ending is one of the commonest words of English that
/// Portuguese text only quotes (see the constants). Alone it is still too weak (a loanword
/// in a Portuguese sentence looks the same): `analysis::classes` takes it for English only
/// between Portuguese words.
pub(crate) fn very_common_english(found: Usage) -> bool {
    found.portuguese.value() < EVERYDAY_IN_TARGET
        && english_lead(found, VERY_COMMON_ENGLISH, UNINFLECTED_LEAD)
}

/// Whether a capitalised word inside a heading is common English that Portuguese only
/// quotes (see the constants).
pub(crate) fn heading_english(found: Usage) -> bool {
    english_lead(found, HEADING_ENGLISH, HEADING_LEAD)
}

/// Whether a word is common English that Portuguese only quotes, by the weaker of the two
/// tests above: the evidence of a word that `analysis::classes` found between Portuguese
/// words (the classes have applied the context's stronger test already).
pub(crate) fn common_english(found: Usage) -> bool {
    heading_english(found)
}

/// Whether token `k` stands on a line shaped like a heading or headline: no more than
/// `HEADING_WORDS` words and no sentence punctuation at its end (closing quotation marks
/// and brackets aside). Body text ends its sentences with a full stop.
pub(crate) fn on_heading_line(text: &str, tokens: &Tokens, k: usize) -> bool {
    let at = tokens.tokens[k].range;
    let start = memchr::memrchr(b'\n', &text.as_bytes()[..at.start]).map_or(0, |nl| nl + 1);
    let end =
        memchr::memchr(b'\n', &text.as_bytes()[at.end..]).map_or(text.len(), |nl| at.end + nl);
    heading_shaped(&text[start..end])
}

/// Whether a line is shaped like a heading (see `on_heading_line`).
pub(crate) fn heading_shaped(line: &str) -> bool {
    let line = line.trim_end_matches(|c: char| {
        c.is_whitespace() || matches!(c, '"' | '”' | '’' | '\'' | '»' | ')' | ']')
    });
    !line.ends_with(['.', '!', '?', '…', ':', ';', ','])
        && line.split_whitespace().count() <= HEADING_WORDS
}
