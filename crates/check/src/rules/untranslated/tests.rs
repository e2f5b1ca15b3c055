//! Tests of `untranslated`, on real MT output and human text.

use crate::{Checker, Finding, Rule};

const PLACES: &str = r#"
[glossary]
name = "test places"
lang = "pt"
source-lang = "en"

[[term]]
use = "Wonsan"
kind = "place"
avoid = ["Wanson", "Wonson"]
source = ["Wonsan"]

[[term]]
use = "ferimento à bala"
kind = "term"
source = ["gunshot wound"]
"#;

fn checker() -> Checker {
    crate::test_support::checker("pt", PLACES, &[])
}

fn untranslated(text: &str) -> Vec<(String, String)> {
    checker()
        .check(text)
        .into_iter()
        .filter(|f: &Finding| f.rule == Rule::Untranslated)
        .map(|f| (text[f.range.as_range()].to_string(), f.message))
        .collect()
}

/// Asserts that each text has a finding on its word that names English.
fn assert_english(cases: &[(&str, &str)]) {
    for &(text, word) in cases {
        let found = untranslated(text);
        assert!(
            found.iter().any(|(s, m)| s == word && m.contains("English")),
            "{text}: {found:?}"
        );
    }
}

/// Asserts that no text has an `untranslated` finding.
fn assert_quiet(texts: &[&str]) {
    for text in texts {
        assert_eq!(untranslated(text), [], "{text}");
    }
}

#[test]
fn english_descriptors_of_a_known_name() {
    let found = untranslated(
        "O líder chegou em Lavrov Port City Wanson.\nKim foi ao Wonson’s Seaside Resort para cumprimentar seu convidado.",
    );
    let spans: Vec<&str> = found.iter().map(|(s, _)| s.as_str()).collect();
    assert_eq!(spans, ["Port City", "’s Seaside Resort"], "{found:?}");
    assert!(found.iter().all(|(_, m)| m.contains("English")));
}

#[test]
fn a_correct_name_anchors_english_only_through_a_possessive() {
    // Event and brand names keep their English ("São Paulo Fashion Week"): next to a
    // name the MT got right, capitalised English is no evidence by itself.
    assert_eq!(
        untranslated("A modelo desfilou na Wonsan Fashion Week deste ano."),
        vec![]
    );
    let found = untranslated("Kim foi ao Wonsan’s Seaside Resort ontem.");
    let spans: Vec<&str> = found.iter().map(|(s, _)| s.as_str()).collect();
    assert_eq!(spans, ["’s Seaside Resort"], "{found:?}");
    // Next to a misrendered name, it is the MT's leftover.
    let found = untranslated("A modelo desfilou na Wanson Fashion Week deste ano.");
    let spans: Vec<&str> = found.iter().map(|(s, _)| s.as_str()).collect();
    assert_eq!(spans, ["Fashion Week"], "{found:?}");
}

#[test]
fn english_phrase_inside_a_portuguese_sentence() {
    let found =
        untranslated("O governo anunciou ontem que the prime minister will resign em breve.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].0.contains("prime minister"), "{found:?}");
    assert!(found[0].1.contains("English"));
}

#[test]
fn spanish_word_leaking_through_a_pivot() {
    let found = untranslated("A vítima tinha feridas de cuchillada no braço.");
    assert_eq!(
        found,
        [(
            "cuchillada".to_string(),
            "\"cuchillada\" looks untranslated: it is Spanish".to_string()
        )]
    );
}

#[test]
fn french_phrase() {
    let found = untranslated(
        "O ministro disse que a reunião aconteceu avec le président ontem à noite.",
    );
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].0.contains("avec le président"), "{found:?}");
    assert!(found[0].1.contains("French"), "{found:?}");
}

#[test]
fn a_whole_untranslated_line_is_one_finding() {
    let text = "O ministro elogiou a aliança.\nThe minister praised the military alliance with his country on Saturday.\nDepois voltou a Moscou.";
    let found = untranslated(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0].0.starts_with("The minister") && found[0].0.ends_with("Saturday"),
        "{found:?}"
    );
    assert!(
        found[0].1.contains("line") && found[0].1.contains("English"),
        "{found:?}"
    );
}

#[test]
fn a_wrapped_untranslated_paragraph_is_one_finding() {
    let text = "O ministro russo chegou ontem a Pyongyang para uma visita.\n\n\
                The minister said that the talks had been very productive and that both\n\
                countries would continue to work together on a range of issues in the\n\
                coming months.\n\n\
                O líder norte-coreano recebeu o ministro no aeroporto.";
    let found = untranslated(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0].0.starts_with("The minister") && found[0].0.ends_with("coming months"),
        "{found:?}"
    );
    assert!(
        found[0].1.contains("paragraph") && found[0].1.contains("English"),
        "{found:?}"
    );
}

