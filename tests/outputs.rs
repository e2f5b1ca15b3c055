//! End-to-end tests of the pipeline outputs (`--format jsonl|sarif|github`) and of
//! `--fail-on`, and SARIF validation with the official SARIF Multitool where it is
//! installed (`scripts/test-all.sh` installs it).

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use serde_json::Value;

const KOREA: &str = "tests/fixtures/glossaries/korea.toml";
/// Errors and a warning; an emoji flag (two astral chars, four UTF-16 code units) before
/// the last finding, so UTF-16 columns differ from char columns.
const MIXED: &str = "tests/fixtures/outputs/mixed.pt.txt";
/// A single warning (spaced-hyphen).
const WARNING: &str = "tests/fixtures/outputs/warning.pt.txt";
const CLEAN: &str = "tests/fixtures/clean.pt.txt";
/// A word of another language used three times: one finding, two related locations.
const REPEATED: &str = "tests/fixtures/outputs/repeated.pt.txt";

fn mtlint() -> Command {
    let mut cmd = Command::cargo_bin("mtlint").expect("the binary is built");
    cmd.env_remove("NO_COLOR").env_remove("CLICOLOR_FORCE");
    cmd
}

/// `mtlint check --format FORMAT` with only the small, stable test glossary.
fn check(format: &str) -> Command {
    let mut cmd = mtlint();
    cmd.args([
        "check",
        "--no-default-glossaries",
        "-g",
        KOREA,
        "--lang",
        "pt",
    ]);
    cmd.args(["--format", format]);
    cmd
}

fn stdout_of(cmd: &mut Command) -> String {
    String::from_utf8(cmd.output().expect("runs").stdout).expect("UTF-8 output")
}

fn sarif_of(cmd: &mut Command) -> Value {
    serde_json::from_str(&stdout_of(cmd)).expect("valid JSON")
}

fn results(sarif: &Value) -> &Vec<Value> {
    sarif["runs"][0]["results"].as_array().expect("results")
}

#[test]
fn jsonl_output() {
    let out = stdout_of(check("jsonl").arg(MIXED));
    insta::assert_snapshot!(out);
}

#[test]
fn jsonl_lines_are_the_json_findings() {
    let jsonl = stdout_of(check("jsonl").args([MIXED, CLEAN, WARNING]));
    let doc: Value = serde_json::from_str(&stdout_of(check("json").args([MIXED, CLEAN, WARNING])))
        .expect("valid JSON");
    let lines: Vec<Value> = jsonl
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is one JSON object"))
        .collect();
    assert_eq!(lines.len(), 5);
    assert_eq!(&lines, doc["findings"].as_array().expect("findings"));
}

