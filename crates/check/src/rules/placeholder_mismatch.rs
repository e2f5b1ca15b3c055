//! `placeholder-mismatch`: a placeholder of the source (printf, Python, ICU/Qt, shell,
//! `#NAME#`, a markup tag or entity, a URL, an e-mail address, a command-line option, a
//! function name) missing, altered or duplicated in the translation, or a substituted
//! placeholder the source lacks. The reading and comparison are mtlint-compare's
//! `placeholders` module; this rule only turns its problems into findings.

use mtlint_compare::placeholders::{self, Flavour, Problem};

use crate::context::SegmentContext;
use crate::rules::{RuleDef, RuleKind};
use crate::{ByteRange, Finding, Rule, RuleDoc, Severity};

pub(crate) static RULE: RuleDef = RuleDef {
    check_segment: Some(check_segment),
    // Text the program substitutes, copied or not: mechanical, like typography.
    ..RuleDef::new("placeholder-mismatch", RuleKind::Typography, Severity::Error, DOC)
};

const DOC: RuleDoc = RuleDoc {
    summary: "a placeholder, tag, URL, e-mail address or option of the source missing, altered or duplicated in the translation",
    what: "Needs the source (PO, XLIFF and the other bilingual formats, or `--source`). Compares \
as multisets the placeholders of source and target: printf (`%s`, `%1$d`, `%-10.3f`; `%%` is \
not one, nor \"50 %\" in prose), Python (`%(name)s`, `{0}`, `{name!r:>10}`), ICU arguments \
(`{count, plural, ...}`), Qt (`%1`), shell (`$HOME`, `${x}`, `$(ARG1)`), `#NAME#` tokens, \
markup tags (by name; words in angle brackets such as `<size>` are not tags) and entities, \
URLs (a localised page of the same site is the same link), e-mail addresses (example \
domains excepted), command-line options and function names. A positional `%2$s` matches a \
plain `%s`. A target may name an option, link or function the source only described.",
    why: "A program substitutes its placeholders: one missing, altered (MT's `%u` → `%ou`) or \
added breaks the message or the program; a translated option (`--continue` → `--continuar`) \
or e-mail address (`bug-wget@gnu.org` → `amolar-wget@gnu.org`) misleads the reader.",
    example: "Read checkpoint %u  →  ponto de assistência Lido %ou  (%u altered to %o)",
    fix: "None: the finding names the source placeholder; the translator decides where it goes.",
};


fn check_segment(ctx: &mut SegmentContext<'_, '_>) {
    let target = ctx.target_text();
    let base = ctx.target.start;
    let mut out = Vec::new();
    find(ctx.source, target, base, &mut out);
    for finding in out {
        ctx.report(finding);
    }
}

/// The findings of `target` (at byte `base` of the checked text) against `source`.
fn find(source: &str, target: &str, base: usize, out: &mut Vec<Finding>) {
    let whole = ByteRange::new(base, base + target.len());
    let at = |span: &std::ops::Range<usize>| ByteRange::new(base + span.start, base + span.end);
    for problem in placeholders::compare(source, target, Flavour::Any) {
        let (range, message) = match &problem {
            Problem::Missing(s) => (whole, format!("`{}` of the source is missing from the translation", s.key)),
            Problem::Altered { source, target } => (
                at(&target.span),
                format!("`{}` of the source is written `{}` here", source.key, target.key),
            ),
            Problem::Duplicated(t) => (at(&t.span), format!("`{}` occurs more often than in the source", t.key)),
            Problem::Extra(t) => (at(&t.span), format!("`{}` is not in the source", t.key)),
        };
        out.push(Finding::new(Rule::PlaceholderMismatch, range, message));
    }
}

#[cfg(test)]
mod tests;
