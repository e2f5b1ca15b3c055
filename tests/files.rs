//! Many files end to end: the folder walk (.gitignore, hidden files, order), `--jobs`,
//! Markdown (only prose is checked, positions point into the file).

use std::path::Path;

use assert_cmd::Command;
use serde_json::Value;

const KOREA: &str = "tests/fixtures/glossaries/korea.toml";

fn check() -> Command {
    let mut cmd = Command::cargo_bin("mtlint").expect("the binary is built");
    cmd.env_remove("NO_COLOR").args([
        "check",
        "--lang",
        "pt",
        "--format",
        "json",
        "--no-default-glossaries",
        "-g",
        KOREA,
    ]);
    cmd
}

fn write(dir: &Path, name: &str, text: &str) {
    let path = dir.join(name);
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).expect("mkdir");
    }
    std::fs::write(path, text).expect("write fixture");
}

fn json(cmd: &mut Command) -> Value {
    let out = cmd.output().expect("runs");
    serde_json::from_slice(&out.stdout).expect("valid JSON")
}

/// (file, line, column, rule) of every finding, in report order.
fn places(doc: &Value) -> Vec<(String, u64, u64, String)> {
    doc["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .map(|f| {
            let file = f["file"].as_str().expect("file");
            let name = Path::new(file).file_name().expect("name").to_string_lossy();
            (
                name.into_owned(),
                f["start"]["line"].as_u64().expect("line"),
                f["start"]["column"].as_u64().expect("column"),
                f["rule"].as_str().expect("rule").to_string(),
            )
        })
        .collect()
}

/// The files that were checked, by name, in report order.
fn files_with_findings(doc: &Value) -> Vec<String> {
    let mut names: Vec<String> = places(doc).into_iter().map(|p| p.0).collect();
    names.dedup();
    names
}

const WRONG: &str = "Lavrov chegou a Wanson.\n";

#[test]
fn gitignored_and_hidden_files_are_skipped_in_a_folder_walk() {
    let dir = tempfile::tempdir().expect("temp dir");
    write(dir.path(), ".gitignore", "ignored.txt\nbuild/\n");
    write(dir.path(), "b.txt", WRONG);
    write(dir.path(), "a.md", WRONG);
    write(dir.path(), "ignored.txt", WRONG);
    write(dir.path(), "build/out.txt", WRONG);
    write(dir.path(), ".hidden.txt", WRONG);
    write(dir.path(), "sub/c.txt", WRONG);
    write(dir.path(), "notes.rst", WRONG);
    let doc = json(check().arg(dir.path()));
    assert_eq!(files_with_findings(&doc), ["a.md", "b.txt", "c.txt"]);
}

#[test]
fn an_ignored_file_named_explicitly_is_checked() {
    let dir = tempfile::tempdir().expect("temp dir");
    write(dir.path(), ".gitignore", "ignored.txt\n");
    write(dir.path(), "ignored.txt", WRONG);
    let doc = json(check().arg(dir.path().join("ignored.txt")));
    assert_eq!(files_with_findings(&doc), ["ignored.txt"]);
}

#[test]
fn output_order_is_the_same_with_one_or_many_jobs() {
    let dir = tempfile::tempdir().expect("temp dir");
    for i in 0..40 {
        let text = format!("Texto {i}.\n\nLavrov chegou a Wanson, na Coréia.\n");
        write(dir.path(), &format!("f{i:02}.txt"), &text);
    }
    let one = json(check().args(["--jobs", "1"]).arg(dir.path()));
    let four = json(check().args(["--jobs", "4"]).arg(dir.path()));
    assert_eq!(places(&one).len(), 80);
    assert_eq!(places(&one), places(&four));
    let names = files_with_findings(&one);
    let mut sorted = names.clone();
    sorted.sort();
    assert_eq!(names, sorted);
}

#[test]
fn jobs_must_be_a_positive_number() {
    let mut cmd = check();
    cmd.args(["--jobs", "0", "tests/fixtures/short.pt.txt"]);
    cmd.assert().code(2);
}

#[test]
fn markdown_code_and_urls_are_not_reported_prose_is_with_its_position() {
    let dir = tempfile::tempdir().expect("temp dir");
    let text = "---\ntitle: Wanson\n---\n\n# Notícias\n\n\
Em `Wanson` e [aqui](https://x.org/Wanson), <https://wanson.org>.\n\n\
```\nWanson\n```\n\n<p>Wanson</p>\n\n\
Lavrov chegou a\nWanson, na *Coréia*.\n";
    write(dir.path(), "a.md", text);
    let doc = json(check().arg(dir.path().join("a.md")));
    let found: Vec<(u64, u64)> = places(&doc).iter().map(|p| (p.1, p.2)).collect();
    assert_eq!(found, [(16, 1), (16, 13)]);
}

#[test]
fn the_same_text_with_a_txt_name_is_all_checked() {
    let dir = tempfile::tempdir().expect("temp dir");
    write(dir.path(), "a.txt", "Em `Wanson` e https://x.org/Wanson.\n");
    let doc = json(check().arg(dir.path().join("a.txt")));
    assert_eq!(places(&doc).len(), 2);
}
