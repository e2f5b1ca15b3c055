//! `inconsistent-name`: one document spelling one entity two ways ("Wonsan" and "Wŏnsan",
//! "Zelensky" and "Zelenskiy"), each spelling acceptable alone.

use mtlint_glossary::{fold_key, Term};
use rustc_hash::FxHashMap;

use crate::context::Context;
use crate::rules::{Finish, Needs, RuleDef, RuleKind};
use crate::case::carry_case;
use crate::names::keys::strip_diacritics;
use crate::analysis::name_uses::Uses;
use crate::{Applicability, ByteRange, Finding, Rule, RuleDoc, Severity, Suggestion, TermRef};

pub(crate) static RULE: RuleDef = RuleDef {
    needs: Needs::WORDS,
    check,
    finish: Some(finish),
    ..RuleDef::new("inconsistent-name", RuleKind::Name, Severity::Warning, DOC)
};

const DOC: RuleDoc = RuleDoc {
    summary: "one name spelled two ways in one document",
    what: "Two spellings of one entity in the same document: two accepted forms of a glossary \
name that are spelling variants of each other (\"Wonsan\" and \"Wŏnsan\"); a form of a \
glossary name the document uses and a capitalised word no glossary explains that is a near \
spelling of it (\"Zelensky\" and \"Zelenskiy\": this rule speaks rather than \
`name-near-miss`, and suggests the document's own spelling); or, for names no glossary holds, the same capitalised word with and without \
diacritics (not words in capitals, with digits or with an inner capital, which are acronyms, \
headings and identifiers, nor words in URLs or code). The less frequent spelling is reported; a full name and its short form (\"Vladimir \
Putin\", \"Putin\") are not variants.",
    why: "Each spelling may be acceptable, but switching between them makes readers wonder \
whether two people or places are meant, and house style wants one.",
    example: "Lavrov chegou a Wonsan. [...] Em Wŏnsan, ...  →  Em Wonsan, ...",
    fix: "Unsafe: the document's majority spelling (the glossary's preferred form on a tie).",
};

/// Words of two spellings of one name must be at least this similar (strsim's normalized
/// Damerau-Levenshtein on letters without diacritics) to count as variants.
const MIN_VARIANT_SIMILARITY: f64 = 0.6;
/// Records the names the stretch writes, for `finish`.
fn check(ctx: &mut Context<'_, '_>) {
    let scan = ctx.scan();
    let mut uses = Uses::default();
    uses.observe(scan, ctx.glossary);
    ctx.facts.name_uses.append(uses);
}

fn finish(doc: &mut Finish<'_>) {
    report(&doc.facts.name_uses, doc.text, &doc.index.terms, doc.findings);
}

