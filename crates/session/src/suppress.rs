//! Dropping findings the user turned off: inline `<!-- mtlint-disable… -->` comments in
//! the text, then the configuration's policy (rules off, `min-confidence`, `allow`, and
//! severity levels). Applied to every check, so `--fix` never touches what is suppressed.

use mtlint_check::{Finding, LineIndex};
use mtlint_config::{Policy, Suppressions};

/// What a run suppresses, shared by the threads.
#[derive(Debug, Default)]
pub struct Suppress {
    policy: Policy,
}

impl Suppress {
    pub fn new(policy: Policy) -> Self {
        Suppress { policy }
    }

    /// The findings of `text` left after its inline directives (when `inline`: a
    /// bilingual file's directives are its units') and the policy.
    pub fn apply(&self, text: &str, findings: Vec<Finding>, inline: bool) -> Vec<Finding> {
        // Malformed directives were reported by `check_directives` before checking.
        let inline = if inline {
            Suppressions::parse(text).unwrap_or_default()
        } else {
            Suppressions::default()
        };
        let findings = if inline.is_empty() {
            findings
        } else {
            findings
                .into_iter()
                .filter(|f| !inline.suppresses(f))
                .collect()
        };
        self.policy.apply(text, findings)
    }
}

/// A malformed directive in `text` (e.g. a misspelt rule name), as `name:line:col: …`.
/// With several, the first is shown and the others counted.
pub fn check_directives(name: &str, text: &str) -> Result<(), String> {
    let Err(errors) = Suppressions::parse(text) else {
        return Ok(());
    };
    let Some(first) = errors.first() else {
        return Ok(());
    };
    let at = LineIndex::new(text).line_col(text, first.offset);
    let more = match errors.len() - 1 {
        0 => String::new(),
        1 => " (and 1 more directive error)".to_string(),
        n => format!(" (and {n} more directive errors)"),
    };
    Err(format!(
        "{name}:{}:{}: {}{more}",
        at.line, at.column, first.message
    ))
}
