//! Writing a file the user named (`--fix`, `-o`, `--write-baseline`) without ever losing
//! it or leaving half of it.
//!
//! - A regular file is replaced atomically: the text goes to a temporary file
//!   `.mtlint-tmp-*` in the same folder, which gets the file's mode and owner, then is
//!   renamed over it (a crash leaves the old file or the new one, and at worst a stray
//!   temporary file, named so users know it is mtlint's; the next run that writes in that
//!   folder removes it once it is an hour old: [`stale`]).
//! - A symbolic link is followed: its target is replaced, the link kept.
//! - A character device or a FIFO (`/dev/null`, `/dev/stdout`, a named pipe) is written
//!   through, never renamed over.
//! - A path that does not exist yet becomes a new file (mode 0666 less the umask).
//! - Anything else (a folder, a block device, a socket, a dangling link), a read-only file
//!   and a file whose owner cannot be kept are refused with an error, the file untouched.

#[cfg(unix)]
mod stale;

use std::fs::{File, Metadata};
use std::io::Write;
use std::path::{Path, PathBuf};

/// The name every temporary file starts with.
pub const TEMP_PREFIX: &str = ".mtlint-tmp-";

/// Why a file was not written. The caller names the file.
#[derive(Debug, thiserror::Error)]
pub enum WriteError {
    #[error("{0}")]
    Io(#[from] std::io::Error),
    #[error("it is read-only; not rewritten")]
    ReadOnly,
    #[error("it changed while mtlint ran; not rewritten (run again)")]
    Changed,
    #[error("it is {0}, which mtlint does not write to")]
    Unsupported(&'static str),
    #[error("it is a link to a file that does not exist")]
    DanglingLink,
    #[error("cannot keep its owner ({0}); not rewritten")]
    Owner(std::io::Error),
}

/// Writes `bytes` to `path` as the module says. With `expected`, a regular file is
/// replaced only if it still holds exactly `expected` (what was read before fixing it).
pub fn write_file(path: &Path, bytes: &[u8], expected: Option<&[u8]>) -> Result<(), WriteError> {
    // `metadata` follows links, so `/dev/stdout` is seen as the pipe or terminal it is.
    let meta = match std::fs::metadata(path) {
        Ok(meta) => meta,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            if std::fs::symlink_metadata(path).is_ok() {
                return Err(WriteError::DanglingLink);
            }
            return create(path, bytes);
        }
        Err(e) => return Err(e.into()),
    };
    let kind = meta.file_type();
    if kind.is_file() {
        let target = std::fs::canonicalize(path)?;
        return replace(&target, &meta, bytes, expected);
    }
    if is_device_or_fifo(&meta) {
        let mut file = std::fs::OpenOptions::new().write(true).open(path)?;
        file.write_all(bytes)?;
        file.flush()?;
        return Ok(());
    }
    Err(WriteError::Unsupported(describe(&meta)))
}

#[cfg(unix)]
fn is_device_or_fifo(meta: &Metadata) -> bool {
    use std::os::unix::fs::FileTypeExt;
    let kind = meta.file_type();
    kind.is_char_device() || kind.is_fifo()
}

#[cfg(not(unix))]
fn is_device_or_fifo(_meta: &Metadata) -> bool {
    false
}

fn describe(meta: &Metadata) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        let kind = meta.file_type();
        if kind.is_block_device() {
            return "a block device";
        }
        if kind.is_socket() {
            return "a socket";
        }
    }
    if meta.is_dir() {
        "a folder"
    } else {
        "not a regular file"
    }
}

/// The folder of `path`, `.` for a bare file name.
fn folder_of(path: &Path) -> PathBuf {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

fn temp_in(folder: &Path) -> std::io::Result<tempfile::NamedTempFile> {
    let mut builder = tempfile::Builder::new();
    builder.prefix(TEMP_PREFIX);
    #[cfg(unix)]
    builder.rand_bytes(stale::RANDOM_CHARS);
    // A new file gets 0666 less the umask, as any program creating it would give.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(std::fs::Permissions::from_mode(0o666));
    }
    let tmp = builder.tempfile_in(folder)?;
    // Our own file tells whose leftovers are ours to remove.
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        stale::clean_once(folder, tmp.as_file().metadata()?.uid());
    }
    Ok(tmp)
}

