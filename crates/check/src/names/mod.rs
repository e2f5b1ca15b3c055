//! The glossary's names (entries of kind person, place, org) indexed for the name rules:
//! near misses of a name word (a deletion neighbourhood and consonant skeletons in a
//! posting table, so a look-up costs the same with ten names or a million), multi-word
//! names with one word off ("Kim Jong Um"), and name parts that have a common-word
//! translation ("Son" → "filho").

pub(crate) mod keys;
pub(crate) mod scan;
pub(crate) mod score;
pub(crate) mod table;
pub(crate) mod translations;

use mtlint_glossary::Term;
use rustc_hash::{FxHashMap, FxHashSet};

use crate::names::keys::{
    all_but_one_key, deletion_keys, key, skeleton, strip_diacritics, word_hash, KeyKind,
};
use crate::names::score::MIN_LETTERS_ONE_EDIT;
use crate::names::table::PostingTable;
use crate::tokens::FormWords;

/// Names longer than this many words are matched whole only (no one-word-off look-up).
pub(crate) const MAX_NAME_WORDS: usize = 6;
/// Name words shorter than this get no single-word near-miss keys but their own.
const MIN_INDEXED_LETTERS: usize = 3;
/// A skeleton shared by more name words than this says nothing about any of them.
pub(crate) const MAX_SKELETON_POSTINGS: usize = 24;

/// One good form of a name entry: "Choe Son Hui".
#[derive(Debug, Clone)]
pub(crate) struct NameForm {
    /// Index of the term in the checker's term list.
    pub term: u32,
    /// 0 for the preferred form, `k` for the `k-1`th accepted one.
    pub form: u32,
    /// Word ids, in order.
    pub words: Box<[u32]>,
}

#[derive(Debug, Default)]
pub(crate) struct NameIndex {
    /// Distinct folded words of name forms.
    pub words: Vec<Box<str>>,
    by_hash: FxHashMap<u64, u32>,
    /// `word_forms[word_form_start[w]..word_form_start[w + 1]]`: the forms holding word `w`.
    word_form_start: Vec<u32>,
    word_forms: Vec<u32>,
    pub forms: Vec<NameForm>,
    /// Deletion and skeleton keys of name words → word ids.
    near_words: PostingTable,
    /// One-word-off keys of multi-word forms → form ids, the hole's position in the key.
    one_off: PostingTable,
    /// Hashes of every word of every good form of every entry, names or not: a word the
    /// glossary itself uses is never a misspelling.
    good_words: FxHashSet<u64>,
    /// Portuguese word hash → (form, word position) whose English part it translates.
    translated_parts: FxHashMap<u64, Vec<(u32, u32)>>,
}

impl NameIndex {
    pub fn new(terms: &[Term]) -> Self {
        let mut index = NameIndex::default();
        let mut ids: FxHashMap<String, u32> = FxHashMap::default();
        for (t, term) in terms.iter().enumerate() {
            for (f, form) in term.good_forms().enumerate() {
                let words = FormWords::new(form).words;
                for w in &words {
                    index.good_words.insert(word_hash(w));
                }
                if !term.kind.is_name() || words.is_empty() {
                    continue;
                }
                let word_ids = words
                    .into_iter()
                    .map(|w| index.intern(&mut ids, w))
                    .collect();
                index.forms.push(NameForm {
                    term: t as u32,
                    form: f as u32,
                    words: word_ids,
                });
            }
        }
        index.build_word_forms();
        index.near_words = PostingTable::new(index.near_word_pairs());
        index.one_off = PostingTable::new(index.one_off_pairs());
        index.translated_parts = index.translated_part_map();
        index
    }

    fn intern(&mut self, ids: &mut FxHashMap<String, u32>, word: String) -> u32 {
        if let Some(&id) = ids.get(&word) {
            return id;
        }
        let id = self.words.len() as u32;
        self.by_hash.insert(word_hash(&word), id);
        self.words.push(word.clone().into_boxed_str());
        ids.insert(word, id);
        id
    }

    fn build_word_forms(&mut self) {
        let mut counts = vec![0u32; self.words.len() + 1];
        for form in &self.forms {
            for &w in form.words.iter() {
                counts[w as usize + 1] += 1;
            }
        }
        for i in 1..counts.len() {
            counts[i] += counts[i - 1];
        }
        let mut next = counts.clone();
        self.word_forms = vec![0; self.forms.iter().map(|f| f.words.len()).sum()];
        for (f, form) in self.forms.iter().enumerate() {
            for &w in form.words.iter() {
                self.word_forms[next[w as usize] as usize] = f as u32;
                next[w as usize] += 1;
            }
        }
        self.word_form_start = counts;
    }