#[test]
fn untranslated_lines_of_two_paragraphs_are_two_findings() {
    // One sentence a line with no blank line between (NTREX, subtitles): each English
    // line among Portuguese ones is its own finding; a blank line ends a paragraph.
    let text = "The minister praised the military alliance with his country on Saturday.\n\n\
                He said the two countries would keep working together in the coming years.\n\
                O ministro voltou a Moscou.";
    let found = untranslated(text);
    assert_eq!(found.len(), 2, "{found:?}");
    assert!(
        found.iter().all(|(_, m)| m.contains("this line")),
        "{found:?}"
    );
}

#[test]
fn names_acronyms_numbers_and_urls_are_not_foreign() {
    let text =
        "O presidente Vladimir Putin recebeu Kim Jong Un em Pyongyang; a KCTV mostrou 30.000 \
soldados e o Rady Children's Hospital, em San Diego, publicou tudo em www.example.com/news.";
    assert_eq!(untranslated(text), []);
}

#[test]
fn loanwords_of_the_lexicon_are_portuguese() {
    let text =
        "O site mostrou o show de marketing digital e o shopping lotou no fim de semana.";
    assert_eq!(untranslated(text), []);
}

#[test]
fn a_lone_english_word_is_taken_for_a_loanword() {
    assert_eq!(
        untranslated("O rapper lançou uma startup no ano passado."),
        []
    );
}

#[test]
fn loanwords_portuguese_text_uses_are_not_reported() {
    // Real sentences of the NTREX human references: wordfreq's Portuguese list has
    // "chef", "pubs", "tweet"; "tackles" is the plural of the "tackle" it has.
    assert_quiet(&[
        "Os bares e pubs focados em bebidas tiveram um bom ano.",
        "O chef publicou um tweet sobre o novo restaurante.",
        "Ele fez o chamado \"tackle\" cinco vezes, totalizando 18 tackles na temporada.",
        // Two loans side by side, each well taken, are an adopted phrase.
        "A empresa adotou o home office durante a pandemia.",
    ]);
    // Loans Portuguese text only quotes still make English together.
    let found = untranslated("A vítima tinha stab wounds no peito.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, "stab wounds");
}

#[test]
fn a_lone_word_other_languages_use_and_portuguese_does_not() {
    // Apertium's output for NTREX: English words it did not know, and Spanish words
    // its pivot left.
    let found = untranslated("Os separatists bloquearam a estrada com debris da explosão.");
    let spans: Vec<&str> = found.iter().map(|(s, _)| s.as_str()).collect();
    assert_eq!(spans, ["separatists", "debris"], "{found:?}");
    assert!(
        found.iter().all(|(_, m)| m.contains("English")),
        "{found:?}"
    );
    let found = untranslated("O tubarão era na verdade um tiburón de três metros.");
    assert_eq!(
        found,
        [(
            "tiburón".to_string(),
            "\"tiburón\" looks untranslated: it is Spanish".to_string()
        )]
    );
}

#[test]
fn english_that_portuguese_web_text_only_quotes_is_english_alone() {
    // Apertium's output of lingua's English test sentences: "further" (English 5.3,
    // Portuguese 2.8) and "somehow" lead by 200x or more; no loanword does.
    for (text, word) in [
        ("O programa pode ajudar further os alunos.", "further"),
        ("Ele conseguiu somehow chegar a tempo.", "somehow"),
    ] {
        let found = untranslated(text);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].0, word);
        assert!(found[0].1.contains("English"), "{found:?}");
    }
    // Loanwords lead by less: "like" 1.9, "tackle" 2.0, "apps" 0.8. ("players", 1.9 and
    // a common English plural, is English between Portuguese words, at a sentence's start
    // as inside it: `inflected_common_english_between_portuguese_words`.)
    assert_quiet(&[
        "Ela deu like na foto do cantor.",
        "Ele fez o chamado tackle cinco vezes.",
        "Os apps do banco funcionaram bem.",
    ]);
}

