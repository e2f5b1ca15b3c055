//! End-to-end tests of configuration and suppression: `mtlint.toml` discovery and keys,
//! errors with file:line:col, inline `<!-- mtlint-disable… -->` comments, the allow-list
//! and baselines (`--write-baseline`, `--baseline`).

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use predicates::prelude::*;
use serde_json::Value;

const PROJECT: &str = "tests/fixtures/config/project";
const BAD: &str = "tests/fixtures/config/bad";
const KOREA: &str = "tests/fixtures/glossaries/korea.toml";

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn mtlint(cwd: &Path) -> Command {
    let mut cmd = Command::cargo_bin("mtlint").expect("the binary is built");
    cmd.current_dir(cwd)
        .env_remove("NO_COLOR")
        .env_remove("CLICOLOR_FORCE")
        .env_remove("GITHUB_ACTIONS");
    cmd
}

fn json_of(cmd: &mut Command) -> Value {
    let out = cmd.output().expect("runs");
    let stdout = String::from_utf8(out.stdout).expect("UTF-8 output");
    serde_json::from_str(&stdout).unwrap_or_else(|e| {
        panic!(
            "not JSON ({e}): {stdout}\nstderr: {}",
            String::from_utf8_lossy(&out.stderr)
        )
    })
}

/// (file, line, rule, severity, text) of every finding in a JSON report.
fn findings(doc: &Value) -> Vec<(String, u64, String, String, String)> {
    doc["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .map(|f| {
            (
                f["file"].as_str().unwrap_or_default().to_string(),
                f["start"]["line"].as_u64().unwrap_or_default(),
                f["rule"].as_str().unwrap_or_default().to_string(),
                f["severity"].as_str().unwrap_or_default().to_string(),
                f["text"].as_str().unwrap_or_default().to_string(),
            )
        })
        .collect()
}

fn texts(doc: &Value) -> Vec<String> {
    findings(doc).into_iter().map(|f| f.4).collect()
}

// ---- mtlint.toml ----------------------------------------------------------------------

#[test]
fn config_in_a_parent_folder_is_found_and_applied() {
    // From docs/: lang, glossaries (relative to the config), no-default-glossaries, a
    // severity override, min-confidence (drops "Wonsam" at 0.67, keeps "Wonsun" at 0.73)
    // and the allow-list ("Coréia") all apply.
    let doc = json_of(mtlint(&repo().join(PROJECT).join("docs")).args([
        "check",
        "--format",
        "json",
        "article.txt",
    ]));
    assert_eq!(
        findings(&doc),
        [
            (
                "article.txt".into(),
                1,
                "wrong-term".into(),
                "warning".into(),
                "Wanson".into()
            ),
            (
                "article.txt".into(),
                2,
                "name-near-miss".into(),
                "warning".into(),
                "Wonsun".into()
            ),
        ]
    );
}

#[test]
fn without_the_config_the_defaults_come_back() {
    let doc = json_of(mtlint(&repo().join(PROJECT).join("docs")).args([
        "check",
        "--no-config",
        "--no-default-glossaries",
        "-g",
        "../../../glossaries/korea.toml",
        "--lang",
        "pt",
        "--format",
        "json",
        "article.txt",
    ]));
    let all = findings(&doc);
    assert_eq!(texts(&doc), ["Wanson", "Coréia", "Wonsam", "Wonsun"]);
    assert_eq!(all[0].3, "error");
}

#[test]
fn config_flag_names_the_file_and_flags_win() {
    // Run from the repository root (no mtlint.toml there), naming the project's config.
    let config = format!("{PROJECT}/mtlint.toml");
    let doc = json_of(mtlint(&repo()).args([
        "check",
        "--config",
        &config,
        "--lang",
        "pt-PT",
        "--disable",
        "name-near-miss",
        "--format",
        "json",
        &format!("{PROJECT}/docs/article.txt"),
    ]));
    assert_eq!(texts(&doc), ["Wanson"]);
    assert_eq!(doc["files"][0]["lang"], "pt-PT");
}

