use std::path::{Path, PathBuf};

use mtlint_check::{ByteRange, Rule};
use mtlint_glossary::{GlossarySet, LangTag};
use mtlint_session::{
    Cancel, CheckError, FileKind, LangChoice, LanguageError, ReadOptions, Session,
};
use rayon::prelude::*;

use crate::args::{CheckArgs, Format, InputChoice};
use crate::commands::rule::lookup;
use crate::input::{self, Input, InputError, Kind};
use crate::progress::Progress;
use crate::report::{self, Outcome, Pair, Problem, Report};
use crate::write::write_file;
use crate::{baseline, config, fix, CliError, ExitCode};

/// `mtlint check`: reads every file, settles its language, checks it, reports in input order.
pub fn run(args: CheckArgs) -> Result<ExitCode, CliError> {
    let disabled = args
        .disable
        .iter()
        .map(|name| lookup(name))
        .collect::<Result<Vec<Rule>, _>>()?;
    // mtlint.toml merged with the flags (flags win).
    let run_config = config::resolve(&args, disabled)?;
    let baseline = args.baseline.as_deref().map(baseline::read).transpose()?;
    let mut session_config = run_config.session_config();
    session_config.read = ReadOptions {
        include_fuzzy: args.include_fuzzy,
        source_lang: args.source_lang.clone(),
        target_lang: match &run_config.lang {
            LangChoice::Tag(tag) => Some(tag.to_string()),
            LangChoice::Auto => None,
        },
        fields: args.fields.clone(),
    };
    let glossaries = run_config.load_glossaries()?;
    let lang_detected = run_config.lang == LangChoice::Auto;
    if let LangChoice::Tag(tag) = &run_config.lang {
        known_variant(&glossaries, tag)?;
    }
    // Never dropped: the process ends after the run, and freeing the compiled glossaries
    // piece by piece cost about 8 M instructions of a 100 M start-up.
    let session = std::mem::ManuallyDrop::new(Session::new(glossaries, session_config));
    if let Some(warning) = session.uncovered_warning() {
        crate::error::notice(&warning);
    }
    let paths = config::select(&args.paths, &run_config.files);
    if paths.is_empty() {
        return Err(CliError::Usage(
            "no files to check (folders are searched for .txt, .md, .po, .xlf, .xliff and .tmx files)".into(),
        ));
    }
    if args.stdin_filename.is_some() && !args.paths.iter().any(|p| is_stdin(p)) {
        return Err(CliError::Usage(
            "--stdin-filename names stdin: give `-` among the paths".into(),
        ));
    }
    let source = read_source(&args, &paths)?;
    let files = Files {
        session: &session,
        choice: args.input_format,
        source: source.as_ref(),
        pairs: args.format == Format::Html,
        stdin_name: args.stdin_filename.as_deref(),
    };
    let work = Work::of(&paths);
    let pool = thread_pool(args.jobs, work.units())?;
    let progress = Progress::new(paths.len());
    let mode = FixMode::of(&args);
    // Every rayon call of the run happens in this pool, lingua's included: no other
    // thread is started (no global pool, no thread of lingua's own).
    let results = pool.install(|| {
        // The likely language's checker is built while the files are read (and their
        // language detected): a wrong guess only costs building it. Empty files are
        // never checked, so a run of only empty files builds nothing.
        let detect = lang_detected && work.has_text;
        let (read, _) = rayon::join(
            || {
                if detect {
                    // Built before any file's detection, on this pool thread (see
                    // `prepare_detection`).
                    mtlint_check::language::prepare_detection();
                }
                read_all(&paths, &files)
            },
            || {
                if work.has_text {
                    session.build_likely();
                }
            },
        );
        let mut langs: Vec<LangTag> = read.iter().flatten().map(|(_, l, _)| l.clone()).collect();
        langs.sort();
        langs.dedup();
        session.build_checkers(&langs);
        let checked: Vec<FileResult> = read
            .into_par_iter()
            .zip(paths.par_iter())
            .map(|(r, path)| {
                let outcome = match r {
                    Ok((input, lang, kind)) => check_file(&files, path, input, lang, kind, mode),
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
                let report = Report {
                    outcomes,
                    lang_detected,
                };
                return Ok(report.exit_code(args.fail_on.unwrap_or_default()));
            }
        }
        FixMode::Report => {}
    }
    let report = Report {
        outcomes,
        lang_detected,
    };
    report::write(
        &report,
        args.format,
        args.color,
        args.max_width,
        args.output.as_deref(),
    )?;
    Ok(report.exit_code(args.fail_on.unwrap_or_default()))
}

/// `--lang` (or `lang` in mtlint.toml) with a region the glossaries of that language do
/// not know, such as `pt-BZ`, would silently check with no variant's entries: refused,
/// with the variants there are.
fn known_variant(glossaries: &GlossarySet, tag: &LangTag) -> Result<(), CliError> {
    let Some(region) = tag.region() else {
        return Ok(());
    };
    let variants = glossaries.variants_of(tag.language());
    if variants.is_empty() || variants.iter().any(|v| v.region() == Some(region)) {
        return Ok(());
    }
    let names: Vec<String> = variants.iter().map(ToString::to_string).collect();
    let hint = mtlint_config::names::did_you_mean(
        &tag.to_string(),
        &names.iter().map(String::as_str).collect::<Vec<_>>(),
    );
    Err(CliError::Usage(format!(
        "unknown variant `{tag}`{hint} (the glossaries know {}, or `{}` for all of them)",
        names.join(", "),
        tag.language()
    )))
}

/// An input problem: a notice for an empty file, an error otherwise.
fn describe(path: &Path, e: &InputError) -> Problem {
    Problem {
        name: path.display().to_string(),
        message: e.to_string(),
        notice: e.is_notice(),
        uncovered: false,
    }
}

/// Why a file was not checked. A file in a language no glossary covers, found while
/// detecting (an English README beside the translations), is skipped with a note, not
/// an error: the language was not asked for.
fn unchecked(name: &str, e: &CheckError) -> Problem {
    match e {
        CheckError::Language(LanguageError::Uncovered {
            language,
            lang,
            covered,
            ..
        }) => Problem {
            name: name.to_string(),
            message: format!(
                "{name}: skipped: the text looks like {language} ({lang}), and no glossary covers it (glossaries cover: {covered}); pass --lang to check it anyway"
            ),
            notice: true,
            uncovered: true,
        },
        e => Problem {
            name: name.to_string(),
            message: e.to_string(),
            notice: false,
            uncovered: false,
        },
    }
}

/// What every file of a run is read with.
struct Files<'a> {
    session: &'a Session,
    /// `--input-format`.
    choice: Option<InputChoice>,
    /// `--source`: the source text of the one file checked.
    source: Option<&'a Input>,
    /// Whether the report shows each unit's source beside its target (`--format html`).
    pairs: bool,
    /// `--stdin-filename`: what stdin is named and read as.
    stdin_name: Option<&'a Path>,
}

impl Files<'_> {
    /// How the session is to read a file of `kind`.
    fn file_kind(&self, kind: Kind) -> FileKind<'_> {
        match (kind, self.source) {
            (_, Some(source)) => FileKind::WithSource {
                name: &source.name,
                text: &source.text,
            },
            (Kind::Text(kind), None) => FileKind::Text(kind),
            (Kind::Bilingual(format), None) => FileKind::Bilingual(format),
        }
    }

    /// The units of `input` with their sources, for the report; empty when the report
    /// does not show them or the file has no source (plain text, Markdown).
    fn pairs(&self, input: &Input, kind: FileKind<'_>) -> Vec<Pair> {
        if !self.pairs || matches!(kind, FileKind::Text(_)) {
            return Vec::new();
        }
        // The file was read once already: reading it again cannot fail.
        let segments = self
            .session
            .segments(&input.name, &input.text, kind)
            .unwrap_or_default();
        segments
            .into_iter()
            .map(|s| Pair {
                target: s
                    .target
                    .map()
                    .file_range(ByteRange::new(0, s.target.text().len())),
                id: s.id,
                source: s.source.map(|m| m.text().to_string()),
            })
            .collect()
    }
}

