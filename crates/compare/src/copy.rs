//! Text left in the source language: a target identical to its source, and target
//! spans copied from the source that are ordinary source-language words ("Tap Settings.",
//! "Hi!", "bloody and mangled"), not names, numbers, code or quoted titles.

use crate::words::{find_words, word_spans};
use crate::Span;

/// What a caller knows about the words of the two languages.
pub struct Lexicons<'a> {
    /// Whether a lowercase word is an ordinary word of the source language.
    pub is_source_word: &'a dyn Fn(&str) -> bool,
    /// Whether a lowercase word is an ordinary word of the target language (a loanword
    /// such as "show" or "online" is at home in both).
    pub is_target_word: &'a dyn Fn(&str) -> bool,
}

/// Whether a word is left in the source language: a source word that the target
/// language does not have, and not a name of the source (`names`: the source's name
/// words, as `names::find_names` finds them).
fn is_foreign(word: &str, lex: &Lexicons<'_>, names: &[&str]) -> bool {
    could_be_foreign(word, names) && is_foreign_lower(&word.to_lowercase(), lex)
}

/// The tests of [`is_foreign`] that need no look-up: a word with a letter, no digit and
/// no underscore, and not a name of the source.
fn could_be_foreign(word: &str, names: &[&str]) -> bool {
    !names.contains(&word)
        && word.chars().any(char::is_alphabetic)
        && !word.chars().any(|c| c.is_ascii_digit() || c == '_')
}

/// The look-ups of [`is_foreign`], on the word in lowercase.
fn is_foreign_lower(lower: &str, lex: &Lexicons<'_>) -> bool {
    (lex.is_source_word)(lower) && !(lex.is_target_word)(lower)
}

/// The words of a lowercase source, for asking whether a target word occurs in it as a
/// whole word without scanning it for every word of the target.
struct SourcePieces<'s> {
    lower_source: &'s str,
    /// The source cut at every char that is no word char of [`find_words`] (a letter, a
    /// digit or a hyphen). A segment has a few dozen: comparing lengths first, a scan
    /// costs less than sorting them.
    pieces: Vec<&'s str>,
}

impl<'s> SourcePieces<'s> {
    fn new(lower_source: &'s str) -> SourcePieces<'s> {
        let pieces: Vec<&str> = lower_source
            .split(|c: char| !(c.is_alphanumeric() || c == '-'))
            .filter(|p| !p.is_empty())
            .collect();
        SourcePieces {
            lower_source,
            pieces,
        }
    }

    /// `find_words(lower_source, lower).is_some()`. A word of letters and digits only
    /// matches exactly a piece between two chars that are no word chars, so the pieces
    /// answer; a word with an inner joiner ("don't", "jae-in", which
    /// also matches "jae in") takes the whole search.
    fn has(&self, lower: &str) -> bool {
        if lower.chars().all(char::is_alphanumeric) {
            self.pieces.contains(&lower)
        } else {
            find_words(self.lower_source, lower).is_some()
        }
    }
}

/// `word` in lowercase, into `buf` (ASCII without an allocation).
fn lowercase_into<'b>(word: &str, buf: &'b mut String) -> &'b str {
    buf.clear();
    if word.is_ascii() {
        buf.push_str(word);
        buf.make_ascii_lowercase();
    } else {
        buf.push_str(&word.to_lowercase());
    }
    buf
}

/// Whether `target` is `source` unchanged while holding a word of the source language
/// (a segment of names, numbers or code may stay as it is).
pub fn identical(source: &str, target: &str, lex: &Lexicons<'_>, names: &[&str]) -> bool {
    source.trim() == target.trim()
        && word_spans(target)
            .iter()
            .any(|w| is_foreign(&target[w.clone()], lex, names))
}

/// Runs of target words copied from the source (each word found in the source as a
/// whole word) that are source-language words, outside quotation marks.
pub fn copied_spans(source: &str, target: &str, lex: &Lexicons<'_>, names: &[&str]) -> Vec<Span> {
    let words = copied_words(source, target, lex);
    join_copied(
        target,
        words
            .into_iter()
            .filter(|w| !names.contains(&&target[w.clone()])),
    )
}

/// The words of [`copied_spans`] before the source's names are taken out, one span each
/// (join them with [`join_copied`]). A name takes its word out and nothing else: a caller
/// finds the names (the costly part) only when some word is left, and filters these.
pub fn copied_words(source: &str, target: &str, lex: &Lexicons<'_>) -> Vec<Span> {
    let quoted = quoted_spans(target);
    let lower_source = source.to_lowercase();
    let in_source = SourcePieces::new(&lower_source);
    let mut lower = String::new();
    let spans = word_spans(target);
    let mut out = Vec::new();
    for (k, w) in spans.iter().cloned().enumerate() {
        let word = &target[w.clone()];
        // The tests without a look-up first, then whether the source has the word (most
        // target words are not the source's), then the word lists.
        if !could_be_foreign(word, &[])
            || !in_source.has(lowercase_into(word, &mut lower))
            || !is_foreign_lower(&lower, lex)
            || mixed_case(word)
            || inside_kept_name(source, target, &spans, k)
            || quoted.iter().any(|q| q.start <= w.start && w.end <= q.end)
            || (word.starts_with(char::is_uppercase) && !starts_sentence(&target[..w.start]))
            || (word.starts_with(char::is_uppercase) && titled_in(source, word))
        {
            continue;
        }
        out.push(w);
    }
    out
}

