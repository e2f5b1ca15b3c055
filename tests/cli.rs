//! End-to-end tests of the `mtlint` binary: outputs, exit codes, bad input.

use std::path::Path;

use assert_cmd::Command;
use predicates::prelude::*;
use serde_json::Value;

const SEED: &str = "tests/fixtures/lavrov-wonsan.pt.txt";
const KOREA: &str = "tests/fixtures/glossaries/korea.toml";

fn mtlint() -> Command {
    let mut cmd = Command::cargo_bin("mtlint").expect("the binary is built");
    cmd.env_remove("NO_COLOR").env_remove("CLICOLOR_FORCE");
    cmd
}

/// `mtlint check` with only the small, stable test glossary.
fn check_with_korea() -> Command {
    let mut cmd = mtlint();
    cmd.args([
        "check",
        "--color",
        "never",
        "--no-default-glossaries",
        "-g",
        KOREA,
    ]);
    cmd
}

fn stdout_of(cmd: &mut Command) -> String {
    String::from_utf8(cmd.output().expect("runs").stdout).expect("UTF-8 output")
}

/// The human report of `mtlint check --lang pt` on `text` from stdin, with the shipped
/// glossaries, no configuration, no colour and the options `extra`.
fn check_pt_stdin(extra: &[&str], text: &str) -> String {
    let args = ["check", "--no-config", "--color", "never", "--lang", "pt"];
    stdout_of(mtlint().args(args).args(extra).arg("-").write_stdin(text))
}

fn json_of(cmd: &mut Command) -> Value {
    serde_json::from_str(&stdout_of(cmd)).expect("valid JSON")
}

#[test]
fn human_output() {
    let out = stdout_of(check_with_korea().args(["--lang", "pt", "tests/fixtures/short.pt.txt"]));
    insta::assert_snapshot!(out);
}

#[test]
fn json_output() {
    let doc = json_of(check_with_korea().args([
        "--lang",
        "pt",
        "--format",
        "json",
        "tests/fixtures/short.pt.txt",
    ]));
    insta::assert_json_snapshot!(doc);
}

#[test]
fn exit_codes() {
    check_with_korea()
        .args(["--lang", "pt", "tests/fixtures/clean.pt.txt"])
        .assert()
        .code(0)
        .stdout(predicate::str::contains("No problems found in 1 file."));
    check_with_korea()
        .args(["--lang", "pt", "tests/fixtures/short.pt.txt"])
        .assert()
        .code(1);
    mtlint().args(["check"]).assert().code(2);
    mtlint()
        .args(["check", "--format", "xml", SEED])
        .assert()
        .code(2);
}

#[test]
fn stdin_is_read_with_a_dash() {
    check_with_korea()
        .args(["--lang", "pt", "-"])
        .write_stdin("Ele chegou a Wonson.\n")
        .assert()
        .code(1)
        .stdout(predicate::str::contains("<stdin>:1:14"));
}

#[test]
fn color_only_when_asked() {
    let plain = stdout_of(check_with_korea().args(["--lang", "pt", "tests/fixtures/short.pt.txt"]));
    assert!(!plain.contains('\u{1b}'));
    let colored = stdout_of(mtlint().args([
        "check",
        "--color",
        "always",
        "--no-default-glossaries",
        "-g",
        KOREA,
        "--lang",
        "pt",
        "tests/fixtures/short.pt.txt",
    ]));
    assert!(colored.contains("\u{1b}["));
}

// ---- the seed article, with the shipped glossaries only ----

fn seed_findings() -> Vec<Value> {
    let doc = json_of(mtlint().args(["check", "--format", "json", SEED]));
    doc["findings"].as_array().expect("findings").clone()
}

fn texts_of(findings: &[Value], rule: &str) -> Vec<String> {
    findings
        .iter()
        .filter(|f| f["rule"] == rule)
        .map(|f| f["text"].as_str().unwrap_or_default().to_string())
        .collect()
}

