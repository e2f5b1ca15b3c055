//! Tests of `missing-name`, on real lines of the NTREX-128 news (CC BY-SA 4.0): the English
//! source, the human pt-BR reference and Apertium MT through Spanish or Galician.

use mtlint_compare::names::{CaseEvidence, Demonyms, SourceTokens, Surnames};

use rustc_hash::FxHashMap;

use super::{find, Facts};

/// (the target words the finding covers, its message, its suggestions) for `target`
/// checked against `source`, with `forms` as the glossaries' renderings.
fn found_with(
    source: &str,
    target: &str,
    forms: &[(&str, &[&str])],
) -> Vec<(String, String, Vec<String>)> {
    found_with_places(
        source,
        target,
        forms,
        &["Russia", "Britain", "North Korea", "Germany"],
        &[],
    )
}

/// As [`found_with`], with `places` as the glossaries' place names (none: as with
/// `--no-default-glossaries`) and `document` the other source lines of the document (how
/// it writes its words).
fn found_with_places(
    source: &str,
    target: &str,
    forms: &[(&str, &[&str])],
    places: &[&str],
    document: &[&str],
) -> Vec<(String, String, Vec<String>)> {
    found_answering(source, target, forms, places, document, None)
}

/// As [`found_with_places`], keeping answers about words in `answers` (as the rule does
/// for a part's segments) when given.
fn found_answering(
    source: &str,
    target: &str,
    forms: &[(&str, &[&str])],
    places: &[&str],
    document: &[&str],
    answers: Option<&super::Answers>,
) -> Vec<(String, String, Vec<String>)> {
    found_in_discourse(source, target, forms, places, document, answers, target)
}

/// As [`found_answering`], `discourse` being the target text of the whole part.
fn found_in_discourse(
    source: &str,
    target: &str,
    forms: &[(&str, &[&str])],
    places: &[&str],
    document: &[&str],
    answers: Option<&super::Answers>,
    discourse: &str,
) -> Vec<(String, String, Vec<String>)> {
    let pt = mtlint_lexicon::profile("pt");
    let profile = crate::analysis::source_names::name_profile(&pt.source).expect("names");
    let demonyms = Demonyms::new(places.iter().copied(), &profile);
    let forms: FxHashMap<String, Vec<String>> = forms
        .iter()
        .map(|(s, f)| (s.to_string(), f.iter().map(|x| x.to_string()).collect()))
        .collect();
    let texts = || std::iter::once(source).chain(document.iter().copied());
    let evidence = CaseEvidence::from_texts(texts());
    let people = mtlint_lexicon::person_names();
    let is_given = |w: &str| super::is_given_name(w, &pt.source, &demonyms);
    let surnames = Surnames::from_texts(texts(), &is_given);
    let facts = Facts {
        profile: &profile,
        common: &|w| pt.source.is_word(w),
        is_demonym: &|w| pt.source.is_demonym(w),
        table: pt.translations(),
        lexicon: pt.lexicon().expect("a Portuguese lexicon"),
        people,
        demonyms: &demonyms,
        forms: &forms,
        evidence: Some(&evidence),
        surnames: Some(&surnames),
        respelling: &pt.respelling,
        answers,
        discourse,
    };
    let mut out = Vec::new();
    find(&SourceTokens::new(source), target, 0, &facts, &mut out);
    out.into_iter()
        .map(|f| {
            let fixes = f.suggestions.iter().map(|s| s.replacement.clone()).collect();
            (target[f.range.as_range()].to_string(), f.message, fixes)
        })
        .collect()
}

fn found(source: &str, target: &str) -> Vec<(String, String, Vec<String>)> {
    found_with(source, target, &[])
}

const MAY: &str = "Prime Minister Theresa May accused critics of her plans to leave the European \
Union of \"playing politics\" with Britain's future.";

#[test]
fn a_name_translated_as_words_is_reported_where_its_words_went() {
    let f = found(
        MAY,
        "maio de Theresa do Premiê acusou críticos de seus planos para deixar a União européia \
de \"tocar política\" com Grã-Bretanha futuro.",
    );
    assert_eq!(f.len(), 1, "{f:?}");
    assert!(f[0].0.contains("maio"), "{f:?}");
    assert!(f[0].1.contains("\"Theresa May\""), "{f:?}");
    assert_eq!(f[0].2, ["Theresa May"]);
}

#[test]
fn a_torn_name_is_reported() {
    let f = found(
        "Rapper Kanye West is changing his name - to Ye.",
        "Rapper Kanye o oeste está mudando seu nome - a Ye.",
    );
    assert_eq!(f.len(), 1, "{f:?}");
    assert!(f[0].1.contains("\"Kanye West\""), "{f:?}");
    assert!(f[0].0.contains("oeste"), "{f:?}");
}

