//! Capitalised English words MT leaves in a Portuguese heading: a title-case line keeps
//! the capitals of the English it came from, so the words it did not translate stand among
//! capitalised Portuguese ones ("8.1.2. Configuring o Teclado", "Processing de Signal",
//! "Crescimento Rápido das Needs de Security"). A heading also names things Portuguese
//! keeps in English ("Relatório da Human Rights Watch", "Instalando o Midnight Commander"),
//! and a name of several capitalised words is one unbroken run. So a capitalised English
//! word is English left by MT where the line, besides Portuguese words, holds two or more
//! such runs apart (MT leaves words here and there, a name is one block), or where it is a
//! lone word in Portuguese syntax (see `Place::in_portuguese_syntax`). Usage data decides
//! what is English, never a list of words. A run the document writes capitalised inside a
//! sentence of its body text is a name there ("GNU Parted", "pasta Shared"), whatever its
//! usage (see `body_names`).

use mtlint_lexicon::{Lexicon, OtherLanguage, Profile, SourceSpelling, UsageTable};

use crate::analysis::body_names::BodyNames;
use crate::analysis::classes::{lowercase_target_word, spaced, Class};
use crate::analysis::evidence::{word_evidence, Evidence};
use crate::analysis::plain_english::on_heading_line;
use crate::analysis::sentence::opens_sentence;
use crate::tokens::Tokens;

/// English leads Portuguese on a heading word by this much (Zipf; 1.5 is about 30 times).
/// The names Portuguese news writes lead by less ("Trump" 0.8, "Warren" 0.5), as do the
/// English words technical Portuguese has taken ("network" 0.8).
const HEADING_RUN_LEAD: f64 = 1.5;

/// In a heading part with a run of English (`HEADING_RUN_LEAD`), the other runs need only
/// this lead of English (or of another language, with an English ending).
const WEAK_LEAD: f64 = 0.5;

/// Turns the capitalised English words of a Portuguese heading into foreign words (see
/// the module's comment). A line is a heading by its shape (`on_heading_line`).
pub(crate) fn unmask_heading_runs(
    text: &str,
    tokens: &Tokens,
    classes: &mut [Class],
    (lexicon, usage): (&Lexicon, &UsageTable),
    profile: &Profile,
    names: &mut BodyNames,
) {
    let on = Evidence {
        usage,
        lexicon,
        respelling: &profile.respelling,
        source: &profile.source.spelling,
    };
    let mut k = 0;
    while k < tokens.len() {
        let line = line_of(text, tokens, k);
        if on_heading_line(text, tokens, k) {
            for part in parts(text, tokens, line.clone()) {
                unmask_line(text, tokens, classes, part, (on, profile), names);
            }
        }
        k = line.end;
    }
}

/// The parts of a heading line a label's colon or a path's mark divides ("Title is:
/// Localizar no Writer", "Scilab Help >> Biblioteca de Graphics > Filters"): each is
/// judged as a heading of its own.
fn parts(text: &str, tokens: &Tokens, line: std::ops::Range<usize>) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let mut start = line.start;
    for k in line.start + 1..line.end {
        let gap = &text[tokens.tokens[k - 1].range.end..tokens.tokens[k].range.start];
        if gap.contains([':', '>', '|', '—', '–']) {
            out.push(start..k);
            start = k;
        }
    }
    out.push(start..line.end);
    out
}

/// The tokens of the line token `k` stands on, from `k` to the line's last.
fn line_of(text: &str, tokens: &Tokens, k: usize) -> std::ops::Range<usize> {
    let end_byte = memchr::memchr(b'\n', &text.as_bytes()[tokens.tokens[k].range.end..])
        .map_or(text.len(), |nl| tokens.tokens[k].range.end + nl);
    let mut end = k + 1;
    while end < tokens.len() && tokens.tokens[end].range.start < end_byte {
        end += 1;
    }
    k..end
}

