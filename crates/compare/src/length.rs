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
    if ratio < band.low {
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

/// The sentences of a text: ends at ".", "!", "?" (with closing quotes or brackets)
/// before a space and a capital, digit or opening quote, or at the end. Initials and
/// abbreviations ("U.S. officials", "Dr. Ford") are not ends: the word before the dot
/// must be two letters or more, not all capitals, not a capitalised word of four
/// letters or fewer ("Sens.").
pub fn sentence_count(text: &str) -> usize {
    let chars: Vec<(usize, char)> = text.trim().char_indices().collect();
    let trimmed = text.trim();
    let mut count = 0;
    let mut has_words = false;
    for (k, &(i, c)) in chars.iter().enumerate() {
        has_words |= c.is_alphanumeric();
        if !".!?".contains(c) || !has_words {
            continue;
        }
        let mut j = k + 1;
        while chars.get(j).is_some_and(|&(_, d)| "\"'”’)]»".contains(d)) {
            j += 1;
        }
        let at_end = j >= chars.len();
        // White space after the mark: one space or more (MT output doubles them), or a line
        // break (a wrapped PO message).
        let mut after = j;
        while chars.get(after).is_some_and(|&(_, d)| d.is_whitespace()) {
            after += 1;
        }
        let next_starts = after > j
            && chars.get(after).is_some_and(|&(_, d)| {
                d.is_uppercase() || d.is_ascii_digit() || "\"“«‘'".contains(d)
            });
        // The word before the dot, reversed: its first letter is its last char here.
        let word_before: String = trimmed[..i]
            .chars()
            .rev()
            .take_while(|c| c.is_alphanumeric())
            .collect();
        let n = word_before.chars().count();
        // "U.S.", "Dr.", "Mrs.": initials, short capitalised words. An acronym ("HSB.",
        // "GIF.") ends a sentence unless it is part of dotted initials; a full stop after a
        // bracket or a quote ("(CTL).") ends one too.
        let before_word = &trimmed[..i - word_before.len()];
        let dotted = before_word.ends_with('.');
        let all_caps = word_before.chars().all(|c| c.is_uppercase());
        let abbreviation = c == '.'
            && n > 0
            && (n < 2
                || (all_caps && dotted)
                || (n <= 4 && !all_caps && word_before.ends_with(char::is_uppercase)));
        if at_end || (next_starts && !abbreviation) {
            count += 1;
            has_words = false;
        }
    }
    count + usize::from(has_words)
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
    fn sentences() {
        assert_eq!(
            sentence_count("Hi! I got bit! Dr. Ford met U.S. officials."),
            3
        );
        assert_eq!(sentence_count("\"It rhymes.\" He said so"), 2);
        assert_eq!(sentence_count("Version 2.5 is out"), 1);
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
}
