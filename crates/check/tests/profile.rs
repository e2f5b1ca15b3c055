//! A checker for a language mtlint ships nothing for (Galician's tag), built from a made-up profile's data
//! alone: the rules its data supports run, the others skip themselves.

use mtlint_check::{Checker, Document, MappedText, Rule, Segment, Settings};
use mtlint_glossary::{parse_glossary, GlossarySet, LangTag};
use mtlint_lexicon::Profile;

/// A made-up profile (under the tag of Galician, which mtlint ships nothing for) with a lexicon of four words, a clitic, a variant, the marks its words may lose and its way of writing numbers.
const PROFILE: &str = r#"
language = "gl"
source = "en"
lexicon-words = ["canção", "casa", "bela", "mar"]

[variants]
NO = "acute"

[words]
clitics = ["lo"]

[respelling]
accents = [["a", ["ã"]]]
letter-marks = [["c", ["ç"]]]

[numbers]
decimal = ","
group = ["."]
scale-words = [["mil", 1e3]]
"#;

/// The made-up source language's facts: how it writes numbers.
const SOURCE: &str = r#"
language = "en"

[numbers]
decimal = "."
group = [","]
scale-words = [["thousand", 1e3]]
"#;

const GLOSSARY: &str = r#"
[glossary]
name = "made-up test"
lang = "gl"

[[term]]
use = "Marrocos"
kind = "place"
avoid = ["Marroco"]
"#;

fn checker() -> Checker {
    let profile = Profile::from_toml(PROFILE, SOURCE).expect("valid profile");
    let profile: &'static Profile = Box::leak(Box::new(profile));
    let glossary = parse_glossary("gl.toml", GLOSSARY).expect("valid glossary");
    let set = GlossarySet::from_glossaries(vec![glossary]).expect("valid set");
    let lang = "gl".parse::<LangTag>().expect("a tag");
    Checker::with_profile(&set, Settings::new(lang), profile)
}

#[test]
fn rules_run_on_a_profile_made_of_data_files_alone() {
    let text = "A cancao da casa bela , em Marroco.";
    let found: Vec<(Rule, &str)> = checker()
        .check(text)
        .iter()
        .map(|f| (f.rule, &text[f.range.as_range()]))
        .collect();
    // The lexicon gives missing-accent its word; typography needs no data; the glossary
    // gives wrong-term. untranslated skips itself: its language model is for Portuguese only.
    assert_eq!(
        found,
        [
            (Rule::MissingAccent, "cancao"),
            (Rule::SpacedPunctuation, " ,"),
            (Rule::WrongTerm, "Marroco"),
        ]
    );
}

#[test]
fn without_a_lexicon_the_word_rules_skip_themselves() {
    let profile = Profile::from_toml("language = \"gl\"\nsource = \"en\"\n", "").expect("valid");
    let profile: &'static Profile = Box::leak(Box::new(profile));
    let set = GlossarySet::from_glossaries(Vec::new()).expect("empty set");
    let lang = "gl".parse::<LangTag>().expect("a tag");
    let checker = Checker::with_profile(&set, Settings::new(lang), profile);
    let rules: Vec<Rule> = checker
        .check("A cancao da casa , xyzzyplugh.")
        .iter()
        .map(|f| f.rule)
        .collect();
    assert_eq!(rules, [Rule::SpacedPunctuation]);
}

