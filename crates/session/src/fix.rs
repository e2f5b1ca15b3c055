//! Fixing: applying the Safe suggestions of findings to a text, checking it again, and
//! repeating until nothing safe is left.
//!
//! Only the suggested byte ranges change, so everything else of the file (its byte-order
//! mark, its CRLF line endings, its trailing white space) is kept byte for byte.

use std::borrow::Cow;

use mtlint_check::{Applicability, ByteRange, Finding};

/// Rounds of check-and-fix on one text: a fix can reveal another (a spelling fixed inside
/// a name the glossary then recognises). Past this, what is left is reported, not fixed.
const MAX_ROUNDS: usize = 8;

/// A text after fixing.
#[derive(Debug)]
pub struct Fixed {
    pub text: String,
    /// How many suggestions were applied, over all rounds.
    pub applied: usize,
    /// The findings left in `text` (positions point into `text`).
    pub remaining: Vec<Finding>,
}

/// One edit: replace `range` of the text by `replacement`.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Edit<'a> {
    range: ByteRange,
    /// As written into the file (escaped for a bilingual format).
    replacement: Cow<'a, str>,
}

/// The Safe edits of `findings` that change `text`, left to right, none overlapping another
/// (at an overlap the one starting first wins; it came first in the text). Ranges that do
/// not fit the text are dropped rather than trusted.
fn safe_edits<'a>(
    text: &str,
    findings: &'a [Finding],
    escape: &impl Fn(&'a str) -> Cow<'a, str>,
) -> Vec<Edit<'a>> {
    let mut edits: Vec<Edit<'a>> = findings
        .iter()
        .filter_map(|f| {
            f.suggestions
                .iter()
                .find(|s| s.applicability == Applicability::Safe)
        })
        .map(|s| Edit {
            range: s.range,
            replacement: escape(&s.replacement),
        })
        .filter(|e| fits(text, e.range) && text[e.range.as_range()] != *e.replacement)
        .collect();
    edits.sort_by_key(|e| (e.range.start, e.range.end));
    let mut kept: Vec<Edit<'a>> = Vec::with_capacity(edits.len());
    for edit in edits {
        match kept.last() {
            // Overlapping; or two insertions at one point, whose order would be a guess.
            Some(last) if last.range.end > edit.range.start || last.range == edit.range => {}
            _ => kept.push(edit),
        }
    }
    kept
}

fn fits(text: &str, range: ByteRange) -> bool {
    range.start <= range.end
        && range.end <= text.len()
        && text.is_char_boundary(range.start)
        && text.is_char_boundary(range.end)
}

/// Applies edits (sorted, not overlapping) in one pass over the text: linear in the
/// text's length however many edits there are.
fn apply(text: &str, edits: &[Edit<'_>]) -> String {
    let grown: usize = edits.iter().map(|e| e.replacement.len()).sum();
    let mut out = String::with_capacity(text.len() + grown);
    let mut at = 0;
    for edit in edits {
        out.push_str(&text[at..edit.range.start]);
        out.push_str(&edit.replacement);
        at = edit.range.end;
    }
    out.push_str(&text[at..]);
    out
}

/// Applies the Safe suggestions of `findings` (which `check` gave for `text`), checks the
/// result again and repeats until nothing is left to fix, so a second fix finds nothing to
/// change. `escape` writes a replacement as the file's format needs; `check` returns
/// `None` when the check failed or was cancelled, and so does `fix`.
pub fn fix(
    text: &str,
    findings: Vec<Finding>,
    escape: impl Fn(&str) -> Cow<'_, str>,
    mut check: impl FnMut(&str) -> Option<Vec<Finding>>,
) -> Option<Fixed> {
    let mut current = text.to_string();
    let mut findings = findings;
    let mut applied = 0;
    for _ in 0..MAX_ROUNDS {
        let edits = safe_edits(&current, &findings, &escape);
        if edits.is_empty() {
            break;
        }
        applied += edits.len();
        current = apply(&current, &edits);
        drop(edits);
        findings = check(&current)?;
    }
    Some(Fixed {
        text: current,
        applied,
        remaining: findings,
    })
}

#[cfg(test)]
mod tests {
    use mtlint_check::{Rule, Severity, Suggestion};

    use super::*;

    fn finding(
        start: usize,
        end: usize,
        replacement: &str,
        applicability: Applicability,
    ) -> Finding {
        let range = ByteRange::new(start, end);
        Finding {
            rule: Rule::WrongTerm,
            severity: Severity::Error,
            range,
            message: String::new(),
            suggestions: vec![Suggestion {
                range,
                replacement: replacement.to_string(),
                applicability,
            }],
            term: None,
            note: None,
            confidence: None,
            segment: None,
            related: Vec::new(),
        }
    }

    #[test]
    fn safe_suggestions_apply_right_to_left() {
        let text = "a Coréia e a Coréia";
        let found = vec![
            finding(2, 9, "Coreia", Applicability::Safe),
            finding(14, 21, "Coreia", Applicability::Safe),
        ];
        let fixed =
            fix(text, found, |s| Cow::Borrowed(s), |_| Some(Vec::new())).expect("not cancelled");
        assert_eq!(fixed.text, "a Coreia e a Coreia");
        assert_eq!(fixed.applied, 2);
    }

    #[test]
    fn unsafe_and_display_only_are_left_alone() {
        let text = "a Coréia";
        let found = vec![
            finding(2, 9, "Coreia", Applicability::Unsafe),
            finding(2, 9, "Coreia", Applicability::DisplayOnly),
        ];
        let fixed =
            fix(text, found, |s| Cow::Borrowed(s), |_| Some(Vec::new())).expect("not cancelled");
        assert_eq!(fixed.text, text);
        assert_eq!(fixed.applied, 0);
    }

    #[test]
    fn overlapping_edits_keep_the_first() {
        let text = "abcdef";
        let found = vec![
            finding(1, 4, "X", Applicability::Safe),
            finding(2, 5, "Y", Applicability::Safe),
            finding(4, 4, "Z", Applicability::Safe),
        ];
        let fixed =
            fix(text, found, |s| Cow::Borrowed(s), |_| Some(Vec::new())).expect("not cancelled");
        assert_eq!(fixed.text, "aXZef");
    }

    #[test]
    fn ranges_off_the_text_are_ignored() {
        let text = "é";
        let found = vec![
            finding(1, 2, "e", Applicability::Safe),
            finding(0, 9, "e", Applicability::Safe),
        ];
        assert_eq!(
            fix(text, found, |s| Cow::Borrowed(s), |_| Some(Vec::new()))
                .expect("not cancelled")
                .text,
            "é"
        );
    }
}

#[cfg(test)]
mod many_edits {
    use super::*;

    #[test]
    fn many_edits_apply_in_one_pass() {
        let text = "a -b ".repeat(10_000);
        let edits: Vec<Edit<'_>> = text
            .match_indices(" -")
            .map(|(i, _)| Edit {
                range: ByteRange::new(i, i + 1),
                replacement: Cow::Borrowed(""),
            })
            .collect();
        assert_eq!(apply(&text, &edits), "a-b ".repeat(10_000));
    }
}
