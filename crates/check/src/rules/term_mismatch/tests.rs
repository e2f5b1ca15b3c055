//! Tests of `term-mismatch`, with entries of the shipped glossaries (organizations.toml,
//! senses.toml, countries.toml) and real MT output (the seed article; Apertium en→gl→pt of
//! NTREX-128).

use crate::test_support::{check_pairs, checker};
use crate::Rule;

const GLOSSARY: &str = r#"
[glossary]
name = "test"
lang = "pt"
source-lang = "en"

[[term]]
use = "TASS"
kind = "org"
case = "exact"
also = ["Tass"]
source = ["TASS"]
avoid = [{ text = "sorteio", near = ["agência de notícias"] }]

[[term]]
use = "destacamento"
kind = "term"
also = ["envio", "mobilização"]
source = ["deployment"]
avoid = [
  { text = "implementação", near = ["soldados", "tropas"], window = 5 },
  { text = "implementação", near = ["militares"], window = 1 },
]

[[term]]
use = "acusado de"
kind = "term"
also = ["acusada de", "acusados de", "acusadas de"]
source = ["charged with"]
avoid = [{ text = "cobrado com", near = ["assassinato"], window = 1 }]

[[term]]
use = "conselho"
kind = "term"
source = ["board"]
avoid = [{ text = "tabuleiro", near = ["diretores", "administração"], window = 1 }]

[[term]]
use = "Irã"
kind = "place"
variant = "pt-BR"
source = ["Iran"]

[[term]]
use = "Irão"
kind = "place"
variant = "pt-PT"
avoid = ["Irã"]
source = ["Iran"]
"#;

fn mismatches(pairs: &[(&str, &str)]) -> Vec<String> {
    check_pairs(&checker("pt", GLOSSARY, &[]), pairs)
        .into_iter()
        .filter(|(rule, _)| *rule == Rule::TermMismatch)
        .map(|(_, text)| text)
        .collect()
}

#[test]
fn a_wrong_rendering_without_its_context() {
    // The seed article's "sorteio" for TASS, without "agência de notícias" nearby.
    let found = mismatches(&[
        (
            "the leader said, according to TASS.",
            "disse o líder, de acordo com o sorteio.",
        ),
        (
            "Reports speak of the deployment of 30,000 troops.",
            "Os relatos falam da implementação de 30.000 militares.",
        ),
        (
            "A 45-year-old man has been charged with robbery.",
            "Um homem de 45 anos foi cobrado com o roubo.",
        ),
        // The text shows the sense of "cobrado com" elsewhere (one sense per discourse).
        (
            "Another was charged with murder.",
            "Outro foi acusado de assassinato.",
        ),
    ]);
    assert_eq!(found, ["sorteio", "implementação", "cobrado com"]);
}

#[test]
fn a_common_words_sense_needs_its_context_somewhere_in_the_text() {
    // A news text that speaks of a company's board elsewhere: "tabuleiro" is the wrong sense.
    let news = mismatches(&[
        (
            "The board met on Monday.",
            "O tabuleiro reuniu-se na segunda-feira.",
        ),
        (
            "The board of directors resigned.",
            "O conselho de administração demitiu-se.",
        ),
    ]);
    assert_eq!(news, ["tabuleiro"]);
    // A chess game's catalogue (gnome-chess, gnome-mines): the board of a game, nowhere
    // the company's; nor a lone robbery charge in a text without the cue of its sense.
    let game = mismatches(&[
        (
            "The same board state has occurred five times.",
            "O mesmo estado do tabuleiro se repetiu por cinco vezes.",
        ),
        ("Clear explosive mines off the board", "Limpe as minas do tabuleiro"),
        ("Board size", "Tamanho do tabuleiro"),
        (
            "A 45-year-old man has been charged with robbery.",
            "Um homem de 45 anos foi cobrado com o roubo.",
        ),
    ]);
    assert_eq!(game, Vec::<String>::new());
    // A name has one sense: "sorteio" for TASS needs no context anywhere.
    let name = mismatches(&[("according to TASS.", "segundo o sorteio.")]);
    assert_eq!(name, ["sorteio"]);
}

#[test]
fn the_message_names_the_source_form_and_the_fix() {
    let c = checker("pt", GLOSSARY, &[]);
    let file = "disse o líder, segundo o sorteio.\n";
    let segments = vec![crate::Segment {
        id: None,
        target: crate::MappedText::verbatim(file.trim_end().to_string(), 0),
        source: Some(crate::MappedText::verbatim(
            "the leader said, according to TASS.".into(),
            0,
        )),
    }];
    let doc = crate::Document::from_segments(file, segments);
    let found: Vec<_> = c
        .check_document(&doc)
        .into_iter()
        .filter(|f| f.rule == Rule::TermMismatch)
        .collect();
    assert_eq!(found.len(), 1);
    assert!(found[0].message.contains("\"TASS\" is rendered \"sorteio\""));
    assert_eq!(found[0].suggestions[0].replacement, "TASS");
}

#[test]
fn quiet_where_the_source_lacks_the_term_or_the_target_renders_it() {
    let found = mismatches(&[
        // "implementação" of a plan, "sorteio" of a cup: the source has no such term.
        (
            "The implementation of the peace deal starts tomorrow.",
            "A implementação do acordo de paz começa amanhã.",
        ),
        (
            "The World Cup draw is on Friday.",
            "O sorteio da Copa do Mundo será na sexta-feira.",
        ),
        // A good form in another inflection, beside the wrong word.
        (
            "She was charged with murder, not the cost of it.",
            "Ela foi acusada de homicídio; não foi cobrado com nada.",
        ),
        // A lowercase "tass" is not the agency.
        ("He gave it a tass.", "Ele deu-lhe um sorteio."),
        // Another variant's form: "Irã" is the pt-BR entry's.
        ("Iran said no.", "O Irã disse que não."),
        // Translators paraphrase: no wrong form, no finding.
        (
            "The deployment of troops began.",
            "O envio das tropas começou.",
        ),
        (
            "The deployment of troops began.",
            "A chegada dos soldados começou.",
        ),
    ]);
    assert_eq!(found, Vec::<String>::new());
}

#[test]
fn yields_to_the_glossary_rules() {
    // "sorteio" next to "agência de notícias" is wrong-term-in-context's already.
    let pairs = [(
        "according to the news agency TASS.",
        "segundo o sorteio da agência de notícias.",
    )];
    let found = check_pairs(&checker("pt", GLOSSARY, &[]), &pairs);
    let rules: Vec<Rule> = found.iter().map(|(r, _)| *r).collect();
    assert!(rules.contains(&Rule::WrongTermInContext), "{found:?}");
    assert!(!rules.contains(&Rule::TermMismatch), "{found:?}");
}