/// One heading line: its runs of capitalised words, and which of them are English.
fn unmask_line(
    text: &str,
    tokens: &Tokens,
    classes: &mut [Class],
    line: std::ops::Range<usize>,
    (on, profile): (Evidence<'_>, &Profile),
    names: &mut BodyNames,
) {
    let lexicon = on.lexicon;
    // The line must hold Portuguese: a lowercase word of the target lexicon ("e", "de")
    // that is no English function word as well ("is" of "Title is:").
    let function_words = &profile.source.function_words;
    let english_only = |w: &str| function_words.iter().any(|f| f == w) && !lexicon.contains(w);
    if !line.clone().any(|k| {
        lowercase_target_word(text, tokens, classes, k, lexicon)
            && !function_words.iter().any(|w| w == tokens.folded(k))
    }) {
        return;
    }
    let runs = capital_runs(text, tokens, classes, line.clone());
    let spelling = &profile.source.spelling;
    let all = |run: &std::ops::Range<usize>, test: &dyn Fn(usize) -> bool| {
        capitals(classes, run).all(test)
    };
    let strong = |run: &&std::ops::Range<usize>| all(run, &|k| english_word(tokens, k, on));
    // A part already partly English takes words English leads only weakly ("Network",
    // 0.8) or another language leads with an English ending ("Simulation"): MT left the
    // heading's English, not a name Portuguese keeps ("Trump e Biden" has no such run).
    // Such a run must be the English run's neighbour across a Portuguese word or two that
    // coordinate nothing (names are listed: "Draw ou Impress"), stand between Portuguese
    // words, as a name seldom does, and hold no acronym, a name's mark ("Package Binary"
    // of "Structure de um Package Binary"; not "LibreOffice Draw", "Weak XOR").
    let strong_runs: Vec<&std::ops::Range<usize>> = runs.iter().filter(strong).collect();
    let conjunctions = &profile.words.list_conjunctions;
    let near_strong = |run: &std::ops::Range<usize>| {
        strong_runs.iter().any(|s| {
            let (a, b) = if s.start < run.start {
                (*s, run)
            } else {
                (run, *s)
            };
            neighbours(text, tokens, classes, lexicon, conjunctions, a.end..b.start)
        })
    };
    let english: Vec<&std::ops::Range<usize>> = runs
        .iter()
        .filter(|run| {
            strong(run)
                || (near_strong(run)
                    && all(run, &|k| weakly_english(tokens, k, on, spelling, WEAK_LEAD))
                    && !capitals(classes, run)
                        .any(|k| acronym(&text[tokens.tokens[k].range.as_range()]))
                    && Place::of(text, tokens, classes, run, (lexicon, profile), &line)
                        .among_portuguese())
        })
        .collect();
    let foreign = |english: &[&std::ops::Range<usize>]| -> Vec<std::ops::Range<usize>> {
        let scattered = english.len() >= 2;
        english
            .iter()
            .filter(|run| {
                let place = Place::of(text, tokens, classes, run, (lexicon, profile), &line);
                scattered || place.in_portuguese_syntax(tokens, classes, run, spelling)
            })
            .map(|run| (*run).clone())
            .collect()
    };
    // The body text decides last, only for a line that has English to report (a search
    // of the text): a name there is one here, and is no run of English either.
    if foreign(&english).is_empty() {
        return;
    }
    let english: Vec<&std::ops::Range<usize>> = english
        .into_iter()
        .filter(|run| {
            !capitals(classes, run).any(|k| {
                let word = &text[tokens.tokens[k].range.as_range()];
                names.written_as_name(text, word, &english_only)
            })
        })
        .collect();
    for run in foreign(&english) {
        for k in capitals(classes, &run).collect::<Vec<_>>() {
            classes[k] = Class::Foreign;
        }
    }
}

/// The runs of capitalised words the lexicon lacks (`Class::Capital`), joined by spaces,
/// with the English function words after them: English title case writes its function
/// words in lowercase ("Working with Distributions", "Coexistence with"), a name seldom has
/// them. A run's function words are at its end or between its capitals.
fn capital_runs(
    text: &str,
    tokens: &Tokens,
    classes: &[Class],
    line: std::ops::Range<usize>,
) -> Vec<std::ops::Range<usize>> {
    let mut runs: Vec<std::ops::Range<usize>> = Vec::new();
    for k in line {
        let extends = |run: &std::ops::Range<usize>| run.end == k && spaced(text, tokens, k - 1);
        match (classes[k], runs.last_mut()) {
            (Class::Capital | Class::Function, Some(run)) if extends(run) => run.end = k + 1,
            (Class::Capital, _) => runs.push(k..k + 1),
            _ => {}
        }
    }
    runs
}

/// The capitalised words of a run (its function words aside).
fn capitals<'a>(
    classes: &'a [Class],
    run: &std::ops::Range<usize>,
) -> impl Iterator<Item = usize> + 'a {
    (run.start..run.end).filter(|&k| classes[k] == Class::Capital)
}

