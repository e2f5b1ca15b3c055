//! `wrong-term` and `wrong-term-in-context` on small glossaries written here.

use mtlint_check::{Applicability, Checker, Rule, Settings};
use mtlint_glossary::{parse_glossary, GlossarySet};

const GLOSSARY: &str = r#"
[glossary]
name = "test"
lang = "pt"

[[term]]
use = "Wonsan"
kind = "place"
also = ["Wŏnsan"]
avoid = ["Wanson"]

[[term]]
use = "TASS"
kind = "org"
case = "exact"
avoid = [{ text = "sorteio", near = ["agência de notícias"], window = 3 }]

[[term]]
use = "Coreia do Norte"
kind = "place"
avoid = ["Coréia do Norte"]

[[term]]
use = "Coreia"
kind = "spelling"
avoid = ["Coréia"]

[[term]]
use = "ideia"
kind = "spelling"
avoid = ["idéia"]

[[term]]
use = "Choe Son Hui"
kind = "person"

[[term]]
use = "filho"
kind = "term"
avoid = ["Son"]

[[term]]
use = "Moscou"
kind = "place"
variant = "pt-BR"
avoid = [{ text = "Moscovo", variant = "pt-BR" }]

[[term]]
use = "Moscovo"
kind = "place"
variant = "pt-PT"
avoid = [{ text = "Moscou", variant = "pt-PT" }]

[[term]]
use = "ONU"
kind = "org"
case = "exact"
avoid = ["UNO"]
"#;

fn checker(lang: &str) -> Checker {
    let glossary = parse_glossary("test.toml", GLOSSARY).expect("valid");
    let set = GlossarySet::from_glossaries(vec![glossary]).expect("valid");
    Checker::new(&set, Settings::new(lang.parse().expect("tag")))
}

/// (matched text, first suggestion) of every finding.
fn findings(lang: &str, text: &str) -> Vec<(String, String)> {
    checker(lang)
        .check(text)
        .into_iter()
        .filter(|f| matches!(f.rule, Rule::WrongTerm | Rule::WrongTermInContext))
        .map(|f| {
            (
                text[f.range.as_range()].to_string(),
                f.suggestions[0].replacement.clone(),
            )
        })
        .collect()
}

fn pair(a: &str, b: &str) -> (String, String) {
    (a.to_string(), b.to_string())
}

#[test]
fn wrong_form_fires_with_the_preferred_form() {
    assert_eq!(
        findings("pt", "Ele chegou a Wanson."),
        [pair("Wanson", "Wonsan")]
    );
}

#[test]
fn accepted_and_preferred_forms_are_quiet() {
    assert!(findings("pt", "Ele chegou a Wonsan e depois a Wŏnsan.").is_empty());
}

#[test]
fn whole_words_only() {
    assert!(findings("pt", "Wansonville e AWanson não são Wanson_").len() <= 1);
    assert!(findings("pt", "Wansonville e AWanson").is_empty());
}

#[test]
fn case_of_the_original_is_kept() {
    assert_eq!(
        findings("pt", "CHEGOU A WANSON"),
        [pair("WANSON", "WONSAN")]
    );
    assert_eq!(findings("pt", "Idéia antiga."), [pair("Idéia", "Ideia")]);
}

#[test]
fn exact_case_is_respected() {
    assert_eq!(findings("pt", "segundo a UNO"), [pair("UNO", "ONU")]);
    assert!(findings("pt", "o jogo de cartas Uno e o número uno").is_empty());
}

#[test]
fn nfc_and_typography_do_not_hide_a_form() {
    // "Coréia" with a combining acute accent, and a no-break space inside the form.
    assert_eq!(
        findings("pt", "A Core\u{301}ia do\u{a0}Norte"),
        [pair("Core\u{301}ia do\u{a0}Norte", "Coreia do Norte")]
    );
}

#[test]
fn longest_match_wins() {
    assert_eq!(
        findings("pt", "A Coréia do Norte e a Coréia."),
        [
            pair("Coréia do Norte", "Coreia do Norte"),
            pair("Coréia", "Coreia")
        ]
    );
}

#[test]
fn a_good_longer_name_shields_a_wrong_short_form() {
    assert!(findings("pt", "A ministra Choe Son Hui chegou.").is_empty());
    assert_eq!(findings("pt", "Son chegou."), [pair("Son", "Filho")]);
}

#[test]
fn context_rule_needs_its_context() {
    let found = checker("pt").check("segundo o sorteio da agência de notícias estatal");
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].rule, Rule::WrongTermInContext);
    assert_eq!(found[0].suggestions[0].applicability, Applicability::Unsafe);
    assert_eq!(found[0].suggestions[0].replacement, "TASS");
    assert!(findings("pt", "O sorteio da Copa será na sexta-feira.").is_empty());
    // Beyond the window of 3 words.
    assert!(findings(
        "pt",
        "o sorteio foi ontem e hoje a agência de notícias falou"
    )
    .is_empty());
}

#[test]
fn context_stays_inside_its_sentence() {
    // Within the window, but the context ends the sentence before or starts the next.
    assert!(findings(
        "pt",
        "Falou a agência de notícias. O sorteio da Copa é hoje."
    )
    .is_empty());
    assert!(findings(
        "pt",
        "Hoje houve o sorteio! A agência de notícias noticiou."
    )
    .is_empty());
    assert!(findings("pt", "Ontem foi o sorteio\nda agência de notícias.").is_empty());
    // Inside one sentence it still counts, across a comma too.
    assert_eq!(
        findings("pt", "O sorteio, da agência de notícias, disse."),
        [pair("sorteio", "TASS")]
    );
}

#[test]
fn variants_decide_what_is_wrong() {
    assert_eq!(
        findings("pt-BR", "Ele voou para Moscovo."),
        [pair("Moscovo", "Moscou")]
    );
    assert!(findings("pt-BR", "Ele voou para Moscou.").is_empty());
    assert_eq!(
        findings("pt-PT", "Ele voou para Moscou."),
        [pair("Moscou", "Moscovo")]
    );
    assert!(findings("pt-PT", "Ele voou para Moscovo.").is_empty());
    assert!(findings("pt", "Moscou ou Moscovo.").is_empty());
}

#[test]
fn disabled_rules_report_nothing() {
    let glossary = parse_glossary("test.toml", GLOSSARY).expect("valid");
    let set = GlossarySet::from_glossaries(vec![glossary]).expect("valid");
    let mut settings = Settings::new("pt".parse().expect("tag"));
    settings.disabled = vec![Rule::WrongTerm];
    assert!(Checker::new(&set, settings)
        .check("Ele chegou a Wanson.")
        .iter()
        .all(|f| f.rule != Rule::WrongTerm));
}
