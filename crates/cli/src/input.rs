//! Turning the paths on the command line into texts to check.

use std::path::{Path, PathBuf};

use mtlint_check::DocumentKind;
use mtlint_glossary::read::{self, ReadError};
use mtlint_session::InputFormat;

use crate::args::InputChoice;

/// A text to check, by the name it is reported under.
#[derive(Debug)]
pub struct Input {
    pub name: String,
    pub text: String,
}

/// Why a path yields no text. `Skipped` is a notice; the others are errors.
#[derive(Debug, thiserror::Error)]
pub enum InputError {
    #[error("{name}: {source}")]
    Io {
        name: String,
        #[source]
        source: std::io::Error,
    },
    #[error("{name}:{line}:{column}: not valid UTF-8 (mtlint reads UTF-8 text only)")]
    NotUtf8 {
        name: String,
        line: usize,
        column: usize,
    },
    #[error("{name}: binary file (it contains NUL bytes), not checked")]
    Binary { name: String },
    #[error("{name}: UTF-16 text, not checked (mtlint reads UTF-8 only: convert it, e.g. `iconv -f UTF-16 -t UTF-8`)")]
    Utf16 { name: String },
    #[error("{name}: {message}")]
    TooLarge { name: String, message: String },
    #[error("{name}: cannot read this folder: {source}")]
    Folder {
        name: String,
        #[source]
        source: std::io::Error,
    },
    #[error("{name}: empty file, nothing to check")]
    Empty { name: String },
}

impl InputError {
    /// Whether this is only worth a notice: an empty file is not a failure.
    pub fn is_notice(&self) -> bool {
        matches!(self, InputError::Empty { .. })
    }
}

/// Extensions of the files a folder is searched for: text, Markdown, and the bilingual
/// formats that hold nothing but translations (a CSV or JSONL file may be anything).
const TEXT_EXTENSIONS: [&str; 7] = ["txt", "md", "markdown", "po", "xlf", "xliff", "tmx"];

/// The files named on the command line, folders expanded to the text, Markdown and
/// bilingual files below them (in path order), skipping hidden files and what `.gitignore` (and `.ignore`)
/// files exclude. A file named explicitly is always checked. `-` stands for stdin.
/// A folder (or a folder below it) that cannot be read stays in the list, so reading it
/// fails and the run reports the error and exits with 2; its other files are checked.
pub fn expand(paths: &[PathBuf]) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for path in paths {
        if path.is_dir() {
            let mut found = walk(path);
            found.sort();
            out.extend(found);
        } else {
            out.push(path.clone());
        }
    }
    out
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let walker = ignore::WalkBuilder::new(dir)
        .hidden(true)
        // A .gitignore in a checked folder says what is not text to check, git or not.
        .require_git(false)
        .build();
    for entry in walker {
        match entry {
            Ok(entry) if entry.file_type().is_some_and(|t| t.is_file()) => {
                let path = entry.into_path();
                if path
                    .extension()
                    .is_some_and(|e| TEXT_EXTENSIONS.iter().any(|t| e == *t))
                {
                    found.push(path);
                }
            }
            Ok(_) => {}
            Err(e) if e.io_error().is_some() => {
                found.push(unreadable(&e).unwrap_or_else(|| dir.to_path_buf()));
            }
            Err(e) => crate::error::notice(&format!("warning: {e}")),
        }
    }
    found
}

/// The path a walking error is about, if it names one.
fn unreadable(e: &ignore::Error) -> Option<PathBuf> {
    match e {
        ignore::Error::WithPath { path, .. } => Some(path.clone()),
        ignore::Error::WithDepth { err, .. } | ignore::Error::WithLineNumber { err, .. } => {
            unreadable(err)
        }
        _ => None,
    }
}

/// How a file is written, before its source (if any) is joined to it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Text(DocumentKind),
    Bilingual(InputFormat),
}