fn suggestion(f: &Value) -> &str {
    f["suggestions"][0]["replacement"]
        .as_str()
        .unwrap_or_default()
}

#[test]
fn seed_article_errors_are_reported() {
    let findings = seed_findings();
    let text = std::fs::read_to_string(SEED).expect("fixture");
    let has = |found: &str, fix: &str| {
        findings
            .iter()
            .any(|f| f["text"] == found && suggestion(f) == fix)
    };
    assert!(has("Wanson", "Wonsan"), "Wanson → Wonsan");
    assert!(has("Wonson", "Wonsan"), "Wonson → Wonsan");
    assert!(has("sorteio", "TASS"), "sorteio → TASS");
    let coreia = findings
        .iter()
        .filter(|f| f["text"] == "Coréia" && suggestion(f) == "Coreia")
        .count();
    assert_eq!(coreia, text.matches("Coréia").count(), "every Coréia");
    let spaced = texts_of(&findings, "spaced-hyphen").len();
    let expected = text.matches(" -coreano").count()
        + text.matches(" -coreana").count()
        + text.matches(" -se").count();
    assert_eq!(spaced, expected, "every spaced hyphen");
}

#[test]
fn seed_article_correct_names_are_not_reported() {
    let findings = seed_findings();
    let text = std::fs::read_to_string(SEED).expect("fixture");
    for name in [
        "Kursk",
        "Pyongyang",
        "Moscou",
        "KCTV",
        "Kim Jong Un",
        "Sergei Lavrov",
        "Vladimir Putin",
    ] {
        for (at, _) in text.match_indices(name) {
            let end = at + name.len();
            let hit = findings.iter().find(|f| {
                let (s, e) = (f["range"]["start"].as_u64(), f["range"]["end"].as_u64());
                matches!((s, e), (Some(s), Some(e)) if (s as usize) < end && at < e as usize)
            });
            assert!(hit.is_none(), "{name} at byte {at} was reported: {hit:?}");
        }
    }
}

// ---- bad input ----

#[test]
fn missing_file_is_an_error_and_others_are_still_checked() {
    check_with_korea()
        .args([
            "--lang",
            "pt",
            "no/such/file.txt",
            "tests/fixtures/short.pt.txt",
        ])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "mtlint: error: no/such/file.txt: ",
        ))
        .stdout(predicate::str::contains("Wanson"));
}

#[test]
fn unreadable_path_is_an_error() {
    // A path through a regular file cannot be opened, even by root.
    check_with_korea()
        .args(["--lang", "pt", "tests/fixtures/short.pt.txt/inside.txt"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "tests/fixtures/short.pt.txt/inside.txt: ",
        ));
}

fn temp_file(dir: &Path, name: &str, bytes: &[u8]) -> String {
    let path = dir.join(name);
    std::fs::write(&path, bytes).expect("temp file");
    path.display().to_string()
}

#[test]
fn invalid_utf8_names_the_place() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = temp_file(dir.path(), "latin1.txt", b"Linha boa\nCora\xe7\xe3o\n");
    check_with_korea()
        .args(["--lang", "pt", &file])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(format!(
            "{file}:2:5: not valid UTF-8"
        )));
}

#[test]
fn binary_file_is_refused() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = temp_file(dir.path(), "image.txt", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR");
    check_with_korea()
        .args(["--lang", "pt", &file])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("binary file"));
}

#[test]
fn empty_file_is_skipped_with_a_note() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = temp_file(dir.path(), "empty.txt", b"");
    check_with_korea()
        .args(["--lang", "pt", &file])
        .assert()
        .code(0)
        .stderr(predicate::str::contains("empty file, nothing to check"));
}

#[test]
fn unknown_language_code_is_a_usage_error() {
    mtlint()
        .args(["check", "--lang", "xx", SEED])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("unknown language code `xx`"));
}