/// `--source FILE`, read; only with one file to check.
fn read_source(args: &CheckArgs, paths: &[PathBuf]) -> Result<Option<Input>, CliError> {
    let Some(path) = &args.source else {
        return Ok(None);
    };
    if paths.len() != 1 {
        return Err(CliError::Usage(format!(
            "--source pairs one file with its source, and {} files were given",
            paths.len()
        )));
    }
    input::read(path)
        .map(Some)
        .map_err(|e| CliError::Usage(format!("--source: {e}")))
}

/// Every file's text, language and kind, in input order.
fn read_all(paths: &[PathBuf], files: &Files<'_>) -> Vec<Result<(Input, LangTag, Kind), Problem>> {
    paths
        .par_iter()
        .map(|path| {
            let mut input = input::read(path).map_err(|e| describe(path, &e))?;
            // `--stdin-filename`: stdin is that file, for its kind and in the report.
            let named = match files.stdin_name {
                Some(name) if is_stdin(path) => {
                    input.name = name.display().to_string();
                    name
                }
                _ => path,
            };
            let kind = input::kind_of(named, &input.text, files.choice);
            let lang = files
                .session
                .prepare(&input.name, &input.text, files.file_kind(kind))
                .map_err(|e| unchecked(&input.name, &e))?;
            Ok((input, lang, kind))
        })
        .collect()
}

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
/// The pool's threads: as many as asked (`--jobs`, else one per core), but never more
/// than there is work for.
fn thread_pool(
    jobs: Option<std::num::NonZeroUsize>,
    work: usize,
) -> Result<rayon::ThreadPool, CliError> {
    let threads = thread_count(
        jobs.or_else(|| std::thread::available_parallelism().ok()),
        work,
    );
    rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .map_err(|e| CliError::Usage(format!("cannot start {threads} threads: {e}")))
}

