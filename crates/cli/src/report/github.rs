//! `--format github`: GitHub Actions workflow commands, one `::error`/`::warning`/`::notice`
//! line per finding, which the runner turns into annotations on the changed lines.
//!
//! Columns are 1-based UTF-16 code units (GitHub's front end is JavaScript), `endColumn`
//! is the column after the last character, as in SARIF. Values are escaped as the runner
//! decodes them: `%`, CR and LF everywhere, and `:` and `,` in properties too.

use std::io::Write;

use mtlint_check::{Finding, LineIndex, Severity, Utf16Cursor, Utf16Span};

use crate::report::artifact::Artifact;
use crate::report::visible::visible;
use crate::report::Report;
use crate::CliError;

pub fn write(report: &Report, out: &mut dyn Write) -> Result<(), CliError> {
    for (input, findings) in report.checked() {
        let artifact = Artifact::locate(&input.name);
        let index = LineIndex::new(&input.text);
        let mut cursor = Utf16Cursor::new(&index, &input.text);
        for f in findings {
            let span = cursor.span(f.range);
            writeln!(out, "{}", command(&artifact, span, f))?;
        }
    }
    out.flush()?;
    Ok(())
}

/// One workflow command for one finding.
fn command(artifact: &Artifact, span: Utf16Span, f: &Finding) -> String {
    let name = match f.severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "notice",
    };
    let mut props: Vec<(&str, String)> = Vec::new();
    match artifact {
        Artifact::Relative(path) => props.push(("file", visible(path).into_owned())),
        Artifact::Absolute(uri) => props.push((
            "file",
            visible(uri.trim_start_matches("file://")).into_owned(),
        )),
        Artifact::Stdin => {}
    }
    props.push(("line", span.start.line.to_string()));
    props.push(("endLine", span.end.line.to_string()));
    // GitHub only takes columns for a single-line annotation.
    if span.start.line == span.end.line {
        props.push(("col", span.start.column.to_string()));
        props.push(("endColumn", span.end.column.to_string()));
    }
    props.push(("title", format!("mtlint {}", f.rule.name())));
    let props: Vec<String> = props
        .iter()
        .map(|(k, v)| format!("{k}={}", escape_property(v)))
        .collect();
    let message = message(f);
    format!(
        "::{name} {}::{}",
        props.join(","),
        escape_data(&visible(&message))
    )
}

/// The finding's message, then its suggestions and note on lines of their own.
fn message(f: &Finding) -> String {
    let mut text = f.message.clone();
    let suggestions: Vec<String> = f
        .suggestions
        .iter()
        .map(|s| format!("\"{}\"", s.replacement))
        .collect();
    if !suggestions.is_empty() {
        text.push_str(&format!("\nSuggestion: {}", suggestions.join(", ")));
    }
    if let Some(note) = &f.note {
        text.push_str(&format!("\nNote: {note}"));
    }
    text
}

fn escape_data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

fn escape_property(s: &str) -> String {
    escape_data(s).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping_follows_the_runner() {
        assert_eq!(escape_data("50% a\r\nb: c, d"), "50%25 a%0D%0Ab: c, d");
        assert_eq!(escape_property("a:b,c%\n"), "a%3Ab%2Cc%25%0A");
    }
}
