//! The omission test: a target whose length is an outlier against its source for the
//! language pair, an empty target, and a source with more sentences than its target.
//!
//! The thresholds are data calibrated on human translations
//! (scripts/compare/length_calibrate.py writes them, e.g. mtlint-lexicon's data/pt/length-from-en.tsv), in
//! bands of source length: short segments vary more than long ones.

/// Length-ratio bounds (target chars / source chars) for sources up to `max_source`
/// characters.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Band {
    pub max_source: usize,
    pub low: f64,
    pub high: f64,
}

/// The bands of a language pair, by increasing `max_source`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Thresholds {
    pub bands: Vec<Band>,
}

/// An error in the thresholds' text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    pub line: usize,
    pub message: String,
}

impl std::fmt::Display for ParseError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "line {}: {}", self.line, self.message)
    }
}

impl std::error::Error for ParseError {}

impl Thresholds {
    /// Reads the TSV the calibration script writes: `#` comments, a header, then rows of
    /// `max_source  low  high`.
    pub fn parse(text: &str) -> Result<Thresholds, ParseError> {
        let mut bands = Vec::new();
        let rows = text
            .lines()
            .enumerate()
            .filter(|(_, l)| !l.starts_with('#') && !l.trim().is_empty());
        for (n, line) in rows.skip(1) {
            let err = |message: &str| ParseError {
                line: n + 1,
                message: message.to_string(),
            };
            let cells: Vec<&str> = line.split('\t').collect();
            let [max, low, high] = cells[..] else {
                return Err(err("expected 3 columns"));
            };
            let max_source = max
                .parse()
                .map_err(|_| err("max_source is not a whole number"))?;
            let low: f64 = low.parse().map_err(|_| err("low is not a number"))?;
            let high: f64 = high.parse().map_err(|_| err("high is not a number"))?;
            if !(low > 0.0 && low < high) {
                return Err(err("need 0 < low < high"));
            }
            bands.push(Band {
                max_source,
                low,
                high,
            });
        }
        bands.sort_by_key(|b| b.max_source);
        Ok(Thresholds { bands })
    }

    fn band(&self, source_chars: usize) -> Option<&Band> {
        self.bands
            .iter()
            .find(|b| source_chars <= b.max_source)
            .or(self.bands.last())
    }
}

/// What is wrong with a target's length.
#[derive(Debug, Clone, PartialEq)]
pub enum LengthProblem {
    /// Nothing but spaces, for a source with words.
    Empty,
    /// Shorter than the pair's human translations ever are: something left out.
    TooShort { ratio: f64, low: f64 },
    /// Longer than they ever are: something added or repeated.
    TooLong { ratio: f64, high: f64 },
}

fn chars(text: &str) -> usize {
    text.trim().chars().count()
}

/// The length problem of `target`, if any.
pub fn check(source: &str, target: &str, thresholds: &Thresholds) -> Option<LengthProblem> {
    let s = chars(source);
    if s == 0 || !source.chars().any(char::is_alphanumeric) {
        return None;
    }
    let t = chars(target);
    if t == 0 {
        return Some(LengthProblem::Empty);
    }
    let band = thresholds.band(s)?;
    let ratio = t as f64 / s as f64;
    // A word the source says again ("The connection was not a VLAN connection.") a
    // translation may say once ("A conexão não era VLAN."): short is measured without it.
    let short = ratio < band.low && {
        let said_once = s.saturating_sub(repeated_chars(source)).max(1);
        (t as f64 / said_once as f64) < band.low
    };
    if short {
        Some(LengthProblem::TooShort {
            ratio,
            low: band.low,
        })
    } else if ratio > band.high {
        Some(LengthProblem::TooLong {
            ratio,
            high: band.high,
        })
    } else {
        None
    }
}

/// The chars of the words `text` says again: each later use (with the space before it) of
/// a word of four letters or more that an earlier word of the text is, case aside.
fn repeated_chars(text: &str) -> usize {
    let mut seen: Vec<String> = Vec::new();
    let mut n = 0;
    for word in text.split(|c: char| !c.is_alphanumeric()) {
        if word.chars().count() < 4 {
            continue;
        }
        let lower = word.to_lowercase();
        if seen.contains(&lower) {
            n += word.chars().count() + 1;
        } else {
            seen.push(lower);
        }
    }
    n
}

