//! Which language a text is in, with lingua, built with only the languages mtlint ships
//! models for (cargo features of the `lingua` dependency).

use std::cell::RefCell;
use std::rc::Rc;
use std::sync::OnceLock;

use lingua::{IsoCode639_1, Language, LanguageDetector, LanguageDetectorBuilder};
use mtlint_glossary::LangTag;
use rustc_hash::FxHashMap;

/// The languages lingua is built with: the targets and the usual sources of MT.
pub const DETECTABLE: &[Language] = &[
    Language::Portuguese,
    Language::English,
    Language::Spanish,
    Language::French,
    Language::German,
    Language::Italian,
];

/// How much of a document whole-document detection reads: enough for a reliable verdict,
/// little enough that detection costs the same for a 100 MB file as for an article. The
/// budget is spread over the whole file in `SAMPLES` lines, each a vote weighted by its
/// letters, so a file whose first part was left in English and the rest translated is
/// taken for what most of it is. Each lingua call has a fixed cost (about 0.1 ms) besides
/// its length, which bounds `SAMPLES` (see `benches/language.rs`).
const SAMPLES: usize = 16;
const LINE_BYTES: usize = 256;
/// A sentence with fewer letters than this says little about its language and is no vote
/// (unless the text has no longer one).
const MIN_LETTERS: usize = 20;
/// A text with fewer sentences of `MIN_LETTERS` than this is judged sentence by sentence
/// with the full-accuracy models, each sentence of at least `MIN_SHORT_LETTERS` letters
/// a vote ("Ok." is none): one or two votes of the document detector decide too much.
const MIN_VOTES: usize = 3;
const MIN_SHORT_LETTERS: usize = 5;

fn document_detector() -> &'static LanguageDetector {
    static DETECTOR: OnceLock<LanguageDetector> = OnceLock::new();
    // Low-accuracy mode (trigrams only) loads fast and is reliable on whole documents;
    // it is useless on short spans, which need the full models.
    DETECTOR.get_or_init(|| {
        LanguageDetectorBuilder::from_languages(DETECTABLE)
            .with_low_accuracy_mode()
            .build()
    })
}

/// Builds the detector whole-document detection uses, if not built yet: call it on a
/// thread of the rayon pool that will detect files, before their detection starts in
/// parallel. lingua loads that detector's models with a parallel iterator, so the thread
/// building it may take up other jobs of its pool while it waits; were one of them
/// another file's detection, it would wait for the very detector its thread is building.
/// Built first, no such job exists yet, and no thread outside the pool is needed.
pub fn prepare_detection() {
    document_detector();
}

/// The language of a whole document: the language of most of its sentences (see
/// [`sentence_shares`]); `None` when no sentence has enough letters to tell.
pub fn detect_language(text: &str) -> Option<LangTag> {
    sentence_shares(text)
        .into_iter()
        .next()
        .map(|(lang, _)| lang)
}

/// The languages of a document's sentences, each with its share of the sentences lingua
/// gave a verdict on, largest first (on a tie, the language met first). Sentences are
/// taken from lines sampled over the whole file (see [`sample_lines`]); one with fewer
/// than `MIN_LETTERS` letters says little and is no vote, unless the text has fewer than
/// `MIN_VOTES` longer ones (see [`short_text_votes`]). Empty when nothing can tell.
///
/// Shares, not a single verdict: a text machine-translated through a pivot language
/// (Apertium's English → Spanish → Portuguese) reads as Spanish in many of its sentences,
/// and the caller decides how much of a language the glossaries cover is enough.
pub fn sentence_shares(text: &str) -> Vec<(LangTag, f64)> {
    let sentences: Vec<&str> = sample_lines(text).into_iter().flat_map(sentences).collect();
    let long: Vec<&str> = sentences
        .iter()
        .copied()
        .filter(|s| letter_count(s) >= MIN_LETTERS)
        .collect();
    let mut votes = if long.len() >= MIN_VOTES {
        // The samples are independent: lingua spreads them over the idle cores (the
        // calls' fixed cost, not the text, dominates on an article).
        count(document_detector().detect_languages_in_parallel_of(&long))
    } else {
        short_text_votes(&sentences)
    };
    let total: usize = votes.iter().map(|&(_, n)| n).sum();
    // A stable sort keeps the first-met language first on a tie.
    votes.sort_by_key(|&(_, n)| std::cmp::Reverse(n));
    votes
        .into_iter()
        .filter_map(|(language, n)| Some((lang_tag(language)?, n as f64 / total as f64)))
        .collect()
}

