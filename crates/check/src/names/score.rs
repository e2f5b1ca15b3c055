//! How close a word of the text is to a word of a name, weighted for how names really go
//! wrong: a dropped diacritic or a confused vowel of a transliteration costs less than any
//! other letter, a doubled or dropped letter less than a new one.

use crate::names::keys::is_vowel;

/// Weighted distance between two stripped words, and whether the two differ in their
/// diacritics (which the stripped words no longer show).
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Closeness {
    /// 0 means equal letters; each plain edit costs 1.
    pub cost: f32,
    /// The confidence that the text word is a misspelling of the name word, 0–1.
    pub confidence: f32,
}

/// Cost of differing in diacritics only ("Wŏnsan" for "Wonsan").
const DIACRITICS: f32 = 0.25;
/// Cost of one vowel for another (transliteration: "Wanson", "Zelenskiy").
const VOWEL: f32 = 0.5;
/// Cost of a doubled or un-doubled letter ("Wonssan", "Kursk" → "Kurssk").
const DOUBLING: f32 = 0.5;

/// How many letters a name word needs before a plain one-letter edit of it is taken for a
/// misspelling. Shorter names collide with too many other words ("Kim" and "Kin").
pub(crate) const MIN_LETTERS_ONE_EDIT: usize = 5;
/// Two vowel confusions ("Wanson" for "Wonsan") need this many letters.
pub(crate) const MIN_LETTERS_TWO_VOWELS: usize = 6;

/// Scores `text` (stripped letters of a text word) against `name` (stripped letters of
/// a name word). `diacritics_differ`: whether the unstripped forms differ. `None` when the
/// two are too far apart to be one name, by thresholds that scale with length.
pub(crate) fn closeness(
    text: &[char],
    name: &[char],
    diacritics_differ: bool,
) -> Option<Closeness> {
    if text == name {
        return diacritics_only(name.len(), diacritics_differ);
    }
    if text.first() != name.first() {
        // Transliterations keep the first letter: a different one is another name.
        return None;
    }
    let letters = name.len();
    if letters < MIN_LETTERS_ONE_EDIT {
        return None;
    }
    let (plain, cost) = distances(text, name)?;
    // One plain edit, or two cheap ones (vowels, doublings) in a long enough name.
    let ok = cost <= 1.0 && (plain <= 1 || letters >= MIN_LETTERS_TWO_VOWELS);
    ok.then(|| Closeness {
        cost: cost + if diacritics_differ { DIACRITICS } else { 0.0 },
        confidence: confidence(cost, letters),
    })
}

/// The same letters: a near miss only when the diacritics differ ("Wŏnsan").
fn diacritics_only(letters: usize, diacritics_differ: bool) -> Option<Closeness> {
    diacritics_differ.then(|| Closeness {
        cost: DIACRITICS,
        confidence: confidence(DIACRITICS, letters),
    })
}

/// Scores a word of a multi-word name whose other words match exactly ("Um" in "Kim Jong
/// Um"): the context makes one edit credible even in a short word.
pub(crate) fn part_closeness(
    text: &[char],
    name: &[char],
    diacritics_differ: bool,
) -> Option<Closeness> {
    if text == name {
        return diacritics_only(name.len(), diacritics_differ);
    }
    let (plain, cost) = distances(text, name)?;
    let ok = plain <= 1 || (cost <= 1.0 && name.len() >= MIN_LETTERS_TWO_VOWELS);
    ok.then(|| Closeness {
        cost,
        confidence: confidence(cost, name.len().max(4)),
    })
}

fn confidence(cost: f32, letters: usize) -> f32 {
    (1.0 - cost / letters.max(1) as f32).clamp(0.0, 1.0)
}

/// What scoring needs to turn a pair of stripped words down without reading them: the
/// length, the first letter and which letters occur (folded onto `LETTER_SLOTS` bits). One
/// `u64` per name word, so a candidate costs one load instead of its text's (cache misses
/// at a million names), the strip and the table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct Shape(u64);