/// Where a run of capitalised words stands on its heading line.
struct Place {
    /// The run opens the heading: its line, a sentence, or after a section number ("8.2.").
    opens: bool,
    /// The run ends the line.
    ends: bool,
    /// The line opens with a section number ("6.2.3. Atualização do System").
    numbered: bool,
    /// The word before is a lowercase Portuguese word, or a Portuguese word that opens the
    /// heading ("O").
    after_lowercase: bool,
    after_opening: bool,
    /// The word after is a lowercase Portuguese word.
    before_lowercase: bool,
    /// A section's number follows, then more words ("Figure 6.3. O ambiente").
    before_number: bool,
}

impl Place {
    fn of(
        text: &str,
        tokens: &Tokens,
        classes: &[Class],
        run: &std::ops::Range<usize>,
        (lexicon, profile): (&Lexicon, &Profile),
        line: &std::ops::Range<usize>,
    ) -> Place {
        let line_end = line.end;
        let before = run
            .start
            .checked_sub(1)
            .filter(|&b| spaced(text, tokens, b));
        let after = (run.end < line_end && spaced(text, tokens, run.end - 1)).then_some(run.end);
        Place {
            opens: run.start == line.start || opens_heading(text, tokens, run.start, profile),
            numbered: numbered(text, tokens, line.start),
            ends: run.end == line_end,
            after_opening: before.is_some_and(|b| {
                // "O" is a one-letter word: neutral among the classes.
                matches!(
                    classes[b],
                    Class::Known | Class::Unaccented | Class::Neutral
                ) && lexicon.contains(tokens.folded(b))
                    && (b == line.start || opens_heading(text, tokens, b, profile))
            }),
            after_lowercase: before
                .is_some_and(|b| lowercase_target_word(text, tokens, classes, b, lexicon)),
            before_lowercase: after
                .is_some_and(|a| lowercase_target_word(text, tokens, classes, a, lexicon)),
            before_number: before_number(text, tokens, run.end, line_end),
        }
    }

    /// Whether the run stands between Portuguese words: opening the heading or after a
    /// lowercase Portuguese word or its opening one, and ending the line or before a
    /// lowercase Portuguese word (not beside a capitalised word of a name).
    fn among_portuguese(&self) -> bool {
        (self.opens || self.after_lowercase || self.after_opening)
            && (self.ends || self.before_lowercase)
    }

    /// Whether a lone English word stands where Portuguese syntax puts it: opening the
    /// heading before a lowercase Portuguese word ("Configuring o Teclado"), between
    /// Portuguese words ("O Repository experimental"), or ending the line after a
    /// lowercase Portuguese word, in a numbered section heading of a manual ("6.2.3.
    /// Atualização do System") or with an English ending no name of one word has
    /// ("Biblioteca de Graphics", "Opções de Configuration"; "no Writer" is a product).
    fn in_portuguese_syntax(
        &self,
        tokens: &Tokens,
        classes: &[Class],
        run: &std::ops::Range<usize>,
        spelling: &SourceSpelling,
    ) -> bool {
        let mut words = capitals(classes, run);
        let (Some(word), None) = (words.next(), words.next()) else {
            return false; // several capitalised words: a name as often
        };
        // A capitalised word after it may be the second word of a name ("Presentation
        // Manager", "do Still Game"); a capitalised word before it, unless it opens the
        // heading ("O Repository"), the first ("Service Workers").
        (self.before_lowercase && (self.opens || self.after_lowercase || self.after_opening))
            || (self.opens && self.before_number)
            || (self.ends
                && self.after_lowercase
                && (self.numbered || english_ending(tokens.folded(word), spelling)))
    }
}

/// Whether a section's number ("6.3.", "13.1") stands between token `after - 1` and the
/// next word on the line: a caption's or a division's label before it ("Figure 6.3. O
/// ambiente") is English where Portuguese writes its own ("Figura"). A name before a
/// version number ("Python 3") has no dot after a digit.
fn before_number(text: &str, tokens: &Tokens, after: usize, line_end: usize) -> bool {
    let Some(word) = (after..line_end).find(|&k| {
        text[tokens.tokens[k].range.as_range()]
            .chars()
            .any(char::is_alphabetic)
    }) else {
        return false;
    };
    let gap = &text[tokens.tokens[after - 1].range.end..tokens.tokens[word].range.start];
    let number = gap.trim();
    number.starts_with(|c: char| c.is_ascii_digit())
        && number.ends_with('.')
        && number.chars().all(|c| c.is_ascii_digit() || c == '.')
        && gap.starts_with(char::is_whitespace)
        && gap.ends_with(char::is_whitespace)
}

