//! `wrong-term`: a rendering a glossary lists as wrong.

use mtlint_glossary::{Term, TermKind};

use crate::analysis::wrong_forms::wrong_form;
use crate::context::Context;
use crate::rules::{Needs, RuleDef, RuleKind};
use crate::{Applicability, Rule, RuleDoc, Severity};

pub(crate) static RULE: RuleDef = RuleDef {
    needs: Needs::WORDS,
    check,
    ..RuleDef::new("wrong-term", RuleKind::Term, Severity::Error, DOC)
};

const DOC: RuleDoc = RuleDoc {
    summary: "a rendering the glossary lists as wrong",
    what: "A word or phrase that a glossary entry lists under `avoid`: a mangled name \
(\"Wanson\" for Wonsan), a pre-reform spelling (\"Coréia\" for Coreia), a known mistranslation.",
    why: "Glossaries hold the names and terms that must come out right; a listed wrong form \
is an error a reader will notice, whatever a spell-checker says.",
    example: "O líder chegou a Wanson.  →  O líder chegou a Wonsan.",
    fix: "Safe: the entry's preferred form, in the case of the original (\"WANSON\" → \"WONSAN\").",
};


fn check(ctx: &mut Context<'_, '_>) {
    for m in ctx.glossary_patterns {
        let Some(wrong) = wrong_form(ctx.index, ctx.text, ctx.tokens, m, ctx.profile) else {
            continue;
        };
        if !wrong.contextual {
            let message = wrong_message(wrong.term, wrong.found);
            ctx.report(wrong.finding(Rule::WrongTerm, message, Applicability::Safe));
        }
    }
}

fn wrong_message(term: &Term, found: &str) -> String {
    match term.kind {
        TermKind::Spelling => format!(
            "\"{found}\" is an outdated spelling: the current form is \"{}\"",
            term.preferred
        ),
        kind if kind.is_name() => format!(
            "\"{found}\" is a misrendering of {} \"{}\"",
            kind.noun(),
            term.preferred
        ),
        kind => format!(
            "\"{found}\" is a wrong rendering of {} \"{}\"",
            kind.noun(),
            term.preferred
        ),
    }
}
