//! `number-mismatch`: a number of the source missing or changed in the translation, read
//! by each language's conventions (30,000 = 30.000 = "30 mil"; 3.5 = 3,5), and a number
//! left in the source's format ("30,000" in Portuguese text). The reading and comparison
//! are mtlint-compare's `numbers` module; this rule only turns its results into findings.

use mtlint_compare::numbers::{self, NumberLocale};
use mtlint_lexicon::{Numbers, Profile};

use crate::context::SegmentContext;
use crate::rules::{Prepare, Prepared, RuleDef, RuleKind};
use crate::{Applicability, ByteRange, Finding, Rule, RuleDoc, Severity, Suggestion};

pub(crate) static RULE: RuleDef = RuleDef {
    check_segment: Some(check_segment),
    prepare: Some(prepare),
    ..RuleDef::new("number-mismatch", RuleKind::Term, Severity::Warning, DOC)
};

const DOC: RuleDoc = RuleDoc {
    summary: "a number of the source missing, changed, or written in the source's format",
    what: "Needs the source (PO, XLIFF and the other bilingual formats, or `--source`). Each \
number of the source must be in the translation with the same value, read by each \
language's conventions: 30,000 = 30.000 = \"30 mil\", 3.5 = 3,5, $4.5 billion = US$ 4,5 \
bilhões, percentages, ordinals (1st = 1º), times (3:30 p.m. = 15h30), years, ranges. A number \
the translation writes in the source's format (\"30,000\" in Portuguese, meaning 30 mil) is \
reported with its Portuguese form. Quiet where a translator may rightly differ: numbers \
before units translators convert (feet, miles, pounds, °F), spelled-out numbers (\"two\", \
\"dois\"), version numbers, phone numbers, digits glued to words. English sources and \
Portuguese translations only, for now.",
    why: "A changed or dropped number changes the facts; a number in the English format is \
misread by a Portuguese reader (\"1,500\" is one and a half).",
    example: "30,000 people  →  30,000 pessoas  (write \"30.000\")",
    fix: "Safe for a number in the source's format (its Portuguese form); none for a missing \
or changed number, which the translator must check against the source.",
};

/// The number conventions of the source and the target language (`[numbers]` in their
/// profiles), if both profiles have them: without, the rule skips itself.
struct Locales(Option<(NumberLocale, NumberLocale)>);

fn prepare(p: &Prepare<'_>) -> Prepared {
    Box::new(Locales(locales(p.profile)))
}

fn locales(profile: &Profile) -> Option<(NumberLocale, NumberLocale)> {
    let source = profile.source.numbers.as_ref()?;
    let target = profile.numbers.as_ref()?;
    let mut src = locale(source);
    src.function_words = profile.source.function_words.clone();
    Some((src, locale(target)))
}

/// A profile's number conventions as mtlint-compare reads them (no function words: the
/// source's are its profile's `source` table's).
fn locale(n: &Numbers) -> NumberLocale {
    NumberLocale {
        decimal: n.decimal,
        group: n.group.clone(),
        scale_words: n.scale_words.clone(),
        number_words: n.number_words.clone(),
        ordinal_marks: n.ordinal_marks.clone(),
        am: n.am.clone(),
        pm: n.pm.clone(),
        hour_mark: n.hour_mark,
        range_joiners: n.range_joiners.clone(),
        converted_units: n.converted_units.clone(),
        function_words: Vec::new(),
    }
}

fn check_segment(ctx: &mut SegmentContext<'_, '_>) {
    let Some(Locales(Some((src, tgt)))) = ctx.prepared::<Locales>() else {
        return;
    };
    // Every finding is of a number of the source, and a number has a digit (spelt-out
    // numbers are read in the target only): most segments have none.
    if !ctx.source.bytes().any(|b| b.is_ascii_digit()) {
        return;
    }
    let mut out = Vec::new();
    find(ctx.source, ctx.target_text(), ctx.target.start, (src, tgt), &mut out);
    for finding in out {
        ctx.report(finding);
    }
}

/// The findings of `target` (at byte `base` of the checked text) against `source`.
fn find(
    source: &str,
    target: &str,
    base: usize,
    (src, tgt): (&NumberLocale, &NumberLocale),
    out: &mut Vec<Finding>,
) {
    let at = |span: &std::ops::Range<usize>| ByteRange::new(base + span.start, base + span.end);
    for m in numbers::compare(source, src, target, tgt) {
        let number = &source[m.source.clone()];
        let range = m
            .target
            .as_ref()
            .map_or(ByteRange::new(base, base + target.len()), at);
        let message = match &m.target {
            Some(t) => format!(
                "the source's number \"{number}\" is not in the translation: is \"{}\" meant?",
                &target[t.clone()]
            ),
            None => format!("the source's number \"{number}\" is not in the translation"),
        };
        out.push(Finding::new(Rule::NumberMismatch, range, message));
    }
    for f in numbers::source_format(source, src, target, tgt) {
        let range = at(&f.span);
        let found = &target[f.span.clone()];
        out.push(Finding {
            suggestions: vec![Suggestion {
                range,
                replacement: f.replacement.clone(),
                applicability: Applicability::Safe,
            }],
            ..Finding::new(
                Rule::NumberMismatch,
                range,
                format!(
                    "\"{found}\" is written as the source's language writes numbers: \"{}\"",
                    f.replacement
                ),
            )
        });
    }
}

#[cfg(test)]
mod tests;