#[test]
fn quiet_when_the_name_is_kept() {
    assert_eq!(
        found(
            MAY,
            "A primeira-ministra Theresa May acusou os críticos do seu plano de sair da União \
Europeia de \"brincar de política\" com o futuro do Reino Unido.",
        ),
        []
    );
}

#[test]
fn quiet_on_exonyms_and_glossary_renderings() {
    let moscow: &[(&str, &[&str])] = &[("Moscow", &["Moscou", "Moscovo"])];
    assert_eq!(
        found_with("Lavrov flew to Moscow on Monday.", "Lavrov voou para Moscou na segunda-feira.", moscow),
        []
    );
    assert_eq!(
        found_with("Lavrov flew to Moscow on Monday.", "Lavrov voou para Moscovo na segunda-feira.", moscow),
        []
    );
}

#[test]
fn quiet_when_a_translator_drops_a_name() {
    // A paraphrase may drop a name: no word of it was translated or respelled.
    assert_eq!(
        found("Mr Clark said the plan is precise.", "Ele disse que o plano é preciso."),
        []
    );
}

#[test]
fn a_demonym_before_a_name_is_no_given_name() {
    // "German" is in the person list, but "German Navy" names no person: "Navy" used alone
    // later is no surname, and its translation is no damage. The source profile's demonyms
    // know it without any glossary (`--no-default-glossaries`).
    let source = "Divers of the German Navy found the wreck on Monday, and the Navy said the \
                  crew was safe.";
    let target = "Mergulhadores da marinha alemã encontraram os destroços na segunda-feira, e \
                  a marinha disse que a tripulação estava a salvo.";
    assert_eq!(found(source, target), []);
    assert_eq!(found_with_places(source, target, &[], &[], &[]), []);
}

#[test]
fn the_source_profile_knows_demonyms_and_no_given_names() {
    let en = &mtlint_lexicon::profile("pt").source;
    for w in ["German", "Korean", "Chinese", "Brazilian", "Danish", "Iraqi"] {
        assert!(en.is_demonym(w), "{w}");
    }
    for w in ["Brian", "Toni", "Adrian", "Ethan", "Navy", "german"] {
        assert!(!en.is_demonym(w), "{w}");
    }
}

#[test]
fn a_name_translated_word_for_word_in_mixed_capitals_is_reported() {
    // NTREX line 371, en→gl→pt; the human reference keeps "Desert Island Discs". Line 374
    // of the same document writes the name inside a sentence.
    let f = found_with_places(
        "Desert Island Discs: Tom Daley felt 'inferior' over sexuality",
        "Discos de Ilha do deserto: Tom Daley 'inferior' sentido sobre sexualidade",
        &[],
        &[],
        &["Speaking on the first Radio 4 Desert Island Discs presented by Lauren Laverne, he \
           said he spoke out about gay rights to give others \"hope.\""],
    );
    assert_eq!(f.len(), 1, "{f:?}");
    assert_eq!(f[0].0, "Ilha do deserto");
    assert!(f[0].1.contains("\"Desert Island Discs\""), "{f:?}");
}

#[test]
fn a_name_a_translator_renders_in_words_is_quiet() {
    // NTREX line 106, the pt-BR reference: all in lowercase, as a translator writes words.
    let source = "It's rare for a tropical depression to hit Arizona, but that's what's likely \
                  to happen as Hurricane Rosa's remaining energy tracks across the Desert \
                  Southwest, delivering flash flooding risks.";
    let target = "É raro uma depressão tropical atingir o Arizona, mas é isso que vai acontecer \
                  assim que os rastros de energia restantes do furacão Rosa atingir os desertos \
                  do sudoeste, trazendo riscos de inundações relâmpago.";
    assert_eq!(found_with_places(source, target, &[], &[], &[]), []);
    // And "Member of Congress" -> "membro do Congresso": the capital is the name's own.
    assert_eq!(
        found_with_places(
            "She is the first Muslim woman elected as a Member of Congress.",
            "Ela é a primeira mulher muçulmana eleita como membro do Congresso.",
            &[],
            &[],
            &[],
        ),
        []
    );
}

#[test]
fn a_name_with_a_doubled_letter_is_reported() {
    // NTREX line 248, en→gl→pt: Galician doubles an initial trilled r.
    let source = "While Ri reprised familiar North Korean complaints about Washington's \
                  resistance, his statement appeared significant.";
    let f = found(
        source,
        "Enquanto Rri reprised queixas coreanas Do norte familiares sobre a resistência de \
         Washington, a sua afirmação apareceu significativa.",
    );
    assert_eq!(f.len(), 1, "{f:?}");
    assert_eq!(f[0].0, "Rri");
    // The reference keeps it; a doubled letter that makes a Portuguese word is no damage.
    assert_eq!(
        found(
            source,
            "Embora Ri tenha repetido as reclamações norte-coreanas sobre a resistência de \
             Washington, sua declaração pareceu significativa.",
        ),
        []
    );
}

