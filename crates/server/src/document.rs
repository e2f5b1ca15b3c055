//! Open documents: their text as the editor has it, kept in step with incremental edits.

use std::path::Path;
use std::sync::Arc;

use lsp_types::TextDocumentContentChangeEvent;
use mtlint_check::DocumentKind;
use mtlint_session::{Cancel, FileKind, InputFormat};

use crate::position::Lines;

/// How a document is read: owned, unlike [`FileKind`], so a worker thread can hold it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Text(DocumentKind),
    Bilingual(InputFormat),
}

impl Kind {
    /// By the file's extension, then the editor's language id; plain text otherwise.
    pub fn of(path: Option<&Path>, language_id: &str) -> Kind {
        let ext = path
            .and_then(Path::extension)
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase);
        match ext.as_deref() {
            Some("md" | "markdown") => Kind::Text(DocumentKind::Markdown),
            Some("po" | "pot") => Kind::Bilingual(InputFormat::Po),
            Some("xlf" | "xliff") => Kind::Bilingual(InputFormat::Xliff),
            Some("tmx") => Kind::Bilingual(InputFormat::Tmx),
            _ if language_id == "markdown" => Kind::Text(DocumentKind::Markdown),
            _ => Kind::Text(DocumentKind::PlainText),
        }
    }

    pub fn file_kind(self) -> FileKind<'static> {
        match self {
            Kind::Text(kind) => FileKind::Text(kind),
            Kind::Bilingual(format) => FileKind::Bilingual(format),
        }
    }
}

/// An open document.
#[derive(Debug)]
pub struct Document {
    /// The name findings and errors are reported under: its path, or its URI.
    pub name: String,
    pub version: i32,
    pub text: Arc<str>,
    pub kind: Kind,
    /// Set when a newer version makes the running check of this one stale.
    pub cancel: Cancel,
}

impl Document {
    /// Applies the editor's changes in order: a change with a range replaces it, one
    /// without replaces the whole text.
    pub fn apply(&mut self, version: i32, changes: Vec<TextDocumentContentChangeEvent>) {
        let mut text = self.text.to_string();
        for change in changes {
            match change.range {
                Some(range) => {
                    let bytes = Lines::new(&text).byte_range(range);
                    text.replace_range(bytes.start..bytes.end, &change.text);
                }
                None => text = change.text,
            }
        }
        self.text = text.into();
        self.version = version;
    }

    /// Stops the check of the current version and gives a fresh flag for the next.
    pub fn renew_cancel(&mut self) -> Cancel {
        self.cancel.cancel();
        self.cancel = Cancel::new();
        self.cancel.clone()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use lsp_types::{Position, Range};

    #[test]
    fn incremental_changes_apply_at_utf16_positions() {
        let mut doc = Document {
            name: "a.txt".into(),
            version: 1,
            text: "Olá 😀 Wonsan\r\nfim".into(),
            kind: Kind::Text(DocumentKind::PlainText),
            cancel: Cancel::new(),
        };
        let at = |l, c| Position::new(l, c);
        doc.apply(
            2,
            vec![
                TextDocumentContentChangeEvent {
                    range: Some(Range::new(at(0, 7), at(0, 13))),
                    range_length: None,
                    text: "Wŏnsan".into(),
                },
                TextDocumentContentChangeEvent {
                    range: Some(Range::new(at(1, 0), at(1, 0))),
                    range_length: None,
                    text: "o ".into(),
                },
            ],
        );
        assert_eq!(&*doc.text, "Olá 😀 Wŏnsan\r\no fim");
        assert_eq!(doc.version, 2);
    }
}