/// Whether the line whose first token is `first` opens with a section number: digits
/// and marks only before its first word ("8.2.", "12.1.1.1.").
fn numbered(text: &str, tokens: &Tokens, first: usize) -> bool {
    let start = tokens.tokens[first].range.start;
    let line_start = memchr::memrchr(b'\n', &text.as_bytes()[..start]).map_or(0, |nl| nl + 1);
    let word = (first..tokens.len()).find(|&k| {
        text[tokens.tokens[k].range.as_range()]
            .chars()
            .any(char::is_alphabetic)
    });
    word.is_some_and(|k| {
        let before = &text[line_start..tokens.tokens[k].range.start];
        before.chars().any(|c| c.is_ascii_digit()) && !before.chars().any(char::is_alphabetic)
    })
}

/// Whether token `k` opens a heading: a sentence start, or nothing but a section number
/// and marks before it on its line ("12.1.1.1. Different", "8.2. Configuring").
fn opens_heading(text: &str, tokens: &Tokens, k: usize, profile: &Profile) -> bool {
    let start = tokens.tokens[k].range.start;
    let line_start = memchr::memrchr(b'\n', &text.as_bytes()[..start]).map_or(0, |nl| nl + 1);
    opens_sentence(text, tokens, k, profile)
        || !text[line_start..start].chars().any(char::is_alphabetic)
}

/// Whether `folded` ends as English inflected and derived words do (the source profile's
/// `spelling.endings` and `form-endings`: "-tion", "-ing", "-ed"; or a plural "s").
fn english_ending(folded: &str, spelling: &SourceSpelling) -> bool {
    let ending = |e: &String| folded.len() > e.len() + 2 && folded.ends_with(e.as_str());
    spelling.endings.iter().any(ending)
        || spelling.form_endings.iter().any(ending)
        || (folded.len() > 4 && folded.ends_with('s') && !folded.ends_with("ss"))
}

/// Whether the tokens `gap` between two runs are one to `NEIGHBOUR_GAP` lowercase
/// Portuguese words, spaced, none a conjunction of a list ("e", "ou").
fn neighbours(
    text: &str,
    tokens: &Tokens,
    classes: &[Class],
    lexicon: &Lexicon,
    conjunctions: &[String],
    gap: std::ops::Range<usize>,
) -> bool {
    /// The most words between an English run and its weak neighbour ("de um").
    const NEIGHBOUR_GAP: usize = 2;
    (1..=NEIGHBOUR_GAP).contains(&gap.len())
        && gap.start > 0
        && (gap.start - 1..gap.end).all(|k| spaced(text, tokens, k))
        && gap.clone().all(|k| {
            lowercase_target_word(text, tokens, classes, k, lexicon)
                && !conjunctions.iter().any(|c| c == tokens.folded(k))
        })
}

/// Whether `word` is written in capitals only, two or more letters ("XOR", "NFS").
fn acronym(word: &str) -> bool {
    word.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !word.chars().any(char::is_lowercase)
}

/// Whether word `k` is used more in another language than in Portuguese by `lead`, and
/// that language is English or the word has an English ending ("simulation", which
/// French uses most).
fn weakly_english(
    tokens: &Tokens,
    k: usize,
    on: Evidence<'_>,
    spelling: &SourceSpelling,
    lead: f64,
) -> bool {
    let folded = tokens.folded(k);
    on.usage
        .get(folded)
        .and_then(|found| found.lead())
        .is_some_and(|(language, by)| {
            by >= lead && (language == OtherLanguage::English || english_ending(folded, spelling))
        })
}

/// Whether word `k` is English by its own evidence (usage, spelling), and English leads
/// Portuguese on it by `HEADING_RUN_LEAD`.
fn english_word(tokens: &Tokens, k: usize, on: Evidence<'_>) -> bool {
    let folded = tokens.folded(k);
    let leads = on
        .usage
        .get(folded)
        .and_then(|found| found.lead())
        .is_some_and(|(_, lead)| lead >= HEADING_RUN_LEAD);
    leads
        && word_evidence(folded, on)
            .is_some_and(|(language, _)| language == OtherLanguage::English.name())
}
