//! `--diff` on files: a fixed text shown as a unified diff. The fixing itself is the
//! session's (`mtlint_session::Session::fix_in`); writing a fixed file back is
//! [`crate::write`]'s.

use similar::udiff::UnifiedHunkHeader;
use similar::{group_diff_ops, DiffOp};

/// How long the search for the smallest diff may take when a fix added or removed lines.
const DIFF_TIMEOUT: std::time::Duration = std::time::Duration::from_millis(500);

/// Lines of context around each change, as `diff -u` gives.
const CONTEXT: usize = 3;

/// A unified diff (three lines of context) from `old` to `new`, with `name` in the
/// `---`/`+++` headers, as `patch -p0` reads it. Empty when nothing changes.
pub fn unified_diff(name: &str, old: &str, new: &str) -> String {
    if old == new {
        return String::new();
    }
    let old_lines: Vec<&str> = old.split_inclusive('\n').collect();
    let new_lines: Vec<&str> = new.split_inclusive('\n').collect();
    if old_lines.len() != new_lines.len() {
        return searched_diff(name, old, new);
    }
    // Fixes edit inside lines, so line i of the fixed text is line i of the file. Pairing
    // them gives in one pass the diff Myers' search finds on ordinary files (the tests
    // compare the two); the search needs a time limit on a file where every line changes,
    // and then the diff printed would depend on how busy the machine is.
    let ops = paired_lines(&old_lines, &new_lines);
    let mut out = format!("--- {name}\n+++ {name}\n");
    for hunk in group_diff_ops(ops, CONTEXT) {
        out.push_str(&format!("{}\n", UnifiedHunkHeader::new(&hunk)));
        for op in &hunk {
            for change in op.iter_changes(&old_lines, &new_lines) {
                let line = change.value();
                out.push_str(&format!("{}{line}", change.tag()));
                if !line.ends_with('\n') {
                    out.push_str("\n\\ No newline at end of file\n");
                }
            }
        }
    }
    out
}

/// Runs of equal and of changed lines, pairing line i with line i.
fn paired_lines(old: &[&str], new: &[&str]) -> Vec<DiffOp> {
    let mut ops = Vec::new();
    let mut start = 0;
    while start < old.len() {
        let same = old[start] == new[start];
        let end = (start..old.len())
            .find(|&i| (old[i] == new[i]) != same)
            .unwrap_or(old.len());
        let len = end - start;
        ops.push(if same {
            DiffOp::Equal {
                old_index: start,
                new_index: start,
                len,
            }
        } else {
            DiffOp::Replace {
                old_index: start,
                old_len: len,
                new_index: start,
                new_len: len,
            }
        });
        start = end;
    }
    ops
}

/// The smallest diff by Myers' search, for fixes that add or remove lines (none of the
/// shipped fixes does). Its time grows with the file times the changes (40,000 changed
/// lines took 11 s), so it is cut short into a diff that is still correct.
fn searched_diff(name: &str, old: &str, new: &str) -> String {
    similar::TextDiff::configure()
        .timeout(DIFF_TIMEOUT)
        .diff_lines(old, new)
        .unified_diff()
        .context_radius(CONTEXT)
        .header(name, name)
        .missing_newline_hint(true)
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

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

    /// Myers' diff without a time limit: what `--diff` printed before lines were paired.
    fn searched(old: &str, new: &str) -> String {
        similar::TextDiff::from_lines(old, new)
            .unified_diff()
            .context_radius(CONTEXT)
            .header("f", "f")
            .missing_newline_hint(true)
            .to_string()
    }

    #[test]
    fn paired_lines_give_the_searched_diff_on_ordinary_fixes() {
        let old: String = (0..2000).map(|i| format!("linha {i} , texto\n")).collect();
        let new: String = (0..2000)
            .map(|i| match i % 7 {
                0 => format!("linha {i}, texto\n"),
                _ => format!("linha {i} , texto\n"),
            })
            .collect();
        assert_eq!(unified_diff("f", &old, &new), searched(&old, &new));
        for (old, new) in [
            ("a\nb", "a\nc"),
            ("a\nb\n", "a\nc"),
            ("a", "b"),
            (
                "um\ndois\ntrês\nquatro\ncinco\nseis\nsete\noito\nnove\n",
                "um\ndois\ntrês\nquatro\ncinco\nseis\nsete\noito\nnove!\n",
            ),
        ] {
            assert_eq!(unified_diff("f", old, new), searched(old, new), "{old:?}");
        }
    }

    #[test]
    fn a_file_where_every_line_changes_gets_every_line_in_its_diff() {
        let old: String = (0..40_000).map(|i| format!("{i} ,\n")).collect();
        let new: String = (0..40_000).map(|i| format!("{i},\n")).collect();
        let diff = unified_diff("f", &old, &new);
        assert_eq!(diff.lines().filter(|l| l.starts_with('-')).count(), 40_001);
        assert_eq!(diff.lines().filter(|l| l.starts_with('+')).count(), 40_001);
        assert!(
            diff.contains("@@ -1,40000 +1,40000 @@\n-0 ,\n"),
            "{}",
            &diff[..80]
        );
    }
}
