//! What each word is for `untranslated`, before any language is guessed: a word of the
//! target lexicon (or one with a Portuguese prefix, a clitic, or only its accent missing),
//! a glossary match, a name, a neutral token (number, acronym, URL, code), an English
//! function word or possessive, a loanword Portuguese text uses, or a foreign word.

use mtlint_lexicon::{Lexicon, Profile, Usage, UsageTable};

use crate::analysis::accents::{accented_words, lost_its_accent};
use crate::analysis::binomial::is_epithet;
use crate::analysis::body_names::BodyNames;
use crate::analysis::english_cognates::english_cognate;
use crate::analysis::english_plurals::{counted_in_english, is_number, plural_of_common_english};
use crate::analysis::evidence::{common_english_form, plural_of_a_loan, QUOTED_LEAD, USAGE_MARGIN};
use crate::analysis::headings::unmask_heading_runs;
use crate::analysis::plain_english::{heading_english, on_heading_line, very_common_english};
use crate::analysis::sentence::opens_sentence;
use crate::analysis::words::{joined, starts_upper};
use crate::term_index::TermMatch;
use crate::tokens::Tokens;

/// Word usage (Zipf: log10 of the frequency per 10^9 words, from wordfreq's lists). A word
/// the hunspell lexicon lacks that Portuguese text uses at least this often is a loanword
/// or an ordinary word hunspell misses ("rapper", "desconhecido"): a target word.
pub(crate) const USED_IN_TARGET: f64 = 2.0;

/// A capitalised word at a sentence start is foreign only on stronger evidence (usage lists
/// hold names too): another language uses it at least this often ("presiding": English
/// 3.5), and 100x more than Portuguese does.
const CAPITAL_USED_ELSEWHERE: f64 = 3.0;

const CAPITAL_MARGIN: f64 = 2.0;

/// The shortest remainder after a Portuguese prefix that makes a word known
/// ("des" + "afortunada"): shorter ones are too often a foreign word ("re" + "port").
const PREFIX_REMAINDER_MIN: usize = 5;

/// A prefixed word that another language uses this much more (100x) is that language's.
const PREFIX_OVERRIDE_MARGIN: f64 = 2.0;

/// What a word is, for this rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Class {
    /// A word of the target lexicon.
    Known,
    /// A target word written without its accent ("ilusoes"): `missing-accent` reports it;
    /// for this rule it is a target word, like `Known`.
    Unaccented,
    /// Part of a glossary match (good or wrong form): a name or term the glossary knows.
    Glossary,
    /// Numbers, acronyms, single letters, URL and e-mail parts: no language.
    Neutral,
    /// An English possessive "s" after an apostrophe ("Wonson’s").
    Possessive,
    /// An English function word that is not a target word.
    Function,
    /// A word hunspell lacks that Portuguese text uses, but another language uses ten times
    /// more: an adopted loanword ("benchmark", "pubs") or English that Portuguese web text
    /// quotes ("military"). Never foreign alone; part of a foreign run around it.
    Loan,
    /// A capitalised word the lexicon does not know: a name, or a capitalised foreign word.
    Capital,
    /// A lowercase word the lexicon does not know.
    Foreign,
}

/// Marks the words inside quotation marks as having no language: a quoted title in the
/// original ("Gone with the Wind") is then neither a foreign run nor part of a foreign line.
pub(crate) fn neutralise_quoted(text: &str, tokens: &Tokens, classes: &mut [Class]) {
    for quotation in quotations(text, tokens) {
        classes[quotation].fill(Class::Neutral);
    }
}

/// The tokens of each quotation of the stretch (between matching quotation marks, on one
/// line), in text order; quotations without a word are left out.
pub(crate) fn quotations(text: &str, tokens: &Tokens) -> Vec<std::ops::Range<usize>> {
    let (Some(first), Some(last)) = (tokens.tokens.first(), tokens.tokens.last()) else {
        return Vec::new();
    };
    // From the start of the first token's line to the end of the last one's: an opening
    // mark sits before the first word.
    let start =
        memchr::memrchr(b'\n', &text.as_bytes()[..first.range.start]).map_or(0, |nl| nl + 1);
    let end = memchr::memchr(b'\n', &text.as_bytes()[last.range.end..])
        .map_or(text.len(), |nl| last.range.end + nl);
    let mut out = Vec::new();
    let mut k = 0;
    for span in crate::quotes::quoted_spans(&text[start..end], start) {
        while k < tokens.len() && tokens.tokens[k].range.start < span.start {
            k += 1;
        }
        let from = k;
        while k < tokens.len() && tokens.tokens[k].range.end <= span.end {
            k += 1;
        }
        if k > from {
            out.push(from..k);
        }
    }
    out
}