#[test]
fn accents_are_read_by_the_profiles_data() {
    // "cancao" is "canção" by the profile's "a" → "ã" and "c" → "ç"; without its accent
    // table the same lexicon finds no word that lost its accents.
    let text = "A cancao da casa.";
    let accents = |profile: &str| -> Vec<String> {
        let profile = Profile::from_toml(profile, SOURCE).expect("valid profile");
        let profile: &'static Profile = Box::leak(Box::new(profile));
        let set = GlossarySet::from_glossaries(Vec::new()).expect("empty set");
        let lang = "gl".parse::<LangTag>().expect("a tag");
        Checker::with_profile(&set, Settings::new(lang), profile)
            .check(text)
            .iter()
            .filter(|f| f.rule == Rule::MissingAccent)
            .map(|f| text[f.range.as_range()].to_string())
            .collect()
    };
    assert_eq!(accents(PROFILE), ["cancao"]);
    let no_cedilla = PROFILE.replace("letter-marks = [[\"c\", [\"ç\"]]]", "");
    assert_eq!(accents(&no_cedilla), Vec::<String>::new());
    let no_accents = PROFILE.replace("accents = [[\"a\", [\"ã\"]]]", "");
    assert_eq!(accents(&no_accents), Vec::<String>::new());
    // "canção" ends in "o": offered when the profile's words may end so, not otherwise.
    let finals = |list: &str| {
        PROFILE.replace(
            "[respelling]",
            &format!("[respelling]\nword-finals = {list}"),
        )
    };
    assert_eq!(accents(&finals(r#"["o", "a"]"#)), ["cancao"]);
    assert_eq!(accents(&finals(r#"["a", "s"]"#)), Vec::<String>::new());
}

#[test]
fn plain_clitics_follow_the_profiles_finals() {
    // "-o" after a word ending in a final the profile lists is a clitic split from its
    // verb; after any other word, a command-line option.
    let spaced = |finals: &str| -> Vec<String> {
        let profile = format!(
            "language = \"gl\"\nsource = \"en\"\nlexicon-words = [\"casa\", \"mar\"]\n\
             [words]\nclitics = [\"o\"]\nplain-clitics = [\"o\"]\n{finals}"
        );
        let profile = Profile::from_toml(&profile, SOURCE).expect("valid profile");
        let profile: &'static Profile = Box::leak(Box::new(profile));
        let set = GlossarySet::from_glossaries(Vec::new()).expect("empty set");
        let lang = "gl".parse::<LangTag>().expect("a tag");
        let text = "A casa -o.\nO mar -o.\n";
        Checker::with_profile(&set, Settings::new(lang), profile)
            .check(text)
            .iter()
            .filter(|f| f.rule == Rule::SpacedHyphen)
            // The word before the spaced hyphen.
            .filter_map(|f| text[..f.range.start].split(' ').next_back())
            .map(str::to_string)
            .collect()
    };
    assert_eq!(spaced("plain-clitic-finals = [\"a\"]\n"), ["casa"]);
    assert_eq!(spaced("plain-clitic-finals = [\"r\"]\n"), ["mar"]);
    assert_eq!(spaced(""), Vec::<String>::new());
}

/// The findings of `checker` on lines of `(source, target)`, each a segment with its source.
fn check_pairs(checker: &Checker, pairs: &[(&str, &str)]) -> Vec<(Rule, String)> {
    let mut file = String::new();
    let mut segments = Vec::new();
    for (source, target) in pairs {
        let start = file.len();
        file.push_str(target);
        file.push('\n');
        segments.push(Segment {
            id: None,
            target: MappedText::verbatim((*target).to_string(), start),
            source: Some(MappedText::verbatim((*source).to_string(), 0)),
        });
    }
    let doc = Document::from_segments(&file, segments);
    checker
        .check_document(&doc)
        .into_iter()
        .map(|f| (f.rule, file[f.range.as_range()].to_string()))
        .collect()
}

#[test]
fn numbers_are_read_by_the_profiles_data() {
    let pairs = [
        // The source's format in the target: its form by the made-up profile is offered.
        ("30,000 people", "30,000 casa"),
        // Read by each profile's own marks and scale words: the same numbers.
        ("30,000 people", "30.000 casa"),
        ("3.5 thousand people", "3,5 mil casa"),
        // A number the translation lost.
        ("7 people", "casa"),
    ];
    let found = check_pairs(&checker(), &pairs);
    let numbers: Vec<&str> = found
        .iter()
        .filter(|(rule, _)| *rule == Rule::NumberMismatch)
        .map(|(_, text)| text.as_str())
        .collect();
    assert_eq!(numbers, ["30,000", "casa"], "{found:?}");
}

#[test]
fn without_number_data_number_mismatch_skips_itself() {
    let profile = Profile::from_toml("language = \"gl\"\nsource = \"en\"\n", "").expect("valid");
    let profile: &'static Profile = Box::leak(Box::new(profile));
    let set = GlossarySet::from_glossaries(Vec::new()).expect("empty set");
    let lang = "gl".parse::<LangTag>().expect("a tag");
    let checker = Checker::with_profile(&set, Settings::new(lang), profile);
    let found = check_pairs(
        &checker,
        &[("30,000 people", "30,000 casa"), ("7 people", "casa")],
    );
    assert!(
        found.iter().all(|(rule, _)| *rule != Rule::NumberMismatch),
        "{found:?}"
    );
}
