//! `missing-accent`: a Portuguese word written without its accent, tilde or cedilla
//! ("ilusoes", "voce", "cabeca"), as text typed or converted without diacritics has them.

use std::sync::OnceLock;

use mtlint_lexicon::{Lexicon, OtherLanguage, Usage};
use rustc_hash::FxHashSet;

use crate::respell::accented_counterparts;
use crate::rules::untranslated::in_url_or_code;
use crate::tokens::Tokens;
use crate::{Applicability, ByteRange, Finding, Rule, RuleDoc, Suggestion};

pub(crate) static DOC: RuleDoc = RuleDoc {
    summary: "a Portuguese word written without its accent",
    what: "A lowercase word the Portuguese lexicon lacks that becomes a lexicon word with one \
accent, tilde or cedilla, or a cedilla and one more mark: \"ilusoes\" (ilusões), \"voce\" \
(você), \"cabeca\" (cabeça), \"solucao\" (solução), \
\"arteria\" (artéria, also the Spanish word a pivot MT leaves). Words the lexicon holds \
(\"esta\", \"sabia\"), capitalised words (names: \"Mario\"), English words Portuguese text \
quotes (\"area\", \"cancer\"), glossary entries and words inside code or URLs are not \
reported, nor a word inside a span `untranslated` reports, a part of a word split by a soft \
hyphen, a name after a formula's sigil (\"%omega\") or a word after a one-letter first part \
(\"x-pos\"). The dictionaries' abbreviations and names (\"sâns.\", \"Hosé\") are never \
offered.",
    why: "Text that lost its diacritics (typed on a keyboard without them, or passed through \
an ASCII-only step) reads as careless, and spell-checkers of the target language are often \
not run on MT output.",
    example: "as ilusoes perdidas  →  as ilusões perdidas",
    fix: "Safe when one accented word fits; Unsafe (shown, not applied by --fix) otherwise.",
};

/// Which of two accented forms a variant writes: Brazilian "higiênico", "econômico",
/// European "higiénico", "económico".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Preferred {
    Circumflex,
    Acute,
    Either,
}

impl Preferred {
    pub(crate) fn for_region(region: Option<&str>) -> Preferred {
        match region {
            Some(r) if r.eq_ignore_ascii_case("BR") => Preferred::Circumflex,
            Some(r) if r.eq_ignore_ascii_case("PT") => Preferred::Acute,
            _ => Preferred::Either,
        }
    }

    /// Orders candidates so the variant's form comes first.
    fn rank(self, word: &str) -> u8 {
        let circumflex = word.contains(['â', 'ê', 'ô']);
        let acute = word.contains(['á', 'é', 'ó']);
        match self {
            Preferred::Circumflex => u8::from(acute && !circumflex),
            Preferred::Acute => u8::from(circumflex && !acute),
            Preferred::Either => 0,
        }
    }
}

/// Whether word `k` may be a candidate, before the lexicon is asked: it is written in
/// lowercase.
pub(crate) fn may_be_candidate(text: &str, tokens: &Tokens, k: usize) -> bool {
    text[tokens.tokens[k].range.as_range()] == *tokens.folded(k)
}

/// Whether word `k`, which passed [`may_be_candidate`] and which the lexicon lacks, is a
/// candidate.
pub(crate) fn is_candidate(text: &str, tokens: &Tokens, k: usize, lexicon: &Lexicon) -> bool {
    !in_url_or_code(text, tokens.tokens[k].range)
        && lost_its_accent(
            tokens.folded(k),
            mtlint_lexicon::usage().get(tokens.folded(k)),
            lexicon,
        )
}