#[test]
fn jsonl_keeps_stdout_for_findings_only() {
    let out = check("jsonl")
        .args([CLEAN, "tests/fixtures/outputs/missing.txt"])
        .output()
        .expect("runs");
    assert!(
        out.stdout.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    assert!(String::from_utf8_lossy(&out.stderr).contains("missing.txt"));
}

#[test]
fn github_output() {
    let out = stdout_of(check("github").arg(MIXED));
    insta::assert_snapshot!(out);
}

#[test]
fn github_output_escapes_newlines_in_messages() {
    // A finding's suggestion and note go on lines of their own, escaped as %0A: a raw
    // newline would end the workflow command.
    let out = stdout_of(check("github").arg(MIXED));
    assert_eq!(out.lines().count(), 4);
    assert!(out.contains("%0ANote: Port city"));
}

#[test]
fn sarif_output() {
    let mut sarif = sarif_of(check("sarif").arg(MIXED));
    // The rule documentation is checked below, the version changes with every release;
    // the snapshot holds the structure and the results.
    sarif["runs"][0]["tool"]["driver"]["version"] = "[version]".into();
    sarif["runs"][0]["tool"]["driver"]["semanticVersion"] = "[version]".into();
    for rule in sarif["runs"][0]["tool"]["driver"]["rules"]
        .as_array_mut()
        .expect("rules")
    {
        rule["fullDescription"]["text"] = "[doc]".into();
        rule["help"]["text"] = "[doc]".into();
        rule["help"]["markdown"] = "[doc]".into();
    }
    insta::assert_json_snapshot!(sarif);
}

#[test]
fn sarif_rules_carry_their_documentation() {
    let sarif = sarif_of(check("sarif").arg(MIXED));
    let rules = sarif["runs"][0]["tool"]["driver"]["rules"]
        .as_array()
        .expect("rules");
    let listed = stdout_of(mtlint().arg("rule"));
    assert_eq!(
        rules.len(),
        listed.lines().count(),
        "every rule is described"
    );
    for rule in rules {
        let id = rule["id"].as_str().expect("id");
        let doc = stdout_of(mtlint().args(["rule", id]));
        let what = rule["fullDescription"]["text"]
            .as_str()
            .expect("fullDescription");
        assert!(
            doc.contains(what),
            "{id}: fullDescription is the rule's documentation"
        );
        let markdown = rule["help"]["markdown"].as_str().expect("help.markdown");
        assert!(markdown.contains("## Why it matters"), "{id}");
        assert!(
            rule["help"]["text"]
                .as_str()
                .is_some_and(|t| t.contains(what)),
            "{id}"
        );
        assert!(rule["defaultConfiguration"]["level"].is_string(), "{id}");
    }
    for result in results(&sarif) {
        let index = result["ruleIndex"].as_u64().expect("ruleIndex") as usize;
        assert_eq!(rules[index]["id"], result["ruleId"]);
    }
}

#[test]
fn sarif_columns_are_utf16_code_units() {
    let sarif = sarif_of(check("sarif").arg(MIXED));
    assert_eq!(sarif["runs"][0]["columnKind"], "utf16CodeUnits");
    let last = results(&sarif).last().expect("a result");
    let region = &last["locations"][0]["physicalLocation"]["region"];
    // "Wonson" is the 49th char of line 2, but the flag before it counts 4 code units
    // for its 2 chars: column 51, and the end column is just past the name.
    assert_eq!(region["snippet"]["text"], "Wonson");
    assert_eq!(
        (region["startColumn"].as_u64(), region["endColumn"].as_u64()),
        (Some(51), Some(57))
    );
    let json: Value =
        serde_json::from_str(&stdout_of(check("json").arg(MIXED))).expect("valid JSON");
    assert_eq!(json["findings"][3]["start"]["column"], 49);
}

/// The fingerprints of every result, in order.
fn fingerprints(sarif: &Value) -> Vec<String> {
    results(sarif)
        .iter()
        .map(|r| {
            r["partialFingerprints"]["mtlintFindingHash/v1"]
                .as_str()
                .expect("a fingerprint")
                .to_string()
        })
        .collect()
}

#[test]
fn sarif_fingerprints_survive_lines_inserted_above() {
    let dir = tempfile::tempdir().expect("temp dir");
    let original = std::fs::read_to_string(MIXED).expect("fixture");
    let before = write(dir.path(), "before.txt", &original);
    let edited = format!("Título novo\n\nEle chegou a Wanson ontem.\n{original}");
    let after = write(dir.path(), "after.txt", &edited);
    let old = fingerprints(&sarif_of(check("sarif").arg(&before)));
    let new = fingerprints(&sarif_of(check("sarif").arg(&after)));
    assert_eq!(old.len(), 4);
    assert_eq!(new.len(), 5);
    let added: Vec<&String> = new.iter().filter(|f| !old.contains(f)).collect();
    assert_eq!(
        added.len(),
        1,
        "only the new line's finding is new: {added:?}"
    );
    assert_eq!(
        &new[1..],
        &old[..],
        "the old findings keep their fingerprints"
    );
}

#[test]
fn sarif_locations_are_relative_to_the_working_directory() {
    let sarif = sarif_of(check("sarif").arg(format!("./tests/../{MIXED}")));
    let location = &results(&sarif)[0]["locations"][0]["physicalLocation"]["artifactLocation"];
    assert_eq!(location["uri"], MIXED);
    assert_eq!(location["uriBaseId"], "%SRCROOT%");
}

#[test]
fn the_other_uses_of_a_repeated_word_are_related_locations() {
    // JSON Lines: a `related` array with each place's range, lines and text.
    let jsonl = stdout_of(check("jsonl").arg(REPEATED));
    let found: Vec<Value> = jsonl
        .lines()
        .map(|l| serde_json::from_str(l).expect("a JSON line"))
        .filter(|f: &Value| f["rule"] == "untranslated")
        .collect();
    assert_eq!(found.len(), 1, "{jsonl}");
    let related = found[0]["related"].as_array().expect("related places");
    let lines: Vec<u64> = related
        .iter()
        .map(|r| r["start"]["line"].as_u64().expect("a line"))
        .collect();
    assert_eq!(lines, [2, 4], "{jsonl}");
    assert!(related.iter().all(|r| r["text"] == "cuchillada"), "{jsonl}");
    // SARIF: relatedLocations with ids, regions and messages.
    let sarif = sarif_of(check("sarif").arg(REPEATED));
    let result = results(&sarif)
        .iter()
        .find(|r| r["ruleId"] == "untranslated")
        .expect("an untranslated result");
    let places = result["relatedLocations"]
        .as_array()
        .expect("relatedLocations");
    let at: Vec<(u64, u64, u64)> = places
        .iter()
        .map(|p| {
            let region = &p["physicalLocation"]["region"];
            (
                p["id"].as_u64().expect("an id"),
                region["startLine"].as_u64().expect("a line"),
                region["startColumn"].as_u64().expect("a column"),
            )
        })
        .collect();
    assert_eq!(at, [(0, 2, 7), (1, 4, 14)], "{result:#}");
    assert!(places.iter().all(|p| p["message"]["text"]
        .as_str()
        .is_some_and(|m| m.contains("cuchillada"))));
    // A finding with no other places has no related locations at all.
    let mixed = sarif_of(check("sarif").arg(MIXED));
    assert!(results(&mixed)
        .iter()
        .all(|r| r.get("relatedLocations").is_none()));
}

fn write(dir: &Path, name: &str, text: &str) -> String {
    let path = dir.join(name);
    std::fs::write(&path, text).expect("write temp file");
    path.display().to_string()
}

#[test]
fn fail_on_decides_the_exit_code() {
    // (file, --fail-on, expected exit code). MIXED has errors and a warning, WARNING one
    // warning. No rule reports at `info` severity by default, so `info` behaves as
    // `warning` on these files (the severity threshold itself is unit-tested).
    let cases = [
        (MIXED, None, 1),
        (MIXED, Some("error"), 1),
        (MIXED, Some("warning"), 1),
        (MIXED, Some("info"), 1),
        (MIXED, Some("never"), 0),
        (WARNING, None, 1),
        (WARNING, Some("error"), 0),
        (WARNING, Some("warning"), 1),
        (WARNING, Some("info"), 1),
        (WARNING, Some("never"), 0),
        (CLEAN, Some("info"), 0),
    ];
    for (file, fail_on, code) in cases {
        for format in ["human", "sarif"] {
            let mut cmd = check(format);
            if let Some(level) = fail_on {
                cmd.args(["--fail-on", level]);
            }
            let got = cmd.arg(file).output().expect("runs").status.code();
            assert_eq!(
                got,
                Some(code),
                "{file} --fail-on {fail_on:?} --format {format}"
            );
        }
    }
}

#[test]
fn errors_exit_2_whatever_fail_on_says() {
    check("github")
        .args([
            "--fail-on",
            "never",
            MIXED,
            "tests/fixtures/outputs/missing.txt",
        ])
        .assert()
        .code(2);
    check("human")
        .args(["--fail-on", "sometimes", MIXED])
        .assert()
        .code(2);
}

/// The SARIF Multitool: `SARIF_MULTITOOL` (set by scripts/test-all.sh), else on PATH.
fn multitool() -> Option<PathBuf> {
    if let Some(path) = std::env::var_os("SARIF_MULTITOOL") {
        return Some(PathBuf::from(path));
    }
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|dir| dir.join("Sarif.Multitool"))
        .find(|p| p.is_file())
}