#[test]
fn command_line_glossary_replaces_config_entries_with_the_same_id() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("mtlint.toml"),
        format!(
            "lang = \"pt\"\nno-default-glossaries = true\nglossaries = [{:?}]\n",
            repo().join(KOREA)
        ),
    )
    .unwrap();
    // Same id as the config glossary's Wonsan entry, without "Wanson" among the avoided forms.
    std::fs::write(
        dir.path().join("mine.toml"),
        "[glossary]\nname = \"mine\"\nlang = \"pt\"\n\n[[term]]\nuse = \"Wonsan\"\nkind = \"place\"\navoid = [\"Wonsen\"]\n",
    )
    .unwrap();
    std::fs::write(dir.path().join("a.txt"), "Ele foi a Wanson e a Wonsen.\n").unwrap();
    let doc = json_of(mtlint(dir.path()).args(["check", "--format", "json", "a.txt"]));
    assert!(findings(&doc)
        .iter()
        .any(|f| f.2 == "wrong-term" && f.4 == "Wanson"));
    let doc =
        json_of(mtlint(dir.path()).args(["check", "-g", "mine.toml", "--format", "json", "a.txt"]));
    // "Wanson" is no longer a listed wrong form (only a near miss of the name); "Wonsen" is.
    let wrong: Vec<String> = findings(&doc)
        .into_iter()
        .filter(|f| f.2 == "wrong-term")
        .map(|f| f.4)
        .collect();
    assert_eq!(wrong, ["Wonsen"]);
}

#[test]
fn rule_off_in_the_config_turns_it_off() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("mtlint.toml"),
        format!(
            "lang = \"pt\"\nno-default-glossaries = true\nglossaries = [{:?}]\n[rules]\nwrong-term = \"off\"\nname-near-miss = \"error\"\n",
            repo().join(KOREA)
        ),
    )
    .unwrap();
    std::fs::write(dir.path().join("a.txt"), "Ele foi a Wanson e a Wonsun.\n").unwrap();
    let doc = json_of(mtlint(dir.path()).args(["check", "--format", "json", "a.txt"]));
    let all = findings(&doc);
    assert_eq!(all.len(), 1);
    assert_eq!(
        (all[0].2.as_str(), all[0].3.as_str()),
        ("name-near-miss", "error")
    );
}

#[test]
fn allow_quoted_leaves_quoted_titles_to_untranslated() {
    let dir = tempfile::tempdir().unwrap();
    // A quotation wholly in English is left alone by default (a title kept on purpose);
    // one mixing Portuguese and English is reported unless `allow-quoted` is set.
    let text =
        "A banda tocou “nós vamos to a wonderful world” no fim e depois fez um stab wounds show.\n";
    std::fs::write(dir.path().join("a.txt"), text).unwrap();
    let untranslated = |config: &str| -> Vec<String> {
        std::fs::write(dir.path().join("mtlint.toml"), config).unwrap();
        let doc = json_of(mtlint(dir.path()).args(["check", "--format", "json", "a.txt"]));
        findings(&doc)
            .into_iter()
            .filter(|f| f.2 == "untranslated")
            .map(|f| f.4)
            .collect()
    };
    let by_default = untranslated("lang = \"pt\"\n");
    assert!(
        by_default.iter().any(|t| t.contains("wonderful world")),
        "{by_default:?}"
    );
    let allowed = untranslated("lang = \"pt\"\n[rules.untranslated]\nallow-quoted = true\n");
    assert!(
        allowed.iter().all(|t| !t.contains("wonderful")),
        "{allowed:?}"
    );
    assert!(
        allowed.iter().any(|t| t.contains("stab wounds")),
        "{allowed:?}"
    );
}

#[test]
fn exclude_applies_to_folders_walked_not_to_files_named() {
    let root = repo().join(PROJECT);
    let doc = json_of(mtlint(&root).args(["check", "--format", "json", "."]));
    let files: Vec<String> = findings(&doc).into_iter().map(|f| f.0).collect();
    assert!(files.iter().all(|f| !f.contains("drafts")), "{files:?}");
    assert!(files.iter().any(|f| f.contains("article.txt")), "{files:?}");
    let doc = json_of(mtlint(&root).args(["check", "--format", "json", "drafts/draft.txt"]));
    assert_eq!(texts(&doc), ["Wanson"]);
}