/// Reports the `candidates` (token indices into `text`, from the checker's look-up or
/// `untranslated`) outside the ranges `untranslated` reported.
pub(crate) fn check(
    text: &str,
    tokens: &Tokens,
    candidates: &[usize],
    untranslated: &[ByteRange],
    preferred: Preferred,
    out: &mut Vec<Finding>,
) {
    let lexicon = mtlint_lexicon::portuguese();
    for &k in candidates {
        let range = tokens.tokens[k].range;
        if untranslated
            .iter()
            .any(|u| u.start < range.end && range.start < u.end)
            || part_of_a_longer_chunk(text, range)
        {
            continue;
        }
        let folded = tokens.folded(k);
        let mut accented = accented_words(folded, lexicon);
        // The variant's form first; then the fewest marks ("balcão" before the lexicon's
        // odd "balção"); then a cedilla ("ouço" before "oúco"); a stressed final vowel last
        // ("língua" before "linguá", a verb form).
        accented.sort_by_key(|w| {
            let marks = w.chars().filter(|c| !c.is_ascii()).count();
            let final_accent = w.chars().last() != folded.chars().last();
            (preferred.rank(w), marks, !w.contains('ç'), final_accent)
        });
        if !accented.is_empty() {
            out.push(finding(range, folded, accented));
        }
    }
}

/// Whether `folded`, a lowercase word the lexicon lacks (outside code and URLs, which the
/// callers have ruled out), is a Portuguese word that lost its accents: the lexicon holds
/// it with them, and it is not an English word Portuguese text quotes ("area": English
/// 5.5, Portuguese 3.9). `usage` is the word's entry in the usage table.
pub(crate) fn lost_its_accent(folded: &str, usage: Option<Usage>, lexicon: &Lexicon) -> bool {
    let english_loan = usage
        .and_then(|u| u.lead())
        .is_some_and(|(language, lead)| language == OtherLanguage::English && lead >= 1.0);
    folded.len() >= 3 && !english_loan && !accented_words(folded, lexicon).is_empty()
}

/// The lexicon's accented forms of `folded` that are lowercase words, not hunspell's
/// abbreviations kept without their full stop ("sâns." for sânscrito, "cálc.", "calç.") nor
/// its names ("Hosé"): those are in `not_offered.txt` (scripts/lexicon/not_offered.sh), and a
/// Portuguese word ends in a vowel or in l, m, n, r, s, x, z besides. So nothing is offered
/// for "sans", "calc" or the English "hose".
fn accented_words(folded: &str, lexicon: &Lexicon) -> Vec<String> {
    let mut accented = accented_counterparts(folded, lexicon);
    accented.retain(|w| {
        w.chars()
            .last()
            .is_some_and(|c| "aeiouáéíóúâêôãõàlmnrsxz".contains(c))
            && !not_offered().contains(w.as_str())
    });
    accented
}

/// The accented abbreviations (without their full stop) and names of the hunspell
/// dictionaries.
fn not_offered() -> &'static FxHashSet<&'static str> {
    static SET: OnceLock<FxHashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| {
        include_str!("not_offered.txt")
            .lines()
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .collect()
    })
}

/// Whether the word at `range` is only part of what the text writes there: joined to more
/// letters by a soft hyphen ("propria\u{ad}mente", a line-break hint inside "propriamente"),
/// a name after a formula's or a format's sigil ("%omega", "\\alpha"), or the second part
/// of a compound whose first part is one letter ("x-pos", "y-pos": coordinates, not "pós").
fn part_of_a_longer_chunk(text: &str, range: ByteRange) -> bool {
    let mut before = text[..range.start].chars().rev();
    let after = text[range.end..].chars().next();
    let (b1, b2, b3) = (before.next(), before.next(), before.next());
    let one_letter_first = b1 == Some('-')
        && b2.is_some_and(char::is_alphabetic)
        && b3.is_none_or(|c| !c.is_alphanumeric());
    b1.is_some_and(|c| matches!(c, '\u{ad}' | '%' | '\\'))
        || after == Some('\u{ad}')
        || one_letter_first
}

/// The finding for `found`, with its accented forms, the variant's first. One form is a
/// safe fix; with several ("sabia": sábia, sabiá) the reader chooses.
fn finding(range: ByteRange, found: &str, accented: Vec<String>) -> Finding {
    let applicability = if accented.len() == 1 {
        Applicability::Safe
    } else {
        Applicability::Unsafe
    };
    let forms: Vec<String> = accented.iter().map(|w| format!("\"{w}\"")).collect();
    let message = format!("\"{found}\" is missing its accent: {}", forms.join(" or "));
    Finding {
        suggestions: accented
            .into_iter()
            .map(|replacement| Suggestion {
                range,
                replacement,
                applicability,
            })
            .collect(),
        ..Finding::new(Rule::MissingAccent, range, message)
    }
}

