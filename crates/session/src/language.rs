//! Which language a file is checked in: the one given, or the one detected in its text,
//! and whether the glossaries cover it.

use mtlint_check::language::detect_language;
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

/// The language of the text `prose` (what the rules read of the file `name`).
pub fn resolve(
    choice: &LangChoice,
    name: &str,
    prose: &str,
    set: &GlossarySet,
) -> Result<LangTag, LanguageError> {
    let covered = set.languages();
    let lang = match choice {
        LangChoice::Tag(tag) => return Ok(tag.clone()),
        LangChoice::Auto => match detect_language(prose) {
            Some(lang) => lang,
            // Too little text to tell: with glossaries for one language only, that is it.
            None if covered.len() == 1 => covered[0].clone(),
            None => {
                return Err(LanguageError::Undetected {
                    name: name.to_string(),
                })
            }
        },
    };
    if !covered.is_empty() && !covered.iter().any(|c| c.overlaps(&lang)) {
        let list: Vec<String> = covered.iter().map(ToString::to_string).collect();
        return Err(LanguageError::Uncovered {
            name: name.to_string(),
            language: lang.language_name().to_string(),
            lang,
            covered: list.join(", "),
        });
    }
    Ok(lang)
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
