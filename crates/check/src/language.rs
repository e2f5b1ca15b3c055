//! Which language a text is in, with lingua, built with only the languages mtlint ships
//! models for (cargo features of the `lingua` dependency).

use std::sync::OnceLock;

use lingua::{IsoCode639_1, Language, LanguageDetector, LanguageDetectorBuilder};
use mtlint_glossary::LangTag;

/// The languages lingua is built with: the targets and the usual sources of MT.
pub const DETECTABLE: &[Language] = &[
    Language::Portuguese,
    Language::English,
    Language::Spanish,
    Language::French,
    Language::German,
    Language::Italian,
];

/// How much of a document whole-document detection reads: enough for a reliable verdict,
/// little enough that detection costs the same for a 100 MB file as for an article.
const SAMPLE_BYTES: usize = 4096;

fn document_detector() -> &'static LanguageDetector {
    static DETECTOR: OnceLock<LanguageDetector> = OnceLock::new();
    // Low-accuracy mode (trigrams only) loads fast and is reliable on whole documents;
    // it is useless on short spans, which need the full models.
    DETECTOR.get_or_init(|| {
        LanguageDetectorBuilder::from_languages(DETECTABLE)
            .with_low_accuracy_mode()
            .build()
    })
}

/// The language of a whole document, from its first few kilobytes; `None` when the text
/// has too few letters to tell.
pub fn detect_language(text: &str) -> Option<LangTag> {
    let mut end = text.len().min(SAMPLE_BYTES);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let sample = &text[..end];
    if sample.chars().filter(|c| c.is_alphabetic()).count() < 20 {
        return None;
    }
    let language = document_detector().detect_language_of(sample)?;
    lang_tag(language)
}

/// The BCP 47 tag of a lingua language.
pub fn lang_tag(language: Language) -> Option<LangTag> {
    let code: IsoCode639_1 = language.iso_code_639_1();
    code.to_string().parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects_portuguese_and_english() {
        let pt = "O ministro das Relações Exteriores da Rússia elogiou a aliança militar de seu país.";
        let en = "The Russian foreign minister praised his country's military alliance on Saturday.";
        assert_eq!(detect_language(pt).map(|t| t.to_string()).as_deref(), Some("pt"));
        assert_eq!(detect_language(en).map(|t| t.to_string()).as_deref(), Some("en"));
    }

    #[test]
    fn too_short_to_tell() {
        assert_eq!(detect_language("Ok 123"), None);
    }
}
