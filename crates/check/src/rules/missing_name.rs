//! `missing-name`: a name of the source (a person, place, organisation, product) that the
//! translation neither keeps as written nor renders in an accepted way, reported where the
//! words that took its place can be found ("Trump" → "Triunfo", "Oregon" → "Oregón"). The
//! finding and locating are mtlint-compare's `names` module; which misses are sure enough
//! to report is its `names::damage`; this rule gives them the source's facts (the English
//! word list, the word table, the glossaries' renderings and places) and turns the
//! damaged names into findings.

use std::cell::RefCell;

use mtlint_compare::names::{
    self, CaseEvidence, Demonyms, Renderings, SourceProfile, SourceTokens, SourceWords, Surnames,
};
use mtlint_glossary::TermKind;
use mtlint_lexicon::{Lexicon, Translations};
use rustc_hash::FxHashMap;

use crate::context::SegmentContext;
use crate::rules::{Prepare, RuleDef, RuleKind, Yield};
use crate::{Applicability, ByteRange, Finding, Rule, RuleDoc, Severity, Suggestion};

pub(crate) static RULE: RuleDef = RuleDef {
    check_segment: Some(check_segment),
    prepare: Some(prepare),
    // A glossary entry says more than this rule's guess at the same words.
    yields_to: &[
        Yield::overlapping(Rule::WrongTerm),
        Yield::overlapping(Rule::TranslatedNamePart),
        Yield::overlapping(Rule::NameNearMiss),
        // A glossary name's `avoid` form in the target: term-mismatch names the form and
        // the glossary's rendering, which says more than "the name is missing".
        Yield::overlapping(Rule::TermMismatch),
    ],
    ..RuleDef::new("missing-name", RuleKind::Name, Severity::Warning, DOC)
};

const DOC: RuleDoc = RuleDoc {
    summary: "a name of the source that the translation lost: translated as words, respelled or torn apart",
    what: "Needs the source (PO, XLIFF and the other bilingual formats, or `--source`); English \
sources only, for now. The names of the source are its capitalised words and runs of them \
(\"Theresa May\", \"Beacon's Beach\", acronyms), minus titles (\"Prime Minister\"), months, \
weekdays, demonyms (\"Russian\") and a sentence's first word when English uses it as an \
ordinary word (unless the same text writes it capitalised inside sentences more often: \
\"Trump said\"). A name is kept when the translation has it as written, as a glossary \
rendering (`use`/`also`, the exonyms of the shipped country and city glossaries: \
\"Moscow\" → \"Moscou\"), adapted to a word the target language knows (\"Russia\" → \
\"Rússia\"), or as an acronym's anagram (\"EU\" → \"UE\"). Of the names missing, only the \
damage a translator does not do is reported: a word of the name turned into its dictionary \
translation while the name is nowhere (\"Trump\" → \"o triunfo\", \"Theresa May\" → \"maio \
de Theresa\", \"Kanye West\" → \"Kanye Oeste\"), a name of ordinary words translated \
word for word in mixed capitals (\"Desert Island Discs\" → \"Discos de Ilha do deserto\"), \
or a name respelled into a word no dictionary knows (\"Oregon\" → \"Oregón\", \"Ri\" → \
\"Rri\"). Demonyms (\"German\" of \"German Navy\") are no given names; a direction the text \
gives someone as a surname is a name (\"Kanye West\" … \"West said\"), but not after an article \
(\"the West\"). An accent written where Portuguese writes one is an adaptation, not damage \
(\"Interlingua\" → \"Interlíngua\", \"Sorani\" → \"Sorâni\"; a pivot's \"Oregón\" or \"Los \
Ángeles\" is damage). A name dropped or paraphrased is not reported: a translator may rightly \
do that.",
    why: "Machine translation takes names for words: \"President Trump\" becomes \"Triunfo de \
Presidente\", \"Prime Minister Theresa May\" becomes \"maio de Theresa do Premiê\". The \
damage is invisible without the source and obvious against it.",
    example: "Prime Minister Theresa May  →  maio de Theresa do Premiê  (\"Theresa May\")",
    fix: "Display only: the source's name is suggested; where it goes in the sentence is the \
translator's call.",
};

/// What the rule compiles once from the glossaries.
struct Data {
    /// Source form of a glossary entry -> its accepted target forms (Fx: asked of every
    /// name of every segment).
    forms: FxHashMap<String, Vec<String>>,
    /// Adjectives of the glossaries' places ("Russian", "Korean").
    demonyms: Demonyms,
    profile: SourceProfile,
}