/// Classifies every token of the stretch; `glossary` are the stretch's glossary matches
/// (found once by the checker, in token order, not overlapping).
pub(crate) fn classify(
    text: &str,
    tokens: &Tokens,
    glossary: &[TermMatch],
    lexicon: &Lexicon,
    usage: &UsageTable,
    profile: &Profile,
    (memo, names): (&mut WordMemo, &mut BodyNames),
) -> Vec<Class> {
    let mut matches = glossary.iter().peekable();
    let mut classes: Vec<Class> = (0..tokens.len())
        .map(|k| {
            while matches.next_if(|m| m.end_token <= k).is_some() {}
            match matches.peek() {
                Some(m) if m.first_token <= k => Class::Glossary,
                _ => classify_word(text, tokens, k, (lexicon, usage, profile), memo),
            }
        })
        .collect();
    unmask_capitalised_words(text, tokens, &mut classes, usage, profile);
    adopt_hyphenated_loans(text, tokens, &mut classes, lexicon, usage);
    neutralise_binomials(text, tokens, &mut classes, lexicon, usage);
    unmask_quoted_english(text, tokens, &mut classes, (lexicon, usage), profile);
    unmask_heading_words(text, tokens, &mut classes, (lexicon, usage), profile);
    unmask_heading_runs(text, tokens, &mut classes, (lexicon, usage), profile, names);
    classes
}

/// Whether word `k` is a lowercase word of the target: a lexicon word, or a one-letter one
/// ("o", "a", "e"), which the classes count as neutral (a single letter is an initial or a
/// list mark as often).
pub(crate) fn lowercase_target_word(
    text: &str,
    tokens: &Tokens,
    classes: &[Class],
    k: usize,
    lexicon: &Lexicon,
) -> bool {
    let word = match classes[k] {
        Class::Known | Class::Unaccented => true,
        // A word of a glossary entry that the lexicon holds: "pelos" is the good form of
        // the old spelling "pêlos".
        Class::Glossary => lexicon.contains(tokens.folded(k)),
        Class::Neutral => {
            let w = &text[tokens.tokens[k].range.as_range()];
            w.chars().count() == 1 && w.chars().all(char::is_alphabetic) && lexicon.contains(w)
        }
        _ => false,
    };
    word && !starts_upper(text, tokens, k)
}

/// Whether tokens `k` and `k + 1` are two words of a sentence, with spaces between them:
/// not parts of a compound or an identifier joined by a hyphen or an apostrophe
/// ("on-board", "gnome-cl-list", "gimp-text-get-extents"), which the passes below leave
/// alone.
pub(crate) fn spaced(text: &str, tokens: &Tokens, k: usize) -> bool {
    let gap = &text[tokens.tokens[k].range.end..tokens.tokens[k + 1].range.start];
    !gap.is_empty() && gap.chars().all(|c| c == ' ' || c == '\u{a0}' || c == '\t')
}