/// The sentences of a text: ends at ".", "!", "?" (with closing quotes or brackets)
/// before a space and a capital, digit or opening quote, or at the end. Initials and
/// abbreviations ("U.S. officials", "Dr. Ford") are not ends: the word before the dot
/// must be two letters or more, not all capitals, not a capitalised word of four
/// letters or fewer ("Sens.").
pub fn sentence_count(text: &str) -> usize {
    sentence_lengths(text).len()
}

/// The length in characters of each sentence of `text` (as `sentence_count` finds them).
pub fn sentence_lengths(text: &str) -> Vec<usize> {
    let trimmed = text.trim();
    // Room for every char at once: a char is a byte or more (growing the vector as it
    // filled was a third of the count).
    let mut chars: Vec<(usize, char)> = Vec::with_capacity(trimmed.len());
    chars.extend(trimmed.char_indices());
    let mut lengths = Vec::new();
    let mut from = 0;
    let mut has_words = false;
    for (k, &(i, c)) in chars.iter().enumerate() {
        has_words |= c.is_alphanumeric();
        // `matches!`, not `".!?".contains(c)`: a search of the string for every char.
        if !matches!(c, '.' | '!' | '?') || !has_words {
            continue;
        }
        let mut j = k + 1;
        while chars
            .get(j)
            .is_some_and(|&(_, d)| matches!(d, '"' | '\'' | '”' | '’' | ')' | ']' | '»'))
        {
            j += 1;
        }
        let at_end = j >= chars.len();
        // White space after the mark: one space or more (MT output doubles them), or a line
        // break (a wrapped PO message).
        let mut after = j;
        while chars.get(after).is_some_and(|&(_, d)| d.is_whitespace()) {
            after += 1;
        }
        // A sentence may open with markup: "dia. <b>Etiquetas</b> semelhantes…".
        let opens = after + markup_len(&chars[after..]);
        let next_starts = after > j
            && chars.get(opens).is_some_and(|&(_, d)| {
                d.is_uppercase() || d.is_ascii_digit() || "\"“«‘'".contains(d)
            });
        if at_end {
            lengths.push(j - from);
            from = j;
            has_words = false;
            continue;
        }
        if !next_starts {
            continue; // no sentence starts here: the word before the mark is not asked
        }
        // "U.S.", "Dr.", "Mrs.": initials, short capitalised words. An acronym ("HSB.",
        // "GIF.") ends a sentence unless it is part of dotted initials; a full stop after a
        // bracket or a quote ("(CTL).") ends one too.
        let abbreviation = c == '.' && is_abbreviation(&trimmed[..i]);
        // A quotation that ends in "!" or "?" and its attribution are one sentence:
        // `"There's a shark in the water!'" Hammel added.`
        let attributed = c != '.' && j > k + 1 && next_starts && attribution(&chars[after..]);
        if !abbreviation && !attributed {
            lengths.push(j - from);
            from = j;
            has_words = false;
        }
    }
    if has_words {
        lengths.push(chars.len() - from);
    }
    without_letterless(&chars, lengths)
}

/// `lengths` with each sentence that has no letter joined to the one before: "User def. 1"
/// is one sentence, its "1" no sentence of its own after the abbreviation's dot.
fn without_letterless(chars: &[(usize, char)], lengths: Vec<usize>) -> Vec<usize> {
    let mut out: Vec<usize> = Vec::with_capacity(lengths.len());
    let mut at = 0;
    for n in lengths {
        let letters = chars[at..at + n].iter().any(|&(_, c)| c.is_alphabetic());
        match out.last_mut() {
            Some(last) if !letters => *last += n,
            _ => out.push(n),
        }
        at += n;
    }
    out
}

/// How many chars of `rest` are opening markup tags ("<b>", "<span class='x'>"): a tag
/// opens with "<" and a letter and closes within a few dozen chars, on the same line.
fn markup_len(rest: &[(usize, char)]) -> usize {
    /// A tag longer than this is more likely a comparison than markup.
    const MAX_TAG: usize = 40;
    let mut n = 0;
    while rest.get(n).is_some_and(|&(_, c)| c == '<')
        && rest
            .get(n + 1)
            .is_some_and(|&(_, c)| c.is_ascii_alphabetic())
    {
        let Some(close) = rest[n..]
            .iter()
            .take(MAX_TAG)
            .take_while(|&&(_, c)| c != '\n')
            .position(|&(_, c)| c == '>')
        else {
            break;
        };
        n += close + 1;
    }
    n
}

