//! Tests of `name-near-miss`.

use crate::Rule;

const PLACES: &str = r#"
[glossary]
name = "places"
lang = "pt"

[[term]]
use = "Gâmbia"
kind = "place"

[[term]]
use = "Wonsan"
kind = "place"

[[term]]
use = "Vladimir Putin"
kind = "person"

[[term]]
use = "Coreia do Norte"
kind = "place"

[[term]]
use = "West Virginia"
kind = "place"

[[term]]
use = "Santa Lúcia"
kind = "place"
"#;

fn near_misses(text: &str) -> Vec<String> {
    crate::test_support::checker("pt", PLACES, &[])
        .check(text)
        .into_iter()
        .filter(|f| f.rule == Rule::NameNearMiss)
        .map(|f| text[f.range.as_range()].to_string())
        .collect()
}

#[test]
fn an_ordinary_word_with_an_accent_is_no_near_miss() {
    // "Gambôa" is "gamboa" (a word, and the name of a festival) with an accent.
    assert_eq!(
        near_misses("A organização do Gambôa 2009 foi elogiada."),
        Vec::<String>::new()
    );
}

#[test]
fn a_first_name_before_another_surname_is_another_person() {
    let text = "Com Isabel Lobo, Veladimir da Cruz, Arnaldo França e Jorge Miranda.";
    assert_eq!(near_misses(text), Vec::<String>::new());
    // Alone, or before the words of a glossary name, it is still a near miss.
    assert_eq!(near_misses("Ontem Veladimir disse que sim."), ["Veladimir"]);
    // Another part of a name is no first name: "Virxinia do Oeste" (pivot MT's West
    // Virginia) keeps its near miss.
    assert_eq!(
        near_misses("Trump discursou em Virxinia do Oeste."),
        ["Virxinia"]
    );
    assert_eq!(
        near_misses("O exército da Corea do Norte avançou."),
        ["Corea do Norte"]
    );
}

#[test]
fn near_misses_and_diacritic_variants_still_found() {
    assert_eq!(near_misses("Lavrov chegou a Wanson."), ["Wanson"]);
    assert_eq!(near_misses("Lavrov chegou a Wónsan."), ["Wónsan"]);
}

#[test]
fn a_name_named_after_a_place_or_a_saint_is_no_near_miss() {
    // A hospital or a university named after a saint, one letter from a country's name:
    // the capitalised common noun before it opens another name.
    for text in [
        "Ela foi levada ao Hospital Santa Lucia, em Brasília.",
        "A Universidade de Santa Lucia fica no Chile.",
        "Ela foi levada ao Hospital Wónsan ontem.",
    ] {
        assert_eq!(near_misses(text), Vec::<String>::new(), "{text}");
    }
    // The place itself, after a lowercase word or at a sentence start, and a person after
    // a title, are still near misses.
    assert_eq!(
        near_misses("Ele nasceu em Santa Lucia, uma ilha do Caribe."),
        ["Santa Lucia"]
    );
    assert_eq!(near_misses("Hospital Wónsan fechou."), ["Wónsan"]);
    // A capitalised word inside a longer run is no head of a name (MT's English around a
    // misspelt place, as in the seed).
    assert_eq!(near_misses("Disse ao líder em Lavrov Port City Wanson."), ["Wanson"]);
    assert_eq!(
        near_misses("O encontro com o Presidente Vladmir Putin durou horas."),
        ["Vladmir Putin"]
    );
}

/// A single word's dismissal remembered per spelling is the dismissal asked afresh, for
/// words dismissed and words kept, the first time and when they recur.
#[test]
fn a_remembered_dismissal_is_the_dismissal_found_afresh() {
    let text = "Wanson e Wanson. Lavrov, Lavrov e Casa; Wonsan WANSON Wanson Ontem Ontem \
                Gâmbia Gambôa Gambôa. Wanson";
    crate::names::scan::with_scan(PLACES, text, |scan| {
        let mut dismissed = super::Dismissed::default();
        let (mut kept, mut out) = (0, 0);
        for i in (0..scan.tokens.len()).filter(|&i| scan.capitalised(i)) {
            let fresh = super::dismissed_alone(scan, i);
            assert_eq!(dismissed.ask(scan, i), fresh, "{}", scan.word(i));
            if fresh {
                out += 1;
            } else {
                kept += 1;
            }
        }
        assert!(kept >= 4 && out >= 4, "{kept} kept, {out} dismissed");
    });
}
