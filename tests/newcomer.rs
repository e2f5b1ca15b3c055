//! What a new user hits first (issue 17): misspelt names get the name meant, a bad
//! variant is refused, options that cannot go together say so, help says what the
//! commands do, and stdin can be read as the file an editor has open.

use assert_cmd::Command;
use predicates::prelude::*;
use serde_json::Value;

const SHORT: &str = "tests/fixtures/short.pt.txt";

fn mtlint() -> Command {
    let mut cmd = Command::cargo_bin("mtlint").expect("the binary is built");
    cmd.env_remove("NO_COLOR").env_remove("CLICOLOR_FORCE");
    cmd
}

#[test]
fn misspelt_rule_names_get_the_rule_meant() {
    mtlint()
        .args(["check", "--no-config", "--disable", "wrong-trem", SHORT])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "unknown rule `wrong-trem`: did you mean `wrong-term`?",
        ));
    mtlint()
        .args(["rule", "spaced-hypen"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("did you mean `spaced-hyphen`?"));
}

#[test]
fn misspelt_options_get_the_option_meant() {
    mtlint()
        .args(["check", "--formt", "json", SHORT])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "a similar argument exists: '--format'",
        ));
}

#[test]
fn an_unknown_variant_is_refused_with_the_known_ones() {
    mtlint()
        .args(["check", "--no-config", "--lang", "pt-BZ", SHORT])
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains(
            "unknown variant `pt-BZ`: did you mean `pt-BR`? (the glossaries know pt-BR, pt-PT, or `pt` for all of them)",
        ));
    // Known variants, in any case, still work.
    mtlint()
        .args(["check", "--no-config", "--lang", "pt-br", SHORT])
        .assert()
        .code(1);
}

#[test]
fn diff_with_a_format_is_refused() {
    mtlint()
        .args(["check", "--no-config", "--diff", "--format", "json", SHORT])
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains(
            "the argument '--diff' cannot be used with '--format <FORMAT>'",
        ));
}

#[test]
fn sarif_keeps_the_file_name_as_written() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("Notas-RASCUNHO.TXT");
    std::fs::write(&path, "A Coréia do Norte.\n").expect("write");
    let out = mtlint()
        .current_dir(dir.path())
        .args(["check", "--no-config", "--lang", "pt", "--format", "sarif"])
        .arg("Notas-RASCUNHO.TXT")
        .output()
        .expect("runs");
    let doc: Value = serde_json::from_slice(&out.stdout).expect("SARIF is JSON");
    let uri = &doc["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
        ["uri"];
    assert_eq!(uri, "Notas-RASCUNHO.TXT");
}

#[test]
fn help_says_what_the_commands_do() {
    let top =
        String::from_utf8(mtlint().arg("--help").output().expect("runs").stdout).expect("UTF-8");
    let glossary_line = top
        .lines()
        .find(|l| l.trim_start().starts_with("glossary"))
        .expect("glossary listed");
    assert!(
        glossary_line.contains("import") && glossary_line.contains("export"),
        "{glossary_line}"
    );
    let check = String::from_utf8(
        mtlint()
            .args(["check", "--help"])
            .output()
            .expect("runs")
            .stdout,
    )
    .expect("UTF-8");
    for what in [
        ".markdown",
        "--stdin-filename",
        "PO, XLIFF, TMX, CSV/TSV, JSONL",
    ] {
        assert!(
            check.contains(what),
            "`check --help` lacks {what}:\n{check}"
        );
    }
    mtlint()
        .args(["glossary", "--help"])
        .assert()
        .stdout(predicate::str::contains("import").and(predicate::str::contains("export")));
}

#[test]
fn stdin_is_read_as_the_file_named_by_stdin_filename() {
    // Markdown: the heading is checked, the code span is not.
    let text = "# A Coréia\n\nO `Coréia` é código.\n";
    let out = mtlint()
        .args(["check", "--no-config", "--lang", "pt", "--format", "json"])
        .args(["--stdin-filename", "docs/notas.md", "-"])
        .write_stdin(text)
        .output()
        .expect("runs");
    let doc: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let findings = doc["findings"].as_array().expect("findings");
    assert_eq!(findings.len(), 1, "{findings:?}");
    assert_eq!(findings[0]["file"], "docs/notas.md");
    assert_eq!(findings[0]["start"]["line"], 1);
    // Without it, stdin is plain text: the code span is checked too.
    let plain = mtlint()
        .args([
            "check",
            "--no-config",
            "--lang",
            "pt",
            "--format",
            "json",
            "-",
        ])
        .write_stdin(text)
        .output()
        .expect("runs");
    let doc: Value = serde_json::from_slice(&plain.stdout).expect("JSON");
    assert_eq!(doc["findings"].as_array().map(Vec::len), Some(2));
    // It names stdin: without `-` it is a usage error.
    mtlint()
        .args(["check", "--no-config", "--stdin-filename", "a.md", SHORT])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("give `-` among the paths"));
}