/// Whether the word that ends `before` (a full stop follows it) is initials or an
/// abbreviation: one letter, capitals after a full stop ("U.S."), or a capitalised word
/// of four letters or fewer that is not all capitals ("Dr.", "Sens.").
fn is_abbreviation(before: &str) -> bool {
    // The word's letters from its end: no string is built, a text has many marks.
    let mut n = 0;
    let mut bytes = 0;
    let mut all_caps = true;
    let mut first = None;
    for c in before.chars().rev().take_while(|c| c.is_alphanumeric()) {
        n += 1;
        bytes += c.len_utf8();
        all_caps &= c.is_uppercase();
        first = Some(c);
    }
    let dotted = before[..before.len() - bytes].ends_with('.');
    n > 0
        && (n < 2
            || (all_caps && dotted)
            || (n <= 4 && !all_caps && first.is_some_and(char::is_uppercase)))
}

/// The sentences of a translation, counted the loose way: also where a translator joins
/// two sentences of the source with a semicolon, ends one before a capital after a
/// short word the strict count takes for initials ("Request to drop cache.  See also" →
/// "descartar o cache; veja também"), goes on in lowercase after a question ("Want to
/// know? Start soffice" → "Deseja conhecer? inicie"), or breaks the line before a capital
/// without a full stop. Counting the target generously keeps a joined sentence from
/// reading as a missing one.
fn loose_sentence_count(text: &str) -> usize {
    let mut ends: Vec<usize> = sentence_lengths(text)
        .iter()
        .scan(0, |at, n| {
            *at += n;
            Some(*at)
        })
        .collect();
    let chars: Vec<char> = text.trim().chars().collect();
    for (k, &c) in chars.iter().enumerate() {
        let after = chars[k + 1..].iter().find(|d| !d.is_whitespace()).copied();
        let mark =
            matches!(c, ';' | '!' | '?') && chars.get(k + 1).is_some_and(|d| d.is_whitespace());
        // After a full stop, a capital: a sentence even where the strict count sees
        // initials ("solte-o. Acione", "Posição X. Os", "lista Tipo. Para").
        let stop = c == '.'
            && chars.get(k + 1).is_some_and(|d| d.is_whitespace())
            && after.is_some_and(char::is_uppercase);
        let joined = (mark && after.is_some_and(char::is_alphanumeric)) || stop;
        let line = c == '\n' && after.is_some_and(char::is_uppercase);
        // A break the strict count has already (within two characters) is not new.
        if (joined || line) && !ends.iter().any(|&e| e.abs_diff(k + 1) <= 2) {
            ends.push(k + 1);
        }
    }
    ends.len()
}

/// Source sentences without a counterpart in a translation, by the count of sentences
/// and the length: the source has more sentences than the translation (counted the loose
/// way), and the translation is no longer than the source without its shortest sentence
/// could be in a human translation (the band's `high` ratio). A translation longer than
/// that holds more than all but one sentence of its source: its translator joined two.
pub fn dropped_sentences(source: &str, target: &str, thresholds: &Thresholds) -> usize {
    let (s, t) = (chars(source), chars(target));
    let band = thresholds.band(s);
    // A translation longer than the whole source could be has lost no sentence, whatever
    // the shortest one (the test below with nothing taken off): the source's sentences
    // need not be cut.
    if band.is_some_and(|band| t as f64 > band.high * s as f64) {
        return 0;
    }
    let has_word = || target.chars().any(char::is_alphanumeric);
    // A source with no mark a sentence could end at before its end has one sentence: it
    // need not be cut (most sources are one sentence).
    if !may_end_a_sentence_inside(source.trim()) && has_word() {
        return 0;
    }
    let lengths = sentence_lengths(source);
    if lengths.len() < 2 && has_word() {
        return 0; // a target with a word has a sentence: one source sentence is there
    }
    let shortest = lengths.iter().copied().min().unwrap_or(0);
    // The length first: most translations are too long to have lost a sentence, and
    // counting the target's sentences is the costly part.
    if let Some(band) = band {
        if t as f64 > band.high * s.saturating_sub(shortest) as f64 {
            return 0;
        }
    }
    lengths.len().saturating_sub(loose_sentence_count(target))
}

