use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};
use mtlint_glossary::LangTag;
use mtlint_session::InputFormat;
pub use mtlint_session::LangChoice;

/// Finds likely mistranslations in translated text: mangled names, proper nouns turned
/// into common words, outdated spellings, MT typography. Checks against glossaries of the
/// names and terms that must come out right; the shipped ones are built in.
#[derive(Debug, Parser)]
#[command(name = "mtlint", version, propagate_version = true)]
#[command(
    after_help = "Examples:\n  mtlint check article.txt\n  mtlint check --lang pt-PT --format json docs/\n  cat article.txt | mtlint check -\n  mtlint rule wrong-term\n\nExit codes: 0 nothing found, 1 findings (at or above --fail-on), 2 usage, glossary or I/O error."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check translated text files (or stdin with `-`) and report likely mistranslations.
    ///
    /// Reads plain text, Markdown and bilingual files (PO, XLIFF, TMX, CSV/TSV, JSONL: the
    /// targets are checked, with their sources), detects each file's language, reports what
    /// the glossaries and rules find, and can apply or show the safe fixes (--fix, --diff).
    Check(CheckArgs),
    /// Validate glossaries, run their examples, import them from CSV, TSV or TBX, export
    /// them to CSV or TSV.
    #[command(subcommand)]
    Glossary(GlossaryCommand),
    /// List the rules, or print one rule's documentation.
    Rule {
        /// A rule name, e.g. `wrong-term`; without it, every rule is listed.
        name: Option<String>,
    },
    /// List every data set built into mtlint, with its source and licence.
    #[command(alias = "licenses")]
    Licences,
    /// Run the language server (LSP over stdin and stdout) for editors.
    Server,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Files or folders to check; `-` reads stdin. A folder is searched for .txt, .md,
    /// .markdown, .po, .xlf, .xliff and .tmx files (hidden files and what .gitignore
    /// excludes are skipped); a file named here is checked whatever its extension.
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,

    /// How the files are written: text, markdown, or a bilingual format (po, xliff, tmx,
    /// csv, tsv, jsonl) whose targets are checked with their sources [default: by the
    /// file's extension, else by its content]
    #[arg(long, value_name = "FORMAT", value_parser = parse_input_format)]
    pub input_format: Option<InputChoice>,

    /// Read stdin (`-`) as if it were the file PATH: its kind comes from PATH's extension
    /// (.md is Markdown, .po a PO file...) and its findings are reported under PATH.
    /// Nothing is read from PATH itself. For editors, which pipe unsaved text.
    #[arg(long, value_name = "PATH")]
    pub stdin_filename: Option<PathBuf>,

    /// The source text of the (one) file checked: a plain text file, paired with it line
    /// by line (same number of non-empty lines) or else by sentence.
    #[arg(long, value_name = "FILE")]
    pub source: Option<PathBuf>,

    /// PO: check fuzzy entries too (skipped by default: their translation is a guess).
    #[arg(long)]
    pub include_fuzzy: bool,

    /// TMX: the source language [default: the header's srclang].
    #[arg(long, value_name = "LANG")]
    pub source_lang: Option<String>,

    /// CSV/TSV and JSONL: the source and target column or field names [default: the
    /// usual names: source/target, src/mt, ...].
    #[arg(long, value_name = "SRC,TGT", value_parser = parse_fields)]
    pub fields: Option<(String, String)>,

    /// Language of the text: a BCP 47 tag (pt, pt-BR, pt-PT) or `auto` to detect it per file
    /// [default: `lang` in mtlint.toml, else auto].
    #[arg(long, value_name = "LANG", value_parser = parse_lang)]
    pub lang: Option<LangChoice>,

    #[command(flatten)]
    pub glossaries: GlossaryArgs,

    /// Turn a rule off (repeatable); `mtlint rule` lists them.
    #[arg(long = "disable", value_name = "RULE")]
    pub disable: Vec<String>,

    /// Apply the safe fixes to the files (stdin: print the fixed text), then report what
    /// is left.
    #[arg(long, conflicts_with = "diff")]
    pub fix: bool,

    /// Print the safe fixes as a unified diff instead of a report; write nothing. A diff
    /// has one format: not with --format.
    #[arg(long, conflicts_with = "format")]
    pub diff: bool,

    /// Check this many files at once [default: the number of CPUs].
    #[arg(long, short = 'j', value_name = "N")]
    pub jobs: Option<std::num::NonZeroUsize>,

    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,

    /// Write the report to FILE instead of stdout (replaced whole, atomically).
    #[arg(long, short = 'o', value_name = "FILE", conflicts_with_all = ["diff", "write_baseline"])]
    pub output: Option<PathBuf>,

    /// The lowest severity that makes the exit code 1 [default: info, i.e. any finding].
    #[arg(long, value_enum, value_name = "LEVEL")]
    pub fail_on: Option<FailOn>,

    /// Human output: cut the lines shown to N columns [default: the terminal's width
    /// when stdout is a terminal, else no cutting].
    #[arg(long, value_name = "N")]
    pub max_width: Option<std::num::NonZeroUsize>,

    /// When to use colour in human output.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto, value_name = "WHEN")]
    pub color: ColorChoice,

    /// Read this configuration file instead of the nearest mtlint.toml (in the current
    /// folder or its parents).
    #[arg(long, value_name = "FILE", conflicts_with = "no_config")]
    pub config: Option<PathBuf>,

    /// Ignore mtlint.toml files.
    #[arg(long)]
    pub no_config: bool,

    /// Report only findings not recorded in this baseline (see --write-baseline).
    #[arg(long, value_name = "FILE")]
    pub baseline: Option<PathBuf>,

    /// Record today's findings in FILE (JSON) instead of reporting them; later runs with
    /// `--baseline FILE` report only new ones.
    #[arg(long, value_name = "FILE", conflicts_with_all = ["baseline", "fix", "diff"])]
    pub write_baseline: Option<PathBuf>,

    /// Refuse inputs (texts, glossaries, baselines) larger than this, in bytes or with a
    /// unit: 500K, 64M, 1G.
    #[arg(long, value_name = "SIZE", value_parser = parse_size, default_value = "256M")]
    pub max_size: u64,
}