#[test]
fn language_without_glossaries_is_reported() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = temp_file(
        dir.path(),
        "english.txt",
        b"The Russian foreign minister praised his country's military alliance with North Korea on Saturday.\n",
    );
    // Not asked for: skipped with a note, counted in the summary, not an error (an
    // English README beside the translations must not fail a pre-commit hook).
    mtlint()
        .args(["check", "--color", "never", &file])
        .assert()
        .code(0)
        .stdout("No files checked; 1 file skipped (a language no glossary covers).\n")
        .stderr(predicate::str::contains(
            "skipped: the text looks like English (en), and no glossary covers it",
        ));
    // Asked for, it is checked by the rules that need no glossary.
    mtlint()
        .args(["check", "--color", "never", "--lang", "en", &file])
        .assert()
        .code(0)
        .stderr(predicate::str::contains("no glossary is for English"));
}

#[test]
fn pivot_mt_read_as_spanish_in_places_is_checked_as_portuguese() {
    // Real Apertium output through Spanish (tests/fixtures/pivot), which the document
    // detection judged Spanish and skipped: a fifth of Portuguese sentences is enough,
    // and the Spanish and English words left in are reported.
    for (file, left) in [
        ("apertium-es-69-72.pt.txt", ["gatillo", "playful"]),
        ("apertium-es-593-596.pt.txt", ["niñera", "extorsión"]),
    ] {
        let path = format!("tests/fixtures/pivot/{file}");
        let out = mtlint()
            .args(["check", "--no-config", "--format", "json", &path])
            .output()
            .expect("runs");
        assert_eq!(
            out.status.code(),
            Some(1),
            "{file}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let doc: Value = serde_json::from_slice(&out.stdout).expect("JSON");
        assert_eq!(doc["files"][0]["status"], "checked", "{file}: {doc}");
        assert!(doc["files"][0]["lang"]
            .as_str()
            .is_some_and(|l| l.starts_with("pt")));
        let text = std::fs::read_to_string(&path).expect("fixture");
        let untranslated: Vec<&str> = doc["findings"]
            .as_array()
            .expect("findings")
            .iter()
            .filter(|f| f["rule"] == "untranslated")
            .filter_map(|f| f["text"].as_str())
            .collect();
        for word in left {
            assert!(text.contains(word));
            assert!(untranslated.contains(&word), "{file}: {untranslated:?}");
        }
    }
}

#[test]
fn the_variant_detected_is_used_and_said() {
    // The seed writes "Moscou" and "está fornecendo": Brazilian, detected and said.
    mtlint()
        .args(["check", "--no-config", "--color", "never", SEED])
        .assert()
        .code(1)
        .stdout(predicate::str::contains(
            "in 1 file (Portuguese (Brazil), detected).\n",
        ));
    // European evidence only: pt-PT. With a Brazilian form besides, mixed: plain pt.
    for (text, lang) in [
        (
            "O prémio económico foi entregue. Eles estão a negociar.\n",
            "pt-PT",
        ),
        ("O prémio económico foi entregue em Moscou.\n", "pt"),
    ] {
        let out = mtlint()
            .args(["check", "--no-config", "--format", "json", "-"])
            .write_stdin(text)
            .output()
            .expect("runs");
        let doc: Value = serde_json::from_slice(&out.stdout).expect("JSON");
        assert_eq!(doc["files"][0]["lang"], lang, "{doc}");
    }
    // Given, the language is not said to be detected.
    mtlint()
        .args([
            "check",
            "--no-config",
            "--color",
            "never",
            "--lang",
            "pt",
            SEED,
        ])
        .assert()
        .stdout(predicate::str::contains("detected").not());
}

#[test]
fn an_english_file_is_skipped_and_counted_in_every_summary() {
    // An English README among the translations (a pre-commit hook's folder): skipped with
    // a note, not an error, and counted in the JSON summary too.
    let out = mtlint()
        .args([
            "check",
            "--no-config",
            "--format",
            "json",
            "docs/architecture.md",
            SEED,
        ])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(1));
    let doc: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(doc["summary"]["files_checked"], 1);
    assert_eq!(doc["summary"]["files_skipped"], 1);
    assert_eq!(doc["files"][0]["status"], "skipped");
    assert_eq!(doc["files"][1]["lang_detected"], true);
    mtlint()
        .args(["check", "--no-config", "--color", "never", "README.md"])
        .assert()
        .code(0)
        .stdout("No files checked; 1 file skipped (a language no glossary covers).\n");
}

