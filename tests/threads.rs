//! `--jobs N` never starts more threads than there is work (issue 21): a file part each,
//! and one for building the checker while the files are read. Counted from the kernel's
//! side: every thread the process starts is a `clone`/`clone3` call, which strace logs
//! (lingua's warm-up thread and rayon's global pool, which it started, made 5 threads for
//! the 2 tasks of one article).

use std::process::Command;

const SEED: &str = "tests/fixtures/lavrov-wonsan.pt.txt";

/// The threads `mtlint ARGS` starts, or `None` without strace.
fn threads_started(args: &[&str]) -> Option<usize> {
    let dir = tempfile::tempdir().expect("temp dir");
    let log = dir.path().join("strace.log");
    let status = Command::new("strace")
        .args(["-f", "-qq", "-e", "trace=clone,clone3", "-o"])
        .arg(&log)
        .arg(assert_cmd::cargo::cargo_bin("mtlint"))
        .args(args)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status()
        .ok()?;
    // Exit 1: findings.
    assert!(matches!(status.code(), Some(0 | 1)), "{args:?}: {status}");
    let log = std::fs::read_to_string(&log).expect("strace log");
    // A call is logged whole, or as "clone3(... <unfinished ...>" and later
    // "<... clone3 resumed> ... = TID": count the calls' first lines, less failures.
    let started = log
        .lines()
        .filter(|l| l.contains("clone(") || l.contains("clone3("))
        .filter(|l| !l.contains("= -1"))
        .count();
    Some(started)
}

fn counted(args: &[&str]) -> usize {
    threads_started(args).unwrap_or_else(|| {
        panic!("strace not found: scripts/test-all.sh installs it (Debian package strace)")
    })
}

fn strace_missing() -> bool {
    let missing = Command::new("strace").arg("-V").output().is_err();
    // In CI a missing tool is a failure: scripts/test-all.sh installs it.
    assert!(
        !missing || std::env::var_os("CI").is_none(),
        "strace not installed: run scripts/test-all.sh"
    );
    if missing {
        println!("note: strace not installed (scripts/test-all.sh installs it); skipped");
    }
    missing
}

#[test]
fn one_article_starts_a_thread_per_task() {
    if strace_missing() {
        return;
    }
    // One file and the checker: 2 tasks, however many jobs are allowed, with the language
    // detected (lingua's models load in the same pool) or given.
    let detected = ["check", "--no-config", "-j", "8", SEED];
    assert_eq!(counted(&detected), 2, "language detected");
    let given = ["check", "--no-config", "--lang", "pt", "-j", "8", SEED];
    assert_eq!(counted(&given), 2, "--lang pt");
    // Fewer jobs than tasks: the jobs.
    let one = ["check", "--no-config", "-j", "1", SEED];
    assert_eq!(counted(&one), 1, "-j 1");
}

#[test]
fn files_start_a_thread_each_up_to_the_jobs() {
    if strace_missing() {
        return;
    }
    let dir = tempfile::tempdir().expect("temp dir");
    let text = std::fs::read_to_string(SEED).expect("seed");
    let mut paths = Vec::new();
    for n in 0..3 {
        let path = dir.path().join(format!("{n}.pt.txt"));
        std::fs::write(&path, &text).expect("write");
        paths.push(path.display().to_string());
    }
    let run = |jobs: &str, paths: &[String]| {
        let mut args = vec!["check", "--no-config", "-j", jobs];
        args.extend(paths.iter().map(String::as_str));
        counted(&args)
    };
    // Three files and the checker.
    assert_eq!(run("8", &paths), 4);
    assert_eq!(run("2", &paths), 2);
    // An empty file is never checked: one task, reading it.
    let empty = dir.path().join("empty.txt");
    std::fs::write(&empty, "").expect("write");
    assert_eq!(run("8", &[empty.display().to_string()]), 1);
}
