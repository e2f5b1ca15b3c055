//! Bilingual files end to end: PO, XLIFF, TMX, CSV, JSONL and text with its source, read
//! by the binary, findings at the file's own positions, suppression per format, `--fix`
//! touching target bytes only, and bad files as one-line errors.

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use serde_json::Value;

const KOREA: &str = "tests/fixtures/glossaries/korea.toml";
const FORMATS: &str = "tests/fixtures/formats";

/// `mtlint check` in Portuguese with the small test glossary.
fn check() -> Command {
    let mut cmd = Command::cargo_bin("mtlint").expect("the binary is built");
    cmd.env_remove("NO_COLOR").args([
        "check",
        "--no-config",
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

fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, text).expect("write fixture");
    path
}

/// The JSONL findings of `mtlint check` on `paths` with `extra` flags.
fn findings(cmd: &mut Command, paths: &[&Path]) -> Vec<Value> {
    let out = cmd
        .args(["--format", "jsonl"])
        .args(paths)
        .output()
        .expect("runs");
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("a JSON line"))
        .collect()
}

/// The text at a finding's 1-based line and char column, as long as its `text`.
fn text_at(file: &str, f: &Value) -> String {
    let line = f["start"]["line"].as_u64().expect("line") as usize;
    let column = f["start"]["column"].as_u64().expect("column") as usize;
    let chars = f["text"].as_str().expect("text").chars().count();
    // From the start's line and column on, across lines: a finding may cover a whole
    // multi-line segment (omission, a missing placeholder).
    let line_start: usize = file.split('\n').take(line - 1).map(|l| l.len() + 1).sum();
    assert!(line_start <= file.len(), "the line exists");
    file[line_start..]
        .chars()
        .skip(column - 1)
        .take(chars)
        .collect()
}

const PO: &str = r#"# A translator's comment.
msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\n"

#: src/a.c:1
#, c-format
msgid "Lavrov arrived in Wonsan, %s."
msgstr "Lavrov chegou a \"Wanson\", %s."

msgid "North Korea"
msgstr ""
"A Coréia "
"do Norte."

# mtlint-disable wrong-term
msgid "Korea"
msgstr "Coréia"

#, fuzzy
msgid "Wonsan"
msgstr "Wanson"
"#;

#[test]
fn po_findings_point_into_msgstr_with_segment_and_source() {
    let dir = tempfile::tempdir().expect("temp dir");
    let po = write(dir.path(), "a.po", PO);
    let found = findings(&mut check(), &[&po]);
    let texts: Vec<&str> = found
        .iter()
        .map(|f| f["text"].as_str().unwrap_or(""))
        .collect();
    // The escaped quote before "Wanson", the string split over lines; the suppressed
    // entry and the fuzzy one are not reported.
    assert_eq!(texts, ["Wanson", "Coréia"], "{found:#?}");
    for f in &found {
        assert_eq!(text_at(PO, f), f["text"].as_str().unwrap_or_default());
        let range = &f["range"];
        let (s, e) = (
            range["start"].as_u64().unwrap_or(0),
            range["end"].as_u64().unwrap_or(0),
        );
        assert_eq!(
            &PO[s as usize..e as usize],
            f["text"].as_str().unwrap_or_default()
        );
    }
    assert_eq!(found[0]["start"]["line"], 9);
    assert_eq!(found[0]["source"], "Lavrov arrived in Wonsan, %s.");
    assert_eq!(found[0]["segment"], "Lavrov arrived in Wonsan, %s.");
    assert_eq!(found[1]["start"]["line"], 13);
    // --include-fuzzy reads the fuzzy entry too.
    let with_fuzzy = findings(check().arg("--include-fuzzy"), &[&po]);
    assert_eq!(with_fuzzy.len(), 3);
}

#[test]
fn every_real_fixture_is_read_with_findings_at_its_own_positions() {
    let mut files: Vec<PathBuf> = std::fs::read_dir(FORMATS)
        .expect("fixtures")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e != "md"))
        .collect();
    files.sort();
    assert!(files.len() >= 8, "{files:?}");
    let mut total = 0;
    for file in &files {
        let text = std::fs::read_to_string(file).expect("fixture");
        let mut cmd = Command::cargo_bin("mtlint").expect("the binary is built");
        cmd.args(["check", "--no-config", "--lang", "pt"]);
        let found = findings(&mut cmd, &[file]);
        for f in &found {
            assert_eq!(
                text_at(&text, f),
                f["text"].as_str().unwrap_or_default(),
                "{}: {f}",
                file.display()
            );
            assert!(f["segment"].is_string() || f["source"].is_string(), "{f}");
        }
        total += found.len();
    }
    // The shipped glossaries and rules find something in real catalogues.
    assert!(total > 10, "{total} findings");
}

