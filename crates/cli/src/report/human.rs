//! rustc-style output for people: `file:line:col`, the line with a caret under the span,
//! the message, the suggestion and the glossary's note.

use std::io::{IsTerminal, Write};
use std::num::NonZeroUsize;

use annotate_snippets::{Level, Renderer, Snippet};
use mtlint_check::{Finding, LineCol, LineIndex, Severity};

use crate::args::ColorChoice;
use crate::report::visible::{visible, visible_span};
use crate::report::Report;
use crate::CliError;

/// Lines longer than this are shown as a window around the span (a 100 MB one-line file
/// must not be printed, nor scanned once per finding). Shorter long lines are trimmed to
/// the width (see [`width`]) by annotate-snippets itself, which keeps the true column in
/// `-->`.
const MAX_SHOWN_LINE: usize = 2000;

/// Whether human output is coloured: `to_file` is false for stdout, whose terminal
/// `auto` asks about; a report file is coloured only when asked for.
pub fn colored(color: ColorChoice, to_file: bool) -> bool {
    match color {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto if to_file => false,
        // A terminal, and neither NO_COLOR nor a dumb terminal (anstream's rules).
        ColorChoice::Auto => {
            anstream::AutoStream::choice(&std::io::stdout()) != anstream::ColorChoice::Never
        }
    }
}

/// The width source lines are cut to when they do not fit (the `-->` line keeps the true
/// column): `--max-width`; else the terminal's, when stdout is one; else no cutting, so a
/// report piped to a file or a pager keeps the context of long news paragraphs.
pub fn width(max_width: Option<NonZeroUsize>, to_file: bool) -> usize {
    if let Some(n) = max_width {
        return n.get();
    }
    let stdout = std::io::stdout();
    match terminal_size::terminal_size_of(&stdout) {
        Some((terminal_size::Width(w), _)) if !to_file && stdout.is_terminal() && w > 0 => {
            usize::from(w)
        }
        _ => UNCUT,
    }
}

/// A width no shown line reaches (lines beyond [`MAX_SHOWN_LINE`] are windowed first),
/// small enough for annotate-snippets' arithmetic on it.
const UNCUT: usize = 1 << 20;

pub fn write(
    report: &Report,
    colored: bool,
    width: usize,
    out: &mut dyn Write,
) -> Result<(), CliError> {
    let renderer = if colored {
        Renderer::styled()
    } else {
        Renderer::plain()
    }
    .term_width(width);
    for (input, findings) in report.checked() {
        let index = LineIndex::new(&input.text);
        let mut cursor = index.cursor(&input.text);
        for finding in findings {
            let at = cursor.line_col(finding.range.start);
            let rendered = render(&renderer, &input.name, &input.text, &index, at, finding);
            writeln!(out, "{rendered}\n")?;
        }
    }
    writeln!(out, "{}", summary(report))?;
    out.flush()?;
    Ok(())
}

fn level(severity: Severity) -> Level {
    match severity {
        Severity::Error => Level::Error,
        Severity::Warning => Level::Warning,
        Severity::Info => Level::Info,
    }
}

fn render(
    renderer: &Renderer,
    file: &str,
    text: &str,
    index: &LineIndex,
    at: LineCol,
    f: &Finding,
) -> String {
    let line = index.line_of(f.range.start);
    let line_range = index.line_range(text, line);
    // A finding may run past the end of its line (a multi-line span): show its first line.
    let span_end = f.range.end.min(line_range.end).max(f.range.start);
    let (shown, shown_start) = window(text, line_range.clone(), f.range.start, span_end);
    let label = f
        .suggestions
        .first()
        .map(|s| suggestion_label(&text[s.range.as_range()], &s.replacement))
        .unwrap_or_default();
    // The snippet's own origin would count columns from the window when the line is
    // clipped, so the true position goes in the origin and the snippet has none.
    let file = visible(file);
    let origin = format!("{file}:{}:{}", at.line, at.column);
    let clipped = shown_start != line_range.start || shown.len() != line_range.len();
    let lvl = level(f.severity);
    let (shown, span) = visible_span(shown, f.range.start - shown_start..span_end - shown_start);
    let label = visible(&label);
    let mut snippet = Snippet::source(&shown)
        .line_start(line + 1)
        .annotation(lvl.span(span).label(&label));
    if !clipped {
        snippet = snippet.origin(&file);
    }
    let mut footers = Vec::new();
    if clipped {
        footers.push(format!("at {origin} (long line, shown in part)"));
    }
    if f.range.end > line_range.end {
        let last = index.line_of(f.range.end.saturating_sub(1));
        footers.push(format!("the span goes on to line {}", last + 1));
    }
    if let Some(segment) = &f.segment {
        if let Some(source) = &segment.source {
            footers.push(format!("source: {}", source.trim()));
        }
        if let Some(id) = &segment.id {
            footers.push(format!("segment: {}", id.replace('\u{4}', " | ")));
        }
    }
    if let Some(note) = &f.note {
        footers.push(format!("note: {note}"));
    }
    if let Some(term) = &f.term {
        footers.push(format!("glossary entry `{}` at {}", term.id, term.origin));
    }
    if let Some(c) = f.confidence {
        footers.push(format!("confidence: {:.0}%", c * 100.0));
    }
    let footers: Vec<String> = footers.iter().map(|s| visible(s).into_owned()).collect();
    let title = visible(&f.message);
    let message = lvl
        .title(&title)
        .id(f.rule.name())
        .snippet(snippet)
        .footers(
            footers
                .iter()
                .map(|s| Level::Note.title(s.strip_prefix("note: ").unwrap_or(s))),
        );
    // Bound first: a temporary in the tail expression would outlive `label` and `footers`.
    let rendered = renderer.render(message).to_string();
    rendered
}

