//! Hostile input (issue 20): inputs built to take superlinear time, special files and
//! links as outputs, terminal escapes, broken pipes. Slowness is caught by a generous
//! watchdog (a run that does not end in [`WATCHDOG`] fails), never by timing assertions.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// Far beyond what any of these runs needs once linear (well under a second each), far
/// below what the quadratic code took (minutes to days).
const WATCHDOG: Duration = Duration::from_secs(30);

fn mtlint() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_mtlint"));
    cmd.env_remove("NO_COLOR").env_remove("CI");
    cmd
}

/// What a finished run left: its exit code, stdout and stderr.
struct Ran {
    code: Option<i32>,
    stdout: String,
    stderr: String,
}

/// Runs `cmd` with `stdin` as its input; fails the test if it runs past the watchdog.
fn run(mut cmd: Command, stdin: &[u8]) -> Ran {
    cmd.stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = cmd.spawn().expect("mtlint starts");
    let input = stdin.to_vec();
    let mut pipe = child.stdin.take().expect("stdin piped");
    let writer = std::thread::spawn(move || {
        // The program may stop reading early (a size limit): not an error here.
        let _ = pipe.write_all(&input);
    });
    let out = read_in_background(&mut child);
    let code = wait_or_kill(&mut child);
    let _ = writer.join();
    let (stdout, stderr) = out();
    Ran {
        code,
        stdout,
        stderr,
    }
}

type Outputs = Box<dyn FnOnce() -> (String, String)>;

fn read_in_background(child: &mut Child) -> Outputs {
    let mut stdout = child.stdout.take().expect("stdout piped");
    let mut stderr = child.stderr.take().expect("stderr piped");
    let out = std::thread::spawn(move || {
        let mut s = Vec::new();
        let _ = stdout.read_to_end(&mut s);
        String::from_utf8_lossy(&s).into_owned()
    });
    let err = std::thread::spawn(move || {
        let mut s = Vec::new();
        let _ = stderr.read_to_end(&mut s);
        String::from_utf8_lossy(&s).into_owned()
    });
    Box::new(move || {
        (
            out.join().expect("stdout reader"),
            err.join().expect("stderr reader"),
        )
    })
}

fn wait_or_kill(child: &mut Child) -> Option<i32> {
    let start = Instant::now();
    loop {
        if let Some(status) = child.try_wait().expect("wait for mtlint") {
            return status.code();
        }
        if start.elapsed() > WATCHDOG {
            let _ = child.kill();
            let _ = child.wait();
            panic!("mtlint ran past the {WATCHDOG:?} watchdog");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// `mtlint check` of `text` on stdin, Portuguese, every rule.
fn check_stdin(text: &str) -> Ran {
    let mut cmd = mtlint();
    cmd.args([
        "check",
        "--no-config",
        "--lang",
        "pt",
        "--format",
        "jsonl",
        "-",
    ]);
    run(cmd, text.as_bytes())
}

/// Letters from a fixed pseudo-random sequence (no two runs differ).
fn random_letters(n: usize) -> String {
    let mut state: u64 = 0x2545_f491_4f6c_dd1d;
    (0..n)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            char::from(b'a' + (state % 26) as u8)
        })
        .collect()
}

const MIB: usize = 1024 * 1024;

#[test]
fn one_huge_token_is_checked_in_linear_time() {
    let text = format!("O presidente disse que {} ontem.\n", random_letters(MIB));
    let ran = check_stdin(&text);
    assert_eq!(ran.code, Some(1), "{}", ran.stderr);
}

#[test]
fn a_long_hyphen_chain_is_checked_in_linear_time() {
    let text = format!("{}a\n", "a-".repeat(64 * 1024));
    let ran = check_stdin(&text);
    assert!(matches!(ran.code, Some(0 | 1)), "{}", ran.stderr);
}

#[test]
fn a_long_line_of_spaced_hyphens_is_checked_in_linear_time() {
    let text = format!("{}\n", "norte -coreano ".repeat(512 * 1024 / 15));
    let ran = check_stdin(&text);
    assert_eq!(ran.code, Some(1), "{}", ran.stderr);
    assert!(ran.stdout.contains("spaced-hyphen"));
}

#[test]
fn a_long_line_of_real_text_is_checked_in_linear_time() {
    let article = std::fs::read_to_string("tests/fixtures/ntrex-dev/ref.pt-BR.txt")
        .expect("the NTREX fixture");
    let line = article.replace('\n', " ");
    let mut text = line.repeat(2 * MIB / line.len() + 1);
    text.push('\n');
    let ran = check_stdin(&text);
    assert!(matches!(ran.code, Some(0 | 1)), "{}", ran.stderr);
}

/// A temporary folder for the file tests.
fn temp() -> tempfile::TempDir {
    tempfile::tempdir().expect("temp dir")
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).expect("write fixture");
    path
}