/// Each language among `verdicts` with how many there are, in order of first verdict.
fn count(verdicts: impl IntoIterator<Item = Option<Language>>) -> Vec<(Language, usize)> {
    let mut votes: Vec<(Language, usize)> = Vec::new();
    for language in verdicts.into_iter().flatten() {
        match votes.iter_mut().find(|(l, _)| *l == language) {
            Some((_, n)) => *n += 1,
            None => votes.push((language, 1)),
        }
    }
    votes
}

/// The votes of a text with too few sentences long enough for the document detector (a
/// list, verse, a few lines of dialogue): every sentence of a few letters, judged by the
/// full-accuracy models, which are made for short spans; with none, the sentences judged
/// together.
fn short_text_votes(sentences: &[&str]) -> Vec<(Language, usize)> {
    let detector = span_detector(SpanLanguages::All);
    let judged: Vec<&str> = sentences
        .iter()
        .copied()
        .filter(|s| letter_count(s) >= MIN_SHORT_LETTERS)
        .collect();
    if !judged.is_empty() {
        return count(detector.detect_languages_in_parallel_of(&judged));
    }
    let joined = sentences.join("\n");
    if letter_count(&joined) < MIN_LETTERS {
        return Vec::new();
    }
    count([detector.detect_language_of(joined)])
}

/// The sentences of a line: cut after a full stop, question or exclamation mark or
/// ellipsis followed by white space. Abbreviations cut too; the pieces are short and are
/// then no vote.
fn sentences(line: &str) -> impl Iterator<Item = &str> {
    let mut rest = line;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let mut chars = rest.char_indices().peekable();
        let mut end = rest.len();
        while let Some((i, c)) = chars.next() {
            let ends = matches!(c, '.' | '!' | '?' | '…');
            if ends && chars.peek().is_some_and(|&(_, next)| next.is_whitespace()) {
                end = i + c.len_utf8();
                break;
            }
        }
        let (sentence, after) = rest.split_at(end);
        rest = after.trim_start();
        Some(sentence.trim())
    })
}

fn letter_count(text: &str) -> usize {
    text.chars().filter(|c| c.is_alphabetic()).count()
}

/// The lines detection reads: the line starting at or after each of `SAMPLES` evenly
/// spaced offsets (every line of a short text), trimmed and cut to `LINE_BYTES`. Every
/// search is bounded, so a 100 MB line costs what an article does; in a file of very long
/// lines a sample starts at its offset, mid-line.
fn sample_lines(text: &str) -> Vec<&str> {
    let step = (text.len() / SAMPLES).max(1);
    let mut out = Vec::new();
    let mut next = 0; // where the last sampled line ended: lines are not sampled twice
    for i in 0..SAMPLES {
        let at = (i * step).max(next);
        if at >= text.len() {
            break;
        }
        let near = &text.as_bytes()[at..(at + LINE_BYTES).min(text.len())];
        let start = match memchr::memchr(b'\n', near) {
            _ if at == 0 || text.as_bytes()[at - 1] == b'\n' => at,
            Some(nl) => at + nl + 1,
            None => ceil_boundary(text, at),
        };
        let rest = &text.as_bytes()[start..(start + LINE_BYTES).min(text.len())];
        let end = start + memchr::memchr(b'\n', rest).unwrap_or(rest.len());
        let end = floor_boundary(text, end);
        next = end + 1;
        out.push(text[start..end].trim());
    }
    out
}

/// The smallest char boundary of `text` at or above `at`.
fn ceil_boundary(text: &str, mut at: usize) -> usize {
    while !text.is_char_boundary(at) {
        at += 1;
    }
    at
}

/// The largest char boundary of `text` at or below `at`.
fn floor_boundary(text: &str, mut at: usize) -> usize {
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// The lingua language of a BCP 47 tag ("pt-BR" is Portuguese), if lingua is built with it.
pub fn lingua_language(tag: &LangTag) -> Option<Language> {
    let primary = tag.to_string();
    let primary = primary
        .split('-')
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase();
    DETECTABLE
        .iter()
        .copied()
        .find(|l| l.iso_code_639_1().to_string() == primary)
}

/// A span's most likely language other than the target, and how sure lingua is.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ForeignGuess {
    pub language: Language,
    /// lingua's confidence in `language` against the target alone: c(L) / (c(L) + c(target)).
    /// Pairwise, because with six languages the mass of a short span spreads over the
    /// related ones (Spanish, Italian) and no single value says "not the target".
    pub against_target: f64,
    /// lingua's confidence in `language` among all the detector's languages.
    pub confidence: f64,
    /// Whether `language` is lingua's first choice among all its languages.
    pub is_top: bool,
}

