use mtlint_glossary::{GlossarySet, LangTag};

use crate::rules::{glossary, spaced_hyphen};
use crate::term_index::TermIndex;
use crate::tokens::Tokens;
use crate::{ByteRange, Finding, Rule};

/// What a [`Checker`] is built for.
#[derive(Debug, Clone)]
pub struct Settings {
    /// The language (and variant) of the text.
    pub lang: LangTag,
    /// Rules turned off.
    pub disabled: Vec<Rule>,
}

impl Settings {
    pub fn new(lang: LangTag) -> Self {
        Settings {
            lang,
            disabled: Vec::new(),
        }
    }
}

/// The compiled glossaries and rules for one language. Built once, immutable, shared by
/// threads: `check` takes `&self`.
#[derive(Debug)]
pub struct Checker {
    settings: Settings,
    index: TermIndex,
}

/// Paragraphs longer than this are cut at white space so a 100 MB single-line file is
/// checked in bounded memory. A multi-word form straddling a cut is not matched.
const MAX_STRETCH: usize = 1 << 20;

impl Checker {
    pub fn new(glossaries: &GlossarySet, settings: Settings) -> Self {
        let index = TermIndex::new(glossaries, &settings.lang);
        Checker { settings, index }
    }

    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    /// How many glossary entries apply to this checker's language.
    pub fn term_count(&self) -> usize {
        self.index.terms.len()
    }

    fn enabled(&self, rule: Rule) -> bool {
        !self.settings.disabled.contains(&rule)
    }

    /// Every finding in `text`, ordered by position, then rule.
    pub fn check(&self, text: &str) -> Vec<Finding> {
        let mut findings = Vec::new();
        let mut tokens = Tokens::default();
        for stretch in stretches(text) {
            let part = &text[stretch.as_range()];
            if self.enabled(Rule::WrongTerm) || self.enabled(Rule::WrongTermInContext) {
                tokens.fill(part, stretch.start);
                self.check_terms(text, &tokens, &mut findings);
            }
            if self.enabled(Rule::SpacedHyphen) {
                spaced_hyphen::check(part, stretch.start, &mut findings);
            }
        }
        findings.retain(|f| self.enabled(f.rule));
        findings.sort_by(|a, b| (a.range.start, a.range.end, a.rule).cmp(&(b.range.start, b.range.end, b.rule)));
        findings
    }

    fn check_terms(&self, text: &str, tokens: &Tokens, out: &mut Vec<Finding>) {
        let mut at = 0;
        while at < tokens.len() {
            match self.index.match_at(text, tokens, at) {
                Some(m) => {
                    out.extend(glossary::finding(&self.index, text, tokens, m));
                    at = m.end_token;
                }
                None => at += 1,
            }
        }
    }
}

/// Splits text into paragraphs (at blank lines), cutting any longer than `MAX_STRETCH`
/// at white space (or, with none, at a char boundary).
fn stretches(text: &str) -> impl Iterator<Item = ByteRange> + '_ {
    let mut start = 0;
    std::iter::from_fn(move || {
        if start >= text.len() {
            return None;
        }
        let rest = &text[start..];
        let limit = floor_char_boundary(rest, rest.len().min(MAX_STRETCH));
        let window = &rest[..limit];
        let end = match paragraph_end(window) {
            Some(end) => end,
            None if limit == rest.len() => limit,
            None => window
                .rfind(char::is_whitespace)
                .map_or(limit, |i| i + window[i..].chars().next().map_or(1, char::len_utf8)),
        };
        let range = ByteRange::new(start, start + end);
        start = range.end;
        Some(range)
    })
}

/// The end of the first paragraph: just after a line that is empty or white space only.
fn paragraph_end(text: &str) -> Option<usize> {
    let mut line_start = 0;
    for nl in memchr::memchr_iter(b'\n', text.as_bytes()) {
        if line_start > 0 && text[line_start..nl].trim().is_empty() {
            return Some(nl + 1);
        }
        line_start = nl + 1;
    }
    None
}

/// The largest char boundary at or below `i`, but never 0 for a non-empty string, so
/// every stretch makes progress.
fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    if i == 0 {
        s.chars().next().map_or(0, char::len_utf8)
    } else {
        i
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stretches_cover_text_at_blank_lines() {
        let text = "um\ndois\n\ntrês\n \nquatro";
        let parts: Vec<&str> = stretches(text).map(|r| &text[r.as_range()]).collect();
        assert_eq!(parts, ["um\ndois\n\n", "três\n \n", "quatro"]);
    }

    #[test]
    fn long_lines_are_cut_at_white_space_on_char_boundaries() {
        let text = "é ".repeat(MAX_STRETCH);
        let parts: Vec<ByteRange> = stretches(&text).collect();
        assert!(parts.len() >= 3);
        assert_eq!(parts.last().map(|r| r.end), Some(text.len()));
        for w in parts.windows(2) {
            assert_eq!(w[0].end, w[1].start);
            assert!(text.is_char_boundary(w[0].end));
        }
    }
}