fn prepare(p: &Prepare<'_>) -> Box<dyn std::any::Any + Send + Sync> {
    let Some(profile) = crate::analysis::source_names::name_profile(&p.profile.source) else {
        return Box::new(()); // the source profile says nothing of names: nothing to find
    };
    let mut forms: FxHashMap<String, Vec<String>> = FxHashMap::default();
    let mut places: Vec<&str> = Vec::new();
    for term in &p.index.terms {
        for source in &term.source {
            let entry = forms.entry(source.clone()).or_default();
            entry.extend(term.good_forms().map(str::to_string));
            if term.kind == TermKind::Place {
                places.push(source);
            }
        }
    }
    let demonyms = Demonyms::new(places, &profile);
    Box::new(Data {
        forms,
        demonyms,
        profile,
    })
}

/// The language facts a segment is checked with.
pub(crate) struct Facts<'a> {
    pub profile: &'a SourceProfile,
    /// Whether a lowercase word is an ordinary word of the source language.
    pub common: &'a dyn Fn(&str) -> bool,
    /// Whether a capitalised word is a demonym of the source profile ("German").
    pub is_demonym: &'a dyn Fn(&str) -> bool,
    pub table: &'a Translations,
    pub lexicon: &'a Lexicon,
    pub people: &'a Lexicon,
    pub demonyms: &'a Demonyms,
    pub forms: &'a FxHashMap<String, Vec<String>>,
    pub evidence: Option<&'a CaseEvidence>,
    pub surnames: Option<&'a Surnames>,
    /// The target's spelling data (its vowels and stress marks).
    pub respelling: &'a mtlint_lexicon::Respelling,
    /// Answers kept for the part, when there is one.
    pub answers: Option<&'a Answers>,
    /// The text of the part the segment is checked with (its discourse): a rendering it
    /// repeats is the text's own (see [`established`]).
    pub discourse: &'a str,
}

/// What the rule learns once per part: the surnames its sources give people, and the
/// answers it keeps about their words.
struct PartMemo {
    surnames: Surnames,
    answers: Answers,
}

/// Answers about the source's words kept for a part: a text names the same people and
/// places segment after segment, and asking whether a capitalised word is one the target
/// translates (demonym lists, the word list, the word table) was a third of finding names.
/// Whether a lowercase word is an ordinary word of the source (a search of the word
/// list, asked of most capitalised words again in every segment) and a name word's
/// translations (a search of the word table) are kept too.
#[derive(Debug, Default)]
pub(crate) struct Answers {
    translated: RefCell<FxHashMap<String, bool>>,
    common: RefCell<FxHashMap<String, bool>>,
    translations: RefCell<FxHashMap<String, Vec<String>>>,
}

impl Answers {
    /// `ask(word)`, asked once per word.
    fn translated(&self, word: &str, ask: impl FnOnce(&str) -> bool) -> bool {
        remembered(&self.translated, word, ask)
    }

    /// `ask(word)` of a lowercase word, asked once per word.
    fn common(&self, word: &str, ask: impl FnOnce(&str) -> bool) -> bool {
        remembered(&self.common, word, ask)
    }

    /// `ask(word)`, the translations of a name's word, asked once per word.
    fn translations(&self, word: &str, ask: impl FnOnce(&str) -> Vec<String>) -> Vec<String> {
        remembered(&self.translations, word, ask)
    }
}

/// The answer `map` keeps for `word`, or `ask(word)`, then kept.
fn remembered<T: Clone>(
    map: &RefCell<FxHashMap<String, T>>,
    word: &str,
    ask: impl FnOnce(&str) -> T,
) -> T {
    if let Some(known) = map.borrow().get(word) {
        return known.clone();
    }
    let answer = ask(word);
    map.borrow_mut().insert(word.to_string(), answer.clone());
    answer
}