#[test]
fn a_loanword_next_to_untranslated_words_is_part_of_them() {
    // Apertium's output for NTREX: "nanny" and "grin" are loanwords on their own
    // (Portuguese web text uses them), but leftovers beside a word the MT left.
    let found = untranslated("Ele demitiu o seu outgoing nanny, que era americana.");
    let spans: Vec<&str> = found.iter().map(|(s, _)| s.as_str()).collect();
    assert_eq!(spans, ["outgoing nanny"], "{found:?}");
    // Beside a Galician word, the English neighbour is its own finding, in English.
    let found = untranslated("O filho era um chef com um contaxioso grin.");
    assert_eq!(
        found,
        [
            (
                "contaxioso".to_string(),
                "\"contaxioso\" looks untranslated: it is Galician or Spanish".to_string()
            ),
            (
                "grin".to_string(),
                "\"grin\" looks untranslated: it is English".to_string()
            )
        ]
    );
    // A word English shares with French ("image") is English next to English.
    let found = untranslated("A janela mostra o deficient image do filtro.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, "deficient image");
    assert!(found[0].1.contains("English"), "{found:?}");
}

#[test]
fn a_term_the_text_says_is_foreign_is_cited() {
    // Real pt-BR text (the GIMP manual): the writer names the language.
    assert_quiet(&[
        "Um tubo de imagens (do inglês image hose) é um tipo especial de pincel.",
        "A polícia falou em feridas de faca, stab wounds em inglês, no relatório.",
        "Chamou-se a isso, em inglês, \"stab wounds\".",
    ]);
    // Without the language named, the same words are untranslated.
    let found = untranslated("Um tubo de imagens image hose é um tipo especial de pincel.");
    assert!(found.iter().any(|(s, _)| s == "hose"), "{found:?}");
    let found = untranslated("A vítima tinha stab wounds no peito, em casa.");
    assert_eq!(found.len(), 1, "{found:?}");
}

#[test]
fn loanwords_stay_loanwords_without_untranslated_neighbours() {
    assert_quiet(&[
        "A nanny cuidou das crianças e o chef sorriu com um grin largo.",
        // Next to a name or a Portuguese word, growth does not start.
        "O rapper Outgoing lançou uma startup, e a nanny disse que não.",
    ]);
    // Growth stops at a word of the lexicon: "cuchillada" alone.
    let found = untranslated("Tinha feridas de cuchillada como nanny.");
    let spans: Vec<&str> = found.iter().map(|(s, _)| s.as_str()).collect();
    assert_eq!(spans, ["cuchillada"], "{found:?}");
}

#[test]
fn words_with_a_portuguese_prefix_are_portuguese() {
    // hunspell's prefix rules are not expanded in the lexicon: "des" + "afortunada".
    let text =
        "A desafortunada fragata levava mísseis antinavios e canhões sobredimensionados.";
    assert_eq!(untranslated(text), []);
}

#[test]
fn a_spanish_word_that_only_looks_prefixed() {
    // "deshonesto" is not "des" + "honesto": Spanish uses it, Portuguese writes
    // "desonesto".
    let found = untranslated("Ele negou as acusações e o depoimento deshonesto.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, "deshonesto");
    assert!(found[0].1.contains("Spanish"), "{found:?}");
}

#[test]
fn galician_spellings_no_list_knows() {
    // Galician left by the en->gl->pt pivot: "quenlla" (jaw), "curmán" (cousin).
    let found = untranslated("O tubarão mordeu a quenlla do curmán dele.");
    let spans: Vec<&str> = found.iter().map(|(s, _)| s.as_str()).collect();
    assert_eq!(spans, ["quenlla", "curmán"], "{found:?}");
    assert!(
        found.iter().all(|(_, m)| m.contains("Galician or Spanish")),
        "{found:?}"
    );
}

#[test]
fn an_english_word_other_languages_borrowed_is_english() {
    // German text writes "dashcam" most, French "accusations": spelt as English, and
    // English is the source language.
    for (text, word) in [
        ("O vídeo da dashcam mostra o carro.", "dashcam"),
        ("Ele negou as accusations do comité.", "accusations"),
    ] {
        let found = untranslated(text);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].0, word);
        assert!(found[0].1.ends_with("it is English"), "{found:?}");
    }
}

#[test]
fn a_hyphenated_loanword_is_one_word() {
    // "playoff" is a word Portuguese text uses: "play-off" is that loan, not English.
    assert_eq!(
        untranslated("As equipas envolvidas no play-off vão estar nos torneios."),
        vec![]
    );
}

