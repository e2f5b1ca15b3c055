//! Temporary files a killed run left behind (`kill -9` between creating its temporary file
//! and renaming it over the file it writes): removed the next time mtlint writes in the same
//! folder, once per folder and run. Only a file that is certainly such a leftover goes:
//!
//! - its name is [`TEMP_PREFIX`] and exactly [`RANDOM_CHARS`] letters or digits, as
//!   [`super::temp_in`] names them;
//! - it is a regular file (not a link or a folder) owned by the user running mtlint;
//! - it was last modified over [`STALE_AFTER`] ago: a write in progress takes seconds.
//!
//! Anything else is left alone; an error (a folder that cannot be listed, a file that
//! cannot be removed) only means the leftover stays, as it did before.

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, OnceLock, PoisonError};
use std::time::{Duration, SystemTime};

use super::TEMP_PREFIX;

/// How many random characters follow the prefix in a temporary file's name.
pub const RANDOM_CHARS: usize = 6;

/// Age past which a temporary file is a leftover, not a write in progress.
pub const STALE_AFTER: Duration = Duration::from_secs(60 * 60);

/// Removes the leftovers of `folder` owned by `uid`, the first time it is asked for that
/// folder in this run (`--fix` on a folder of many files lists it once).
pub fn clean_once(folder: &Path, uid: u32) {
    static DONE: OnceLock<Mutex<HashSet<PathBuf>>> = OnceLock::new();
    let first = DONE
        .get_or_init(Mutex::default)
        .lock()
        .unwrap_or_else(PoisonError::into_inner)
        .insert(folder.to_path_buf());
    if first {
        let _ = remove_leftovers(folder, uid, SystemTime::now());
    }
}

/// Removes the leftovers of `folder` owned by `uid` as of `now`; returns how many.
fn remove_leftovers(folder: &Path, uid: u32, now: SystemTime) -> std::io::Result<usize> {
    let mut removed = 0;
    for entry in std::fs::read_dir(folder)? {
        let Ok(entry) = entry else { continue };
        let name = entry.file_name();
        if !is_temp_name(&name.to_string_lossy()) {
            continue;
        }
        let path = entry.path();
        // Not followed: a link of that name is not ours to judge.
        let Ok(meta) = std::fs::symlink_metadata(&path) else {
            continue;
        };
        if is_leftover(&meta, uid, now) && std::fs::remove_file(&path).is_ok() {
            removed += 1;
        }
    }
    Ok(removed)
}

fn is_temp_name(name: &str) -> bool {
    name.strip_prefix(TEMP_PREFIX).is_some_and(|rest| {
        rest.len() == RANDOM_CHARS && rest.bytes().all(|b| b.is_ascii_alphanumeric())
    })
}

fn is_leftover(meta: &std::fs::Metadata, uid: u32, now: SystemTime) -> bool {
    use std::os::unix::fs::MetadataExt;
    let old = meta
        .modified()
        .ok()
        .and_then(|at| now.duration_since(at).ok())
        .is_some_and(|age| age > STALE_AFTER);
    meta.file_type().is_file() && meta.uid() == uid && old
}

#[cfg(test)]
mod tests {
    use std::fs::File;
    use std::os::unix::fs::MetadataExt;

    use super::*;

    /// A file named `name` in `dir`, last modified `age` ago.
    fn file(dir: &Path, name: &str, age: Duration) -> PathBuf {
        let path = dir.join(name);
        let f = File::create(&path).expect("create");
        f.set_modified(SystemTime::now() - age).expect("set mtime");
        path
    }

    const HOURS_2: Duration = Duration::from_secs(2 * 60 * 60);

    #[test]
    fn only_old_temporary_files_of_ours_are_removed() {
        let dir = tempfile::tempdir().expect("temp dir");
        let d = dir.path();
        let uid = std::fs::metadata(d).expect("stat").uid();
        let stale = file(d, ".mtlint-tmp-aB3xY9", HOURS_2);
        let fresh = file(d, ".mtlint-tmp-Qw12er", Duration::from_secs(60));
        let kept = [
            // Not our names: too short, too long, another character, another prefix.
            file(d, ".mtlint-tmp-abc", HOURS_2),
            file(d, ".mtlint-tmp-abcdefg", HOURS_2),
            file(d, ".mtlint-tmp-ab_def", HOURS_2),
            file(d, ".mtlint-tmp-abcdef.bak", HOURS_2),
            file(d, "mtlint-tmp-abcdef", HOURS_2),
            file(d, "notes.txt", HOURS_2),
        ];
        // Someone else's file of our name (the tests run as root, who can chown).
        let theirs = file(d, ".mtlint-tmp-Other1", HOURS_2);
        std::os::unix::fs::chown(&theirs, Some(uid + 4321), None).expect("chown (as root)");
        // A folder and a link of our name.
        std::fs::create_dir(d.join(".mtlint-tmp-Folder")).expect("mkdir");
        std::os::unix::fs::symlink(&stale, d.join(".mtlint-tmp-Link12")).expect("symlink");

        let removed = remove_leftovers(d, uid, SystemTime::now()).expect("listed");
        assert_eq!(removed, 1);
        assert!(!stale.exists(), "the old leftover is removed");
        for path in kept.iter().chain([&fresh, &theirs]) {
            assert!(path.exists(), "{} kept", path.display());
        }
        assert!(d.join(".mtlint-tmp-Folder").is_dir());
        assert!(std::fs::symlink_metadata(d.join(".mtlint-tmp-Link12")).is_ok());
    }

    #[test]
    fn writing_in_a_folder_removes_its_leftovers_once() {
        let dir = tempfile::tempdir().expect("temp dir");
        let d = dir.path();
        let stale = file(d, ".mtlint-tmp-Kill9x", HOURS_2);
        super::super::write_file(&d.join("a.txt"), b"new", None).expect("written");
        assert!(!stale.exists(), "the leftover of a killed run is gone");
        assert_eq!(std::fs::read(d.join("a.txt")).expect("read"), b"new");
        // Once per folder and run: a leftover made later stays until the next run.
        let later = file(d, ".mtlint-tmp-Kill9y", HOURS_2);
        super::super::write_file(&d.join("a.txt"), b"newer", None).expect("written");
        assert!(later.exists());
    }
}
