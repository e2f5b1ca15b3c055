//! Findings as the protocol's diagnostics.

use std::str::FromStr;

use lsp_types::{
    CodeDescription, Diagnostic, DiagnosticRelatedInformation, DiagnosticSeverity, Location,
    NumberOrString, Uri,
};
use mtlint_check::{Finding, Severity};

use crate::position::Lines;

/// Where a rule's documentation is read. One constant, so it changes in one place once
/// the project has a documentation site.
pub const RULES_DOCS_URL: &str = "https://github.com/mtlint/mtlint#rules";

pub const SOURCE: &str = "mtlint";

/// The diagnostics of `findings` (ordered by position) in `text`, the document at `uri`.
pub fn diagnostics(uri: &Uri, text: &str, findings: &[Finding]) -> Vec<Diagnostic> {
    let lines = Lines::new(text);
    let mut cursor = lines.cursor();
    findings
        .iter()
        .map(|f| diagnostic(f, cursor.range(f.range), uri, &lines))
        .collect()
}

fn diagnostic(f: &Finding, range: lsp_types::Range, uri: &Uri, lines: &Lines) -> Diagnostic {
    let entry = f.term.as_ref().and_then(|term| {
        let location = crate::origin::location(&term.origin)?;
        Some(DiagnosticRelatedInformation {
            location,
            message: format!(
                "glossary entry `{}`: preferred “{}”",
                term.id, term.preferred
            ),
        })
    });
    // The finding's other places in the same document (the other uses of a word).
    let places = f.related.iter().map(|r| DiagnosticRelatedInformation {
        location: Location::new(uri.clone(), lines.range(r.range)),
        message: r.message.clone(),
    });
    let related: Vec<DiagnosticRelatedInformation> = entry.into_iter().chain(places).collect();
    let related = (!related.is_empty()).then_some(related);
    Diagnostic {
        range,
        severity: Some(severity(f.severity)),
        code: Some(NumberOrString::String(f.rule.name().to_string())),
        code_description: Uri::from_str(RULES_DOCS_URL)
            .ok()
            .map(|href| CodeDescription { href }),
        source: Some(SOURCE.to_string()),
        message: f.message.clone(),
        related_information: related,
        tags: None,
        data: None,
    }
}

fn severity(s: Severity) -> DiagnosticSeverity {
    match s {
        Severity::Error => DiagnosticSeverity::ERROR,
        Severity::Warning => DiagnosticSeverity::WARNING,
        Severity::Info => DiagnosticSeverity::INFORMATION,
    }
}

/// A diagnostic for a problem reported as `name:line:col: message` (1-based), or at the
/// start of the file when the text has no such place.
pub fn located_error(error: &str) -> Diagnostic {
    let (line, col, message) = parse_location(error).unwrap_or((1, 1, error));
    let at = lsp_types::Position::new(line.saturating_sub(1), col.saturating_sub(1));
    Diagnostic {
        range: lsp_types::Range::new(at, at),
        severity: Some(DiagnosticSeverity::ERROR),
        source: Some(SOURCE.to_string()),
        message: message.to_string(),
        ..Diagnostic::default()
    }
}

/// `(line, column, message)` of `…:LINE:COL: message`; the name may hold colons.
fn parse_location(error: &str) -> Option<(u32, u32, &str)> {
    let mut search = error;
    let mut offset = 0;
    while let Some(i) = search.find(": ") {
        let head = &error[..offset + i];
        let mut parts = head.rsplitn(3, ':');
        let col = parts.next().and_then(|c| c.parse().ok());
        let line = parts.next().and_then(|l| l.parse().ok());
        if let (Some(line), Some(col), Some(_)) = (line, col, parts.next()) {
            return Some((line, col, &error[offset + i + 2..]));
        }
        offset += i + 2;
        search = &error[offset..];
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_name_their_line_and_column() {
        assert_eq!(
            parse_location("C:/x/mtlint.toml:7:3: unknown key `exlude`"),
            Some((7, 3, "unknown key `exlude`"))
        );
        assert_eq!(parse_location("no place: here"), None);
        let d = located_error("a.txt:2:5: bad directive");
        assert_eq!(d.range.start, lsp_types::Position::new(1, 4));
        assert_eq!(d.message, "bad directive");
    }

    #[test]
    fn the_other_uses_of_a_word_are_related_information() {
        use mtlint_check::{ByteRange, Related, Rule};
        let text = "um warship\ne outro warship";
        let uri = Uri::from_str("file:///tmp/a.txt").expect("a URI");
        let mut f = Finding::new(Rule::Untranslated, ByteRange::new(3, 10), "x".to_string());
        f.related.push(Related {
            range: ByteRange::new(19, 26),
            message: "another use of “warship”".to_string(),
        });
        let d = diagnostics(&uri, text, &[f.clone()]);
        let related = d[0]
            .related_information
            .as_ref()
            .expect("related information");
        assert_eq!(related.len(), 1);
        assert_eq!(related[0].location.uri, uri);
        assert_eq!(
            related[0].location.range.start,
            lsp_types::Position::new(1, 8)
        );
        assert_eq!(
            related[0].location.range.end,
            lsp_types::Position::new(1, 15)
        );
        assert!(related[0].message.contains("warship"));
        // A finding without related places has none.
        f.related.clear();
        assert!(diagnostics(&uri, text, &[f])[0]
            .related_information
            .is_none());
    }
}