#[test]
fn a_k_w_or_y_is_english_only_when_the_word_reads_as_english() {
    // Many languages write "k" (Cape Verdean, Bantu names of music genres, garbled
    // words): only a word lingua also reads as English is taken for English.
    assert_eq!(
        untranslated("Do álbum kzobam, o ex-jogador falou de kaldom ontem."),
        vec![]
    );
    let found = untranslated("O velho cowpoke chegou ao rancho.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].1.contains("English"), "{found:?}");
}

#[test]
fn a_wrong_accent_is_no_other_language() {
    // Old or hurried Portuguese ("páram", "féra") differs from a lexicon word only by
    // an accent: not Galician or Spanish. Galician's accent on an "i" after a vowel,
    // which Portuguese leaves out, still is.
    assert!(untranslated("Os carros páram quando a féra aparece.").is_empty());
    let found = untranslated("Os constituíntes votaram contra a proposta.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, "constituíntes");
    assert!(found[0].1.contains("Galician or Spanish"), "{found:?}");
}

#[test]
fn galician_verb_forms_no_list_knows() {
    // From the en->gl->pt pivot: an accented conditional, an accented infinitive, an
    // infinitive with its pronoun glued on, Galician "bx" (Portuguese "bj") and a final
    // accented "í" after a consonant.
    let found = untranslated(
        "Perguntou se ele envorcaría as decisões. Querem reconstruír a cidade. \
         Os manifestantes foram enfrontarse com a polícia, obxectando às regras. \
         Eu predí que choveria.",
    );
    let spans: Vec<&str> = found.iter().map(|(s, _)| s.as_str()).collect();
    assert_eq!(
        spans,
        [
            "envorcaría",
            "reconstruír",
            "enfrontarse",
            "obxectando",
            "predí"
        ],
        "{found:?}"
    );
    // Their Portuguese forms are words of the lexicon, or spelt as Portuguese is.
    assert!(untranslated(
        "Perguntou se ele reverteria as decisões. Querem reconstruir a cidade. \
         Os manifestantes foram enfrentar-se com a polícia, objetando às regras. \
         Eu previ que choveria. Saí daí com o baú."
    )
    .is_empty());
}

#[test]
fn english_words_portuguese_web_text_quotes_still_form_runs() {
    // "north" is in wordfreq's Portuguese list (quoted English), but English uses it
    // far more: next to "the" it is English.
    let found = untranslated("Ele foi ao the north ontem.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].1.contains("English"), "{found:?}");
}

#[test]
fn suggests_the_glossary_translation_of_a_source_form() {
    let c = checker();
    let text = "Ele visitou a port city of the north ontem.";
    let found: Vec<_> = c
        .check(text)
        .into_iter()
        .filter(|f| f.rule == Rule::Untranslated)
        .collect();
    assert_eq!(found.len(), 1, "{found:?}");
    let f = &found[0];
    assert!(f.confidence.is_some_and(|c| c > 0.8));
    assert_eq!(&text[f.range.as_range()], "port city of the north");
    assert!(
        f.suggestions.is_empty(),
        "only an exact source form gets a suggestion"
    );
    let text = "A vítima tinha um gunshot wound no braço.";
    let found: Vec<_> = c
        .check(text)
        .into_iter()
        .filter(|f| f.rule == Rule::Untranslated)
        .collect();
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].suggestions[0].replacement, "ferimento à bala");
}

fn untranslated_allowing_quotes(text: &str) -> Vec<(String, String)> {
    crate::test_support::checker_with("pt", PLACES, &[], |s| {
        s.options.set_flag(Rule::Untranslated, "allow-quoted", true)
    })
        .check(text)
        .into_iter()
        .filter(|f| f.rule == Rule::Untranslated)
        .map(|f| (text[f.range.as_range()].to_string(), f.message))
        .collect()
}

#[test]
fn quotations_kept_in_another_language_on_purpose_are_quiet() {
    assert_quiet(&[
        // Titles in title case: the writer quotes the original's.
        "O ex-assessor lançou o livro “The Room Where It Happened” no ano passado.",
        "A autora de “Fear and Loathing in Las Vegas” morreu ontem.",
        "O romance «The Old Man and the Sea» voltou às livrarias.",
        // Titles, terms and expressions wholly in another language.
        "A banda tocou “What a wonderful world” no fim do concerto.",
        "O livro \"A tale of two cities\" voltou às livrarias.",
        "A canção ‘Smells like teen spirit’ abriu o programa.",
        "Os apoiadores do presidente falam de um “deep state” que o persegue.",
        "Para o comentarista, a decisão foi um caso clássico de “too little, too late”.",
        // A sentence the original quotes in a third language.
        "Na carta, escrita em francês, lia-se: « Nous ne céderons jamais devant la menace ».",
    ]);
}

#[test]
fn a_quotation_mixing_portuguese_and_english_is_reported_unless_allowed() {
    // MT leaves the words it does not know among those it translated, quotes or not.
    for text in [
        // One quoted word: MT keeps the source's quotation marks around words it did not know.
        "O plano prevê uma “phased” aproximação à desnuclearização.",
        "O presidente disse: “nós vamos make the country strong again” ontem.",
        "“Os soldados foram killed pelos rebeldes”, disse o porta-voz.",
    ] {
        let found = untranslated(text);
        assert!(
            found.iter().any(|(_, m)| m.contains("English")),
            "reported by default: {text}: {found:?}"
        );
        assert_eq!(untranslated_allowing_quotes(text), [], "{text}");
    }
}

#[test]
fn allowing_quotes_still_reports_unquoted_english() {
    let text = "O filme “The Lord of the Rings” teve feridas de stab wounds no elenco.";
    let found = untranslated_allowing_quotes(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].0.contains("stab wounds"), "{found:?}");
    // An apostrophe is no quotation mark: the possessive stays evidence.
    let found = untranslated_allowing_quotes(
        "Kim foi ao Wonson’s Seaside Resort para cumprimentar seu convidado.",
    );
    assert_eq!(found.len(), 1, "{found:?}");
}

#[test]
fn the_rule_can_be_disabled() {
    let found = crate::test_support::checker("pt", PLACES, &[Rule::Untranslated])
        .check("A vítima tinha feridas de cuchillada.");
    assert!(found.iter().all(|f| f.rule != Rule::Untranslated));
}