#[test]
fn a_given_language_without_glossaries_is_warned_about() {
    // Checked (spaced-hyphen needs no glossary), but the user hears why nothing else ran.
    mtlint()
        .args(["check", "--no-config", "--lang", "fr", "-"])
        .write_stdin("Le ministre franco -allemand est arrivé hier.\n")
        .assert()
        .code(1)
        .stdout(predicate::str::contains("spaced-hyphen"))
        .stderr(predicate::str::contains(
            "warning: no glossary is for French (fr) (glossaries cover: pt)",
        ));
    // A language the glossaries cover gets no such warning.
    mtlint()
        .args(["check", "--no-config", "--lang", "pt-BR", "-"])
        .write_stdin("O ministro chegou ontem.\n")
        .assert()
        .code(0)
        .stderr(predicate::str::is_empty());
}

#[test]
fn an_untranslated_paragraph_is_one_finding_shown_with_its_extent() {
    let text = "O ministro russo chegou ontem a Pyongyang para uma visita de dois dias.\n\n\
                The minister said that the talks had been very productive and that both\n\
                countries would continue to work together on a range of issues in the\n\
                coming months.\n\n\
                O líder norte-coreano recebeu o ministro no aeroporto.\n";
    let out = check_pt_stdin(&[], text);
    assert_eq!(out.matches("warning[untranslated]").count(), 1, "{out}");
    assert!(
        out.contains("this paragraph looks untranslated: it is in English"),
        "{out}"
    );
    assert!(out.contains("<stdin>:3:1"), "{out}");
    assert!(out.contains("the span goes on to line 5"), "{out}");
}

#[test]
fn huge_single_line_file_is_checked() {
    let dir = tempfile::tempdir().expect("temp dir");
    let clean = "o ministro chegou ontem a Pyongyang para conversar com o líder ";
    let chunk = clean.repeat(100 * 1024 * 1024 / clean.len() / 4);
    // 100 MB on one line, with an error at the start, at two inner points and at the end.
    let line = format!("Wanson {chunk}Wonson {chunk}Wanson {chunk}Wonson {chunk}Wanson");
    let file = temp_file(dir.path(), "huge.txt", line.as_bytes());
    let out = check_with_korea()
        .args(["--lang", "pt", "--format", "json", &file])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(1));
    let doc: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let columns: Vec<u64> = doc["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .filter(|f| f["rule"] == "wrong-term")
        .filter_map(|f| f["start"]["column"].as_u64())
        .collect();
    assert_eq!(columns.len(), 5, "{columns:?}");
    assert_eq!(columns[0], 1);
    let chars = line.chars().count() as u64;
    assert_eq!(columns[4], chars - "Wanson".len() as u64 + 1);
}

// ---- glossary errors ----

#[test]
fn glossary_errors_are_all_reported_with_positions() {
    let out = mtlint()
        .args([
            "glossary",
            "check",
            "tests/fixtures/bad/broken.toml",
            "tests/fixtures/bad/syntax.toml",
        ])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    insta::assert_snapshot!(String::from_utf8_lossy(&out.stderr));
}

#[test]
fn conflicts_across_files_are_reported() {
    let out = mtlint()
        .args([
            "glossary",
            "check",
            "tests/fixtures/bad/duplicate.toml",
            KOREA,
        ])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    insta::assert_snapshot!(String::from_utf8_lossy(&out.stderr));
}

#[test]
fn a_broken_glossary_stops_check() {
    mtlint()
        .args(["check", "-g", "tests/fixtures/bad/syntax.toml", SEED])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "tests/fixtures/bad/syntax.toml:6:14:",
        ));
}