/// The findings for the whole document, from the names its parts used.
fn report(uses: &Uses, text: &str, terms: &[Term], out: &mut Vec<Finding>) {
    // Each spelling's folded form, made once (a long text repeats its names).
    let mut keys: FxHashMap<&str, String> = FxHashMap::default();
    for (_, range) in uses.glossary() {
        let written = &text[range.as_range()];
        if !keys.contains_key(written) {
            keys.insert(written, fold_key(written));
        }
    }
    let key_of = |range: &ByteRange| keys.get(&text[range.as_range()]).map_or("", String::as_str);
    // Per entry its spellings, not its uses: a long text's uses of names are many (1.6
    // million on 64 MiB of news) and a copy of them grouped by entry was 30 MB.
    let mut by_term: FxHashMap<u32, Entry> = FxHashMap::default();
    for (term, range) in uses.glossary() {
        by_term.entry(*term).or_default().count(*range, key_of(range));
    }
    // A capitalised word no glossary explains that is a near spelling of a one-word form
    // the document uses ("Zelenskiy" beside "Zelensky") is another spelling of that entry.
    // Each entry's one-word forms once, in the map's order; a word that joins an entry
    // becomes one of its forms for the words after it. A word found near nothing is not
    // compared again until some entry gains a form (a long text repeats its names).
    let mut forms: Vec<(u32, Vec<&str>)> = by_term
        .iter()
        .map(|(term, entry)| {
            let keys = entry.spellings.iter().map(|s| s.0);
            (*term, keys.filter(|key| !key.contains(' ')).collect())
        })
        .collect();
    let mut near_nothing: rustc_hash::FxHashSet<&str> = Default::default();
    for (_, range, folded, _) in uses.free() {
        if folded.chars().count() < NEAR_MIN_LETTERS || near_nothing.contains(folded) {
            continue;
        }
        let near = forms
            .iter_mut()
            .find(|(_, keys)| keys.iter().any(|key| near_spelling(folded, key)));
        let Some((term, keys)) = near else {
            near_nothing.insert(folded);
            continue;
        };
        if !keys.contains(&folded) {
            keys.push(folded);
            near_nothing.clear();
        }
        if let Some(entry) = by_term.get_mut(term) {
            entry.count(range, folded);
            entry.joined.push((range, folded));
        }
    }
    // Each entry's majority spelling; then, in one pass over the uses, the findings of
    // each entry: its glossary uses in text order, then the words that joined it, the
    // entries in the map's order (as one vector of uses per entry gave them).
    let majors: FxHashMap<u32, Majority> = by_term
        .iter()
        .filter_map(|(&term, entry)| {
            let preferred = fold_key(&terms[term as usize].preferred);
            Some((term, majority(&entry.spellings, Some(&preferred))?))
        })
        .collect();
    let mut found: FxHashMap<u32, Vec<Finding>> = FxHashMap::default();
    for (term, range) in uses.glossary() {
        let Some(major) = majors.get(term) else {
            continue;
        };
        let key = key_of(range);
        if key != major.key && are_variants(key, major.key) {
            let finding = variant_finding(text, *range, major, Some(&terms[*term as usize]));
            found.entry(*term).or_default().push(finding);
        }
    }
    for (term, entry) in &by_term {
        let Some(major) = majors.get(term) else {
            continue;
        };
        out.extend(found.remove(term).unwrap_or_default());
        for &(range, key) in &entry.joined {
            if key != major.key && are_variants(key, major.key) {
                out.push(variant_finding(text, range, major, Some(&terms[*term as usize])));
            }
        }
    }
    // Grouped by index (8 bytes a use, not 48): the uses of one group are gathered only
    // while it is reported.
    let free = uses.free_table();
    let mut by_letters: FxHashMap<&str, Vec<usize>> = FxHashMap::default();
    for (i, (letters, ..)) in uses.free().enumerate() {
        by_letters.entry(letters).or_default().push(i);
    }
    for indices in by_letters.values() {
        let uses: Vec<FreeUse> = indices
            .iter()
            .filter_map(|&i| free.get(i))
            .map(|(_, range, folded, next)| (range, folded, next))
            .collect();
        for people in by_person(&uses) {
            report_group(text, &people, None, None, |_, _| true, out);
        }
    }
}

/// What the uses of one glossary entry say: its spellings in order of first use (folded
/// form, count, first place), and the words no glossary explains that joined it, in order.
#[derive(Default)]
struct Entry<'t> {
    spellings: Vec<(&'t str, usize, ByteRange)>,
    joined: Vec<(ByteRange, &'t str)>,
}

impl<'t> Entry<'t> {
    fn count(&mut self, range: ByteRange, key: &'t str) {
        count_spelling(&mut self.spellings, range, key);
    }
}

/// Counts a use of the spelling `key` at `range` among `spellings` (in order of first use).
fn count_spelling<'t>(spellings: &mut Vec<(&'t str, usize, ByteRange)>, range: ByteRange, key: &'t str) {
    match spellings.iter_mut().find(|(k, _, _)| *k == key) {
        Some(s) => s.1 += 1,
        None => spellings.push((key, 1, range)),
    }
}

/// The spelling a name's other spellings are reported against: the most used one, the
/// preferred form on a tie, then the first used.
struct Majority<'t> {
    key: &'t str,
    count: usize,
    at: ByteRange,
}

/// The majority of `spellings`, if there are two or more.
fn majority<'t>(spellings: &[(&'t str, usize, ByteRange)], preferred: Option<&str>) -> Option<Majority<'t>> {
    if spellings.len() < 2 {
        return None;
    }
    spellings
        .iter()
        .enumerate()
        .max_by(|(ia, a), (ib, b)| {
            let pa = Some(a.0) == preferred;
            let pb = Some(b.0) == preferred;
            (a.1, pa, std::cmp::Reverse(*ia)).cmp(&(b.1, pb, std::cmp::Reverse(*ib)))
        })
        .map(|(_, &(key, count, at))| Majority { key, count, at })
}

