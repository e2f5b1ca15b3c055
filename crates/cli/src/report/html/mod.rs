//! `--format html`: one self-contained review page (issue 19). The page's CSS, JavaScript
//! and skeleton are real files next to this one, embedded at build time; the report's
//! data go in as JSON inside a `<script type="application/json">` element, and the page
//! builds its DOM from them with `textContent` only, so no text can become markup.

mod data;
mod offsets;

use std::io::Write;

use crate::report::Report;
use crate::CliError;

const TEMPLATE: &str = include_str!("template.html");
const CSS: &str = include_str!("page.css");
const JS: &str = include_str!("page.js");

/// The marks in `template.html` that the CSS, the script and the data replace.
const CSS_MARK: &str = "/*{{CSS}}*/";
const JS_MARK: &str = "/*{{JS}}*/";
const DATA_MARK: &str = "{{DATA}}";

pub fn write(report: &Report, out: &mut dyn Write) -> Result<(), CliError> {
    let json = serde_json::to_string(&data::Page::of(report)).map_err(std::io::Error::from)?;
    out.write_all(page(&escape_json_for_script(&json)).as_bytes())?;
    out.flush()?;
    Ok(())
}

/// The page around `data` (JSON already escaped for a script element).
fn page(data: &str) -> String {
    // Each mark is replaced once, in template order, so a mark written inside the CSS,
    // the script or the data is never expanded again.
    let (head, rest) = split_at_mark(TEMPLATE, CSS_MARK);
    let (middle, rest) = split_at_mark(rest, DATA_MARK);
    let (before_js, tail) = split_at_mark(rest, JS_MARK);
    let mut html = String::with_capacity(TEMPLATE.len() + CSS.len() + JS.len() + data.len());
    for piece in [head, CSS, middle, data, before_js, JS, tail] {
        html.push_str(piece);
    }
    html
}

/// `template` cut around `mark`, which the template holds once (a test checks it).
fn split_at_mark<'a>(template: &'a str, mark: &str) -> (&'a str, &'a str) {
    match template.split_once(mark) {
        Some(parts) => parts,
        None => (template, ""),
    }
}

/// JSON made safe inside `<script type="application/json">`: `<`, `>` and `&` written as
/// `\u003c`, `\u003e`, `\u0026`, so no text can close the element or open a comment
/// (`</script>`, `<!--`), and U+2028/U+2029 escaped for old JavaScript parsers. These
/// characters only occur inside JSON strings, where the escapes mean the same.
fn escape_json_for_script(json: &str) -> String {
    let mut out = String::with_capacity(json.len() + json.len() / 16);
    for c in json.chars() {
        match c {
            '<' => out.push_str("\\u003c"),
            '>' => out.push_str("\\u003e"),
            '&' => out.push_str("\\u0026"),
            '\u{2028}' => out.push_str("\\u2028"),
            '\u{2029}' => out.push_str("\\u2029"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_template_holds_each_mark_once_in_order() {
        let at = |mark: &str| {
            assert_eq!(TEMPLATE.matches(mark).count(), 1, "{mark}");
            TEMPLATE.find(mark).unwrap_or_default()
        };
        assert!(at(CSS_MARK) < at(DATA_MARK));
        assert!(at(DATA_MARK) < at(JS_MARK));
    }

    #[test]
    fn nothing_in_the_data_can_close_the_script_element() {
        let text = "</script><script>alert(1)</script> <!-- & \u{2028}\u{2029} \"><img src=x onerror=alert(1)>";
        let json = serde_json::to_string(&text).expect("json");
        let escaped = escape_json_for_script(&json);
        for bad in ["<", ">", "&", "\u{2028}", "\u{2029}"] {
            assert!(!escaped.contains(bad), "{bad} left in {escaped}");
        }
        let back: String = serde_json::from_str(&escaped).expect("still JSON");
        assert_eq!(back, text);
    }

    #[test]
    fn the_page_is_self_contained() {
        let html = page("{}");
        assert!(html.contains(CSS) && html.contains(JS));
        // The SVG namespace is a name, not an address anything is fetched from.
        let html = html.replace("'http://www.w3.org/2000/svg'", "");
        for mark in [CSS_MARK, JS_MARK, DATA_MARK] {
            assert!(!html.contains(mark), "{mark} left in the page");
        }
        // Nothing is fetched: no external script, style sheet, font or image.
        for remote in ["http://", "https://", "src=\"", "@import", "url("] {
            assert!(!html.contains(remote), "{remote} in the page");
        }
    }
}
