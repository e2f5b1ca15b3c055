use std::collections::HashMap;
use std::path::Path;
use std::sync::Arc;

use mtlint_check::language::detect_language;
use mtlint_check::{Checker, Finding, Rule, Settings};
use mtlint_glossary::{GlossarySet, LangTag};
use rayon::prelude::*;

use crate::args::{CheckArgs, LangChoice};
use crate::commands::rule::lookup;
use crate::input::{self, Input, InputError};
use crate::report::{self, Outcome, Problem, Report};
use crate::{glossaries, CliError, ExitCode};

/// `mtlint check`: reads every file, settles its language, checks it, reports in input order.
pub fn run(args: CheckArgs) -> Result<ExitCode, CliError> {
    let disabled = args
        .disable
        .iter()
        .map(|name| lookup(name))
        .collect::<Result<Vec<Rule>, _>>()?;
    let set = glossaries::load(&args.glossaries)?;
    let paths = input::expand(&args.paths);
    if paths.is_empty() {
        return Err(CliError::Usage(
            "no files to check (folders are searched for .txt and .md files)".into(),
        ));
    }
    let read: Vec<Result<(Input, LangTag), Problem>> = paths
        .par_iter()
        .map(|path| {
            let input = input::read(path).map_err(|e| describe(path, &e))?;
            let lang = resolve_lang(&args.lang, &input, &set).map_err(|message| Problem {
                name: input.name.clone(),
                message,
                notice: false,
            })?;
            Ok((input, lang))
        })
        .collect();
    let checkers = build_checkers(&set, &read, &disabled);
    let outcomes: Vec<Outcome> = read
        .into_par_iter()
        .map(|r| match r {
            Ok((input, lang)) => {
                let findings: Vec<Finding> = checkers[&lang].check(&input.text);
                Outcome::Checked {
                    input,
                    lang,
                    findings,
                }
            }
            Err(p) if p.notice => Outcome::Skipped(p),
            Err(p) => Outcome::Failed(p),
        })
        .collect();
    let report = Report { outcomes };
    report::write(&report, args.format, args.color)?;
    Ok(report.exit_code(args.fail_on.unwrap_or_default()))
}

/// An input problem: a notice for an empty file, an error otherwise.
fn describe(path: &Path, e: &InputError) -> Problem {
    Problem {
        name: path.display().to_string(),
        message: e.to_string(),
        notice: e.is_notice(),
    }
}

fn resolve_lang(choice: &LangChoice, input: &Input, set: &GlossarySet) -> Result<LangTag, String> {
    let covered = set.languages();
    let lang = match choice {
        LangChoice::Tag(tag) => return Ok(tag.clone()),
        LangChoice::Auto => match detect_language(&input.text) {
            Some(lang) => lang,
            // Too little text to tell: with glossaries for one language only, that is it.
            None if covered.len() == 1 => covered[0].clone(),
            None => {
                return Err(format!(
                    "{}: cannot detect the language of the text; pass --lang",
                    input.name
                ))
            }
        },
    };
    if !covered.is_empty() && !covered.iter().any(|c| c.overlaps(&lang)) {
        let list: Vec<String> = covered.iter().map(ToString::to_string).collect();
        return Err(format!(
            "{}: the text looks like {} ({lang}), and there are no glossaries for it (glossaries cover: {}); pass --lang or --glossary",
            input.name,
            lang.language_name(),
            list.join(", ")
        ));
    }
    Ok(lang)
}

fn build_checkers(
    set: &GlossarySet,
    read: &[Result<(Input, LangTag), Problem>],
    disabled: &[Rule],
) -> HashMap<LangTag, Arc<Checker>> {
    let mut langs: Vec<&LangTag> = read.iter().flatten().map(|(_, lang)| lang).collect();
    langs.sort();
    langs.dedup();
    langs
        .into_iter()
        .map(|lang| {
            let settings = Settings {
                lang: lang.clone(),
                disabled: disabled.to_vec(),
            };
            (lang.clone(), Arc::new(Checker::new(set, settings)))
        })
        .collect()
}
