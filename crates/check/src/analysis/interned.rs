//! Strings kept once each and named by a number: a long text repeats its words, and a
//! `String` per use costs the text's bytes again plus malloc's overhead on each (on
//! 64 MiB of news, the capitalised words of `inconsistent-name` held three small strings
//! per use: tens of megabytes).

use rustc_hash::FxHashMap;

/// Distinct strings, one after another in one buffer, each named by its index.
#[derive(Debug, Default)]
pub(crate) struct Interned {
    /// Every string, one after another.
    text: String,
    /// Where each string ends in `text` (it starts where the one before ends).
    ends: Vec<usize>,
    /// Each string's index, while strings are added; [`Interned::shrink_to_fit`] drops it
    /// (a finished part only reads) and [`Interned::intern`] builds it again if needed.
    lookup: FxHashMap<Box<str>, u32>,
}

impl Interned {
    /// The index of `s`, added if new; `None` only past `u32::MAX` distinct strings.
    pub fn intern(&mut self, s: &str) -> Option<u32> {
        if self.lookup.len() < self.ends.len() {
            self.rebuild_lookup();
        }
        if let Some(&id) = self.lookup.get(s) {
            return Some(id);
        }
        let id = u32::try_from(self.ends.len()).ok()?;
        self.text.push_str(s);
        self.ends.push(self.text.len());
        self.lookup.insert(s.into(), id);
        Some(id)
    }

    /// The string of index `id` ("" for an index never given).
    pub fn get(&self, id: u32) -> &str {
        let i = id as usize;
        let Some(&end) = self.ends.get(i) else {
            return "";
        };
        let start = if i == 0 { 0 } else { self.ends[i - 1] };
        self.text.get(start..end).unwrap_or_default()
    }

    /// How many distinct strings are kept.
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    /// Keeps the strings in exact room and drops the lookup: a finished part's strings are
    /// only read until the document is finished.
    pub fn shrink_to_fit(&mut self) {
        self.text.shrink_to_fit();
        self.ends.shrink_to_fit();
        self.lookup = FxHashMap::default();
    }

    fn rebuild_lookup(&mut self) {
        let mut lookup = FxHashMap::default();
        lookup.reserve(self.ends.len());
        for id in 0..self.ends.len() {
            if let Ok(id) = u32::try_from(id) {
                lookup.insert(self.get(id).into(), id);
            }
        }
        self.lookup = lookup;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn interned_strings_give_back_the_same_text() {
        let words = [
            "Wonsan", "Wŏnsan", "", "Wonsan", "Lavrov", "Wŏnsan", "Sergei",
        ];
        let mut interned = Interned::default();
        let ids: Vec<u32> = words.iter().filter_map(|w| interned.intern(w)).collect();
        assert_eq!(ids.len(), words.len());
        for (id, word) in ids.iter().zip(words) {
            assert_eq!(interned.get(*id), word);
        }
        // Each distinct string is kept once, with one index.
        assert_eq!(interned.len(), 5);
        assert_eq!(ids[0], ids[3]);
        assert_eq!(ids[1], ids[5]);
        // After shrinking, the strings read the same and adding finds the old indexes.
        interned.shrink_to_fit();
        for (id, word) in ids.iter().zip(words) {
            assert_eq!(interned.get(*id), word);
        }
        assert_eq!(interned.intern("Lavrov"), Some(ids[4]));
        assert_eq!(interned.intern("Pyongyang"), Some(5));
        assert_eq!(interned.get(5), "Pyongyang");
        assert_eq!(interned.get(99), "");
    }
}
