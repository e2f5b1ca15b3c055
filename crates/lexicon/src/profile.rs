//! Language profiles: everything mtlint's rules know of a language besides the glossaries,
//! loaded by language tag from data files (`data/<lang>/profile.toml`, and
//! `data/<lang>/source.toml` for a language as the source of a translation). A rule reads
//! the profile it is given and skips itself when the profile lacks what it needs (no
//! lexicon: no word-level rules), so a language is added by adding its data files.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use serde::Deserialize;

use crate::{Lexicon, UsageTable};

/// What the rules know of one target language.
#[derive(Debug)]
pub struct Profile {
    /// The language's tag ("pt").
    pub language: String,
    /// The closed word lists the rules read.
    pub words: WordLists,
    /// Which accent each regional variant writes where the spellings differ
    /// ("econômico" in Brazil, "económico" in Portugal), by region code.
    pub variants: BTreeMap<String, Accent>,
    /// The language translated from, with what the rules know of it.
    pub source: SourceProfile,
    lexicon: Option<LexiconData>,
    usage: Option<&'static UsageTable>,
}

#[derive(Debug)]
enum LexiconData {
    Embedded(&'static Lexicon),
    Own(Lexicon),
}

/// The closed word lists of a target language.
#[derive(Debug, Default, Deserialize)]
#[serde(default, rename_all = "kebab-case", deny_unknown_fields)]
pub struct WordLists {
    /// Pronouns a hyphen joins to a verb ("fazê-lo"): a word before one is a verb form.
    pub clitics: Vec<String>,
    /// Abbreviations whose full stop does not end a sentence ("sr.", "dr.").
    pub sentence_abbreviations: Vec<String>,
    /// Productive prefixes: a prefix and a lexicon word make a word ("desconhecida").
    pub prefixes: Vec<String>,
}

/// The accent a variant writes where the variants differ.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Accent {
    Circumflex,
    Acute,
}

/// What the rules know of a source language.
#[derive(Debug, Default, Deserialize)]
#[serde(default, rename_all = "kebab-case", deny_unknown_fields)]
pub struct SourceProfile {
    /// The source language's tag ("en").
    pub language: String,
    /// Closed-class words: inside a target sentence, evidence of text left untranslated.
    pub function_words: Vec<String>,
}

/// A profile file as written.
#[derive(Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
struct ProfileFile {
    language: String,
    /// The source language, whose `source.toml` is loaded with the profile.
    source: String,
    /// The embedded lexicon of the language (`pt`), if mtlint ships one.
    #[serde(default)]
    lexicon: Option<String>,
    /// Words of the profile's own lexicon (a language without an embedded one).
    #[serde(default)]
    lexicon_words: Vec<String>,
    /// The embedded usage table (`pt`: Portuguese against other languages), if any.
    #[serde(default)]
    usage: Option<String>,
    #[serde(default)]
    variants: BTreeMap<String, Accent>,
    #[serde(default)]
    words: WordLists,
}

/// A profile file that cannot be read.
#[derive(Debug, thiserror::Error)]
pub enum ProfileError {
    #[error("{0}")]
    Toml(#[from] toml::de::Error),
    #[error("unknown embedded data set `{0}`")]
    UnknownData(String),
}

impl Profile {
    /// A profile from the text of its `profile.toml` and its source's `source.toml`.
    pub fn from_toml(profile: &str, source: &str) -> Result<Profile, ProfileError> {
        let file: ProfileFile = toml::from_str(profile)?;
        let mut source: SourceProfile = toml::from_str(source)?;
        if source.language.is_empty() {
            source.language = file.source.clone();
        }
        let lexicon = match (file.lexicon.as_deref(), file.lexicon_words.is_empty()) {
            (Some("pt"), _) => Some(LexiconData::Embedded(crate::portuguese())),
            (Some(other), _) => return Err(ProfileError::UnknownData(other.to_string())),
            (None, false) => Some(LexiconData::Own(Lexicon::from_words(
                file.lexicon_words.iter().map(String::as_str),
            ))),
            (None, true) => None,
        };
        let usage = match file.usage.as_deref() {
            Some("pt") => Some(crate::usage()),
            Some(other) => return Err(ProfileError::UnknownData(other.to_string())),
            None => None,
        };
        Ok(Profile {
            language: file.language,
            words: file.words,
            variants: file.variants,
            source,
            lexicon,
            usage,
        })
    }

