//! End-to-end tests of `mtlint glossary import` and `mtlint glossary export`, on the real
//! files of tests/fixtures/import/ (origins and licences in its README) and on bad files.

use std::path::Path;

use assert_cmd::Command;

const FIXTURES: &str = "tests/fixtures/import";

fn mtlint() -> Command {
    Command::cargo_bin("mtlint").expect("the binary is built")
}

fn fixture(name: &str) -> String {
    format!("{FIXTURES}/{name}")
}

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

fn run(cmd: &mut Command) -> Run {
    let out = cmd.output().expect("runs");
    Run {
        code: out.status.code().expect("exit code"),
        stdout: String::from_utf8(out.stdout).expect("UTF-8 stdout"),
        stderr: String::from_utf8(out.stderr).expect("UTF-8 stderr"),
    }
}

fn import(args: &[&str]) -> Run {
    let mut cmd = mtlint();
    cmd.args(["glossary", "import"]).args(args);
    run(&mut cmd)
}

/// `mtlint glossary check FILE` accepts the file.
fn assert_valid_glossary(path: &Path) {
    let check = run(mtlint().args(["glossary", "check"]).arg(path));
    assert_eq!(check.code, 0, "{}{}", check.stdout, check.stderr);
}

#[test]
fn martif_to_stdout() {
    let r = import(&[&fixture("weblate-martif-cs.tbx"), "--from", "tbx"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(r.stderr, "");
    insta::assert_snapshot!(r.stdout);
}

#[test]
fn tbx_v3_to_a_file_that_validates() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("astronomy.es.toml");
    let r = import(&[
        &fixture("astronomy-tbx-basic-dca.tbx"),
        "--from",
        "tbx",
        "--lang",
        "es",
        "--name",
        "Astronomy (es)",
        "-o",
        out.to_str().expect("UTF-8 path"),
    ]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(r.stdout, "", "the glossary goes to the file only");
    let text = std::fs::read_to_string(&out).expect("written");
    assert!(
        text.starts_with(
            "[glossary]\nname = \"Astronomy (es)\"\nlang = \"es\"\nsource-lang = \"en\"\n"
        ),
        "{text}"
    );
    // c16: preferred, admitted and two deprecated Spanish terms.
    assert!(text.contains(
        "use = \"ciclo del carbono-nitrógeno\"\nkind = \"term\"\nalso = [\"ciclo CNO\"]\navoid = [\"ciclo del carbono-nitrógeno-oxígeno\", { text = \"ciclo del carbono\""
    ), "{text}");
    assert_valid_glossary(&out);
    let stderr: Vec<&str> = r.stderr.lines().collect();
    assert_eq!(
        stderr.first().copied(),
        Some(format!("mtlint: warning: {}:1611:4: 6 entries have no `es` terms and were skipped (the first here)", fixture("astronomy-tbx-basic-dca.tbx")).as_str())
    );
    assert!(stderr.iter().any(|l| l.ends_with("no preferred term; imported the first admitted one, `degeneración de electrones`, as preferred")));
    let entries = text.matches("[[term]]").count();
    assert_eq!(
        stderr.last().copied(),
        Some(
            format!(
                "mtlint: imported {entries} entries from {} into {}",
                fixture("astronomy-tbx-basic-dca.tbx"),
                out.display()
            )
            .as_str()
        )
    );
}

#[test]
fn tsv_format_from_the_extension() {
    let r = import(&[&fixture("countries.pt.tsv"), "--lang", "pt"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stdout.contains("use = \"Vietnã\"\nkind = \"place\"\nvariant = \"pt-BR\"\navoid = [{ text = \"Vietname\", note = \"European Portuguese form\" }]\n"), "{}", r.stdout);
}

/// The body of a glossary file without its description (which names the imported file).
fn without_description(toml: &str) -> String {
    toml.lines()
        .filter(|l| !l.starts_with("description = "))
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn csv_round_trip_through_the_binary() {
    let dir = tempfile::tempdir().expect("temp dir");
    let first = dir.path().join("first.toml");
    let csv = dir.path().join("exported.csv");
    let r = import(&[
        &fixture("countries.pt-BR.csv"),
        "--from",
        "csv",
        "--lang",
        "pt-BR",
        "--name",
        "Countries",
        "-o",
        first.to_str().expect("path"),
    ]);
    assert_eq!(r.code, 0, "{}", r.stderr);

    let export = run(mtlint()
        .args(["glossary", "export", "--to", "csv", "-o"])
        .arg(&csv)
        .arg(&first));
    assert_eq!(export.code, 0, "{}", export.stderr);
    assert_eq!(
        export.stderr, "",
        "country entries have nothing CSV cannot hold"
    );
    let table = std::fs::read_to_string(&csv).expect("exported");
    assert!(
        table.starts_with("source,target,status,kind,variant,note\n"),
        "{table}"
    );
    assert!(table.contains("\"Korea, Republic of\",\"Coreia, República da\",preferred,place,,ISO 3166-1 KR (Debian iso-codes)\n"), "{table}");

    let again = import(&[
        csv.to_str().expect("path"),
        "--from",
        "csv",
        "--lang",
        "pt-BR",
        "--name",
        "Countries",
    ]);
    assert_eq!(again.code, 0, "{}", again.stderr);
    let first_text = std::fs::read_to_string(&first).expect("written");
    assert_eq!(
        without_description(&first_text),
        without_description(&again.stdout)
    );
}

#[test]
fn export_of_the_shipped_glossaries_as_tsv() {
    let r = run(mtlint().args(["glossary", "export", "--to", "tsv"]));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r
        .stdout
        .starts_with("source\ttarget\tstatus\tkind\tvariant\tnote\n"));
    // Examples never fit in a table: every shipped entry has some, and each is named.
    assert!(!r.stderr.is_empty());
    assert!(
        r.stderr
            .lines()
            .all(|l| l.starts_with("mtlint: warning: <shipped>/")),
        "{}",
        r.stderr
    );
    assert!(r.stdout.lines().count() > 100);
}

// --- bad input: one clear line, exit code 2, nothing written -------------------------------

/// Runs an import that must fail, with `-o` pointing at a file that already exists: the
/// file must be left as it was, and no temporary file left beside it.
fn failing_import(file: &Path, args: &[&str]) -> String {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("out.toml");
    std::fs::write(&out, "previous contents").expect("write");
    let mut cmd = mtlint();
    cmd.args(["glossary", "import"])
        .arg(file)
        .args(args)
        .arg("-o")
        .arg(&out);
    let r = run(&mut cmd);
    assert_eq!(r.code, 2, "stdout: {}\nstderr: {}", r.stdout, r.stderr);
    assert_eq!(r.stdout, "");
    assert_eq!(
        std::fs::read_to_string(&out).expect("still there"),
        "previous contents"
    );
    assert_eq!(
        std::fs::read_dir(dir.path()).expect("list").count(),
        1,
        "no temporary file left"
    );
    assert_eq!(r.stderr.lines().count(), 1, "one line: {}", r.stderr);
    r.stderr.replace(&file.display().to_string(), "FILE")
}

fn bad_file(name: &str, bytes: &[u8]) -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join(name);
    std::fs::write(&path, bytes).expect("write");
    (dir, path)
}

#[test]
fn broken_xml() {
    let mut tbx = std::fs::read(fixture("weblate-martif-cs.tbx")).expect("fixture");
    tbx.truncate(700);
    let (_dir, path) = bad_file("cut.tbx", &tbx);
    let err = failing_import(&path, &["--from", "tbx"]);
    insta::assert_snapshot!(err, @"mtlint: error: FILE:23:17: malformed XML: unknown token (the file ends here: is it cut short?)");
}

#[test]
fn csv_row_with_the_wrong_number_of_fields() {
    let (_dir, path) = bad_file(
        "bad.csv",
        "source,target\nMoscow,Moscou\nKyiv,Quieve,Kiev\n".as_bytes(),
    );
    let err = failing_import(&path, &["--from", "csv", "--lang", "pt"]);
    insta::assert_snapshot!(err, @"mtlint: error: FILE:3: row has 3 fields but the header has 2 (a separator inside an unquoted term, or an unclosed quote?)");
}

#[test]
fn invalid_utf8() {
    let (_dir, path) = bad_file("latin1.tsv", b"source\ttarget\nKyiv\tQu\xe9ieve\n");
    let err = failing_import(&path, &["--lang", "pt"]);
    insta::assert_snapshot!(err, @"mtlint: error: FILE:2:8: not valid UTF-8 (save the file as UTF-8)");
}

#[test]
fn csv_without_a_target_column() {
    let (_dir, path) = bad_file("n.csv", b"source,comment\nMoscow,capital\n");
    let err = failing_import(&path, &["--lang", "pt"]);
    insta::assert_snapshot!(err, @"mtlint: error: FILE:1: no target column in the header row (found: source, comment); name the column of translations `target`");
}

#[test]
fn unknown_format() {
    let err = failing_import(
        Path::new(&fixture("countries.pt-BR.csv")),
        &["--from", "xlsx"],
    );
    assert!(
        err.contains("unknown import format `xlsx` (expected csv, tsv or tbx)"),
        "{err}"
    );
}

#[test]
fn missing_file() {
    let err = failing_import(Path::new("tests/fixtures/import/no-such-file.tbx"), &[]);
    assert!(
        err.starts_with("mtlint: error: FILE: cannot read: "),
        "{err}"
    );
}

#[test]
fn output_folder_that_does_not_exist() {
    let r = import(&[
        &fixture("weblate-martif-cs.tbx"),
        "-o",
        "/no/such/folder/out.toml",
    ]);
    assert_eq!(r.code, 2);
    assert!(
        r.stderr
            .starts_with("mtlint: error: /no/such/folder/out.toml: cannot write: "),
        "{}",
        r.stderr
    );
}
