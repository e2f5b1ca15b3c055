//! The generated glossaries (glossaries/pt/countries.toml, cities.toml, orthography.toml)
//! are exactly what scripts/glossaries/generate.py makes from data/sources/: nobody edited
//! them by hand, and the committed sources still produce them.

use std::path::{Path, PathBuf};
use std::process::Command;

const GENERATED: [&str; 3] = ["countries.toml", "cities.toml", "orthography.toml"];

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

#[test]
fn generator_rebuilds_the_committed_files_byte_for_byte() {
    let root = workspace_root();
    let out = std::env::temp_dir().join(format!("mtlint-generated-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&out);
    let status = Command::new("python3")
        .arg(root.join("scripts/glossaries/generate.py"))
        .arg("--out")
        .arg(&out)
        .status()
        .unwrap_or_else(|e| panic!("cannot run python3 (needed to regenerate glossaries): {e}"));
    assert!(status.success(), "generate.py failed: {status}");
    let mut stale = Vec::new();
    for name in GENERATED {
        let fresh = std::fs::read(out.join(name)).unwrap_or_else(|e| panic!("{name}: {e}"));
        let committed = std::fs::read(root.join("glossaries/pt").join(name))
            .unwrap_or_else(|e| panic!("glossaries/pt/{name}: {e}"));
        if fresh != committed {
            stale.push(name);
        }
    }
    let _ = std::fs::remove_dir_all(&out);
    assert!(
        stale.is_empty(),
        "generated glossaries differ from what scripts/glossaries/generate.py makes: {stale:?}; \
         rerun `python3 scripts/glossaries/generate.py` (never edit them by hand)"
    );
}

#[test]
fn generator_output_depends_only_on_its_inputs() {
    // Two runs give the same bytes: no dates, no set ordering, no environment leaks.
    let root = workspace_root();
    let mut outputs = Vec::new();
    for run in 0..2 {
        let out =
            std::env::temp_dir().join(format!("mtlint-generated-{}-{run}", std::process::id()));
        let _ = std::fs::remove_dir_all(&out);
        let status = Command::new("python3")
            .arg(root.join("scripts/glossaries/generate.py"))
            .arg("--out")
            .arg(&out)
            .env("PYTHONHASHSEED", run.to_string())
            .status()
            .unwrap_or_else(|e| panic!("cannot run python3: {e}"));
        assert!(status.success());
        let files: Vec<Vec<u8>> = GENERATED
            .iter()
            .map(|n| std::fs::read(out.join(n)).unwrap_or_else(|e| panic!("{n}: {e}")))
            .collect();
        let _ = std::fs::remove_dir_all(&out);
        outputs.push(files);
    }
    assert!(
        outputs[0] == outputs[1],
        "generate.py output changes between runs"
    );
}