    /// The language's lexicon, if the profile has one.
    pub fn lexicon(&self) -> Option<&Lexicon> {
        match &self.lexicon {
            Some(LexiconData::Embedded(l)) => Some(l),
            Some(LexiconData::Own(l)) => Some(l),
            None => None,
        }
    }

    /// How often the language and others use each word, if the profile has the table.
    pub fn usage(&self) -> Option<&'static UsageTable> {
        self.usage
    }

    /// The accent the variant of `region` writes, if the profile says.
    pub fn accent_of(&self, region: Option<&str>) -> Option<Accent> {
        let region = region?;
        self.variants
            .iter()
            .find(|(r, _)| r.eq_ignore_ascii_case(region))
            .map(|(_, accent)| *accent)
    }

    /// A profile with nothing: the rules that need language facts skip themselves.
    pub fn empty(language: &str) -> Profile {
        Profile {
            language: language.to_string(),
            words: WordLists::default(),
            variants: BTreeMap::new(),
            source: SourceProfile {
                language: "en".to_string(),
                ..SourceProfile::default()
            },
            lexicon: None,
            usage: None,
        }
    }
}

/// The shipped profile of `language` (a primary tag: "pt"), or an empty one.
pub fn profile(language: &str) -> &'static Profile {
    static PT: OnceLock<Profile> = OnceLock::new();
    static EMPTY: OnceLock<Profile> = OnceLock::new();
    match language.to_ascii_lowercase().as_str() {
        "pt" => PT.get_or_init(|| {
            // The shipped files are checked by this crate's tests; a broken one degrades to
            // an empty profile rather than a panic in a user's run.
            Profile::from_toml(
                include_str!("../data/pt/profile.toml"),
                include_str!("../data/en/source.toml"),
            )
            .unwrap_or_else(|_| Profile::empty("pt"))
        }),
        _ => EMPTY.get_or_init(|| Profile::empty("")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_profiles_load() {
        let pt = Profile::from_toml(
            include_str!("../data/pt/profile.toml"),
            include_str!("../data/en/source.toml"),
        )
        .expect("the Portuguese profile loads");
        assert_eq!(pt.language, "pt");
        assert_eq!(pt.source.language, "en");
        assert!(pt.lexicon().is_some_and(|l| l.contains("canção")));
        assert!(pt.usage().is_some());
        assert!(pt.words.clitics.iter().any(|w| w == "lhe"));
        assert!(pt.source.function_words.iter().any(|w| w == "the"));
        assert_eq!(pt.accent_of(Some("br")), Some(Accent::Circumflex));
        assert_eq!(pt.accent_of(Some("PT")), Some(Accent::Acute));
        assert_eq!(pt.accent_of(None), None);
    }

    #[test]
    fn a_profile_may_bring_its_own_words() {
        let xx = Profile::from_toml(
            "language = \"xx\"\nsource = \"en\"\nlexicon-words = [\"ba\", \"bí\"]\n",
            "",
        )
        .expect("loads");
        assert!(xx
            .lexicon()
            .is_some_and(|l| l.contains("bí") && !l.contains("bo")));
        assert!(xx.usage().is_none());
    }

    #[test]
    fn unknown_keys_and_data_sets_are_errors() {
        assert!(
            Profile::from_toml("language = \"xx\"\nsource = \"en\"\nlexcon = 1\n", "").is_err()
        );
        assert!(matches!(
            Profile::from_toml("language = \"xx\"\nsource = \"en\"\nlexicon = \"zz\"\n", ""),
            Err(ProfileError::UnknownData(_))
        ));
    }
}
