use std::fmt;
use std::path::PathBuf;

/// A place in a glossary file: the file as given by the user, 1-based line and column.
#[derive(
    Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
pub struct Location {
    pub file: String,
    pub line: u32,
    pub column: u32,
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}:{}", self.file, self.line, self.column)
    }
}

/// One problem with a glossary.
#[derive(Debug, thiserror::Error)]
pub enum GlossaryError {
    #[error("{}: cannot read glossary: {source}", path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{}: glossary is not valid UTF-8", path.display())]
    NotUtf8 { path: PathBuf },
    #[error("{}: no glossary files (*.toml) found", path.display())]
    Empty { path: PathBuf },
    /// A syntax, schema or consistency error at a known place.
    #[error("{location}: {message}")]
    Invalid { location: Location, message: String },
}

impl GlossaryError {
    pub(crate) fn invalid(location: Location, message: impl Into<String>) -> Self {
        GlossaryError::Invalid {
            location,
            message: message.into(),
        }
    }
}

/// Every problem found in a set of glossaries: validation reports them all at once.
#[derive(Debug, Default)]
pub struct GlossaryErrors(pub Vec<GlossaryError>);

impl GlossaryErrors {
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
    pub fn iter(&self) -> impl Iterator<Item = &GlossaryError> {
        self.0.iter()
    }
}

impl fmt::Display for GlossaryErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, e) in self.0.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{e}")?;
        }
        Ok(())
    }
}

impl std::error::Error for GlossaryErrors {}
