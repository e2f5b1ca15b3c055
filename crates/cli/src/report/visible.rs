//! Text from a checked file or its name, made safe for a terminal: control characters
//! (ESC, backspace, BEL...) and bidirectional overrides (U+202E...) are shown escaped as
//! `\u{1b}`, never sent raw, so a text cannot move the cursor, retitle the terminal,
//! hide part of a line or reorder what is shown.

use std::borrow::Cow;
use std::ops::Range;

/// Whether `c` is shown escaped. Tabs and line breaks are layout, not escapes.
fn hidden(c: char) -> bool {
    (c.is_control() && c != '\t' && c != '\n')
        || matches!(c, '\u{200e}' | '\u{200f}' | '\u{061c}')
        || ('\u{202a}'..='\u{202e}').contains(&c)
        || ('\u{2066}'..='\u{2069}').contains(&c)
}

fn push_escaped(out: &mut String, c: char) {
    out.push_str(&format!("\\u{{{:x}}}", u32::from(c)));
}

/// `s` with every hidden character escaped (borrowed when there is none).
pub fn visible(s: &str) -> Cow<'_, str> {
    if !s.contains(hidden) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if hidden(c) {
            push_escaped(&mut out, c);
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// A source line escaped as [`visible`] does, with `span` (byte offsets into `line`)
/// moved to where it falls in the escaped line. A carriage return ending the line (CRLF)
/// is left as it is.
pub fn visible_span(line: &str, span: Range<usize>) -> (Cow<'_, str>, Range<usize>) {
    let body = line.strip_suffix('\r').unwrap_or(line);
    if !body.contains(hidden) {
        return (Cow::Borrowed(line), span);
    }
    let mut out = String::with_capacity(line.len() + 8);
    let (mut start, mut end) = (None, None);
    for (at, c) in body.char_indices() {
        if at == span.start {
            start = Some(out.len());
        }
        if at == span.end {
            end = Some(out.len());
        }
        if hidden(c) {
            push_escaped(&mut out, c);
        } else {
            out.push(c);
        }
    }
    // Offsets at or past the end of the body (the CR, the line's end) keep their distance.
    let body_end = out.len();
    let past = |at: usize| body_end + at.saturating_sub(body.len());
    out.push_str(&line[body.len()..]);
    let start = start.unwrap_or_else(|| past(span.start));
    let end = end.unwrap_or_else(|| past(span.end)).max(start);
    (Cow::Owned(out), start..end)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn controls_and_bidi_overrides_are_escaped() {
        assert_eq!(visible("plain ã\tx"), "plain ã\tx");
        assert_eq!(
            visible("a\u{1b}]0;owned\u{7}b\u{8}\u{202e}c"),
            "a\\u{1b}]0;owned\\u{7}b\\u{8}\\u{202e}c"
        );
    }

    #[test]
    fn the_span_follows_the_escapes() {
        let line = "\u{1b}[2Jnorte -coreano\r";
        let (shown, span) = visible_span(line, 9..11);
        assert_eq!(shown, "\\u{1b}[2Jnorte -coreano\r");
        assert_eq!(&shown[span], " -");
        let (same, span) = visible_span("norte -coreano", 5..7);
        assert_eq!((same.as_ref(), span), ("norte -coreano", 5..7));
    }
}