#[test]
fn a_capitalised_foreign_word_opening_a_sentence() {
    // Capitalised only because it opens the sentence (after a quotation mark here).
    let found = untranslated("Outro comentou: \"Understandably traumático para as duas.\"");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, "Understandably");
    assert!(found[0].1.contains("English"), "{found:?}");
    let found = untranslated("Gobernador anterior do estado, ele voltou.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].1.contains("Spanish"), "{found:?}");
}

#[test]
fn capitalised_names_at_a_sentence_start_stay_names() {
    // "Fleiss" is German in the usage lists, but the text also writes it inside a
    // sentence; after "sr." no sentence starts; before another capital it is a name.
    assert_quiet(&[
        "Quando falei com Fleiss, estava sol. Fleiss sorriu.",
        "Quando falei com o sr. Fleiss esta semana, estava sol.",
        "Presiding Officer é o título dela.",
        "Waters desmentiu as alegações no sábado.",
    ]);
}

#[test]
fn an_acronym_is_no_anchor_for_english_descriptors() {
    const ACRONYM: &str = r#"
[glossary]
name = "test"
lang = "pt"

[[term]]
use = "EUA"
kind = "place"
source = ["US"]
"#;
    let found = crate::test_support::checker("pt", ACRONYM, &[])
        .check("Invadiram as residências dos senadores dos EUA Lindsey Graham e Mike Lee.");
    assert!(
        found.iter().all(|f| f.rule != Rule::Untranslated),
        "{found:?}"
    );
}

#[test]
fn spellings_of_english_and_spanish_no_list_knows() {
    for (text, span, language) in [
        ("Ele pedaled até a praia.", "pedaled", "English"),
        (
            "Um casco destructible foi achado.",
            "destructible",
            "English",
        ),
        (
            "O ministro concernió aos jornalistas.",
            "concernió",
            "Galician or Spanish",
        ),
        (
            "Os fatos acaecen sempre assim.",
            "acaecen",
            "Galician or Spanish",
        ),
    ] {
        let found = untranslated(text);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        assert_eq!(found[0].0, span, "{text}");
        assert!(found[0].1.contains(language), "{text}: {found:?}");
    }
    // Words of the lexicon with the same endings are Portuguese.
    assert_eq!(
        untranslated("O hífen e o pólen acontecem no abdômen."),
        vec![]
    );
}

#[test]
fn code_quoted_in_technical_text_is_no_language() {
    assert_quiet(&[
        "Se os tempos são similares, fsync() pode sincronizar.",
        "Monitoramento baseado em --inotify após o erro.",
        "Não há suporte a copiar (reflink/clone) entre montagens.",
        "O componente não possui uma tag `launchable` do tipo serviço.",
    ]);
}

#[test]
fn a_galician_or_spanish_spelling_gets_the_portuguese_word_in_its_note() {
    let found = checker().check("A exixencia de sigilo e a filtración chegaram à imprensa.");
    let found: Vec<_> = found
        .iter()
        .filter(|f| f.rule == Rule::Untranslated)
        .collect();
    assert_eq!(found.len(), 2, "{found:?}");
    for (finding, portuguese) in found.iter().zip(["exigência", "filtração"]) {
        // No suggestion: only a glossary knows a translation.
        assert!(finding.suggestions.is_empty(), "{finding:?}");
        let note = finding.note.as_deref().unwrap_or_default();
        assert!(note.contains(&format!("\"{portuguese}\"")), "{finding:?}");
    }
}

#[test]
fn words_after_a_no_break_space_are_checked_without_panic() {
    // U+00A0 is two bytes: the chunk around a word starts after it, on a char boundary.
    let found = untranslated("Ele disse:\u{a0}www.exemplo.com e\u{a0}stab wounds\u{a0}ontem.");
    assert!(
        found.iter().all(|(s, _)| !s.contains("exemplo")),
        "{found:?}"
    );
}

#[test]
fn a_repeated_sound_is_no_language() {
    assert_eq!(
        untranslated("E a música dizia nah nah na nah nah sem parar."),
        vec![]
    );
}

#[test]
fn an_adverb_hunspell_lacks_is_not_respelt_into_a_foreign_word() {
    // hunspell lists the impossible "algorítmicamente", not "algoritmicamente".
    assert_eq!(
        untranslated("O problema foi resolvido algoritmicamente ontem."),
        vec![]
    );
}

#[test]
fn clause_words_stop_at_the_clause_and_the_count() {
    use super::cues::{first_clause_words, last_clause_words};
    assert_eq!(
        last_clause_words("Ontem. Um tubo (do Inglês image", 4),
        ["tubo", "do", "inglês", "image"]
    );
    assert_eq!(last_clause_words("Ontem. do inglês ", 4), ["do", "inglês"]);
    assert_eq!(last_clause_words("em inglês", 4), ["em", "inglês"]);
    assert!(last_clause_words("fim.", 4).is_empty());
    assert_eq!(first_clause_words("em inglês, disse", 2), ["em", "inglês"]);
    assert_eq!(first_clause_words("em. inglês", 2), ["em"]);
    assert_eq!(first_clause_words("inglês", 2), ["inglês"]);
}

