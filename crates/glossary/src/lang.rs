use std::fmt;
use std::str::FromStr;

/// A BCP 47 language tag reduced to what mtlint uses: a primary language and an optional
/// region ("pt", "pt-BR", "pt-PT"). Case is normalised ("PT-br" reads as "pt-BR").
#[derive(
    Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
pub struct LangTag {
    language: String,
    region: Option<String>,
}

/// The languages mtlint knows by name (ISO 639-1). A tag outside this list is refused,
/// so a typo such as `--lang pr` is an error rather than a silent no-op.
const KNOWN_LANGUAGES: &[(&str, &str)] = &[
    ("pt", "Portuguese"),
    ("en", "English"),
    ("es", "Spanish"),
    ("fr", "French"),
    ("de", "German"),
    ("it", "Italian"),
    ("gl", "Galician"),
    ("ca", "Catalan"),
    ("nl", "Dutch"),
    ("ru", "Russian"),
    ("uk", "Ukrainian"),
    ("ko", "Korean"),
    ("zh", "Chinese"),
    ("ja", "Japanese"),
    ("ar", "Arabic"),
    ("pl", "Polish"),
    ("cs", "Czech"),
    ("ro", "Romanian"),
    ("sv", "Swedish"),
    ("tr", "Turkish"),
    ("zu", "Zulu"),
];

/// The regions whose names mtlint prints ("Portuguese (Brazil)"); others print their code.
const REGION_NAMES: &[(&str, &str)] = &[
    ("BR", "Brazil"),
    ("PT", "Portugal"),
    ("AO", "Angola"),
    ("MZ", "Mozambique"),
    ("ES", "Spain"),
    ("MX", "Mexico"),
    ("US", "United States"),
    ("GB", "United Kingdom"),
];

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LangTagError {
    #[error("empty language tag")]
    Empty,
    #[error("unknown language code `{0}` (expected a BCP 47 tag such as pt, pt-BR, pt-PT, en)")]
    UnknownLanguage(String),
    #[error(
        "malformed language tag `{0}` (expected a language and an optional region, such as pt-BR)"
    )]
    Malformed(String),
}

impl LangTag {
    pub fn language(&self) -> &str {
        &self.language
    }
    pub fn region(&self) -> Option<&str> {
        self.region.as_deref()
    }
    /// The tag without its region: "pt-BR" → "pt".
    pub fn base(&self) -> LangTag {
        LangTag {
            language: self.language.clone(),
            region: None,
        }
    }
    /// The English name of the language ("Portuguese").
    pub fn language_name(&self) -> &'static str {
        KNOWN_LANGUAGES
            .iter()
            .find(|(code, _)| *code == self.language)
            .map_or("unknown", |(_, name)| name)
    }
    /// The language's English name with its region's, for people: "Portuguese (Brazil)",
    /// "Portuguese".
    pub fn display_name(&self) -> String {
        let Some(region) = &self.region else {
            return self.language_name().to_string();
        };
        let place = REGION_NAMES
            .iter()
            .find(|(code, _)| code == region)
            .map_or(region.as_str(), |(_, name)| name);
        format!("{} ({place})", self.language_name())
    }

    /// Whether text in `self` is covered by something declared for `other`: "pt" covers
    /// "pt-BR" and "pt-PT"; "pt-BR" covers only "pt-BR" (and plain "pt").
    pub fn overlaps(&self, other: &LangTag) -> bool {
        self.language == other.language
            && match (&self.region, &other.region) {
                (Some(a), Some(b)) => a == b,
                _ => true,
            }
    }
}

impl FromStr for LangTag {
    type Err = LangTagError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let s = s.trim();
        if s.is_empty() {
            return Err(LangTagError::Empty);
        }
        let mut parts = s.split(['-', '_']);
        let language = parts.next().unwrap_or_default().to_ascii_lowercase();
        let region = parts.next().map(str::to_ascii_uppercase);
        let well_formed = (2..=3).contains(&language.len())
            && language.bytes().all(|b| b.is_ascii_alphabetic())
            && region.as_ref().is_none_or(|r| {
                (r.len() == 2 && r.bytes().all(|b| b.is_ascii_alphabetic()))
                    || (r.len() == 3 && r.bytes().all(|b| b.is_ascii_digit()))
            })
            && parts.next().is_none();
        if !well_formed {
            return Err(LangTagError::Malformed(s.to_string()));
        }
        if !KNOWN_LANGUAGES.iter().any(|(code, _)| *code == language) {
            return Err(LangTagError::UnknownLanguage(s.to_string()));
        }
        Ok(LangTag { language, region })
    }
}

impl fmt::Display for LangTag {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.region {
            Some(r) => write!(f, "{}-{}", self.language, r),
            None => f.write_str(&self.language),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_normalises() {
        let t: LangTag = "PT_br".parse().unwrap();
        assert_eq!(t.to_string(), "pt-BR");
        assert_eq!(t.base().to_string(), "pt");
    }

    #[test]
    fn refuses_unknown_and_malformed() {
        assert!(matches!(
            "xx".parse::<LangTag>(),
            Err(LangTagError::UnknownLanguage(_))
        ));
        assert!(matches!(
            "pt-BR-x".parse::<LangTag>(),
            Err(LangTagError::Malformed(_))
        ));
        assert!(matches!("".parse::<LangTag>(), Err(LangTagError::Empty)));
    }

    #[test]
    fn names_for_people() {
        let name = |t: &str| t.parse::<LangTag>().unwrap().display_name();
        assert_eq!(name("pt-BR"), "Portuguese (Brazil)");
        assert_eq!(name("pt"), "Portuguese");
        assert_eq!(name("pt-CV"), "Portuguese (CV)");
    }

    #[test]
    fn overlap_is_by_region_when_both_have_one() {
        let pt: LangTag = "pt".parse().unwrap();
        let br: LangTag = "pt-BR".parse().unwrap();
        let pt_pt: LangTag = "pt-PT".parse().unwrap();
        assert!(pt.overlaps(&br) && br.overlaps(&pt));
        assert!(!br.overlaps(&pt_pt));
    }
}
