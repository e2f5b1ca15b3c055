use std::collections::BTreeMap;
use std::path::PathBuf;

use mtlint_check::{Rule, RuleOptions, Severity};
use mtlint_glossary::{LangTag, Location};

use crate::allow::AllowList;
use crate::files::FileFilter;

/// What `[rules]` may set a rule to: off, or reported at a fixed severity.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    Off,
    Info,
    Warning,
    Error,
}

impl Level {
    pub const NAMES: &'static str = "\"off\", \"info\", \"warning\" or \"error\"";

    pub fn from_name(name: &str) -> Option<Level> {
        match name {
            "off" => Some(Level::Off),
            "info" => Some(Level::Info),
            "warning" => Some(Level::Warning),
            "error" => Some(Level::Error),
            _ => None,
        }
    }

    /// The severity findings are reported at; `None` for a rule turned off.
    pub fn severity(self) -> Option<Severity> {
        match self {
            Level::Off => None,
            Level::Info => Some(Severity::Info),
            Level::Warning => Some(Severity::Warning),
            Level::Error => Some(Severity::Error),
        }
    }
}

/// The settings of one rule in `[rules]`.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct RulePolicy {
    /// Off, or the severity to report at instead of the rule's default.
    pub level: Option<Level>,
    /// Findings with a confidence below this are dropped (findings that carry no
    /// confidence are kept).
    pub min_confidence: Option<f32>,
}

/// The `lang` key: a fixed language or detection per file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LangSetting {
    Auto,
    Tag(LangTag),
}

/// A path written in the configuration, resolved against the configuration's folder,
/// with the place it was written (to point at it if it is missing).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigPath {
    pub path: PathBuf,
    pub origin: Location,
}

/// What happens to findings after checking: per-rule levels and thresholds, and the
/// allow-list. The default changes nothing.
#[derive(Debug, Clone, Default)]
pub struct Policy {
    pub rules: BTreeMap<Rule, RulePolicy>,
    /// The options rules declare (`[rules.untranslated] allow-quoted = true`).
    pub options: RuleOptions,
    pub allow: AllowList,
}

/// One `mtlint.toml`, validated.
#[derive(Debug, Clone, Default)]
pub struct Config {
    /// The file it was read from, as named.
    pub file: PathBuf,
    /// The folder holding it: relative paths and globs are taken from here.
    pub root: PathBuf,
    pub lang: Option<LangSetting>,
    pub glossaries: Vec<ConfigPath>,
    pub no_default_glossaries: bool,
    pub files: FileFilter,
    pub policy: Policy,
}

impl Policy {
    /// The rules' own options, as the configuration sets them.
    pub fn options(&self) -> &RuleOptions {
        &self.options
    }

    /// The rules turned off: the checker need not run them at all.
    pub fn disabled_rules(&self) -> Vec<Rule> {
        self.rules
            .iter()
            .filter(|(_, p)| p.level == Some(Level::Off))
            .map(|(rule, _)| *rule)
            .collect()
    }
}
