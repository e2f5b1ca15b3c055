//! A fact of the whole document for the heading pass: whether it writes a word as a name
//! in its body text. A title-case heading capitalises every word, so a heading alone
//! cannot tell a product's or a program element's name ("GNU Parted", "pasta Shared",
//! "instrução Function") from English MT left in; the body text can. It names the thing
//! inside its sentences, capitalised after a lowercase word ("use o GNU Parted para…"),
//! and never writes the word in lowercase. MT leaves an English word in lowercase where
//! its source did, and capitalised where its source did (a label: "Initialize Mask da
//! Layer"), so a word the document also writes in lowercase ("a layer ativa") is no name.
//!
//! Asked only for the words of a heading line the pass is about to report, and answered
//! once per word by one search (two for a word whose capital is not its only difference
//! from its lowercase form) of the part being checked (the whole document,
//! or a 128 KiB part of a large file): a document with no such heading pays nothing.

use rustc_hash::FxHashMap;

use crate::analysis::plain_english::heading_shaped;

/// The answers found so far for one part of one text.
#[derive(Debug, Default)]
pub(crate) struct BodyNames {
    /// The text the answers are of (its address and length): the classes of a part are
    /// found for one text, but a memo outliving it must not answer for another.
    text: (usize, usize),
    /// The part of the text searched: the document, or the part of a large file checked
    /// on its own (128 KiB: a search of the whole of a 5 MB file for each part's words
    /// cost 15% more instructions on MT; the source-aware rules read a part as their
    /// discourse too). Empty: the whole text.
    part: std::ops::Range<usize>,
    answers: FxHashMap<Box<str>, bool>,
}

impl BodyNames {
    /// Searches only `part` of the text from now on (the part being checked).
    pub fn within(&mut self, part: std::ops::Range<usize>) {
        if self.part != part {
            self.answers.clear();
            self.part = part;
        }
    }

    /// Whether `text` writes `word` (as spelt, capitalised) as a name: inside a sentence of
    /// its body text (not at a line's or a sentence's start, not on a heading-shaped or a
    /// numbered line), and nowhere in lowercase.
    /// `english` tells the English function words Portuguese has not ("and", "of"): an
    /// English name or title cited in the body has them before its words ("Simple
    /// Authentication and Security Layer").
    pub fn written_as_name(
        &mut self,
        text: &str,
        word: &str,
        english: &dyn Fn(&str) -> bool,
    ) -> bool {
        let key = (text.as_ptr() as usize, text.len());
        if self.text != key {
            self.answers.clear();
            self.text = key;
        }
        if let Some(&answer) = self.answers.get(word) {
            return answer;
        }
        let part = if self.part.is_empty() || self.part.end > text.len() {
            0..text.len()
        } else {
            self.part.clone()
        };
        let answer = search(text, part, word, english);
        self.answers.insert(word.into(), answer);
        answer
    }
}

/// Whether `text[part]` writes `word` as a name and nowhere in lowercase. A capitalised
/// word differs from its lowercase form in its first letter only, most often: one scan
/// for the rest of the word finds both forms (a heading word the part never writes in
/// lowercase took two scans of the part, a megabyte each in a large file).
fn search(
    text: &str,
    part: std::ops::Range<usize>,
    word: &str,
    english: &dyn Fn(&str) -> bool,
) -> bool {
    let lower = word.to_lowercase();
    if word.is_empty() || lower == word {
        return false;
    }
    match one_scan(word, &lower) {
        Some((capital, small, tail)) => {
            search_tail(text, part, (word, &lower), (capital, small, tail), english)
        }
        None => search_twice(text, part, word, &lower, english),
    }
}

/// The rest of a word after a first letter that alone differs from its lowercase form,
/// when long enough to scan for (a short rest would stop on most words of the text) and
/// of letters and digits only: then a whole-word use of either form is never inside
/// another use, and scanning for the rest finds each.
fn one_scan<'w>(word: &'w str, lower: &str) -> Option<(char, char, &'w str)> {
    /// The fewest bytes of the rest scanned for.
    const TAIL: usize = 3;
    let capital = word.chars().next()?;
    let small = lower.chars().next()?;
    let tail = &word[capital.len_utf8()..];
    (tail.len() >= TAIL
        && word.chars().all(char::is_alphanumeric)
        && lower[small.len_utf8()..] == *tail)
        .then_some((capital, small, tail))
}

