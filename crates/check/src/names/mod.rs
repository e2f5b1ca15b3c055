//! The glossary's names (entries of kind person, place, org) indexed for the name rules:
//! near misses of a name word (a deletion neighbourhood and consonant skeletons in a
//! posting table, so a look-up costs the same with ten names or a million), multi-word
//! names with one word off ("Kim Jong Um"), and name parts that have a common-word
//! translation ("Son" → "filho").

pub(crate) mod keys;
pub(crate) mod scan;
pub(crate) mod score;
pub(crate) mod table;

use mtlint_glossary::Term;
use mtlint_lexicon::Translations;
use rustc_hash::{FxHashMap, FxHashSet};

use crate::names::keys::{
    all_but_one_key, deletion_keys, key, skeleton, strip_diacritics, word_hash, KeyKind,
};
use crate::names::score::{Shape, MIN_LETTERS_ONE_EDIT};
use crate::names::table::PostingTable;
use crate::tokens::Tokens;

/// Names longer than this many words are matched whole only (no one-word-off look-up).
pub(crate) const MAX_NAME_WORDS: usize = 6;
/// Name words shorter than this get no single-word near-miss keys but their own.
const MIN_INDEXED_LETTERS: usize = 3;
/// Longer names are mostly descriptive names of institutions ("Suffolk University
/// Political Research Center") whose words translators translate on purpose: the
/// translated-name-part rule looks at names of two or three words only.
pub(crate) const MAX_TRANSLATED_NAME_WORDS: usize = 3;
/// A skeleton shared by more name words than this says nothing about any of them.
pub(crate) const MAX_SKELETON_POSTINGS: usize = 24;

/// One good form of a name entry: "Choe Son Hui".
#[derive(Debug, Clone)]
pub(crate) struct NameForm {
    /// Index of the term in the checker's term list.
    pub term: u32,
    /// 0 for the preferred form, `k` for the `k-1`th accepted one.
    pub form: u32,
    /// Where its word ids start in the index's `form_words`.
    first_word: u32,
    /// How many words it has.
    len: u32,
}

#[derive(Debug, Default)]
pub(crate) struct NameIndex {
    /// Distinct folded words of name forms, end to end; `word_ends[w]` is where word `w`
    /// ends (one arena, not a million small strings).
    word_text: String,
    word_ends: Vec<u32>,
    /// The word ids of every form, end to end (see `NameForm::first_word`).
    form_words: Vec<u32>,
    by_hash: FxHashMap<u64, u32>,
    /// `word_forms[word_form_start[w]..word_form_start[w + 1]]`: the forms holding word `w`.
    word_form_start: Vec<u32>,
    word_forms: Vec<u32>,
    pub forms: Vec<NameForm>,
    /// Deletion and skeleton keys of name words → word ids.
    near_words: PostingTable,
    /// Per name word, its `Shape`: a candidate whose shape rules out a near miss is
    /// dropped before its text is read.
    word_shapes: Vec<Shape>,
    /// One-word-off keys of multi-word forms → form ids, the hole's position in the key.
    one_off: PostingTable,
    /// Hashes of every word of every good form of every entry, names or not: a word the
    /// glossary itself uses is never a misspelling.
    good_words: FxHashSet<u64>,
    /// Hashes of the Portuguese words that translate some part of a short name.
    translation_words: FxHashSet<u64>,
    /// A bit per hash of `translation_words` (`HashFilter`): the translated-name-part rule
    /// asks about every word of a text, and hardly any is one.
    translation_filter: HashFilter,
    /// (Portuguese word hash, id of another word of the name) → (form, position of the
    /// part that word translates): "filho" next to "Hui" → (Choe Son Hui, 1).
    translated_parts: FxHashMap<(u64, u32), Vec<(u32, u32)>>,
}

