//! `mtlint glossary import` (CSV, TSV, TBX → mtlint TOML) and `mtlint glossary export`
//! (mtlint TOML → CSV/TSV). All the work is in `mtlint_glossary::import`; this file reads
//! arguments, prints warnings and writes the output, atomically, only on success.

use std::io::Write;
use std::path::{Path, PathBuf};

use clap::{Args, ValueEnum};
use mtlint_glossary::import::csv::{to_csv, Delimiter};
use mtlint_glossary::import::{import_file, Format, ImportError, ImportOptions, ImportWarning};
use mtlint_glossary::{load_paths, shipped, GlossarySet, LangTag};

use crate::{CliError, ExitCode};

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// The file to import.
    #[arg(value_name = "FILE")]
    pub file: PathBuf,

    /// Its format: csv, tsv or tbx (TBX-Basic / TBX-Min, v3 `<tbx>` or 2008 `<martif>`).
    /// Without it, the file's extension decides.
    #[arg(long, value_name = "FORMAT")]
    pub from: Option<String>,

    /// Write the glossary to this file (atomically) instead of standard output.
    #[arg(short = 'o', long = "output", value_name = "OUT.toml")]
    pub output: Option<PathBuf>,

    /// Target language (BCP 47, e.g. pt-BR). Needed for CSV without language-named columns,
    /// and for TBX files that hold several target languages.
    #[arg(long, value_name = "TAG", value_parser = parse_tag)]
    pub lang: Option<LangTag>,

    /// Source language, when the file does not say (TBX: the root's xml:lang).
    #[arg(long = "source-lang", value_name = "TAG", value_parser = parse_tag)]
    pub source_lang: Option<LangTag>,

    /// The glossary's name; the file's stem by default.
    #[arg(long, value_name = "NAME")]
    pub name: Option<String>,

    /// Refuse a file larger than this, in bytes or with a unit: 500K, 64M, 1G.
    #[arg(long, value_name = "SIZE", value_parser = crate::args::parse_size, default_value = "256M")]
    pub max_size: u64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum TableFormat {
    Csv,
    Tsv,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// Glossary files or folders; without any, the shipped glossaries.
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,

    /// Output format: one row per rendering, columns source, target, status, kind,
    /// variant, note (what `glossary import` reads back).
    #[arg(long, value_enum, value_name = "FORMAT")]
    pub to: TableFormat,

    /// Write to this file (atomically) instead of standard output.
    #[arg(short = 'o', long = "output", value_name = "OUT")]
    pub output: Option<PathBuf>,
}

fn parse_tag(s: &str) -> Result<LangTag, String> {
    s.parse::<LangTag>().map_err(|e| e.to_string())
}

/// The format named by a file's extension, for an import without `--from`.
fn format_of(path: &Path) -> Result<Format, ImportError> {
    let ext = path
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    match ext.as_str() {
        "csv" => Ok(Format::Csv),
        "tsv" | "tab" => Ok(Format::Tsv),
        "tbx" => Ok(Format::Tbx),
        _ => Err(ImportError::File {
            file: path.display().to_string(),
            message: "cannot tell the format from the file name: give --from csv, tsv or tbx"
                .to_string(),
        }),
    }
}

fn print_warnings(warnings: &[ImportWarning]) -> std::io::Result<()> {
    let mut stderr = std::io::stderr().lock();
    for w in warnings {
        writeln!(stderr, "mtlint: warning: {w}")?;
    }
    Ok(())
}

/// Writes `text` to `output` atomically, or to standard output.
fn emit(text: &str, output: Option<&Path>) -> Result<(), CliError> {
    match output {
        Some(path) => crate::write::write_file(path, text.as_bytes(), None).map_err(|e| {
            CliError::Import(ImportError::File {
                file: path.display().to_string(),
                message: format!("cannot write: {e}"),
            })
        }),
        None => {
            std::io::stdout().lock().write_all(text.as_bytes())?;
            Ok(())
        }
    }
}

/// `mtlint glossary import`: nothing is written unless the whole file imports and the
/// resulting glossary validates.
pub fn import(args: &ImportArgs) -> Result<ExitCode, CliError> {
    // Parsed here, not by clap, so a wrong format is one `mtlint: error:` line like the rest.
    let format = match &args.from {
        Some(name) => name.parse::<Format>()?,
        None => format_of(&args.file)?,
    };
    let options = ImportOptions {
        format,
        lang: args.lang.clone(),
        source_lang: args.source_lang.clone(),
        name: args.name.clone(),
    };
    let import = import_file(&args.file, &options)?;
    print_warnings(&import.warnings)?;
    emit(&import.toml, args.output.as_deref())?;
    if let Some(out) = &args.output {
        writeln!(
            std::io::stderr().lock(),
            "mtlint: imported {} entries from {} into {}",
            import.glossary.terms.len(),
            args.file.display(),
            out.display()
        )?;
    }
    Ok(ExitCode::Clean)
}

/// `mtlint glossary export`: glossaries as CSV/TSV; what a table cannot hold is named on
/// stderr.
pub fn export(args: &ExportArgs) -> Result<ExitCode, CliError> {
    let sources = if args.paths.is_empty() {
        shipped::sources()
    } else {
        load_paths(&args.paths)?
    };
    let set = GlossarySet::build(&sources)?;
    let delimiter = match args.to {
        TableFormat::Csv => Delimiter::Comma,
        TableFormat::Tsv => Delimiter::Tab,
    };
    let export = to_csv(set.terms(), delimiter);
    print_warnings(&export.warnings)?;
    emit(&export.text, args.output.as_deref())?;
    Ok(ExitCode::Clean)
}
