//! `mtlint.toml` text → [`Config`], every error with file:line:col.
//!
//! The file is walked as a spanned TOML tree rather than through serde derive, so every
//! complaint (an unknown key, a wrong type, an unknown rule, a bad glob) points at the
//! key or value that caused it, and all of them are reported in one go.

use std::ops::Range;
use std::path::Path;

use mtlint_check::{OptionKind, Rule, RuleOptions};
use mtlint_glossary::{line_col, LangTag, Location};
use toml::de::{DeTable, DeValue};
use toml::Spanned;

use crate::allow::AllowList;
use crate::files::{check_pattern, FileFilter};
use crate::model::{Config, ConfigPath, LangSetting, Level, Policy, RulePolicy};
use crate::names::{unknown_key, unknown_rule};
use crate::{ConfigError, ConfigErrors};

const TOP_KEYS: &[&str] = &[
    "lang",
    "glossaries",
    "no-default-glossaries",
    "include",
    "exclude",
    "allow",
    "rules",
];
const RULE_KEYS: &[&str] = &["level", "min-confidence"];

/// The keys `[rules.NAME]` takes: the common ones and the rule's own options.
fn rule_keys(rule: Rule) -> Vec<&'static str> {
    let own = rule.options().iter().map(|o| o.key);
    RULE_KEYS.iter().copied().chain(own).collect()
}

/// Parses the text of a configuration file. `name` is what errors call the file; `root`
/// is the folder relative paths and globs are taken from.
pub fn parse_config(name: &str, text: &str, root: &Path) -> Result<Config, ConfigErrors> {
    let mut parser = Parser {
        name,
        text,
        errors: Vec::new(),
    };
    let config = parser.config(root);
    if parser.errors.is_empty() {
        return Ok(config);
    }
    // TOML tables come back in key order: report in the order of the file.
    let mut errors = parser.errors;
    errors.sort_by_key(|e| e.location().map(|l| (l.line, l.column)));
    Err(ConfigErrors(errors))
}

type Value<'i> = Spanned<DeValue<'i>>;

struct Parser<'a> {
    name: &'a str,
    text: &'a str,
    errors: Vec<ConfigError>,
}

/// The keys of the file, read before they are checked against each other.
#[derive(Default)]
struct Raw {
    lang: Option<LangSetting>,
    glossaries: Vec<(String, Range<usize>)>,
    no_default_glossaries: bool,
    include: Vec<String>,
    exclude: Vec<String>,
    allow: Vec<String>,
    policy: Policy,
}

