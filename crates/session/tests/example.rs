//! The example program of the README's library section runs and reports what the CLI
//! reports.

use std::process::Command;

#[test]
fn the_example_checks_a_text_with_the_shipped_glossaries() {
    let out = Command::new(env!("CARGO"))
        .args([
            "run",
            "--quiet",
            "-p",
            "mtlint-session",
            "--example",
            "check_text",
            "--",
        ])
        .arg("Lavrov chegou a Wanson, na Coréia do Norte.")
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("cargo runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(stdout.contains("1:17: wrong-term:"), "{stdout}");
    assert!(stdout.contains("Wonsan"), "{stdout}");
    assert!(stdout.contains("1:28: wrong-term:"), "{stdout}");
}

#[test]
fn the_readme_shows_the_example_as_it_is() {
    let example = include_str!("../examples/check_text.rs");
    let readme = include_str!("../../../README.md");
    // The example without its opening doc comment is the README's code block.
    let code: String = example
        .lines()
        .skip_while(|l| l.starts_with("//!"))
        .map(|l| format!("{l}\n"))
        .collect();
    assert!(
        readme.contains(&code),
        "README's library example differs from {code}"
    );
}
