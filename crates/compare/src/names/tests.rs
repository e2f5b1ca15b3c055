//! Names on sentences of NTREX-128 (CC BY-SA 4.0) and their Apertium MT.

use super::*;

/// A few ordinary English words, as a word list would answer.
fn common(word: &str) -> bool {
    [
        "the", "a", "in", "after", "beach", "prime", "minister", "north", "evening", "news", "may",
        "british", "add", "alarm",
    ]
    .contains(&word)
}

fn never(_: &str) -> bool {
    false
}

fn names(text: &str) -> Vec<String> {
    let words = SourceWords {
        is_common: &common,
        is_translated: &never,
    };
    names_with(text, &words)
}

/// The texts of the names the English profile finds in `text`, with `words` answering.
fn names_with(text: &str, words: &SourceWords<'_>) -> Vec<String> {
    find_names(text, &english(), words, None)
        .into_iter()
        .map(|n| n.text)
        .collect()
}

#[test]
fn titles_and_sentence_starts_are_not_names() {
    assert_eq!(
        names(
            "Prime Minister Theresa May accused critics of her plans to leave the European Union."
        ),
        ["Theresa May", "European Union"]
    );
    assert_eq!(
        names("After an Oregon farmer was eaten, one Manitoba farmer told CBC News."),
        ["Oregon", "Manitoba", "CBC News"]
    );
    assert_eq!(
        names("The attack occurred near Beacon's Beach in Encinitas."),
        ["Beacon's Beach", "Encinitas"]
    );
}

#[test]
fn months_demonyms_and_initialisms() {
    let demonyms = Demonyms::new(["North Korea", "Russia", "Britain"], &english());
    assert!(demonyms.contains("Korean"));
    assert!(demonyms.contains("Russian"));
    assert!(demonyms.contains("British"));
    assert!(!demonyms.contains("Russia"));
    assert!(!demonyms.contains("Trump"));
    let is_translated = |w: &str| demonyms.contains(w);
    let words = SourceWords {
        is_common: &common,
        is_translated: &is_translated,
    };
    let found: Vec<String> = names_with(
        "In June, the North Korean leader met the U.S. envoy and Russian President Vladimir Putin.",
        &words,
    );
    // Initialisms with dots ("U.S.", "U.N.") are the target's to translate ("EUA").
    assert_eq!(found, ["Vladimir Putin"]);
}

#[test]
fn case_evidence_makes_a_sentence_start_a_name() {
    let text = "May said no. Theresa May left. The plan of May failed.";
    let ev = CaseEvidence::from_texts([text]);
    assert!(ev.written_as_name("May"));
    assert!(!ev.written_as_name("The"));
    let words = SourceWords {
        is_common: &common,
        is_translated: &never,
    };
    let found = find_names("May said no.", &english(), &words, Some(&ev));
    // "May" alone is a month for the profile: translated, never a name on its own.
    assert!(found.is_empty());
}

fn pt_words(word: &str) -> bool {
    [
        "rússia",
        "maio",
        "triunfo",
        "notícia",
        "parlamento",
        "unido",
    ]
    .contains(&word)
}

fn translations(word: &str) -> Vec<String> {
    match word {
        "may" => vec!["maio".into()],
        "trump" => vec!["trunfo".into(), "triunfo".into()],
        "news" => vec!["notícia".into(), "noticioso".into()],
        _ => vec![],
    }
}

fn place(source: &str, name: &str, target: &str) -> Placement {
    placed(source, name, target, false)
}

/// Where `name` went, by [`locate`], or (`lazily`) by [`place_in`] and then, for a
/// missing name, [`replacement_in`].
fn placed(source: &str, name: &str, target: &str, lazily: bool) -> Placement {
    let start = source.find(name).unwrap_or(0);
    let n = Name {
        text: name.to_string(),
        span: start..start + name.len(),
        words: word_spans(name)
            .into_iter()
            .map(|s| s.start + start..s.end + start)
            .collect(),
        translated_head: name.starts_with("West "),
    };
    let forms = |n: &str| {
        if n == "Moscow" {
            vec!["Moscou".to_string()]
        } else {
            vec![]
        }
    };
    let r = Renderings {
        forms: &forms,
        translations: &translations,
        is_target_word: &pt_words,
    };
    if !lazily {
        return locate(&n, source, target, &r);
    }
    let words = TargetWords::new(target);
    match place_in(&n, source, &words, &r) {
        Placement::Missing(None) => Placement::Missing(replacement_in(&n, source, &words, &r)),
        Placement::Missing(Some(_)) => panic!("place_in located a missing name"),
        found => found,
    }
}

