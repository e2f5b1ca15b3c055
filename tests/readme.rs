//! README truth (issue 17): every `mtlint` command in the README's `sh` blocks runs
//! (exit code 0 or 1, never a usage error) on sample files named as the README names
//! them, every output block marked `<!-- readme-output: COMMAND -->` is what COMMAND
//! prints, and the rules the README credits for its examples are the rules that report
//! them. A flag renamed, a message reworded or a rule changed fails here, not in a
//! newcomer's terminal.

use std::path::{Path, PathBuf};
use std::process::Command;

fn readme() -> String {
    std::fs::read_to_string("README.md").expect("README.md")
}

/// The fenced blocks of `lang`, each with the line before its opening fence.
fn blocks<'a>(text: &'a str, lang: &str) -> Vec<(&'a str, Vec<&'a str>)> {
    let mut out = Vec::new();
    let mut lines = text.lines().peekable();
    let mut before = "";
    while let Some(line) = lines.next() {
        if line.trim() == format!("```{lang}") {
            let body: Vec<&str> = lines.by_ref().take_while(|l| l.trim() != "```").collect();
            out.push((before, body));
        }
        before = line;
    }
    out
}

/// The README's shell commands that run mtlint: continuation lines joined, comments cut,
/// an install step before `&&` left out.
fn mtlint_commands(text: &str) -> Vec<String> {
    let mut commands = Vec::new();
    for (_, body) in blocks(text, "sh") {
        let mut joined = String::new();
        for line in body {
            joined.push_str(line.trim_end().trim_end_matches('\\'));
            if line.trim_end().ends_with('\\') {
                joined.push(' ');
                continue;
            }
            let command = std::mem::take(&mut joined);
            let command = match command.find(" # ") {
                Some(at) => command[..at].trim().to_string(),
                None => command.trim().to_string(),
            };
            let command = match command.split_once("&& mtlint ") {
                Some((_, rest)) => format!("mtlint {rest}"),
                None => command,
            };
            let runs_mtlint = command.starts_with("mtlint ")
                || command.contains("| mtlint ")
                || command.contains(" mtlint check");
            if runs_mtlint && !command.contains("install") {
                commands.push(command);
            }
        }
    }
    commands
}

fn copy(from: &str, to: &Path) {
    if let Some(parent) = to.parent() {
        std::fs::create_dir_all(parent).expect("mkdir");
    }
    std::fs::copy(from, to).unwrap_or_else(|e| panic!("{from}: {e}"));
}

fn write(to: &Path, text: &str) {
    if let Some(parent) = to.parent() {
        std::fs::create_dir_all(parent).expect("mkdir");
    }
    std::fs::write(to, text).expect("write");
}

/// A folder with the files the README's commands name, from the test fixtures; a git
/// repository with a clean text staged, for the pre-commit hook.
fn sandbox() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    let seed = "tests/fixtures/lavrov-wonsan.pt.txt";
    copy(seed, &d.join(seed));
    copy(seed, &d.join("article.txt"));
    copy(seed, &d.join("in.txt"));
    copy(seed, &d.join("docs/article.txt"));
    write(
        &d.join("docs/notes.md"),
        "# A Coréia do Norte\n\nO `Coréia` é código.\n",
    );
    write(
        &d.join("draft"),
        "# A Coréia do Norte\n\nO `Coréia` é código.\n",
    );
    let korea = "tests/fixtures/glossaries/korea.toml";
    copy(korea, &d.join("my-terms.toml"));
    copy(korea, &d.join("glossaries/korea.toml"));
    copy(
        "tests/fixtures/import/weblate-martif-cs.tbx",
        &d.join("terms.tbx"),
    );
    copy(
        "tests/fixtures/import/astronomy-tbx-basic-dca.tbx",
        &d.join("several.tbx"),
    );
    copy(
        "tests/fixtures/import/countries.pt-BR.csv",
        &d.join("terms.csv"),
    );
    let formats = "tests/fixtures/formats";
    copy(
        &format!("{formats}/django.pt_BR.po"),
        &d.join("locale/pt_BR/LC_MESSAGES/django.po"),
    );
    copy(
        &format!("{formats}/django-admin.pt_BR.tmx"),
        &d.join("memory.tmx"),
    );
    copy(
        &format!("{formats}/django-admin.pt_BR.po"),
        &d.join("translations/admin.po"),
    );
    copy(
        &format!("{formats}/django-admin.pt_BR.xlf"),
        &d.join("translations/admin.xlf"),
    );
    write(
        &d.join("article.en.txt"),
        "North Korea is far.\nThe minister arrived.\n",
    );
    write(
        &d.join("article.pt.txt"),
        "A Coréia do Norte é longe.\nO ministro chegou.\n",
    );
    // `mt-system | mtlint check --input-format jsonl -`: an MT system printing JSONL.
    let jsonl = std::fs::read_to_string(format!("{formats}/djangojs-admin.pt_BR.jsonl"))
        .expect("jsonl fixture");
    write(&d.join("bin/mt-system.jsonl"), &jsonl);
    let script = format!(
        "#!/bin/sh\ncat '{}'\n",
        d.join("bin/mt-system.jsonl").display()
    );
    write(&d.join("bin/mt-system"), &script);
    // The pre-commit hook checks what is staged: a clean text, so that any exit code but
    // 0 (xargs says 123 for 1 and 2 alike) is a failure.
    copy("tests/fixtures/clean.pt.txt", &d.join("clean.txt"));
    git(d, &["init", "-q"]);
    git(d, &["add", "clean.txt"]);
    dir
}