#[cfg(test)]
mod tests {
    use crate::Rule;

    fn missing(text: &str) -> Vec<(String, String)> {
        missing_in(text, "pt")
    }

    fn missing_in(text: &str, lang: &str) -> Vec<(String, String)> {
        crate::test_support::checker(lang, "", &[])
            .check(text)
            .into_iter()
            .filter(|f| f.rule == Rule::MissingAccent)
            .map(|f| {
                (
                    text[f.range.as_range()].to_string(),
                    f.suggestions[0].replacement.clone(),
                )
            })
            .collect()
    }

    #[test]
    fn fires_on_words_that_lost_their_accent() {
        assert_eq!(
            missing("Um curso de pos-graduação."),
            [("pos".to_string(), "pós".to_string())]
        );
        let found = missing("As ilusoes de voce e a cabeca dele.");
        let want = [
            ("ilusoes", "ilusões"),
            ("voce", "você"),
            ("cabeca", "cabeça"),
        ];
        let want: Vec<(String, String)> = want
            .iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect();
        assert_eq!(found, want);
    }

    #[test]
    fn quiet_on_correct_words_names_loans_and_code() {
        for text in [
            "Esta ideia sabia que a área era grande.",
            "Mario e Jose chegaram ontem.",
            "A area de cancer research foi citada em inglês.",
            "Use a opção --cabeca ou o arquivo voce.txt.",
            "As ilusões de você e a cabeça dele.",
            // English 4.6, Portuguese 3.6: ten times as often, though 4.6 - 3.6 < 1.0.
            "index: valor inteiro que especifica o índice.",
            // Hunspell's abbreviations "cálc." and "calç." are no words to offer.
            "o tipo de objeto é uma string como \"calc\" ou \"Dialog\"",
            "a formatação de fonte sans.",
            // Hunspell's name "Hosé" is no word to offer for the English "hose".
            "um tipo de pincel (do inglês image hose) do GIMP",
            // A soft hyphen inside "propriamente"; a formula's names after their sigil.
            "a campanha propria\u{ad}mente dita",
            "%rho(t) = int func e^{i %omega t}",
            "(gimp-text-fontname image drawable x-pos y-pos text)",
            // A manual page and its section; a file name extension.
            "Veja fifo(7) e a página mkfifo(3), seção 7.",
            "Os arquivos .fas e .bashrc são do usuário.",
        ] {
            assert_eq!(missing(text), vec![], "{text}");
        }
    }

    #[test]
    fn the_variant_decides_between_two_accents() {
        let first = |lang: &str| missing_in("Um produto higienico.", lang)[0].1.clone();
        assert_eq!(first("pt-BR"), "higiênico");
        assert_eq!(first("pt-PT"), "higiénico");
    }

    #[test]
    fn runs_without_untranslated_too() {
        let found = crate::test_support::checker("pt", "", &[Rule::Untranslated])
            .check("As ilusoes perdidas.");
        let rules: Vec<Rule> = found.iter().map(|f| f.rule).collect();
        assert_eq!(rules, [Rule::MissingAccent]);
    }

    #[test]
    fn several_accented_words_are_offered_not_applied() {
        let found = crate::test_support::checker("pt", "", &[]).check("Uma porcao de erros.");
        let f = found
            .iter()
            .find(|f| f.rule == Rule::MissingAccent)
            .unwrap_or_else(|| panic!("{found:?}"));
        let offered: Vec<&str> = f
            .suggestions
            .iter()
            .map(|s| s.replacement.as_str())
            .collect();
        assert_eq!(offered, ["porcão", "porção"]);
        assert!(f
            .suggestions
            .iter()
            .all(|s| s.applicability == crate::Applicability::Unsafe));
    }
}
