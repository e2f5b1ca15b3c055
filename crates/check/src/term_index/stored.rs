//! The term index of the shipped glossaries for plain "pt" text, compiled ahead of time
//! and stored in the crate (data/shipped-term-index-pt.postcard, written by
//! scripts/glossaries/store_term_index.sh): decoding it costs a fraction of building it,
//! which every `mtlint check` of Portuguese text did at start.
//!
//! It is used only for the set it was built from: the shipped glossaries unchanged (no
//! user glossary merged in, none turned off), read by the same code. Its header records
//! the glossaries' fingerprint (their build-time encoding and the glossary code that
//! reads it, `mtlint_glossary::shipped::FINGERPRINT`) and a hash of the source of the
//! modules that compile forms; any other set, language or code builds the index as
//! before. `the_stored_index_is_the_built_one` fails while the stored index differs from
//! a fresh build.

use std::hash::Hasher;
use std::sync::Arc;

use mtlint_glossary::{CaseMode, GlossarySet, LangTag, Term};
use serde::{Deserialize, Serialize};

use super::{Pattern, PatternKind, TermIndex};
use crate::names::table::{KeyFilter, PostingTable};
use crate::tokens::FormWords;

/// The stored index, relative to the crate.
#[cfg(test)]
const STORED_PATH: &str = "data/shipped-term-index-pt.postcard";
static STORED: &[u8] = include_bytes!("../../data/shipped-term-index-pt.postcard");

/// The language the stored index is for.
const LANG: &str = "pt";

/// The source of the modules whose code shapes a compiled index: its layout, the words
/// and keys of forms, case keys, the tables.
const SHAPING_SOURCE: [&str; 5] = [
    include_str!("../term_index.rs"),
    include_str!("stored.rs"),
    include_str!("../tokens.rs"),
    include_str!("../case.rs"),
    include_str!("../names/table.rs"),
];

/// What the stored index was built from; it is used only when all of it matches.
#[derive(Debug, PartialEq, Eq, Serialize, Deserialize)]
struct Header {
    /// `mtlint_glossary::shipped::FINGERPRINT` of the glossaries.
    glossaries: u64,
    /// The hash of [`SHAPING_SOURCE`].
    code: u64,
    lang: String,
}

impl Header {
    fn new(glossaries: u64) -> Self {
        let mut h = rustc_hash::FxHasher::default();
        for source in SHAPING_SOURCE {
            h.write(source.as_bytes());
        }
        Header {
            glossaries,
            code: h.finish(),
            lang: LANG.to_string(),
        }
    }
}

/// A [`TermIndex`] but its terms (copied from the glossary set when loaded, as a build
/// copies them).
#[derive(Serialize, Deserialize)]
struct Body {
    patterns: Vec<StoredPattern>,
    by_first_word: PostingTable,
    by_first_two: PostingTable,
    first_words: KeyFilter,
    by_rank: Vec<u32>,
}

/// A [`Pattern`], its shared parts owned.
#[derive(Serialize, Deserialize)]
struct StoredPattern {
    term: usize,
    kind: StoredKind,
    good_form: usize,
    form: FormWords,
    case_words: Vec<String>,
    case: CaseMode,
}

#[derive(Serialize, Deserialize)]
enum StoredKind {
    Good,
    Wrong {
        avoid: usize,
        near: Vec<FormWords>,
        window: usize,
    },
}

/// The stored index, when `set` and `lang` are what it was built for and by this code.
pub(super) fn load(set: &GlossarySet, lang: &LangTag) -> Option<TermIndex> {
    let glossaries = set.shipped_fingerprint()?;
    if lang.to_string() != LANG {
        return None;
    }
    let (header, rest) = postcard::take_from_bytes::<Header>(STORED).ok()?;
    if header != Header::new(glossaries) {
        return None;
    }
    let body: Body = postcard::from_bytes(rest).ok()?;
    body.into_index(set.terms_for(lang).cloned().collect())
}

impl Body {
    /// The index over `terms`; `None` if the body does not fit them (it always does when
    /// the header matches: a safeguard, not a path).
    fn into_index(self, terms: Vec<Term>) -> Option<TermIndex> {
        let fits = self.patterns.iter().all(|p| p.term < terms.len())
            && self.by_rank.len() == self.patterns.len()
            && self
                .by_rank
                .iter()
                .all(|&p| (p as usize) < self.patterns.len());
        if !fits {
            return None;
        }
        let patterns = self.patterns.into_iter().map(Pattern::from).collect();
        Some(TermIndex {
            terms,
            patterns,
            by_first_word: self.by_first_word,
            by_first_two: self.by_first_two,
            first_words: self.first_words,
            by_rank: self.by_rank,
        })
    }
}