/// Bits of the letter set: `a`–`z` get one each.
const LETTER_SLOTS: u32 = 35;
const LEN_BITS: u32 = 8;
const FIRST_BITS: u32 = 21;

impl Shape {
    pub fn of(stripped: &[char]) -> Shape {
        let len = stripped.len().min((1 << LEN_BITS) - 1) as u64;
        let first = stripped.first().map_or(0, |&c| c as u64);
        let letters = stripped
            .iter()
            .fold(0u64, |m, &c| m | 1 << (c as u32 % LETTER_SLOTS));
        Shape(len | first << LEN_BITS | letters << (LEN_BITS + FIRST_BITS))
    }

    fn len(self) -> u64 {
        self.0 & ((1 << LEN_BITS) - 1)
    }

    pub fn first(self) -> u64 {
        (self.0 >> LEN_BITS) & ((1 << FIRST_BITS) - 1)
    }

    fn letters(self) -> u64 {
        self.0 >> (LEN_BITS + FIRST_BITS)
    }

    /// False when the two words are surely more than two plain edits apart (`distances`
    /// gives `None`): their lengths differ by more than two, or one has letters in more
    /// than two slots the other lacks (each such letter is one of `bag_distance`'s).
    pub fn may_be_within_two_edits(self, other: Shape) -> bool {
        let (a, b) = (self.letters(), other.letters());
        self.len().abs_diff(other.len()) <= 2
            && (a & !b).count_ones() <= 2
            && (b & !a).count_ones() <= 2
    }
}

/// Words longer than this are not names anyone misspells one letter at a time.
const MAX_CHARS: usize = 40;

/// The plain edit distance (optimal string alignment: Levenshtein with adjacent
/// transpositions, as strsim's `osa_distance`) and the weighted one, where a vowel for a
/// vowel and a letter inserted or deleted next to its double cost less. `None` beyond two
/// plain edits. One table on the stack: this runs for every candidate of every word.
fn distances(a: &[char], b: &[char]) -> Option<(u32, f32)> {
    let (n, m) = (a.len(), b.len());
    if n > MAX_CHARS || m > MAX_CHARS || n.abs_diff(m) > 2 || bag_distance(a, b) > 2 {
        return None;
    }
    const W: usize = MAX_CHARS + 1;
    // Three rolling rows (i - 2, i - 1, i): transpositions look two rows back.
    let mut plain = [[0u8; W]; 3];
    let mut cost = [[0f32; W]; 3];
    for j in 1..=m {
        plain[0][j] = j as u8;
        cost[0][j] = cost[0][j - 1] + indel(b, j - 1);
    }
    for i in 1..=n {
        let (cur, prev, prev2) = (i % 3, (i + 2) % 3, (i + 1) % 3);
        plain[cur][0] = i as u8;
        cost[cur][0] = cost[prev][0] + indel(a, i - 1);
        let mut row_min = plain[cur][0];
        for j in 1..=m {
            let same = a[i - 1] == b[j - 1];
            let sub = if same {
                0.0
            } else if is_vowel(a[i - 1]) && is_vowel(b[j - 1]) {
                VOWEL
            } else {
                1.0
            };
            let mut p = (plain[prev][j - 1] + u8::from(!same))
                .min(plain[prev][j] + 1)
                .min(plain[cur][j - 1] + 1);
            let mut c = (cost[prev][j - 1] + sub)
                .min(cost[prev][j] + indel(a, i - 1))
                .min(cost[cur][j - 1] + indel(b, j - 1));
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                p = p.min(plain[prev2][j - 2] + 1);
                c = c.min(cost[prev2][j - 2] + 1.0);
            }
            plain[cur][j] = p;
            cost[cur][j] = c;
            row_min = row_min.min(p);
        }
        // Every later cell costs at least the row's minimum minus what a transposition
        // could save: past 3, no alignment gets back under 2.
        if row_min > 3 {
            return None;
        }
    }
    let p = u32::from(plain[n % 3][m]);
    (p <= 2).then_some((p, cost[n % 3][m]))
}

