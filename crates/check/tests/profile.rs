//! A checker for a language mtlint ships nothing for (Galician's tag), built from a made-up profile's data
//! alone: the rules its data supports run, the others skip themselves.

use mtlint_check::{Checker, Rule, Settings};
use mtlint_glossary::{parse_glossary, GlossarySet, LangTag};
use mtlint_lexicon::Profile;

/// A made-up profile (under the tag of Galician, which mtlint ships nothing for) with a lexicon of four words, a clitic and a variant.
const PROFILE: &str = r#"
language = "gl"
source = "en"
lexicon-words = ["canção", "casa", "bela", "mar"]

[variants]
NO = "acute"

[words]
clitics = ["lo"]
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
    let profile = Profile::from_toml(PROFILE, "language = \"en\"\n").expect("valid profile");
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
