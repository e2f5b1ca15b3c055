//! Sessions per configuration: each document is checked with the `mtlint.toml` nearest
//! to it (so each workspace folder has its own), merged with the editor's
//! `initializationOptions`. Errors in a configuration or its glossaries become
//! diagnostics on those files, and the document is checked with the defaults meanwhile.

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use lsp_types::Diagnostic;
use mtlint_check::Rule;
use mtlint_config::{discover, load, Config, LangSetting};
use mtlint_glossary::{GlossaryError, LangTag};
use mtlint_session::{GlossarySources, LangChoice, Session, SessionConfig};
use serde::Deserialize;

use crate::diagnostics::located_error;

/// What the editor may set in `initializationOptions`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Options {
    /// A language tag or `auto`; wins over the configuration's `lang`.
    pub lang: Option<String>,
    /// Rules turned off, besides those the configuration turns off.
    #[serde(default)]
    pub disable: Vec<String>,
    /// How long to wait for a newer edit before checking (milliseconds).
    pub debounce_ms: Option<u64>,
}

/// The keys of `initializationOptions`, as editors write them.
const OPTION_KEYS: &[&str] = &["lang", "disable", "debounceMs"];

impl Options {
    /// The options an editor sent, with a message for its log for each key mtlint does
    /// not know (naming the key probably meant) and for options it cannot read; those
    /// are left at their defaults.
    pub fn parse(value: Option<serde_json::Value>) -> (Options, Vec<String>) {
        let Some(value) = value.filter(|v| !v.is_null()) else {
            return (Options::default(), Vec::new());
        };
        let mut log = Vec::new();
        if let Some(object) = value.as_object() {
            for key in object.keys().filter(|k| !OPTION_KEYS.contains(&k.as_str())) {
                let hint = mtlint_config::names::did_you_mean(key, OPTION_KEYS);
                log.push(format!(
                    "initializationOptions: unknown key `{key}`{hint} (keys: {})",
                    OPTION_KEYS.join(", ")
                ));
            }
        }
        let options = serde_json::from_value(value).unwrap_or_else(|e| {
            log.push(format!("initializationOptions: {e}; defaults used"));
            Options::default()
        });
        (options, log)
    }
}

/// A session and the configuration file it was made from.
#[derive(Debug, Clone)]
pub struct Setup {
    pub session: Arc<Session>,
    pub config: Option<PathBuf>,
    /// The first glossary the configuration names: where taught entries go.
    pub first_glossary: Option<PathBuf>,
}

/// Sessions by configuration file (`None`: no configuration found), built on first use.
#[derive(Debug, Default)]
pub struct Workspaces {
    options: Options,
    sessions: HashMap<Option<PathBuf>, Setup>,
    /// Problems found while loading, by file: published by the server.
    pub problems: BTreeMap<PathBuf, Vec<Diagnostic>>,
    /// Messages for the editor's log (unknown rule names in the options...).
    pub log: Vec<String>,
}

impl Workspaces {
    /// Workspaces with the editor's options, and `log` (what reading them left to say).
    pub fn new(options: Options, log: Vec<String>) -> Self {
        Workspaces {
            options,
            log,
            ..Workspaces::default()
        }
    }

    /// Forgets every session (a configuration or glossary changed).
    pub fn reload(&mut self) {
        self.sessions.clear();
        self.problems.clear();
    }

    /// The setup for the document at `path` (or one with no file, from the defaults).
    pub fn setup_for(&mut self, path: Option<&Path>) -> Setup {
        let config = path.and_then(Path::parent).and_then(discover);
        if let Some(setup) = self.sessions.get(&config) {
            return setup.clone();
        }
        let setup = self.build(config.clone());
        self.sessions.insert(config, setup.clone());
        setup
    }

    fn build(&mut self, path: Option<PathBuf>) -> Setup {
        let config = match path.as_deref().map(load) {
            Some(Ok(config)) => Some(config),
            Some(Err(errors)) => {
                for e in errors.iter() {
                    let file = e.location().map_or_else(
                        || path.clone().unwrap_or_default(),
                        |l| l.file.clone().into(),
                    );
                    self.problem(file, &e.to_string());
                }
                None
            }
            None => None,
        };
        let first_glossary = config
            .as_ref()
            .and_then(|c| c.glossaries.first())
            .map(|g| g.path.clone());
        let glossaries = self.glossaries(config.as_ref());
        let session = Session::new(glossaries, self.session_config(config.as_ref()));
        Setup {
            session: Arc::new(session),
            config: path,
            first_glossary,
        }
    }

