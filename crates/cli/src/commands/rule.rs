use std::io::Write;

use mtlint_check::Rule;

use crate::{CliError, ExitCode};

/// `mtlint rule [NAME]`: the list of rules, or one rule's documentation.
pub fn run(name: Option<&str>) -> Result<ExitCode, CliError> {
    let mut out = std::io::stdout().lock();
    match name {
        None => {
            for rule in Rule::ALL {
                writeln!(
                    out,
                    "{:<24} {:<8} {}",
                    rule.name(),
                    rule.default_severity().as_str(),
                    rule.doc().summary
                )?;
            }
        }
        Some(name) => {
            let rule = lookup(name)?;
            let doc = rule.doc();
            writeln!(
                out,
                "# {} ({})\n",
                rule.name(),
                rule.default_severity().as_str()
            )?;
            writeln!(out, "{}\n", doc.summary)?;
            writeln!(out, "## What it catches\n\n{}\n", doc.what)?;
            writeln!(out, "## Why it matters\n\n{}\n", doc.why)?;
            writeln!(out, "## Example\n\n    {}\n", doc.example)?;
            writeln!(out, "## Fix safety\n\n{}\n", doc.fix)?;
            writeln!(out, "More: {}", crate::REPOSITORY)?;
        }
    }
    Ok(ExitCode::Clean)
}

/// The rule called `name`, or a usage error listing the rules.
pub fn lookup(name: &str) -> Result<Rule, CliError> {
    Rule::from_name(name).ok_or_else(|| CliError::Usage(mtlint_config::names::unknown_rule(name)))
}
