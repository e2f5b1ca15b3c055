//! What the rules' unit tests share: a checker built from glossary text.

use mtlint_glossary::{GlossarySet, GlossarySource, LangTag};

use crate::{Checker, Rule, Settings};

/// A checker for `lang` with the glossary `toml` (none if empty) and the rules `disabled`
/// off; `adjust` sets anything else of the settings.
pub(crate) fn checker_with(
    lang: &str,
    toml: &str,
    disabled: &[Rule],
    adjust: impl FnOnce(&mut Settings),
) -> Checker {
    let sources: Vec<GlossarySource> = (!toml.is_empty())
        .then(|| GlossarySource {
            name: "test.toml".into(),
            text: toml.into(),
        })
        .into_iter()
        .collect();
    let set = GlossarySet::build(&sources).unwrap_or_else(|e| panic!("{e}"));
    let lang: LangTag = lang.parse().unwrap_or_else(|e| panic!("{e}"));
    let mut settings = Settings::new(lang);
    settings.disabled = disabled.to_vec();
    adjust(&mut settings);
    Checker::new(&set, settings)
}

/// A checker for `lang` with the glossary `toml` (none if empty) and the rules `disabled`
/// off.
pub(crate) fn checker(lang: &str, toml: &str, disabled: &[Rule]) -> Checker {
    checker_with(lang, toml, disabled, |_| {})
}

/// The findings of `checker` on a file of one line per `(source, target)` pair, each line
/// a segment with its source (as `--source` pairs them), with the text each finding
/// covers.
pub(crate) fn check_pairs(checker: &Checker, pairs: &[(&str, &str)]) -> Vec<(Rule, String)> {
    check_pairs_saying(checker, pairs)
        .into_iter()
        .map(|(rule, text, _)| (rule, text))
        .collect()
}

/// What [`check_pairs`] gives, with each finding's message.
pub(crate) fn check_pairs_saying(
    checker: &Checker,
    pairs: &[(&str, &str)],
) -> Vec<(Rule, String, String)> {
    use crate::{Document, MappedText, Segment};
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
        .map(|f| (f.rule, file[f.range.as_range()].to_string(), f.message))
        .collect()
}

/// A glossary of places each variant spells its own way ("Moscou"/"Moscovo", "Irã"/"Irão"),
/// for the tests of variant detection and `mixed-variant`.
pub(crate) const VARIANT_PLACES: &str = r#"
[glossary]
name = "variants"
lang = "pt"

[[term]]
use = "Moscou"
kind = "place"
variant = "pt-BR"
avoid = ["Moscovo"]

[[term]]
use = "Moscovo"
kind = "place"
variant = "pt-PT"
avoid = ["Moscou"]

[[term]]
use = "Irã"
kind = "place"
variant = "pt-BR"
avoid = ["Irão"]

[[term]]
use = "Irão"
kind = "place"
variant = "pt-PT"
avoid = ["Irã"]
"#;
