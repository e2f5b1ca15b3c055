//! Which language a file is checked in: the one given, or the one detected in its text,
//! and whether the glossaries cover it.

use mtlint_check::language::sentence_shares;
use mtlint_glossary::{GlossarySet, LangTag};

/// The language setting of a session.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum LangChoice {
    /// Detect each file's language from its text.
    #[default]
    Auto,
    /// Check every file in this language.
    Tag(LangTag),
}

/// Why a file's language cannot be settled.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LanguageError {
    #[error("{name}: cannot detect the language of the text; pass --lang")]
    Undetected { name: String },
    #[error("{name}: the text looks like {language} ({lang}), and there are no glossaries for it (glossaries cover: {covered}); pass --lang or --glossary")]
    Uncovered {
        name: String,
        language: String,
        lang: LangTag,
        covered: String,
    },
}

/// The share of a text's sentences that must be in a language the glossaries cover for
/// the text to be checked in it: the rest is reported as `untranslated`. Low, because MT
/// through a pivot language (Apertium's English → Spanish → Portuguese) reads as the pivot
/// in many sentences, and the worst MT must not be the least likely to be checked; high
/// enough that an English README with a Portuguese quotation is still English.
pub const MIN_COVERED_SHARE: f64 = 0.2;

/// The language of the text `prose` (what the rules read of the file `name`).
pub fn resolve(
    choice: &LangChoice,
    name: &str,
    prose: &str,
    set: &GlossarySet,
) -> Result<LangTag, LanguageError> {
    match choice {
        LangChoice::Tag(tag) => Ok(tag.clone()),
        LangChoice::Auto => detect(name, prose, &set.languages()),
    }
}

/// The language a text is checked in, from the shares of its sentences' languages: the
/// covered language with the largest share, if it has at least [`MIN_COVERED_SHARE`];
/// otherwise the text's main language, refused when no glossary covers it.
fn detect(name: &str, prose: &str, covered: &[LangTag]) -> Result<LangTag, LanguageError> {
    let shares = sentence_shares(prose);
    let Some((main, _)) = shares.first() else {
        // Too little text to tell: with glossaries for one language only, that is it.
        return match covered {
            [only] => Ok(only.clone()),
            _ => Err(LanguageError::Undetected {
                name: name.to_string(),
            }),
        };
    };
    if covered.is_empty() {
        return Ok(main.clone());
    }
    let is_covered = |lang: &LangTag| covered.iter().any(|c| c.overlaps(lang));
    // Shares come largest first: the first covered one is the largest.
    if let Some((lang, _)) = shares
        .iter()
        .find(|(lang, share)| is_covered(lang) && *share >= MIN_COVERED_SHARE)
    {
        return Ok(lang.clone());
    }
    let list: Vec<String> = covered.iter().map(ToString::to_string).collect();
    Err(LanguageError::Uncovered {
        name: name.to_string(),
        language: main.language_name().to_string(),
        lang: main.clone(),
        covered: list.join(", "),
    })
}

/// A warning for a language given with `--lang` (or in mtlint.toml) that no glossary
/// covers: it is checked, but only by the rules that need no glossary.
pub fn uncovered_warning(lang: &LangTag, set: &GlossarySet) -> Option<String> {
    let covered = set.languages();
    if covered.iter().any(|c| c.overlaps(lang)) {
        return None;
    }
    let list: Vec<String> = covered.iter().map(ToString::to_string).collect();
    let cover = if list.is_empty() {
        "no glossaries are loaded".to_string()
    } else {
        format!("glossaries cover: {}", list.join(", "))
    };
    Some(format!(
        "warning: no glossary is for {} ({lang}) ({cover}): only the rules that need none run; add one with --glossary",
        lang.language_name()
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pt() -> Vec<LangTag> {
        vec!["pt".parse().expect("tag")]
    }

    const PT: &str =
        "O ministro das Relações Exteriores da Rússia elogiou a aliança militar do seu país.";
    const ES: &str =
        "El ministro de Asuntos Exteriores de Rusia elogió la alianza militar de su país.";
    const EN: &str = "The Russian foreign minister praised the military alliance of his country.";

    fn lang_of(text: &str) -> Result<String, LanguageError> {
        detect("x.txt", text, &pt()).map(|l| l.to_string())
    }

    #[test]
    fn a_fifth_of_covered_sentences_is_enough() {
        // One sentence in five is Portuguese: checked as Portuguese, the rest reported
        // as untranslated by the rules.
        let text = [PT, ES, ES, ES, EN].join("\n");
        assert_eq!(lang_of(&text).as_deref(), Ok("pt"));
    }

    #[test]
    fn less_than_a_fifth_is_another_language() {
        let text = [PT, ES, ES, ES, EN, EN].join("\n");
        assert!(
            matches!(lang_of(&text), Err(LanguageError::Uncovered { ref lang, .. }) if lang.to_string() == "es"),
            "{:?}",
            lang_of(&text)
        );
        assert!(matches!(
            lang_of(&[EN, EN, EN].join(" ")),
            Err(LanguageError::Uncovered { .. })
        ));
    }

    #[test]
    fn too_little_text_is_the_only_covered_language() {
        assert_eq!(lang_of("Ok 123").as_deref(), Ok("pt"));
        assert!(matches!(
            detect("x.txt", "Ok 123", &[]),
            Err(LanguageError::Undetected { .. })
        ));
    }
}