#[test]
fn placing_then_looking_for_the_replacement_is_locating() {
    let cases = [
        (
            "He met Theresa May.",
            "Theresa May",
            "Encontrou Theresa May.",
        ),
        ("In Moscow today.", "Moscow", "Em Moscou hoje."),
        ("In Russia today.", "Russia", "Na Rússia hoje."),
        (
            "Prime Minister Theresa May accused critics.",
            "Theresa May",
            "maio de Theresa do Premiê acusou críticos.",
        ),
        (
            "After an Oregon farmer was eaten by his pigs.",
            "Oregon",
            "Depois de que um labrador de Oregón foi comido.",
        ),
        (
            "Why has President Trump given up so much?",
            "Trump",
            "Por que tem Presidente Triunfo dado acima tanto?",
        ),
        ("West Virginia voted.", "West Virginia", "Virginia votou."),
        ("West Virginia voted.", "West Virginia", "O estado votou."),
    ];
    for (source, name, target) in cases {
        assert_eq!(
            placed(source, name, target, true),
            placed(source, name, target, false),
            "{name} in {target}"
        );
    }
    // The cases hold each kind of placement, a missing name located too.
    let kinds: Vec<Placement> = cases
        .iter()
        .map(|&(s, n, t)| placed(s, n, t, true))
        .collect();
    assert!(kinds.iter().any(|p| matches!(p, Placement::Kept(_))));
    assert!(kinds.iter().any(|p| matches!(p, Placement::Rendered(_))));
    assert!(kinds.iter().any(|p| matches!(p, Placement::Adapted)));
    assert!(kinds
        .iter()
        .any(|p| matches!(p, Placement::Missing(Some(_)))));
}

#[test]
fn kept_rendered_and_adapted_names() {
    assert_eq!(
        place(
            "He met Theresa May.",
            "Theresa May",
            "Encontrou Theresa May."
        ),
        Placement::Kept(10..21)
    );
    assert_eq!(
        place("In Moscow today.", "Moscow", "Em Moscou hoje."),
        Placement::Rendered(3..9)
    );
    assert_eq!(
        place("In Russia today.", "Russia", "Na Rússia hoje."),
        Placement::Adapted
    );
}

#[test]
fn missing_names_point_at_what_took_their_place() {
    let src = "Prime Minister Theresa May accused critics.";
    let mt = "maio de Theresa do Premiê acusou críticos.";
    assert_eq!(
        place(src, "Theresa May", mt),
        Placement::Missing(Some((0..4, Clue::Translation)))
    );
    let src = "After an Oregon farmer was eaten by his pigs.";
    let mt = "Depois de que um labrador de Oregón foi comido.";
    assert_eq!(
        place(src, "Oregon", mt),
        Placement::Missing(Some((29..36, Clue::Spelling)))
    );
    let src = "Why has President Trump given up so much?";
    let mt = "Por que tem Presidente Triunfo dado acima tanto?";
    assert_eq!(
        place(src, "Trump", mt),
        Placement::Missing(Some((23..30, Clue::Translation)))
    );
}

#[test]
fn compound_tails_and_headlines() {
    let words = SourceWords {
        is_common: &|w: &str| ["the", "class", "registered"].contains(&w),
        is_translated: &never,
    };
    let found: Vec<String> = names_with("The crew of the Baden-Wuerttemberg-class frigate met PNG-registered airlines and Moon Jae-in.", &words);
    assert_eq!(found, ["Baden-Wuerttemberg", "PNG", "Moon Jae-in"]);
    // A headline without a full stop: its capitalised ordinary words are not names.
    let words = SourceWords {
        is_common: &|w: &str| ["threatening", "with", "flash", "flooding"].contains(&w),
        is_translated: &never,
    };
    let found: Vec<String> = names_with(
        "Hurricane Rosa Threatening Phoenix, Las Vegas With Flash Flooding and more rain",
        &words,
    );
    assert_eq!(found, ["Rosa", "Phoenix", "Las Vegas"]);
}