#[test]
fn python_format_placeholders_are_code() {
    // Real messages of django-allauth's pt_PT catalogue: the placeholder's name is code.
    assert!(untranslated("Um código de login foi enviado para %(recipient)s.").is_empty());
    assert!(untranslated("Confiança por %(period)s").is_empty());
    // The same word as prose is still reported.
    let found = untranslated("Um código de login foi enviado para o recipient ontem.");
    assert_eq!(found.len(), 1, "{found:?}");
}

#[test]
fn the_scientific_name_of_a_species_is_no_language() {
    assert_quiet(&[
        "O mosquito Aedes aegypti transmite a dengue e a zika.",
        "A bactéria Escherichia coli foi encontrada na água.",
        "Surtos de E. coli fecharam restaurantes no estado.",
        "O lobo-cinzento (Canis lupus) voltou às montanhas.",
        "Fósseis de Homo erectus foram achados na caverna.",
        "O parasita Plasmodium falciparum resiste ao remédio.",
    ]);
    // An English word after a name is no epithet: English text uses it far more.
    let found = untranslated("O Congresso aprovou o Biden stimulus ontem.");
    assert!(found.iter().any(|(s, _)| s == "stimulus"), "{found:?}");
}

#[test]
fn a_word_english_uses_most_is_not_labelled_galician_or_spanish() {
    use crate::analysis::evidence::{word_evidence, Evidence};
    let profile = mtlint_lexicon::profile("pt");
    let on = Evidence {
        usage: profile.usage().expect("usage"),
        lexicon: profile.lexicon().expect("lexicon"),
        respelling: &profile.respelling,
        source: &profile.source.spelling,
    };
    // A "w" or "k" beside a Galician or Spanish "ll" (no list holds "walleyes").
    assert_eq!(word_evidence("walleyes", on).map(|e| e.0), Some("English"));
    assert_eq!(
        word_evidence("bulldogking", on).map(|e| e.0),
        Some("English")
    );
    // Galician and Spanish spellings keep their label.
    assert_eq!(
        word_evidence("quenlla", on).map(|e| e.0),
        Some("Galician or Spanish")
    );
}

#[test]
fn remembered_evidence_is_the_evidence_found_afresh() {
    use crate::analysis::evidence::{remembered_word_evidence, word_evidence, Evidence};
    let profile = mtlint_lexicon::profile("pt");
    let on = Evidence {
        usage: profile.usage().expect("usage"),
        lexicon: profile.lexicon().expect("lexicon"),
        respelling: &profile.respelling,
        source: &profile.source.spelling,
    };
    let words = ["walleyes", "quenlla", "stimulus", "ministro", "cuchillada", "zzqx"];
    // Twice: the first call finds, the second remembers.
    for _ in 0..2 {
        for word in words {
            assert_eq!(remembered_word_evidence(word, on), word_evidence(word, on), "{word}");
        }
    }
    assert!(remembered_word_evidence("quenlla", on).is_some());
}

#[test]
fn remembered_respellings_are_the_respellings_found_afresh() {
    use crate::analysis::evidence::{portuguese_counterpart, remembered_counterpart, Evidence};
    let profile = mtlint_lexicon::profile("pt");
    let on = Evidence {
        usage: profile.usage().expect("usage"),
        lexicon: profile.lexicon().expect("lexicon"),
        respelling: &profile.respelling,
        source: &profile.source.spelling,
    };
    let afresh = |word: &str| portuguese_counterpart(word, on);
    let words = ["esperanza", "exixencia", "cuchillada", "ministro", "zzqx"];
    // Twice: the first call finds, the second remembers.
    for _ in 0..2 {
        for word in words {
            assert_eq!(remembered_counterpart(word, on).as_deref(), afresh(word).as_deref(), "{word}");
        }
    }
    assert_eq!(remembered_counterpart("esperanza", on).as_deref(), Some("esperança"));
}

#[test]
fn a_repeated_word_is_one_finding_with_the_other_lines() {
    let text = "A vítima tinha feridas de cuchillada no braço.\nOutra cuchillada atingiu a perna.\n\nUma terceira cuchillada feriu o rosto.";
    let found = untranslated(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, "cuchillada");
    assert!(
        found[0].1.ends_with("(and 2 more uses in this document: lines 2, 4)"),
        "{found:?}"
    );
    // The other uses are the finding's related locations, in order.
    let found: Vec<Finding> = checker()
        .check(text)
        .into_iter()
        .filter(|f| f.rule == Rule::Untranslated)
        .collect();
    let related: Vec<(usize, &str)> = found[0]
        .related
        .iter()
        .map(|r| (r.range.start, &text[r.range.as_range()]))
        .collect();
    let starts: Vec<usize> = text.match_indices("cuchillada").skip(1).map(|(i, _)| i).collect();
    assert_eq!(
        related,
        [(starts[0], "cuchillada"), (starts[1], "cuchillada")],
        "{found:?}"
    );
    assert!(found[0].related[0].message.contains("cuchillada"));
    // Different words stay apart, with no related locations.
    let found: Vec<Finding> = checker()
        .check("A vítima tinha feridas de cuchillada no braço e o warship afundou.")
        .into_iter()
        .filter(|f| f.rule == Rule::Untranslated)
        .collect();
    assert_eq!(found.len(), 2, "{found:?}");
    assert!(found.iter().all(|f| f.related.is_empty()), "{found:?}");
}

