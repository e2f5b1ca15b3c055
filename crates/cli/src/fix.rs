//! `--diff` on files: a fixed text shown as a unified diff. The fixing itself is the
//! session's (`mtlint_session::Session::fix_in`); writing a fixed file back is
//! [`crate::write`]'s.

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
}