/// Full-accuracy detectors for short spans, built lazily on the first span that needs
/// one (an article with nothing suspicious never loads the n-gram models).
fn span_detector(languages: SpanLanguages) -> &'static LanguageDetector {
    static PAIR: OnceLock<LanguageDetector> = OnceLock::new();
    static ALL: OnceLock<LanguageDetector> = OnceLock::new();
    match languages {
        SpanLanguages::TargetAndEnglish(target) => PAIR.get_or_init(|| {
            let mut langs = vec![target];
            if target != Language::English {
                langs.push(Language::English);
            }
            LanguageDetectorBuilder::from_languages(&langs).build()
        }),
        SpanLanguages::All => {
            ALL.get_or_init(|| LanguageDetectorBuilder::from_languages(DETECTABLE).build())
        }
    }
}

/// Which languages a span is scored against.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SpanLanguages {
    /// The target and the source language: loads two models; for spans that can only be
    /// English (capitalised English descriptors next to a known name). The target of the
    /// first call is kept: mtlint ships glossaries for one target language.
    TargetAndEnglish(Language),
    /// Every language lingua is built with.
    All,
}

/// The most likely non-target language of a short span (2-3 words), scored with lingua's
/// full models; `None` when the target language is the first choice or lingua has no
/// opinion.
pub fn score_span(span: &str, target: Language, languages: SpanLanguages) -> Option<ForeignGuess> {
    let values = span_confidences(span, languages);
    let target_confidence = values
        .iter()
        .find(|(l, _)| *l == target)
        .map_or(0.0, |(_, c)| *c);
    let top = values.first().map(|(l, _)| *l);
    let (language, confidence) = values.iter().copied().find(|(l, _)| *l != target)?;
    if confidence <= 0.0 {
        return None;
    }
    Some(ForeignGuess {
        language,
        against_target: confidence / (confidence + target_confidence),
        confidence,
        is_top: top == Some(language),
    })
}

/// lingua's confidence in each language for a short span, best first.
pub fn confidence_values(span: &str, languages: SpanLanguages) -> Vec<(Language, f64)> {
    span_confidences(span, languages).to_vec()
}

/// lingua's values of one span, best first, shared by the callers that remember them.
type Confidences = Rc<[(Language, f64)]>;

/// Spans a thread remembers before it starts over, and the longest span remembered: the
/// spans scored are words and runs of a few words, which repeat (the same untranslated
/// term on every line of a manual); a long quotation rarely does.
const MAX_SPANS: usize = 1 << 16;
const MAX_SPAN_BYTES: usize = 128;

thread_local! {
    /// Per detector (`SpanLanguages::All` or the pair), each span's values.
    static SPANS: RefCell<[FxHashMap<Box<str>, Confidences>; 2]> = RefCell::default();
}

/// lingua's confidence values of `span` by the detector of `languages`, remembered per
/// thread. A lingua call on a span of a few words costs tens of thousands of
/// instructions (its n-gram look-ups) and gives the same values every time for the same
/// detector and span, so a repeated span costs a hash look-up; each thread keeps its own
/// map (no locking), bounded as the lexicon's word memo is.
fn span_confidences(span: &str, languages: SpanLanguages) -> Confidences {
    let which = usize::from(languages != SpanLanguages::All);
    let compute = || -> Confidences {
        span_detector(languages)
            .compute_language_confidence_values(span)
            .into()
    };
    if span.len() > MAX_SPAN_BYTES {
        return compute();
    }
    // `try_with`: a thread being torn down has no memo left, and then just computes.
    if let Some(values) = SPANS
        .try_with(|m| m.borrow()[which].get(span).cloned())
        .ok()
        .flatten()
    {
        return values;
    }
    let values = compute();
    let _ = SPANS.try_with(|m| {
        let map = &mut m.borrow_mut()[which];
        if map.len() >= MAX_SPANS {
            map.clear();
        }
        map.insert(span.into(), Rc::clone(&values));
    });
    values
}