/// The finding on the use at `range` of a spelling other than the majority's.
fn variant_finding(text: &str, range: ByteRange, major: &Majority<'_>, term: Option<&Term>) -> Finding {
    let major_text = &text[major.at.as_range()];
    let found = &text[range.as_range()];
    let times = if major.count == 1 {
        "once".to_string()
    } else {
        format!("{} times", major.count)
    };
    let message = format!(
        "\"{found}\" is spelled \"{major_text}\" elsewhere in this document ({times}): use one spelling"
    );
    Finding {
        suggestions: vec![Suggestion {
            range,
            replacement: carry_case(found, major_text),
            applicability: Applicability::Unsafe,
        }],
        term: term.map(TermRef::of),
        ..Finding::new(Rule::InconsistentName, range, message)
    }
}

/// A use of a name no glossary explains: where, its folded spelling, the word after it.
type FreeUse<'a> = (ByteRange, &'a str, Option<&'a str>);

/// The uses of one name split by person: when every use is followed by a capitalised word,
/// a first name before its surname, each surname is a person of its own ("Frédéric Bron"
/// and "Frederic Gohier" in a list of contributors are two people, not one name spelt two
/// ways). Otherwise (a surname, or a name used alone) the uses stay together.
fn by_person<'a>(uses: &[FreeUse<'a>]) -> Vec<Vec<(ByteRange, &'a str)>> {
    if uses.iter().any(|(_, _, next)| next.is_none()) {
        return vec![uses
            .iter()
            .map(|&(range, folded, _)| (range, folded))
            .collect()];
    }
    let mut people: FxHashMap<&str, Vec<(ByteRange, &str)>> = FxHashMap::default();
    for &(range, folded, next) in uses {
        people
            .entry(next.unwrap_or_default())
            .or_default()
            .push((range, folded));
    }
    people.into_values().collect()
}

/// Reports the uses in `uses` (where, folded spelling) whose spelling is a variant of the
/// majority spelling but not it.
fn report_group(
    text: &str,
    uses: &[(ByteRange, &str)],
    preferred: Option<&str>,
    term: Option<&Term>,
    variants: impl Fn(&str, &str) -> bool,
    out: &mut Vec<Finding>,
) {
    // Spellings in order of first use, with counts.
    let mut spellings: Vec<(&str, usize, ByteRange)> = Vec::new();
    for &(range, key) in uses {
        count_spelling(&mut spellings, range, key);
    }
    let Some(major) = majority(&spellings, preferred) else {
        return;
    };
    for &(range, key) in uses {
        if key != major.key && variants(key, major.key) {
            out.push(variant_finding(text, range, &major, term));
        }
    }
}

/// Whether `free`, a word no glossary explains, is a near spelling of `form`, a one-word
/// form of an entry: both of seven letters or more, the same first letter, at least 85%
/// alike without diacritics (one letter in seven), not one the other with an "s" (a
/// plural, a possessive), and `free` no given name or surname in its own right ("Angela"
/// is no misspelt "Angola", nor "France" a misspelt "França": too short to tell).
fn near_spelling(free: &str, form: &str) -> bool {
    let long = |w: &str| w.chars().count() >= NEAR_MIN_LETTERS;
    let plural = |a: &str, b: &str| a.strip_suffix('s') == Some(b);
    if free == form || !long(free) || !long(form) || plural(free, form) || plural(form, free) {
        return false;
    }
    if mtlint_lexicon::person_names().contains(free) {
        return false;
    }
    let (mut a, mut b) = (Vec::new(), Vec::new());
    strip_diacritics(free, &mut a);
    strip_diacritics(form, &mut b);
    // The distance is at least the difference in length: a cheap bound before strsim.
    let longer = a.len().max(b.len()) as f64;
    if a.first() != b.first() || (a.len().abs_diff(b.len()) as f64) > (1.0 - MIN_NEAR_SIMILARITY) * longer {
        return false;
    }
    let (a, b): (String, String) = (a.iter().collect(), b.iter().collect());
    strsim::normalized_damerau_levenshtein(&a, &b) >= MIN_NEAR_SIMILARITY
}

