//! Inline suppression: HTML comments in the checked text that turn rules off.
//!
//! ```text
//! <!-- mtlint-disable-next-line [rule ...] -->   the line after the comment
//! <!-- mtlint-disable-line [rule ...] -->        the line the comment is on
//! <!-- mtlint-disable [rule ...] -->             from here ...
//! <!-- mtlint-enable [rule ...] -->              ... to here (or to the end of the file)
//! ```
//!
//! Without rule names a comment covers every rule. Rule names are separated by spaces
//! or commas. The same syntax serves Markdown (where the comment is invisible) and plain
//! text: translated plain text has no comment syntax of its own, and an HTML comment is
//! one a translation tool or a person recognises and keeps. A finding inside a
//! directive comment is always dropped (the comment is not part of the translation).

use std::collections::BTreeMap;

use mtlint_check::{ByteRange, Finding, Rule};

/// A comment that starts like a directive but cannot be read: an error, because a
/// misspelt rule name would otherwise silently suppress nothing.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{message}")]
pub struct DirectiveError {
    /// Byte offset in the text of what is wrong.
    pub offset: usize,
    pub message: String,
}

/// Which rules a region covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Covers {
    All,
    One(Rule),
}

/// Where findings are suppressed in one text.
#[derive(Debug, Clone, Default)]
pub struct Suppressions {
    regions: Vec<(ByteRange, Covers)>,
    comments: Vec<ByteRange>,
}

const PREFIX: &str = "mtlint-";

impl Suppressions {
    /// Reads every directive in `text`; all malformed ones are reported together.
    pub fn parse(text: &str) -> Result<Suppressions, Vec<DirectiveError>> {
        let mut out = Suppressions::default();
        // Most texts have no directive: one substring search settles it (memchr's, a
        // fifth of the cost of `str::contains` on a large file).
        if memchr::memmem::find(text.as_bytes(), PREFIX.as_bytes()).is_none() {
            return Ok(out);
        }
        let mut errors = Vec::new();
        let mut blocks = Blocks::default();
        for comment in comments(text) {
            let directive = match read_directive(text, &comment) {
                Ok(Some(d)) => d,
                Ok(None) => continue,
                Err(e) => {
                    errors.push(e);
                    continue;
                }
            };
            out.comments.push(comment.whole);
            let covers = directive.covers();
            match directive.kind {
                Kind::NextLine => {
                    let line = next_line(text, comment.whole.end);
                    out.push_all(line, &covers);
                }
                Kind::Line => {
                    let line = line_around(text, comment.whole.start);
                    out.push_all(line, &covers);
                }
                Kind::Disable => blocks.disable(comment.whole.end, &directive.rules),
                Kind::Enable => blocks.enable(comment.whole.start, &directive.rules, &mut out),
            }
        }
        blocks.close(text.len(), &mut out);
        if errors.is_empty() {
            Ok(out)
        } else {
            Err(errors)
        }
    }

    pub fn is_empty(&self) -> bool {
        self.regions.is_empty() && self.comments.is_empty()
    }

    /// Whether `finding` is turned off by a directive.
    pub fn suppresses(&self, finding: &Finding) -> bool {
        let at = finding.range.start;
        let in_comment = self
            .comments
            .iter()
            .any(|c| finding.range.start < c.end && c.start < finding.range.end.max(at + 1));
        in_comment
            || self.regions.iter().any(|(range, covers)| {
                range.start <= at
                    && at < range.end
                    && (*covers == Covers::All || *covers == Covers::One(finding.rule))
            })
    }

    fn push_all(&mut self, range: ByteRange, covers: &[Covers]) {
        self.regions.extend(covers.iter().map(|c| (range, *c)));
    }
}

/// Open `mtlint-disable` blocks: one for all rules, and one per rule named.
#[derive(Default)]
struct Blocks {
    all: Option<usize>,
    rules: BTreeMap<Rule, usize>,
}

impl Blocks {
    fn disable(&mut self, at: usize, rules: &[Rule]) {
        if rules.is_empty() {
            self.all.get_or_insert(at);
        } else {
            for rule in rules {
                self.rules.entry(*rule).or_insert(at);
            }
        }
    }

