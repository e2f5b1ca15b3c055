//! Where the prose of a Markdown file is: the byte ranges of its text, as pulldown-cmark
//! parses it, without code, HTML, math, link destinations, autolinks, bare URLs and front
//! matter.

use pulldown_cmark::{Event, LinkType, Options, Parser, Tag};

use crate::ByteRange;

/// The parts of a Markdown source that matter for checking.
#[derive(Debug, Default)]
pub(crate) struct Layout {
    /// Text a reader reads, in source order, never overlapping.
    pub prose: Vec<ByteRange>,
    /// Inline material that is not prose but sits inside a sentence (a code span, inline
    /// HTML, an autolink, a URL): a multi-word form must not match across it.
    pub opaque: Vec<ByteRange>,
}

fn options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_HEADING_ATTRIBUTES
        | Options::ENABLE_YAML_STYLE_METADATA_BLOCKS
        | Options::ENABLE_PLUSES_DELIMITED_METADATA_BLOCKS
        | Options::ENABLE_MATH
        | Options::ENABLE_GFM
}

/// Parses `text` as CommonMark (with the GitHub extensions) and lays out its prose.
pub(crate) fn layout(text: &str) -> Layout {
    let mut out = Layout::default();
    // For each open element, whether its text is not prose (code blocks, front matter,
    // the URL an autolink shows); `hidden` counts the open ones that hide.
    let mut open: Vec<bool> = Vec::new();
    let mut hidden = 0usize;
    for (event, range) in Parser::new_ext(text, options()).into_offset_iter() {
        let range = ByteRange::from(range);
        match event {
            Event::Start(tag) => {
                let hides = hides_text(&tag);
                if is_autolink(&tag) {
                    out.opaque.push(range);
                }
                hidden += usize::from(hides);
                open.push(hides);
            }
            Event::End(_) => hidden -= usize::from(open.pop() == Some(true)),
            Event::Text(_) if hidden == 0 => push_prose(text, range, &mut out),
            Event::Code(_)
            | Event::InlineHtml(_)
            | Event::InlineMath(_)
            | Event::DisplayMath(_)
            | Event::FootnoteReference(_) => out.opaque.push(range),
            _ => {}
        }
    }
    // The parser yields text in source order; sorting guards against an extension that
    // does not (footnote definitions, tables), since later steps rely on the order.
    out.prose.sort();
    out.prose.dedup();
    out.opaque.sort();
    out
}

/// Elements whose text events are not prose.
fn hides_text(tag: &Tag<'_>) -> bool {
    matches!(
        tag,
        Tag::CodeBlock(_) | Tag::HtmlBlock | Tag::MetadataBlock(_)
    ) || is_autolink(tag)
}

fn is_autolink(tag: &Tag<'_>) -> bool {
    matches!(
        tag,
        Tag::Link {
            link_type: LinkType::Autolink | LinkType::Email,
            ..
        }
    )
}

/// Adds a text event's range as prose, minus any bare URL in it ("see https://…").
fn push_prose(text: &str, range: ByteRange, out: &mut Layout) {
    let mut at = range.start;
    for url in bare_urls(&text[range.as_range()]) {
        let url = url.shifted(range.start);
        if url.start > at {
            out.prose.push(ByteRange::new(at, url.start));
        }
        out.opaque.push(url);
        at = url.end;
    }
    if at < range.end {
        out.prose.push(ByteRange::new(at, range.end));
    }
}

const URL_STARTS: [&str; 5] = ["https://", "http://", "ftp://", "mailto:", "www."];

/// The URLs written out in plain text: from a scheme (or "www.") to the next white space
/// or angle bracket, without trailing sentence punctuation.
fn bare_urls(text: &str) -> Vec<ByteRange> {
    let mut urls = Vec::new();
    let mut from = 0;
    while let Some(start) = next_url_start(text, from) {
        let rest = &text[start..];
        let len = rest
            .find(|c: char| c.is_whitespace() || c == '<' || c == '>' || c == '"')
            .unwrap_or(rest.len());
        let url = rest[..len].trim_end_matches(['.', ',', ';', ':', '!', '?', ')', '\'']);
        let end = start + url.len().max(1);
        urls.push(ByteRange::new(start, end));
        from = end;
    }
    urls
}

fn next_url_start(text: &str, from: usize) -> Option<usize> {
    URL_STARTS
        .iter()
        .filter_map(|scheme| {
            text[from..]
                .match_indices(scheme)
                .map(|(i, _)| from + i)
                // "www." only at the start of a word, not inside "awww."
                .find(|&i| {
                    !text[..i]
                        .chars()
                        .next_back()
                        .is_some_and(char::is_alphanumeric)
                })
        })
        .min()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn prose(text: &str) -> Vec<&str> {
        layout(text)
            .prose
            .iter()
            .map(|r| &text[r.as_range()])
            .collect()
    }

    #[test]
    fn paragraph_text_and_emphasis_are_prose() {
        assert_eq!(
            prose("# Título\n\nUm *dois* três.\n"),
            ["Título", "Um ", "dois", " três."]
        );
    }

    #[test]
    fn code_html_and_math_are_not_prose() {
        let text =
            "A `Coréia` b <span>c</span> $x$.\n\n```\nCoréia\n```\n\n<div>\nCoréia\n</div>\n";
        assert_eq!(prose(text), ["A ", " b ", "c", " ", "."]);
    }

    #[test]
    fn link_text_is_prose_its_destination_is_not() {
        let text = "Ver [a Coreia](https://example.org/Coréia \"Coréia\") e <https://x.org>.";
        assert_eq!(prose(text), ["Ver ", "a Coreia", " e ", "."]);
    }

    #[test]
    fn bare_urls_are_cut_out_of_prose() {
        let text = "Ver https://example.org/Coréia, e www.x.org.";
        assert_eq!(prose(text), ["Ver ", ", e ", "."]);
        assert_eq!(layout(text).opaque.len(), 2);
    }

    #[test]
    fn front_matter_is_not_prose() {
        assert_eq!(prose("---\ntitle: Coréia\n---\n\nTexto.\n"), ["Texto."]);
        assert_eq!(
            prose("+++\ntitle = \"Coréia\"\n+++\n\nTexto.\n"),
            ["Texto."]
        );
    }

    #[test]
    fn tables_and_lists_give_their_cells_and_items() {
        assert_eq!(prose("- um\n- dois\n"), ["um", "dois"]);
        assert_eq!(
            prose("| a | b |\n|---|---|\n| c | d |\n"),
            ["a", "b", "c", "d"]
        );
    }
}