/// Copied words (in order) joined into runs: words separated only by spaces and commas
/// inside a clause are one run.
pub fn join_copied(target: &str, words: impl IntoIterator<Item = Span>) -> Vec<Span> {
    let mut out: Vec<Span> = Vec::new();
    for w in words {
        match out.last_mut() {
            Some(last)
                if target[last.end..w.start]
                    .chars()
                    .all(|c| c == ' ' || c == ',') =>
            {
                last.end = w.end
            }
            _ => out.push(w),
        }
    }
    out
}

/// Whether a word has a capital after its first letter: an acronym or a keyword ("LIKE",
/// "TYPE failed") or an identifier ("RegExp", "eXtended Physical Address"), written as the
/// program or the name spells it, not prose.
fn mixed_case(word: &str) -> bool {
    word.chars().skip(1).any(char::is_uppercase)
}

/// Whether the lowercase word `k` of `target` is the inside of a name the target keeps
/// from the source: it and the lowercase words around it stand between two capitalised
/// words, and that whole stretch is written so in the source ("Member of the Welsh
/// Parliament", "Citizens for Responsibility and Ethics", "Loongson MultiMedia extensions
/// Instructions"). The small words of a name are part of it, not English left in.
fn inside_kept_name(source: &str, target: &str, spans: &[Span], k: usize) -> bool {
    /// Names join their words with at most this many lowercase ones ("of the").
    const MAX_INNER: usize = 3;
    let capital = |i: usize| target[spans[i].clone()].starts_with(char::is_uppercase);
    // Only spaces between the words of a name.
    let joined = |a: usize, b: usize| target[spans[a].end..spans[b].start] == *" ";
    if capital(k) {
        return false;
    }
    let mut first = k;
    while first > 0 && joined(first - 1, first) && !capital(first) && k - first < MAX_INNER {
        first -= 1;
    }
    let mut last = k;
    while last + 1 < spans.len() && joined(last, last + 1) && !capital(last) && last - k < MAX_INNER
    {
        last += 1;
    }
    capital(first)
        && capital(last)
        && first < k
        && k < last
        && find_words(source, &target[spans[first].start..spans[last].end]).is_some()
}

/// Whether a word after `before` starts a sentence. A capitalised word inside a
/// sentence is part of a name or a title ("Salt Lake City", "Still Game"), kept on
/// purpose. Initials do not end a sentence ("the U.S. Drought Monitor").
fn starts_sentence(before: &str) -> bool {
    let trimmed = before.trim_end_matches(|c: char| c.is_whitespace() || "\"'“”‘’«»(".contains(c));
    if trimmed.is_empty() {
        return true;
    }
    if trimmed.ends_with('.') && ends_with_initials(trimmed) {
        return false;
    }
    trimmed.ends_with(['.', '!', '?', ':'])
}

/// Whether text ends with initials written with full stops ("U.S.", "D.C."): two or more
/// capitals, each followed by a full stop.
fn ends_with_initials(text: &str) -> bool {
    let last = text.rsplit(char::is_whitespace).next().unwrap_or("");
    let letters = last.chars().filter(|c| c.is_alphabetic()).count();
    letters >= 2
        && last.chars().all(|c| c.is_uppercase() || c == '.')
        && last.split('.').all(|p| p.chars().count() <= 1)
}

/// Whether the source writes `word`, capitalised, inside a sentence: a title or a name
/// there ("- Proud by Heather Small"), kept as written wherever the target puts it (after
/// a colon: "a música: Proud").
fn titled_in(source: &str, word: &str) -> bool {
    let mut from = 0;
    while let Some(span) = find_words(&source[from..], word) {
        let at = from + span.start;
        if !starts_sentence(&source[..at]) {
            return true;
        }
        from += span.end;
    }
    false
}

