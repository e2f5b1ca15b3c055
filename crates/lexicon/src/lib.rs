//! Lexicons of target languages: "is this an ordinary word of Portuguese?".
//!
//! The words are embedded in the binary as an `fst::Set` that is read in place from the
//! static bytes (no parsing, no allocation): asking the first question costs a few
//! microseconds, not the time to load a multi-megabyte list. The data is built by
//! `scripts/lexicon/build.sh` from Debian's hunspell-pt-br and hunspell-pt-pt
//! (LibreOffice dictionaries, LGPL / MPL: the notice is in the data file's header).
//!
//! Words are stored folded the way mtlint's tokenizer folds them: lowercase, NFC, split at
//! anything that is not a letter, digit or combining mark. Proper nouns of the dictionaries
//! ("paris", "moscou", "washington") are in the lexicon too: they are Portuguese words in
//! the sense that matters here, spellings a Portuguese reader knows.

mod data_sets;
mod memo;
mod profile;
mod translations;
mod usage;

use std::borrow::Cow;
use std::cell::RefCell;
use std::sync::OnceLock;
use std::thread::LocalKey;

use fst::Set;
use memo::{remembered, Memo};

pub use data_sets::{DataSet, DATA_SETS};
pub use profile::{
    profile, Accent, NameConventions, Numbers, Profile, ProfileError, Progressive, Respelling,
    SourceProfile, SourceSpelling, WordLists,
};
pub use translations::Translations;
pub use usage::{usage, OtherLanguage, Usage, UsageTable, Zipf};

/// The Portuguese data file: a text header, a NUL byte, then the fst bytes.
static PT_DATA: &[u8] = include_bytes!("../data/pt.fst");

/// The person-name data file, laid out the same way.
static PERSON_NAMES_DATA: &[u8] = include_bytes!("../data/person_names.fst");

/// A set of folded words of one language.
pub struct Lexicon {
    // Borrowed from the binary for the embedded lexicons; owned for one built from a list.
    words: Option<Set<Cow<'static, [u8]>>>,
    header: &'static str,
    /// Where an embedded lexicon's answers are remembered (see `memo`); none for one
    /// built from a list, which lives shorter than a thread's memo would.
    memo: Option<&'static LocalKey<Memo<bool>>>,
}

thread_local! {
    static PT_MEMO: Memo<bool> = RefCell::default();
    static PERSON_NAMES_MEMO: Memo<bool> = RefCell::default();
}

impl std::fmt::Debug for Lexicon {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Lexicon")
            .field("words", &self.len())
            .finish()
    }
}

impl Lexicon {
    /// Reads a data file laid out as header, NUL, fst. `None` if it is not one.
    fn from_static(data: &'static [u8]) -> Option<Lexicon> {
        let nul = data.iter().position(|&b| b == 0)?;
        let header = std::str::from_utf8(&data[..nul]).ok()?;
        let words = Set::new(Cow::Borrowed(&data[nul + 1..])).ok()?;
        Some(Lexicon {
            words: Some(words),
            header,
            memo: None,
        })
    }

    /// A lexicon of the folded `words` (a language profile's own list, a test's).
    pub fn from_words<'w>(words: impl IntoIterator<Item = &'w str>) -> Lexicon {
        let mut sorted: Vec<&str> = words.into_iter().collect();
        sorted.sort_unstable();
        sorted.dedup();
        let words = Set::from_iter(sorted)
            .and_then(|set| set.map_data(Cow::Owned))
            .ok();
        Lexicon {
            words,
            header: "",
            memo: None,
        }
    }

    /// Whether `folded_word` (one word, lowercase, NFC) is a word of the language.
    pub fn contains(&self, folded_word: &str) -> bool {
        let look_up = || self.words.as_ref().is_some_and(|w| w.contains(folded_word));
        match self.memo {
            Some(memo) => remembered(memo, folded_word, look_up),
            None => look_up(),
        }
    }

    /// The lexicon of an embedded data file. A broken file (caught by this crate's tests)
    /// degrades to an empty lexicon rather than a panic in a user's run.
    fn embedded(data: &'static [u8], memo: &'static LocalKey<Memo<bool>>) -> Lexicon {
        let lexicon = Lexicon::from_static(data).unwrap_or(Lexicon {
            words: None,
            header: "",
            memo: None,
        });
        Lexicon {
            memo: Some(memo),
            ..lexicon
        }
    }

    /// Calls `each` with the byte length of every prefix of `folded` that is a word,
    /// shortest first, in one walk down the lexicon (a word split into the words it is made
    /// of asks this at each position instead of looking every substring up).
    pub fn word_prefixes(&self, folded: &str, mut each: impl FnMut(usize)) {
        let Some(words) = &self.words else {
            return;
        };
        let fst = words.as_fst();
        let mut node = fst.root();
        for (i, b) in folded.bytes().enumerate() {
            let Some(t) = node.find_input(b) else {
                return;
            };
            node = fst.node(node.transition(t).addr);
            if node.is_final() && folded.is_char_boundary(i + 1) {
                each(i + 1);
            }
        }
    }

    /// The start of a walk down the lexicon (`None` for one without words): a caller
    /// that tries many rewrites of one word ("cafe" → "café", "cáfe", "cafê") walks the
    /// part they share once and each rewrite from there, where a look-up of each would
    /// walk every one from its first byte.
    pub fn walk(&self) -> Option<Walk<'_>> {
        let fst = self.words.as_ref()?.as_fst();
        Some(Walk {
            fst,
            node: fst.root(),
        })
    }

    /// How many words the lexicon holds.
    pub fn len(&self) -> usize {
        self.words.as_ref().map_or(0, Set::len)
    }

    /// Whether the lexicon holds no word.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The data file's header: where the words come from, their licence.
    pub fn provenance(&self) -> &'static str {
        self.header
    }
}

