//! `--output FILE`: a report written to a file, atomically.

use std::io::Write;
use std::path::Path;

/// Writes `bytes` to `path` through a temporary file in the same folder renamed over it,
/// so the file holds either the previous report or the whole new one, never a part. A
/// symbolic link is followed and its target replaced; an existing file keeps its
/// permissions.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let target = match std::fs::canonicalize(path) {
        Ok(existing) => existing,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => path.to_path_buf(),
        Err(e) => return Err(e),
    };
    let folder = match target.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    if !folder.is_dir() {
        // Said plainly, rather than through the temporary file's name.
        return Err(std::io::Error::new(
            std::io::ErrorKind::NotFound,
            format!("no folder {}", folder.display()),
        ));
    }
    let mut tmp = tempfile::Builder::new()
        .prefix(".mtlint-report-")
        .tempfile_in(folder)?;
    tmp.write_all(bytes)?;
    tmp.as_file().sync_all()?;
    match std::fs::metadata(&target) {
        Ok(meta) => std::fs::set_permissions(tmp.path(), meta.permissions())?,
        // A temporary file is private (0600); a new report is as readable as any file.
        Err(_) => set_new_file_mode(tmp.path())?,
    }
    tmp.persist(&target).map_err(|e| e.error)?;
    Ok(())
}

#[cfg(unix)]
fn set_new_file_mode(path: &Path) -> std::io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o644))
}

#[cfg(not(unix))]
fn set_new_file_mode(_path: &Path) -> std::io::Result<()> {
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn creates_and_replaces_whole_files() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("report.html");
        write_atomically(&path, b"first").expect("write");
        write_atomically(&path, b"second").expect("replace");
        assert_eq!(std::fs::read(&path).expect("read"), b"second");
        let left: Vec<_> = std::fs::read_dir(dir.path()).expect("list").collect();
        assert_eq!(left.len(), 1, "no temporary file is left behind");
    }

    #[test]
    fn a_missing_folder_is_an_error_not_a_panic() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("no/such/folder/report.html");
        assert!(write_atomically(&path, b"x").is_err());
    }
}
