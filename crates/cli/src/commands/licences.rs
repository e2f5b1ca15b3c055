//! `mtlint licences`: every data set embedded in the binary, with its source and licence.
//!
//! The code of mtlint is MIT OR Apache-2.0; the binary embeds word lists and glossaries
//! under copyleft licences (GPL-2.0-or-later, LGPL, CC BY-SA 4.0), so the binary as a whole
//! is distributed under GPL-3.0-or-later, which all of them allow. The glossaries name
//! their own licence and sources in their headers; the other data sets are listed below
//! and by `mtlint_lexicon::DATA_SETS`. `tests/licences.rs` fails when an embedded file is
//! missing from this listing.

use std::io::Write;

use crate::{CliError, ExitCode};

/// The licence of the binary: the combined work of the code and every data set below.
pub const BINARY_LICENCE: &str = "GPL-3.0-or-later";
/// The licence of mtlint's own source code.
pub const CODE_LICENCE: &str = "MIT OR Apache-2.0";

/// `mtlint licences`.
pub fn run() -> Result<ExitCode, CliError> {
    let mut out = std::io::stdout().lock();
    writeln!(
        out,
        "mtlint {}: code {CODE_LICENCE}; this binary, with the data below, {BINARY_LICENCE}.\n",
        env!("CARGO_PKG_VERSION")
    )?;
    writeln!(out, "Glossaries (each names its sources in its header):")?;
    for meta in mtlint_glossary::shipped::set().glossaries() {
        writeln!(out, "  {}", meta.file)?;
        writeln!(out, "    {}", meta.name)?;
        writeln!(
            out,
            "    licence: {}",
            meta.license.as_deref().unwrap_or("(none stated)")
        )?;
        for source in &meta.sources {
            writeln!(out, "    source: {source}")?;
        }
    }
    writeln!(out, "\nWord lists:")?;
    for data in mtlint_lexicon::DATA_SETS.iter() {
        writeln!(out, "  {}", data.file)?;
        writeln!(out, "    {}", data.what)?;
        writeln!(out, "    licence: {}", data.licence)?;
        writeln!(out, "    source: {}", data.source)?;
    }
    Ok(ExitCode::Clean)
}
