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
fn a_long_chunk_of_short_words_is_checked_in_linear_time() {
    // Words of two letters joined by hyphens: one chunk without white space or full stop.
    let text = format!("{}ab\n", "ab-".repeat(512 * 1024 / 3));
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

/// `mtlint` with `args`, nothing on stdin.
fn run_args(args: &[&std::ffi::OsStr]) -> Ran {
    let mut cmd = mtlint();
    cmd.args(args);
    run(cmd, b"")
}

fn os<S: AsRef<std::ffi::OsStr> + ?Sized>(s: &S) -> &std::ffi::OsStr {
    s.as_ref()
}

/// A character device like /dev/full (1, 7), made in a temporary folder (never in /dev).
fn device(dir: &Path, name: &str, minor: u32) -> PathBuf {
    let path = dir.join(name);
    let status = Command::new("mknod")
        .arg(&path)
        .args(["c", "1", &minor.to_string()])
        .status()
        .expect("mknod runs");
    assert!(status.success(), "mknod needs root, as the tests run");
    path
}

fn is_char_device(path: &Path) -> bool {
    use std::os::unix::fs::FileTypeExt;
    std::fs::symlink_metadata(path)
        .expect("stat")
        .file_type()
        .is_char_device()
}

const CSV: &str = "tests/fixtures/import/countries.pt-BR.csv";

#[test]
fn import_to_a_full_device_fails_and_leaves_the_device() {
    let dir = temp();
    let full = device(dir.path(), "full", 7);
    let ran = run_args(&[
        os("glossary"),
        os("import"),
        os("--lang"),
        os("pt-BR"),
        os(CSV),
        os("-o"),
        full.as_os_str(),
    ]);
    assert_eq!(ran.code, Some(2), "{}", ran.stderr);
    assert!(ran.stderr.contains("No space left"), "{}", ran.stderr);
    assert!(is_char_device(&full), "the device was replaced by a file");
}

#[test]
fn export_writes_through_a_device_and_a_link() {
    let dir = temp();
    let null = device(dir.path(), "null", 3);
    let ran = run_args(&[
        os("glossary"),
        os("export"),
        os("--to"),
        os("csv"),
        os("-o"),
        null.as_os_str(),
    ]);
    assert_eq!(ran.code, Some(0), "{}", ran.stderr);
    assert!(is_char_device(&null));
    let target = write(dir.path(), "real.csv", b"old");
    let link = dir.path().join("link.csv");
    std::os::unix::fs::symlink("real.csv", &link).expect("symlink");
    let ran = run_args(&[
        os("glossary"),
        os("export"),
        os("--to"),
        os("csv"),
        os("-o"),
        link.as_os_str(),
    ]);
    assert_eq!(ran.code, Some(0), "{}", ran.stderr);
    assert!(std::fs::symlink_metadata(&link)
        .expect("lstat")
        .file_type()
        .is_symlink());
    assert!(std::fs::read_to_string(&target)
        .expect("read")
        .starts_with("source,target"));
}

#[test]
fn import_to_stdout_on_a_full_device_is_an_error() {
    let dir = temp();
    let full = device(dir.path(), "full", 7);
    let mut cmd = mtlint();
    cmd.args(["glossary", "import", "--lang", "pt-BR", CSV]);
    cmd.stdout(std::fs::File::create(&full).expect("open the device"));
    let status = cmd.stderr(Stdio::null()).status().expect("runs");
    assert_eq!(status.code(), Some(2));
}

#[test]
fn write_baseline_through_a_link_keeps_the_link() {
    let dir = temp();
    let text = write(dir.path(), "a.txt", "A Coréia do Norte.\n".as_bytes());
    let target = write(dir.path(), "real.json", b"");
    let link = dir.path().join("baseline.json");
    std::os::unix::fs::symlink("real.json", &link).expect("symlink");
    let ran = run_args(&[
        os("check"),
        os("--no-config"),
        os("--lang"),
        os("pt"),
        os("--write-baseline"),
        link.as_os_str(),
        text.as_os_str(),
    ]);
    assert_eq!(ran.code, Some(0), "{}", ran.stderr);
    assert!(std::fs::symlink_metadata(&link)
        .expect("lstat")
        .file_type()
        .is_symlink());
    assert!(std::fs::read_to_string(&target)
        .expect("read")
        .contains("wrong-term"));
}

const WRONG: &str = "A Coréia do Norte.\n";
const RIGHT: &str = "A Coreia do Norte.\n";

fn fix(path: &Path) -> Ran {
    run_args(&[
        os("check"),
        os("--no-config"),
        os("--lang"),
        os("pt"),
        os("--fix"),
        path.as_os_str(),
    ])
}

#[test]
fn fix_keeps_the_owner_and_refuses_read_only_files() {
    use std::os::unix::fs::{MetadataExt, PermissionsExt};
    let dir = temp();
    let owned = write(dir.path(), "owned.txt", WRONG.as_bytes());
    std::os::unix::fs::chown(&owned, Some(4321), Some(8765)).expect("chown (as root)");
    let ran = fix(&owned);
    assert_eq!(ran.code, Some(0), "{}", ran.stderr);
    assert_eq!(std::fs::read_to_string(&owned).expect("read"), RIGHT);
    let meta = std::fs::metadata(&owned).expect("stat");
    assert_eq!((meta.uid(), meta.gid()), (4321, 8765));

    let locked = write(dir.path(), "locked.txt", WRONG.as_bytes());
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o444)).expect("chmod");
    let ran = fix(&locked);
    assert_eq!(ran.code, Some(2), "{}", ran.stderr);
    assert!(ran.stderr.contains("read-only"), "{}", ran.stderr);
    assert_eq!(std::fs::read_to_string(&locked).expect("read"), WRONG);
}