fn check_segment(ctx: &mut SegmentContext<'_, '_>) {
    let Some(data) = ctx.prepared::<Data>() else {
        return;
    };
    let source_profile = &ctx.profile.source;
    let (true, Some(lexicon)) = (source_profile.has_words(), ctx.profile.lexicon()) else {
        return;
    };
    let common = |w: &str| source_profile.is_word(w);
    let is_demonym = |w: &str| source_profile.is_demonym(w);
    let people = mtlint_lexicon::person_names();
    // How the source text writes its words, and the surnames it gives its people: once
    // per part, from every source of it.
    let all = ctx.all_source_tokens();
    let memo = ctx.memo(|_| {
        let is_given = |w: &str| is_given_name(w, source_profile, &data.demonyms);
        PartMemo {
            surnames: Surnames::from_tokens(all, &is_given),
            answers: Answers::default(),
        }
    });
    let evidence = ctx.case_evidence();
    let facts = Facts {
        profile: &data.profile,
        common: &common,
        is_demonym: &is_demonym,
        table: ctx.profile.translations(),
        lexicon,
        people,
        demonyms: &data.demonyms,
        forms: &data.forms,
        evidence: Some(evidence),
        surnames: memo.map(|m| &m.surnames),
        respelling: &ctx.profile.respelling,
        answers: memo.map(|m| &m.answers),
        discourse: &ctx.text[ctx.part.as_range()],
    };
    let mut out = Vec::new();
    find(ctx.source_tokens(), ctx.target_text(), ctx.target.start, &facts, &mut out);
    for finding in out {
        ctx.report(finding);
    }
}

/// Whether `word` opens a person's name as a given name: the person list has it, and it is
/// no ordinary word of the source language and no demonym (the list has "German", and
/// "German Navy" must not make "Navy" a surname). The source profile's demonyms need no
/// glossary; the glossaries' places add their own.
pub(crate) fn is_given_name(
    word: &str,
    source: &mtlint_lexicon::SourceProfile,
    demonyms: &Demonyms,
) -> bool {
    let folded = word.to_lowercase();
    mtlint_lexicon::person_names().contains(&folded)
        && !source.is_word(&folded)
        && !source.is_demonym(word)
        && !demonyms.contains(word)
}

/// The findings of `target` (at byte `base` of the checked text) against `source`.
pub(crate) fn find(
    tokens: &SourceTokens<'_>,
    target: &str,
    base: usize,
    facts: &Facts<'_>,
    out: &mut Vec<Finding>,
) {
    let source = tokens.text();
    let is_common = |w: &str| match facts.answers {
        Some(answers) => answers.common(w, facts.common),
        None => (facts.common)(w),
    };
    // A capitalised word English writes only so and the word table translates is a
    // demonym or a language ("Chinese" → "chinês"), never a name on its own.
    let ask_translated = |w: &str| {
        facts.demonyms.contains(w) || (facts.is_demonym)(w) || {
            let lower = w.to_lowercase();
            !is_common(&lower) && facts.table.is_english_word(&lower)
        }
    };
    let is_translated = |w: &str| match facts.answers {
        Some(answers) => answers.translated(w, ask_translated),
        None => ask_translated(w),
    };
    let words = SourceWords {
        is_common: &is_common,
        is_translated: &is_translated,
    };
    let forms_of = |n: &str| facts.forms.get(n).cloned().unwrap_or_default();
    let ask_translations = |w: &str| {
        facts
            .table
            .translations_of_name_part(w)
            .map(str::to_string)
            .collect()
    };
    let translations_of = |w: &str| match facts.answers {
        Some(answers) => answers.translations(w, ask_translations),
        None => ask_translations(w),
    };
    let is_target_word = |w: &str| facts.lexicon.contains(w);
    let renderings = Renderings {
        forms: &forms_of,
        translations: &translations_of,
        is_target_word: &is_target_word,
    };
    let is_person = |w: &str| facts.people.contains(&w.to_lowercase());
    let judge = names::Judge {
        is_person: &is_person,
        is_source_word: &is_common,
        profile: facts.profile,
        surnames: facts.surnames,
        follows_stress_rules: &|w| stress::follows_stress_rules(w, facts.respelling),
    };
    let whole = ByteRange::new(base, base + target.len());
    // The target's words, cut once for all the source's names.
    let target_words = names::TargetWords::new(target);
    for name in names::find_names_in(tokens, facts.profile, &words, facts.evidence) {
        if shouted(&name.text, &is_common) {
            continue;
        }
        // Where a missing name went is looked for only when its damage names no words.
        let placement = names::place_in(&name, source, &target_words, &renderings);
        let Some(damage) =
            names::damage_in(&name, source, &target_words, &placement, &renderings, &judge)
        else {
            continue;
        };
        if kept_across_lines(&name.text, target) {
            continue;
        }
        if damage.why == names::Why::Replaced
            && damage.span.as_ref().is_some_and(|s| {
                capital_run(target, s) == 2 && established(&name, source, &target[s.clone()], facts)
            })
        {
            continue;
        }
        let span = damage.span.or_else(|| {
            names::replacement_in(&name, source, &target_words, &renderings).map(|(s, _)| s)
        });
        let range = span
            .as_ref()
            .map_or(whole, |s| ByteRange::new(base + s.start, base + s.end));
        let message = match &span {
            Some(s) => format!(
                "the source's name \"{}\" is not in the translation: \"{}\" took its place",
                name.text,
                &target[s.clone()]
            ),
            None => format!(
                "the source's name \"{}\" is not in the translation",
                name.text
            ),
        };
        out.push(Finding {
            suggestions: vec![Suggestion {
                range,
                replacement: name.text.clone(),
                applicability: Applicability::DisplayOnly,
            }],
            ..Finding::new(Rule::MissingName, range, message)
        });
    }
}