/// What the caret line says: "write X", or "remove the space" when the replacement is the
/// original without its white space.
fn suggestion_label(original: &str, replacement: &str) -> String {
    let squeezed: String = original.chars().filter(|c| !c.is_whitespace()).collect();
    if squeezed == replacement && squeezed != original {
        "remove the space".to_string()
    } else {
        format!("write \"{replacement}\"")
    }
}

/// The part of the line to show, and where it starts in the text.
fn window(text: &str, line: std::ops::Range<usize>, start: usize, end: usize) -> (&str, usize) {
    if line.len() <= MAX_SHOWN_LINE {
        return (&text[line.clone()], line.start);
    }
    let margin = MAX_SHOWN_LINE / 2;
    let mut from = start.saturating_sub(margin).max(line.start);
    let mut to = (end + margin).min(line.end);
    while !text.is_char_boundary(from) {
        from -= 1;
    }
    while !text.is_char_boundary(to) {
        to += 1;
    }
    (&text[from..to], from)
}

fn summary(report: &Report) -> String {
    let failed = report.files_failed();
    let checked = report.files_checked();
    let failures = format!(
        "{failed} file{} could not be checked",
        if failed == 1 { "" } else { "s" }
    );
    let main = match (checked, failed) {
        (0, 0) => "No files checked.".to_string(),
        (0, _) => format!("{failures}."),
        (_, 0) => findings_summary(report),
        _ => format!(
            "{}; {failures}.",
            findings_summary(report).trim_end_matches('.')
        ),
    };
    match report.files_skipped_for_language() {
        0 => main,
        n => format!(
            "{}; {n} file{} skipped (a language no glossary covers).",
            main.trim_end_matches('.'),
            if n == 1 { "" } else { "s" }
        ),
    }
}

/// The languages detected, for the summary: " (Portuguese (Brazil), detected)", or with
/// several " (Portuguese (Brazil): 2, Portuguese: 1; detected)"; empty when the language
/// was given.
fn languages_clause(report: &Report) -> String {
    if !report.lang_detected {
        return String::new();
    }
    let langs = report.languages();
    match langs.as_slice() {
        [] => String::new(),
        [(lang, _)] => format!(" ({}, detected)", lang.display_name()),
        _ => {
            let each: Vec<String> = langs
                .iter()
                .map(|(lang, n)| format!("{}: {n}", lang.display_name()))
                .collect();
            format!(" ({}; detected)", each.join(", "))
        }
    }
}

/// "Found 3 problems (1 error, 2 warnings) in 2 files (Portuguese, detected)." or "No
/// problems found in 2 files."
fn findings_summary(report: &Report) -> String {
    let counts = report.counts();
    let total = counts.errors + counts.warnings + counts.infos;
    let files = report.files_checked();
    let files = format!("{files} file{}", if files == 1 { "" } else { "s" });
    let files = format!("{files}{}", languages_clause(report));
    if total == 0 {
        return format!("No problems found in {files}.");
    }
    let mut parts = Vec::new();
    for (n, what) in [
        (counts.errors, "error"),
        (counts.warnings, "warning"),
        (counts.infos, "info"),
    ] {
        if n > 0 {
            parts.push(format!(
                "{n} {what}{}",
                if n == 1 || what == "info" { "" } else { "s" }
            ));
        }
    }
    format!(
        "Found {total} problem{} ({}) in {files}.",
        if total == 1 { "" } else { "s" },
        parts.join(", ")
    )
}