impl From<StoredPattern> for Pattern {
    fn from(p: StoredPattern) -> Self {
        let kind = match p.kind {
            StoredKind::Good => PatternKind::Good,
            StoredKind::Wrong {
                avoid,
                near,
                window,
            } => PatternKind::Wrong {
                avoid,
                near: near.into(),
                window,
            },
        };
        Pattern {
            term: p.term,
            kind,
            good_form: p.good_form,
            form: Arc::new(p.form),
            case_words: p.case_words.into(),
            case: p.case,
        }
    }
}

/// The stored form of `index`, built from the set whose fingerprint is `glossaries`.
#[cfg(test)]
fn encode(index: &TermIndex, glossaries: u64) -> Vec<u8> {
    let patterns = index
        .patterns
        .iter()
        .map(|p| StoredPattern {
            term: p.term,
            kind: match &p.kind {
                PatternKind::Good => StoredKind::Good,
                PatternKind::Wrong {
                    avoid,
                    near,
                    window,
                } => StoredKind::Wrong {
                    avoid: *avoid,
                    near: near.to_vec(),
                    window: *window,
                },
            },
            good_form: p.good_form,
            form: FormWords::clone(&p.form),
            case_words: p.case_words.to_vec(),
            case: p.case,
        })
        .collect();
    let body = Body {
        patterns,
        by_first_word: index.by_first_word.clone(),
        by_first_two: index.by_first_two.clone(),
        first_words: index.first_words.clone(),
        by_rank: index.by_rank.clone(),
    };
    postcard::to_stdvec(&(Header::new(glossaries), body)).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tag(s: &str) -> LangTag {
        s.parse().expect("tag")
    }

    /// The stored index is the encoding of a fresh build of the shipped glossaries, and
    /// decodes to that build, field by field. With MTLINT_WRITE_STORED_INDEX set, writes
    /// the fresh encoding instead (scripts/glossaries/store_term_index.sh).
    #[test]
    fn the_stored_index_is_the_built_one() {
        let set = mtlint_glossary::shipped::set();
        let fingerprint = set.shipped_fingerprint().expect("the shipped set says so");
        let built = TermIndex::build(&set, &tag(LANG), None);
        let fresh = encode(&built, fingerprint);
        if std::env::var_os("MTLINT_WRITE_STORED_INDEX").is_some() {
            let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(STORED_PATH);
            std::fs::write(path, &fresh).expect("the crate's data folder is writable");
            return;
        }
        assert!(
            fresh == STORED,
            "{STORED_PATH} is not a fresh build: run scripts/glossaries/store_term_index.sh"
        );
        let loaded = load(&set, &tag(LANG)).expect("the stored index is used");
        assert!(built.patterns.len() > 1000);
        assert_eq!(format!("{loaded:?}"), format!("{built:?}"));
        assert_eq!(
            format!("{:?}", TermIndex::new(&set, &tag(LANG))),
            format!("{built:?}")
        );
    }

    /// Any other set or language is built: a user's glossary merged in, the shipped
    /// glossaries turned off, a regional variant.
    #[test]
    fn other_sets_and_languages_are_not_loaded() {
        let shipped = mtlint_glossary::shipped::set();
        assert!(load(&shipped, &tag("pt-BR")).is_none());
        assert!(load(&shipped, &tag("pt-PT")).is_none());
        assert!(load(&GlossarySet::default(), &tag(LANG)).is_none());
        let user = mtlint_glossary::parse_glossary(
            "user.toml",
            "[glossary]\nname = \"User\"\nlang = \"pt\"\n\n[[term]]\nuse = \"Zorglub\"\nkind = \"place\"\navoid = [\"Zorglob\"]\n",
        )
        .expect("a valid glossary");
        let merged = shipped.with_overrides(vec![user]).expect("merges");
        assert!(merged.shipped_fingerprint().is_none());
        assert!(load(&merged, &tag(LANG)).is_none());
        // Built, it has the user's entry.
        let index = TermIndex::new(&merged, &tag(LANG));
        assert!(index.terms.iter().any(|t| t.preferred == "Zorglub"));
    }
}