#[test]
fn ordinary_words_of_a_programs_labels_are_no_names() {
    // Django's and LibreOffice's pt_BR catalogues (human): "True", "Key" and "Date" are
    // in the person lists, but the text gives them to nobody; a short label in title case
    // capitalises its ordinary words as a label does.
    for (source, target) in [
        ("Boolean (Either True or False)", "Booleano (Verdadeiro ou Falso)"),
        ("Foreign Key (type determined by related field)", "Chave Estrangeira (tipo determinado pelo campo relacionado)"),
        ("Choose a Date", "Escolha uma data"),
        ("Printer Setup", "Configuração da impressora"),
        ("Add User", "Adicionar usuário"),
    ] {
        assert_eq!(found(source, target), [], "{source}");
    }
    // After a given name an ordinary word is still a person's ("maio de Theresa":
    // a_name_translated_as_words_is_reported_where_its_words_went).
}

#[test]
fn a_surname_that_is_a_direction_is_a_name_but_not_after_an_article() {
    // NTREX tune lines 153 and 158 (en→gl→pt): "West" alone is Kanye West.
    let document = [
        "Kanye West: Rapper changes his name to Ye",
        "Rapper Kanye West is changing his name - to Ye.",
        "Announcing the change on Twitter on Saturday, he wrote: \"The being formally known as \
Kanye West.\"",
    ];
    let source = "As well as being an abbreviation of his current professional name, West has \
previously said the word has religious significance for him.";
    let mt = "Assim como sendo um abbreviation do seu nome profissional actual, o oeste haver \
anteriormente disse a palavra tem importância religiosa para ele.";
    let f = found_with_places(source, mt, &[], &[], &document);
    assert_eq!(f.len(), 1, "{f:?}");
    assert_eq!(f[0].0, "oeste");
    // The human rendering keeps the name.
    let human = "Além de ser uma abreviação de seu atual nome profissional, West já disse que a \
palavra tem significado religioso para ele.";
    assert_eq!(found_with_places(source, human, &[], &[], &document), []);
    // "the West" is a place, not the rapper, though the text names him ("o Ocidente").
    let source = "If only the West had resisted him and backed the Czechoslovaks at Munich.";
    let human = "Se pelo menos o Ocidente tivesse resistido a ele e apoiado os checoslovacos.";
    assert_eq!(found_with_places(source, human, &[], &[], &document), []);
}

#[test]
fn an_accent_where_portuguese_writes_one_is_an_adaptation() {
    // Django's human pt_BR catalogue (tests/fixtures/formats/django.pt_BR.po).
    assert_eq!(found("Interlingua", "Interlíngua"), []);
    assert_eq!(found("Sorani", "Sorâni"), []);
    // NTREX tune line 285 (en→gl→pt): the pivot's acute before a nasal is damage.
    let source = "The Los Angeles Democrat asserted that the claims were being pedaled by \
\"ultra-right wing\" pundits and websites.";
    let mt = "O Democrata de Los Ángeles afirmou que as reclamações eram pedaled por \
\"ultra-de direitas\" pundits e sitio web.";
    let f = found(source, mt);
    assert_eq!(f.len(), 1, "{f:?}");
    assert_eq!(f[0].0, "Ángeles");
}

/// sharutils' pt_BR catalogue: the GPL's notice, its words in capitals and its name broken
/// over two lines.
const NOTICE: &str = "uudecode is distributed in the hope that it will be useful, but WITHOUT \
ANY\nWARRANTY; without even the implied warranty of MERCHANTABILITY or FITNESS\nFOR A \
PARTICULAR PURPOSE.  See the GNU General Public License for more\ndetails.\n";
const AVISO: &str = "uudecode é distribuído na expectativa de que seja útil, mas SEM NENHUMA\n\
GARANTIA; sem mesmo implicar garantias de COMERCIALIZAÇÃO ou ADEQUAÇÃO\nA UM FIM \
ESPECÍFICO. Veja a Licença Pública Geral GNU (GPL) para mais\ndetalhes.\n";

#[test]
fn quiet_on_words_in_capitals_and_on_a_name_broken_over_lines() {
    assert_eq!(found(NOTICE, AVISO), []);
    assert_eq!(
        found(
            "the GNU General Public License as published by the Free\nSoftware Foundation, \
either version 3",
            "da Licença Pública Geral GNU publicada pela Free Software\nFoundation; versão 3",
        ),
        []
    );
}