/// A new file at `path`.
fn create(path: &Path, bytes: &[u8]) -> Result<(), WriteError> {
    let mut tmp = temp_in(&folder_of(path))?;
    tmp.write_all(bytes)?;
    tmp.as_file().sync_all()?;
    tmp.persist(path).map_err(|e| e.error)?;
    Ok(())
}

/// Replaces the regular file `target` (no link), whose metadata is `meta`.
fn replace(
    target: &Path,
    meta: &Metadata,
    bytes: &[u8],
    expected: Option<&[u8]>,
) -> Result<(), WriteError> {
    if meta.permissions().readonly() {
        return Err(WriteError::ReadOnly);
    }
    let mut tmp = temp_in(&folder_of(target))?;
    tmp.write_all(bytes)?;
    keep_owner(tmp.as_file(), meta)?;
    // After the owner: changing the owner clears the set-user-ID and set-group-ID bits.
    tmp.as_file().set_permissions(meta.permissions())?;
    tmp.as_file().sync_all()?;
    if let Some(expected) = expected {
        if std::fs::read(target)? != expected {
            return Err(WriteError::Changed);
        }
    }
    tmp.persist(target).map_err(|e| e.error)?;
    Ok(())
}

/// Gives the temporary file the owner and group of the file it replaces (possible for
/// root, or for a group the user is in); an error if they would change.
#[cfg(unix)]
fn keep_owner(tmp: &File, meta: &Metadata) -> Result<(), WriteError> {
    use std::os::unix::fs::MetadataExt;
    let ours = tmp.metadata()?;
    if ours.uid() == meta.uid() && ours.gid() == meta.gid() {
        return Ok(());
    }
    std::os::unix::fs::fchown(tmp, Some(meta.uid()), Some(meta.gid())).map_err(WriteError::Owner)
}

#[cfg(not(unix))]
fn keep_owner(_tmp: &File, _meta: &Metadata) -> Result<(), WriteError> {
    Ok(())
}

#[cfg(all(test, unix))]
mod tests {
    use std::os::unix::fs::{FileTypeExt, MetadataExt, PermissionsExt};

    use super::*;

    fn temp() -> tempfile::TempDir {
        tempfile::tempdir().expect("temp dir")
    }

    fn leftovers(dir: &Path) -> Vec<String> {
        std::fs::read_dir(dir)
            .expect("list")
            .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
            .filter(|n| n.starts_with(TEMP_PREFIX))
            .collect()
    }

    /// A device node like /dev/null (1, 3) or /dev/full (1, 7), made in `dir`.
    fn mknod(dir: &Path, name: &str, minor: u32) -> PathBuf {
        let path = dir.join(name);
        let status = std::process::Command::new("mknod")
            .arg(&path)
            .args(["c", "1", &minor.to_string()])
            .status()
            .expect("mknod runs");
        assert!(status.success(), "mknod (the tests run as root)");
        path
    }

