//! mtlint glossaries: the model of a glossary, loading it from TOML, validating it and
//! merging several files into one [`GlossarySet`].
//!
//! This crate knows nothing of checking text: `mtlint-check` builds its matchers from the
//! types here. Every term keeps its [`Origin`] (file, line, column) so any later complaint,
//! from validation or from a finding, can point at the entry that caused it.

mod error;
mod fields;
pub mod import;
mod lang;
mod load;
mod model;
mod raw;
pub mod read;
pub mod shipped;
pub mod suggest;
mod text;
mod validate;
pub mod write;

pub use error::{GlossaryError, GlossaryErrors, Location};
pub use lang::{LangTag, LangTagError};
pub use load::{load_paths, parse_glossary, read_paths, GlossarySource};
pub use model::{
    Avoid, CaseMode, Example, ExampleExpectation, Glossary, GlossaryMeta, GlossarySet, NamePart,
    Origin, Term, TermKind,
};
pub use text::{fold_key, fold_key_into, fold_typography, line_col};