/// How many capitalised words, joined by single spaces, make the run of `target` that
/// holds the word at `at`: a thing's name and its kind are two ("Google Fotos como"); a
/// longer run is a longer name torn ("Web Ancho Mundial").
fn capital_run(target: &str, at: &std::ops::Range<usize>) -> usize {
    let capital = |w: &str| w.starts_with(char::is_uppercase);
    let mut n = 1;
    let mut left = &target[..at.start];
    while let Some(rest) = left.strip_suffix(' ') {
        let start = rest.rfind(char::is_whitespace).map_or(0, |i| i + 1);
        let word = &rest[start..];
        if !capital(word) || word.ends_with(|c: char| !c.is_alphanumeric()) {
            break;
        }
        n += 1;
        left = &rest[..start];
    }
    let mut right = &target[at.end..];
    while let Some(rest) = right.strip_prefix(' ') {
        let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
        let word = &rest[..end];
        if !capital(word) {
            break;
        }
        n += 1;
        if word.ends_with(|c: char| !c.is_alphanumeric()) {
            break;
        }
        right = &rest[end..];
    }
    n
}

/// How many times a text repeats a rendering before it is the text's own.
const ESTABLISHED: usize = 3;

/// Whether a name of two words is a thing's name and its kind, the kind translated as the
/// text always does: the text the segment belongs to writes the word of the target that
/// replaced one word next to the other, kept, three times or more ("Google Fotos",
/// "GNOME Programas"). A rendering the translator settled on for the whole text, as a
/// glossary would, not a word a machine took for the name's ("Capitol Cerro" once in a
/// story); a longer name with a word replaced among kept ones ("World Wide Site", four
/// times in one MT) is torn, and so is a pair inside a longer run of capitals ("Web Ancho
/// Mundial", see [`capital_run`]).
fn established(name: &names::Name, source: &str, stranger: &str, facts: &Facts<'_>) -> bool {
    if name.words.len() != 2 || !facts.lexicon.contains(&stranger.to_lowercase()) {
        return false;
    }
    // memchr's searcher, not `str::matches`: the part may be a whole catalogue, searched
    // once per such name (both count non-overlapping uses).
    let discourse = facts.discourse.as_bytes();
    let count = |pair: String| memchr::memmem::find_iter(discourse, pair.as_bytes()).count();
    let uses: usize = name
        .words
        .iter()
        .map(|w| &source[w.clone()])
        .filter(|w| *w != stranger)
        .map(|w| count(format!("{w} {stranger}")) + count(format!("{stranger} {w}")))
        .sum();
    uses >= ESTABLISHED
}

/// Whether a run of capitals is English words shouted, not a name: two or more words,
/// all in capitals, one of them a short ordinary word ("FOR A PARTICULAR PURPOSE" of the
/// GPL's notice, "THIS COULD BE A MITM ATTACK!"). A name's short words are few and
/// rarely written in capitals ("Bank of America").
fn shouted(name: &str, is_common: &dyn Fn(&str) -> bool) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    words.len() >= 2
        && words
            .iter()
            .all(|w| !w.chars().any(char::is_lowercase))
        && words.iter().any(|w| {
            let lower = w.to_lowercase();
            lower.chars().count() <= 3 && lower.chars().all(char::is_alphabetic) && is_common(&lower)
        })
}

/// Whether `target` writes the name as it is, its words broken over lines (a catalogue's
/// "Free\nSoftware Foundation") or spaced otherwise: the damage found was in other words.
fn kept_across_lines(name: &str, target: &str) -> bool {
    let joined = target.split_whitespace().collect::<Vec<_>>().join(" ");
    let name = name.split_whitespace().collect::<Vec<_>>().join(" ");
    joined.match_indices(&name).any(|(i, _)| {
        let before = joined[..i].chars().next_back();
        let after = joined[i + name.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

mod stress;
#[cfg(test)]
mod tests;