/// Turns a capitalised word inside a heading into a foreign word when it is common English
/// that Portuguese only quotes (`heading_english`) and stands alone between lowercase
/// Portuguese words: MT copies the capitals of an English headline with the word
/// ("concorrer a President em 2020", "uma Second eleição"). Not at a sentence start (the
/// pass above judges those), not next to another capitalised word (a name of several
/// words, often kept in English: "Human Rights Watch"), not in body text (a sentence that
/// ends with a full stop), where a lone capitalised word is mostly a surname.
fn unmask_heading_words(
    text: &str,
    tokens: &Tokens,
    classes: &mut [Class],
    (lexicon, usage): (&Lexicon, &UsageTable),
    profile: &Profile,
) {
    let target_word =
        |classes: &[Class], k: usize| lowercase_target_word(text, tokens, classes, k, lexicon);
    // The word before may be capitalised because it opens the heading ("Péssima Language
    // corporal").
    let before_ok = |classes: &[Class], k: usize| {
        target_word(classes, k)
            || (matches!(classes[k], Class::Known | Class::Unaccented)
                && opens_sentence(text, tokens, k, profile))
    };
    for k in 1..tokens.len() {
        if classes[k] != Class::Capital
            || !spaced(text, tokens, k - 1)
            || !before_ok(classes, k - 1)
            || opens_sentence(text, tokens, k, profile)
        {
            continue;
        }
        // A Portuguese word must follow: a capitalised word at the end of a heading or
        // before a mark is as often a product's name ("no Writer", "Midnight Commander").
        let between =
            k + 1 < tokens.len() && spaced(text, tokens, k) && target_word(classes, k + 1);
        if between
            && on_heading_line(text, tokens, k)
            && usage.get(tokens.folded(k)).is_some_and(heading_english)
        {
            classes[k] = Class::Foreign;
        }
    }
}

/// Turns loanwords that are inflected forms of common English ("years", "weapons",
/// "talking": `common_english_form`) into foreign words when they stand between
/// Portuguese words: after a lowercase target word, and before one or at the end of the
/// clause ("as relations entre", "dos critics."); the word before may open the sentence
/// ("Os models mais"). Portuguese writes its loanwords in the same places, but keeps those
/// English uses less commonly or leads by less ("tackles", "birdies"). A plural English
/// writes less than its singular is judged by the singular ("as descriptions vívidas":
/// `plural_of_common_english`). After a number only the commonest English plurals count
/// ("há 136 years", not "18 tackles" or "10 points": `counted_in_english`). The commonest
/// words of English count without an ending ("seu name para": `very_common_english`), and
/// so does the English spelling of a word Portuguese spells its own way ("uma mentira
/// absolute.": `english_cognate`). Words joined by a hyphen are a compound or an
/// identifier ("on-board"): left alone.
fn unmask_quoted_english(
    text: &str,
    tokens: &Tokens,
    classes: &mut [Class],
    (lexicon, usage): (&Lexicon, &UsageTable),
    profile: &Profile,
) {
    let target_word =
        |classes: &[Class], k: usize| lowercase_target_word(text, tokens, classes, k, lexicon);
    let spelling = &profile.source.spelling;
    for k in 1..tokens.len() {
        if !matches!(classes[k], Class::Loan | Class::Function) || !spaced(text, tokens, k - 1) {
            continue;
        }
        // The word before may be capitalised because it opens the sentence ("Os models
        // mais"); after a number only the commonest English counts (`counted_in_english`).
        let after_number = is_number(&text[tokens.tokens[k - 1].range.as_range()]);
        let after_target = target_word(classes, k - 1)
            || (matches!(classes[k - 1], Class::Known | Class::Unaccented)
                && opens_sentence(text, tokens, k - 1, profile));
        if !after_target && !after_number {
            continue;
        }
        let between =
            k + 1 < tokens.len() && spaced(text, tokens, k) && target_word(classes, k + 1);
        let next_ok = k + 1 == tokens.len() || !joined(text, tokens, k) || between;
        // A word without an English ending needs a Portuguese word on both sides (`between`):
        // before a mark or at a line's end it is as often a name the text quotes, a command
        // or a value ("a permissão read (r)", "o comando size.").
        let folded = tokens.folded(k);
        if classes[k] == Class::Function {
            // An English function word Portuguese text writes a hundred times less, between
            // two Portuguese words ("a palavra most usada").
            if between
                && usage
                    .get(folded)
                    .is_some_and(|found| very_common_english(found) && function_word_lead(found))
            {
                classes[k] = Class::Foreign;
            }
            continue;
        }
        if usage.get(folded).is_some_and(|found| {
            if after_number {
                return next_ok && counted_in_english(folded, found, spelling);
            }
            (next_ok
                && (common_english_form(folded, found, spelling)
                    || plural_of_common_english(folded, found, usage, spelling)
                    || english_cognate(folded, found, lexicon, (&profile.respelling, spelling))))
                || (between
                    && very_common_english(found)
                    // A Portuguese word typed without its accent ("numa area da vida")
                    // is as likely as English.
                    && accented_words(folded, lexicon, profile).is_empty())
        }) {
            classes[k] = Class::Foreign;
        }
    }
}