#[test]
fn include_limits_the_files_walked() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("mtlint.toml"),
        format!(
            "lang = \"pt\"\nno-default-glossaries = true\nglossaries = [{:?}]\ninclude = [\"pt/**/*.txt\"]\n",
            repo().join(KOREA)
        ),
    )
    .unwrap();
    for (name, text) in [
        ("pt/a.txt", "Wanson.\n"),
        ("pt/b.md", "Wonson.\n"),
        ("en/c.txt", "Coréia.\n"),
    ] {
        let path = dir.path().join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }
    let doc = json_of(mtlint(dir.path()).args(["check", "--format", "json", "."]));
    assert_eq!(texts(&doc), ["Wanson"]);
}

// ---- configuration errors: file:line:col, exit code 2 --------------------------------

fn config_error(file: &str, expected: &[&str]) {
    let config = format!("{BAD}/{file}");
    let out = mtlint(&repo())
        .args(["check", "--config", &config, "tests/fixtures/clean.pt.txt"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{file}");
    let stderr = String::from_utf8(out.stderr).unwrap();
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(lines, expected, "{file}");
}

#[test]
fn unknown_top_level_key() {
    config_error(
        "unknown-key.toml",
        &["mtlint: error: tests/fixtures/config/bad/unknown-key.toml:2:1: unknown key `glossary` (did you mean `glossaries`?), expected one of `lang`, `glossaries`, `no-default-glossaries`, `include`, `exclude`, `allow`, `rules`"],
    );
}

#[test]
fn unknown_key_in_a_rule_table() {
    config_error(
        "unknown-rule-key.toml",
        &["mtlint: error: tests/fixtures/config/bad/unknown-rule-key.toml:2:1: unknown key `threshold` in `[rules.name-near-miss]`, expected `level`, `min-confidence`"],
    );
}

#[test]
fn unknown_rule_name() {
    config_error(
        "unknown-rule.toml",
        &["mtlint: error: tests/fixtures/config/bad/unknown-rule.toml:3:1: unknown rule `wrong-trem`: did you mean `wrong-term`? (rules: wrong-term, wrong-term-in-context, spaced-hyphen, spaced-punctuation, untranslated, name-near-miss, translated-name-part, inconsistent-name, missing-accent, run-together, mixed-variant, placeholder-mismatch, number-mismatch, term-mismatch, omission, missing-name)"],
    );
}

#[test]
fn bad_values_are_all_reported() {
    config_error(
        "bad-level.toml",
        &[
            "mtlint: error: tests/fixtures/config/bad/bad-level.toml:2:9: `level`: unknown level `loud`, expected \"off\", \"info\", \"warning\" or \"error\"",
            "mtlint: error: tests/fixtures/config/bad/bad-level.toml:3:18: `min-confidence` must be a number from 0 to 1",
        ],
    );
}

#[test]
fn missing_glossary_points_at_its_entry() {
    config_error(
        "missing-glossary.toml",
        &["mtlint: error: tests/fixtures/config/bad/missing-glossary.toml:2:5: glossary `tests/fixtures/config/bad/no-such-glossary.toml` not found"],
    );
}

#[test]
fn toml_syntax_error_has_a_position() {
    let config = format!("{BAD}/syntax.toml");
    mtlint(&repo())
        .args(["check", "--config", &config, "tests/fixtures/clean.pt.txt"])
        .assert()
        .code(2)
        .stderr(
            predicate::str::is_match(
                r"^mtlint: error: tests/fixtures/config/bad/syntax\.toml:[23]:\d+: ",
            )
            .unwrap(),
        );
}

#[test]
fn missing_config_file_is_an_error() {
    mtlint(&repo())
        .args([
            "check",
            "--config",
            "no/such/mtlint.toml",
            "tests/fixtures/clean.pt.txt",
        ])
        .assert()
        .code(2)
        .stderr(predicate::str::starts_with(
            "mtlint: error: no/such/mtlint.toml: cannot read configuration:",
        ));
}

#[test]
fn discovered_config_errors_name_the_file_as_found() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("mtlint.toml"),
        "lang = \"pt\"\n\n  colour = true\n",
    )
    .unwrap();
    std::fs::write(dir.path().join("a.txt"), "Texto.\n").unwrap();
    mtlint(dir.path())
        .args(["check", "a.txt"])
        .assert()
        .code(2)
        .stderr(predicate::str::starts_with(
            "mtlint: error: mtlint.toml:3:3: unknown key `colour`",
        ));
}

// ---- inline suppression --------------------------------------------------------------