#[test]
fn possessives_end_names_unless_ordinary_words_follow() {
    let words = SourceWords {
        is_common: &common,
        is_translated: &never,
    };
    let found = find_names(
        "Britain's Prime Minister Theresa May arrives for the Conservative Party Conference in Birmingham, Britain, September 29, 2018.",
        &english(),
        &words,
        None,
    );
    let texts: Vec<String> = found.into_iter().map(|n| n.text).collect();
    assert_eq!(
        texts,
        [
            "Britain",
            "Theresa May",
            "Conservative Party Conference",
            "Birmingham",
            "Britain"
        ]
    );
    let found = find_names("Trump's West Virginia rally.", &english(), &words, None);
    let texts: Vec<String> = found.into_iter().map(|n| n.text).collect();
    assert_eq!(texts, ["Trump", "West Virginia"]);
}

#[test]
fn surnames_come_from_given_names_and_are_used_alone() {
    let given = |w: &str| ["Donald", "Hans", "Geiger"].contains(&w);
    let texts = [
        "Donald Trump spoke. Trump said no.",
        "Hans Geiger was born. It led to the Geiger Counter.",
    ];
    let s = Surnames::from_texts(texts, &given);
    assert!(s.contains("Trump"));
    // "Geiger" is a surname of the text, so not a given name; "Counter" never stands alone.
    assert!(!s.contains("Counter"));
}

/// The segment data the rules share (one tokenisation of each source, one cut of each
/// target) answers as the functions that cut the text themselves.
#[test]
fn shared_tokens_answer_as_each_text_cut_again() {
    let texts = [
        "Donald Trump's aide met the U.S. envoy. Trump said no.",
        "Elizabeth Warren Will Take Hard Look At Running",
        "Hans Geiger was born. It led to the Geiger Counter's use in Britain.",
        "\"May said,\" the Prime Minister's aide told Evening News.",
    ];
    let cut: Vec<SourceTokens<'_>> = texts.iter().map(|t| SourceTokens::new(t)).collect();
    let given = |w: &str| ["Donald", "Hans", "Geiger", "Elizabeth"].contains(&w);
    let (a, b) = (
        Surnames::from_texts(texts, &given),
        Surnames::from_tokens(&cut, &given),
    );
    let (c, d) = (
        CaseEvidence::from_texts(texts),
        CaseEvidence::from_tokens(&cut),
    );
    let words = SourceWords {
        is_common: &common,
        is_translated: &never,
    };
    for (text, tokens) in texts.iter().zip(&cut) {
        for w in text
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
        {
            assert_eq!(a.contains(w), b.contains(w), "{w}");
            assert_eq!(c.written_as_name(w), d.written_as_name(w), "{w}");
        }
        let once = find_names(text, &english(), &words, Some(&c));
        assert_eq!(once, find_names_in(tokens, &english(), &words, Some(&d)));
        // One cut of a target for all the names of its source.
        let target = "Donald Triunfo disse aos EUA que Isabel Warren e Geiger correm.";
        let no_forms = |_: &str| Vec::new();
        let renderings = Renderings {
            forms: &no_forms,
            translations: &|w: &str| match w {
                "trump" => vec!["triunfo".to_string()],
                _ => vec![],
            },
            is_target_word: &|w: &str| ["triunfo", "correm"].contains(&w),
        };
        let shared = TargetWords::new(target);
        for name in &once {
            assert_eq!(
                locate(name, text, target, &renderings),
                locate_in(name, text, &shared, &renderings)
            );
        }
    }
    assert!(b.contains("Trump"));
}

