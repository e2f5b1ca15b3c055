//! Source-aware comparison of a translation with its source, I/O-free.
//!
//! Each module has one job and returns spans (byte ranges into the text it was given):
//! [`numbers`] (numbers and their values, per locale), [`placeholders`] (format
//! placeholders, markup, URLs, options), [`names`] (the names of a source and where they
//! went in the target), [`copy`] (text left in the source language) and [`length`] (the
//! omission test). Language facts are data passed in through small profile structs, so a
//! new language is a new profile, not new code.

pub mod copy;
pub mod length;
pub mod names;
pub mod numbers;
pub mod placeholders;
mod words;

/// A byte range into the text a function was given.
pub type Span = std::ops::Range<usize>;
