//! `mtlint check --fix` and `--diff` end to end: what is written, what is kept.

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use predicates::prelude::*;

const KOREA: &str = "tests/fixtures/glossaries/korea.toml";

/// `mtlint check --fix`-ready command with the small test glossary.
fn check() -> Command {
    let mut cmd = Command::cargo_bin("mtlint").expect("the binary is built");
    cmd.env_remove("NO_COLOR").args([
        "check",
        "--color",
        "never",
        "--lang",
        "pt",
        "--no-default-glossaries",
        "-g",
        KOREA,
    ]);
    cmd
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).expect("write fixture");
    path
}

fn read(path: &Path) -> Vec<u8> {
    std::fs::read(path).expect("read back")
}

/// Two Safe fixes (a misrendered name, an outdated spelling) and a spaced hyphen.
const WRONG: &str = "Lavrov chegou a Wanson, na Coréia do Norte.\nO líder norte -coreano.\n";
const RIGHT: &str = "Lavrov chegou a Wonsan, na Coreia do Norte.\nO líder norte-coreano.\n";

#[test]
fn fix_applies_safe_fixes_and_a_second_run_changes_nothing() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = write(dir.path(), "a.txt", WRONG.as_bytes());
    check()
        .arg("--fix")
        .arg(&file)
        .assert()
        .code(0)
        .stderr(predicate::str::contains("fixed 3 problems in 1 file"));
    assert_eq!(String::from_utf8(read(&file)).expect("UTF-8"), RIGHT);
    check().arg("--fix").arg(&file).assert().code(0).stderr("");
    assert_eq!(String::from_utf8(read(&file)).expect("UTF-8"), RIGHT);
}

#[test]
fn crlf_and_byte_order_mark_are_kept() {
    let dir = tempfile::tempdir().expect("temp dir");
    let crlf = |s: &str| s.replace('\n', "\r\n");
    let mut wrong = b"\xef\xbb\xbf".to_vec();
    wrong.extend(crlf(WRONG).bytes());
    let mut right = b"\xef\xbb\xbf".to_vec();
    right.extend(crlf(RIGHT).bytes());
    let file = write(dir.path(), "a.txt", &wrong);
    check().arg("--fix").arg(&file).assert().code(0);
    assert_eq!(read(&file), right);
}

#[cfg(unix)]
#[test]
fn permissions_are_kept_and_no_temporary_file_is_left() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().expect("temp dir");
    let file = write(dir.path(), "a.txt", WRONG.as_bytes());
    std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o640)).expect("chmod");
    check().arg("--fix").arg(&file).assert().code(0);
    let mode = std::fs::metadata(&file)
        .expect("metadata")
        .permissions()
        .mode();
    assert_eq!(mode & 0o777, 0o640);
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .expect("list")
        .map(|e| e.expect("entry").file_name())
        .collect();
    assert_eq!(names, ["a.txt"]);
}

#[test]
fn unsafe_suggestions_are_not_applied_and_stay_reported() {
    // "sorteio" near "agência de notícias" is TASS only in context: an Unsafe suggestion.
    let text = "A agência de notícias sorteio disse.\n";
    let dir = tempfile::tempdir().expect("temp dir");
    let file = write(dir.path(), "a.txt", text.as_bytes());
    check()
        .arg("--fix")
        .arg(&file)
        .assert()
        .code(1)
        .stdout(predicate::str::contains("wrong-term-in-context"));
    assert_eq!(String::from_utf8(read(&file)).expect("UTF-8"), text);
}

#[test]
fn diff_prints_a_unified_diff_and_writes_nothing() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = write(dir.path(), "a.txt", WRONG.as_bytes());
    let name = file.display().to_string();
    let expected = format!(
        "--- {name}\n+++ {name}\n@@ -1,2 +1,2 @@\n\
-Lavrov chegou a Wanson, na Coréia do Norte.\n-O líder norte -coreano.\n\
+Lavrov chegou a Wonsan, na Coreia do Norte.\n+O líder norte-coreano.\n"
    );
    check()
        .arg("--diff")
        .arg(&file)
        .assert()
        .code(1)
        .stdout(expected);
    assert_eq!(String::from_utf8(read(&file)).expect("UTF-8"), WRONG);
    // Nothing to fix: no diff, exit code 0.
    let clean = write(dir.path(), "b.txt", RIGHT.as_bytes());
    check()
        .arg("--diff")
        .arg(&clean)
        .assert()
        .code(0)
        .stdout("");
}

#[test]
fn stdin_fix_prints_the_fixed_text() {
    check()
        .args(["--fix", "-"])
        .write_stdin(WRONG)
        .assert()
        .code(0)
        .stdout(RIGHT);
}

#[test]
fn markdown_fix_leaves_code_and_links_alone() {
    let text = "# Wanson\n\nVer `Wanson` e [Wanson](https://x.org/Wanson).\n\n```\nWanson\n```\n";
    let fixed = "# Wonsan\n\nVer `Wanson` e [Wonsan](https://x.org/Wanson).\n\n```\nWanson\n```\n";
    let dir = tempfile::tempdir().expect("temp dir");
    let file = write(dir.path(), "a.md", text.as_bytes());
    check().arg("--fix").arg(&file).assert().code(0);
    assert_eq!(String::from_utf8(read(&file)).expect("UTF-8"), fixed);
}
