//! `--fix` and `--diff` on files: writing a fixed text back atomically, or showing it as a
//! unified diff. The fixing itself is the session's (`mtlint_session::Session::fix`).

use std::io::Write;
use std::path::Path;

/// Replaces the file at `path` by `text` atomically: written to a temporary file in the
/// same folder, given the file's permissions, then renamed over it, so a crash leaves
/// either the old file or the new one, never half of one. A symbolic link is followed
/// and its target replaced.
pub fn write_atomically(path: &Path, text: &str) -> std::io::Result<()> {
    let target = std::fs::canonicalize(path)?;
    let permissions = std::fs::metadata(&target)?.permissions();
    let folder = target.parent().unwrap_or_else(|| Path::new("."));
    let mut tmp = tempfile::Builder::new()
        .prefix(".mtlint-fix-")
        .tempfile_in(folder)?;
    tmp.write_all(text.as_bytes())?;
    tmp.as_file().sync_all()?;
    std::fs::set_permissions(tmp.path(), permissions)?;
    tmp.persist(&target).map_err(|e| e.error)?;
    Ok(())
}

/// A unified diff (three lines of context) from `old` to `new`, with `name` in the
/// `---`/`+++` headers, as `patch -p0` reads it. Empty when nothing changes.
pub fn unified_diff(name: &str, old: &str, new: &str) -> String {
    if old == new {
        return String::new();
    }
    similar::TextDiff::from_lines(old, new)
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
