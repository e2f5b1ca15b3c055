//! Words of a text, with their folded (lowercase, NFC) form for look-ups.
//!
//! A word is a maximal run of letters, digits and combining marks. Unlike UAX #29 word
//! segmentation, apostrophes and full stops split words: "Wonson’s" gives "Wonson" and
//! "s", so a glossary form matches the name inside an English possessive, and forms are
//! split the same way, so "d'água" still matches as two words joined by an apostrophe.

use std::cell::OnceCell;
use std::ops::Range;

use mtlint_glossary::fold_typography;
use unicode_normalization::char::is_combining_mark;
use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

use crate::analysis::code::{self, CodeChunks};
use crate::ByteRange;

pub(crate) fn is_word_char(c: char) -> bool {
    // Latin letters with diacritics ("ã", "ç", "é": a good share of Portuguese) are
    // answered here: the general Unicode tables cost a binary search per letter. Every
    // char of the range is a letter but × and ÷ (the test checks all of them).
    if ('\u{c0}'..='\u{24f}').contains(&c) {
        return c != '×' && c != '÷';
    }
    c.is_alphanumeric() || is_combining_mark(c)
}

/// One word: where it is in the text and where its folded form is in the folded buffer.
#[derive(Debug, Clone)]
pub(crate) struct Token {
    pub range: ByteRange,
    folded: Range<usize>,
    /// [`word_key`] of the folded form: the term index looks each word up by it, and a
    /// word is looked up once or twice (alone, and as the first or second of a pair).
    key: u64,
}

/// The words of one stretch of text, reusable across stretches to avoid allocation.
#[derive(Debug, Default)]
pub(crate) struct Tokens {
    pub tokens: Vec<Token>,
    /// The stretch with its ASCII letters lowercased (an ASCII word's folded form is its
    /// own span of it), then the folded forms of the words that have non-ASCII chars.
    folded: String,
    /// The stretch filled from, in document offsets, and the address of its text.
    stretch: ByteRange,
    origin: usize,
    /// The stretch's chunks that may be URLs or code, found on the first question.
    code: OnceCell<CodeChunks>,
}

impl Tokens {
    /// Splits `text` (which starts at byte `base` of the document) into words.
    pub fn fill(&mut self, text: &str, base: usize) {
        self.tokens.clear();
        self.folded.clear();
        self.stretch = ByteRange::new(base, base + text.len());
        self.origin = text.as_ptr() as usize;
        self.code = OnceCell::new();
        // One lowercased copy of the whole stretch serves every ASCII word: no copy, and
        // no allocation, per word (they were most of tokenising).
        self.folded.push_str(text);
        self.folded.make_ascii_lowercase();
        let bytes = text.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            // ASCII separators, skipped by a table look-up a byte.
            let Some(skip) = bytes[i..]
                .iter()
                .position(|&b| !ASCII_SEPARATOR[b as usize])
            else {
                break;
            };
            i += skip;
            let start = i;
            let (end, copied) = copied_word_end(bytes, start);
            if !copied {
                // A word with a char the copy does not fold (a capital "É", "ł", a
                // combining mark): folded char by char.
                let end = start + word_len(&text[start..]);
                self.push_folded(&text[start..end], base + start..base + end);
                i = end;
            } else if end > start {
                self.push_copied(start..end, base);
                i = end;
            } else {
                // A non-ASCII separator (a curly quote, a dash): skip it whole.
                i += text[start..].chars().next().map_or(1, char::len_utf8);
            }
        }
    }

    /// A word at `span` of the stretch whose folded form is that span of the lowercased
    /// copy (see [`copied_word_end`]).
    #[inline(always)]
    fn push_copied(&mut self, span: Range<usize>, base: usize) {
        let key = word_key_of_bytes(&self.folded.as_bytes()[span.clone()]);
        self.tokens.push(Token {
            range: ByteRange::new(base + span.start, base + span.end),
            folded: span,
            key,
        });
    }

    /// A word with non-ASCII chars, folded after the copy of the stretch.
    fn push_folded(&mut self, word: &str, range: Range<usize>) {
        let from = self.folded.len();
        fold_word_into(word, &mut self.folded);
        let key = word_key(&self.folded[from..]);
        self.tokens.push(Token {
            range: range.into(),
            folded: from..self.folded.len(),
            key,
        });
    }

    #[inline]
    pub fn folded(&self, index: usize) -> &str {
        &self.folded[self.tokens[index].folded.clone()]
    }

    /// [`word_key`] of word `index`'s folded form.
    #[inline]
    pub fn key(&self, index: usize) -> u64 {
        self.tokens[index].key
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.tokens.len()
    }

    /// Whether `range` of `text` (the document these tokens were filled from) sits in a
    /// URL or code: [`code::in_url_or_code`], with the stretch's chunks read once instead
    /// of each word's neighbourhood on every question (a tenth of checking news text).
    pub fn in_url_or_code(&self, text: &str, range: ByteRange) -> bool {
        // Another text than the one filled from gets the plain answer.
        let filled_from = text.len() >= self.stretch.end
            && (text.as_ptr() as usize).wrapping_add(self.stretch.start) == self.origin;
        if !filled_from {
            return code::in_url_or_code(text, range);
        }
        self.code
            .get_or_init(|| CodeChunks::new(text, self.stretch))
            .in_url_or_code(text, range)
    }
}

