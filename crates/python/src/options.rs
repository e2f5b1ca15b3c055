//! The `Checker` arguments as a session's settings, with the CLI's messages for bad ones.

use std::path::PathBuf;

use mtlint_check::Rule;
use mtlint_glossary::LangTag;
use mtlint_session::{GlossarySources, LangChoice, Session, SessionConfig};

use crate::errors::Raised;

/// Everything a `Checker` is built from: kept so a pickled checker rebuilds the same.
#[derive(Debug, Clone)]
pub struct Options {
    pub lang: Option<String>,
    pub glossaries: Vec<PathBuf>,
    pub disable: Vec<String>,
    pub rules: Option<Vec<String>>,
    pub no_default: bool,
}

impl Options {
    /// The session these options describe: glossaries loaded and settings checked.
    pub fn session(&self) -> Result<Session, Raised> {
        let config = SessionConfig {
            lang: self.lang_choice()?,
            disabled: self.disabled()?,
            ..SessionConfig::default()
        };
        let sources = GlossarySources {
            no_default: self.no_default,
            layers: vec![self.glossaries.clone()],
        };
        let set = sources.load().map_err(|e| Raised::glossaries(&e))?;
        Ok(Session::new(set, config))
    }

    fn lang_choice(&self) -> Result<LangChoice, Raised> {
        match self.lang.as_deref() {
            None | Some("auto") => Ok(LangChoice::Auto),
            Some(tag) => tag
                .parse::<LangTag>()
                .map(LangChoice::Tag)
                .map_err(|e| Raised::usage(e.to_string())),
        }
    }

    /// `disable`, plus every rule not in `rules` when `rules` is given.
    fn disabled(&self) -> Result<Vec<Rule>, Raised> {
        let mut disabled = self
            .disable
            .iter()
            .map(|name| lookup(name))
            .collect::<Result<Vec<_>, _>>()?;
        if let Some(kept) = &self.rules {
            let kept = kept
                .iter()
                .map(|name| lookup(name))
                .collect::<Result<Vec<_>, _>>()?;
            disabled.extend(Rule::all_but(&kept));
        }
        Ok(disabled)
    }
}

/// The rule called `name`, or the CLI's message: the rule probably meant, and the rules.
fn lookup(name: &str) -> Result<Rule, Raised> {
    Rule::from_name(name).ok_or_else(|| Raised::usage(mtlint_config::names::unknown_rule(name)))
}
