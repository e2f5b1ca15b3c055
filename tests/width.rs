//! Human output's width (issue 17): the terminal's when stdout is one, no cutting when it
//! is not (a report in a file or a pager keeps the context of news paragraphs), and
//! `--max-width N` to choose. It was a fixed 140 columns.

use assert_cmd::Command;

/// One long news paragraph, the finding in its middle.
fn paragraph() -> String {
    let words = "O ministro disse que a reunião foi produtiva e que os dois países vão \
                 continuar a conversar sobre a cooperação económica e cultural durante os \
                 próximos meses, ";
    format!(
        "{}e depois viajou para Wanson com a delegação, e {}\n",
        words.repeat(3),
        words.repeat(3).trim_end()
    )
}

fn report(dir: &std::path::Path, extra: &[&str]) -> String {
    let path = dir.join("long.pt.txt");
    std::fs::write(&path, paragraph()).expect("write");
    let out = Command::cargo_bin("mtlint")
        .expect("the binary is built")
        .current_dir(dir)
        .args(["check", "--no-config", "--lang", "pt", "--color", "never"])
        .args(extra)
        .arg("long.pt.txt")
        .output()
        .expect("runs");
    String::from_utf8(out.stdout).expect("UTF-8")
}

/// The line of the report that shows the text (`1 | ...`).
fn shown_line(report: &str) -> &str {
    report
        .lines()
        .find(|l| l.starts_with("1 | "))
        .unwrap_or_else(|| panic!("no source line in:\n{report}"))
}

#[test]
fn a_report_not_on_a_terminal_is_not_cut() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = report(dir.path(), &[]);
    assert_eq!(shown_line(&out), format!("1 | {}", paragraph().trim_end()));
    assert!(out.contains("--> long.pt.txt:1:499"), "{out}");
}

#[test]
fn max_width_cuts_to_the_width_asked_keeping_the_true_column() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = report(dir.path(), &["--max-width", "80"]);
    let line = shown_line(&out);
    assert!(
        line.starts_with("1 | ...") && line.contains("Wanson"),
        "{line}"
    );
    assert!(line.chars().count() <= 80, "{line}");
    assert!(out.contains("--> long.pt.txt:1:499"), "{out}");
}

/// On a terminal (a pseudo-terminal made by `script`, of util-linux), the terminal's width.
#[test]
fn a_report_on_a_terminal_fits_its_width() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("long.pt.txt"), paragraph()).expect("write");
    let bin = assert_cmd::cargo::cargo_bin("mtlint");
    let command = format!(
        "stty cols 200 rows 40; {} check --no-config --lang pt --color never long.pt.txt",
        bin.display()
    );
    let out = std::process::Command::new("script")
        .current_dir(dir.path())
        .args(["-qec", &command, "/dev/null"])
        .output()
        .expect("`script` (util-linux, installed by scripts/test-all.sh) runs");
    let text = String::from_utf8_lossy(&out.stdout).replace('\r', "");
    let line = shown_line(&text);
    assert!(
        line.starts_with("1 | ...") && line.contains("Wanson"),
        "{text}"
    );
    // The terminal's width, not annotate-snippets' default of 140 columns.
    let width = line.chars().count();
    assert!((150..=200).contains(&width), "{width} columns: {line}");
}