/// A place in a walk down a lexicon ([`Lexicon::walk`]): the words that begin with the
/// bytes walked so far, of which there is at least one.
#[derive(Clone, Copy)]
pub struct Walk<'a> {
    fst: &'a fst::raw::Fst<Cow<'static, [u8]>>,
    node: fst::raw::Node<'a>,
}

impl<'a> Walk<'a> {
    /// The walk on past `s`; `None` when no word begins with the bytes walked and `s`.
    pub fn then(self, s: &str) -> Option<Walk<'a>> {
        let mut node = self.node;
        for &b in s.as_bytes() {
            node = self.fst.node(node.transition(node.find_input(b)?).addr);
        }
        Some(Walk { node, ..self })
    }

    /// The walk on past `c`.
    pub fn then_char(self, c: char) -> Option<Walk<'a>> {
        self.then(c.encode_utf8(&mut [0u8; 4]))
    }

    /// Whether the bytes walked are a word of the lexicon (what [`Lexicon::contains`]
    /// says of them).
    pub fn is_word(&self) -> bool {
        self.node.is_final()
    }
}

/// The Portuguese lexicon (pt-BR and pt-PT spellings together), built on first use.
pub fn portuguese() -> &'static Lexicon {
    static PT: OnceLock<Lexicon> = OnceLock::new();
    PT.get_or_init(|| Lexicon::embedded(PT_DATA, &PT_MEMO))
}

/// Given names and surnames of many languages (Latin script, folded, one word each:
/// "elvie", "zorica", "kusuma"), from the person providers of the Faker package (MIT;
/// built by scripts/names/person_names.sh). A word here is a name in its own right.
pub fn person_names() -> &'static Lexicon {
    static NAMES: OnceLock<Lexicon> = OnceLock::new();
    NAMES.get_or_init(|| Lexicon::embedded(PERSON_NAMES_DATA, &PERSON_NAMES_MEMO))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn person_names_read() {
        let names = person_names();
        assert!(names.len() > 30_000, "only {} names", names.len());
        assert!(names.provenance().contains("MIT"));
        for name in ["elvie", "zorica", "kusuma", "müller"] {
            assert!(names.contains(name), "{name}");
        }
        assert!(!names.contains("wanson"));
    }

    #[test]
    fn a_walk_finds_what_contains_finds() {
        let pt = portuguese();
        let word = |w: &str| {
            pt.walk()
                .and_then(|walk| walk.then(w))
                .is_some_and(|w| w.is_word())
        };
        for w in [
            "café", "caça", "ação", "órgão", "casa", "cafe", "qxzzz", "caf", "", "ca",
        ] {
            assert_eq!(word(w), pt.contains(w), "{w:?}");
        }
        assert!(word("café") && word("casa") && !word("qxzzz"));
        // A walk goes on from where it stopped, by strings or chars.
        let caf = pt.walk().and_then(|w| w.then("caf"));
        assert!(caf
            .and_then(|w| w.then_char('é'))
            .is_some_and(|w| w.is_word()));
        assert_eq!(
            caf.and_then(|w| w.then_char('e'))
                .is_some_and(|w| w.is_word()),
            pt.contains("cafe")
        );
        // Once no word begins with the bytes walked, the walk ends.
        assert!(pt.walk().and_then(|w| w.then("qxz")).is_none());
        assert!(caf.and_then(|w| w.then_char('ẽ')).is_none());
        // A lexicon without words has no walk.
        let empty = Lexicon::from_words([]);
        assert!(empty.walk().is_none() || empty.walk().and_then(|w| w.then("a")).is_none());
    }

    #[test]
    fn embedded_data_reads() {
        let pt = portuguese();
        assert!(pt.len() > 1_000_000, "only {} words", pt.len());
        assert!(pt.provenance().contains("LGPL"));
    }

    #[test]
    fn knows_ordinary_words_of_both_norms() {
        let pt = portuguese();
        for word in [
            "filho",
            "ministro",
            "coreia",
            "notícias",
            "ação",
            "acção",
            "facto",
            "fato",
        ] {
            assert!(pt.contains(word), "{word}");
        }
    }

    #[test]
    fn knows_inflected_forms() {
        let pt = portuguese();
        for word in [
            "chegou", "disseram", "soldados", "norte", "coreanos", "cidades",
        ] {
            assert!(pt.contains(word), "{word}");
        }
    }

    #[test]
    fn rejects_names_and_misspellings() {
        let pt = portuguese();
        for word in [
            "wonsan",
            "wanson",
            "lavrov",
            "pyongyang",
            "zelensky",
            "míchigan",
        ] {
            assert!(!pt.contains(word), "{word}");
        }
    }

    #[test]
    fn finds_word_prefixes() {
        let mut found = Vec::new();
        portuguese().word_prefixes("barcosdeclase", |n| found.push(n));
        assert!(found.contains(&5) && found.contains(&6), "{found:?}");
        assert!(found.iter().all(|&n| n <= 6), "{found:?}");
    }

    #[test]
    fn expects_folded_input() {
        // Look-ups are exact: callers fold first, as the tokenizer does.
        assert!(!portuguese().contains("Filho"));
    }
}