#[test]
fn fix_of_stdin_writes_only_the_text_to_stdout() {
    for input in ["", "\0binary", "A Coréia do Norte.\n"] {
        let mut cmd = mtlint();
        cmd.args(["check", "--no-config", "--lang", "pt", "--fix", "-"]);
        let ran = run(cmd, input.as_bytes());
        let expected = if input.contains("Coréia") { RIGHT } else { "" };
        assert_eq!(
            ran.stdout, expected,
            "input {input:?}; stderr {}",
            ran.stderr
        );
    }
}

#[test]
fn an_unreadable_folder_is_an_error_and_the_rest_is_checked() {
    use std::os::unix::fs::PermissionsExt;
    let dir = temp();
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).expect("chmod");
    write(dir.path(), "a.txt", WRONG.as_bytes());
    let closed = dir.path().join("closed");
    std::fs::create_dir(&closed).expect("mkdir");
    write(&closed, "b.txt", WRONG.as_bytes());
    std::fs::set_permissions(&closed, std::fs::Permissions::from_mode(0o000)).expect("chmod");
    // As root every folder is readable: run as nobody.
    let mut cmd = Command::new("setpriv");
    cmd.args(["--reuid=65534", "--regid=65534", "--clear-groups"])
        .arg(env!("CARGO_BIN_EXE_mtlint"))
        .args(["check", "--no-config", "--lang", "pt", "--format", "jsonl"])
        .arg(dir.path())
        .current_dir(dir.path());
    let ran = run(cmd, b"");
    assert_eq!(ran.code, Some(2), "{}", ran.stderr);
    assert!(ran.stderr.contains("closed"), "{}", ran.stderr);
    assert!(ran.stdout.contains("a.txt"), "the readable file is checked");
}