#[test]
fn damage_is_what_a_translator_does_not_do() {
    let profile = english();
    let person = |w: &str| ["Maxine", "Waters", "Marvin", "Franklin"].contains(&w);
    let common = |w: &str| {
        [
            "waters", "said", "the", "create", "audio", "hill", "file", "enable", "now",
        ]
        .contains(&w)
    };
    let judge = Judge {
        is_person: &person,
        is_source_word: &common,
        profile: &profile,
        surnames: None,
        follows_stress_rules: &|_| false,
    };
    let translations = |w: &str| match w {
        "waters" => vec!["águas".to_string()],
        _ => vec![],
    };
    let no_forms = |_: &str| Vec::new();
    let renderings = Renderings {
        forms: &no_forms,
        translations: &translations,
        is_target_word: &|w: &str| {
            ["águas", "dito", "cerro", "criar", "áudio", "arquivo", "si"].contains(&w)
        },
    };
    let judged = |source: &str, target: &str| {
        let words = SourceWords {
            is_common: &common,
            is_translated: &never,
        };
        find_names(source, &profile, &words, None)
            .into_iter()
            .filter_map(|n| {
                let placement = locate(&n, source, target, &renderings);
                damage(&n, source, target, &placement, &renderings, &judge).map(|d| d.why)
            })
            .collect::<Vec<_>>()
    };
    assert_eq!(
        judged(
            "Rep. Maxine Waters spoke.",
            "A deputada Maxine Águas falou."
        ),
        [Why::Surname]
    );
    assert_eq!(
        judged("Marvin Cooke spoke.", "Marvin dito Cooke falou."),
        [Why::TornApart]
    );
    // Dropped by a translator: no evidence of damage.
    assert_eq!(judged("Rep. Maxine Waters spoke.", "A deputada falou."), []);
    // A word replaced in place by a capitalised word of the target is damage; a
    // sentence's first word is capitalised for its place (rhythmbox: "Create Audio CD").
    assert_eq!(
        judged("He spoke on Capitol Hill.", "Falou em Capitol Cerro."),
        [Why::Replaced]
    );
    assert_eq!(judged("Create Audio CD", "Criar CD de áudio"), []);
    // An abbreviation written out after the kept given name is the same name (rhythmbox's
    // GPL notice).
    assert_eq!(
        judged("51 Franklin St, Boston", "51 Franklin Street, Boston"),
        []
    );
    assert_eq!(
        judged(
            "Rep. Franklin Waters spoke.",
            "A deputada Franklin Águas falou."
        ),
        [Why::Surname]
    );
    // texinfo: a metavariable in capitals translated in capitals; a name's half turned
    // into a word of the target is still damage.
    assert_eq!(
        judged("Usage: DIR-FILE is read", "Uso: DIR-ARQUIVO é lido"),
        []
    );
    assert_eq!(
        judged("He met Berners-Waters.", "Conheceu Berners-águas."),
        [Why::Hyphenated]
    );
    // xfce4-settings pt: an acronym's letters are no word of a metavariable.
    assert_eq!(
        judged("Enable AT-SPI now", "Ativar AT-SI agora"),
        [Why::Hyphenated]
    );
    // Products' names in inner capitals are each their own name (rhythmbox); a
    // person's name torn apart is still damage (above).
    assert_eq!(
        judged(
            "ReplayGain GStreamer plugins not available",
            "Extensões ReplayGain do GStreamer não disponíveis"
        ),
        []
    );
    // GRUB's pt_BR catalogue: a stack of acronyms before the noun they modify, the
    // target's noun between them (a person's name torn apart is still damage, above).
    assert_eq!(
        judged(
            "Check if FILE is ARM64 EFI file",
            "Verificar se o ARQUIVO é ARM64 arquivo EFI"
        ),
        []
    );
}

#[test]
fn an_accelerator_inside_a_word_does_not_cut_it() {
    // gnome-clocks: "Add A_larm" is a label in title case, "A" no name of its own.
    assert_eq!(names("Add A_larm"), Vec::<String>::new());
    assert_eq!(
        word_spans("Add A_larm, net_default").len(),
        3,
        "an accelerator or a lowercase joiner keeps one word"
    );
    // An underscore before a capital still cuts: "MY_VAR" is two words.
    assert_eq!(word_spans("MY_VAR").len(), 2);
}

