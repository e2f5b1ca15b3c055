//! Tests of `run-together`.

use crate::{Applicability, Checker, Rule};

fn checker(disabled: &[Rule]) -> Checker {
    crate::test_support::checker("pt", "", disabled)
}

/// Each finding of the rule as (the token, the split offered).
fn glued_with(text: &str, disabled: &[Rule]) -> Vec<(String, String)> {
    checker(disabled)
        .check(text)
        .into_iter()
        .filter(|f| f.rule == Rule::RunTogether)
        .map(|f| {
            assert_eq!(f.suggestions.len(), 1, "{f:?}");
            assert_eq!(f.suggestions[0].applicability, Applicability::Unsafe);
            (
                text[f.range.as_range()].to_string(),
                f.suggestions[0].replacement.clone(),
            )
        })
        .collect()
}

fn glued(text: &str) -> Vec<(String, String)> {
    glued_with(text, &[])
}

/// Real tokens of Apertium's pivot MT (en→gl→pt, en→es→pt-BR) of NTREX news and of
/// held-out sentences, each with its split.
const REAL: &[(&str, &str)] = &[
    ("de13anos", "de 13 anos"),
    ("de24anos", "de 24 anos"),
    ("homede45anos", "home de 45 anos"),
    ("mecánicode42anos", "mecánico de 42 anos"),
    ("mozode13anos", "mozo de 13 anos"),
    ("naide35anos", "nai de 35 anos"),
    ("terremotode7", "terremoto de 7"),
    ("chicode13años", "chico de 13 años"),
    ("niñode13años", "niño de 13 años"),
    ("personade24años", "persona de 24 años"),
    ("barcosdeclase", "barcos de clase"),
    ("índicesdetiempo", "índices de tiempo"),
    ("sociodecomedia", "socio de comedia"),
    ("quecorrelongo", "que corre longo"),
    ("quecorrelargo", "que corre largo"),
    ("querevientanojo", "que revienta nojo"),
    ("quesaltaespectáculo", "que salta espectáculo"),
    ("broncededous", "bronce de dous"),
    ("actividadesnotécnicas", "actividades no técnicas"),
    ("lecciónde30", "lección de 30"),
];

#[test]
fn fires_on_real_glued_tokens_with_their_split() {
    for (token, split) in REAL {
        let text = format!("Disse que o {token} chegou ontem.");
        assert_eq!(
            glued(&text),
            [(token.to_string(), split.to_string())],
            "{text}"
        );
    }
    // Where a number follows ("terremotode7.5") and at the start of a sentence.
    assert_eq!(
        glued("O terremotode7.5 magnitudes. Homede45anos foi cobrado."),
        [
            ("terremotode7".to_string(), "terremoto de 7".to_string()),
            ("Homede45anos".to_string(), "Home de 45 anos".to_string()),
        ]
    );
}

#[test]
fn a_glued_token_is_not_also_untranslated() {
    // "consecuenciasdesalud" is Spanish to `untranslated` as well: one finding, the split.
    let found = checker(&[]).check("As consecuenciasdesalud foram graves.");
    let rules: Vec<Rule> = found.iter().map(|f| f.rule).collect();
    assert_eq!(rules, [Rule::RunTogether]);
    let found = checker(&[Rule::RunTogether]).check("As consecuenciasdesalud foram graves.");
    let rules: Vec<Rule> = found.iter().map(|f| f.rule).collect();
    assert_eq!(rules, [Rule::Untranslated]);
}

#[test]
fn runs_without_untranslated_too() {
    // With `missing-accent` (one look-up per word for both rules) and without it.
    for disabled in [
        &[Rule::Untranslated][..],
        &[Rule::Untranslated, Rule::MissingAccent],
    ] {
        for (token, split) in REAL {
            let text = format!("Disse que o {token} chegou ontem.");
            assert_eq!(
                glued_with(&text, disabled),
                [(token.to_string(), split.to_string())],
                "{text}"
            );
        }
    }
    // Both rules still find their words from the one look-up.
    let found = checker(&[Rule::Untranslated]).check("As ilusoes dos barcosdeclase.");
    let rules: Vec<Rule> = found.iter().map(|f| f.rule).collect();
    assert_eq!(rules, [Rule::MissingAccent, Rule::RunTogether]);
}

#[test]
fn quiet_on_names_numbers_code_and_compounds() {
    for text in [
        // English (Debian Reference pt-PT): "back por ting" is no split.
        "O backporting de pacotes é útil.",
        // Names and models with a number, ordinals, times, measures.
        "a covid19 e o mp3 do iphone7 no g20, um 4x4 com h2o, b2b em 3d.",
        "o 1º e a 2ª vez, o 21st e o 3rd, às 10h30 ou às 14h.",
        "100km, 5kg, 30pm, 250ml, 1080p, 64bits.",
        // Hashtags, handles, URLs, e-mail, file names, code.
        "#vemprarua #barcosdeclase @queroserfeliz @barcosdeclase",
        "https://exemplo.com/barcosdeclase e www.barcosdeclase.com",
        "escreva para barcosdeclase@exemplo.com ou abra barcosdeclase.txt",
        "a variável barcos_de_clase e o método barcosDeClase() e quecorrelongo_2",
        // Portuguese compounds and prefixed words hunspell may lack.
        "afrodescendente, girassol, socioeconômico, sociodemográfico, autoestima.",
        "microempreendedor, sobredeterminado, contradeclaração, antidemocrático.",
        // Names inside a sentence; English and Spanish compounds; identifiers.
        "a marca Jacquemus e o Chornoivan de Lviv.",
        "o weekend, o skateboard, o paraguas e o rascacielos.",
        "os parâmetros columndelimiter e rowdelimiter, o arquivo mobileconfig.",
        "caminhadas e sendeirismo; dados1, resultado2, Retorna7.",
    ] {
        assert_eq!(glued(text), vec![], "{text}");
    }
}

#[test]
fn can_be_disabled() {
    assert_eq!(
        glued_with("O mozode13anos e os barcosdeclase.", &[Rule::RunTogether]),
        vec![]
    );
}

#[test]
fn long_tokens_are_not_split() {
    let long = "barcosdeclase".repeat(4);
    assert_eq!(glued(&format!("os {long} aqui")), vec![]);
}