#[test]
fn names_in_capitals_and_across_lines_are_still_checked() {
    // A name torn by a translation is still reported.
    let f = found(
        "Rapper Kanye West is changing his name - to Ye.",
        "Rapper Kanye o oeste está mudando seu nome - a Ye.",
    );
    assert_eq!(f.len(), 1, "{f:?}");
    assert!(super::shouted("FOR A PARTICULAR PURPOSE", &|w| w == "a" || w == "for"));
    // An acronym run has no ordinary short word: not shouting.
    assert!(!super::shouted("NATO HQ", &|w| w == "a" || w == "for"));
    assert!(!super::shouted("Bank of America", &|w| w == "of"));
    assert!(super::kept_across_lines("Software Foundation", "pela Free Software\nFoundation;"));
    assert!(!super::kept_across_lines("Software Foundation", "Fundação Software Livre"));
}

#[test]
fn answers_kept_for_a_part_give_the_findings_asked_afresh() {
    let pairs = [
        (MAY, "O primeiro-ministro Theresa maio acusou os críticos dos seus planos."),
        (
            "Rapper Kanye West is changing his name - to Ye.",
            "Rapper Kanye o oeste está mudando seu nome - a Ye.",
        ),
        (
            "The Russian and Chinese envoys met in Oregon on Monday.",
            "Os enviados russo e chinês encontraram-se em Oregón na segunda-feira.",
        ),
    ];
    let places = ["Russia", "China", "Britain"];
    let answers = super::Answers::default();
    // Twice over: the second round is answered from what the first kept.
    for _ in 0..2 {
        for (source, target) in pairs {
            let kept = found_answering(source, target, &[], &places, &[], Some(&answers));
            let afresh = found_answering(source, target, &[], &places, &[], None);
            assert_eq!(kept, afresh, "{source}");
        }
    }
    assert!(pairs.iter().any(|(s, t)| !found_with_places(s, t, &[], &places, &[]).is_empty()));
    // Each word is asked once: a second question is not asked.
    assert!(answers.translated("Zyzzyva", |_| true));
    assert!(answers.translated("Zyzzyva", |_| panic!("asked again")));
    assert!(!answers.translated("Nowhere", |_| false));
    // (Words the pairs above did not ask about: their answers were kept.)
    assert!(answers.common("zyzzyva", |_| true));
    assert!(answers.common("zyzzyva", |_| panic!("asked again")));
    let two = || vec!["um".to_string(), "dois".to_string()];
    assert_eq!(answers.translations("zyzzyva", |_| two()), two());
    assert_eq!(answers.translations("zyzzyva", |_| panic!("asked again")), two());
}

#[test]
fn a_rendering_the_text_repeats_is_its_own() {
    // shotwell pt_BR: "Google Photos" is "Google Fotos" in every message that names it.
    let source = "You are logged into Google Photos as %s.";
    let target = "Você está autenticado no Google Fotos como %s.";
    let catalogue = "Você está autenticado no Google Fotos como %s.\n\
        Se as imagens enviadas para o Google Fotos devem ter os seus metadados removidos\n\
        habilitar plug-in de publicação no Google Fotos";
    let found = |discourse: &str| {
        found_in_discourse(source, target, &[], &[], &[], None, discourse)
            .into_iter()
            .map(|(words, _, _)| words)
            .collect::<Vec<_>>()
    };
    assert_eq!(found(catalogue), Vec::<String>::new());
    // Once in its text, the same replacement is a word taken for the name's.
    assert_eq!(found(target), ["Fotos"]);
    // A longer name with a word replaced among kept ones is torn however often (NTREX's
    // Apertium MT through Spanish writes "World Wide Site" four times).
    let source = "He is the inventor of the World Wide Web.";
    let target = "Ele é o inventor do World Wide Site.";
    let story = "o inventor do World Wide Site. o World Wide Site. do World Wide Site.";
    let found = found_in_discourse(source, target, &[], &[], &[], None, story);
    assert_eq!(found.len(), 1, "{found:?}");
    // A pair inside a longer run of capitals is a longer name torn (the Galician MT's
    // "Web Ancho Mundial" for "World Wide Web", three times).
    let source = "He founded the Web Foundation.";
    let target = "Fundou a Web Ancho Mundial.";
    let story = "a Web Ancho Mundial. da Web Ancho Mundial. na Web Ancho Mundial.";
    let found = found_in_discourse(source, target, &[], &[], &[], None, story);
    assert_eq!(found.len(), 1, "{found:?}");
}
