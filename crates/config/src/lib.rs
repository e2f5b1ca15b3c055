//! mtlint configuration and suppression, shared by the command line and editor
//! integrations: the `mtlint.toml` model, its discovery (the current folder or its
//! parents), parsing and validation (every error with file:line:col), the policy it
//! sets on findings (per-rule levels, confidence thresholds, the allow-list), file
//! selection (`include`/`exclude` globs) and inline suppression comments.
//!
//! Nothing here reads the text to check or prints anything: callers get values and
//! errors, and decide how to show them.

mod allow;
mod discover;
mod error;
mod files;
pub mod inline;
mod model;
pub mod names;
mod parse;
pub mod paths;
mod policy;

pub use allow::AllowList;
pub use discover::{discover, load, FILE_NAME};
pub use error::{ConfigError, ConfigErrors, Location};
pub use files::FileFilter;
pub use inline::{DirectiveError, Suppressions};
pub use model::{Config, ConfigPath, LangSetting, Level, Policy, RulePolicy};
pub use parse::parse_config;