/// A lower bound of the edit distance that needs no table: how many letters one word has
/// that the other lacks (counted with repeats), the larger of the two counts. Most
/// candidates of a large index fail here.
fn bag_distance(a: &[char], b: &[char]) -> usize {
    let mut counts = [0i8; 64];
    let slot = |c: char| (c as usize) % 64;
    for &c in a {
        counts[slot(c)] = counts[slot(c)].saturating_add(1);
    }
    for &c in b {
        counts[slot(c)] = counts[slot(c)].saturating_sub(1);
    }
    let (mut more, mut fewer) = (0usize, 0usize);
    for &k in &counts {
        if k > 0 {
            more += k as usize;
        } else {
            fewer += k.unsigned_abs() as usize;
        }
    }
    more.max(fewer)
}

/// Cost of inserting or deleting `w[i]`: cheaper when it doubles a neighbour.
fn indel(w: &[char], i: usize) -> f32 {
    let doubles = (i > 0 && w[i - 1] == w[i]) || w.get(i + 1) == Some(&w[i]);
    if doubles {
        DOUBLING
    } else {
        1.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    fn score(text: &str, name: &str) -> Option<f32> {
        closeness(&chars(text), &chars(name), false).map(|c| c.cost)
    }

    #[test]
    fn transliteration_vowels_are_cheap() {
        assert_eq!(score("wanson", "wonsan"), Some(1.0));
        assert_eq!(score("wonson", "wonsan"), Some(0.5));
        assert_eq!(score("zelenskiy", "zelensky"), Some(1.0));
    }

    #[test]
    fn doubled_and_dropped_letters() {
        assert_eq!(score("wonssan", "wonsan"), Some(0.5));
        assert_eq!(score("pyongyan", "pyongyang"), Some(1.0));
    }

    #[test]
    fn diacritics_alone() {
        let c = closeness(&chars("wonsan"), &chars("wonsan"), true);
        assert!(c.is_some_and(|c| c.confidence > 0.9));
        assert!(closeness(&chars("wonsan"), &chars("wonsan"), false).is_none());
    }

    #[test]
    fn too_far_or_too_short() {
        assert_eq!(score("kin", "kim"), None); // short names need context
        assert_eq!(score("warsaw", "wonsan"), None);
        assert_eq!(score("bonsan", "wonsan"), None); // another first letter
        assert_eq!(score("wansen", "wonsan"), Some(1.0));
        assert_eq!(score("wintson", "wonsan"), None);
    }

    #[test]
    fn plain_distance_is_strsims_osa() {
        for (a, b) in [
            ("wanson", "wonsan"),
            ("wosnan", "wonsan"),
            ("pyongyan", "pyongyang"),
            ("ab", "ba"),
        ] {
            let d = distances(&chars(a), &chars(b)).map(|d| d.0 as usize);
            assert_eq!(d, Some(strsim::osa_distance(a, b)), "{a} {b}");
        }
        assert_eq!(distances(&chars("kursk"), &chars("moscou")), None);
    }

    #[test]
    fn shapes_never_turn_down_a_pair_scoring_accepts() {
        let words = [
            "wonsan",
            "wanson",
            "wonson",
            "wonssan",
            "wosan",
            "wosnan",
            "wansen",
            "wintson",
            "warsaw",
            "bonsan",
            "kursk",
            "moscou",
            "pyongyan",
            "pyongyang",
            "zelensky",
            "zelenskiy",
            "um",
            "un",
            "il",
            "aachen",
            "achen",
            "abcdefgh",
            "hgfedcba",
        ];
        for a in words {
            for b in words {
                let (ca, cb) = (chars(a), chars(b));
                let may = Shape::of(&ca).may_be_within_two_edits(Shape::of(&cb));
                assert!(may || distances(&ca, &cb).is_none(), "{a} {b}");
            }
        }
        assert!(!Shape::of(&chars("wonsan")).may_be_within_two_edits(Shape::of(&chars("kursk"))));
    }

    #[test]
    fn parts_of_longer_names_allow_one_edit_in_short_words() {
        assert!(part_closeness(&chars("um"), &chars("un"), false).is_some());
        assert!(part_closeness(&chars("il"), &chars("un"), false).is_none());
    }
}