impl NameIndex {
    /// Indexes the names among `terms`, which it refers to by position.
    pub fn new<'t>(terms: impl IntoIterator<Item = &'t Term>, translations: &Translations) -> Self {
        let mut index = NameIndex::default();
        // One reusable tokenizer buffer: a million forms must not cost a million
        // allocations each.
        let mut tokens = Tokens::default();
        let mut word_ids = Vec::new();
        // (literal word hash, form, position of the declared part in it)
        let mut declared = Vec::new();
        for (t, term) in terms.into_iter().enumerate() {
            let is_name = term.kind.is_name();
            for (f, form) in term.good_forms().enumerate() {
                tokens.fill(form, 0);
                word_ids.clear();
                for k in 0..tokens.len() {
                    let word = tokens.folded(k);
                    let hash = word_hash(word);
                    index.good_words.insert(hash);
                    if is_name {
                        word_ids.push(index.intern(word, hash));
                    }
                }
                if is_name && !word_ids.is_empty() {
                    index.forms.push(NameForm {
                        term: t as u32,
                        form: f as u32,
                        first_word: index.form_words.len() as u32,
                        len: word_ids.len() as u32,
                    });
                    index.form_words.extend_from_slice(&word_ids);
                    if !term.parts.is_empty() && word_ids.len() >= 2 {
                        let f = index.forms.len() as u32 - 1;
                        declared.extend(declared_parts(term, &tokens, f));
                    }
                }
            }
        }
        index.build_word_forms();
        let (near_pairs, shapes) = index.near_word_pairs();
        index.near_words = PostingTable::new(near_pairs);
        index.word_shapes = shapes;
        index.one_off = PostingTable::new(index.one_off_pairs());
        index.translated_parts = index.translated_part_map(&declared, translations);
        index.translation_words = index.translated_parts.keys().map(|&(h, _)| h).collect();
        index.translation_filter = HashFilter::of(&index.translation_words);
        index
    }

    /// The id of `word` (whose hash is `hash`), added if new. Two words with one 64-bit
    /// hash are kept apart; the second simply cannot be looked up by hash (never seen in
    /// practice, and it would only cost a missed finding).
    fn intern(&mut self, word: &str, hash: u64) -> u32 {
        let next = self.word_ends.len() as u32;
        let id = *self.by_hash.entry(hash).or_insert(next);
        if id == next || self.word(id) != word {
            self.word_text.push_str(word);
            self.word_ends.push(self.word_text.len() as u32);
            return next;
        }
        id
    }

    /// The folded text of name word `id`.
    pub fn word(&self, id: u32) -> &str {
        let id = id as usize;
        let start = if id == 0 {
            0
        } else {
            self.word_ends[id - 1] as usize
        };
        &self.word_text[start..self.word_ends[id] as usize]
    }

    fn word_count(&self) -> usize {
        self.word_ends.len()
    }

    /// The `Shape` of name word `id`.
    pub fn word_shape(&self, id: u32) -> Shape {
        self.word_shapes
            .get(id as usize)
            .copied()
            .unwrap_or_default()
    }

    /// The word ids of `form`, in order.
    pub fn words_of(&self, form: &NameForm) -> &[u32] {
        let start = form.first_word as usize;
        &self.form_words[start..start + form.len as usize]
    }

    fn build_word_forms(&mut self) {
        let mut counts = vec![0u32; self.word_count() + 1];
        for &w in &self.form_words {
            counts[w as usize + 1] += 1;
        }
        for i in 1..counts.len() {
            counts[i] += counts[i - 1];
        }
        let mut next = counts.clone();
        let mut word_forms = vec![0; self.form_words.len()];
        for (f, form) in self.forms.iter().enumerate() {
            for &w in self.words_of(form) {
                word_forms[next[w as usize] as usize] = f as u32;
                next[w as usize] += 1;
            }
        }
        self.word_forms = word_forms;
        self.word_form_start = counts;
    }

    /// The near-word keys of every name word, and the words' shapes.
    fn near_word_pairs(&self) -> (Vec<(u64, u32)>, Vec<Shape>) {
        let mut pairs = Vec::with_capacity(self.word_count() * 10);
        let mut shapes = Vec::with_capacity(self.word_count());
        let (mut stripped, mut skel) = (Vec::new(), Vec::new());
        for id in 0..self.word_count() as u32 {
            let word = self.word(id);
            strip_diacritics(word, &mut stripped);
            shapes.push(Shape::of(&stripped));
            if stripped.len() < MIN_INDEXED_LETTERS {
                continue;
            }
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
        (pairs, shapes)
    }

    fn one_off_pairs(&self) -> Vec<(u64, u32)> {
        // Word hashes once per word, not once per use.
        let word_hashes: Vec<u64> = (0..self.word_count() as u32)
            .map(|w| word_hash(self.word(w)))
            .collect();
        let mut pairs = Vec::new();
        let mut hashes = Vec::with_capacity(MAX_NAME_WORDS);
        for (f, form) in self.forms.iter().enumerate() {
            let n = form.len as usize;
            if !(2..=MAX_NAME_WORDS).contains(&n) {
                continue;
            }
            hashes.clear();
            hashes.extend(self.words_of(form).iter().map(|&w| word_hashes[w as usize]));
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

    fn translated_part_map(
        &self,
        declared: &[(u64, u32, u32)],
        translations: &Translations,
    ) -> FxHashMap<(u64, u32), Vec<(u32, u32)>> {
        let table = translations;
        // Translations per distinct word first: most name words have none.
        let per_word: Vec<Vec<u64>> = (0..self.word_count() as u32)
            .map(|w| {
                table
                    .translations_of_name_part(self.word(w))
                    .map(word_hash)
                    .collect()
            })
            .collect();
        let mut map: FxHashMap<(u64, u32), Vec<(u32, u32)>> = FxHashMap::default();
        // Declared renderings first (any name length): the glossary knows best.
        for &(literal, f, pos) in declared {
            let words = self.words_of(&self.forms[f as usize]);
            for (other_pos, &other) in words.iter().enumerate() {
                if other_pos != pos as usize && other != words[pos as usize] {
                    map.entry((literal, other)).or_default().push((f, pos));
                }
            }
        }
        for (f, form) in self.forms.iter().enumerate() {
            let words = self.words_of(form);
            if !(2..=MAX_TRANSLATED_NAME_WORDS).contains(&words.len()) {
                continue;
            }
            for (pos, &w) in words.iter().enumerate() {
                for &pt in &per_word[w as usize] {
                    for (other_pos, &other) in words.iter().enumerate() {
                        if other_pos != pos && other != w {
                            map.entry((pt, other))
                                .or_default()
                                .push((f as u32, pos as u32));
                        }
                    }
                }
            }
        }
        map
    }

    /// The id of a name word, if `folded` (whose `keys::word_hash` is `hash`) is one.
    pub fn word_id_hashed(&self, folded: &str, hash: u64) -> Option<u32> {
        let id = *self.by_hash.get(&hash)?;
        (self.word(id) == folded).then_some(id)
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

    /// Name words that may be near `stripped` (candidates: the caller scores them): they
    /// share a key with it, begin with its letter and differ in length by two at most, as
    /// `score::closeness` demands.
    pub fn near_word_candidates(&self, stripped: &[char], out: &mut Vec<u32>) {
        out.clear();
        if stripped.len() < MIN_INDEXED_LETTERS {
            return;
        }
        if stripped.len() + 1 < MIN_LETTERS_ONE_EDIT {
            out.extend_from_slice(self.near_words.get(key(KeyKind::Deletion, stripped, None)));
        } else {
            // The word itself is the first deletion key.
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
        let text = Shape::of(stripped);
        out.retain(|&w| {
            let name = self.word_shapes[w as usize];
            name.first() == text.first() && name.may_be_within_two_edits(text)
        });
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

    /// Whether the word of hash `hash` translates a part of some short name.
    pub fn is_translation(&self, hash: u64) -> bool {
        self.translation_filter.may_hold(hash) && self.translation_words.contains(&hash)
    }

    /// The (form, part position) pairs whose part the word of hash `hash` translates,
    /// among the names that also hold word `other`.
    pub fn translated_parts(&self, hash: u64, other: u32) -> &[(u32, u32)] {
        self.translated_parts
            .get(&(hash, other))
            .map_or(&[], Vec::as_slice)
    }

    /// Whether the index holds any name at all (no name: the name rules have nothing to do).
    pub fn is_empty(&self) -> bool {
        self.forms.is_empty()
    }
}

/// The declared literal renderings (`parts` of the entry) that apply to the form whose
/// folded words are in `form_tokens`: (literal word hash, form `f`, part position).
fn declared_parts(term: &Term, form_tokens: &Tokens, f: u32) -> Vec<(u64, u32, u32)> {
    let mut out = Vec::new();
    let mut scratch = Tokens::default();
    for part in &term.parts {
        scratch.fill(&part.part, 0);
        if scratch.len() != 1 {
            continue;
        }
        let part_word = scratch.folded(0).to_string();
        let Some(pos) = (0..form_tokens.len()).find(|&k| form_tokens.folded(k) == part_word) else {
            continue; // the part belongs to another form of the entry
        };
        for literal in &part.literal {
            scratch.fill(literal, 0);
            // A literal of several words ("filho de") is found by its first word.
            if scratch.len() > 0 {
                out.push((word_hash(scratch.folded(0)), f, pos as u32));
            }
        }
    }
    out
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

/// A set of word hashes as bits (a one-hash Bloom filter): `may_hold` is false for every
/// hash not in the set it was made of, and for most others; a hit is then asked of the set
/// itself. One load and a mask where a hash-set probe cost some forty instructions.
#[derive(Debug, Default)]
struct HashFilter {
    bits: Vec<u64>,
}

impl HashFilter {
    /// Bits per hash of the set: few false hits.
    const BITS_PER_HASH: usize = 32;

    fn of(hashes: &FxHashSet<u64>) -> Self {
        if hashes.is_empty() {
            return HashFilter::default();
        }
        let words = (hashes.len() * Self::BITS_PER_HASH / 64).next_power_of_two();
        let mut filter = HashFilter {
            bits: vec![0; words],
        };
        for &h in hashes {
            let (word, bit) = filter.slot(h);
            filter.bits[word] |= bit;
        }
        filter
    }

    /// The word and bit of `hash`: its top bits (`keys::word_hash` mixes them as well as
    /// the low ones); an empty filter holds nothing.
    fn slot(&self, hash: u64) -> (usize, u64) {
        let index = (hash >> 32) as usize & (self.bits.len() * 64 - 1);
        (index / 64, 1 << (index % 64))
    }

    fn may_hold(&self, hash: u64) -> bool {
        if self.bits.is_empty() {
            return false;
        }
        let (word, bit) = self.slot(hash);
        self.bits[word] & bit != 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The filter answers yes for every hash of its set (so `is_translation` answers as
    /// the set does) and no for most others.
    #[test]
    fn the_filter_holds_every_hash_of_its_set() {
        for n in [0_u64, 1, 3, 100, 5000] {
            let set: FxHashSet<u64> = (0..n).map(|i| word_hash(&format!("w{i}"))).collect();
            let filter = HashFilter::of(&set);
            assert!(set.iter().all(|&h| filter.may_hold(h)), "{n}");
            let false_hits = (0..10_000)
                .map(|i| word_hash(&format!("o{i}")))
                .filter(|&h| filter.may_hold(h))
                .count();
            assert!(false_hits < 1_000, "{n} hashes: {false_hits} false hits");
            if n == 0 {
                assert_eq!(false_hits, 0);
            }
        }
    }
}