/// The bytes that are ASCII and not letters or digits: white space, punctuation. The
/// loops over every byte of a text look bytes up here: cheaper than the range tests.
static ASCII_SEPARATOR: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 128 {
        table[b] = !(b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    table
};

/// The ASCII letters and digits.
static ASCII_ALPHANUMERIC: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 128 {
        table[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    table
};

/// Where the word starting at byte `start` of `bytes` (not an ASCII separator) ends, and
/// whether its folded form is its span of the stretch's ASCII-lowercased copy: true for a
/// word of ASCII letters and digits and Latin-1 chars that fold to themselves ("ação",
/// "º"), most words of Portuguese text, read here byte by byte; false for a word with
/// another word char (a capital "Ç", "ł", a combining mark), whose end is not sought.
/// `(start, true)` when the char at `start` is no word char.
#[inline(always)]
fn copied_word_end(bytes: &[u8], start: usize) -> (usize, bool) {
    let mut j = start;
    loop {
        while j < bytes.len() && ASCII_ALPHANUMERIC[bytes[j] as usize] {
            j += 1;
        }
        let lead = match bytes.get(j) {
            Some(&lead) if lead >= 0xc2 => lead,
            // An ASCII separator or the end: the word ends here.
            Some(&lead) if lead < 0x80 => return (j, true),
            None => return (j, true),
            // A lead byte of a char from U+0100 on: word char or not, char by char.
            Some(_) => return (j, !starts_word_char(bytes, j)),
        };
        if lead > 0xc3 {
            return (j, !starts_word_char(bytes, j));
        }
        // U+0080 to U+00FF: two bytes, the second a continuation byte (`bytes` is UTF-8).
        let second = bytes.get(j + 1).map_or(0, |&b| b & 0x3f);
        match LATIN1_CLASS[((lead as usize & 1) << 6) | second as usize] {
            Latin1::Copied => j += 2,
            Latin1::Separator => return (j, true),
            Latin1::Folded => return (j, false),
        }
    }
}

/// Whether the char at byte `at` of the UTF-8 `bytes` is a word char.
fn starts_word_char(bytes: &[u8], at: usize) -> bool {
    let len = match bytes[at] {
        0xf0.. => 4,
        0xe0.. => 3,
        _ => 2,
    };
    bytes
        .get(at..at + len)
        .and_then(|c| std::str::from_utf8(c).ok())
        .and_then(|c| c.chars().next())
        .is_some_and(is_word_char)
}

/// What a char of U+0080 to U+00FF is to `copied_word_end`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Latin1 {
    /// Not a word char ("«", "×").
    Separator,
    /// A word char that folds to itself ("ã", "º").
    Copied,
    /// A word char that folds to another (the capitals "À" to "Þ").
    Folded,
}

/// The class of U+0080 + `i`: the letters and digits below U+00C0 ("ª", "²", "µ", "º",
/// "¼"...), the capitals from U+00C0 to U+00DE but "×", the lowercase letters from
/// U+00DF on but "÷" (`latin1_classes_are_the_folds` checks every char).
static LATIN1_CLASS: [Latin1; 128] = {
    let mut table = [Latin1::Separator; 128];
    let below_c0 = [0xaa, 0xb2, 0xb3, 0xb5, 0xb9, 0xba, 0xbc, 0xbd, 0xbe];
    let mut k = 0;
    while k < below_c0.len() {
        table[below_c0[k] - 0x80] = Latin1::Copied;
        k += 1;
    }
    let mut c = 0xc0;
    while c <= 0xff {
        table[c - 0x80] = match c {
            0xd7 | 0xf7 => Latin1::Separator,
            0xc0..=0xde => Latin1::Folded,
            _ => Latin1::Copied,
        };
        c += 1;
    }
    table
};

/// The length of the run of word chars `rest` starts with.
fn word_len(rest: &str) -> usize {
    rest.char_indices()
        .find(|&(_, c)| !is_word_char(c))
        .map_or(rest.len(), |(offset, _)| offset)
}

/// The key of one folded word, by which the term index finds the forms starting with it.
pub(crate) fn word_key(word: &str) -> u64 {
    word_key_of_bytes(word.as_bytes())
}

/// [`word_key`] of a folded word's bytes: what hashing the `str` does (its bytes, then
/// a 0xff byte), without the slicing of a `str` at char boundaries.
#[inline(always)]
fn word_key_of_bytes(word: &[u8]) -> u64 {
    use std::hash::Hasher;
    let mut h = rustc_hash::FxHasher::default();
    h.write(word);
    h.write_u8(0xff);
    h.finish()
}

/// The key of a pair of adjacent folded words, from their [`word_key`]s: the text's
/// words are hashed once each, not again for each pair they are in.
pub(crate) fn pair_key(first: u64, second: u64) -> u64 {
    (first.rotate_left(5) ^ second)
        .wrapping_mul(0xf135_7aea_2e62_a9c5)
        .rotate_left(26)
}

/// Lowercase NFC of one word, appended to `out`.
pub(crate) fn fold_word_into(word: &str, out: &mut String) {
    // Every char below U+0300 is in NFC on its own with combining class 0, so a word of
    // them (nearly every Latin-script word) is in NFC without the quick check's table
    // look-up per char; `below_combining_marks_is_nfc` checks the claim char by char.
    let from = out.len();
    for c in word.chars() {
        match c {
            // ASCII and Latin-1 (most Portuguese letters) by arithmetic, as Unicode's
            // tables fold them (`latin1_fold_is_unicodes` checks every char).
            'A'..='Z' | '\u{c0}'..='\u{d6}' | '\u{d8}'..='\u{de}' => {
                out.push(char::from_u32(c as u32 + 0x20).unwrap_or(c));
            }
            '\0'..='\u{b3}' | '\u{b5}'..='\u{ff}' => out.push(c),
            '\u{b4}' | '\u{100}'..='\u{2ff}' => out.extend(c.to_lowercase().map(fold_typography)),
            _ => {
                out.truncate(from);
                return fold_word_slowly(word, out);
            }
        }
    }
}

/// Lowercase NFC of one word with a char from U+0300 on.
fn fold_word_slowly(word: &str, out: &mut String) {
    if is_nfc_quick(word.chars()) == IsNormalized::Yes {
        for c in word.chars() {
            if c.is_ascii() {
                // An ASCII word char is a letter or digit: no typography to fold.
                out.push(c.to_ascii_lowercase());
            } else {
                out.extend(c.to_lowercase().map(fold_typography));
            }
        }
    } else {
        out.extend(word.nfc().flat_map(char::to_lowercase).map(fold_typography));
    }
}

/// The words of a short string (a glossary form), folded, with the separators between
/// them folded too: white space to one space, the hyphen family to "-", apostrophes to "'".
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub(crate) struct FormWords {
    pub words: Vec<String>,
    /// `gaps[i]` sits between `words[i]` and `words[i + 1]`.
    pub gaps: Vec<String>,
}

impl FormWords {
    pub fn new(form: &str) -> Self {
        let mut tokens = Tokens::default();
        tokens.fill(form, 0);
        FormWords::from_tokens(form, &tokens)
    }

    /// The words and gaps of `form`, already split into `tokens`.
    pub fn from_tokens(form: &str, tokens: &Tokens) -> Self {
        let words = (0..tokens.len())
            .map(|i| tokens.folded(i).to_string())
            .collect();
        let gaps = tokens
            .tokens
            .windows(2)
            .map(|w| fold_gap(&form[w[0].range.end..w[1].range.start]))
            .collect();
        FormWords { words, gaps }
    }
}

/// The folded form of the text between two words.
pub(crate) fn fold_gap(gap: &str) -> String {
    let mut out = String::with_capacity(gap.len());
    let mut in_space = false;
    for c in gap.chars() {
        if c.is_whitespace() {
            if !in_space {
                out.push(' ');
            }
            in_space = true;
        } else {
            in_space = false;
            out.push(fold_typography(c));
        }
    }
    out
}

/// Whether the text between two words folds to `expected`, without allocating.
pub(crate) fn gap_matches(gap: &str, expected: &str) -> bool {
    if gap == expected {
        return true;
    }
    let mut want = expected.chars();
    let mut in_space = false;
    for c in gap.chars() {
        if c.is_whitespace() {
            if !in_space && want.next() != Some(' ') {
                return false;
            }
            in_space = true;
        } else {
            in_space = false;
            if want.next() != Some(fold_typography(c)) {
                return false;
            }
        }
    }
    want.next().is_none()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn below_combining_marks_is_nfc() {
        use unicode_normalization::char::canonical_combining_class;
        for c in ('\0'..'\u{300}').filter(|&c| is_word_char(c)) {
            assert_eq!(is_nfc_quick([c, c].into_iter()), IsNormalized::Yes, "{c:?}");
            assert_eq!(canonical_combining_class(c), 0, "{c:?}");
            let mut fast = String::new();
            fold_word_into(&c.to_string(), &mut fast);
            let slow: String = c
                .to_string()
                .nfc()
                .flat_map(char::to_lowercase)
                .map(fold_typography)
                .collect();
            assert_eq!(fast, slow, "{c:?}");
        }
    }

    /// What `fold_word_into` gave before its Latin-1 arithmetic, for one char.
    fn fold_by_tables(c: char) -> String {
        let word = c.to_string();
        if is_nfc_quick(word.chars()) != IsNormalized::Yes {
            return word
                .nfc()
                .flat_map(char::to_lowercase)
                .map(fold_typography)
                .collect();
        }
        if c.is_ascii() {
            return c.to_ascii_lowercase().to_string();
        }
        c.to_lowercase().map(fold_typography).collect()
    }

    #[test]
    fn latin1_fold_is_unicodes() {
        for c in ('\0'..'\u{800}').chain(['İ', 'ẞ', 'Ω', '\u{2011}']) {
            let mut fast = String::from("x");
            fold_word_into(&c.to_string(), &mut fast);
            assert_eq!(fast, format!("x{}", fold_by_tables(c)), "{c:?}");
        }
    }

    #[test]
    fn byte_tables_are_the_byte_classes() {
        for b in 0..=255u8 {
            let separator = b.is_ascii() && !b.is_ascii_alphanumeric();
            assert_eq!(ASCII_SEPARATOR[b as usize], separator, "{b}");
            assert_eq!(
                ASCII_ALPHANUMERIC[b as usize],
                b.is_ascii_alphanumeric(),
                "{b}"
            );
        }
    }

    /// The classes `copied_word_end` reads Latin-1 chars by are the word chars and folds
    /// of the slow path, char by char.
    #[test]
    fn latin1_classes_are_the_folds() {
        for c in '\u{80}'..='\u{ff}' {
            let mut folded = String::new();
            fold_word_into(&c.to_string(), &mut folded);
            let want = match (is_word_char(c), folded == c.to_string()) {
                (false, _) => Latin1::Separator,
                (true, true) => Latin1::Copied,
                (true, false) => Latin1::Folded,
            };
            assert_eq!(LATIN1_CLASS[c as usize - 0x80], want, "{c:?}");
        }
    }

    /// The key of a word's bytes is the hash of its `str` (the index's keys of forms and
    /// the text's keys of words must agree, however each is computed).
    #[test]
    fn byte_keys_are_str_hashes() {
        use std::hash::{Hash, Hasher};
        for word in [
            "",
            "a",
            "ação",
            "interactiva",
            "abcdefghijklmnopqrstuvwxyz0123",
        ] {
            let mut h = rustc_hash::FxHasher::default();
            word.hash(&mut h);
            assert_eq!(word_key(word), h.finish(), "{word:?}");
        }
    }

    #[test]
    fn latin_fast_path_agrees_with_unicode() {
        for c in ('\u{c0}'..='\u{24f}').chain(['a', 'Z', '0', ' ', '\u{301}', 'ɐ', '×']) {
            assert_eq!(
                is_word_char(c),
                c.is_alphanumeric() || is_combining_mark(c),
                "{c:?}"
            );
        }
    }

    fn words(text: &str) -> Vec<String> {
        let mut t = Tokens::default();
        t.fill(text, 0);
        (0..t.len()).map(|i| t.folded(i).to_string()).collect()
    }

    #[test]
    fn splits_at_apostrophes_hyphens_and_punctuation() {
        assert_eq!(words("Wonson’s Resort"), ["wonson", "s", "resort"]);
        assert_eq!(
            words("norte-coreano, 30.000!"),
            ["norte", "coreano", "30", "000"]
        );
        assert_eq!(words("«Coréia»—ÉPOCA"), ["coréia", "época"]);
    }

    /// Maximal runs of word chars, folded: what `fill` must give, however fast.
    fn reference(text: &str) -> Vec<(usize, usize, String)> {
        let mut out = Vec::new();
        let mut start = None;
        for (i, c) in text.char_indices().chain([(text.len(), ' ')]) {
            match (start, i < text.len() && is_word_char(c)) {
                (None, true) => start = Some(i),
                (Some(from), false) => {
                    let mut folded = String::new();
                    fold_word_into(&text[from..i], &mut folded);
                    out.push((from, i, folded));
                    start = None;
                }
                _ => {}
            }
        }
        out
    }

    #[test]
    fn ascii_fast_path_splits_as_word_chars_do() {
        let texts = [
            "Ação ABC1 x’s «Wonson’s» norte-coreano 30.000! e\u{301}le Ωmega maçã2x",
            "ASCIIthenção çãoASCII a\u{301}b \u{a0}fim\u{2009}.",
            "Word’s WORD—Ünïcode İstanbul ÀÉÎÕÜ×Ø÷Þß µª²´x DŽemal ʼOK ПРАВДА 中文 end",
            "x—",
            "ação AÇÃO naïve ÑANDÚ aß ÿŸ æøå ÆØÅ ªº²³¹¼µ a×b c÷d ção\u{301} á\u{300}x",
            "«é» ´x ¡Olá! ¿Qué? §1 °C 3½ ção, Ção; çÃo—€5 ł Łódź",
            "é",
            "",
            "só",
            "x",
        ];
        for text in texts {
            let mut t = Tokens::default();
            t.fill(text, 0);
            for i in 0..t.len() {
                assert_eq!(t.key(i), word_key(t.folded(i)), "{text:?} word {i}");
            }
            let got: Vec<(usize, usize, String)> = (0..t.len())
                .map(|i| {
                    (
                        t.tokens[i].range.start,
                        t.tokens[i].range.end,
                        t.folded(i).to_string(),
                    )
                })
                .collect();
            assert_eq!(got, reference(text), "{text:?}");
        }
    }

    #[test]
    fn folds_decomposed_accents() {
        assert_eq!(words("Core\u{301}ia"), ["coréia"]);
    }

    #[test]
    fn ranges_point_into_the_text() {
        let mut t = Tokens::default();
        t.fill("a Coréia!", 10);
        assert_eq!(t.tokens[1].range, ByteRange::new(12, 19));
    }

    #[test]
    fn gaps_fold() {
        let f = FormWords::new("Coréia  do\u{2011}Norte d’água");
        assert_eq!(f.words, ["coréia", "do", "norte", "d", "água"]);
        assert_eq!(f.gaps, [" ", "-", " ", "'"]);
        assert!(gap_matches(" \n ", " "));
        assert!(gap_matches("\u{2019}", "'"));
        assert!(!gap_matches(", ", " "));
    }
}