#[test]
fn inflected_common_english_between_portuguese_words() {
    // Fluent MT leaves plain English inside a Portuguese sentence: plural nouns and verb
    // forms English uses commonly and Portuguese web text only quotes.
    assert_english(&[
        ("O governo discutiu as relations entre os dois países.", "relations"),
        ("Ele passou duas weeks no hospital antes da cirurgia.", "weeks"),
        ("O inquérito ouviu os critics do projeto.", "critics"),
        ("Os players do mercado reagiram bem.", "players"),
    ]);
    // Loanwords of a sport, rarer in English or after a number, stay loanwords.
    assert_quiet(&[
        "Ele fez três birdies na volta final do torneio.",
        "O jogador fez 18 tackles na temporada.",
    ]);
}

#[test]
fn english_plurals_judged_by_their_singular_or_after_a_number() {
    // A plural English writes less than its singular ("descriptions" 3.9, "description"
    // 4.7), between Portuguese words; after a sentence's first word; after a number, the
    // commonest English plurals; after "pelos", a glossary's good form.
    assert_english(&[
        ("As implicações das descriptions vívidas foram discutidas.", "descriptions"),
        ("Foi uma das eleições mais importantes das nossas lifetimes.", "lifetimes"),
        ("Os models mais recentes do centro preveem chuva.", "models"),
        ("Em 30 de setembro de 1882, há 136 years, nasceu o físico.", "years"),
        ("O acordo foi assinado pelos leaders dos dois países.", "leaders"),
    ]);
    // The scoring units of a game after a number, a plural Portuguese writes in names
    // ("girls"), a compound or an identifier joined by hyphens stay quiet.
    assert_quiet(&[
        "O jogador fez 18 tackles na temporada.",
        "A equipa marcou 10 points no primeiro período.",
        "Ele gosta de meninos e girls da escola.",
        "Use a função gimp-text-get-extents-fontname para medir o texto.",
        "O computador on-board de bordo falhou.",
    ]);
}

#[test]
fn an_english_function_word_portuguese_only_quotes_between_portuguese_words() {
    // "most" (English 6.0, Portuguese 3.6): a lone function word is too weak alone, but
    // between two Portuguese words one Portuguese writes so rarely is English.
    let found = untranslated("É a palavra most usada na Bíblia.");
    assert!(
        found.iter().any(|(s, m)| s == "most" && m.contains("English")),
        "{found:?}"
    );
    // Function words Portuguese text writes as its own or leads by less: "all" (1.8),
    // "in" (a lexicon word: "in loco").
    assert_quiet(&[
        "O desconto vale para o plano all inclusive.",
        "Ele ficou in loco durante a operação.",
    ]);
}

#[test]
fn the_commonest_english_words_between_portuguese_words() {
    // Uninflected words English uses among its commonest and Portuguese only quotes, left
    // by fluent MT between Portuguese words (after a one-letter article too).
    assert_english(&[
        ("Kanye West: rapper muda seu name para Ye", "name"),
        ("É o last dia da controversa visita do presidente.", "last"),
        ("Prometeu não produzir weapons e tecnologia nucleares.", "weapons"),
    ]);
    // Loanwords Portuguese writes as its own lead English by less ("love", "free", "home"),
    // and a common English word next to a name is part of the name.
    assert_quiet(&[
        "Ela fez uma declaração de love ao público.",
        "A entrada é free para estudantes.",
        "Ele trabalha em home office desde março.",
        "Um homem não pode fazer o certo numa area da vida.",
        "O grupo Black Eyed Peas cantou ontem.",
    ]);
}

#[test]
fn a_capitalised_english_word_inside_a_portuguese_heading() {
    // MT copies the capitals of an English headline with the words it leaves.
    assert_english(&[
        ("Por que Trump vai ganhar uma Second eleição", "Second"),
        ("Péssima Language corporal", "Language"),
        (
            "Warren vai pensar na possibilidade de concorrer a President em 2020",
            "President",
        ),
    ]);
    // Quiet: names in a heading (one Portuguese news writes too, or of several capitalised
    // words, often kept in English), and a lone capitalised word in body text, which is
    // mostly a surname.
    assert_quiet(&[
        "Por que Trump vai ganhar a eleição",
        "Relatório da Human Rights Watch denuncia abusos",
        "O ministro falou com Second ontem à noite e depois partiu para a capital do país.",
        "Vitória de Warren em Massachusetts",
    ]);
}