/// Whether `text` (trimmed) has a mark where [`sentence_lengths`] could end a sentence
/// before the text's end: a ".", "!" or "?", its closing quotes or brackets, then white
/// space. Without one, the text is one sentence at most, and is not cut into them.
fn may_end_a_sentence_inside(text: &str) -> bool {
    let bytes = text.as_bytes();
    memchr::memchr3_iter(b'.', b'!', b'?', bytes).any(|at| {
        text[at + 1..]
            .chars()
            .find(|&d| !matches!(d, '"' | '\'' | '”' | '’' | ')' | ']' | '»'))
            .is_some_and(char::is_whitespace)
    })
}

/// Whether the text after a closed quotation is its attribution: a short clause (a name
/// and a verb of saying, "Hammel added.") that ends the text or its sentence with a full
/// stop and opens no new quotation.
fn attribution(rest: &[(usize, char)]) -> bool {
    /// "Prime Minister Theresa May said." has five words; a sentence of its own has more.
    const MAX_WORDS: usize = 5;
    let clause: String = rest
        .iter()
        .map(|&(_, c)| c)
        .take_while(|c| !".!?".contains(*c))
        .collect();
    let ends = rest.len() == clause.chars().count()
        || rest
            .get(clause.chars().count())
            .is_some_and(|&(_, c)| c == '.');
    ends && !clause.contains(['"', '“', '«', ':', ';'])
        && clause.split_whitespace().count() <= MAX_WORDS
}