/// Whether English leads Portuguese on a function word by `QUOTED_LEAD` (200 times):
/// "most" 2.4; "all" (1.8), which Portuguese writes in loans ("all inclusive"), does not.
fn function_word_lead(found: Usage) -> bool {
    found.lead().is_some_and(|(_, lead)| lead >= QUOTED_LEAD)
}

/// The scientific name of a species ("Aedes aegypti", "Canis lupus") is Latin in every
/// language: its two words have no language, and the epithet is no unaccented word.
fn neutralise_binomials(
    text: &str,
    tokens: &Tokens,
    classes: &mut [Class],
    lexicon: &Lexicon,
    usage: &UsageTable,
) {
    for k in 1..tokens.len() {
        if matches!(classes[k], Class::Foreign | Class::Unaccented)
            && is_epithet(text, tokens, k, lexicon, usage)
        {
            classes[k] = Class::Neutral;
            if classes[k - 1] == Class::Capital {
                classes[k - 1] = Class::Neutral;
            }
        }
    }
}

/// A hyphenated compound whose words, written together, make a word Portuguese text uses
/// ("play-off": "playoff") is one loanword Portuguese has taken, not two English words
/// that make a run.
fn adopt_hyphenated_loans(
    text: &str,
    tokens: &Tokens,
    classes: &mut [Class],
    lexicon: &Lexicon,
    usage: &UsageTable,
) {
    for k in 1..tokens.len() {
        let (a, b) = (k - 1, k);
        if !matches!(classes[a], Class::Foreign | Class::Loan)
            || !matches!(classes[b], Class::Foreign | Class::Loan)
            || &text[tokens.tokens[a].range.end..tokens.tokens[b].range.start] != "-"
        {
            continue;
        }
        let joined = format!("{}{}", tokens.folded(a), tokens.folded(b));
        let adopted = lexicon.contains(&joined)
            || !matches!(target_usage(usage.get(&joined)), TargetUsage::Rare);
        if adopted {
            classes[a] = Class::Known;
            classes[b] = Class::Known;
        }
    }
}

/// Turns capitalised words that are only capitalised because they open a sentence
/// ("Understandably traumático", "Gobernador de") into foreign words, when the usage lists
/// leave no doubt: another language uses the word at least `CAPITAL_USED_ELSEWHERE` and
/// `CAPITAL_MARGIN` more than Portuguese does, and the sentence goes on in the target
/// language. Names stay names: a word followed by another capitalised word (part of a
/// longer name), or one the stretch also writes capitalised inside a sentence ("falei com
/// Fleiss"), is left alone.
fn unmask_capitalised_words(
    text: &str,
    tokens: &Tokens,
    classes: &mut [Class],
    usage: &UsageTable,
    profile: &Profile,
) {
    let mid_sentence: rustc_hash::FxHashSet<&str> = (0..tokens.len())
        .filter(|&k| classes[k] == Class::Capital && !opens_sentence(text, tokens, k, profile))
        .map(|k| tokens.folded(k))
        .collect();
    for k in 0..tokens.len() {
        if classes[k] != Class::Capital
            || !opens_sentence(text, tokens, k, profile)
            || mid_sentence.contains(tokens.folded(k))
        {
            continue;
        }
        // The sentence goes on in the target language: the word is a lone foreign word.
        // (Followed by foreign words, it is part of a run or a line the other passes
        // report as one; followed by a capitalised word, it is part of a name.)
        let goes_on_in_target = k + 1 < tokens.len()
            && joined(text, tokens, k)
            && matches!(classes[k + 1], Class::Known | Class::Unaccented)
            && !starts_upper(text, tokens, k + 1);
        if goes_on_in_target && plainly_foreign(tokens.folded(k), usage) {
            classes[k] = Class::Foreign;
        }
    }
}

/// Whether the usage lists leave no doubt that a word is another language's.
fn plainly_foreign(folded: &str, usage: &UsageTable) -> bool {
    usage.get(folded).is_some_and(|u| {
        u.other
            .is_some_and(|(_, z)| z.value() >= CAPITAL_USED_ELSEWHERE)
            && u.lead().is_some_and(|(_, lead)| lead >= CAPITAL_MARGIN)
    })
}