/// [`search`] by one scan for the word's rest, each hit judged by the letter before it.
fn search_tail(
    text: &str,
    part: std::ops::Range<usize>,
    (word, lower): (&str, &str),
    (capital, small, tail): (char, char, &str),
    english: &dyn Fn(&str) -> bool,
) -> bool {
    let (from, bytes) = (part.start, &text.as_bytes()[part]);
    let finder = memchr::memmem::Finder::new(tail.as_bytes());
    let mut named = false;
    let mut next = 0;
    // Overlapping hits: "aaaa" of "Aaaa" holds the rest "aaa" twice.
    while let Some(found) = bytes.get(next..).and_then(|rest| finder.find(rest)) {
        let at = from + next + found;
        next += found + 1;
        let end = at + tail.len();
        let before = text[..at].chars().next_back();
        if before == Some(small) {
            let start = end - lower.len();
            if start >= from && whole_word(text, start, end) {
                return false;
            }
        } else if before == Some(capital) && !named {
            let start = end - word.len();
            named = start >= from && whole_word(text, start, end) && named_at(text, start, english);
        }
    }
    named
}

/// [`search`] by two scans of `text[part]`: for `word` in lowercase (English left wherever
/// its source wrote it so: most heading words, found soonest), then used as a name in
/// body text.
fn search_twice(
    text: &str,
    part: std::ops::Range<usize>,
    word: &str,
    lower: &str,
    english: &dyn Fn(&str) -> bool,
) -> bool {
    let (from, bytes) = (part.start, &text.as_bytes()[part]);
    let lowercase = memchr::memmem::find_iter(bytes, lower.as_bytes())
        .any(|at| whole_word(text, from + at, from + at + lower.len()));
    !lowercase
        && memchr::memmem::find_iter(bytes, word.as_bytes()).any(|at| {
            whole_word(text, from + at, from + at + word.len())
                && named_at(text, from + at, english)
        })
}

/// Whether `text[start..end]` is a word of its own, not part of a longer one.
fn whole_word(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
}

/// Whether the word at `at` is used as a name in body text: inside a sentence of a body
/// line, and, in a quotation, in one of capitalised words only (“Median”, not a section's
/// title cited in full: “Configuring o Teclado”).
fn named_at(text: &str, at: usize, english: &dyn Fn(&str) -> bool) -> bool {
    let bytes = text.as_bytes();
    let start = memchr::memrchr(b'\n', &bytes[..at]).map_or(0, |nl| nl + 1);
    let end = memchr::memchr(b'\n', &bytes[at..]).map_or(text.len(), |nl| at + nl);
    let line = &text[start..end];
    let at = at - start;
    inside_sentence(line, at, english)
        && !heading_shaped(line)
        && !numbered(line)
        && quotation_around(line, at).is_none_or(|q| {
            q.split_whitespace()
                .all(|w| w.starts_with(char::is_uppercase) || !w.chars().any(char::is_alphabetic))
        })
}

/// The quotation of `line` that holds byte `at`, if any: “…”, «…» or "…".
fn quotation_around(line: &str, at: usize) -> Option<&str> {
    let before = &line[..at];
    for (open, close) in [('“', '”'), ('«', '»'), ('"', '"')] {
        let opened = if open == close {
            before.matches(open).count() % 2 == 1
        } else {
            before.rfind(open) > before.rfind(close)
        };
        if let (true, Some(from)) = (opened, before.rfind(open)) {
            let end = line[at..].find(close).map_or(line.len(), |i| at + i);
            return Some(&line[from + open.len_utf8()..end]);
        }
    }
    None
}

/// Whether the word at `at` stands inside a sentence, as a name does: after a lowercase
/// word or an acronym ("o GNU Parted", "a pasta Shared"), a comma or a closing mark
/// (opening quotation marks and brackets aside: "o filtro “Median”"). Not after a
/// capitalised word (the sentence's first, "A Layer final", or a label's: "Ferramentas From
/// Selection"), a sentence's mark, a colon, a dash or a number.
fn inside_sentence(line: &str, at: usize, english: &dyn Fn(&str) -> bool) -> bool {
    /// An acronym before a name ("GNU Parted") has at least this many capitals.
    const ACRONYM: usize = 2;
    let before = line[..at].trim_end_matches(['"', '“', '‘', '\'', '«', '(', '[', '*', '_']);
    let words = before.trim_end_matches([' ', '\t', '\u{a0}']);
    if words.len() == before.len() {
        return false; // a line's start, or glued to a mark ("/Shared", "-Function")
    }
    let Some(last) = words.chars().next_back() else {
        return false;
    };
    if matches!(last, ',' | ';' | ')' | ']' | '"' | '”' | '’' | '»') {
        return true;
    }
    let word_start = words
        .rfind(|c: char| !(c.is_alphanumeric() || c == '-' || c == '\'' || c == '’'))
        .map_or(0, |i| {
            i + words[i..].chars().next().map_or(1, char::len_utf8)
        });
    let previous = &words[word_start..];
    (previous.starts_with(char::is_lowercase) && !english(previous))
        || (previous.chars().filter(|c| c.is_uppercase()).count() >= ACRONYM
            && previous
                .chars()
                .all(|c| c.is_uppercase() || !c.is_alphabetic()))
}