fn git(dir: &Path, args: &[&str]) {
    let status = Command::new("git")
        .current_dir(dir)
        .args(args)
        .status()
        .expect("git runs");
    assert!(status.success(), "git {args:?}");
}

/// PATH with the built mtlint and the sandbox's `mt-system` first.
fn path_with_mtlint(sandbox: &Path) -> String {
    let bin = assert_cmd::cargo::cargo_bin("mtlint");
    let bin_dir: PathBuf = bin.parent().expect("bin dir").to_path_buf();
    let old = std::env::var("PATH").unwrap_or_default();
    format!(
        "{}:{}:{old}",
        bin_dir.display(),
        sandbox.join("bin").display()
    )
}

fn sh(dir: &Path, command: &str) -> std::process::Output {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let tool = dir.join("bin/mt-system");
        let _ = std::fs::set_permissions(tool, std::fs::Permissions::from_mode(0o755));
    }
    Command::new("sh")
        .current_dir(dir)
        .args(["-c", command])
        .env("PATH", path_with_mtlint(dir))
        .env_remove("NO_COLOR")
        .env_remove("CLICOLOR_FORCE")
        .output()
        .expect("sh runs")
}

#[test]
fn every_mtlint_command_of_the_readme_runs() {
    let text = readme();
    let commands = mtlint_commands(&text);
    assert!(
        commands.len() >= 25,
        "too few commands found: {commands:#?}"
    );
    let dir = sandbox();
    let mut failures = Vec::new();
    for command in &commands {
        let out = sh(dir.path(), command);
        if !matches!(out.status.code(), Some(0 | 1)) {
            failures.push(format!(
                "{command}\n  exit {:?}: {}",
                out.status.code(),
                String::from_utf8_lossy(&out.stderr).trim()
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "README commands that fail:\n{}",
        failures.join("\n")
    );
}

#[test]
fn every_marked_output_block_is_what_mtlint_prints() {
    let text = readme();
    let marked: Vec<(String, Vec<&str>)> = blocks(&text, "text")
        .into_iter()
        .filter_map(|(before, body)| {
            let command = before.strip_prefix("<!-- readme-output: ")?;
            Some((command.trim_end_matches("-->").trim().to_string(), body))
        })
        .collect();
    assert!(!marked.is_empty(), "no marked output block");
    for (command, body) in marked {
        let out = sh(Path::new("."), &command);
        let printed = String::from_utf8_lossy(&out.stdout).into_owned();
        // An excerpt: its lines appear together in the output, in order.
        let block = body.join("\n");
        assert!(
            printed.contains(&block),
            "the README's output of `{command}` is not what it prints:\n--- README\n{block}\n--- printed\n{printed}"
        );
    }
}

/// The README's table credits each example to a rule: that rule reports it.
#[test]
fn the_rules_credited_in_the_readme_report_its_examples() {
    let text = readme();
    let claims = [
        (
            "wrong-term-in-context",
            "\"Hui, filho do ministro\"",
            "Kim foi cumprimentá-lo junto com Hui, filho do ministro das Relações Exteriores.",
            "Hui, filho",
        ),
        (
            "translated-name-part",
            "\"Hui, filho de um pescador\"",
            "A delegação chegou ontem. Hui, filho de um pescador, também veio.",
            "Hui, filho",
        ),
        (
            "inconsistent-name",
            "\"Wonsan\" and \"Wŏnsan\"",
            "Lavrov chegou a Wonsan. Depois, em Wŏnsan, visitou o porto.",
            "Wŏnsan",
        ),
        (
            "name-near-miss",
            "\"Zelenskiy\" as a near miss",
            "O presidente Zelensky falou ontem. Mais tarde, Zelenskiy disse que a guerra continua.",
            "Zelenskiy",
        ),
    ];
    let dir = tempfile::tempdir().expect("temp dir");
    for (rule, quoted, sentence, reported) in claims {
        // The table row that quotes the example credits the rule: as the row's rule, or
        // in so many words.
        let credits = |row: &&str| {
            row.contains(quoted)
                && (row.starts_with(&format!("| `{rule}` |"))
                    || row.contains(&format!("`{rule}` reports")))
        };
        assert!(
            text.lines().any(|row| credits(&row)),
            "the README no longer credits {quoted} to {rule}: update this test"
        );
        let path = dir.path().join("t.txt");
        std::fs::write(&path, sentence).expect("write");
        let out = Command::new(assert_cmd::cargo::cargo_bin("mtlint"))
            .args(["check", "--no-config", "--lang", "pt", "--format", "json"])
            .arg(&path)
            .output()
            .expect("runs");
        let doc: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
        let rules: Vec<String> = doc["findings"]
            .as_array()
            .expect("findings")
            .iter()
            .filter(|f| f["text"] == reported)
            .map(|f| f["rule"].as_str().unwrap_or_default().to_string())
            .collect();
        assert_eq!(rules, [rule], "{sentence}: the README credits {rule}");
    }
}