#[test]
fn the_english_spelling_of_a_word_portuguese_spells_its_own_way() {
    // An English adjective or noun of Latin stock whose Portuguese form the lexicon holds
    // ("absolute" / absoluto, "historical" / histórico, "maximum" / máximo), which English
    // uses ten times more, between Portuguese words or before a mark.
    assert_english(&[
        ("O partido teve uma vitória absolute nas eleições.", "absolute"),
        ("Foi um dia historical.", "historical"),
        ("A temperatura maximum chegou aos 40 graus.", "maximum"),
        ("O filme tem um final dramatic para todos.", "dramatic"),
    ]);
    // Quiet: loanwords Portuguese writes nearly as much as English ("premium" 0.6,
    // "forum" 0.7), a capitalised name.
    assert_quiet(&[
        "O cliente comprou o plano premium da operadora.",
        "Participe do forum da comunidade.",
        "A vodca Absolute é produzida na Suécia.",
    ]);
}

#[test]
fn capitalised_english_words_scattered_through_a_portuguese_heading() {
    // MT leaves words here and there in a title-case heading (the manual and NTREX
    // headings of the tune sets, put back in their capitals): two or more runs of
    // capitalised English apart, with the lowercase English function words of English
    // title case; or one word where Portuguese syntax puts it: opening the heading before
    // a lowercase Portuguese word, between Portuguese words, or ending a numbered heading
    // or with an English ending after a lowercase Portuguese word.
    assert_english(&[
        ("2.1. Crescimento Rápido das Needs de Security", "Needs de Security"),
        ("Processing de Signal", "Processing de Signal"),
        ("12.1.1.1. Different de RAID", "Different"),
        ("8.1.2. Configuring o Teclado", "Configuring"),
        ("6.1.3.1. O Repository experimental", "Repository"),
        ("6.2.3. Atualização do System", "System"),
        ("Biblioteca de Graphics", "Graphics"),
        ("5.5. Coexistence with outros Systems de pacotes", "with outros Systems"),
    ]);
    // Quiet: one name of several capitalised words (Portuguese keeps them), names Portuguese
    // news writes, a name of one word ending a heading that is no numbered section or
    // before another capitalised word, a label's English before its colon, body text.
    assert_quiet(&[
        "Relatório da Human Rights Watch denuncia abusos",
        "Trump e Biden disputam a Flórida",
        "5.3. Instalando o Midnight Commander no Debian",
        "Criando cartas no Writer",
        "Estrela do Still Game inicia uma nova carreira",
        "Title is: Localizar e substituir no Writer",
        "Scilab Help >> Biblioteca de Gráficos > Matplot",
        "O ministro falou com Second ontem e depois falou com Language na capital do país.",
    ]);
}

#[test]
fn weakly_english_words_of_a_partly_english_heading_and_caption_labels() {
    // A heading part with a run of English takes the runs English leads only weakly
    // ("Package", "Binary"): two runs apart, English left here and there. A caption's or
    // a division's label before its number is English where Portuguese writes its own.
    assert_english(&[
        ("5.1. Structure de um Package Binary", "5.1. Structure de um Package Binary"),
        ("Table 11.3. Configuração do libpam", "Table"),
    ]);
    // Quiet: no run English leads well (names Portuguese news writes), a name before a
    // version's number.
    assert_quiet(&[
        "Trump e Biden disputam a Flórida",
        "Manning e Browning vencem a final",
        "Python 3.9. Instalação do ambiente",
        "Windows 10. Instalação do sistema",
        // Weak runs beside a name's capitalised words: a product, a method's name.
        "Ctrl+sinal de adição (LibreOffice Impress, LibreOffice Draw)",
        "Codificação Weak XOR de versões antigas do Word",
        "Inserir figuras do LibreOffice Draw ou Impress",
    ]);
}

#[test]
fn a_heading_word_the_body_text_writes_as_a_name() {
    // A document that writes the word capitalised inside a sentence of its body text, and
    // never in lowercase, names something with it (a panel, a library), whatever its usage.
    assert_english(&[("6.2.3. Atualização do System", "System")]);
    assert_quiet(&[
        "6.2.3. Atualização do System\nO painel System guarda as definições de cada utilizador.\n",
        "Biblioteca de Graphics\nAs funções da biblioteca “Graphics” desenham curvas e superfícies.\n",
    ]);
    // Also written in lowercase, at a sentence's start, or on another heading: no name,
    // still English left.
    assert_english(&[
        ("6.2.3. Atualização do System\nO system guarda as definições de cada utilizador.\n", "System"),
        ("6.2.3. Atualização do System\nAs definições ficam guardadas. System novo, disse ele.\n", "System"),
        ("6.2.3. Atualização do System\n6.2.4. Painel do System\n", "System"),
    ]);
}