/// The language of each line of a text that mixes languages: a `None` for lines too short
/// to tell. Uses the whole-document (low-accuracy) detector, which is reliable on lines of
/// a few words and loads fast.
pub fn detect_lines(text: &str) -> Vec<(crate::ByteRange, Option<Language>)> {
    let mut out = Vec::new();
    let mut start = 0;
    for line in text.split_inclusive('\n') {
        let range = crate::ByteRange::new(start, start + line.trim_end().len());
        start += line.len();
        let letters = line.chars().filter(|c| c.is_alphabetic()).count();
        let language = if letters < 20 {
            None
        } else {
            document_detector().detect_language_of(line)
        };
        out.push((range, language));
    }
    out
}

/// The BCP 47 tag of a lingua language.
pub fn lang_tag(language: Language) -> Option<LangTag> {
    let code: IsoCode639_1 = language.iso_code_639_1();
    code.to_string().parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects_portuguese_and_english() {
        let pt =
            "O ministro das Relações Exteriores da Rússia elogiou a aliança militar de seu país.";
        let en =
            "The Russian foreign minister praised his country's military alliance on Saturday.";
        assert_eq!(
            detect_language(pt).map(|t| t.to_string()).as_deref(),
            Some("pt")
        );
        assert_eq!(
            detect_language(en).map(|t| t.to_string()).as_deref(),
            Some("en")
        );
    }

    #[test]
    fn english_fragment_scores_high_against_portuguese() {
        let pt = Language::Portuguese;
        let port = score_span("Port City", pt, SpanLanguages::TargetAndEnglish(pt));
        assert!(port.is_some_and(|g| g.language == Language::English && g.against_target > 0.9));
        let native = score_span("agência de notícias", pt, SpanLanguages::All);
        assert!(native.is_none_or(|g| g.against_target < 0.5), "{native:?}");
    }

    #[test]
    fn spanish_word_is_spanish() {
        let g = score_span("cuchillada", Language::Portuguese, SpanLanguages::All);
        assert!(g.is_some_and(|g| g.language == Language::Spanish && g.is_top));
    }

    #[test]
    fn lines_of_a_mixed_text() {
        let text = "O ministro elogiou a aliança militar do seu país.\nThe minister praised the military alliance of his country.\nOk";
        let langs: Vec<Option<Language>> = detect_lines(text).into_iter().map(|(_, l)| l).collect();
        assert_eq!(
            langs,
            [Some(Language::Portuguese), Some(Language::English), None]
        );
    }

    #[test]
    fn tags_map_to_lingua() {
        let tag: LangTag = "pt-BR".parse().expect("valid tag");
        assert_eq!(lingua_language(&tag), Some(Language::Portuguese));
    }

    const EN: &str =
        "The Russian foreign minister praised his country's military alliance on Saturday.\n";
    const PT: &str =
        "O ministro das Relações Exteriores da Rússia elogiou a aliança militar de seu país.\n";

    fn detected(text: &str) -> Option<String> {
        detect_language(text).map(|t| t.to_string())
    }

    #[test]
    fn a_text_is_in_the_language_of_most_of_it_not_of_its_start() {
        // The first 6 KB English, the following 12 KB Portuguese: the old verdict from the
        // first 4 KB said English.
        let text = EN.repeat(6 * 1024 / EN.len()) + &PT.repeat(12 * 1024 / PT.len());
        assert!(text.len() > 4096);
        assert_eq!(detected(&text).as_deref(), Some("pt"));
        // English lines among Portuguese ones, in a short text.
        let short = format!("{PT}{EN}{EN}{PT}{PT}{PT}");
        assert_eq!(detected(&short).as_deref(), Some("pt"));
        let english = format!("{EN}{PT}{EN}{EN}");
        assert_eq!(detected(&english).as_deref(), Some("en"));
    }

    #[test]
    fn a_huge_single_line_is_sampled_at_char_boundaries() {
        let text = PT.trim_end().repeat(200_000 / PT.len());
        assert_eq!(detected(&text).as_deref(), Some("pt"));
    }

    #[test]
    fn short_lines_are_judged_together() {
        let text = "Bom dia.\nObrigado pela ajuda.\nAté amanhã, então.\nCom certeza.\n";
        assert_eq!(detected(text).as_deref(), Some("pt"));
    }

    #[test]
    fn too_short_to_tell() {
        assert_eq!(detect_language("Ok 123"), None);
    }

    /// lingua's values, to 12 decimals, on spans of Apertium output (target/bench-speed's
    /// MT slice): words, runs of words, a line past 120 chars (scored by trigrams alone).
    /// vendor/lingua's patches (its own tests are not built) must leave every one as it
    /// is. Not bit for bit: the last bit of a value differs between runs of the same
    /// lingua (the order in which it adds its languages' sums), in main's crate too.
    #[test]
    fn lingua_values_are_pinned() {
        let spans = [
            "filesystem",
            "póliza",
            "outdated",
            "maintainer",
            "severidad",
            "reescribir muitos conteúdos",
            "Debian Remessa",
            "aclara fora do repositório local de limas de embalagem recuperada para outdated embalagens",
            "Após que 6 anos, me dei conta que o original \"Debian Remessa (versão 1)\" era outdated e começado para reescribir muitos conteúdos.",
        ];
        let mut found = String::new();
        for span in spans {
            for languages in [
                SpanLanguages::All,
                SpanLanguages::TargetAndEnglish(Language::Portuguese),
            ] {
                let values = confidence_values(span, languages);
                let bits: Vec<String> = values
                    .iter()
                    .map(|(l, c)| format!("{l:?} {c:.12}"))
                    .collect();
                found.push_str(&bits.join(", "));
                found.push('\n');
            }
        }
        assert_eq!(found, PINNED, "lingua's values changed:\n{found}");
    }

    /// vendor/lingua splits a span of chars below U+0250 at the chars that are not
    /// `char::is_alphabetic`, where its regex matches runs of `\p{L}`: below U+0250 both
    /// are these ranges (Unicode's letters, General Category L, there).
    #[test]
    fn below_u0250_the_alphabetic_chars_are_the_letters() {
        let letters = [
            (0x41, 0x5a),
            (0x61, 0x7a),
            (0xaa, 0xaa),
            (0xb5, 0xb5),
            (0xba, 0xba),
            (0xc0, 0xd6),
            (0xd8, 0xf6),
            (0xf8, 0x24f),
        ];
        for u in 0..0x250u32 {
            let Some(c) = char::from_u32(u) else { continue };
            let letter = letters.iter().any(|&(a, b)| (a..=b).contains(&u));
            assert_eq!(c.is_alphabetic(), letter, "U+{u:04X}");
        }
    }

    const PINNED: &str = "\
German 0.372908702876, English 0.294194706174, French 0.160199830918, Portuguese 0.099147140834, Spanish 0.059696419002, Italian 0.013853200197\n\
English 0.747936453780, Portuguese 0.252063546220\n\
Portuguese 0.590632697520, Spanish 0.409367302480, English 0.000000000000, French 0.000000000000, German 0.000000000000, Italian 0.000000000000\n\
Portuguese 1.000000000000, English 0.000000000000\n\
English 0.971586376793, German 0.020308362205, Portuguese 0.006296263141, Italian 0.001159329714, Spanish 0.000560367656, French 0.000089300490\n\
English 0.993561330487, Portuguese 0.006438669513\n\
English 0.626183031157, French 0.194293292967, German 0.144762785511, Italian 0.016173875195, Spanish 0.010754833363, Portuguese 0.007832181807\n\
English 0.987646697355, Portuguese 0.012353302645\n\
Portuguese 0.544900685189, Spanish 0.416456425732, English 0.022274486325, Italian 0.008223973756, German 0.006328885316, French 0.001815543682\n\
Portuguese 0.960727324743, English 0.039272675257\n\
Portuguese 0.957711201695, Italian 0.022671161053, English 0.016159854281, Spanish 0.002960156272, German 0.000474371163, French 0.000023255536\n\
Portuguese 0.983406577101, English 0.016593422899\n\
Italian 0.463709514418, Portuguese 0.220071321800, German 0.146763576292, French 0.068059400861, English 0.056134614362, Spanish 0.045261572267\n\
Portuguese 0.796765358696, English 0.203234641304\n\
Portuguese 0.987095804493, Spanish 0.010585939515, Italian 0.001325801783, English 0.000598773180, German 0.000282125346, French 0.000111555684\n\
Portuguese 0.999393766866, English 0.000606233134\n\
Portuguese 0.989038872105, Italian 0.005504147023, English 0.005067123598, Spanish 0.000195229713, German 0.000193462442, French 0.000001165119\n\
Portuguese 0.994902833682, English 0.005097166318\n";
}