    fn enable(&mut self, at: usize, rules: &[Rule], out: &mut Suppressions) {
        if rules.is_empty() {
            self.close(at, out);
            return;
        }
        // Enabling some rules inside a block for all: the others stay off from here.
        if let Some(start) = self.all.take() {
            out.regions.push((ByteRange::new(start, at), Covers::All));
            for rule in Rule::ALL.iter().filter(|r| !rules.contains(r)) {
                self.rules.entry(*rule).or_insert(at);
            }
        }
        for rule in rules {
            if let Some(start) = self.rules.remove(rule) {
                out.regions
                    .push((ByteRange::new(start, at), Covers::One(*rule)));
            }
        }
    }

    fn close(&mut self, at: usize, out: &mut Suppressions) {
        if let Some(start) = self.all.take() {
            out.regions.push((ByteRange::new(start, at), Covers::All));
        }
        for (rule, start) in std::mem::take(&mut self.rules) {
            out.regions
                .push((ByteRange::new(start, at), Covers::One(rule)));
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    NextLine,
    Line,
    Disable,
    Enable,
}

struct Directive {
    kind: Kind,
    rules: Vec<Rule>,
}

impl Directive {
    fn covers(&self) -> Vec<Covers> {
        if self.rules.is_empty() {
            vec![Covers::All]
        } else {
            self.rules.iter().map(|r| Covers::One(*r)).collect()
        }
    }
}

/// An HTML comment: the whole `<!-- ... -->` and the text between the markers.
struct Comment {
    whole: ByteRange,
    inner: ByteRange,
    closed: bool,
}

fn comments(text: &str) -> impl Iterator<Item = Comment> + '_ {
    let mut from = 0;
    std::iter::from_fn(move || {
        let open = from + text.get(from..)?.find("<!--")?;
        let inner_start = open + 4;
        let (inner_end, end, closed) = match text[inner_start..].find("-->") {
            Some(i) => (inner_start + i, inner_start + i + 3, true),
            None => (text.len(), text.len(), false),
        };
        from = end;
        Some(Comment {
            whole: ByteRange::new(open, end),
            inner: ByteRange::new(inner_start, inner_end),
            closed,
        })
    })
}

/// The directive in a comment, `None` for an ordinary comment.
fn read_directive(text: &str, comment: &Comment) -> Result<Option<Directive>, DirectiveError> {
    let inner = &text[comment.inner.as_range()];
    let lead = inner.len() - inner.trim_start().len();
    let body = inner.trim_start();
    if !body.starts_with(PREFIX) {
        return Ok(None);
    }
    let at = comment.inner.start + lead;
    if !comment.closed {
        return Err(DirectiveError {
            offset: comment.whole.start,
            message: "unclosed `<!--` comment holding an mtlint directive: end it with `-->`"
                .into(),
        });
    }
    let mut words = words(body, at);
    let Some((name, name_at)) = words.next() else {
        return Ok(None);
    };
    let kind = match name {
        "mtlint-disable-next-line" => Kind::NextLine,
        "mtlint-disable-line" => Kind::Line,
        "mtlint-disable" => Kind::Disable,
        "mtlint-enable" => Kind::Enable,
        other => {
            return Err(DirectiveError {
                offset: name_at,
                message: format!(
                    "unknown directive `{other}` (directives: mtlint-disable-next-line, mtlint-disable-line, mtlint-disable, mtlint-enable)"
                ),
            })
        }
    };
    let rules = words
        .map(|(word, offset)| {
            Rule::from_name(word).ok_or_else(|| DirectiveError {
                offset,
                message: crate::names::unknown_rule_in(word, &format!(" in `{name}`")),
            })
        })
        .collect::<Result<Vec<Rule>, _>>()?;
    Ok(Some(Directive { kind, rules }))
}

/// Words separated by white space or commas, with their byte offsets (`base` is the
/// offset of `s` in the text).
fn words(s: &str, base: usize) -> impl Iterator<Item = (&str, usize)> {
    s.split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .map(move |w| (w, base + (w.as_ptr() as usize - s.as_ptr() as usize)))
}

/// The line holding byte `at`, without its line break.
fn line_around(text: &str, at: usize) -> ByteRange {
    let start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let end = text[at..].find('\n').map_or(text.len(), |i| at + i);
    ByteRange::new(start, end)
}

/// The line after the one where byte `at` lies (empty at the end of the text).
fn next_line(text: &str, at: usize) -> ByteRange {
    match text[at..].find('\n') {
        Some(i) => line_around(text, at + i + 1),
        None => ByteRange::new(text.len(), text.len()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use mtlint_check::Severity;

    fn finding(text: &str, word: &str, rule: Rule) -> Finding {
        let start = text.find(word).expect("word in text");
        Finding {
            rule,
            severity: Severity::Warning,
            range: ByteRange::new(start, start + word.len()),
            message: String::new(),
            suggestions: Vec::new(),
            term: None,
            note: None,
            confidence: None,
            segment: None,
            related: Vec::new(),
        }
    }

    fn suppressed(text: &str, word: &str, rule: Rule) -> bool {
        Suppressions::parse(text)
            .unwrap()
            .suppresses(&finding(text, word, rule))
    }

    #[test]
    fn next_line_covers_only_the_next_line() {
        let text = "<!-- mtlint-disable-next-line -->\nWanson um\nWanson dois\n";
        assert!(suppressed(text, "Wanson um", Rule::WrongTerm));
        assert!(!suppressed(text, "Wanson dois", Rule::WrongTerm));
    }

    #[test]
    fn named_rules_cover_only_those_rules() {
        let text = "<!-- mtlint-disable-next-line spaced-hyphen, wrong-term -->\nWanson -se\n";
        assert!(suppressed(text, "Wanson", Rule::WrongTerm));
        assert!(suppressed(text, " -se", Rule::SpacedHyphen));
        assert!(!suppressed(text, "Wanson", Rule::NameNearMiss));
    }

    #[test]
    fn same_line_form() {
        let text = "Wanson <!-- mtlint-disable-line wrong-term -->\nWanson\n";
        assert!(suppressed(text, "Wanson <", Rule::WrongTerm));
        assert!(!suppressed(text, "Wanson\n", Rule::WrongTerm));
    }

    #[test]
    fn block_runs_to_enable_or_end() {
        let text = "A1\n<!-- mtlint-disable -->\nB2\n<!-- mtlint-enable -->\nC3\n<!-- mtlint-disable wrong-term -->\nD4";
        assert!(!suppressed(text, "A1", Rule::WrongTerm));
        assert!(suppressed(text, "B2", Rule::WrongTerm));
        assert!(suppressed(text, "B2", Rule::Untranslated));
        assert!(!suppressed(text, "C3", Rule::WrongTerm));
        assert!(suppressed(text, "D4", Rule::WrongTerm));
        assert!(!suppressed(text, "D4", Rule::SpacedHyphen));
    }

    #[test]
    fn enabling_one_rule_inside_a_block_for_all() {
        let text = "<!-- mtlint-disable -->\nA1\n<!-- mtlint-enable wrong-term -->\nB2\n";
        assert!(suppressed(text, "A1", Rule::WrongTerm));
        assert!(!suppressed(text, "B2", Rule::WrongTerm));
        assert!(suppressed(text, "B2", Rule::SpacedHyphen));
    }

    #[test]
    fn findings_inside_a_directive_are_dropped() {
        let text = "<!-- mtlint-disable-next-line untranslated -->\ntexto\n";
        assert!(suppressed(text, "disable-next-line", Rule::Untranslated));
    }

    #[test]
    fn ordinary_comments_and_text_are_left_alone() {
        let text = "<!-- a note -->\nWanson mtlint-disable\n";
        let s = Suppressions::parse(text).unwrap();
        assert!(s.is_empty());
        assert!(!s.suppresses(&finding(text, "Wanson", Rule::WrongTerm)));
    }

    #[test]
    fn unknown_rules_and_directives_are_errors_with_their_offset() {
        let text = "ok\n<!-- mtlint-disable-next-line wrong-trem -->\n<!-- mtlint-disabel -->\n";
        let errors = Suppressions::parse(text).unwrap_err();
        assert_eq!(errors.len(), 2);
        assert_eq!(errors[0].offset, text.find("wrong-trem").unwrap());
        assert!(errors[0].message.contains("unknown rule `wrong-trem`"));
        assert_eq!(errors[1].offset, text.find("mtlint-disabel").unwrap());
    }

    #[test]
    fn unclosed_directive_is_an_error() {
        let errors = Suppressions::parse("x <!-- mtlint-disable").unwrap_err();
        assert_eq!(errors[0].offset, 2);
    }

    #[test]
    fn directive_on_the_last_line_covers_nothing_after() {
        let text = "Wanson <!-- mtlint-disable-next-line -->";
        assert!(!suppressed(text, "Wanson", Rule::WrongTerm));
    }
}