/// The letters a word no glossary explains, and the form it is near, must have.
const NEAR_MIN_LETTERS: usize = 7;

/// How alike a word no glossary explains must be to a form the document uses.
const MIN_NEAR_SIMILARITY: f64 = 0.85;

/// Whether two folded spellings of one entry are spelling variants of each other rather
/// than a name and its short form: as many words, each pair alike.
fn are_variants(a: &str, b: &str) -> bool {
    let (wa, wb): (Vec<&str>, Vec<&str>) = (a.split(' ').collect(), b.split(' ').collect());
    if wa.len() != wb.len() {
        return false;
    }
    let (mut sa, mut sb) = (Vec::new(), Vec::new());
    wa.iter().zip(&wb).all(|(x, y)| {
        strip_diacritics(x, &mut sa);
        strip_diacritics(y, &mut sb);
        let (x, y): (String, String) = (sa.iter().collect(), sb.iter().collect());
        strsim::normalized_damerau_levenshtein(&x, &y) >= MIN_VARIANT_SIMILARITY
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn inconsistent(text: &str) -> Vec<String> {
        crate::test_support::checker("pt", "", &[])
            .check(text)
            .into_iter()
            .filter(|f| f.rule == Rule::InconsistentName)
            .map(|f| text[f.range.as_range()].to_string())
            .collect()
    }

    #[test]
    fn names_without_a_glossary_still_compared() {
        let text = "Erdoğan chegou a Ancara. Erdoğan falou. Depois Erdogan partiu.";
        assert_eq!(inconsistent(text), ["Erdogan"]);
    }

    #[test]
    fn first_names_of_different_surnames_are_different_people() {
        // LilyPond's list of contributors (pt-BR web manual).
        let text = "Frédéric Bron, Federico Bruni, Frederic Gohier, Frédéric Bron.";
        assert_eq!(inconsistent(text), Vec::<String>::new());
        // One person's first name spelt two ways is still reported.
        let text = "Frédéric Bron chegou. Frédéric Bron falou. Depois Frederic Bron saiu.";
        assert_eq!(inconsistent(text), ["Frederic"]);
    }

    #[test]
    fn identifiers_capitals_and_addresses_are_no_names() {
        for text in [
            // Capitals drop accents; spreadsheet functions and acronyms are no names.
            "A curva de Bézier. [WKPD-BEZIER] Wikipedia. Outra curva de Bézier.",
            "=ALEATÓRIOENTRE(20;30) devolve um inteiro. Veja ALEATORIOENTRE.",
            // Parameters and identifiers of technical text.
            "Critério2 é opcional. Os argumentos Critério e Criterio2 vêm depois.",
            "O ponto (NúmeroX; NúmeroY) e o ponto (NumeroX|NumeroY).",
            "NúmFicheiro é o número do ficheiro. Feche NumFicheiro depois.",
            // A web address spells the name as its site does.
            "A curva de Bézier: https://en.wikipedia.org/wiki/Bezier_curve .",
        ] {
            assert_eq!(inconsistent(text), Vec::<String>::new(), "{text}");
        }
    }

    #[test]
    fn name_shapes() {
        assert!(crate::analysis::name_uses::name_shaped("Erdoğan"));
        assert!(crate::analysis::name_uses::name_shaped("Bézier"));
        assert!(crate::analysis::name_uses::name_shaped("O'Neill"));
        assert!(!crate::analysis::name_uses::name_shaped("BÉZIER"));
        assert!(!crate::analysis::name_uses::name_shaped("Critério2"));
        assert!(!crate::analysis::name_uses::name_shaped("NúmFicheiro"));
    }

    #[test]
    fn variants_and_short_forms() {
        assert!(are_variants("wonsan", "wŏnsan"));
        assert!(are_variants("zelensky", "zelenskiy"));
        assert!(are_variants("moscou", "moscovo"));
        assert!(!are_variants("vladimir putin", "putin"));
        assert!(!are_variants("eua", "estados unidos"));
    }
}
