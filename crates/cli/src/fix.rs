//! `--fix` and `--diff`: applying the Safe suggestions of findings to a text, writing the
//! result back (through [`crate::write`]), or showing it as a unified diff.
//!
//! Only the suggested byte ranges change, so everything else of the file (its byte-order
//! mark, its CRLF line endings, its trailing white space) is kept byte for byte.

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
    replacement: &'a str,
}

/// The Safe edits of `findings` that change `text`, left to right, none overlapping another
/// (at an overlap the one starting first wins; it came first in the text). Ranges that do
/// not fit the text are dropped rather than trusted.
fn safe_edits<'a>(text: &str, findings: &'a [Finding]) -> Vec<Edit<'a>> {
    let mut edits: Vec<Edit<'a>> = findings
        .iter()
        .filter_map(|f| {
            f.suggestions
                .iter()
                .find(|s| s.applicability == Applicability::Safe)
        })
        .map(|s| Edit {
            range: s.range,
            replacement: s.replacement.as_str(),
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

/// Applies edits (sorted, not overlapping) right to left, so earlier offsets stay valid.
fn apply(text: &str, edits: &[Edit<'_>]) -> String {
    let mut out = text.to_string();
    for edit in edits.iter().rev() {
        out.replace_range(edit.range.as_range(), edit.replacement);
    }
    out
}

/// Applies the Safe suggestions of `findings` (which `check` gave for `text`), checks the
/// result again and repeats until nothing is left to fix, so a second `--fix` run finds
/// nothing to change.
pub fn fix(text: &str, findings: Vec<Finding>, check: impl Fn(&str) -> Vec<Finding>) -> Fixed {
    let mut current = text.to_string();
    let mut findings = findings;
    let mut applied = 0;
    for _ in 0..MAX_ROUNDS {
        let edits = safe_edits(&current, &findings);
        if edits.is_empty() {
            break;
        }
        applied += edits.len();
        current = apply(&current, &edits);
        findings = check(&current);
    }
    Fixed {
        text: current,
        applied,
        remaining: findings,
    }
}

/// How long the search for the smallest diff of one file may take.
const DIFF_TIMEOUT: std::time::Duration = std::time::Duration::from_millis(500);

/// A unified diff (three lines of context) from `old` to `new`, with `name` in the
/// `---`/`+++` headers, as `patch -p0` reads it. Empty when nothing changes.
pub fn unified_diff(name: &str, old: &str, new: &str) -> String {
    if old == new {
        return String::new();
    }
    // Myers' diff takes time growing with the file times the changes: a file where every
    // line changes (40,000 fixed lines took 11 s) is cut short, into a diff that is
    // still correct but may be less small. Ordinary files finish far within the limit.
    similar::TextDiff::configure()
        .timeout(DIFF_TIMEOUT)
        .diff_lines(old, new)
        .unified_diff()
        .context_radius(3)
        .header(name, name)
        .missing_newline_hint(true)
        .to_string()
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
        }
    }

    #[test]
    fn safe_suggestions_apply_right_to_left() {
        let text = "a Coréia e a Coréia";
        let found = vec![
            finding(2, 9, "Coreia", Applicability::Safe),
            finding(14, 21, "Coreia", Applicability::Safe),
        ];
        let fixed = fix(text, found, |_| Vec::new());
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
        let fixed = fix(text, found, |_| Vec::new());
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
        let fixed = fix(text, found, |_| Vec::new());
        assert_eq!(fixed.text, "aXZef");
    }

    #[test]
    fn ranges_off_the_text_are_ignored() {
        let text = "é";
        let found = vec![
            finding(1, 2, "e", Applicability::Safe),
            finding(0, 9, "e", Applicability::Safe),
        ];
        assert_eq!(fix(text, found, |_| Vec::new()).text, "é");
    }

    #[test]
    fn diff_names_the_file_and_is_empty_without_changes() {
        let diff = unified_diff("a.txt", "um\ndois\n", "um\ntrês\n");
        assert!(
            diff.starts_with("--- a.txt\n+++ a.txt\n@@ -1,2 +1,2 @@\n"),
            "{diff}"
        );
        assert!(diff.contains("-dois\n+três\n"));
        assert_eq!(unified_diff("a.txt", "x", "x"), "");
    }
}