#[test]
fn xliff_tmx_csv_and_jsonl_report_in_their_targets_and_suppress_per_unit() {
    let dir = tempfile::tempdir().expect("temp dir");
    let xlf = write(
        dir.path(),
        "a.xlf",
        r#"<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2"><file source-language="en" target-language="pt" datatype="plaintext" original="x"><body>
<trans-unit id="1"><source>Korea &amp; Wonsan</source><target>Coréia &amp; <g id="b">Wanson</g></target></trans-unit>
<!-- mtlint-disable wrong-term -->
<trans-unit id="2"><source>Korea</source><target>Coréia</target></trans-unit>
<trans-unit id="3"><source>Korea</source><target>Coréia</target></trans-unit>
</body></file></xliff>
"#,
    );
    let tmx = write(
        dir.path(),
        "a.tmx",
        r#"<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header srclang="en" datatype="plaintext" segtype="sentence" adminlang="en" o-tmf="x" creationtool="x" creationtoolversion="1"/><body>
<tu><tuv xml:lang="en"><seg>Wonsan</seg></tuv><tuv xml:lang="pt"><seg>Wanson</seg></tuv></tu>
</body></tmx>
"#,
    );
    let csv = write(
        dir.path(),
        "a.csv",
        "source,target\nKorea,\"A \"\"Coréia\"\"\"\n",
    );
    let jsonl = write(
        dir.path(),
        "a.jsonl",
        "{\"id\": \"x1\", \"src\": \"Korea\", \"mt\": \"Cor\\u00e9ia\"}\n{\"src\": \"Korea\", \"mt\": \"Coréia\", \"mtlint-disable\": \"wrong-term\"}\n",
    );
    let found = findings(&mut check(), &[&xlf, &tmx, &csv, &jsonl]);
    let got: Vec<(String, String, String)> = found
        .iter()
        .map(|f| {
            let file =
                std::fs::read_to_string(f["file"].as_str().unwrap_or_default()).unwrap_or_default();
            (
                f["text"].as_str().unwrap_or_default().to_string(),
                f["segment"].as_str().unwrap_or_default().to_string(),
                text_at(&file, f),
            )
        })
        .collect();
    let expect = |t: &str, id: &str, at: &str| (t.to_string(), id.to_string(), at.to_string());
    assert_eq!(
        got,
        [
            expect("Coréia", "1", "Coréia"),
            expect("Wanson", "1", "Wanson"),
            expect("Coréia", "3", "Coréia"),
            expect("Wanson", "1", "Wanson"),
            expect("Coréia", "2", "Coréia"),
            expect("Cor\\u00e9ia", "x1", "Cor\\u00e9ia"),
        ],
        "{found:#?}"
    );
}

#[test]
fn fix_changes_only_target_bytes_and_a_second_fix_nothing() {
    let dir = tempfile::tempdir().expect("temp dir");
    let po_text = "msgid \"Coréia\"\nmsgstr \"A \\\"Coréia\\\" e Wanson\"\n";
    let xlf_text = "<xliff version=\"1.2\"><file source-language=\"en\" target-language=\"pt\" datatype=\"plaintext\" original=\"x\"><body>\n<trans-unit id=\"1\"><source>Coréia</source><target>Coréia &amp; Wanson</target></trans-unit>\n</body></file></xliff>\n";
    let po = write(dir.path(), "a.po", po_text);
    let xlf = write(dir.path(), "a.xlf", xlf_text);
    check().arg("--fix").arg(&po).arg(&xlf).assert().code(0);
    let po_fixed = std::fs::read_to_string(&po).expect("read");
    let xlf_fixed = std::fs::read_to_string(&xlf).expect("read");
    assert_eq!(
        po_fixed,
        "msgid \"Coréia\"\nmsgstr \"A \\\"Coreia\\\" e Wonsan\"\n"
    );
    assert_eq!(
        xlf_fixed,
        xlf_text.replace("<target>Coréia &amp; Wanson", "<target>Coreia &amp; Wonsan")
    );
    check().arg("--fix").arg(&po).arg(&xlf).assert().code(0);
    assert_eq!(std::fs::read_to_string(&po).expect("read"), po_fixed);
    assert_eq!(std::fs::read_to_string(&xlf).expect("read"), xlf_fixed);
}

