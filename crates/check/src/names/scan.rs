//! What the name rules share while they read one stretch of text: the tokens, which of
//! them the glossary matcher already explained, and small facts about a token (is it
//! capitalised, does it start a sentence).

use mtlint_glossary::Term;
use mtlint_lexicon::{Lexicon, Profile};

use rustc_hash::FxHashMap;

use crate::names::keys::word_hash_of_key;
use crate::names::NameIndex;
use crate::tokens::Tokens;
use crate::ByteRange;

pub(crate) use crate::term_index::TermMatch;

pub(crate) struct Scan<'a> {
    pub text: &'a str,
    pub tokens: &'a Tokens,
    pub names: &'a NameIndex,
    pub terms: &'a [Term],
    /// The target language's lexicon.
    pub lexicon: &'a Lexicon,
    /// The target language's profile.
    pub profile: &'a Profile,
    /// `covered[i]`: token `i` is inside a glossary match (good or wrong form).
    pub covered: Vec<bool>,
    /// Facts about each token, computed once for all the name rules.
    info: Vec<TokenInfo>,
    /// The capitalised tokens, in order: a tenth of a text's words, and the only ones the
    /// name rules start from.
    capitalised: Vec<usize>,
}

/// What the name rules ask about a token, again and again.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct TokenInfo {
    capitalised: bool,
    /// An ordinary word of the language (asked of capitalised tokens only).
    known: bool,
    /// The name word it is, if any (looked up here for capitalised tokens only; a
    /// lowercase one is looked up when asked, see [`Scan::name_word`]).
    name_word: Option<u32>,
}

impl TokenInfo {
    const LOWERCASE: TokenInfo = TokenInfo {
        capitalised: false,
        known: false,
        name_word: None,
    };

    /// The facts of a capitalised token whose folded word is `folded` (of hash `hash`).
    fn capitalised(folded: &str, hash: u64, lexicon: &Lexicon, names: &NameIndex) -> Self {
        TokenInfo {
            capitalised: true,
            known: lexicon.contains(folded),
            name_word: names.word_id_hashed(folded, hash),
        }
    }
}

impl<'a> Scan<'a> {
    pub fn new(
        text: &'a str,
        tokens: &'a Tokens,
        names: &'a NameIndex,
        terms: &'a [Term],
        lexicon: &'a Lexicon,
        profile: &'a Profile,
        matches: &[TermMatch],
    ) -> Self {
        let mut covered = vec![false; tokens.len()];
        for m in matches {
            covered[m.first_token..m.end_token].fill(true);
        }
        let (info, capitalised) = token_infos(text, tokens, names, lexicon);
        Scan {
            text,
            tokens,
            names,
            terms,
            lexicon,
            profile,
            covered,
            info,
            capitalised,
        }
    }

    /// The capitalised tokens, in text order (those `capitalised` is true of).
    pub fn capitalised_tokens(&self) -> &[usize] {
        &self.capitalised
    }

    /// The hash of token `i`'s folded word (`keys::word_hash`).
    pub fn hash(&self, i: usize) -> u64 {
        word_hash_of_key(self.tokens.key(i))
    }

    /// Whether capitalised token `i` is an ordinary word of the language (false for
    /// lowercase tokens, which the name rules never ask about).
    pub fn known(&self, i: usize) -> bool {
        self.info[i].known
    }

    /// The name word token `i` is, if any. Lowercase words of names are particles ("de",
    /// "and", "bin"): a longer lowercase word is not looked up (a million-name index
    /// costs a cache miss per probe), and a short one only when asked (the rules ask
    /// about the words after a capitalised one, not about every "de" of the text).
    pub fn name_word(&self, i: usize) -> Option<u32> {
        let info = self.info[i];
        if info.capitalised {
            return info.name_word;
        }
        let folded = self.tokens.folded(i);
        (folded.len() <= 4)
            .then(|| self.names.word_id_hashed(folded, self.hash(i)))
            .flatten()
    }

    pub fn word(&self, i: usize) -> &'a str {
        &self.text[self.tokens.tokens[i].range.as_range()]
    }

    pub fn range(&self, i: usize) -> ByteRange {
        self.tokens.tokens[i].range
    }

    /// Whether token `i` starts with a capital letter (names do).
    pub fn capitalised(&self, i: usize) -> bool {
        self.info[i].capitalised
    }

    /// Whether token `i` starts a sentence (or a line, or the text), looking back over
    /// white space and opening quotes: there a capital letter says nothing about a name.
    pub fn starts_sentence(&self, i: usize) -> bool {
        let start = self.range(i).start;
        for c in self.text[..start].chars().rev() {
            match c {
                '\n' | '.' | '!' | '?' | ':' | '…' | '—' | '–' => return true,
                c if c.is_whitespace() => continue,
                '"' | '“' | '”' | '«' | '‘' | '\'' | '(' | '[' | '-' => continue,
                _ => return false,
            }
        }
        true
    }

    /// The text between tokens `i` and `i + 1`.
    pub fn gap_after(&self, i: usize) -> &'a str {
        &self.text[self.range(i).end..self.range(i + 1).start]
    }
}

