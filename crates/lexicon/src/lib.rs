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

    /// For each place of `base` and each char it may take there (`places`: byte offsets,
    /// in increasing order, with their chars), whether some word starts with `base` up to
    /// that place followed by that char. One walk down `base`, then one step per char: a
    /// caller that rewrites words at such places ("cafe" → "café") tries only the
    /// rewrites some word can start with.
    pub fn starts_with_each(&self, base: &str, places: &[(usize, &[char])]) -> Vec<Vec<bool>> {
        let Some(words) = &self.words else {
            return places.iter().map(|(_, cs)| vec![false; cs.len()]).collect();
        };
        let fst = words.as_fst();
        let mut node = Some(fst.root());
        let mut walked = 0;
        let mut buf = [0u8; 4];
        places
            .iter()
            .map(|&(at, chars)| {
                // The walk down `base` to `at` (`None` once no word starts so).
                for &b in &base.as_bytes()[walked..at] {
                    node = node.and_then(|n| Some(fst.node(n.transition(n.find_input(b)?).addr)));
                }
                walked = at;
                chars
                    .iter()
                    .map(|c| {
                        c.encode_utf8(&mut buf).bytes().try_fold(node?, |n, b| {
                            Some(fst.node(n.transition(n.find_input(b)?).addr))
                        })
                    })
                    .map(|n| n.is_some())
                    .collect()
            })
            .collect()
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
    fn starts_with_each_tells_the_rewrites_a_word_begins_with() {
        let pt = portuguese();
        // "cafe": "caf" + 'é' begins "café", "ca" + 'ç' begins "caça", "c" + 'a' begins
        // "casa"; no word starts with "cẽ" or "cafẽ".
        let places: &[(usize, &[char])] = &[(1, &['ẽ', 'a']), (2, &['ç']), (3, &['é', 'ẽ'])];
        assert_eq!(
            pt.starts_with_each("cafe", places),
            [vec![false, true], vec![true], vec![true, false]]
        );
        // Once the walk down the base leaves the lexicon, nothing begins a word.
        let places: &[(usize, &[char])] = &[(3, &['a']), (5, &['é'])];
        assert_eq!(
            pt.starts_with_each("qxzzz", places),
            [vec![false], vec![false]]
        );
        // Every prefix of a word, ending in any of its chars, begins a word.
        for word in ["café", "caça", "ação", "órgão"] {
            let places: Vec<(usize, [char; 1])> =
                word.char_indices().map(|(at, c)| (at, [c])).collect();
            let places: Vec<(usize, &[char])> =
                places.iter().map(|(at, c)| (*at, &c[..])).collect();
            let answers = pt.starts_with_each(word, &places);
            assert!(answers.iter().all(|a| a == &[true]), "{word}: {answers:?}");
        }
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