    /// The configuration's glossaries, or the shipped ones alone when they have errors.
    fn glossaries(&mut self, config: Option<&Config>) -> mtlint_glossary::GlossarySet {
        let sources = GlossarySources {
            no_default: config.is_some_and(|c| c.no_default_glossaries),
            layers: vec![config
                .map(|c| c.glossaries.iter().map(|g| g.path.clone()).collect())
                .unwrap_or_default()],
        };
        match sources.load() {
            Ok(set) => set,
            Err(errors) => {
                for e in errors.iter() {
                    let file = match e {
                        GlossaryError::Io { path, .. }
                        | GlossaryError::NotUtf8 { path }
                        | GlossaryError::Empty { path } => path.clone(),
                        GlossaryError::Invalid { location, .. } => location.file.clone().into(),
                    };
                    self.problem(file, &e.to_string());
                }
                GlossarySources::default().load().unwrap_or_default()
            }
        }
    }

    fn session_config(&mut self, config: Option<&Config>) -> SessionConfig {
        let lang = match (
            self.options.lang.clone(),
            config.and_then(|c| c.lang.as_ref()),
        ) {
            (Some(lang), _) => self.parse_lang(&lang),
            (None, Some(LangSetting::Tag(tag))) => LangChoice::Tag(tag.clone()),
            (None, _) => LangChoice::Auto,
        };
        let mut disabled: Vec<Rule> = Vec::new();
        for name in self.options.disable.clone() {
            match Rule::from_name(&name) {
                Some(rule) => disabled.push(rule),
                None => self.log.push(format!(
                    "initializationOptions: {}",
                    mtlint_config::names::unknown_rule(&name)
                )),
            }
        }
        let policy = config.map(|c| c.policy.clone()).unwrap_or_default();
        disabled.extend(policy.disabled_rules());
        disabled.sort();
        disabled.dedup();
        SessionConfig {
            lang,
            disabled,
            policy,
            read: Default::default(),
        }
    }

    fn parse_lang(&mut self, lang: &str) -> LangChoice {
        if lang.eq_ignore_ascii_case("auto") {
            return LangChoice::Auto;
        }
        match lang.parse::<LangTag>() {
            Ok(tag) => LangChoice::Tag(tag),
            Err(e) => {
                self.log
                    .push(format!("initializationOptions: lang `{lang}`: {e}"));
                LangChoice::Auto
            }
        }
    }

    fn problem(&mut self, file: PathBuf, message: &str) {
        let file = std::path::absolute(&file).unwrap_or(file);
        self.problems
            .entry(file)
            .or_default()
            .push(located_error(message));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn misspelt_option_keys_and_rules_get_the_name_meant() {
        let sent = serde_json::json!({"lang": "pt", "disable": ["wrong-trem"], "debounseMs": 5});
        let (options, log) = Options::parse(Some(sent));
        assert_eq!(
            log,
            ["initializationOptions: unknown key `debounseMs`: did you mean `debounceMs`? (keys: lang, disable, debounceMs)"]
        );
        assert_eq!(options.lang.as_deref(), Some("pt"));
        let mut workspaces = Workspaces::new(options, log);
        workspaces.setup_for(None);
        assert!(
            workspaces.log[1].starts_with(
                "initializationOptions: unknown rule `wrong-trem`: did you mean `wrong-term`? (rules: "
            ),
            "{:?}",
            workspaces.log
        );
    }

    #[test]
    fn unreadable_options_are_logged_and_the_defaults_used() {
        let (options, log) = Options::parse(Some(serde_json::json!({"disable": "wrong-term"})));
        assert!(options.disable.is_empty());
        assert_eq!(log.len(), 1);
        assert!(log[0].ends_with("; defaults used"), "{log:?}");
        assert_eq!(Options::parse(None).1, Vec::<String>::new());
    }
}