#[test]
fn an_accelerator_mark_opens_a_label() {
    // nautilus, gnome-robots: "_Redo Copy", "_Wait for Robots"; the word after the mark
    // is the label's first, in the source and in the target.
    assert!(starts_sentence("_"));
    assert!(starts_sentence("&"));
    assert!(starts_sentence("Done. _"));
    // Inside a word, or after one, the mark opens nothing.
    assert!(!starts_sentence("the net_"));
    assert!(!starts_sentence("the "));
    let words = SourceWords {
        is_common: &|w: &str| ["redo", "copy", "wait", "robots", "about"].contains(&w),
        is_translated: &never,
    };
    let found = |text: &str| -> Vec<String> { names_with(text, &words) };
    assert_eq!(found("_Redo Copy %d item"), Vec::<String>::new());
    assert_eq!(found("_Wait for Robots"), Vec::<String>::new());
    // The label's first word is ordinary; not at a label's start, it is the name's.
    assert_eq!(found("_About Mahjongg"), ["Mahjongg"]);
    assert_eq!(found("then About Mahjongg"), ["About Mahjongg"]);
}

#[test]
fn a_demonym_compounded_is_no_name() {
    // xfce4-weather-plugin: "outside the English-speaking world" → "fora do mundo da
    // língua inglesa".
    let words = SourceWords {
        is_common: &|w: &str| ["it", "speaking", "registered", "the"].contains(&w),
        is_translated: &|w: &str| w == "English",
    };
    let found: Vec<String> = names_with(
        "It is used outside the English-speaking world by PNG-registered airlines.",
        &words,
    );
    assert_eq!(found, ["PNG"]);
}

/// The shipped English profile's name conventions.
fn english() -> SourceProfile {
    let n = &mtlint_lexicon::profile("pt").source.names;
    SourceProfile {
        connectors: n.connectors.clone(),
        titles: n.titles.clone(),
        translated: n.translated.clone(),
        demonym_endings: n.demonym_endings.clone(),
        weekdays: n.weekdays.clone(),
        months: n.months.clone(),
        contractions: n.contractions.clone(),
        directions: n.directions.clone(),
        articles: n.articles.clone(),
    }
}

#[test]
fn a_title_case_line_finished_or_not() {
    let title = |text: &str| is_title_case(text, &SourceTokens::new(text).toks);
    // Finished: four long words or more, every one capitalised.
    assert!(title("Elizabeth Warren Will Take Hard Look At Running."));
    assert!(!title("Elizabeth Warren will Take Hard Look At Running."));
    assert!(!title("Add New User Now."));
    assert!(!title("Trump said that Theresa May will Take a Look."));
    // Unfinished: seven in ten long words capitalised, or a short label.
    assert!(title("Elizabeth Warren Will Take Hard Look at running"));
    assert!(!title("Elizabeth Warren will take hard look at running"));
    assert!(title("Add User"));
    assert!(!title("Add user"));
}

#[test]
fn a_word_is_asked_of_the_word_list_in_lowercase_on_either_path() {
    let profile = english();
    let asked = std::cell::RefCell::new(Vec::<String>::new());
    let is_common = |w: &str| {
        asked.borrow_mut().push(w.to_string());
        false
    };
    let words = SourceWords {
        is_common: &is_common,
        is_translated: &never,
    };
    // ASCII words short enough for the stack, one too long for it, an accelerator mark,
    // a contraction, a hyphenated word and a word with an accent.
    let long = "Pneumonoultramicroscopicsilicovolcanoconiosis";
    for word in [
        "Trump",
        "MAY",
        long,
        "A_larm",
        "We're",
        "Fifty-Eight",
        "Rússia",
    ] {
        asked.borrow_mut().clear();
        assert!(!is_common_word(&profile, &words, word));
        let mut lower = profile.uncontracted(word).to_lowercase();
        lower.retain(|c| c != '_');
        let mut expected = vec![lower.clone()];
        if lower.contains('-') {
            expected.extend(lower.split('-').take(1).map(str::to_string));
        }
        assert_eq!(*asked.borrow(), expected, "{word}");
    }
}
