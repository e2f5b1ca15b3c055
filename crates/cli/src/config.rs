//! What a `mtlint check` run is configured with: the nearest `mtlint.toml` (or the one
//! `--config` names, or none with `--no-config`) merged with the command line. Flags win:
//! `--lang` replaces `lang`, `--glossary` files are loaded after the configuration's (so
//! their entries replace same-id ones), `--disable` adds to the rules turned off.
//! Parsing and validation live in `mtlint-config`, shared with editor integrations.

use std::path::{Path, PathBuf};

use mtlint_check::Rule;
use mtlint_config::{discover, load, Config, FileFilter, LangSetting, Policy};
use mtlint_glossary::{GlossaryErrors, GlossarySet};
use mtlint_session::{GlossarySources, SessionConfig};

use crate::args::{CheckArgs, GlossaryArgs, LangChoice};
use crate::input;
use crate::CliError;

/// The settings of one run.
#[derive(Debug)]
pub struct RunConfig {
    /// The configuration's glossaries (over the shipped ones unless turned off).
    pub glossaries: GlossaryArgs,
    /// `--glossary` files, loaded over those.
    pub flag_glossaries: Vec<PathBuf>,
    pub lang: LangChoice,
    /// Rules not run at all: `--disable` and rules set to "off".
    pub disabled: Vec<Rule>,
    /// What happens to findings after checking (levels, thresholds, allow-list).
    pub policy: Policy,
    /// `include`/`exclude`, applied to files found in folders.
    pub files: FileFilter,
}

/// Finds and reads the configuration, and merges it with the flags.
pub fn resolve(args: &CheckArgs, disabled: Vec<Rule>) -> Result<RunConfig, CliError> {
    let config = find(args)?.unwrap_or_default();
    let glossary_paths: Vec<PathBuf> = config.glossaries.iter().map(|g| g.path.clone()).collect();
    let lang = match (&args.lang, &config.lang) {
        (Some(flag), _) => flag.clone(),
        (None, Some(LangSetting::Tag(tag))) => LangChoice::Tag(tag.clone()),
        (None, Some(LangSetting::Auto) | None) => LangChoice::Auto,
    };
    let mut all_disabled = disabled;
    all_disabled.extend(config.policy.disabled_rules());
    all_disabled.sort();
    all_disabled.dedup();
    Ok(RunConfig {
        glossaries: GlossaryArgs {
            glossary_paths,
            no_default_glossaries: args.glossaries.no_default_glossaries
                || config.no_default_glossaries,
        },
        flag_glossaries: args.glossaries.glossary_paths.clone(),
        lang,
        disabled: all_disabled,
        policy: config.policy,
        files: config.files,
    })
}

impl RunConfig {
    /// The glossaries of the run: shipped (unless turned off), then the configuration's,
    /// then `--glossary` files, each layer replacing same-id entries of the one below.
    pub fn load_glossaries(&self) -> Result<GlossarySet, GlossaryErrors> {
        GlossarySources {
            no_default: self.glossaries.no_default_glossaries,
            layers: vec![
                self.glossaries.glossary_paths.clone(),
                self.flag_glossaries.clone(),
            ],
        }
        .load()
    }

    /// What the session checks with.
    pub fn session_config(&self) -> SessionConfig {
        SessionConfig {
            lang: self.lang.clone(),
            disabled: self.disabled.clone(),
            policy: self.policy.clone(),
            read: Default::default(),
        }
    }
}

fn find(args: &CheckArgs) -> Result<Option<Config>, CliError> {
    if args.no_config {
        return Ok(None);
    }
    let path = match &args.config {
        Some(path) => path.clone(),
        None => {
            let cwd = std::env::current_dir().map_err(|e| {
                CliError::Usage(format!(
                    "cannot read the current folder to look for mtlint.toml: {e}"
                ))
            })?;
            let Some(found) = discover(&cwd) else {
                return Ok(None);
            };
            shorten(&found, &cwd)
        }
    };
    Ok(Some(load(&path)?))
}

/// A discovered path under the current folder is named relative to it, as a user would.
fn shorten(path: &Path, cwd: &Path) -> PathBuf {
    path.strip_prefix(cwd)
        .map_or_else(|_| path.to_path_buf(), Path::to_path_buf)
}

/// The files to check: folders expanded, then what they held filtered by `include` and
/// `exclude`. A file named on the command line is always checked.
pub fn select(paths: &[PathBuf], files: &FileFilter) -> Vec<PathBuf> {
    if files.is_empty() {
        return input::expand(paths);
    }
    paths
        .iter()
        .flat_map(|path| {
            let expanded = input::expand(std::slice::from_ref(path));
            if path.is_dir() {
                expanded.into_iter().filter(|p| files.selects(p)).collect()
            } else {
                expanded
            }
        })
        .collect()
}