#[derive(Debug, Args)]
pub struct GlossaryArgs {
    /// A glossary file or folder of *.toml glossaries to add (repeatable). Its entries
    /// replace shipped entries with the same id.
    #[arg(long = "glossary", short = 'g', value_name = "PATH")]
    pub glossary_paths: Vec<PathBuf>,

    /// Do not use the glossaries built into mtlint.
    #[arg(long)]
    pub no_default_glossaries: bool,
}

#[derive(Debug, Subcommand)]
pub enum GlossaryCommand {
    /// Validate glossary files, reporting every error at once as file:line:col.
    ///
    /// Checks TOML syntax, unknown keys, wrong types and values, empty or invisible forms,
    /// duplicate ids and wrong forms that are another entry's good form, across all the
    /// files given, and against the shipped glossaries they are used with.
    Check {
        /// Glossary files or folders (every *.toml below); without any, the shipped
        /// glossaries.
        paths: Vec<PathBuf>,
        /// Do not check the files against the shipped glossaries (for glossaries used with
        /// `check --no-default-glossaries`).
        #[arg(long)]
        no_default_glossaries: bool,
    },
    /// Run the examples written in glossary entries (exit 1 if one fails).
    Test {
        /// Glossary files or folders; without any, the shipped glossaries.
        paths: Vec<PathBuf>,
    },
    /// Convert a CSV, TSV or TBX glossary into mtlint's TOML format.
    Import(crate::commands::import::ImportArgs),
    /// Write glossaries as CSV or TSV (what `glossary import` reads back).
    Export(crate::commands::import::ExportArgs),
}

/// How `--input-format` says the files are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputChoice {
    Text,
    Markdown,
    Bilingual(InputFormat),
}

fn parse_input_format(s: &str) -> Result<InputChoice, String> {
    match s.to_ascii_lowercase().as_str() {
        "text" | "txt" | "plain" => Ok(InputChoice::Text),
        "markdown" | "md" => Ok(InputChoice::Markdown),
        other => other
            .parse::<InputFormat>()
            .map(InputChoice::Bilingual)
            .map_err(|_| format!("unknown input format `{s}` (formats: text, markdown, po, xliff, tmx, csv, tsv, jsonl)")),
    }
}

fn parse_fields(s: &str) -> Result<(String, String), String> {
    match s.split_once(',') {
        Some((src, tgt)) if !src.trim().is_empty() && !tgt.trim().is_empty() => {
            Ok((src.trim().to_string(), tgt.trim().to_string()))
        }
        _ => Err(format!(
            "`{s}` is not SRC,TGT: two field names separated by a comma"
        )),
    }
}

fn parse_lang(s: &str) -> Result<LangChoice, String> {
    if s.eq_ignore_ascii_case("auto") {
        return Ok(LangChoice::Auto);
    }
    s.parse::<LangTag>()
        .map(LangChoice::Tag)
        .map_err(|e| e.to_string())
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// rustc-style snippets for people.
    Human,
    /// One JSON document (schema: docs/json-output.md).
    Json,
    /// One JSON object per finding, one per line (the objects of `json`'s `findings`).
    Jsonl,
    /// SARIF 2.1.0, as GitHub code scanning reads it.
    Sarif,
    /// GitHub Actions workflow commands: annotations on the pull request.
    Github,
    /// One self-contained HTML page to review the findings and accept their fixes.
    Html,
}

/// The lowest finding severity that fails the run (exit code 1).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, ValueEnum, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum FailOn {
    /// Only errors fail the run.
    Error,
    /// Errors and warnings fail the run.
    Warning,
    /// Any finding fails the run.
    #[default]
    Info,
    /// Findings never fail the run (exit code 2 for errors still holds).
    Never,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

/// A size in bytes, or with a binary unit suffix (K, M, G: 1024, 1024², 1024³).
pub fn parse_size(s: &str) -> Result<u64, String> {
    let s = s.trim();
    let (digits, unit) = match s.char_indices().last() {
        Some((at, c)) if c.is_ascii_alphabetic() => (&s[..at], c.to_ascii_uppercase()),
        _ => (s, 'B'),
    };
    let factor: u64 = match unit {
        'B' => 1,
        'K' => 1 << 10,
        'M' => 1 << 20,
        'G' => 1 << 30,
        _ => return Err(format!("unknown unit `{unit}` (use K, M or G)")),
    };
    let n: u64 = digits
        .parse()
        .map_err(|_| format!("`{s}` is not a size (e.g. 500K, 64M, 1G)"))?;
    n.checked_mul(factor)
        .filter(|&bytes| bytes > 0)
        .ok_or_else(|| format!("`{s}` is not a usable size"))
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    #[test]
    fn arguments_are_consistent() {
        super::Cli::command().debug_assert();
    }

    #[test]
    fn sizes_take_binary_units() {
        use super::parse_size;
        assert_eq!(parse_size("1000"), Ok(1000));
        assert_eq!(parse_size("500K"), Ok(500 * 1024));
        assert_eq!(parse_size("64m"), Ok(64 << 20));
        assert_eq!(parse_size("1G"), Ok(1 << 30));
        assert!(parse_size("0").is_err());
        assert!(parse_size("12X").is_err());
        assert!(parse_size("99999999999G").is_err());
    }
}