#[test]
fn endless_and_huge_inputs_stop_early() {
    let dir = temp();
    let zero = device(dir.path(), "zero", 5);
    let ran = run_args(&[
        os("check"),
        os("--no-config"),
        os("--lang"),
        os("pt"),
        zero.as_os_str(),
    ]);
    assert_eq!(ran.code, Some(2));
    assert!(ran.stderr.contains("binary file"), "{}", ran.stderr);
    let big = write(dir.path(), "big.txt", "Texto. ".repeat(200_000).as_bytes());
    let ran = run_args(&[
        os("check"),
        os("--no-config"),
        os("--lang"),
        os("pt"),
        os("--max-size"),
        os("1M"),
        big.as_os_str(),
    ]);
    assert_eq!(ran.code, Some(2));
    assert!(
        ran.stderr.contains("big.txt: larger than 1 MiB"),
        "{}",
        ran.stderr
    );
    for flag in ["-g", "--baseline"] {
        let ran = run_args(&[
            os("check"),
            os("--no-config"),
            os("--lang"),
            os("pt"),
            os(flag),
            zero.as_os_str(),
            big.as_os_str(),
        ]);
        assert_eq!(ran.code, Some(2), "{flag}: {}", ran.stderr);
    }
    let ran = run_args(&[
        os("glossary"),
        os("import"),
        os("--from"),
        os("csv"),
        os("--max-size"),
        os("1K"),
        zero.as_os_str(),
    ]);
    assert_eq!(ran.code, Some(2));
    assert!(ran.stderr.contains("larger than 1 KiB"), "{}", ran.stderr);
}

#[test]
fn utf16_is_named_as_such() {
    let dir = temp();
    let mut bytes = vec![0xFF, 0xFE];
    bytes.extend(
        "A Coréia do Norte.\n"
            .encode_utf16()
            .flat_map(u16::to_le_bytes),
    );
    let file = write(dir.path(), "u16.txt", &bytes);
    let ran = run_args(&[
        os("check"),
        os("--no-config"),
        os("--lang"),
        os("pt"),
        file.as_os_str(),
    ]);
    assert_eq!(ran.code, Some(2));
    assert!(ran.stderr.contains("UTF-16"), "{}", ran.stderr);
}

#[test]
fn terminal_escapes_are_shown_escaped() {
    let dir = temp();
    let name = "a\u{1b}]0;title\u{7}.txt";
    let text = "O líder norte -coreano \u{1b}[2J\u{8}chegou\u{202e} ontem.\n";
    let file = write(dir.path(), name, text.as_bytes());
    for format in ["human", "github"] {
        let ran = run_args(&[
            os("check"),
            os("--no-config"),
            os("--lang"),
            os("pt"),
            os("--color"),
            os("never"),
            os("--format"),
            os(format),
            file.as_os_str(),
        ]);
        assert_eq!(ran.code, Some(1), "{}", ran.stderr);
        for raw in ['\u{1b}', '\u{7}', '\u{8}', '\u{202e}'] {
            assert!(
                !ran.stdout.contains(raw),
                "{format}: raw {raw:?} in {:?}",
                ran.stdout
            );
        }
        if format == "human" {
            assert!(ran.stdout.contains("\\u{1b}[2J"), "{}", ran.stdout);
        }
    }
}

#[test]
fn a_closed_pipe_keeps_the_exit_code() {
    let text = "A Coréia do Norte.\n".repeat(4_000);
    for extra in [None, Some("--diff")] {
        let mut cmd = mtlint();
        cmd.args(["check", "--no-config", "--lang", "pt"]);
        cmd.args(extra);
        cmd.arg("-")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        let mut child = cmd.spawn().expect("starts");
        let mut stdin = child.stdin.take().expect("stdin");
        let input = text.clone();
        let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
        // The reader goes away at once, as `| head -c0` would.
        drop(child.stdout.take());
        let code = wait_or_kill(&mut child);
        let _ = writer.join();
        let mut stderr = String::new();
        let _ = child
            .stderr
            .take()
            .expect("stderr")
            .read_to_string(&mut stderr);
        assert_eq!(code, Some(1), "{extra:?}: {stderr}");
        assert!(!stderr.contains("error"), "{extra:?}: {stderr}");
    }
}

