//! Hover and go to definition on a finding: the glossary entry behind it and the rule's
//! explanation; the entry's place in its glossary file.

use lsp_types::{Hover, HoverContents, Location, MarkupContent, MarkupKind};
use mtlint_check::Finding;
use mtlint_glossary::GlossarySet;

use crate::position::Lines;

/// The findings at byte `offset` (a cursor at either end of one counts).
pub fn at(findings: &[Finding], offset: usize) -> impl Iterator<Item = &Finding> {
    findings
        .iter()
        .filter(move |f| f.range.start <= offset && offset <= f.range.end)
}

/// The hover of the findings at `offset`, if any.
pub fn hover(
    lines: &Lines<'_>,
    findings: &[Finding],
    offset: usize,
    glossaries: &GlossarySet,
) -> Option<Hover> {
    let found: Vec<&Finding> = at(findings, offset).collect();
    let first = found.first()?;
    let value = found
        .iter()
        .map(|f| describe(f, glossaries))
        .collect::<Vec<_>>()
        .join("\n\n---\n\n");
    Some(Hover {
        contents: HoverContents::Markup(MarkupContent {
            kind: MarkupKind::Markdown,
            value,
        }),
        range: Some(lines.range(first.range)),
    })
}

fn describe(f: &Finding, glossaries: &GlossarySet) -> String {
    let mut out = format!("**mtlint `{}`**: {}", f.rule.name(), f.message);
    if let Some(term) = &f.term {
        out.push_str(&format!(
            "\n\nGlossary entry `{}` ({}): preferred **{}**",
            term.id, term.origin, term.preferred
        ));
        if let Some(entry) = glossaries.terms().iter().find(|t| t.id == term.id) {
            if !entry.accepted.is_empty() {
                out.push_str(&format!("; also accepted: {}", entry.accepted.join(", ")));
            }
            if !entry.source.is_empty() {
                out.push_str(&format!("; source forms: {}", entry.source.join(", ")));
            }
        }
    }
    if let Some(note) = &f.note {
        out.push_str(&format!("\n\n{note}"));
    }
    let doc = f.rule.doc();
    out.push_str(&format!(
        "\n\n*{}*: {}\n\n{}\n\n{}",
        f.rule.name(),
        doc.summary,
        doc.what,
        doc.why
    ));
    out
}

/// The glossary entry of the first finding at `offset` that has one.
pub fn definition(findings: &[Finding], offset: usize) -> Option<Location> {
    at(findings, offset)
        .find_map(|f| f.term.as_ref())
        .and_then(|term| crate::origin::location(&term.origin))
}
