//! Paths compared by name: made absolute and tidied without touching the file system.

use std::path::{Component, Path, PathBuf};

/// `path` made absolute against the current folder, `.` and `..` resolved by name (the
/// file need not exist, and symlinks are left alone).
pub fn absolute(path: &Path) -> PathBuf {
    let joined = if path.is_absolute() {
        path.to_path_buf()
    } else {
        std::env::current_dir()
            .map(|cwd| cwd.join(path))
            .unwrap_or_else(|_| path.to_path_buf())
    };
    normalize(&joined)
}

/// `.` and `..` resolved by name, without touching the file system (the file may not
/// exist, and symlinks should not change a reported name).
pub fn normalize(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for part in path.components() {
        match part {
            Component::CurDir => {}
            Component::ParentDir => {
                out.pop();
            }
            other => out.push(other),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resolves_dots_by_name() {
        assert_eq!(normalize(Path::new("/a/./b/../c")), PathBuf::from("/a/c"));
        assert!(absolute(Path::new("x/../y")).ends_with("y"));
        assert!(absolute(Path::new("x")).is_absolute());
    }
}