    #[test]
    fn a_regular_file_is_replaced_keeping_mode_and_owner() {
        let dir = temp();
        let path = dir.path().join("a.toml");
        std::fs::write(&path, "old").expect("write");
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o640)).expect("chmod");
        std::os::unix::fs::chown(&path, Some(1234), Some(5678)).expect("chown (as root)");
        write_file(&path, b"new", None).expect("written");
        assert_eq!(std::fs::read(&path).expect("read"), b"new");
        let meta = std::fs::metadata(&path).expect("stat");
        assert_eq!(meta.permissions().mode() & 0o7777, 0o640);
        assert_eq!((meta.uid(), meta.gid()), (1234, 5678));
        assert!(leftovers(dir.path()).is_empty());
    }

    #[test]
    fn a_link_keeps_being_a_link_to_the_new_text() {
        let dir = temp();
        let target = dir.path().join("real.csv");
        let link = dir.path().join("link.csv");
        std::fs::write(&target, "old").expect("write");
        std::os::unix::fs::symlink("real.csv", &link).expect("symlink");
        write_file(&link, b"new", None).expect("written");
        assert!(std::fs::symlink_metadata(&link)
            .expect("lstat")
            .file_type()
            .is_symlink());
        assert_eq!(std::fs::read(&target).expect("read"), b"new");
    }

    #[test]
    fn a_device_is_written_through_not_replaced() {
        let dir = temp();
        let null = mknod(dir.path(), "null", 3);
        write_file(&null, b"text", None).expect("written to the device");
        let meta = std::fs::metadata(&null).expect("stat");
        assert!(meta.file_type().is_char_device(), "still a device");
        let full = mknod(dir.path(), "full", 7);
        let err = write_file(&full, b"text", None).expect_err("a full device");
        assert!(err.to_string().contains("No space left"), "{err}");
        assert!(std::fs::metadata(&full)
            .expect("stat")
            .file_type()
            .is_char_device());
        assert!(leftovers(dir.path()).is_empty());
    }

    #[test]
    fn a_fifo_is_written_through() {
        let dir = temp();
        let fifo = dir.path().join("pipe");
        let status = std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .expect("mkfifo runs");
        assert!(status.success());
        let reader_path = fifo.clone();
        let reader = std::thread::spawn(move || std::fs::read(reader_path).expect("read fifo"));
        write_file(&fifo, b"through", None).expect("written");
        assert_eq!(reader.join().expect("reader"), b"through");
        assert!(std::fs::metadata(&fifo)
            .expect("stat")
            .file_type()
            .is_fifo());
    }

    #[test]
    fn folders_dangling_links_and_read_only_files_are_refused() {
        let dir = temp();
        let err = write_file(dir.path(), b"x", None).expect_err("a folder");
        assert!(matches!(err, WriteError::Unsupported("a folder")), "{err}");
        let dangling = dir.path().join("dangling");
        std::os::unix::fs::symlink("nowhere", &dangling).expect("symlink");
        assert!(matches!(
            write_file(&dangling, b"x", None),
            Err(WriteError::DanglingLink)
        ));
        let locked = dir.path().join("locked.txt");
        std::fs::write(&locked, "old").expect("write");
        std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o444)).expect("chmod");
        assert!(matches!(
            write_file(&locked, b"new", None),
            Err(WriteError::ReadOnly)
        ));
        assert_eq!(std::fs::read(&locked).expect("read"), b"old");
        assert!(leftovers(dir.path()).is_empty());
    }

    #[test]
    fn a_file_changed_since_it_was_read_is_not_replaced() {
        let dir = temp();
        let path = dir.path().join("a.txt");
        std::fs::write(&path, "edited meanwhile").expect("write");
        let err = write_file(&path, b"fixed", Some(b"as read")).expect_err("changed");
        assert!(matches!(err, WriteError::Changed));
        assert_eq!(std::fs::read(&path).expect("read"), b"edited meanwhile");
        write_file(&path, b"fixed", Some(b"edited meanwhile")).expect("unchanged");
        assert_eq!(std::fs::read(&path).expect("read"), b"fixed");
        assert!(leftovers(dir.path()).is_empty());
    }

    #[test]
    fn a_new_file_gets_the_permissions_of_an_ordinary_new_file() {
        let dir = temp();
        let ordinary = dir.path().join("ordinary");
        std::fs::write(&ordinary, "x").expect("write");
        let written = dir.path().join("written.toml");
        write_file(&written, b"x", None).expect("written");
        let mode = |p: &Path| std::fs::metadata(p).expect("metadata").permissions().mode() & 0o777;
        assert_eq!(mode(&written), mode(&ordinary));
    }

    #[test]
    fn a_missing_folder_fails_cleanly() {
        let dir = temp();
        let path = dir.path().join("no/such/out.toml");
        assert!(write_file(&path, b"x", None).is_err());
        assert!(!path.exists());
    }
}