impl Parser<'_> {
    fn location(&self, span: &Range<usize>) -> Location {
        let (line, column) = line_col(self.text, span.start);
        Location {
            file: self.name.to_string(),
            line,
            column,
        }
    }

    fn error(&mut self, span: &Range<usize>, message: impl Into<String>) {
        let location = self.location(span);
        self.errors.push(ConfigError::Invalid {
            location,
            message: message.into(),
        });
    }

    fn config(&mut self, root: &Path) -> Config {
        let raw = self.raw();
        // Each pattern was checked where it is written: this cannot fail after that.
        let files = FileFilter::new(root, &raw.include, &raw.exclude).unwrap_or_default();
        let glossaries = raw
            .glossaries
            .into_iter()
            .map(|(path, span)| ConfigPath {
                path: root.join(path),
                origin: self.location(&span),
            })
            .collect();
        let mut policy = raw.policy;
        policy.allow = AllowList::new(&raw.allow);
        Config {
            file: Path::new(self.name).to_path_buf(),
            root: root.to_path_buf(),
            lang: raw.lang,
            glossaries,
            no_default_glossaries: raw.no_default_glossaries,
            files,
            policy,
        }
    }

    fn raw(&mut self) -> Raw {
        let mut raw = Raw::default();
        let (root, syntax_errors) = DeTable::parse_recoverable(self.text);
        if !syntax_errors.is_empty() {
            for e in &syntax_errors {
                let span = e.span().unwrap_or(0..0);
                self.error(&span, e.message().trim().replace('\n', " "));
            }
            return raw;
        }
        for (key, value) in root.into_inner() {
            let key_span = key.span();
            match key.get_ref().as_ref() {
                "lang" => raw.lang = self.lang(&value),
                "glossaries" => raw.glossaries = self.strings(&value, "glossaries"),
                "no-default-glossaries" => {
                    raw.no_default_glossaries = self.boolean(&value, "no-default-glossaries")
                }
                "include" => raw.include = self.patterns(&value, "include"),
                "exclude" => raw.exclude = self.patterns(&value, "exclude"),
                "allow" => {
                    raw.allow = self
                        .strings(&value, "allow")
                        .into_iter()
                        .map(|(s, _)| s)
                        .collect()
                }
                "rules" => self.rules(&value, &mut raw.policy),
                other => self.error(&key_span, unknown_key(other, "", TOP_KEYS)),
            }
        }
        raw
    }

    fn string<'v>(&mut self, value: &'v Value<'_>, key: &str) -> Option<&'v str> {
        match value.get_ref() {
            DeValue::String(s) if s.trim().is_empty() => {
                self.error(&value.span(), format!("`{key}`: empty string"));
                None
            }
            DeValue::String(s) => Some(s.as_ref()),
            other => {
                let found = other.type_str();
                self.error(
                    &value.span(),
                    format!("`{key}` must be a string, found {found}"),
                );
                None
            }
        }
    }

    /// An array of non-empty strings, each with its span.
    fn strings(&mut self, value: &Value<'_>, key: &str) -> Vec<(String, Range<usize>)> {
        let DeValue::Array(items) = value.get_ref() else {
            let found = value.get_ref().type_str();
            self.error(
                &value.span(),
                format!("`{key}` must be an array of strings, found {found}"),
            );
            return Vec::new();
        };
        items
            .iter()
            .filter_map(|item| {
                let s = self.string(item, key)?;
                Some((s.to_string(), item.span()))
            })
            .collect()
    }

    fn patterns(&mut self, value: &Value<'_>, key: &str) -> Vec<String> {
        let mut good = Vec::new();
        for (pattern, span) in self.strings(value, key) {
            match check_pattern(&pattern) {
                Ok(()) => good.push(pattern),
                Err(e) => self.error(
                    &span,
                    format!("`{key}`: bad glob `{pattern}`: {}", e.message),
                ),
            }
        }
        good
    }

    fn boolean(&mut self, value: &Value<'_>, key: &str) -> bool {
        match value.get_ref() {
            DeValue::Boolean(b) => *b,
            other => {
                let found = other.type_str();
                self.error(
                    &value.span(),
                    format!("`{key}` must be true or false, found {found}"),
                );
                false
            }
        }
    }

    fn lang(&mut self, value: &Value<'_>) -> Option<LangSetting> {
        let s = self.string(value, "lang")?;
        if s.eq_ignore_ascii_case("auto") {
            return Some(LangSetting::Auto);
        }
        match s.parse::<LangTag>() {
            Ok(tag) => Some(LangSetting::Tag(tag)),
            Err(e) => {
                self.error(&value.span(), format!("`lang`: {e}"));
                None
            }
        }
    }

    fn rules(&mut self, value: &Value<'_>, policy: &mut Policy) {
        let DeValue::Table(table) = value.get_ref() else {
            let found = value.get_ref().type_str();
            self.error(
                &value.span(),
                format!("`rules` must be a table, found {found}"),
            );
            return;
        };
        for (key, setting) in table {
            let Some(rule) = Rule::from_name(key.get_ref()) else {
                self.error(&key.span(), unknown_rule(key.get_ref()));
                continue;
            };
            if let Some(p) = self.rule_policy(rule, setting, &mut policy.options) {
                policy.rules.insert(rule, p);
            }
        }
    }

    /// `rule = "warning"`, or `[rules.rule]` with `level`, `min-confidence` and the options
    /// the rule declares ([`Rule::options`]), whose values go to `options`.
    fn rule_policy(
        &mut self,
        rule: Rule,
        value: &Value<'_>,
        options: &mut RuleOptions,
    ) -> Option<RulePolicy> {
        match value.get_ref() {
            DeValue::String(_) => {
                let level = self.level(value, rule.name())?;
                Some(RulePolicy {
                    level: Some(level),
                    ..RulePolicy::default()
                })
            }
            DeValue::Table(table) => {
                let mut policy = RulePolicy::default();
                for (key, v) in table {
                    match key.get_ref().as_ref() {
                        "level" => policy.level = self.level(v, "level"),
                        "min-confidence" => policy.min_confidence = self.confidence(v),
                        other => match rule.options().iter().find(|o| o.key == other) {
                            Some(option) => match option.kind {
                                OptionKind::Boolean => {
                                    let value = self.boolean(v, option.key);
                                    options.set_flag(rule, option.key, value);
                                }
                            },
                            None => {
                                let place = format!(" in `[rules.{rule}]`");
                                let keys = rule_keys(rule);
                                self.error(&key.span(), unknown_key(other, &place, &keys))
                            }
                        },
                    }
                }
                Some(policy)
            }
            other => {
                let found = other.type_str();
                self.error(
                    &value.span(),
                    format!(
                        "rule `{rule}` must be set to {} or a table with `level`, `min-confidence`, found {found}",
                        Level::NAMES
                    ),
                );
                None
            }
        }
    }

    fn level(&mut self, value: &Value<'_>, key: &str) -> Option<Level> {
        let s = self.string(value, key)?;
        let level = Level::from_name(s);
        if level.is_none() {
            self.error(
                &value.span(),
                format!("`{key}`: unknown level `{s}`, expected {}", Level::NAMES),
            );
        }
        level
    }

    fn confidence(&mut self, value: &Value<'_>) -> Option<f32> {
        let number = match value.get_ref() {
            DeValue::Float(f) => f.as_str().replace('_', "").parse::<f64>().ok(),
            DeValue::Integer(i) if i.radix() == 10 => {
                i.as_str().replace('_', "").parse::<f64>().ok()
            }
            _ => None,
        };
        match number {
            Some(n) if (0.0..=1.0).contains(&n) => Some(n as f32),
            _ => {
                self.error(
                    &value.span(),
                    "`min-confidence` must be a number from 0 to 1",
                );
                None
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Level;
    use mtlint_check::Severity;

    fn parse(text: &str) -> Result<Config, ConfigErrors> {
        parse_config("mtlint.toml", text, Path::new("/proj"))
    }

    fn errors(text: &str) -> Vec<String> {
        parse(text)
            .expect_err("the configuration is invalid")
            .iter()
            .map(ToString::to_string)
            .collect()
    }

    #[test]
    fn complete_file_is_read() {
        let config = parse(
            r#"
lang = "pt-BR"
glossaries = ["glossaries/", "extra.toml"]
no-default-glossaries = true
include = ["docs/**/*.md"]
exclude = ["drafts"]
allow = ["Wanson"]

[rules]
spaced-hyphen = "off"
wrong-term = "warning"

[rules.name-near-miss]
level = "info"
min-confidence = 0.8
"#,
        )
        .unwrap();
        assert_eq!(
            config.lang,
            Some(LangSetting::Tag("pt-BR".parse().unwrap()))
        );
        assert_eq!(config.glossaries[1].path, Path::new("/proj/extra.toml"));
        assert_eq!(config.glossaries[1].origin.line, 3);
        assert!(config.no_default_glossaries);
        assert!(config.policy.allow.allows("wanson"));
        assert_eq!(config.policy.disabled_rules(), [Rule::SpacedHyphen]);
        let near = config.policy.rules[&Rule::NameNearMiss];
        assert_eq!(near.level.and_then(Level::severity), Some(Severity::Info));
        assert_eq!(near.min_confidence, Some(0.8));
        assert!(!config.files.selects(Path::new("/proj/drafts/a.md")));
        assert!(config.files.selects(Path::new("/proj/docs/a.md")));
        assert!(!config.files.selects(Path::new("/proj/a.md")));
    }

    #[test]
    fn empty_file_changes_nothing() {
        let config = parse("").unwrap();
        assert!(config.lang.is_none() && config.glossaries.is_empty());
        assert!(config.policy.rules.is_empty() && config.files.is_empty());
    }

    #[test]
    fn unknown_keys_point_at_the_key() {
        assert_eq!(
            errors("lang = \"pt\"\n  glosaries = []\n"),
            ["mtlint.toml:2:3: unknown key `glosaries` (did you mean `glossaries`?), expected one of `lang`, `glossaries`, `no-default-glossaries`, `include`, `exclude`, `allow`, `rules`"]
        );
        assert_eq!(
            errors("[rules.name-near-miss]\nmin-confidense = 0.5\n"),
            ["mtlint.toml:2:1: unknown key `min-confidense` in `[rules.name-near-miss]` (did you mean `min-confidence`?), expected `level`, `min-confidence`"]
        );
    }

    #[test]
    fn unknown_rule_and_level_point_at_them() {
        let e = errors("[rules]\nwrong-trem = \"off\"\nwrong-term = \"loud\"\n");
        assert_eq!(e.len(), 2);
        assert!(
            e[0].starts_with("mtlint.toml:2:1: unknown rule `wrong-trem`: did you mean `wrong-term`? (rules: wrong-term,"),
            "{}",
            e[0]
        );
        assert_eq!(
            e[1],
            "mtlint.toml:3:14: `wrong-term`: unknown level `loud`, expected \"off\", \"info\", \"warning\" or \"error\""
        );
    }

    #[test]
    fn wrong_types_and_values() {
        let e = errors(
            "lang = \"xx-\"\nglossaries = \"one.toml\"\nallow = [\"ok\", 3, \"\"]\nno-default-glossaries = \"yes\"\n[rules.untranslated]\nmin-confidence = 1.5\n",
        );
        assert_eq!(e.len(), 6, "{e:#?}");
        assert!(e[0].starts_with("mtlint.toml:1:8: `lang`:"), "{}", e[0]);
        assert_eq!(
            e[1],
            "mtlint.toml:2:14: `glossaries` must be an array of strings, found string"
        );
        assert_eq!(
            e[2],
            "mtlint.toml:3:16: `allow` must be a string, found integer"
        );
        assert_eq!(e[3], "mtlint.toml:3:19: `allow`: empty string");
        assert_eq!(
            e[4],
            "mtlint.toml:4:25: `no-default-glossaries` must be true or false, found string"
        );
        assert_eq!(
            e[5],
            "mtlint.toml:6:18: `min-confidence` must be a number from 0 to 1"
        );
    }

    #[test]
    fn bad_glob_points_at_the_pattern() {
        let e = errors("exclude = [\"ok/**\", \"bad[\"]\n");
        assert_eq!(e.len(), 1);
        assert!(
            e[0].starts_with("mtlint.toml:1:21: `exclude`: bad glob `bad[`"),
            "{}",
            e[0]
        );
    }

    #[test]
    fn syntax_error_has_a_position() {
        let e = errors("lang = \"pt\"\nallow = [\"a\"\n");
        assert!(e[0].starts_with("mtlint.toml:"), "{}", e[0]);
        assert!(!e[0].starts_with("mtlint.toml:1:1:"), "{}", e[0]);
    }

    #[test]
    fn auto_and_integer_confidence() {
        let config = parse("lang = \"auto\"\n[rules.untranslated]\nmin-confidence = 1\n").unwrap();
        assert_eq!(config.lang, Some(LangSetting::Auto));
        assert_eq!(
            config.policy.rules[&Rule::Untranslated].min_confidence,
            Some(1.0)
        );
    }

    #[test]
    fn untranslated_may_allow_quoted_text() {
        let config = parse("[rules.untranslated]\nallow-quoted = true\n").unwrap();
        assert!(config
            .policy
            .options()
            .flag(Rule::Untranslated, "allow-quoted"));
        let config = parse("[rules.untranslated]\nlevel = \"info\"\n").unwrap();
        let off = |p: &Policy| !p.options().flag(Rule::Untranslated, "allow-quoted");
        assert!(off(&config.policy), "off by default");
        assert!(off(&Policy::default()));
    }

    #[test]
    fn allow_quoted_is_a_boolean_of_untranslated_only() {
        assert_eq!(
            errors("[rules.untranslated]\nallow-quoted = \"yes\"\n"),
            ["mtlint.toml:2:16: `allow-quoted` must be true or false, found string"]
        );
        assert_eq!(
            errors("[rules.wrong-term]\nallow-quoted = true\n"),
            ["mtlint.toml:2:1: unknown key `allow-quoted` in `[rules.wrong-term]`, expected `level`, `min-confidence`"]
        );
        assert_eq!(
            errors("[rules.untranslated]\nallow-quotes = true\n"),
            ["mtlint.toml:2:1: unknown key `allow-quotes` in `[rules.untranslated]` (did you mean `allow-quoted`?), expected one of `level`, `min-confidence`, `allow-quoted`"]
        );
    }
}