/// Spans between paired quotation marks (“…”, «…», "…", '…' when it opens after a
/// space): quoted titles and terms are quoted on purpose.
pub fn quoted_spans(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    for (open, close) in [('“', '”'), ('«', '»'), ('"', '"'), ('‘', '’')] {
        let mut from = 0;
        while let Some(a) = text[from..].find(open).map(|i| i + from) {
            let inner = a + open.len_utf8();
            let Some(b) = text[inner..].find(close).map(|i| i + inner) else {
                break;
            };
            out.push(inner..b);
            from = b + close.len_utf8();
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn en(w: &str) -> bool {
        [
            "tap", "settings", "hi", "bloody", "and", "mangled", "show", "the", "last", "palace",
            "rapper",
        ]
        .contains(&w)
    }

    fn pt(w: &str) -> bool {
        ["show", "rapper", "e"].contains(&w)
    }

    fn lex() -> Lexicons<'static> {
        Lexicons {
            is_source_word: &en,
            is_target_word: &pt,
        }
    }

    #[test]
    fn source_pieces_answer_as_the_whole_search() {
        // The source's words must say what `find_words` says.
        let source = "don't stop: jae-in, o'neill's u.s. well-known  çà 2018 x_y über— end";
        let in_source = SourcePieces::new(source);
        for word in [
            "don",
            "t",
            "don't",
            "stop",
            "jae",
            "in",
            "jae-in",
            "jae in",
            "o",
            "neill",
            "neill's",
            "u",
            "s",
            "u.s",
            "well",
            "known",
            "well-known",
            "çà",
            "2018",
            "x",
            "y",
            "x_y",
            "über",
            "end",
            "nd",
            "top",
            "über—",
            "",
        ] {
            assert_eq!(
                in_source.has(word),
                find_words(source, word).is_some(),
                "{word:?}"
            );
        }
    }

    #[test]
    fn identical_segments() {
        assert!(identical("Tap Settings.", "Tap Settings.", &lex(), &[]));
        assert!(identical("Hi!", "Hi!", &lex(), &[]));
        assert!(!identical("Kim Jong Un", "Kim Jong Un", &lex(), &[]));
        assert!(!identical("2018", "2018", &lex(), &[]));
        assert!(!identical(
            "Tap Settings.",
            "Toque em Configurações.",
            &lex(),
            &[]
        ));
    }

    #[test]
    fn copied_words_outside_quotes() {
        // Apertium en->gl->pt, NTREX: "As patas do meu curmán eram bloody e mangled".
        let src = "\"My cousin's legs were bloody and mangled,\" the cousin said.";
        let mt = "As patas do meu curmán eram bloody e mangled, o curmán disse.";
        let spans: Vec<&str> = copied_spans(src, mt, &lex(), &[])
            .into_iter()
            .map(|s| &mt[s])
            .collect();
        assert_eq!(spans, ["bloody", "mangled"]);
        // A loanword of the target and a quoted title are not reported.
        let src = "The rapper wrote \"The Last Palace\".";
        let human = "O rapper escreveu \"The Last Palace\".";
        assert!(copied_spans(src, human, &lex(), &[]).is_empty());
        // A title the source writes capitalised inside a sentence (NTREX: the song "Proud",
        // after a dash) stays as written, even after a colon in the target.
        let src = "It inspired his song choice - Proud by Heather Small - which he loved.";
        let human = "Isso inspirou sua escolha de música: Proud, de Heather Small.";
        let en2 = |w: &str| ["proud", "song", "choice", "which", "he", "loved"].contains(&w);
        let lex2 = Lexicons {
            is_source_word: &en2,
            is_target_word: &pt,
        };
        assert!(copied_spans(src, human, &lex2, &[]).is_empty());
        // After initials ("U.S.") a capitalised word is inside the sentence.
        let src = "According to the U.S. Drought Monitor, it is dry.";
        let human = "Segundo o U.S. Drought Monitor, está seco.";
        let en3 = |w: &str| ["drought", "monitor", "according", "dry"].contains(&w);
        let lex3 = Lexicons {
            is_source_word: &en3,
            is_target_word: &pt,
        };
        assert!(copied_spans(src, human, &lex3, &[]).is_empty());
        // The small words inside a name kept from the source are part of it (NTREX-128).
        let src = "He chairs Citizens for Responsibility and Ethics in Washington.";
        let human = "Ele preside a Citizens for Responsibility and Ethics em Washington.";
        let en4 = |w: &str| ["for", "and", "chairs", "in"].contains(&w);
        let lex4 = Lexicons {
            is_source_word: &en4,
            is_target_word: &pt,
        };
        assert!(copied_spans(src, human, &lex4, &[]).is_empty());
        // ... but not a word copied between two capitalised words the source parts.
        let mt = "Ele preside a Citizens and Ethics em Washington.";
        let spans: Vec<&str> = copied_spans(src, mt, &lex4, &[])
            .into_iter()
            .map(|s| &mt[s])
            .collect();
        assert_eq!(spans, ["and"]);
        // Keywords and identifiers in capitals (Debian's apt, gettext catalogues).
        let en5 = |w: &str| ["type", "failed", "regexp"].contains(&w);
        let lex5 = Lexicons {
            is_source_word: &en5,
            is_target_word: &pt,
        };
        assert!(copied_spans("TYPE failed", "TYPE falhou", &lex5, &[]).is_empty());
        assert!(copied_spans("a RegExp literal", "um literal RegExp", &lex5, &[]).is_empty());
        // Names of the source are kept on purpose.
        assert!(
            copied_spans("Mr Show arrived.", "O Sr. Show chegou.", &lex(), &["Show"]).is_empty()
        );
    }
}
