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

/// Whether the word at `span` is an item of a list of values the translation keeps from
/// the source: three or more items in a row, each one word of the source, joined by
/// commas, bars, a dash or a conjunction, an item perhaps with a remark in brackets
/// ("um de ultra, fast, normal, slow, ou bad-spellers", "new (padrão), old ou compat",
/// "g - grap, r - refer"). Words joined by spaces alone are a list only when one of them
/// is no word of the source language ("crc newc odc bin ustar tar"); otherwise they are
/// a phrase left in English ("Memory usage limits"), and the two ways do not mix
/// ("similar highs e lows" of an MT is two words left, not a list).
pub fn listed_value(
    source: &str,
    target: &str,
    span: Span,
    is_source_word: &dyn Fn(&str) -> bool,
) -> bool {
    const MIN_ITEMS: usize = 3;
    const CONJUNCTIONS: [&str; 4] = ["ou", "e", "or", "and"];
    // Remarks in brackets; a list inside a bracket is read there.
    let brackets: Vec<Span> = bracketed(target)
        .into_iter()
        .filter(|b| !(b.start <= span.start && span.end <= b.end))
        .collect();
    // The list's items: the target's words outside remarks that are no conjunction.
    let items: Vec<Span> = word_spans(target)
        .into_iter()
        .filter(|w| {
            !brackets
                .iter()
                .any(|b| b.start <= w.start && w.end <= b.end)
        })
        .filter(|w| !CONJUNCTIONS.contains(&&target[w.clone()]))
        .collect();
    let Some(k) = items.iter().position(|w| *w == span) else {
        return false;
    };
    let lower_source = source.to_lowercase();
    let in_source = |i: usize| {
        let w = &target[items[i].clone()];
        w.starts_with(char::is_lowercase) && find_words(&lower_source, &w.to_lowercase()).is_some()
    };
    // What joins items `i` and `i + 1`: Some(true) a list's mark or a conjunction,
    // Some(false) spaces alone, None anything else.
    let joint = |i: usize| -> Option<bool> {
        let (from, to) = (items[i].end, items[i + 1].start);
        let mut gap = String::new();
        let mut at = from;
        for b in brackets.iter().filter(|b| from <= b.start && b.end <= to) {
            gap.push_str(&target[at..b.start - 1]);
            at = (b.end + 1).min(to);
        }
        gap.push_str(&target[at..to]);
        let words: Vec<&str> = gap.split_whitespace().collect();
        let conjunction = words.iter().any(|w| CONJUNCTIONS.contains(w));
        let marks = words.iter().all(|w| {
            CONJUNCTIONS.contains(w) || w.chars().all(|c| [',', ';', '|', '/', '-'].contains(&c))
        });
        marks.then_some(conjunction || !words.is_empty())
    };
    if !in_source(k) {
        return false;
    }
    // The run of items around `k` joined the one way (`marked`: by marks; or by spaces).
    let run = |marked: bool| {
        let (mut first, mut last) = (k, k);
        while first > 0 && in_source(first - 1) && joint(first - 1) == Some(marked) {
            first -= 1;
        }
        while last + 1 < items.len() && in_source(last + 1) && joint(last) == Some(marked) {
            last += 1;
        }
        first..last + 1
    };
    let listed = run(true);
    let spaced = run(false);
    listed.len() >= MIN_ITEMS
        || (spaced.len() >= MIN_ITEMS
            && spaced
                .clone()
                .any(|i| !is_source_word(&target[items[i].clone()].to_lowercase())))
}