#[test]
fn glossary_forms_with_line_breaks_controls_or_no_letters_are_errors() {
    let dir = temp();
    let toml = "[glossary]\nname = \"x\"\nlang = \"pt\"\n\n[[term]]\nuse = \"Coreia\\ndo Norte\"\nkind = \"place\"\n\n[[term]]\nuse = \"a\\u0000b\"\nkind = \"place\"\n\n[[term]]\nuse = \"Seul\"\nkind = \"place\"\nalso = [\"a\\u202Eb\", \".*\"]\navoid = [{ text = \"Seoul\", near = [] }]\n";
    let file = write(dir.path(), "g.toml", toml.as_bytes());
    let ran = run_args(&[os("glossary"), os("check"), file.as_os_str()]);
    assert_eq!(ran.code, Some(2));
    for at in [
        "g.toml:6:7:",
        "g.toml:10:7:",
        "g.toml:16:9:",
        "g.toml:16:21:",
        "g.toml:17:35:",
    ] {
        assert!(ran.stderr.contains(at), "{at} in {}", ran.stderr);
    }
}

#[test]
fn hostile_tbx_is_refused_quickly() {
    let dir = temp();
    let deep = format!(
        "<?xml version=\"1.0\"?>\n<tbx xml:lang=\"en\">{}{}</tbx>\n",
        "<a>".repeat(100_000),
        "</a>".repeat(100_000)
    );
    let mut entities = String::from("<!ENTITY e0 \"ha\">");
    for i in 1..12 {
        entities.push_str(&format!("<!ENTITY e{i} \"&e{0};&e{0};\">", i - 1));
    }
    let laughs = format!(
        "<?xml version=\"1.0\"?>\n<!DOCTYPE tbx [{entities}]>\n<tbx xml:lang=\"en\"><text><body>{}</body></text></tbx>\n",
        "<conceptEntry><langSec xml:lang=\"pt\"><termSec><term>&e11;</term></termSec></langSec></conceptEntry>".repeat(4000)
    );
    for (name, text, says) in [
        ("deep.tbx", deep, "nest more than"),
        ("laughs.tbx", laughs, "entities"),
    ] {
        let file = write(dir.path(), name, text.as_bytes());
        let ran = run_args(&[os("glossary"), os("import"), file.as_os_str()]);
        assert_eq!(ran.code, Some(2), "{name}: {}", ran.stderr);
        assert!(ran.stderr.contains(says), "{name}: {}", ran.stderr);
    }
}

#[test]
fn a_large_tbx_imports_in_linear_time() {
    let dir = temp();
    let mut tbx = String::from(
        "<?xml version=\"1.0\"?>\n<martif type=\"TBX\" xml:lang=\"en\"><text><body>\n",
    );
    for i in 0..100_000 {
        // Every entry shares its Portuguese term: all merge into one.
        tbx.push_str(&format!("<termEntry><langSet xml:lang=\"en\"><tig><term>source {i}</term></tig></langSet><langSet xml:lang=\"pt\"><tig><term>alvo</term></tig><tig><term>outro {i}</term></tig><note>nota {i}</note></langSet></termEntry>\n"));
    }
    tbx.push_str("</body></text></martif>\n");
    let file = write(dir.path(), "big.tbx", tbx.as_bytes());
    let out = dir.path().join("big.toml");
    let ran = run_args(&[
        os("glossary"),
        os("import"),
        file.as_os_str(),
        os("-o"),
        out.as_os_str(),
    ]);
    assert_eq!(ran.code, Some(0), "{}", ran.stderr);
}

#[test]
fn a_diff_changing_every_line_is_made_in_linear_time() {
    let text = "A Coréia do Norte.\n".repeat(40_000);
    let mut cmd = mtlint();
    cmd.args(["check", "--no-config", "--lang", "pt", "--diff", "-"]);
    let ran = run(cmd, text.as_bytes());
    assert_eq!(ran.code, Some(1), "{}", ran.stderr);
    assert_eq!(ran.stdout.matches("\n+A Coreia do Norte.").count(), 40_000);
}