/// Whether a line opens with a section number ("6.17.4. Para What o Size…?", "2.1 "): a
/// heading, whatever its end.
fn numbered(line: &str) -> bool {
    line.split_whitespace().next().is_some_and(|first| {
        first.chars().any(|c| c.is_ascii_digit())
            && first.chars().all(|c| c.is_ascii_digit() || c == '.')
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn named(text: &str, word: &str) -> bool {
        BodyNames::default().written_as_name(text, word, &|w| ["and", "of", "the"].contains(&w))
    }

    #[test]
    fn a_word_capitalised_inside_a_sentence_of_body_text_is_a_name() {
        let text = "Usar o Parted\n\nPara redimensionar, abra o GNU Parted e escolha a partição.\n";
        assert!(named(text, "Parted"));
        // Quoted inside a sentence: a filter's name.
        let text = "Filtro Median\n\nO filtro “Median” suaviza a imagem sem perder as bordas.\n";
        assert!(named(text, "Median"));
    }

    #[test]
    fn a_word_at_a_start_on_a_heading_or_in_lowercase_is_no_name() {
        // Capitalised only on heading lines and at starts.
        assert!(!named("Atualização do System\n\nSystem novo, diz o texto. System velho.\n6.2. O System de casa\n", "System"));
        // After a capitalised word: a sentence's first word, a label's words.
        assert!(!named(
            "A Layer final, combinada, deve ser assim.\nFerramentas From Selection, diz o menu.\n",
            "Layer"
        ));
        assert!(!named(
            "A Layer final, combinada, deve ser assim.\nFerramentas From Selection, diz o menu.\n",
            "Selection"
        ));
        // A numbered heading that ends with a question mark.
        assert!(!named("6.17.4. Para que serve o Size da tela?\n", "Size"));
        // Also written in lowercase: English left wherever the source wrote it so.
        assert!(!named(
            "Initialize Mask da Layer para: branco.\nA layer ativa fica acima.\n",
            "Layer"
        ));
        // A title cited in full, an English name's expansion.
        assert!(!named(
            "Veja a secção 8.1.2, “Configuring o Teclado”, para isso.\n",
            "Configuring"
        ));
        assert!(!named(
            "O SASL (Simple Authentication and Security Layer) autentica o utilizador.\n",
            "Security"
        ));
        // Part of a longer word, or glued to a path's mark.
        let text = "Use os Systems e a pasta /Shared para isso, disse ele.\n";
        assert!(!named(text, "System"));
        assert!(!named(text, "Shared"));
    }

    #[test]
    fn one_scan_answers_as_two_scans_do() {
        let english = |w: &str| ["and", "of", "the"].contains(&w);
        let texts = [
            "Usar o Parted\n\nabra o GNU Parted e escolha.\n",
            "O filtro Aaaa corta.\nxaaaa e aaaa, e o Aaaa.\n",
            "O filtro Aaaa corta.\n",
            "Rotate\n\nuse o Rotated e o Rotate, não o xRotate.\n",
            "a pasta Shared fica, mas shared é outra.\n",
            "a pasta Shared fica.\nÁrvore, a Árvore e a árvore.\n",
        ];
        for text in texts {
            for word in ["Parted", "Aaaa", "Rotate", "Shared", "Árvore"] {
                let lower = word.to_lowercase();
                let Some(scan) = one_scan(word, &lower) else {
                    panic!("{word} is scanned once");
                };
                for start in [0, 1, 5, 20] {
                    let part = start.min(text.len())..text.len();
                    if !text.is_char_boundary(part.start) {
                        continue;
                    }
                    let once = search_tail(text, part.clone(), (word, &lower), scan, &english);
                    let twice = search_twice(text, part, word, &lower, &english);
                    assert_eq!(once, twice, "{word} in {text:?} from {start}");
                }
            }
        }
        // Words the one scan leaves to two: short, or not only their capital differs.
        assert!(one_scan("Go", "go").is_none());
        assert!(one_scan("GNU", "gnu").is_none());
        assert!(one_scan("Wi-fi", "wi-fi").is_none());
        assert!(named("Usar o Aaaa\n\nabra o GNU Aaaa e escolha.\n", "Aaaa"));
        assert!(!named("Usar o Aaaa\n\nabra o GNU Aaaa e aaaa.\n", "Aaaa"));
    }
}
