//! How much real text uses a word, in Portuguese and in the languages MT usually leaves
//! behind: "rapper" is rare in English-only terms but common in Portuguese news (a
//! loanword), "warship" is common in English and nearly absent from Portuguese (a leak).
//!
//! The table holds only words the hunspell lexicon does not know (the only ones the
//! question is asked about), with Zipf values (log10 of the frequency per billion words) of
//! Portuguese and of the other language that uses the word most. Built by
//! `scripts/lexicon/wordfreq.sh` from the `wordfreq` package's lists (data CC BY-SA 4.0:
//! the notice is in the data file's header) and embedded as an `fst::Map` read in place.

use std::sync::OnceLock;

use fst::Map;

/// The data file: a text header, a NUL byte, then the fst bytes.
static USAGE_DATA: &[u8] = include_bytes!("../data/usage.fst");

/// A language of the usage table other than Portuguese.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum OtherLanguage {
    English,
    Spanish,
    French,
    Italian,
    German,
}

impl OtherLanguage {
    /// The language's name in messages ("English").
    pub fn name(self) -> &'static str {
        match self {
            OtherLanguage::English => "English",
            OtherLanguage::Spanish => "Spanish",
            OtherLanguage::French => "French",
            OtherLanguage::Italian => "Italian",
            OtherLanguage::German => "German",
        }
    }

    /// The order of the codes in the data file (1-based; 0 is "none").
    const ALL: [OtherLanguage; 5] = [
        OtherLanguage::English,
        OtherLanguage::Spanish,
        OtherLanguage::French,
        OtherLanguage::Italian,
        OtherLanguage::German,
    ];

    fn from_code(code: u64) -> Option<OtherLanguage> {
        let index = usize::try_from(code).ok()?.checked_sub(1)?;
        Self::ALL.get(index).copied()
    }
}

/// A word's Zipf value, kept in tenths: 0 (absent) to 8 (the commonest words).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Zipf(u8);

impl Zipf {
    /// The value from tenths (`20` is Zipf 2.0, once per 10 million words).
    pub const fn from_tenths(tenths: u8) -> Zipf {
        Zipf(tenths)
    }

    pub fn value(self) -> f64 {
        f64::from(self.0) / 10.0
    }

    /// `self`'s value minus `other`'s, computed in tenths so that it is exact: 4.6 - 3.6
    /// in floating point falls short of 1.0, and a lead compared with a margin of 1.0
    /// would be lost.
    pub fn minus(self, other: Zipf) -> f64 {
        f64::from(i16::from(self.0) - i16::from(other.0)) / 10.0
    }
}

/// How much one word is used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Usage {
    /// In Portuguese (0 when Portuguese text does not use it).
    pub portuguese: Zipf,
    /// The other language that uses it most, if any uses it at Zipf 2 or more.
    pub other: Option<(OtherLanguage, Zipf)>,
}

const ZIPF_BITS: u32 = 7;
const ZIPF_MASK: u64 = (1 << ZIPF_BITS) - 1;

impl Usage {
    /// The other language that uses the word most, and by how much more than Portuguese
    /// (the difference of their Zipf values: 1.0 is ten times as often).
    pub fn lead(&self) -> Option<(OtherLanguage, f64)> {
        self.other
            .map(|(language, zipf)| (language, zipf.minus(self.portuguese)))
    }

    /// The data file's value for a word: Portuguese Zipf, other language code, its Zipf
    /// (both in tenths). `None` if a field does not fit.
    pub fn pack(portuguese: u8, other: u8, other_zipf: u8) -> Option<u64> {
        let fits = u64::from(portuguese) <= ZIPF_MASK
            && u64::from(other_zipf) <= ZIPF_MASK
            && usize::from(other) <= OtherLanguage::ALL.len();
        fits.then(|| {
            u64::from(portuguese)
                | u64::from(other) << ZIPF_BITS
                | u64::from(other_zipf) << (ZIPF_BITS + 3)
        })
    }

    fn unpack(value: u64) -> Usage {
        // Masked to 7 bits: the casts cannot truncate.
        let portuguese = Zipf((value & ZIPF_MASK) as u8);
        let other_zipf = Zipf((value >> (ZIPF_BITS + 3) & ZIPF_MASK) as u8);
        let other = OtherLanguage::from_code(value >> ZIPF_BITS & 0b111).map(|l| (l, other_zipf));
        Usage { portuguese, other }
    }
}

thread_local! {
    static USAGE_MEMO: crate::memo::Memo<Option<Usage>> = std::cell::RefCell::default();
}

/// The usage table.
pub struct UsageTable {
    words: Option<Map<&'static [u8]>>,
    header: &'static str,
}