/// Source sentences without a counterpart: how many more sentences the source has than
/// the target, when it has more.
pub fn missing_sentences(source: &str, target: &str) -> usize {
    sentence_count(source).saturating_sub(sentence_count(target))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn thresholds() -> Thresholds {
        Thresholds::parse("# test\nmax_source\tlow\thigh\n40\t0.5\t2.0\n100000\t0.7\t1.5\n")
            .unwrap_or_default()
    }

    #[test]
    fn parse_rejects_bad_rows() {
        assert_eq!(thresholds().bands.len(), 2);
        assert_eq!(
            Thresholds::parse("h\n10\t2\t1\n").map_err(|e| e.line),
            Err(2)
        );
        assert!(Thresholds::parse("h\n10\tx\t1\n").is_err());
    }

    #[test]
    fn length_outliers() {
        let t = thresholds();
        assert_eq!(check("Hello there.", "  ", &t), Some(LengthProblem::Empty));
        assert_eq!(check("", "", &t), None);
        let src = "The species of shark responsible for the attack was unknown to the officials on Saturday.";
        assert!(check(src, "A espécie de tubarão responsável pelo ataque era desconhecida das autoridades no sábado.", &t).is_none());
        assert!(matches!(
            check(src, "A espécie.", &t),
            Some(LengthProblem::TooShort { .. })
        ));
    }

    #[test]
    fn a_word_said_again_and_a_number_after_an_abbreviation() {
        // NetworkManager's pt_BR catalogue: the source's second "connection" said once.
        let t = thresholds();
        let src = "The connection was not a VLAN connection at all, said the network manager.";
        assert!(check(src, "A conexão não era VLAN, disse o gestor da rede.", &t).is_none());
        // Without the repeated word the translation is still too short.
        assert!(matches!(
            check(src, "A conexão falhou.", &t),
            Some(LengthProblem::TooShort { .. })
        ));
        // libexif: "User def. 1" is one sentence; a sentence of words after a number is not.
        assert_eq!(sentence_count("User def. 1"), 1);
        assert_eq!(sentence_count("It cost 10. The rest went on."), 2);
    }

    #[test]
    fn a_sentence_may_open_with_markup() {
        // xfce4-panel's pt catalogue: the third sentence opens with a bold tag.
        assert_eq!(
            sentence_count(
                "pelo dia. <b>Etiquetas</b> semelhantes colocam o texto a negrito. Ver a ajuda."
            ),
            3
        );
        assert_eq!(
            sentence_count("o dia. <span class='x'><i>Veja</i></span> a ajuda."),
            2
        );
        // A comparison is no tag, nor a tag before a lowercase word.
        assert_eq!(sentence_count("se x. <5 então."), 1);
        assert_eq!(sentence_count("o dia. <b>semelhantes</b> colocam."), 1);
    }

    #[test]
    fn a_text_without_an_inner_sentence_end_is_one_sentence() {
        // `may_end_a_sentence_inside` false: `sentence_lengths` finds one sentence or none
        // (so `dropped_sentences` need not cut the source); true where it finds more.
        let one = [
            "Version 2.5 is out",
            "It rhymes.",
            "\"It rhymes!\")",
            "He said so.”",
            "e.g.this",
            "...",
            "",
            "Where?!",
        ];
        for text in one {
            assert!(!may_end_a_sentence_inside(text), "{text}");
            assert!(sentence_lengths(text).len() <= 1, "{text}");
        }
        let more = [
            "Hi! I got bit!",
            "\"It rhymes.\" He said so",
            "He left.) Then",
            "Ends here.\nAnd goes on",
            "He said so.’ Then",
        ];
        for text in more {
            assert!(may_end_a_sentence_inside(text), "{text}");
            assert!(sentence_lengths(text).len() >= 2, "{text}");
        }
        // Inner ends that start no sentence (initials, a lowercase word) are asked of
        // `sentence_lengths`, which finds one.
        assert!(may_end_a_sentence_inside("Dr. Ford met U.S. officials"));
        assert_eq!(sentence_lengths("Dr. Ford met U.S. officials").len(), 1);
        let t = thresholds();
        let one_sentence = "The species of shark responsible for the attack was not known";
        assert_eq!(dropped_sentences(one_sentence, "Fui.", &t), 0);
        assert_eq!(
            dropped_sentences("Hi! I got bit by a shark!", "Fui mordido!", &t),
            1
        );
    }

    #[test]
    fn sentences() {
        assert_eq!(
            sentence_count("Hi! I got bit! Dr. Ford met U.S. officials."),
            3
        );
        assert_eq!(sentence_count("\"It rhymes.\" He said so"), 2);
        assert_eq!(sentence_count("Version 2.5 is out"), 1);
        // A quotation ending in "!" and its attribution (NTREX-128) are one sentence; a
        // longer sentence after it is a sentence of its own.
        assert_eq!(
            sentence_count("\"Get out of the water: 'There's a shark!'\" Hammel added."),
            1
        );
        assert_eq!(
            sentence_count("\"There's a shark!\" The beach was closed for the rest of the day."),
            2
        );
        // Real LibreOffice help strings: an acronym or a bracket before the full stop.
        assert_eq!(
            sentence_count("Set it in the HSB color model. Values are in percent."),
            2
        );
        assert_eq!(
            sentence_count("Define-o no modelo HSB. Os valores são percentuais."),
            2
        );
        assert_eq!(
            sentence_count("Ativa o leiaute (CTL). Você pode agora modificar."),
            2
        );
        // A line break after a full stop (django-allauth's pt_PT catalogue) ends it too.
        assert_eq!(
            sentence_count("já existe uma conta.\nCaso se tenha esquecido"),
            2
        );
        // Apertium's doubled space after a full stop still ends the sentence.
        assert_eq!(
            sentence_count("Precisamos ter um trato.  Queremos ter o trato."),
            2
        );
        assert_eq!(
            missing_sentences("I got bit! I got bit!", "Fui mordido!"),
            1
        );
    }

    #[test]
    fn joined_sentences_are_not_dropped_ones() {
        let t = thresholds();
        // Real pt_BR catalogues (coreutils, LibreOffice): a semicolon, a lowercase start
        // after a question, a relative clause joining two sentences.
        let src = "  nocache   Request to drop cache.  See also oflag=sync\n";
        let human = "  nocache   requisita descartar o cache; veja também oflag=sync\n";
        assert_eq!(dropped_sentences(src, human, &t), 0);
        let src = "Transpose a Writer table? Copy and paste in Calc, then paste special.";
        let human = "Transpor uma tabela do Writer? copie e cole no Calc e cole especial.";
        assert_eq!(dropped_sentences(src, human, &t), 0);
        let src = "Click a cell, then release. Then switch it on via Format.";
        let human = "Clique numa célula e solte-o. Acione em Formatar.";
        assert_eq!(dropped_sentences(src, human, &t), 0);
        let src = "Allows you to create labels. Labels are created in a text document.";
        let human =
            "Permite que você crie etiquetas, as quais são criadas em um documento de texto.";
        assert_eq!(dropped_sentences(src, human, &t), 0);
        // A sentence really left out: the translation is as short as the rest.
        let src = "Allows you to create labels. Labels are created in a text document.";
        assert_eq!(
            dropped_sentences(src, "Permite que você crie etiquetas.", &t),
            1
        );
        let src = "Hi! I got bit by a shark while swimming.";
        assert_eq!(
            dropped_sentences(src, "Fui mordido por um tubarão enquanto nadava.", &t),
            1
        );
    }
}