#[test]
fn shipped_glossaries_validate_and_their_examples_pass() {
    mtlint()
        .args(["glossary", "check"])
        .assert()
        .code(0)
        .stdout(predicate::str::starts_with("ok: "));
    mtlint()
        .args(["glossary", "test"])
        .assert()
        .code(0)
        .stdout(predicate::str::contains(" 0 failed"));
}

#[test]
fn a_failing_example_fails_glossary_test() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = temp_file(
        dir.path(),
        "g.toml",
        br#"[glossary]
name = "t"
lang = "pt"

[[term]]
use = "Wonsan"
kind = "place"
avoid = ["Wanson"]
examples = [{ text = "Ele foi a Seul.", expect = "Wonsan" }]
"#,
    );
    mtlint()
        .args(["glossary", "test", &file])
        .assert()
        .code(1)
        .stdout(predicate::str::contains("g.toml:9:13 (place/wonsan)"));
}

// ---- rules ----

#[test]
fn rule_list_and_docs() {
    let list = stdout_of(mtlint().args(["rule"]));
    assert!(list.contains("wrong-term ") && list.contains("spaced-hyphen"));
    let doc = stdout_of(mtlint().args(["rule", "spaced-hyphen"]));
    insta::assert_snapshot!(doc);
    mtlint()
        .args(["rule", "no-such-rule"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("unknown rule `no-such-rule`"));
}

#[test]
fn a_user_glossary_wins_over_shipped_forms() {
    // The shipped glossaries accept "Kiev"; a newsroom that writes "Kyiv" says otherwise.
    let dir = tempfile::tempdir().expect("temp dir");
    let glossary = temp_file(
        dir.path(),
        "house.toml",
        br#"[glossary]
name = "house style"
lang = "pt"

[[term]]
id = "house/kyiv"
use = "Kyiv"
kind = "place"
avoid = ["Kiev"]
"#,
    );
    let text = temp_file(
        dir.path(),
        "a.txt",
        "O presidente voltou a Kiev na terça-feira.\n".as_bytes(),
    );
    let doc = json_of(mtlint().args([
        "check", "--lang", "pt", "--format", "json", "-g", &glossary, &text,
    ]));
    let findings = doc["findings"].as_array().expect("findings");
    assert!(
        findings
            .iter()
            .any(|f| f["text"] == "Kiev" && suggestion(f) == "Kyiv"),
        "{findings:?}"
    );
}

#[test]
fn a_closed_pipe_ends_the_run_quietly_keeping_the_exit_code() {
    // `mtlint check big.txt | head -1`: the reader goes away before the report is written.
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("big.pt.txt");
    std::fs::write(
        &path,
        "A Coréia do Norte e a Coréia do Sul.\n".repeat(5_000),
    )
    .expect("write");
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("mtlint"))
        .args(["check", "--lang", "pt", "--color", "never"])
        .arg(&path)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("mtlint runs");
    drop(child.stdout.take());
    let out = child.wait_with_output().expect("mtlint ends");
    assert_eq!(String::from_utf8_lossy(&out.stderr), "");
    // Quiet, but the exit code still says there were findings.
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn a_file_that_cannot_be_checked_is_not_counted_as_clean() {
    let dir = tempfile::tempdir().expect("temp dir");
    let english = dir.path().join("story.txt");
    std::fs::write(&english, b"O ministro chegou a \xff Wonsan.\n").expect("write");
    mtlint()
        .args(["check", "--color", "never"])
        .arg(&english)
        .assert()
        .code(2)
        .stdout("1 file could not be checked.\n")
        .stderr(predicate::str::contains("not valid UTF-8"));
    let portuguese = dir.path().join("noticia.txt");
    std::fs::write(&portuguese, "O ministro chegou a Wonsan no sábado.\n").expect("write");
    mtlint()
        .args(["check", "--color", "never"])
        .arg(&english)
        .arg(&portuguese)
        .assert()
        .code(2)
        .stdout(
            "No problems found in 1 file (Portuguese, detected); 1 file could not be checked.\n",
        );
}

#[test]
fn words_run_together_are_shown_split_and_not_fixed() {
    let text = "Uma quenlla feriu um mozode13anos sábado.\nOs barcosdeclase e o covid19.\n";
    let out = check_pt_stdin(&["--disable", "untranslated"], text);
    assert_eq!(out.matches("warning[run-together]").count(), 2, "{out}");
    assert!(
        out.contains("\"mozode13anos\" looks like words run together: \"mozo de 13 anos\""),
        "{out}"
    );
    assert!(out.contains("<stdin>:1:22"), "{out}");
    assert!(out.contains("<stdin>:2:4"), "{out}");
    // The split is offered, not applied: --fix leaves the text as it was.
    mtlint()
        .args(["check", "--no-config", "--lang", "pt", "--fix", "-"])
        .write_stdin(text)
        .assert()
        .stdout(text);
    mtlint()
        .args(["rule", "run-together"])
        .assert()
        .code(0)
        .stdout(predicate::str::contains("Unsafe"));
}

#[test]
fn placeholder_mismatch_compares_with_the_source() {
    // Apertium MT of wget's messages: "%u" -> "%ou", a translated e-mail address and
    // option; the human translation of the last entry is quiet.
    let out = stdout_of(mtlint().args([
        "check",
        "--no-config",
        "--format",
        "jsonl",
        "tests/fixtures/source/placeholders.pt_BR.po",
    ]));
    let found: Vec<serde_json::Value> = out
        .lines()
        .filter_map(|l| serde_json::from_str(l).ok())
        .filter(|f: &serde_json::Value| f["rule"] == "placeholder-mismatch")
        .collect();
    let messages: Vec<&str> = found.iter().filter_map(|f| f["message"].as_str()).collect();
    assert_eq!(
        messages,
        [
            "`%u` of the source is written `%o` here",
            "`bug-wget@gnu.org` of the source is written `amolar-wget@gnu.org` here",
            "`--execute` of the source is written `--executar` here",
        ]
    );
    assert!(found.iter().all(|f| f["start"]["line"].as_u64() < Some(20)));
}

/// The findings (rule, line, text) of `mtlint check --format jsonl` with `extra` options on
/// tests/fixtures/source/ntrex.pt.txt.
fn ntrex_findings(extra: &[&str]) -> Vec<(String, u64, String)> {
    let out = stdout_of(
        mtlint()
            .args(["check", "--no-config", "--lang", "pt", "--format", "jsonl"])
            .args(extra)
            .arg("tests/fixtures/source/ntrex.pt.txt"),
    );
    out.lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .map(|f| {
            (
                f["rule"].as_str().unwrap_or("").to_string(),
                f["start"]["line"].as_u64().unwrap_or(0),
                f["text"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect()
}

#[test]
fn source_aware_rules_on_ntrex_lines() {
    // Real NTREX-128 lines (tests/fixtures/source/README.md): Apertium MT that left
    // "takings" in English and rendered "deal" as "trato", a human line cut on purpose,
    // a human line as written, and the story's headline, whose "Brexit" shows the sense
    // of "deal" (term-mismatch needs it somewhere in the text).
    let found = ntrex_findings(&["--source", "tests/fixtures/source/ntrex.en.txt"]);
    let has = |rule: &str, line: u64, text: &str| {
        found
            .iter()
            .any(|(r, l, t)| r == rule && *l == line && t == text)
    };
    assert!(has("untranslated", 1, "takings"), "{found:?}");
    assert!(has("term-mismatch", 2, "um trato"), "{found:?}");
    assert!(
        has(
            "omission",
            3,
            "Pompeo encontrou Ri nos bastidores da Assembleia Geral da ONU."
        ),
        "{found:?}"
    );
    assert!(!found.iter().any(|(_, l, _)| *l == 4), "{found:?}");
    // One finding per untranslated span, though both parts of the rule see "takings".
    let takings = found
        .iter()
        .filter(|(_, _, t)| t.contains("takings"))
        .count();
    assert_eq!(takings, 1, "{found:?}");
    // Without the source, the source-aware findings are gone. ("takings" the target alone
    // finds too: an English plural between Portuguese words, judged by its singular
    // "taking", which English uses 250 times more than Portuguese.)
    let alone = ntrex_findings(&[]);
    assert!(
        !alone
            .iter()
            .any(|(r, _, _)| r == "term-mismatch" || r == "omission"),
        "{alone:?}"
    );
    assert_eq!(
        alone
            .iter()
            .filter(|(_, _, t)| t.contains("takings"))
            .count(),
        1,
        "{alone:?}"
    );
}

#[test]
fn related_places_with_the_source_are_in_the_file() {
    // NTREX-128 lines 24-27 (Apertium MT through Galician): "quenlla" is left on lines 1,
    // 3 and 4. Checked with the source, each line is a segment of its own: the related
    // places of the one finding must be moved to the file like the finding (they pointed
    // into the checked text once, past the file's end, and the output panicked).
    let out = stdout_of(mtlint().args([
        "check",
        "--no-config",
        "--lang",
        "pt",
        "--format",
        "jsonl",
        "--source",
        "tests/fixtures/source/repeated.en.txt",
        "tests/fixtures/source/repeated.mt.pt.txt",
    ]));
    let finding = out
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .find(|f| f["text"] == "quenlla")
        .unwrap_or_else(|| panic!("no finding of quenlla: {out}"));
    let related: Vec<(u64, &str)> = finding["related"]
        .as_array()
        .map(|r| {
            r.iter()
                .map(|p| {
                    (
                        p["start"]["line"].as_u64().unwrap_or(0),
                        p["text"].as_str().unwrap_or(""),
                    )
                })
                .collect()
        })
        .unwrap_or_default();
    assert_eq!(
        related,
        [(3, "quenlla"), (4, "quenlla"), (4, "quenlla")],
        "{out}"
    );
    // The message names the same lines of the file (it named lines of the checked text,
    // where segments are paragraphs apart: "lines 5, 7").
    let message = finding["message"].as_str().unwrap_or("");
    assert!(
        message.ends_with("(and 3 more uses in this document: lines 3, 4)"),
        "{message}"
    );
}

#[test]
fn missing_name_compares_with_the_source() {
    // Four NTREX-128 lines (CC BY-SA 4.0): Apertium MT through Spanish makes "Theresa May"
    // "maio de Theresa" and "Kanye West" "Kanye Oeste"; the human pt-BR lines are quiet.
    let run = |target: &str| {
        let out = stdout_of(mtlint().args([
            "check",
            "--no-config",
            "--lang",
            "pt",
            "--format",
            "jsonl",
            "--source",
            "tests/fixtures/source/names.en.txt",
            target,
        ]));
        out.lines()
            .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
            .filter(|f| f["rule"] == "missing-name")
            .map(|f| {
                (
                    f["start"]["line"].as_u64().unwrap_or(0),
                    f["text"].as_str().unwrap_or("").to_string(),
                    f["suggestions"][0]["replacement"]
                        .as_str()
                        .unwrap_or("")
                        .to_string(),
                )
            })
            .collect::<Vec<_>>()
    };
    let mt = run("tests/fixtures/source/names.mt.pt.txt");
    let expected = [
        (1, "maio", "Theresa May"),
        (2, "Oeste", "Kanye West"),
        (3, "oeste", "Kanye West"),
        (4, "maio", "Theresa May"),
    ];
    let mt: Vec<(u64, &str, &str)> = mt
        .iter()
        .map(|(l, t, r)| (*l, t.as_str(), r.as_str()))
        .collect();
    assert_eq!(mt, expected);
    assert_eq!(run("tests/fixtures/source/names.ref.pt.txt"), []);
}