fn classify_word(
    text: &str,
    tokens: &Tokens,
    k: usize,
    data: (&Lexicon, &UsageTable, &Profile),
    memo: &mut WordMemo,
) -> Class {
    let (_, _, profile) = data;
    let range = tokens.tokens[k].range;
    let word = &text[range.as_range()];
    let folded = tokens.folded(k);
    if folded == "s" && k > 0 && possessive_gap(&text[tokens.tokens[k - 1].range.end..range.start])
    {
        return Class::Possessive;
    }
    // What the word is on its own is remembered per spelling (most words of a text are
    // repeats); where it stands (in a URL or code, before a clitic) is asked each time.
    let own = match memo.get(word) {
        Some(&class) => class,
        None => {
            let class = spelling_class(word, folded, data);
            // A spelling of no language (numbers, acronyms) is not remembered: numbers
            // rarely repeat and would crowd out the words.
            if class != Class::Neutral {
                if memo.len() >= WORD_MEMO_MAX {
                    memo.clear();
                }
                memo.insert(word.into(), class);
            }
            class
        }
    };
    if own == Class::Neutral || tokens.in_url_or_code(text, range) {
        return Class::Neutral;
    }
    if own != Class::Known && before_clitic(text, tokens, k, profile) {
        return Class::Known;
    }
    own
}

/// The class of a word on its own spelling: `Neutral` for a number, a word with fewer
/// than two letters or with two capitals or more (an acronym), else [`class_of_spelling`].
fn spelling_class(word: &str, folded: &str, data: (&Lexicon, &UsageTable, &Profile)) -> Class {
    let mut letters = 0;
    let mut upper = 0;
    for c in word.chars() {
        if c.is_ascii_digit() || c.is_numeric() {
            return Class::Neutral;
        }
        letters += usize::from(c.is_alphabetic());
        upper += usize::from(c.is_uppercase());
    }
    if letters < 2 || upper >= 2 {
        return Class::Neutral;
    }
    class_of_spelling(word, folded, upper, data)
}

/// The spellings a part's classes remember before starting over.
const WORD_MEMO_MAX: usize = 1 << 16;

/// The class of each spelling met in a part on its own, without its neighbours (see
/// [`class_of_spelling`]).
pub(crate) type WordMemo = rustc_hash::FxHashMap<Box<str>, Class>;

/// The class of a word of letters on its own spelling (`folded` its folded form, `upper`
/// its count of capitals, below 2): what `classify_word` says of it unless its neighbours
/// make it a verb before a clitic.
fn class_of_spelling(
    word: &str,
    folded: &str,
    upper: usize,
    (lexicon, usage, profile): (&Lexicon, &UsageTable, &Profile),
) -> Class {
    if lexicon.contains(folded)
        || (prefixed_word(folded, lexicon, profile) && !dominant_elsewhere(folded, usage))
    {
        return Class::Known;
    }
    // One look-up of the word's usage serves both questions below.
    let found = usage.get(folded);
    if word == folded && lost_its_accent(folded, found, lexicon, profile) {
        return Class::Unaccented;
    }
    let is_upper = upper == 1 && word.chars().next().is_some_and(char::is_uppercase);
    if !is_upper && profile.source.function_words.iter().any(|w| w == folded) {
        // Before usage: Portuguese web text quotes "the" and "with" often enough to count.
        return Class::Function;
    }
    match target_usage(found) {
        TargetUsage::Adopted => return Class::Known,
        TargetUsage::Borrowed if !is_upper => return Class::Loan,
        // A plural Portuguese text rarely writes, of a common English singular: the plural
        // of a loan ("tackles") as often as English left in the text, which its neighbours
        // tell (`unmask_quoted_english`).
        TargetUsage::Rare
            if !is_upper
                && found.is_some_and(|u| {
                    plural_of_a_loan(folded, u, usage)
                        && plural_of_common_english(folded, u, usage, &profile.source.spelling)
                }) =>
        {
            return Class::Loan
        }
        _ => {}
    }
    if is_upper {
        // A capitalised word is a name until proven otherwise, even at the start of a
        // sentence: usage lists hold names too ("Rosenstein", "Fleiss": German).
        Class::Capital
    } else {
        Class::Foreign
    }
}

