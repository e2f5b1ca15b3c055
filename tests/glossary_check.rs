//! `mtlint glossary check`: every error of every file at once (issue 17), each as
//! `file:line:col: message`, and a user's glossary checked against the shipped ones.

use assert_cmd::Command;

const DIR: &str = "tests/fixtures/glossary-check";

fn glossary_check(args: &[&str]) -> (Option<i32>, Vec<String>) {
    let out = Command::cargo_bin("mtlint")
        .expect("the binary is built")
        .args(["glossary", "check"])
        .args(args)
        .output()
        .expect("runs");
    let stderr = String::from_utf8(out.stderr).expect("UTF-8");
    (
        out.status.code(),
        stderr.lines().map(str::to_string).collect(),
    )
}

fn fixture(name: &str) -> String {
    format!("{DIR}/{name}")
}

#[test]
fn every_error_of_every_kind_and_file_is_reported_in_one_run() {
    let (code, lines) = glossary_check(&[
        &fixture("header-and-terms.toml"),
        &fixture("conflicts.toml"),
        &fixture("syntax.toml"),
        &fixture("missing.toml"),
    ]);
    assert_eq!(code, Some(2));
    let expected = [
        // an unreadable file does not hide the others
        "mtlint: error: tests/fixtures/glossary-check/missing.toml: cannot read glossary:",
        // a bad header key: no spurious "missing [glossary] table"
        "header-and-terms.toml:4:1: unknown field `licence` (did you mean `license`?)",
        // an unknown key does not hide the bad value beside it
        "header-and-terms.toml:9:20: empty string",
        "header-and-terms.toml:10:1: unknown field `colour`",
        // a bad kind is a kind, not a "variant"
        "header-and-terms.toml:14:8: unknown kind `city`, expected one of `person`",
        "syntax.toml:5:9: invalid basic string",
        // conflicts across files are checked although the files have other errors
        "conflicts.toml:8:18: `Wonsan` is listed as wrong, but it is the preferred form of `place/wonsan` at tests/fixtures/glossary-check/header-and-terms.toml:6:1",
        // and against the shipped glossaries, naming both entries
        "conflicts.toml:8:10: `Kiev` is listed as wrong in `place/kyiv`, but it is the preferred form of the shipped entry `place/kiev` at <shipped>/pt/places.toml:",
    ];
    for want in expected {
        assert!(
            lines.iter().any(|l| l.contains(want)),
            "no line with {want:?} in:\n{}",
            lines.join("\n")
        );
    }
    assert_eq!(lines.len(), expected.len(), "{}", lines.join("\n"));
    assert!(lines.iter().all(|l| !l.contains("missing `[glossary]`")));
    assert!(lines.iter().all(|l| !l.contains("variant `city`")));
}

#[test]
fn a_missing_header_is_still_reported() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("g.toml");
    std::fs::write(&path, "[[term]]\nuse = \"X\"\nkind = \"place\"\n").expect("write");
    let (code, lines) = glossary_check(&[path.to_str().expect("UTF-8 path")]);
    assert_eq!(code, Some(2));
    assert_eq!(lines.len(), 1, "{lines:?}");
    assert!(lines[0].ends_with("g.toml:1:1: missing `[glossary]` table (name and lang)"));
}

#[test]
fn conflicts_with_the_shipped_glossaries_can_be_left_out_or_made_deliberate() {
    let conflicts = fixture("conflicts.toml");
    // Without the shipped glossaries, only the file's own problems count: none.
    let (code, lines) = glossary_check(&["--no-default-glossaries", &conflicts]);
    assert_eq!((code, lines.len()), (Some(0), 0), "{lines:?}");
    // Replacing the shipped entry (same id) is deliberate: no error.
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("house.toml");
    let text = std::fs::read_to_string(&conflicts).expect("fixture");
    let text = text
        .replace("[[term]]\n", "[[term]]\nid = \"place/kiev\"\n")
        .replace(", \"Wonsan\"", "");
    std::fs::write(&path, text).expect("write");
    let (code, lines) = glossary_check(&[path.to_str().expect("UTF-8 path")]);
    assert_eq!((code, lines.len()), (Some(0), 0), "{lines:?}");
}