/// The facts of every token, and which tokens are capitalised. A capitalised word recurs
/// through a text (a name, a word opening sentences): its look-ups in the lexicon (an fst
/// walk and an allocation) and the name index are made once per spelling of a stretch
/// and copied to its repeats.
fn token_infos(
    text: &str,
    tokens: &Tokens,
    names: &NameIndex,
    lexicon: &Lexicon,
) -> (Vec<TokenInfo>, Vec<usize>) {
    // A spelling's hash → the first token of that spelling.
    let mut first_of: FxHashMap<u64, usize> = FxHashMap::default();
    let mut info = vec![TokenInfo::LOWERCASE; tokens.len()];
    let mut capitalised = Vec::new();
    for (i, token) in tokens.tokens.iter().enumerate() {
        if !starts_upper(text, token.range.start) {
            continue;
        }
        capitalised.push(i);
        let folded = tokens.folded(i);
        let hash = word_hash_of_key(tokens.key(i));
        let first = *first_of.entry(hash).or_insert(i);
        // Two spellings with one 64-bit hash: the second is looked up afresh.
        info[i] = if first < i && tokens.folded(first) == folded {
            info[first]
        } else {
            TokenInfo::capitalised(folded, hash, lexicon, names)
        };
    }
    (info, capitalised)
}

/// Whether the word at byte `start` of `text` starts with an uppercase letter
/// (`char::is_uppercase`), an ASCII one read off its byte.
fn starts_upper(text: &str, start: usize) -> bool {
    match text.as_bytes().get(start) {
        Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
        _ => text
            .get(start..)
            .and_then(|word| word.chars().next())
            .is_some_and(char::is_uppercase),
    }
}

/// Calls `f` with the scan of `text` against the names of the glossary `toml` (for
/// "pt", with its profile), as a rule sees it with no glossary match in the text.
#[cfg(test)]
pub(crate) fn with_scan(toml: &str, text: &str, f: impl FnOnce(&Scan<'_>)) {
    use mtlint_glossary::{GlossarySet, GlossarySource, LangTag};
    let source = GlossarySource {
        name: "names.toml".into(),
        text: toml.into(),
    };
    let set = GlossarySet::build(&[source]).unwrap_or_else(|e| panic!("{e}"));
    let lang: LangTag = "pt".parse().unwrap_or_else(|e| panic!("{e}"));
    let profile = mtlint_lexicon::profile(lang.language());
    let lexicon = profile.lexicon().expect("the pt profile has a lexicon");
    let names = NameIndex::new(set.terms_for(&lang), profile.translations());
    let terms: Vec<Term> = set.terms_for(&lang).cloned().collect();
    let mut tokens = Tokens::default();
    tokens.fill(text, 0);
    f(&Scan::new(
        text,
        &tokens,
        &names,
        &terms,
        lexicon,
        profile,
        &[],
    ));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::names::keys::word_hash;

    const NAMES: &str = r#"
[glossary]
name = "names"
lang = "pt"

[[term]]
use = "Rio de Janeiro"
kind = "place"

[[term]]
use = "Kim Jong Un"
kind = "person"

[[term]]
use = "Évora"
kind = "place"
"#;

    /// The facts remembered per spelling (and a lowercase word's name word, looked up
    /// when asked) are those each token's own look-ups give.
    #[test]
    fn remembered_token_facts_are_the_facts_found_afresh() {
        let text = "Casa de Kim. Kim Jong Um foi ao Rio de Janeiro; KIM, Casa e Rio.\n\
                    Évora, ÉVORA e évora; Ontem o Jong e a Casa de Évora. Kim";
        with_scan(NAMES, text, |scan| {
            let (mut known, mut named) = (0, 0);
            for i in 0..scan.tokens.len() {
                let (word, folded) = (scan.word(i), scan.tokens.folded(i));
                let capitalised = word.chars().next().is_some_and(char::is_uppercase);
                let hash = word_hash(folded);
                let name_word = (capitalised || folded.len() <= 4)
                    .then(|| scan.names.word_id_hashed(folded, hash))
                    .flatten();
                let is_known = capitalised && scan.lexicon.contains(folded);
                assert_eq!(scan.capitalised(i), capitalised, "{word}");
                assert_eq!(scan.hash(i), hash, "{word}");
                assert_eq!(scan.known(i), is_known, "{word}");
                assert_eq!(scan.name_word(i), name_word, "{word}");
                known += usize::from(is_known);
                named += usize::from(capitalised && name_word.is_some());
            }
            let capitalised: Vec<usize> = (0..scan.tokens.len())
                .filter(|&i| scan.capitalised(i))
                .collect();
            assert_eq!(scan.capitalised_tokens(), capitalised);
            // The text asks both look-ups something they answer yes to, repeatedly.
            assert!(known >= 4 && named >= 6, "{known} known, {named} named");
        });
    }
}
