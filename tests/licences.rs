//! `mtlint licences` lists every data set embedded in the binary, with a licence that
//! may be combined into a GPL-3.0-or-later binary.

use std::path::{Path, PathBuf};

use assert_cmd::Command;

/// Licences that allow distribution as part of a GPL-3.0-or-later work (README,
/// "Licences"). GPL-2.0-only is the one that does not, and is absent on purpose.
const COMPATIBLE: &[&str] = &[
    "GPL-2.0-or-later",
    "GPL-3.0-or-later",
    "LGPL-2.1-only",
    "LGPL-2.1-or-later",
    "LGPL-3.0-only",
    "LGPL-3.0-or-later",
    "CC-BY-SA-4.0",
    "CC0-1.0",
    "MIT",
    "BSD-3-Clause",
    // SCOWL's notice (the English word list): the permission notice and disclaimer of
    // HPND, with "sell".
    "HPND-sell-variant",
    "Unicode-3.0",
];

fn listing() -> String {
    let out = Command::cargo_bin("mtlint")
        .expect("the binary is built")
        .arg("licences")
        .output()
        .expect("mtlint runs");
    assert!(out.status.success(), "{out:?}");
    String::from_utf8(out.stdout).expect("UTF-8")
}

fn files_below(dir: &Path, ext: &[&str], out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("readable").flatten() {
        let path = entry.path();
        if path.is_dir() {
            files_below(&path, ext, out);
        } else if path
            .extension()
            .is_some_and(|e| ext.iter().any(|x| e == *x))
        {
            out.push(path);
        }
    }
}

#[test]
fn every_shipped_glossary_is_listed_with_its_licence() {
    let listing = listing();
    let mut files = Vec::new();
    files_below(Path::new("glossaries"), &["toml"], &mut files);
    assert!(files.len() >= 7, "{files:?}");
    for file in files {
        let rel = file.strip_prefix("glossaries").expect("below");
        let name = format!("<shipped>/{}", rel.to_string_lossy().replace('\\', "/"));
        let at = listing
            .find(&name)
            .unwrap_or_else(|| panic!("{name} missing from:\n{listing}"));
        let block = &listing[at..];
        let licence_line = block
            .lines()
            .find(|l| l.trim_start().starts_with("licence:"))
            .expect("a licence line");
        assert!(!licence_line.contains("(none stated)"), "{name}");
    }
    assert!(!listing.contains("wbrazilian"), "GPL-2-only data is gone");
}

/// Every file a crate embeds with `include_str!`/`include_bytes!` and a literal path is
/// listed, with a compatible licence: a new data file cannot slip into the binary unlisted.
#[test]
fn every_embedded_data_file_is_listed_with_a_compatible_licence() {
    let listing = listing();
    let mut sources = Vec::new();
    files_below(Path::new("crates"), &["rs"], &mut sources);
    let mut embedded = Vec::new();
    for source in sources {
        // Tests, examples and benches are not in the binary.
        let path = source.to_string_lossy().replace('\\', "/");
        if ["/tests/", "/examples/", "/benches/"]
            .iter()
            .any(|d| path.contains(d))
        {
            continue;
        }
        let text = std::fs::read_to_string(&source).expect("UTF-8 source");
        for macro_name in ["include_str!(\"", "include_bytes!(\""] {
            for (at, _) in text.match_indices(macro_name) {
                let rest = &text[at + macro_name.len()..];
                let rel = &rest[..rest.find('"').expect("closing quote")];
                let dir = source.parent().expect("a folder");
                let path = std::fs::canonicalize(dir.join(rel)).expect("embedded file exists");
                let root = std::fs::canonicalize(".").expect("root");
                let rel = path.strip_prefix(&root).expect("inside the repository");
                embedded.push(rel.to_string_lossy().replace('\\', "/"));
            }
        }
    }
    assert!(embedded.len() >= 5, "{embedded:?}");
    for file in embedded {
        // Test fixtures embedded by unit tests are not shipped; the review page's HTML,
        // CSS and JavaScript are mtlint's own code, under the code's licence.
        let code = [".html", ".css", ".js", ".rs"]
            .iter()
            .any(|e| file.ends_with(e));
        if file.starts_with("tests/") || file.contains("/tests/") || code {
            continue;
        }
        let at = listing
            .find(&format!("  {file}\n"))
            .unwrap_or_else(|| panic!("{file} missing from:\n{listing}"));
        let licence = listing[at..]
            .lines()
            .find_map(|l| l.trim_start().strip_prefix("licence: "))
            .expect("a licence line");
        for id in licence.split(" AND ") {
            assert!(COMPATIBLE.contains(&id), "{file}: {id}");
        }
    }
}