/// Runs `Sarif.Multitool validate` on `sarif` and returns its findings as
/// (level, rule id, message arguments).
fn validate(tool: &Path, dir: &Path, name: &str, sarif: &[u8]) -> Vec<(String, String, String)> {
    let input = dir.join(format!("{name}.sarif"));
    let output = dir.join(format!("{name}.validation.sarif"));
    std::fs::write(&input, sarif).expect("write SARIF");
    let run = std::process::Command::new(tool)
        // A .NET program: without this it refuses to start where ICU is not installed.
        .env("DOTNET_SYSTEM_GLOBALIZATION_INVARIANT", "1")
        .arg("validate")
        .arg(&input)
        .arg("-o")
        .arg(&output)
        .args(["--level", "Error;Warning;Note"])
        .output()
        .expect("the Multitool runs");
    assert!(
        run.status.success(),
        "Multitool failed: {}{}",
        String::from_utf8_lossy(&run.stdout),
        String::from_utf8_lossy(&run.stderr)
    );
    let log: Value =
        serde_json::from_str(&std::fs::read_to_string(&output).expect("validation output"))
            .expect("the validation output is JSON");
    let run = &log["runs"][0];
    let rules = run["tool"]["driver"]["rules"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    let found = run["results"].as_array().cloned().unwrap_or_default();
    found
        .iter()
        .map(|r| {
            // A result without a level takes its rule's default, and SARIF's default is
            // `warning`.
            let rule = r["ruleIndex"].as_u64().and_then(|i| rules.get(i as usize));
            let level = r["level"]
                .as_str()
                .or_else(|| rule.and_then(|d| d["defaultConfiguration"]["level"].as_str()))
                .unwrap_or("warning");
            let id = r["ruleId"].as_str().unwrap_or_default();
            (
                level.to_string(),
                id.to_string(),
                r["message"]["arguments"].to_string(),
            )
        })
        .collect()
}

#[test]
fn sarif_is_valid_by_the_multitool() {
    let Some(tool) = multitool() else {
        // In CI a missing tool is a failure: scripts/test-all.sh installs it.
        assert!(
            std::env::var_os("CI").is_none(),
            "SARIF Multitool not installed: run scripts/test-all.sh"
        );
        println!("note: SARIF Multitool not installed (scripts/test-all.sh installs it); validation skipped");
        return;
    };
    let dir = tempfile::tempdir().expect("temp dir");
    // A run with findings, a clean file and an unreadable one; and a run on stdin, whose
    // results have no URI.
    let files = check("sarif")
        .args([MIXED, CLEAN, REPEATED, "tests/fixtures/outputs/missing.txt"])
        .output()
        .expect("runs")
        .stdout;
    let stdin = check("sarif")
        .arg("-")
        .write_stdin("Ele chegou a Wonson, na Coréia do Norte.\n")
        .output()
        .expect("runs")
        .stdout;
    for (name, sarif) in [("files", files), ("stdin", stdin)] {
        let findings = validate(&tool, dir.path(), name, &sarif);
        let errors: Vec<_> = findings.iter().filter(|f| f.0 == "error").collect();
        assert!(errors.is_empty(), "{name}: {errors:#?}");
        // No warnings are expected. (SARIF1001 once warned that the `untranslated` rule's
        // name repeated its id; the name is now left out where it would.)
        let warnings: Vec<_> = findings.iter().filter(|f| f.0 == "warning").collect();
        assert!(warnings.is_empty(), "{name}: {warnings:#?}");
        // Notes are advice, and these are deliberate:
        // - SARIF2002 (use message ids): messages name the text and the glossary term;
        //   there is no fixed set of message templates to refer to.
        // - SARIF2003 (versionControlProvenance): mtlint does not look at version control;
        //   GitHub's upload action records the commit itself.
        // - SARIF2006 (URI not reachable): only where the machine is offline, as in CI.
        // - SARIF2009 (ids like `CS2001`): rule ids are the names users type in
        //   `--disable`, `mtlint rule` and suppressions, so they stay readable.
        // - SARIF2011 (contextRegion): a line of translated text is often a whole
        //   paragraph; the snippet holds the matched text.
        // - SARIF2012 (helpUri): rules have no web pages; their help is embedded in full.
        let explained = [
            "SARIF2002",
            "SARIF2003",
            "SARIF2006",
            "SARIF2009",
            "SARIF2011",
            "SARIF2012",
        ];
        let unexplained: Vec<_> = findings
            .iter()
            .filter(|f| !explained.contains(&f.1.as_str()))
            .collect();
        assert!(
            unexplained.is_empty(),
            "{name}: notes to explain: {unexplained:#?}"
        );
    }
}
