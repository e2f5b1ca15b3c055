//! `wrong-term-in-context`: a rendering that is wrong near the words a glossary gives.

use crate::analysis::wrong_forms::wrong_form;
use crate::context::Context;
use crate::rules::{Needs, RuleDef, RuleKind};
use crate::{Applicability, Rule, RuleDoc, Severity};

pub(crate) static RULE: RuleDef = RuleDef {
    needs: Needs::WORDS,
    check,
    ..RuleDef::new("wrong-term-in-context", RuleKind::Term, Severity::Warning, DOC)
};

const DOC: RuleDoc = RuleDoc {
    summary: "a rendering that is wrong in the context the glossary gives",
    what: "A word that is correct in general but wrong near certain words: MT turning a \
proper noun into a common word (\"sorteio\" near \"agência de notícias\" is the agency TASS), \
or a word in the wrong sense.",
    why: "The word itself passes every spell-checker; only its context shows the mistranslation.",
    example: "segundo o sorteio da agência de notícias  →  segundo a TASS",
    fix: "Unsafe: the entry's preferred form is suggested, but the sentence around it usually \
needs rewording too, so `--fix` does not apply it.",
};


fn check(ctx: &mut Context<'_, '_>) {
    for m in ctx.glossary_patterns {
        let Some(wrong) = wrong_form(ctx.index, ctx.text, ctx.tokens, m, ctx.profile) else {
            continue;
        };
        if wrong.contextual {
            let message = format!(
                "\"{}\" here is likely a mistranslation of {} \"{}\"",
                wrong.found,
                wrong.term.kind.noun(),
                wrong.term.preferred
            );
            ctx.report(wrong.finding(Rule::WrongTermInContext, message, Applicability::Unsafe));
        }
    }
}