#[test]
fn a_fix_with_characters_the_format_escapes_is_written_escaped() {
    // A glossary whose preferred form holds a quotation mark.
    let dir = tempfile::tempdir().expect("temp dir");
    let glossary = write(
        dir.path(),
        "q.toml",
        "[glossary]\nname = \"q\"\nlang = \"pt\"\n\n[[term]]\nuse = 'o \"Diário\"'\nkind = \"org\"\navoid = ['o Diario']\n",
    );
    let po = write(dir.path(), "a.po", "msgid \"x\"\nmsgstr \"Li o Diario.\"\n");
    let mut cmd = Command::cargo_bin("mtlint").expect("the binary is built");
    cmd.args([
        "check",
        "--no-config",
        "--lang",
        "pt",
        "--no-default-glossaries",
        "-g",
    ])
    .arg(&glossary)
    .arg("--fix")
    .arg(&po)
    .assert()
    .code(0);
    assert_eq!(
        std::fs::read_to_string(&po).expect("read"),
        "msgid \"x\"\nmsgstr \"Li o \\\"Diário\\\".\"\n"
    );
}

#[test]
fn bad_files_are_one_line_errors_with_their_place_and_the_others_are_checked() {
    let dir = tempfile::tempdir().expect("temp dir");
    let cases = [
        ("unclosed.xlf", "<xliff version=\"1.2\"><file><body>\n<trans-unit id=\"1\"><source>a</source><target>b</target>\n", "unclosed.xlf:"),
        ("endless.po", "msgid \"a\"\nmsgstr \"b\n", "endless.po:2:"),
        ("nolang.tmx", "<tmx version=\"1.4\"><header srclang=\"en\"/><body><tu><tuv xml:lang=\"en\"><seg>a</seg></tuv></tu></body></tmx>\n", "nolang.tmx:"),
        ("nocols.csv", "a,b\n1,2\n", "nocols.csv:1:"),
        ("xxe.xlf", "<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>\n<xliff version=\"1.2\"><file><body><trans-unit id=\"1\"><source>a</source><target>&e;</target></trans-unit></body></file></xliff>\n", "xxe.xlf:2:"),
        ("bad.jsonl", "{\"src\": \"a\", \"mt\": \n", "bad.jsonl:1:"),
    ];
    let good = write(
        dir.path(),
        "good.po",
        "msgid \"Korea\"\nmsgstr \"Coréia\"\n",
    );
    let mut cmd = check();
    cmd.arg("--format").arg("jsonl");
    for (name, text, _) in &cases {
        cmd.arg(write(dir.path(), name, text));
    }
    let out = cmd.arg(&good).output().expect("runs");
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    for (name, _, place) in &cases {
        let line = stderr
            .lines()
            .find(|l| l.contains(name))
            .unwrap_or_else(|| panic!("no error for {name}: {stderr}"));
        assert!(line.contains(place), "{line}");
    }
    // The good file is still checked.
    assert!(String::from_utf8_lossy(&out.stdout).contains("\"text\":\"Coréia\""));
    assert!(!stderr.contains("panicked"), "{stderr}");
}

#[test]
fn a_text_is_checked_with_its_source_line_by_line() {
    let dir = tempfile::tempdir().expect("temp dir");
    let source = write(
        dir.path(),
        "a.en.txt",
        "Lavrov went to Wonsan.\n\nNorth Korea.\n",
    );
    let target = write(
        dir.path(),
        "a.pt.txt",
        "Lavrov foi a Wanson.\n\nA Coréia do Norte.\n",
    );
    let found = findings(check().arg("--source").arg(&source), &[&target]);
    let pairs: Vec<(&str, &str)> = found
        .iter()
        .map(|f| {
            (
                f["text"].as_str().unwrap_or(""),
                f["source"].as_str().unwrap_or(""),
            )
        })
        .collect();
    assert_eq!(
        pairs,
        [
            ("Wanson", "Lavrov went to Wonsan."),
            ("Coréia", "North Korea.")
        ]
    );
    // Texts that do not pair are an error, not a guess.
    let other = write(
        dir.path(),
        "b.en.txt",
        "One.\nTwo.\nThree.\nFour.\nFive.\nSix.\nSeven.\n",
    );
    let out = check()
        .arg("--source")
        .arg(&other)
        .arg(&target)
        .output()
        .expect("runs");
    assert_eq!(
        out.status.code(),
        Some(2),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
}

#[test]
fn folders_are_walked_for_bilingual_files_too() {
    let dir = tempfile::tempdir().expect("temp dir");
    write(dir.path(), "a.po", "msgid \"Korea\"\nmsgstr \"Coréia\"\n");
    write(dir.path(), "b.xliff", "<xliff version=\"1.2\"><file><body><trans-unit id=\"1\"><source>Korea</source><target>Coréia</target></trans-unit></body></file></xliff>\n");
    write(
        dir.path(),
        "c.jsonl",
        "not walked: a JSONL file may be anything\n",
    );
    let found = findings(&mut check(), &[dir.path()]);
    assert_eq!(found.len(), 2, "{found:#?}");
}