/// How a file is written: as `--input-format` says; else by its extension (`.md` and
/// `.markdown` are Markdown, `.txt` plain text, `.po`, `.xlf`, `.tmx`, `.csv`, `.jsonl`…
/// bilingual); else, for stdin and other extensions, by its content (a PO, XLIFF, TMX or
/// JSONL file shows what it is), plain text failing that.
pub fn kind_of(path: &Path, text: &str, choice: Option<InputChoice>) -> Kind {
    match choice {
        Some(InputChoice::Text) => return Kind::Text(DocumentKind::PlainText),
        Some(InputChoice::Markdown) => return Kind::Text(DocumentKind::Markdown),
        Some(InputChoice::Bilingual(format)) => return Kind::Bilingual(format),
        None => {}
    }
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or_default();
    if ext.eq_ignore_ascii_case("md") || ext.eq_ignore_ascii_case("markdown") {
        return Kind::Text(DocumentKind::Markdown);
    }
    if ext.eq_ignore_ascii_case("txt") {
        return Kind::Text(DocumentKind::PlainText);
    }
    match InputFormat::from_extension(ext).or_else(|| InputFormat::sniff(text)) {
        Some(format) => Kind::Bilingual(format),
        None => Kind::Text(DocumentKind::PlainText),
    }
}

/// Reads one path (or stdin for `-`) as UTF-8 text, up to the size limit; binary and
/// UTF-16 input is refused from its first chunk, before the rest is read.
pub fn read(path: &Path) -> Result<Input, InputError> {
    let is_stdin = path.as_os_str() == "-";
    let name = if is_stdin {
        "<stdin>".to_string()
    } else {
        path.display().to_string()
    };
    let io = |source: std::io::Error| InputError::Io {
        name: name.clone(),
        source,
    };
    if !is_stdin && path.is_dir() {
        // Only a folder that could not be walked is in the list (see `expand`).
        let source = std::fs::read_dir(path)
            .err()
            .unwrap_or_else(|| std::io::Error::other("some of its files cannot be listed"));
        return Err(InputError::Folder { name, source });
    }
    let refuse = |head: &[u8]| match read::nul_kind(head) {
        Some("UTF-16") => Err(Refused::Utf16),
        Some(_) => Err(Refused::Binary),
        None => Ok(()),
    };
    let bytes = if is_stdin {
        read::read_bounded(std::io::stdin().lock(), refuse)
    } else {
        std::fs::File::open(path)
            .map_err(|e| Refused::Read(ReadError::Io(e)))
            .and_then(|file| read::read_bounded(file, refuse))
    };
    let bytes = match bytes {
        Ok(bytes) => bytes,
        Err(Refused::Binary) => return Err(InputError::Binary { name }),
        Err(Refused::Utf16) => return Err(InputError::Utf16 { name }),
        Err(Refused::Read(ReadError::Io(e))) => return Err(io(e)),
        Err(Refused::Read(e)) => {
            return Err(InputError::TooLarge {
                message: e.to_string(),
                name,
            })
        }
    };
    decode(name, bytes)
}

/// Why reading stopped.
enum Refused {
    Binary,
    Utf16,
    Read(ReadError),
}

impl From<ReadError> for Refused {
    fn from(e: ReadError) -> Self {
        Refused::Read(e)
    }
}

fn decode(name: String, bytes: Vec<u8>) -> Result<Input, InputError> {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(InputError::Empty { name });
    }
    match read::nul_kind(&bytes[..bytes.len().min(read::HEAD)]) {
        Some("UTF-16") => return Err(InputError::Utf16 { name }),
        Some(_) => return Err(InputError::Binary { name }),
        None => {}
    }
    match String::from_utf8(bytes) {
        // A byte-order mark stays in the text, so fixes write it back unchanged.
        Ok(text) => Ok(Input { name, text }),
        Err(e) => {
            let valid = e.utf8_error().valid_up_to();
            let prefix = String::from_utf8_lossy(&e.as_bytes()[..valid]);
            let line = prefix.matches('\n').count() + 1;
            let column = prefix.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
            Err(InputError::NotUtf8 { name, line, column })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invalid_utf8_names_line_and_column() {
        let err = decode("f".into(), b"ok\nab\xffc".to_vec()).unwrap_err();
        assert_eq!(
            err.to_string(),
            "f:2:3: not valid UTF-8 (mtlint reads UTF-8 text only)"
        );
    }

    #[test]
    fn empty_and_binary() {
        assert!(decode("f".into(), b" \n".to_vec()).unwrap_err().is_notice());
        assert!(matches!(
            decode("f".into(), b"a\0b".to_vec()),
            Err(InputError::Binary { .. })
        ));
    }
}
