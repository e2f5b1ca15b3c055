//! mtlint's check pipeline, one library for every front end: the command line, the
//! language server, the review page and the Python package call a [`Session`] and only
//! parse their arguments or protocol and render what it returns.
//!
//! A session holds the glossaries and the settings, resolves each file's language, keeps a
//! checker per language, reads a file into segments ([`mtlint_check::Document`]), checks
//! them (a large file in parts, in parallel, cancellable between parts), maps the findings
//! back to the file, applies inline suppression and the configuration's policy
//! (levels, `min-confidence`, `allow`), filters known findings (a baseline) and fixes.
//!
//! It is its own crate, not part of `mtlint-check`, because suppression and the policy
//! live in `mtlint-config`, which depends on the engine: the engine stays free of
//! configuration, and the session joins the two.

mod baseline;
mod cancel;
mod fingerprint;
mod fix;
mod glossaries;
mod language;
mod read;
mod session;
mod suppress;

pub use baseline::KnownFindings;
pub use cancel::{Cancel, Cancelled};
pub use fingerprint::{fingerprints, Fingerprint, SARIF_KEY};
pub use fix::Fixed;
pub use glossaries::GlossarySources;
pub use language::{LangChoice, LanguageError};
pub use mtlint_formats::{InputFormat, ReadOptions};
pub use read::FileKind;
pub use session::{parts_of, CheckError, Checked, FileReport, Session, SessionConfig};
pub use suppress::check_directives;
