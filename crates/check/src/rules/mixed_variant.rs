//! `mixed-variant`: a text that writes names in both variants of its language ("Moscou" and
//! "Moscovo", "Irã" and "Irão", "Armênia" and "Arménia"), when the variant was not given.

use mtlint_glossary::fold_key;

use crate::analysis::variant_uses::{variant_uses, VariantUse};
use crate::case::carry_case;
use crate::context::Context;
use crate::rules::{Finish, Needs, RuleDef, RuleKind};
use crate::{Applicability, Finding, Rule, RuleDoc, Severity, Suggestion, TermRef};

pub(crate) static RULE: RuleDef = RuleDef {
    needs: Needs::WORDS,
    check,
    finish: Some(finish),
    ..RuleDef::new("mixed-variant", RuleKind::Term, Severity::Warning, DOC)
};

const DOC: RuleDoc = RuleDoc {
        summary: "forms of two variants of the language in one text",
        what: "A glossary form of one variant (an entry with `variant = \"pt-PT\"`: \"Moscovo\", \
\"Irão\", \"Arménia\") in a text that otherwise writes the other variant's forms (\"Moscou\", \
\"Irã\", \"Armênia\"). The variant the text writes most is taken as its own (on a tie, the \
variant of its first such form), and each form of the other variant is reported. The rule \
speaks only when the variant was not given: with `--lang pt-BR` or `pt-PT`, `wrong-term` \
reports the other variant's forms itself.",
        why: "A reader of either variant notices a text that switches between them, and MT \
trained on both mixes them.",
        example: "Moscou condenou ... o governo em Moscovo  →  \"Moscovo\" is the pt-PT form",
        fix: "Unsafe (shown, not applied by --fix): the text's own variant's form, where a \
glossary entry of that variant lists the found form as wrong.",
};


/// Records the stretch's good forms of variant entries.
fn check(ctx: &mut Context<'_, '_>) {
    if ctx.lang.region().is_some() {
        return; // the variant is known: wrong-term reports the other variant's forms
    }
    let uses = variant_uses(ctx.index, ctx.tokens, ctx.glossary);
    ctx.facts.variant_uses.extend(uses);
}

/// Reports the forms of every variant but the text's own.
fn finish(doc: &mut Finish<'_>) {
    let uses = &doc.facts.variant_uses;
    let Some(own) = own_variant(uses) else {
        return;
    };
    let Some(example) = uses.iter().find(|u| u.region == own) else {
        return;
    };
    let example_text = &doc.text[example.range.as_range()];
    for u in uses.iter().filter(|u| u.region != own) {
        let found = &doc.text[u.range.as_range()];
        let term = &doc.index.terms[u.term];
        let message = format!(
            "\"{found}\" is the pt-{} form: the text otherwise writes pt-{own} (\"{example_text}\")",
            u.region
        );
        // The own variant's entry that lists the form as wrong, or that renders the same
        // source name ("Iran": Irã in Brazil, Irão in Portugal).
        let own_terms = doc
            .index
            .terms
            .iter()
            .filter(|t| t.variant.as_ref().and_then(|v| v.region()) == Some(own.as_str()));
        let counterpart = own_terms.clone().find(|t| {
            t.avoid.iter().any(|a| fold_key(&a.text) == fold_key(found))
        });
        let counterpart = counterpart.or_else(|| {
            own_terms.clone().find(|t| t.source.iter().any(|s| term.source.contains(s)))
        });
        doc.findings.push(Finding {
            suggestions: counterpart
                .map(|t| Suggestion {
                    range: u.range,
                    replacement: carry_case(found, &t.preferred),
                    applicability: Applicability::Unsafe,
                })
                .into_iter()
                .collect(),
            term: Some(TermRef::of(term)),
            ..Finding::new(Rule::MixedVariant, u.range, message)
        });
    }
}

/// The variant the text writes most, if it writes two; on a tie, its first form's.
fn own_variant(uses: &[VariantUse]) -> Option<String> {
    let first = uses.first()?;
    let count = |region: &str| uses.iter().filter(|u| u.region == region).count();
    if uses.iter().all(|u| u.region == first.region) {
        return None;
    }
    let best = uses
        .iter()
        .map(|u| (count(&u.region), u.region.as_str()))
        .fold((count(&first.region), first.region.as_str()), |best, c| {
            if c.0 > best.0 {
                c
            } else {
                best
            }
        });
    Some(best.1.to_string())
}

#[cfg(test)]
mod tests {
    use crate::Rule;

    use crate::test_support::VARIANT_PLACES as PLACES;

    fn mixed(lang: &str, text: &str) -> Vec<(String, Vec<String>)> {
        crate::test_support::checker(lang, PLACES, &Rule::all_but(&[Rule::MixedVariant]))
            .check(text)
            .into_iter()
            .map(|f| {
                let fixes = f.suggestions.iter().map(|s| s.replacement.clone()).collect();
                (text[f.range.as_range()].to_string(), fixes)
            })
            .collect()
    }

    #[test]
    fn the_minority_variant_is_reported() {
        let text = "Moscou e o Irã assinaram.\n\nDepois, em Moscovo, o acordo.";
        assert_eq!(mixed("pt", text), [("Moscovo".into(), vec!["Moscou".into()])]);
        let text = "Moscovo e o Irão.\n\nO Irã respondeu.";
        assert_eq!(mixed("pt", text), [("Irã".into(), vec!["Irão".into()])]);
    }

    #[test]
    fn on_a_tie_the_first_form_sets_the_variant() {
        assert_eq!(
            mixed("pt", "Moscovo respondeu a Moscou."),
            [("Moscou".into(), vec!["Moscovo".into()])]
        );
    }

    #[test]
    fn quiet_on_one_variant_and_when_the_variant_is_given() {
        assert!(mixed("pt", "Moscou e o Irã. Moscou de novo.").is_empty());
        assert!(mixed("pt", "Moscovo e o Irão.").is_empty());
        // Given the variant, wrong-term speaks; this rule stays quiet.
        assert!(mixed("pt-BR", "Moscou e Moscovo.").is_empty());
    }
}