/// At most `asked` threads (one without a limit), and no more than `work`, at least one.
fn thread_count(asked: Option<std::num::NonZeroUsize>, work: usize) -> usize {
    asked
        .map_or(1, std::num::NonZeroUsize::get)
        .min(work)
        .max(1)
}

/// What the files of a run give the threads to do, known before reading them.
struct Work {
    /// The parts all files are checked in (a large file is checked in parts, in
    /// parallel; its size bounds the text checked). Stdin and unreadable paths count as one.
    parts: usize,
    /// Whether any file may have text: an empty file is never checked (it is a notice).
    has_text: bool,
}

impl Work {
    fn of(paths: &[PathBuf]) -> Self {
        let sizes: Vec<Option<u64>> = paths
            .iter()
            .map(|p| std::fs::metadata(p).ok().map(|m| m.len()))
            .collect();
        Work {
            parts: sizes
                .iter()
                .map(|size| size.map_or(1, mtlint_session::parts_of))
                .fold(0, usize::saturating_add),
            // Stdin and unreadable paths (no size) may have text.
            has_text: sizes.iter().any(|size| size.is_none_or(|len| len > 0)),
        }
    }

    /// The tasks a run can keep busy at once: each file part, and building the likely
    /// language's checker while the files are read (only if some file has text).
    fn units(&self) -> usize {
        self.parts.saturating_add(usize::from(self.has_text))
    }
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
    files: &Files<'_>,
    path: &Path,
    input: Input,
    lang: LangTag,
    kind: Kind,
    mode: FixMode,
) -> FileResult {
    let (session, kind) = (files.session, files.file_kind(kind));
    // The command line never cancels.
    let never = Cancel::new();
    let findings = match session.check_with_notes(&lang, &input.name, &input.text, kind, &never) {
        Ok(checked) => {
            for note in checked.notes {
                crate::error::notice(&format!("note: {note}"));
            }
            checked.findings
        }
        Err(e) => return failed(input, &e),
    };
    if mode == FixMode::Report {
        let pairs = files.pairs(&input, kind);
        return FileResult::new(Outcome::Checked {
            input,
            lang,
            findings,
            pairs,
        });
    }
    let fixed = match session.fix_in(&lang, &input.name, &input.text, kind, findings, &never) {
        Ok(fixed) => fixed,
        Err(e) => return failed(input, &e),
    };
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
                        uncovered: false,
                    }));
                }
            }
            Input {
                name: input.name,
                text: fixed.text,
            }
        }
    };
    let pairs = files.pairs(&input, kind);
    let outcome = Outcome::Checked {
        input,
        lang,
        findings: fixed.remaining,
        pairs,
    };
    FileResult { outcome, fix }
}

/// A file whose check stopped before its end (the error names the file).
fn failed(input: Input, why: &CheckError) -> FileResult {
    FileResult::new(Outcome::Failed(Problem {
        message: why.to_string(),
        name: input.name,
        notice: false,
        uncovered: false,
    }))
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

#[cfg(test)]
mod tests {
    use super::*;
    use std::num::NonZeroUsize;

    fn jobs(n: usize) -> Option<NonZeroUsize> {
        NonZeroUsize::new(n)
    }

    #[test]
    fn no_more_threads_than_work_nor_than_asked() {
        assert_eq!(thread_count(jobs(8), 2), 2);
        assert_eq!(thread_count(jobs(2), 1001), 2);
        assert_eq!(thread_count(jobs(1), 5), 1);
        assert_eq!(thread_count(None, 5), 1);
        assert_eq!(thread_count(jobs(4), 0), 1);
    }

    #[test]
    fn work_is_a_task_per_file_part_and_one_for_the_checker() {
        let dir = std::env::temp_dir().join(format!("mtlint-work-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("temp dir");
        let small = dir.join("small.txt");
        let large = dir.join("large.txt");
        std::fs::write(&small, "Olá.\n").expect("write");
        // 1 MiB: over the 512 KiB a file is checked whole, so 8 parts of 128 KiB.
        std::fs::write(&large, "a\n".repeat(512 * 1024)).expect("write");
        let empty = dir.join("empty.txt");
        std::fs::write(&empty, "").expect("write");
        let units = |paths: &[PathBuf]| Work::of(paths).units();
        assert_eq!(units(std::slice::from_ref(&small)), 2);
        assert_eq!(units(&[small.clone(), PathBuf::from("-")]), 3);
        assert_eq!(units(&[small.clone(), large]), 1 + 1 + 8);
        // Empty files are never checked: no checker is built for them.
        assert_eq!(units(std::slice::from_ref(&empty)), 1);
        assert!(!Work::of(std::slice::from_ref(&empty)).has_text);
        assert_eq!(units(&[empty, small]), 3);
        std::fs::remove_dir_all(&dir).expect("clean up");
    }
}