/// Whether word `k` is a verb form joined to a clitic pronoun ("apaixonámo-nos",
/// "fazê-lo"): hunspell lists "apaixonámos" and "fazer", not the forms clitics shorten.
fn before_clitic(text: &str, tokens: &Tokens, k: usize, profile: &Profile) -> bool {
    k + 1 < tokens.len()
        && &text[tokens.tokens[k].range.end..tokens.tokens[k + 1].range.start] == "-"
        && profile
            .words
            .clitics
            .iter()
            .any(|w| w == tokens.folded(k + 1))
}

/// Whether another language uses the word a hundred times more than Portuguese: then a
/// Portuguese prefix reading is a coincidence ("deshonesto" is not "des" + "honesto" but
/// Spanish; "reventando" is not "re" + "ventando").
fn dominant_elsewhere(folded: &str, usage: &UsageTable) -> bool {
    usage
        .get(folded)
        .and_then(|u| u.lead())
        .is_some_and(|(_, lead)| lead >= PREFIX_OVERRIDE_MARGIN)
}

/// Whether `folded` is a Portuguese prefix and a lexicon word: "desafortunada",
/// "ultrassom" (the prefix doubles an "r" or "s" after it).
pub(crate) fn prefixed_word(folded: &str, lexicon: &Lexicon, profile: &Profile) -> bool {
    profile.words.prefixes.iter().any(|prefix| {
        let Some(rest) = folded.strip_prefix(prefix) else {
            return false;
        };
        let known =
            |rest: &str| rest.chars().count() >= PREFIX_REMAINDER_MIN && lexicon.contains(rest);
        known(rest) || ((rest.starts_with("rr") || rest.starts_with("ss")) && known(&rest[1..]))
    })
}

/// How Portuguese text uses a word hunspell lacks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum TargetUsage {
    /// Often, and about as much as any other language does: "rapper", "startup",
    /// "desconhecido" (hunspell lacks prefixed forms).
    Adopted,
    /// Often, but another language uses it ten times more: "benchmark", "military".
    Borrowed,
    /// Rarely or never.
    Rare,
}

fn target_usage(found: Option<Usage>) -> TargetUsage {
    let Some(found) = found else {
        return TargetUsage::Rare;
    };
    if found.portuguese.value() < USED_IN_TARGET {
        return TargetUsage::Rare;
    }
    match found.lead() {
        Some((_, lead)) if lead >= QUOTED_LEAD => TargetUsage::Rare,
        Some((_, lead)) if lead >= USAGE_MARGIN => TargetUsage::Borrowed,
        _ => TargetUsage::Adopted,
    }
}

fn possessive_gap(gap: &str) -> bool {
    gap == "'" || gap == "\u{2019}"
}

/// The word classes of a stretch, found once before any rule runs, with the candidates of
/// the accent and glued-word rules.
#[derive(Debug, Default)]
pub(crate) struct WordClasses {
    /// What each word is; empty unless a rule needs the classes.
    pub classes: Vec<Class>,
    /// Target words written without their accent.
    pub unaccented: Vec<usize>,
    /// Words the lexicon lacks (names, foreign words) and words with letters and digits:
    /// words that may be several run together.
    pub glued: Vec<usize>,
    /// The class of each spelling met so far in the part (one profile's).
    memo: WordMemo,
    /// The heading words the document writes as names in its body text, asked so far.
    names: BodyNames,
}

impl WordClasses {
    /// Classifies the stretch's words as far as `needs` asks. With the classes, the
    /// candidates come with them at no extra cost; without, one look-up per word finds
    /// the candidates asked for.
    pub fn fill(&mut self, words: Words<'_>, needs: crate::rules::Needs) {
        self.classes.clear();
        self.unaccented.clear();
        self.glued.clear();
        let Some(lexicon) = words.profile.lexicon() else {
            return; // no lexicon of the target: every word would look unknown
        };
        // Classes weigh a word's use in the target against other languages: without the
        // usage table, only the candidates are found.
        match words.profile.usage() {
            Some(usage) if needs.classes && words.tokens.len() > 0 => {
                self.classify(words, lexicon, usage);
            }
            Some(_) if needs.classes => {}
            _ if needs.unaccented || needs.glued => self.candidates(words, lexicon, needs),
            _ => {}
        }
    }

