//! The mtlint checking engine: glossaries and text in, findings out.
//!
//! No I/O, no terminal, no argument parsing: the CLI and editor integrations are thin
//! layers over [`Checker`] (through the `mtlint-session` crate). All positions are byte
//! ranges; a [`LineIndex`] turns them into lines and columns in chars, a [`Utf16Cursor`]
//! into columns in UTF-16 code units (what SARIF and the language server protocol count).

mod analysis;
mod case;
mod checker;
mod context;
mod document;
mod examples;
mod finding;
pub mod language;
mod line_index;
mod markdown;
mod names;
mod quotes;
mod range;
mod respell;
mod rules;
mod segment;
mod settle;
mod term_index;
#[cfg(test)]
mod test_support;
mod tokens;
mod utf16;
pub mod variant;

pub use checker::{split_at_paragraphs, Checker, GlossaryIndex, Part, RuleOptions, Settings};
pub use document::{CheckedText, Document, DocumentKind, SegmentSpan};
pub use examples::{run_examples, ExampleFailure, ExampleReport};
pub use finding::{Applicability, Finding, Related, SegmentInfo, Severity, Suggestion, TermRef};
pub use line_index::{LineCol, LineColCursor, LineIndex};
pub use range::ByteRange;
pub use rules::{OptionKind, OptionSpec, Rule, RuleDoc, RuleKind};
pub use segment::{MappedText, MappedTextBuilder, OffsetMap, RunKind, Segment};
pub use utf16::{Utf16Cursor, Utf16Pos, Utf16Span};