impl std::fmt::Debug for UsageTable {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("UsageTable")
            .field("words", &self.len())
            .finish()
    }
}

impl UsageTable {
    fn from_static(data: &'static [u8]) -> Option<UsageTable> {
        let nul = data.iter().position(|&b| b == 0)?;
        let header = std::str::from_utf8(&data[..nul]).ok()?;
        let words = Map::new(&data[nul + 1..]).ok()?;
        Some(UsageTable {
            words: Some(words),
            header,
        })
    }

    /// How much `folded_word` (lowercase, NFC) is used; `None` if the table does not hold
    /// it: a word of the hunspell lexicon, or one no list uses enough to count.
    pub fn get(&self, folded_word: &str) -> Option<Usage> {
        // The one usage table is embedded: its answers are remembered (see `memo`).
        crate::memo::remembered(&USAGE_MEMO, folded_word, || {
            self.words.as_ref()?.get(folded_word).map(Usage::unpack)
        })
    }

    /// Calls `each` with the byte length and usage of every prefix of `folded` the table
    /// holds, shortest first, in one walk down the table.
    pub fn word_prefixes(&self, folded: &str, mut each: impl FnMut(usize, Usage)) {
        let Some(words) = &self.words else {
            return;
        };
        let fst = words.as_fst();
        let mut node = fst.root();
        let mut output = fst::raw::Output::zero();
        for (i, b) in folded.bytes().enumerate() {
            let Some(t) = node.find_input(b) else {
                return;
            };
            let transition = node.transition(t);
            output = output.cat(transition.out);
            node = fst.node(transition.addr);
            if node.is_final() && folded.is_char_boundary(i + 1) {
                each(
                    i + 1,
                    Usage::unpack(output.cat(node.final_output()).value()),
                );
            }
        }
    }

    pub fn len(&self) -> usize {
        self.words.as_ref().map_or(0, Map::len)
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The data file's header: where the numbers come from, their licence.
    pub fn provenance(&self) -> &'static str {
        self.header
    }
}

/// The usage table, read on first use.
pub fn usage() -> &'static UsageTable {
    static TABLE: OnceLock<UsageTable> = OnceLock::new();
    // A broken embedded file (caught by the tests) degrades to an empty table.
    TABLE.get_or_init(|| {
        UsageTable::from_static(USAGE_DATA).unwrap_or(UsageTable {
            words: None,
            header: "",
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn packs_and_unpacks() {
        let packed = Usage::pack(42, 2, 31).unwrap_or_default();
        assert_eq!(
            Usage::unpack(packed),
            Usage {
                portuguese: Zipf(42),
                other: Some((OtherLanguage::Spanish, Zipf(31)))
            }
        );
        assert_eq!(Usage::pack(128, 0, 0), None);
        // A lead of exactly one Zipf is 1.0, not 0.999...: 4.6 - 3.6 in floats is not.
        let index = Usage {
            portuguese: Zipf(36),
            other: Some((OtherLanguage::English, Zipf(46))),
        };
        assert_eq!(index.lead(), Some((OtherLanguage::English, 1.0)));
        assert_eq!(Usage::pack(0, 6, 0), None);
    }

    #[test]
    fn embedded_data_reads() {
        let table = usage();
        assert!(table.len() > 100_000, "only {} words", table.len());
        assert!(table.provenance().contains("CC BY-SA 4.0"));
    }

    #[test]
    fn loanwords_are_used_in_portuguese() {
        for word in ["rapper", "startup", "tweet", "chef"] {
            let usage = usage().get(word);
            assert!(
                usage.is_some_and(|u| u.portuguese.value() >= 3.0),
                "{word}: {usage:?}"
            );
        }
    }

    #[test]
    fn leaks_are_used_elsewhere() {
        let en = usage().get("warship");
        assert!(
            en.is_some_and(|u| u.portuguese.value() < 2.0
                && u.other
                    .is_some_and(|(l, z)| l == OtherLanguage::English && z.value() > 3.0)),
            "{en:?}"
        );
        let es = usage().get("tiburón");
        assert!(
            es.is_some_and(|u| u.other.is_some_and(|(l, _)| l == OtherLanguage::Spanish)),
            "{es:?}"
        );
    }

    #[test]
    fn finds_prefixes_with_their_usage() {
        let mut found = Vec::new();
        usage().word_prefixes("tiempox", |n, u| found.push((n, u)));
        assert_eq!(found.last().map(|f| f.0), Some(6), "{found:?}");
        assert_eq!(found.last().map(|f| f.1), usage().get("tiempo"));
    }

    #[test]
    fn hunspell_words_are_not_in_the_table() {
        assert_eq!(usage().get("ministro"), None);
    }
}
