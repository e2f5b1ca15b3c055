//! `missing-accent`: a Portuguese word written without its accent, tilde or cedilla
//! ("ilusoes", "voce", "cabeca"), as text typed or converted without diacritics has them.

use crate::analysis::accents::{accented_words, Preferred};
use crate::context::Context;
use crate::rules::{Needs, RuleDef, RuleKind, Yield};
use crate::{Applicability, ByteRange, Finding, Rule, RuleDoc, Severity, Suggestion};

pub(crate) static RULE: RuleDef = RuleDef {
    needs: Needs {
        unaccented: true,
        ..Needs::WORDS
    },
    check,
    // A word inside an untranslated span is the span's, not an unaccented word.
    yields_to: &[Yield::overlapping(Rule::Untranslated)],
    ..RuleDef::new("missing-accent", RuleKind::Spelling, Severity::Warning, DOC)
};

const DOC: RuleDoc = RuleDoc {
    summary: "a Portuguese word written without its accent",
    what: "A lowercase word the Portuguese lexicon lacks that becomes a lexicon word with one \
accent, tilde or cedilla, or a cedilla and one more mark: \"ilusoes\" (ilusões), \"voce\" \
(você), \"cabeca\" (cabeça), \"solucao\" (solução), \
\"arteria\" (artéria, also the Spanish word a pivot MT leaves). Words the lexicon holds \
(\"esta\", \"sabia\"), capitalised words (names: \"Mario\"), English words Portuguese text \
quotes (\"area\", \"cancer\"), glossary entries and words inside code or URLs are not \
reported, nor the Latin epithet of a species' name (\"Canis lupus\"), a word inside a span \
`untranslated` reports, a part of a word split by a soft \
hyphen, a name after a formula's sigil (\"%omega\") or a word after a one-letter first part \
(\"x-pos\"). The dictionaries' abbreviations and names (\"sâns.\", \"Hosé\") are never \
offered.",
    why: "Text that lost its diacritics (typed on a keyboard without them, or passed through \
an ASCII-only step) reads as careless, and spell-checkers of the target language are often \
not run on MT output.",
    example: "as ilusoes perdidas  →  as ilusões perdidas",
    fix: "Safe when one accented word fits; Unsafe (shown, not applied by --fix) otherwise.",
};

/// Reports the words the shared analysis found written without their accents.
fn check(ctx: &mut Context<'_, '_>) {
    let Some(lexicon) = ctx.profile.lexicon() else {
        return;
    };
    let (text, tokens) = (ctx.text, ctx.tokens);
    let preferred = Preferred::for_region(ctx.profile, ctx.lang.region());
    for &k in &ctx.words.unaccented {
        let range = tokens.tokens[k].range;
        if part_of_a_longer_chunk(text, range) || species_epithet(ctx, k, lexicon) {
            continue;
        }
        let folded = tokens.folded(k);
        let mut accented = accented_words(folded, lexicon, ctx.profile);
        // The variant's form first; then the fewest marks ("balcão" before the lexicon's
        // odd "balção"); then a cedilla ("ouço" before "oúco"); a stressed final vowel last
        // ("língua" before "linguá", a verb form).
        accented.sort_by_key(|w| {
            let marks = w.chars().filter(|c| !c.is_ascii()).count();
            let final_accent = w.chars().last() != folded.chars().last();
            (preferred.rank(w), marks, !w.contains('ç'), final_accent)
        });
        if !accented.is_empty() {
            ctx.findings.push(finding(range, folded, accented));
        }
    }
}

/// Whether word `k` is the Latin epithet of a species' name ("Canis lupus": no "lúpus").
fn species_epithet(ctx: &Context<'_, '_>, k: usize, lexicon: &mtlint_lexicon::Lexicon) -> bool {
    ctx.profile.usage().is_some_and(|usage| {
        crate::analysis::binomial::is_epithet(ctx.text, ctx.tokens, k, lexicon, usage)
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
    fn quiet_on_the_latin_epithet_of_a_species() {
        // "lupus" is "lúpus" alone, but after a genus it is the Latin of "Canis lupus".
        assert_eq!(missing("Uma doença chamada lupus."), [("lupus".to_string(), "lúpus".to_string())]);
        for rules_off in [&[][..], &[Rule::Untranslated][..]] {
            let found = crate::test_support::checker("pt", "", rules_off)
                .check("O lobo-cinzento (Canis lupus) voltou às montanhas.");
            assert!(found.iter().all(|f| f.rule != Rule::MissingAccent), "{found:?}");
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