#[test]
fn inline_comments_suppress_the_next_line_and_blocks_in_markdown() {
    let doc = json_of(mtlint(&repo().join(PROJECT).join("docs")).args([
        "check",
        "--format",
        "json",
        "suppressed.md",
    ]));
    let lines: Vec<(u64, String)> = findings(&doc).into_iter().map(|f| (f.1, f.4)).collect();
    // Line 4 (next-line for wrong-term) and line 9 (inside disable … enable) are quiet.
    assert_eq!(lines, [(6, "Wonson".into()), (12, "Wanson".into())]);
}

#[test]
fn inline_comments_work_in_plain_text_and_name_rules() {
    let dir = tempfile::tempdir().unwrap();
    let text = "Wanson, na Coréia.\n<!-- mtlint-disable-next-line name-near-miss -->\nWanson, na Coréia.\n<!-- mtlint-disable-next-line wrong-term -->\nWanson, na Coréia.\nWanson <!-- mtlint-disable-line -->\n";
    std::fs::write(dir.path().join("a.txt"), text).unwrap();
    let doc = json_of(mtlint(dir.path()).args([
        "check",
        "--no-config",
        "--no-default-glossaries",
        "-g",
        repo().join(KOREA).to_str().unwrap(),
        "--lang",
        "pt",
        "--format",
        "json",
        "a.txt",
    ]));
    let lines: Vec<(u64, String)> = findings(&doc).into_iter().map(|f| (f.1, f.4)).collect();
    assert_eq!(
        lines,
        [
            (1, "Wanson".into()),
            (1, "Coréia".into()),
            (3, "Wanson".into()),
            (3, "Coréia".into())
        ]
    );
}

#[test]
fn misspelt_rule_in_a_directive_is_an_error_with_its_position() {
    mtlint(&repo())
        .args([
            "check", "--no-config", "--no-default-glossaries", "-g", KOREA, "--lang", "pt",
            &format!("{BAD}/bad-directive.txt"),
        ])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "tests/fixtures/config/bad/bad-directive.txt:2:31: unknown rule `wrong-trem` in `mtlint-disable-next-line`",
        ));
}

#[test]
fn fix_leaves_suppressed_findings_alone() {
    let dir = tempfile::tempdir().unwrap();
    let text = "<!-- mtlint-disable-next-line -->\nLavrov chegou a Wanson.\nE depois a Wanson.\n";
    let file = dir.path().join("a.txt");
    std::fs::write(&file, text).unwrap();
    mtlint(dir.path())
        .args([
            "check",
            "--no-config",
            "--no-default-glossaries",
            "-g",
            repo().join(KOREA).to_str().unwrap(),
            "--lang",
            "pt",
            "--fix",
            "a.txt",
        ])
        .assert()
        .code(0);
    assert_eq!(
        std::fs::read_to_string(&file).unwrap(),
        "<!-- mtlint-disable-next-line -->\nLavrov chegou a Wanson.\nE depois a Wonsan.\n"
    );
}

// ---- baseline ------------------------------------------------------------------------

/// A temporary project whose mtlint.toml uses the small test glossary.
fn project() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("mtlint.toml"),
        format!(
            "lang = \"pt\"\nno-default-glossaries = true\nglossaries = [{:?}]\n",
            repo().join(KOREA)
        ),
    )
    .unwrap();
    std::fs::create_dir(dir.path().join("docs")).unwrap();
    dir
}

fn write_baseline(dir: &Path) {
    mtlint(dir)
        .args(["check", "--write-baseline", "baseline.json", "docs"])
        .assert()
        .code(0)
        .stdout("")
        .stderr(predicate::str::contains("wrote "));
}

fn check_with_baseline(dir: &Path) -> Value {
    json_of(mtlint(dir).args([
        "check",
        "--baseline",
        "baseline.json",
        "--format",
        "json",
        "docs",
    ]))
}

