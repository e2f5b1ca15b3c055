//! Where glossary entries are written, as places an editor can open: user glossaries as
//! they are, shipped ones as a read-only copy the server writes once per version into the
//! user's cache folder (they are built into the binary, not on disk).

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use lsp_types::{Location, Position, Range};
use mtlint_glossary::shipped;

const SHIPPED_PREFIX: &str = "<shipped>/";

/// The place of `origin` (a glossary entry's file, line, column; 1-based).
pub fn location(origin: &mtlint_glossary::Location) -> Option<Location> {
    let path = file_path(&origin.file)?;
    let uri = crate::uri::from_path(&path)?;
    let at = Position::new(
        origin.line.saturating_sub(1),
        origin.column.saturating_sub(1),
    );
    Some(Location::new(uri, Range::new(at, at)))
}

/// The file named `name` in a glossary location, as an absolute path.
fn file_path(name: &str) -> Option<PathBuf> {
    if let Some(rel) = name.strip_prefix(SHIPPED_PREFIX) {
        return shipped_copy().map(|dir| dir.join(rel));
    }
    let path = PathBuf::from(name);
    if path.is_absolute() {
        Some(path)
    } else {
        std::env::current_dir().ok().map(|cwd| cwd.join(path))
    }
}

/// The folder of the shipped glossaries' copy, written on first use.
fn shipped_copy() -> Option<PathBuf> {
    static DIR: OnceLock<Option<PathBuf>> = OnceLock::new();
    DIR.get_or_init(|| {
        let dir = cache_home()?
            .join("mtlint")
            .join(format!("shipped-glossaries-{}", env!("CARGO_PKG_VERSION")));
        write_shipped(&dir).ok()?;
        Some(dir)
    })
    .clone()
}

fn cache_home() -> Option<PathBuf> {
    let non_empty = |var| std::env::var_os(var).filter(|v| !v.is_empty());
    non_empty("XDG_CACHE_HOME")
        .map(PathBuf::from)
        .or_else(|| non_empty("HOME").map(|h| PathBuf::from(h).join(".cache")))
        .or_else(|| non_empty("LOCALAPPDATA").map(PathBuf::from))
}

/// Writes each shipped glossary not there yet; each file appears whole (written beside,
/// then renamed) and read-only, since edits to it would change nothing.
fn write_shipped(dir: &Path) -> std::io::Result<()> {
    for source in shipped::sources() {
        let Some(rel) = source.name.strip_prefix(SHIPPED_PREFIX) else {
            continue;
        };
        let path = dir.join(rel);
        if path.is_file() {
            continue;
        }
        let parent = path.parent().unwrap_or(dir);
        fs::create_dir_all(parent)?;
        let tmp = parent.join(format!(".{}.tmp", std::process::id()));
        let mut file = fs::File::create(&tmp)?;
        file.write_all(source.text.as_bytes())?;
        file.sync_all()?;
        let mut perms = file.metadata()?.permissions();
        perms.set_readonly(true);
        fs::set_permissions(&tmp, perms)?;
        fs::rename(&tmp, &path)?;
    }
    Ok(())
}
