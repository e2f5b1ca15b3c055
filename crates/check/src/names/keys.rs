//! The look-up keys of a name word: its letters without diacritics, its one-letter
//! deletions (SymSpell's trick: two words within one edit share a deletion) and its
//! consonant skeleton (transliteration variants such as "Wanson" and "Wonsan" share
//! "wnsn"). Keys are 64-bit hashes, tagged by kind so the kinds never collide.

use std::hash::Hasher;

use rustc_hash::FxHasher;
use unicode_normalization::char::{decompose_canonical, is_combining_mark};

use crate::tokens::word_key;

/// The letters of a folded (lowercase NFC) word with diacritics removed: "wŏnsan" →
/// "wonsan", "míchigan" → "michigan". A few letters that do not decompose are mapped
/// to their base letter by hand.
pub(crate) fn strip_diacritics(folded: &str, out: &mut Vec<char>) {
    out.clear();
    for c in folded.chars() {
        if c.is_ascii() {
            out.push(c);
            continue;
        }
        match c {
            'ø' => out.push('o'),
            'ł' => out.push('l'),
            'đ' | 'ð' => out.push('d'),
            'ı' => out.push('i'),
            'ß' => out.extend(['s', 's']),
            'æ' => out.extend(['a', 'e']),
            'œ' => out.extend(['o', 'e']),
            _ => decompose_canonical(c, |d| {
                if !is_combining_mark(d) {
                    out.push(d);
                }
            }),
        }
    }
}

/// Vowels of the Latin transliterations that MT confuses; `y` counts as one ("Zelensky",
/// "Zelenskiy").
pub(crate) fn is_vowel(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y')
}

/// The consonants of a stripped word in order, doubled consonants collapsed: "wonsan" →
/// "wnsn", "zelenskiy" → "zlnsk", "kursk" → "krsk".
pub(crate) fn skeleton(stripped: &[char], out: &mut Vec<char>) {
    out.clear();
    for &c in stripped {
        if !is_vowel(c) && out.last() != Some(&c) {
            out.push(c);
        }
    }
}

#[derive(Clone, Copy)]
#[repr(u8)]
pub(crate) enum KeyKind {
    /// The stripped word, or the word with one letter deleted.
    Deletion = 1,
    /// The consonant skeleton.
    Skeleton = 2,
    /// A multi-word form with one word left out (see `MultiKey`).
    AllButOne = 3,
}

/// A 64-bit key for `chars` (with `skip` left out), tagged with `kind`.
pub(crate) fn key(kind: KeyKind, chars: &[char], skip: Option<usize>) -> u64 {
    let mut h = FxHasher::default();
    h.write_u8(kind as u8);
    for (i, &c) in chars.iter().enumerate() {
        if Some(i) != skip {
            h.write_u32(c as u32);
        }
    }
    mix(h.finish())
}

/// The key of a multi-word form with word `hole` (of `len` words) left out; `words`
/// yields the other words' hashes in order.
pub(crate) fn all_but_one_key(len: usize, hole: usize, words: impl Iterator<Item = u64>) -> u64 {
    let mut h = FxHasher::default();
    h.write_u8(KeyKind::AllButOne as u8);
    h.write_usize(len);
    h.write_usize(hole);
    for w in words {
        h.write_u64(w);
    }
    mix(h.finish())
}

/// The hash of one folded word, for exact-word sets. It is mixed from the word's
/// [`word_key`], which the tokenizer computes for every word of a text: the name rules
/// then hash no word of the text again (`scan::Scan`, `word_hash_of_key`).
pub(crate) fn word_hash(folded: &str) -> u64 {
    word_hash_of_key(word_key(folded))
}

/// [`word_hash`] of a word whose [`word_key`] is `key`.
#[inline]
pub(crate) fn word_hash_of_key(key: u64) -> u64 {
    mix(key)
}

/// A finalizer (MurmurHash3's fmix64) so the top bits, which pick the bucket of the
/// posting table, are as well spread as the low ones.
fn mix(mut k: u64) -> u64 {
    k ^= k >> 33;
    k = k.wrapping_mul(0xff51_afd7_ed55_8ccd);
    k ^= k >> 33;
    k = k.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    k ^ (k >> 33)
}

/// Every deletion key of a stripped word: the word itself and each one-letter deletion but
/// of the first letter. Deleting one of two equal neighbours gives the same key, so it is
/// yielded once.
///
/// Why not the first letter: a near miss must keep the first letter
/// (`score::closeness`), and two words with the same first letter that share a key with
/// a first letter deleted also share one without (dropping `t[0]` from `t` gives `w`
/// minus `j`: then `t` is `w` minus `j` itself; `t[1..]` is `w`: then `t[0] == t[1]` and
/// dropping `t[1]` gives `w`). So those keys only found candidates that scoring turned
/// down, and cost a probe per word and an eighth of the index.
pub(crate) fn deletion_keys(stripped: &[char]) -> impl Iterator<Item = u64> + '_ {
    let whole = std::iter::once(key(KeyKind::Deletion, stripped, None));
    let deletions = (1..stripped.len())
        .filter(|&i| i == 1 || stripped[i] != stripped[i - 1])
        .map(|i| key(KeyKind::Deletion, stripped, Some(i)));
    whole.chain(deletions)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stripped(s: &str) -> Vec<char> {
        let mut out = Vec::new();
        strip_diacritics(s, &mut out);
        out
    }

    #[test]
    fn strips_diacritics() {
        assert_eq!(stripped("wŏnsan").iter().collect::<String>(), "wonsan");
        assert_eq!(stripped("míchigan").iter().collect::<String>(), "michigan");
        assert_eq!(stripped("łódź").iter().collect::<String>(), "lodz");
    }

    #[test]
    fn transliteration_variants_share_a_skeleton() {
        let mut a = Vec::new();
        let mut b = Vec::new();
        skeleton(&stripped("wanson"), &mut a);
        skeleton(&stripped("wonsan"), &mut b);
        assert_eq!(a, b);
        skeleton(&stripped("zelenskiy"), &mut a);
        skeleton(&stripped("zelensky"), &mut b);
        assert_eq!(a, b);
    }

    #[test]
    fn one_edit_apart_share_a_deletion_key() {
        let shares = |x: &str, y: &str| {
            let (x, y) = (stripped(x), stripped(y));
            let kx: Vec<u64> = deletion_keys(&x).collect();
            let ky: Vec<u64> = deletion_keys(&y).collect();
            ky.iter().any(|k| kx.contains(k))
        };
        assert!(shares("wonson", "wonsan")); // substitution
        assert!(shares("wonssan", "wonsan")); // doubled letter
        assert!(shares("wosan", "wonsan")); // dropped letter
        assert!(shares("wosnan", "wonsan")); // swapped letters
        assert!(!shares("wanson", "wonsan")); // two edits: the skeleton finds it
        assert!(shares("aachen", "achen")); // a doubled first letter
        assert!(shares("achen", "aachen"));
        assert!(!shares("bonsan", "wonsan")); // another first letter: never a near miss
    }
}