#[test]
fn baseline_reports_only_the_new_finding_after_lines_are_inserted_above() {
    let dir = project();
    let article = dir.path().join("docs/article.txt");
    std::fs::write(
        &article,
        "Lavrov chegou a Wanson.\n\nFica na Coréia do Norte.\n",
    )
    .unwrap();
    write_baseline(dir.path());

    let recorded: Value =
        serde_json::from_str(&std::fs::read_to_string(dir.path().join("baseline.json")).unwrap())
            .unwrap();
    assert_eq!(recorded["version"], 1);
    let first = &recorded["findings"][0];
    assert_eq!(first["file"], "docs/article.txt");
    assert_eq!(first["rule"], "wrong-term");
    assert_eq!(first["text"], "Wanson");
    assert!(first["fingerprint"].as_str().is_some_and(|s| !s.is_empty()));

    // Nothing new yet.
    let doc = check_with_baseline(dir.path());
    assert_eq!(texts(&doc), Vec::<String>::new());
    mtlint(dir.path())
        .args(["check", "--baseline", "baseline.json", "docs"])
        .assert()
        .code(0)
        .stderr("mtlint: 2 known findings left out (in the baseline)\n");

    // Lines inserted above both old findings, one new finding among them.
    std::fs::write(
        &article,
        "Título\n\nUm parágrafo novo sobre Wonson.\n\nLavrov chegou a Wanson.\n\nFica na Coréia do Norte.\n",
    )
    .unwrap();
    let doc = check_with_baseline(dir.path());
    let found: Vec<(u64, String)> = findings(&doc).into_iter().map(|f| (f.1, f.4)).collect();
    assert_eq!(found, [(3, "Wonson".to_string())]);
    mtlint(dir.path())
        .args(["check", "--baseline", "baseline.json", "docs"])
        .assert()
        .code(1);
}

#[test]
fn baseline_counts_identical_findings() {
    let dir = project();
    let article = dir.path().join("docs/article.txt");
    std::fs::write(&article, "Wanson.\nWanson.\n").unwrap();
    write_baseline(dir.path());
    assert_eq!(
        texts(&check_with_baseline(dir.path())),
        Vec::<String>::new()
    );
    std::fs::write(&article, "Wanson.\nWanson.\nWanson.\n").unwrap();
    assert_eq!(texts(&check_with_baseline(dir.path())), ["Wanson"]);
}

#[test]
fn baseline_matches_from_another_current_folder() {
    let dir = project();
    std::fs::write(
        dir.path().join("docs/article.txt"),
        "Lavrov chegou a Wanson.\n",
    )
    .unwrap();
    write_baseline(dir.path());
    let doc = json_of(mtlint(&dir.path().join("docs")).args([
        "check",
        "--baseline",
        "../baseline.json",
        "--format",
        "json",
        "article.txt",
    ]));
    assert_eq!(texts(&doc), Vec::<String>::new());
}

#[test]
fn baseline_of_one_file_does_not_cover_another() {
    let dir = project();
    std::fs::write(dir.path().join("docs/a.txt"), "Wanson.\n").unwrap();
    write_baseline(dir.path());
    std::fs::write(dir.path().join("docs/b.txt"), "Wanson.\n").unwrap();
    let doc = check_with_baseline(dir.path());
    let files: Vec<String> = findings(&doc).into_iter().map(|f| f.0).collect();
    assert_eq!(files.len(), 1);
    assert!(files[0].ends_with("b.txt"), "{files:?}");
}

#[test]
fn bad_baseline_is_an_error_with_its_position() {
    let dir = project();
    std::fs::write(dir.path().join("docs/a.txt"), "Wanson.\n").unwrap();
    std::fs::write(
        dir.path().join("baseline.json"),
        "{\n  \"version\": 1,\n  \"findings\": [,]\n}\n",
    )
    .unwrap();
    mtlint(dir.path())
        .args(["check", "--baseline", "baseline.json", "docs"])
        .assert()
        .code(2)
        .stderr(predicate::str::starts_with(
            "mtlint: error: baseline.json:3:",
        ));
    mtlint(dir.path())
        .args(["check", "--baseline", "missing.json", "docs"])
        .assert()
        .code(2)
        .stderr(predicate::str::starts_with(
            "mtlint: error: missing.json: cannot read baseline:",
        ));
}

#[test]
fn write_baseline_conflicts_with_baseline() {
    let dir = project();
    std::fs::write(dir.path().join("docs/a.txt"), "Wanson.\n").unwrap();
    mtlint(dir.path())
        .args([
            "check",
            "--write-baseline",
            "b.json",
            "--baseline",
            "b.json",
            "docs",
        ])
        .assert()
        .code(2);
    assert!(!dir.path().join("b.json").exists());
}
