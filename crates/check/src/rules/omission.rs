//! `omission`: a translation that leaves part of its source out: empty, far shorter than
//! human translations of a source that long ever are, or with fewer sentences than its
//! source. The length bounds are data measured on human translations (the profile's
//! `length-from-source`, written by scripts/compare/length_calibrate.py); the tests are
//! mtlint-compare's `length` module. This rule only turns their results into findings.

use mtlint_compare::length::{self, LengthProblem, Thresholds};

use crate::context::SegmentContext;
use crate::rules::{Prepare, RuleDef, RuleKind};
use crate::{ByteRange, Finding, Rule, RuleDoc, Severity};

pub(crate) static RULE: RuleDef = RuleDef {
    check_segment: Some(check_segment),
    prepare: Some(prepare),
    ..RuleDef::new("omission", RuleKind::Term, Severity::Warning, DOC)
};

const DOC: RuleDoc = RuleDoc {
    summary: "a translation that leaves part of its source out",
    what: "Needs the source (PO, XLIFF and the other bilingual formats, or `--source`). A \
translation that is empty while its source has words; one far shorter than its source, \
shorter than human translations of a source that long ever are (the bounds, by band of \
source length, were measured on the human references of NTREX-128 and widened by 10%: for \
English into Portuguese, a target under about 60% of its source's length); or one with fewer \
sentences than its source (\"Hi! I got bit!\" → \"Fui mordido!\") while being no longer than \
the source without its shortest sentence could be in translation (two sentences joined by a \
semicolon or a relative clause are not reported). Sources of fewer than four \
words are not measured: labels and short replies vary too much (\"Information\" → \"Info\"). \
A translation longer than its source is not reported. English sources and Portuguese \
translations only, for now.",
    why: "A dropped clause or sentence reads smoothly: nothing in the translation alone \
shows that the reader misses part of the source.",
    example: "I got bit! I got bit!  →  Fui mordido!  (a sentence of the source is missing)",
    fix: "None: the translator must translate what is missing.",
};

/// Sources with fewer words are not measured by length: a label ("Information" → "Info")
/// or a short reply may rightly be much shorter in translation.
const MIN_SOURCE_WORDS: usize = 4;

fn prepare(p: &Prepare<'_>) -> Box<dyn std::any::Any + Send + Sync> {
    // The shipped thresholds are checked by this rule's tests; a broken table means no
    // length test, not a failed run.
    let thresholds = p
        .profile
        .length_ratios()
        .and_then(|text| Thresholds::parse(text).ok());
    Box::new(thresholds)
}

fn check_segment(ctx: &mut SegmentContext<'_, '_>) {
    let Some(Some(thresholds)) = ctx.prepared::<Option<Thresholds>>() else {
        return; // no bounds for this language pair
    };
    if ctx.profile.source.language == ctx.profile.language {
        return;
    }
    if let Some(finding) = find(ctx.source, ctx.target_text(), ctx.target.start, thresholds) {
        ctx.report(finding);
    }
}

/// The omission of `target` (at byte `base` of the checked text) against `source`: one
/// finding per segment, the surest first.
fn find(source: &str, target: &str, base: usize, thresholds: &Thresholds) -> Option<Finding> {
    let lead = target.len() - target.trim_start().len();
    let range = ByteRange::new(base + lead, base + target.trim_end().len().max(lead));
    // The source's words are counted only for a translation too short (most are not).
    let words = || source.split_whitespace().count();
    let message = match length::check(source, target, thresholds) {
        Some(LengthProblem::Empty) => "the translation is empty".to_string(),
        Some(LengthProblem::TooShort { ratio, low }) if words() >= MIN_SOURCE_WORDS => format!(
            "the translation is {:.0}% of its source's length; human translations are at \
             least {:.0}%: part of the source may be left out",
            ratio * 100.0,
            low * 100.0
        ),
        _ => {
            let missing = length::dropped_sentences(source, target, thresholds);
            if missing == 0 {
                return None;
            }
            let sentences = length::sentence_count(source);
            format!(
                "the source has {sentences} sentences and the translation {}: a sentence may be \
                 left out",
                sentences - missing
            )
        }
    };
    Some(Finding::new(Rule::Omission, range, message))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::{check_pairs, checker};

    fn shipped() -> Thresholds {
        let text = mtlint_lexicon::profile("pt").length_ratios();
        Thresholds::parse(text.unwrap_or("")).unwrap_or_default()
    }

    fn found(source: &str, target: &str) -> Option<String> {
        find(source, target, 0, &shipped()).map(|f| f.message)
    }

    #[test]
    fn the_shipped_thresholds_parse() {
        let text = mtlint_lexicon::profile("pt").length_ratios();
        assert!(text.is_some_and(|t| Thresholds::parse(t).is_ok_and(|t| t.bands.len() >= 3)));
    }

    #[test]
    fn a_dropped_clause_or_sentence() {
        // NTREX-128 source, its human pt-BR translation cut short.
        let source = "The species of shark responsible for the attack was not known, \
                      officials said, and the beach was closed for the rest of the day.";
        let cut = "A espécie de tubarão não era conhecida.";
        assert!(found(source, cut).is_some_and(|m| m.contains("% of its source's length")));
        let m = found(
            "Hi! I got bit by a shark while swimming.",
            "Fui mordido por um tubarão enquanto nadava.",
        );
        assert!(m.is_some_and(|m| m.contains("2 sentences and the translation 1")));
        assert_eq!(found("Hello there, how are you?", "  ").as_deref(), Some("the translation is empty"));
    }

    #[test]
    fn quiet_on_whole_translations_and_short_labels() {
        let source = "The species of shark responsible for the attack was not known, \
                      officials said, and the beach was closed for the rest of the day.";
        let human = "A espécie de tubarão responsável pelo ataque não era conhecida, disseram as \
                     autoridades, e a praia ficou fechada pelo resto do dia.";
        assert_eq!(found(source, human), None);
        assert_eq!(found("Information", "Info"), None);
        assert_eq!(found("Dr. Ford met U.S. officials.", "A Dra. Ford reuniu-se com autoridades dos EUA."), None);
    }

    #[test]
    fn reported_with_the_source_only() {
        let c = checker("pt", "", &[]);
        let pairs = [("I got bit! I got bit!", "Fui mordido!")];
        // Far shorter: the length test speaks first, one finding.
        let rules: Vec<Rule> = check_pairs(&c, &pairs).into_iter().map(|(r, _)| r).collect();
        assert!(rules.contains(&Rule::Omission), "{rules:?}");
        assert!(!c.check("Fui mordido!").iter().any(|f| f.rule == Rule::Omission));
    }
}