    fn near_word_pairs(&self) -> Vec<(u64, u32)> {
        let mut pairs = Vec::with_capacity(self.words.len() * 10);
        let (mut stripped, mut skel) = (Vec::new(), Vec::new());
        for (id, word) in self.words.iter().enumerate() {
            strip_diacritics(word, &mut stripped);
            if stripped.len() < MIN_INDEXED_LETTERS {
                continue;
            }
            let id = id as u32;
            if stripped.len() < MIN_LETTERS_ONE_EDIT {
                pairs.push((key(KeyKind::Deletion, &stripped, None), id));
                continue;
            }
            pairs.extend(deletion_keys(&stripped).map(|k| (k, id)));
            skeleton(&stripped, &mut skel);
            if skel.len() >= 3 {
                pairs.push((key(KeyKind::Skeleton, &skel, None), id));
            }
        }
        pairs
    }

    fn one_off_pairs(&self) -> Vec<(u64, u32)> {
        let mut pairs = Vec::new();
        for (f, form) in self.forms.iter().enumerate() {
            let n = form.words.len();
            if !(2..=MAX_NAME_WORDS).contains(&n) {
                continue;
            }
            let hashes: Vec<u64> = form
                .words
                .iter()
                .map(|&w| word_hash(&self.words[w as usize]))
                .collect();
            for hole in 0..n {
                let others = hashes
                    .iter()
                    .enumerate()
                    .filter(|&(i, _)| i != hole)
                    .map(|(_, &h)| h);
                pairs.push((all_but_one_key(n, hole, others), f as u32));
            }
        }
        pairs
    }

    fn translated_part_map(&self) -> FxHashMap<u64, Vec<(u32, u32)>> {
        let table = translations::english_portuguese();
        let mut map: FxHashMap<u64, Vec<(u32, u32)>> = FxHashMap::default();
        for (f, form) in self.forms.iter().enumerate() {
            if form.words.len() < 2 {
                continue;
            }
            for (pos, &w) in form.words.iter().enumerate() {
                let part = &self.words[w as usize];
                for pt in table.translations_of_name_part(part) {
                    map.entry(word_hash(pt))
                        .or_default()
                        .push((f as u32, pos as u32));
                }
            }
        }
        map
    }

    /// The id of a name word, if `folded` is one.
    pub fn word_id(&self, folded: &str) -> Option<u32> {
        let id = *self.by_hash.get(&word_hash(folded))?;
        (*self.words[id as usize] == *folded).then_some(id)
    }

    /// Whether `folded` is a word of some good form of some entry.
    pub fn is_good_word(&self, folded: &str) -> bool {
        self.good_words.contains(&word_hash(folded))
    }

    /// The forms that hold word `w`.
    pub fn forms_of_word(&self, w: u32) -> &[u32] {
        let (from, to) = (
            self.word_form_start[w as usize],
            self.word_form_start[w as usize + 1],
        );
        &self.word_forms[from as usize..to as usize]
    }

    /// Name words that may be near `stripped` (candidates: the caller scores them).
    pub fn near_word_candidates(&self, stripped: &[char], out: &mut Vec<u32>) {
        out.clear();
        if stripped.len() < MIN_INDEXED_LETTERS {
            return;
        }
        out.extend_from_slice(self.near_words.get(key(KeyKind::Deletion, stripped, None)));
        if stripped.len() + 1 >= MIN_LETTERS_ONE_EDIT {
            for k in deletion_keys(stripped) {
                out.extend_from_slice(self.near_words.get(k));
            }
            let mut skel = Vec::new();
            skeleton(stripped, &mut skel);
            if skel.len() >= 3 {
                let ids = self.near_words.get(key(KeyKind::Skeleton, &skel, None));
                if ids.len() <= MAX_SKELETON_POSTINGS {
                    out.extend_from_slice(ids);
                }
            }
        }
        out.sort_unstable();
        out.dedup();
    }

    /// Multi-word forms of `n` words that equal `hashes` (the folded words' hashes of a
    /// run of text) everywhere but at `hole`.
    pub fn one_off_forms(&self, hashes: &[u64], hole: usize) -> &[u32] {
        let others = hashes
            .iter()
            .enumerate()
            .filter(|&(i, _)| i != hole)
            .map(|(_, &h)| h);
        self.one_off
            .get(all_but_one_key(hashes.len(), hole, others))
    }

    /// The (form, part position) pairs whose part `folded` translates.
    pub fn translated_parts(&self, folded: &str) -> &[(u32, u32)] {
        self.translated_parts
            .get(&word_hash(folded))
            .map_or(&[], Vec::as_slice)
    }

    /// Whether the index holds any name at all (no name: the name rules have nothing to do).
    pub fn is_empty(&self) -> bool {
        self.forms.is_empty()
    }
}

/// The text of a form: preferred or the `form-1`th accepted.
pub(crate) fn form_text(term: &Term, form: u32) -> &str {
    match form {
        0 => &term.preferred,
        k => term
            .accepted
            .get(k as usize - 1)
            .map_or(term.preferred.as_str(), String::as_str),
    }
}
