use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use mtlint_check::language::detect_language;
use mtlint_check::{Checker, Document, DocumentKind, Finding, Rule, Settings};
use mtlint_glossary::{GlossarySet, LangTag};
use rayon::prelude::*;

use crate::args::{CheckArgs, LangChoice};
use crate::commands::rule::lookup;
use crate::input::{self, Input, InputError};
use crate::progress::Progress;
use crate::report::{self, Outcome, Problem, Report};
use crate::suppress::{self, Suppress};
use crate::write::write_file;
use crate::{baseline, config, fix, CliError, ExitCode};

/// `mtlint check`: reads every file, settles its language, checks it, reports in input order.
pub fn run(args: CheckArgs) -> Result<ExitCode, CliError> {
    if args.jobs.is_none_or(|j| j.get() > 1) {
        // lingua's one-time set-up, on the second core while glossaries load; a finished
        // run does not wait for it.
        std::thread::spawn(mtlint_check::language::warm_up);
    }
    let disabled = args
        .disable
        .iter()
        .map(|name| lookup(name))
        .collect::<Result<Vec<Rule>, _>>()?;
    // mtlint.toml merged with the flags (flags win).
    let run_config = config::resolve(&args, disabled)?;
    let rules = RuleSettings {
        disabled: run_config.disabled.clone(),
        allow_quoted: run_config.policy.allow_quoted(),
    };
    let suppress = Suppress::new(run_config.policy.clone());
    let baseline = args.baseline.as_deref().map(baseline::read).transpose()?;
    let set = run_config.load_glossaries()?;
    if let LangChoice::Tag(lang) = &run_config.lang {
        warn_if_uncovered(lang, &set);
    }
    let paths = config::select(&args.paths, &run_config.files);
    if paths.is_empty() {
        return Err(CliError::Usage(
            "no files to check (folders are searched for .txt and .md files)".into(),
        ));
    }
    let pool = thread_pool(args.jobs)?;
    let progress = Progress::new(paths.len());
    let mode = FixMode::of(&args);
    let results = pool.install(|| {
        // The checker is built while the files are read (and their language detected):
        // for the language given, or, when detecting, for the one language the glossaries
        // cover, the likely answer (a wrong guess only costs building it).
        let covered = set.languages();
        let given = match &run_config.lang {
            LangChoice::Tag(tag) => Some(tag.clone()),
            LangChoice::Auto if covered.len() == 1 => Some(covered[0].clone()),
            LangChoice::Auto => None,
        };
        let (read, early) = rayon::join(
            || read_all(&paths, &run_config.lang, &set),
            || given.map(|lang| build_checker(&set, &lang, &rules)),
        );
        let checkers = build_checkers(&set, &read, &rules, early);
        let checked: Vec<FileResult> = read
            .into_par_iter()
            .zip(paths.par_iter())
            .map(|(r, path)| {
                let outcome = match r {
                    Ok((input, lang)) => {
                        check_file(&checkers[&lang], &suppress, path, input, lang, mode)
                    }
                    Err(p) if p.notice => FileResult::new(Outcome::Skipped(p)),
                    Err(p) => FileResult::new(Outcome::Failed(p)),
                };
                progress.inc();
                outcome
            })
            .collect();
        checked
    });
    progress.finish();
    let (mut outcomes, fixes): (Vec<Outcome>, Vec<FileFix>) =
        results.into_iter().map(|r| (r.outcome, r.fix)).unzip();
    if let Some(path) = &args.write_baseline {
        return write_baseline(path, &outcomes);
    }
    if let Some(baseline) = baseline {
        let known = baseline::filter(baseline, &mut outcomes);
        if known > 0 {
            let s = if known == 1 { "" } else { "s" };
            crate::error::notice(&format!(
                "{known} known finding{s} left out (in the baseline)"
            ));
        }
    }
    match mode {
        FixMode::Diff => return print_diffs(&outcomes, &fixes),
        FixMode::Fix => {
            if report_fixes(&outcomes, &fixes, args.paths.iter().any(|p| is_stdin(p)))? {
                let report = Report { outcomes };
                return Ok(report.exit_code(args.fail_on.unwrap_or_default()));
            }
        }
        FixMode::Report => {}
    }
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

fn resolve_lang(
    choice: &LangChoice,
    input: &Input,
    set: &GlossarySet,
    kind: DocumentKind,
) -> Result<LangTag, String> {
    let covered = set.languages();
    let lang = match choice {
        LangChoice::Tag(tag) => return Ok(tag.clone()),
        // Markdown: the language of the prose, not of its code.
        LangChoice::Auto => {
            match detect_language(Document::new(&input.text, kind).checked_text()) {
                Some(lang) => lang,
                // Too little text to tell: with glossaries for one language only, that is it.
                None if covered.len() == 1 => covered[0].clone(),
                None => {
                    return Err(format!(
                        "{}: cannot detect the language of the text; pass --lang",
                        input.name
                    ))
                }
            }
        }
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

/// A language given with `--lang` (or in mtlint.toml) that no glossary covers is checked,
/// but only by the rules that need no glossary: say so rather than report a clean text.
fn warn_if_uncovered(lang: &LangTag, set: &GlossarySet) {
    let covered = set.languages();
    if covered.iter().any(|c| c.overlaps(lang)) {
        return;
    }
    let list: Vec<String> = covered.iter().map(ToString::to_string).collect();
    let cover = if list.is_empty() {
        "no glossaries are loaded".to_string()
    } else {
        format!("glossaries cover: {}", list.join(", "))
    };
    crate::error::notice(&format!(
        "warning: no glossary is for {} ({lang}) ({cover}): only the rules that need none run; add one with --glossary",
        lang.language_name()
    ));
}

/// Every file's text and language, in input order.
fn read_all(
    paths: &[PathBuf],
    lang: &LangChoice,
    set: &GlossarySet,
) -> Vec<Result<(Input, LangTag), Problem>> {
    paths
        .par_iter()
        .map(|path| {
            let input = input::read(path).map_err(|e| describe(path, &e))?;
            suppress::check_directives(&input.name, &input.text).map_err(|message| Problem {
                name: input.name.clone(),
                message,
                notice: false,
            })?;
            let lang =
                resolve_lang(lang, &input, set, input::kind_of(path)).map_err(|message| {
                    Problem {
                        name: input.name.clone(),
                        message,
                        notice: false,
                    }
                })?;
            Ok((input, lang))
        })
        .collect()
}

/// What every checker of a run is built with, whatever its language.
struct RuleSettings {
    /// Rules not run at all.
    disabled: Vec<Rule>,
    /// `[rules.untranslated] allow-quoted`.
    allow_quoted: bool,
}

fn build_checker(set: &GlossarySet, lang: &LangTag, rules: &RuleSettings) -> Arc<Checker> {
    let settings = Settings {
        lang: lang.clone(),
        disabled: rules.disabled.clone(),
        allow_quoted: rules.allow_quoted,
    };
    Arc::new(Checker::new(set, settings))
}

/// One checker per language the files are in (`early`: one already built), built in
/// parallel.
fn build_checkers(
    set: &GlossarySet,
    read: &[Result<(Input, LangTag), Problem>],
    rules: &RuleSettings,
    early: Option<Arc<Checker>>,
) -> HashMap<LangTag, Arc<Checker>> {
    let mut checkers: HashMap<LangTag, Arc<Checker>> = early
        .map(|c| (c.settings().lang.clone(), c))
        .into_iter()
        .collect();
    let mut langs: Vec<&LangTag> = read
        .iter()
        .flatten()
        .map(|(_, lang)| lang)
        .filter(|lang| !checkers.contains_key(*lang))
        .collect();
    langs.sort();
    langs.dedup();
    let built: Vec<(LangTag, Arc<Checker>)> = langs
        .into_par_iter()
        .map(|lang| (lang.clone(), build_checker(set, lang, rules)))
        .collect();
    checkers.extend(built);
    checkers
}

/// Files larger than this are cut at paragraph boundaries into parts of about
/// `PART_BYTES`, checked in parallel: one huge file then uses every thread.
const LARGE_FILE: usize = 512 * 1024;
const PART_BYTES: usize = 128 * 1024;

/// What `--fix` and `--diff` ask for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum FixMode {
    Report,
    Fix,
    Diff,
}

impl FixMode {
    fn of(args: &CheckArgs) -> Self {
        match (args.fix, args.diff) {
            (_, true) => FixMode::Diff,
            (true, false) => FixMode::Fix,
            (false, false) => FixMode::Report,
        }
    }
}

/// The rayon pool `--jobs` asks for (default: one thread per CPU).
fn thread_pool(jobs: Option<std::num::NonZeroUsize>) -> Result<rayon::ThreadPool, CliError> {
    let threads = jobs
        .or_else(|| std::thread::available_parallelism().ok())
        .map_or(1, std::num::NonZeroUsize::get);
    rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .map_err(|e| CliError::Usage(format!("cannot start {threads} threads: {e}")))
}

/// Checks the prose of `text` (Markdown or plain by `kind`), a large text in parts.
fn check_text(
    checker: &Checker,
    suppress: &Suppress,
    kind: DocumentKind,
    text: &str,
) -> Vec<Finding> {
    let doc = Document::new(text, kind);
    let checked = doc.checked_text();
    let mut findings = if checked.len() > LARGE_FILE {
        let parts: Vec<_> = mtlint_check::split_at_paragraphs(checked, PART_BYTES)
            .into_par_iter()
            .map(|part| checker.check_part(checked, part))
            .collect();
        checker.finish(checked, parts)
    } else {
        checker.check(checked)
    };
    doc.settle(&mut findings);
    suppress.apply(text, findings)
}

/// What became of one file, and what `--fix` or `--diff` did to it.
struct FileResult {
    outcome: Outcome,
    fix: FileFix,
}

/// The fixes of one file.
#[derive(Debug, Default)]
struct FileFix {
    /// Suggestions applied (with `--diff`: that would be applied).
    applied: usize,
    /// The unified diff (`--diff` only).
    diff: String,
    /// The fixed text of stdin (`--fix` only), printed instead of a report.
    stdin_text: Option<String>,
}

impl FileResult {
    fn new(outcome: Outcome) -> Self {
        FileResult {
            outcome,
            fix: FileFix::default(),
        }
    }
}

/// Checks one file and, with `--fix` or `--diff`, fixes it. With `--fix` the outcome
/// holds the fixed text and the findings left in it.
fn check_file(
    checker: &Checker,
    suppress: &Suppress,
    path: &Path,
    input: Input,
    lang: LangTag,
    mode: FixMode,
) -> FileResult {
    let kind = input::kind_of(path);
    let findings = check_text(checker, suppress, kind, &input.text);
    if mode == FixMode::Report {
        return FileResult::new(Outcome::Checked {
            input,
            lang,
            findings,
        });
    }
    let fixed = fix::fix(&input.text, findings, |text| {
        check_text(checker, suppress, kind, text)
    });
    let mut fix = FileFix {
        applied: fixed.applied,
        ..FileFix::default()
    };
    let input = match mode {
        FixMode::Diff => {
            fix.diff = fix::unified_diff(&input.name, &input.text, &fixed.text);
            input
        }
        _ if is_stdin(path) => {
            fix.stdin_text = Some(fixed.text.clone());
            Input {
                name: input.name,
                text: fixed.text,
            }
        }
        _ => {
            if fixed.applied > 0 {
                if let Err(e) = write_file(path, fixed.text.as_bytes(), Some(input.text.as_bytes()))
                {
                    return FileResult::new(Outcome::Failed(Problem {
                        message: format!("{}: cannot write the fixes: {e}", input.name),
                        name: input.name,
                        notice: false,
                    }));
                }
            }
            Input {
                name: input.name,
                text: fixed.text,
            }
        }
    };
    let outcome = Outcome::Checked {
        input,
        lang,
        findings: fixed.remaining,
    };
    FileResult { outcome, fix }
}

fn is_stdin(path: &Path) -> bool {
    path.as_os_str() == "-"
}

fn notice_problems(outcomes: &[Outcome]) {
    for outcome in outcomes {
        match outcome {
            Outcome::Skipped(p) => crate::error::notice(&format!("note: {}", p.message)),
            Outcome::Failed(p) => crate::error::notice(&format!("error: {}", p.message)),
            Outcome::Checked { .. } => {}
        }
    }
}

/// `--diff`: every file's diff in input order and no report; exit code 1 if a file would
/// change.
fn print_diffs(outcomes: &[Outcome], fixes: &[FileFix]) -> Result<ExitCode, CliError> {
    use std::io::Write;
    notice_problems(outcomes);
    report::unless_reader_left((|| {
        let mut out = std::io::stdout().lock();
        for fix in fixes {
            out.write_all(fix.diff.as_bytes())?;
        }
        out.flush()?;
        Ok(())
    })())?;
    Ok(
        if outcomes.iter().any(|o| matches!(o, Outcome::Failed(_))) {
            ExitCode::Error
        } else if fixes.iter().any(|f| !f.diff.is_empty()) {
            ExitCode::Findings
        } else {
            ExitCode::Clean
        },
    )
}

/// `--fix`: says on stderr what was fixed. With stdin among the inputs (`stdin`), stdout
/// carries only its fixed text (nothing if it could not be read) and the report is left
/// out: returns whether that happened.
fn report_fixes(outcomes: &[Outcome], fixes: &[FileFix], stdin: bool) -> Result<bool, CliError> {
    use std::io::Write;
    let applied: usize = fixes.iter().map(|f| f.applied).sum();
    let files = fixes.iter().filter(|f| f.applied > 0).count();
    if applied > 0 {
        let s = if applied == 1 { "" } else { "s" };
        let fs = if files == 1 { "" } else { "s" };
        crate::error::notice(&format!("fixed {applied} problem{s} in {files} file{fs}"));
    }
    let Some(text) = fixes.iter().find_map(|f| f.stdin_text.as_deref()) else {
        if stdin {
            notice_problems(outcomes);
        }
        return Ok(stdin);
    };
    notice_problems(outcomes);
    report::unless_reader_left((|| {
        let mut out = std::io::stdout().lock();
        out.write_all(text.as_bytes())?;
        out.flush()?;
        Ok(())
    })())?;
    let left: usize = outcomes
        .iter()
        .map(|o| match o {
            Outcome::Checked { findings, .. } => findings.len(),
            _ => 0,
        })
        .sum();
    if left > 0 {
        crate::error::notice(&format!("{left} problem(s) left that --fix cannot fix"));
    }
    Ok(true)
}

/// `--write-baseline`: records the findings instead of reporting them; exit code 0
/// unless a file could not be checked.
fn write_baseline(path: &Path, outcomes: &[Outcome]) -> Result<ExitCode, CliError> {
    notice_problems(outcomes);
    let count = baseline::write(path, outcomes)?;
    let s = if count == 1 { "" } else { "s" };
    crate::error::notice(&format!("wrote {count} finding{s} to {}", path.display()));
    Ok(
        if outcomes.iter().any(|o| matches!(o, Outcome::Failed(_))) {
            ExitCode::Error
        } else {
            ExitCode::Clean
        },
    )
}