/// The insides of round brackets ("padrão" of "new (padrão)"), not nested.
fn bracketed(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(a) = text[from..].find('(').map(|i| i + from + 1) {
        let Some(b) = text[a..].find(')').map(|i| i + a) else {
            break;
        };
        out.push(a..b);
        from = b + 1;
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

/// Whether the capitalised word at `span` of `target` is the source's, kept as a name or
/// a title: the source writes it so (a whole word, same capitals), and the target writes
/// it inside a sentence or the source does (the capitalised words [`copied_words`] leaves
/// out: "Emulador de terminal Enlightened" of "Enlightened Terminal Emulator").
pub fn kept_capitalised(source: &str, target: &str, span: Span) -> bool {
    let word = &target[span.clone()];
    word.starts_with(char::is_uppercase)
        && find_words(source, word).is_some()
        && (!starts_sentence(&target[..span.start]) || titled_in(source, word))
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
    out.extend(single_quoted(text));
    out
}

/// Spans between straight single quotes ("the 'load' operation"): the mark opens after a
/// space, a bracket or the start and closes before one, so that an apostrophe inside a
/// word ("d'água", "O'Neill") opens nothing.
fn single_quoted(text: &str) -> Vec<Span> {
    let marks: Vec<usize> = text.match_indices('\'').map(|(i, _)| i).collect();
    let word_at = |i: usize| text[i..].starts_with(|c: char| c.is_alphanumeric());
    let word_before = |i: usize| text[..i].ends_with(|c: char| c.is_alphanumeric());
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    for m in marks {
        match open {
            None if !word_before(m) && word_at(m + 1) => open = Some(m + 1),
            Some(a) if word_before(m) && !word_at(m + 1) && !text[a..m].contains('\n') => {
                out.push(a..m);
                open = None;
            }
            _ => {}
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

    /// The word of `target` at the first place it occurs, as a span.
    fn at(target: &str, word: &str) -> Span {
        let start = target.find(word).unwrap_or(0);
        start..start + word.len()
    }

    #[test]
    fn values_listed_as_the_source_lists_them() {
        let english = |w: &str| {
            [
                "fast",
                "normal",
                "slow",
                "old",
                "new",
                "bin",
                "or",
                "if",
                "otherwise",
            ]
            .contains(&w)
        };
        // Real Debian pt_BR catalogues: aspell, glibc's libc, cpio, man-db.
        let cases = [
            (
                "one of ultra, fast, normal, slow, or bad-spellers",
                "um de ultra, fast, normal, slow, ou bad-spellers",
                "fast",
            ),
            (
                "Format to use: new (default), old, or compat",
                "Formato para usar: new (padrão), old ou compat",
                "old",
            ),
            (
                "valid formats are:\ncrc newc odc bin ustar tar",
                "formatos válidos são:\ncrc newc odc bin ustar tar",
                "bin",
            ),
            (
                "e - [n]eqn, p - pic, t - tbl,\ng - grap, r - refer, v - vgrind",
                "e - [n]eqn, p - pic, t - tbl,\ng - grap, r - refer, v - vgrind",
                "refer",
            ),
        ];
        for (source, target, word) in cases {
            assert!(
                listed_value(source, target, at(target, word), &english),
                "{target}"
            );
        }
    }

    #[test]
    fn words_copied_outside_a_list_are_no_values() {
        let english = |w: &str| {
            [
                "memory",
                "usage",
                "limits",
                "if",
                "otherwise",
                "fast",
                "normal",
            ]
            .contains(&w)
        };
        let cases = [
            // A phrase left in English: spaces alone join its words (xz).
            ("Memory usage limits:", "Os memory usage limits:", "usage"),
            // Apertium's MT of grep's help: two words and a number are no list.
            ("Exit status is 0 if any line is selected, 1 otherwise;\nif any error occurs",
             "Exit O estado é 0 se qualquer linha está selecionada, 1 otherwise;\nif qualquer erro ocorre", "if"),
            // Apertium's MT of NTREX-128: a phrase and a conjunction are no list.
            ("who had experienced similar highs and lows.", "que experimentava similar highs e lows.", "lows"),
            // Two values are not enough (xz's "(fast, normal; default: ...)").
            ("compression mode (fast, normal; default: depends)", "modo de compressão (fast, normal; padrão: depende)", "fast"),
        ];
        for (source, target, word) in cases {
            assert!(
                !listed_value(source, target, at(target, word), &english),
                "{target}"
            );
        }
    }

    #[test]
    fn straight_single_quotes_around_a_term() {
        // make's pt_BR catalogue; an apostrophe inside a word quotes nothing.
        let text = "A operação 'load' não é suportada; o copo d'água e O'Neill.";
        let quoted: Vec<&str> = quoted_spans(text).into_iter().map(|s| &text[s]).collect();
        assert_eq!(quoted, ["load"]);
        let src = "The 'load' operation is not supported on this platform.";
        let en2 = |w: &str| ["load", "the", "operation"].contains(&w);
        let lex2 = Lexicons {
            is_source_word: &en2,
            is_target_word: &pt,
        };
        assert!(copied_spans(src, text, &lex2, &[]).is_empty());
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
