//! A static multimap from 64-bit keys to `u32` ids: the pairs sorted by key, with a
//! directory on the keys' top bits so a look-up reads the directory and one short run
//! (two cache misses), whatever the number of keys. Compact (12 bytes a pair plus 4 a
//! bucket) and built by one sort, which matters at gazetteer scale (ten million keys).
//!
//! Most look-ups find nothing (a text word is rarely a glossary form, a pair of words
//! more rarely still), so a one-bit-per-slot filter on the keys' low bits answers them
//! first: a byte per key, small enough to stay in cache where the directory and keys
//! would not (the shipped glossaries: a few kilobytes, in L1; a million names: in L2/L3).

#[derive(Debug, Default, Clone, serde::Serialize, serde::Deserialize)]
pub(crate) struct PostingTable {
    keys: Vec<u64>,
    ids: Vec<u32>,
    /// `dir[b]..dir[b + 1]` is the run of pairs whose key's top `bits` bits are `b`.
    dir: Vec<u32>,
    bits: u32,
    filter: KeyFilter,
}

/// A set of 64-bit keys that may answer "present" for an absent key but never "absent"
/// for a present one: bit `key & mask` is set for every key (the low bits: a table's
/// directory uses the top ones).
#[derive(Debug, Default, Clone, serde::Serialize, serde::Deserialize)]
pub(crate) struct KeyFilter {
    words: Vec<u64>,
}

/// Filter bits per distinct key: about one absent key in nine passes it.
const FILTER_BITS_PER_KEY: usize = 8;

impl PostingTable {
    /// Builds the table from (key, id) pairs in any order; duplicate pairs are dropped.
    /// A counting sort on the bucket bits, then a sort of each short run: linear time,
    /// which at ten million pairs is several times faster than one big sort.
    pub fn new(pairs: Vec<(u64, u32)>) -> Self {
        // About one pair per bucket: short runs, and a directory no larger than the pairs.
        let bits = (usize::BITS - pairs.len().max(1).leading_zeros()).clamp(4, 30);
        let buckets = 1usize << bits;
        let mut dir = vec![0u32; buckets + 1];
        for &(key, _) in &pairs {
            dir[bucket(key, bits) + 1] += 1;
        }
        for b in 1..dir.len() {
            dir[b] += dir[b - 1];
        }
        let mut sorted = vec![(0u64, 0u32); pairs.len()];
        let mut next = dir.clone();
        for pair in pairs {
            let b = bucket(pair.0, bits);
            sorted[next[b] as usize] = pair;
            next[b] += 1;
        }
        // Sort and deduplicate each run, compacting as we go.
        let (mut keys, mut ids) = (
            Vec::with_capacity(sorted.len()),
            Vec::with_capacity(sorted.len()),
        );
        let mut start = 0usize;
        for b in 0..buckets {
            let end = dir[b + 1] as usize;
            let run = &mut sorted[start..end];
            run.sort_unstable();
            dir[b] = keys.len() as u32;
            let mut last = None;
            for &(k, id) in run.iter() {
                if last != Some((k, id)) {
                    keys.push(k);
                    ids.push(id);
                    last = Some((k, id));
                }
            }
            start = end;
        }
        dir[buckets] = keys.len() as u32;
        let filter = KeyFilter::new(&keys);
        PostingTable {
            keys,
            ids,
            dir,
            bits,
            filter,
        }
    }

    /// Whether `key` may have ids (false: `get` returns none): the filter alone, cheap
    /// enough to ask inline before a call of `get` for every word of a text.
    #[inline(always)]
    pub fn may_hold(&self, key: u64) -> bool {
        self.filter.may_hold(key)
    }

    /// The ids stored under `key`, in increasing order.
    #[inline]
    pub fn get(&self, key: u64) -> &[u32] {
        if !self.filter.may_hold(key) {
            return &[];
        }
        let b = bucket(key, self.bits);
        let (Some(&from), Some(&to)) = (self.dir.get(b), self.dir.get(b + 1)) else {
            return &[];
        };
        let (from, to) = (from as usize, to as usize);
        let run = &self.keys[from..to];
        let start = run.partition_point(|&k| k < key);
        let end = start + run[start..].partition_point(|&k| k == key);
        &self.ids[from + start..from + end]
    }
}

impl KeyFilter {
    /// The filter of `keys` (sorted, or at least with equal keys adjacent): a power of two
    /// of bits, at least 64, `FILTER_BITS_PER_KEY` per distinct key.
    pub fn new(keys: &[u64]) -> Self {
        let mut distinct = keys.len();
        distinct -= keys.windows(2).filter(|w| w[0] == w[1]).count();
        let len = (distinct * FILTER_BITS_PER_KEY)
            .div_ceil(64)
            .next_power_of_two();
        let mut words = vec![0u64; len];
        let mask = len * 64 - 1;
        for &key in keys {
            let slot = key as usize & mask;
            words[slot / 64] |= 1 << (slot % 64);
        }
        KeyFilter { words }
    }

    /// Whether `key` may be in the set (false: it is not).
    #[inline(always)]
    pub fn may_hold(&self, key: u64) -> bool {
        let slot = key as usize & (self.words.len() * 64).wrapping_sub(1);
        self.words
            .get(slot / 64)
            .is_some_and(|word| word >> (slot % 64) & 1 == 1)
    }
}

fn bucket(key: u64, bits: u32) -> usize {
    (key >> (64 - bits)) as usize
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_every_id_of_a_key() {
        let pairs = (0..1000u64)
            .map(|i| (i.wrapping_mul(0x9E37_79B9_7F4A_7C15), (i % 7) as u32))
            .chain([(42u64.wrapping_mul(0x9E37_79B9_7F4A_7C15), 99)])
            .collect();
        let table = PostingTable::new(pairs);
        assert_eq!(
            table.get(42u64.wrapping_mul(0x9E37_79B9_7F4A_7C15)),
            &[0, 99]
        );
        assert_eq!(table.get(5u64.wrapping_mul(0x9E37_79B9_7F4A_7C15)), &[5]);
        assert!(table.get(12345).is_empty());
    }

    #[test]
    fn empty_table_answers_nothing() {
        let table = PostingTable::new(Vec::new());
        assert!(table.get(0).is_empty());
        assert!(table.get(u64::MAX).is_empty());
    }
}