    fn classify(&mut self, w: Words<'_>, lexicon: &Lexicon, usage: &UsageTable) {
        self.names.within(w.part.as_range());
        self.classes = classify(
            w.text,
            w.tokens,
            w.glossary,
            lexicon,
            usage,
            w.profile,
            (&mut self.memo, &mut self.names),
        );
        for (k, class) in self.classes.iter().enumerate() {
            match class {
                Class::Unaccented => self.unaccented.push(k),
                Class::Foreign | Class::Capital => self.glued.push(k),
                // Numbers are not looked up: only those with letters may be glued words.
                Class::Neutral
                    if w.tokens.folded(k).bytes().any(|b| b.is_ascii_digit())
                        && w.tokens.folded(k).chars().any(char::is_alphabetic) =>
                {
                    self.glued.push(k);
                }
                _ => {}
            }
        }
    }

    /// The candidates alone: the words outside glossary matches that the lexicon lacks,
    /// with one look-up per word for both kinds.
    fn candidates(&mut self, w: Words<'_>, lexicon: &Lexicon, needs: crate::rules::Needs) {
        use crate::analysis::{accents, glued};
        let (text, tokens) = (w.text, w.tokens);
        for k in crate::analysis::matches::outside_matches(tokens.len(), w.glossary) {
            let accent = needs.unaccented && accents::may_be_candidate(text, tokens, k);
            let glue = needs.glued && glued::may_be_candidate(text, tokens, k);
            if !(accent || glue) || lexicon.contains(tokens.folded(k)) {
                continue;
            }
            if accent && accents::is_candidate(text, tokens, k, w.profile) {
                self.unaccented.push(k);
            }
            if glue && glued::is_candidate(tokens, k, lexicon, w.profile) {
                self.glued.push(k);
            }
        }
    }
}

/// The words of a stretch, as the classes are found from them.
#[derive(Clone, Copy)]
pub(crate) struct Words<'a> {
    pub text: &'a str,
    /// The part of `text` being checked (empty: all of it).
    pub part: crate::ByteRange,
    pub tokens: &'a Tokens,
    pub glossary: &'a [TermMatch],
    pub profile: &'a Profile,
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The classes of `text` (one stretch, no glossary) with the Portuguese profile.
    fn classes_of(text: &str, memo: &mut WordMemo) -> Vec<Class> {
        let mut tokens = Tokens::default();
        tokens.fill(text, 0);
        let profile = mtlint_lexicon::profile("pt");
        let lexicon = profile.lexicon().expect("the pt profile has a lexicon");
        let usage = profile.usage().expect("the pt profile has a usage table");
        classify(
            text,
            &tokens,
            &[],
            lexicon,
            usage,
            profile,
            (memo, &mut BodyNames::default()),
        )
    }

    #[test]
    fn a_remembered_spelling_is_still_judged_by_its_neighbours() {
        // "apaixonámo" is a verb form before the clitic "-nos" only: the class remembered
        // for its spelling must not carry the first use's neighbours to the second.
        let mut memo = WordMemo::default();
        let classes = classes_of("apaixonámo-nos e apaixonámo", &mut memo);
        assert_eq!(classes[0], Class::Known);
        assert_ne!(classes[3], Class::Known);
        let alone = classes_of("apaixonámo", &mut WordMemo::default());
        assert_eq!(classes[3], alone[0]);
        // Met first without the clitic, then with it.
        let classes = classes_of("apaixonámo e apaixonámo-nos", &mut memo);
        assert_eq!(classes[0], alone[0]);
        assert_eq!(classes[2], Class::Known);
    }

    #[test]
    fn remembered_classes_are_the_classes_found_afresh() {
        let text = "O ministro elogiou a aliança, but the port city of Wonsan \
                    ficou sem resposta; the ministro disse que the aliança é forte.";
        let fresh = classes_of(text, &mut WordMemo::default());
        let mut memo = WordMemo::default();
        classes_of(text, &mut memo);
        assert!(!memo.is_empty());
        assert_eq!(classes_of(text, &mut memo), fresh);
    }
}
