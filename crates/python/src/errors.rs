//! Rust errors as the Python exceptions of `mtlint._errors`, with the CLI's messages.
//!
//! The classes are written in Python because each derives from both `MtlintError` and a
//! built-in (`ValueError`, `OSError`), which lets callers catch either.

use mtlint_glossary::{GlossaryError, GlossaryErrors};
use mtlint_session::CheckError;
use pyo3::prelude::*;
use pyo3::types::PyType;

/// An error for Python: which class of `mtlint._errors`, and the message.
#[derive(Debug)]
pub struct Raised {
    class: &'static str,
    message: String,
}

impl Raised {
    /// A bad argument: an unknown rule, a malformed language tag.
    pub fn usage(message: impl Into<String>) -> Self {
        Raised {
            class: "UsageError",
            message: message.into(),
        }
    }

    /// Invalid glossaries are a `ValueError`; glossaries that cannot be read (missing,
    /// not UTF-8, an empty folder) an `OSError`.
    pub fn glossaries(errors: &GlossaryErrors) -> Self {
        let invalid = errors
            .iter()
            .any(|e| matches!(e, GlossaryError::Invalid { .. }));
        Raised {
            class: if invalid {
                "GlossaryError"
            } else {
                "GlossaryFileError"
            },
            message: errors.to_string(),
        }
    }

    /// A text that cannot be checked: a malformed directive, a source that does not pair,
    /// a language without glossaries.
    pub fn check(error: &CheckError, prefix: Option<&str>) -> Self {
        let message = match prefix {
            Some(p) => format!("{p}: {error}"),
            None => error.to_string(),
        };
        Raised {
            class: "CheckError",
            message,
        }
    }

    pub fn into_py(self, py: Python<'_>) -> PyErr {
        match error_class(py, self.class) {
            Ok(class) => PyErr::from_type(class, self.message),
            Err(e) => e,
        }
    }
}

fn error_class<'py>(py: Python<'py>, name: &str) -> PyResult<Bound<'py, PyType>> {
    let class = py.import("mtlint._errors")?.getattr(name)?;
    Ok(class.downcast_into::<PyType>()?)
}
