//! The glossaries embedded in the binary are exactly the workspace's `glossaries/`: the
//! crate embeds its own copy (crates/glossary/glossaries, so that it can be published),
//! and this test fails when the copy falls behind. Fix: scripts/glossaries/sync_crate_copy.sh.

use std::collections::BTreeMap;
use std::path::Path;

fn workspace_glossaries(dir: &Path, root: &Path, out: &mut BTreeMap<String, String>) {
    for entry in std::fs::read_dir(dir)
        .expect("glossaries/ is readable")
        .flatten()
    {
        let path = entry.path();
        if path.is_dir() {
            workspace_glossaries(&path, root, out);
        } else if path.extension().is_some_and(|e| e == "toml") {
            let name = path.strip_prefix(root).expect("below the root");
            let name = format!("<shipped>/{}", name.to_string_lossy().replace('\\', "/"));
            let text = std::fs::read_to_string(&path).expect("UTF-8");
            out.insert(name, text);
        }
    }
}

#[test]
fn embedded_glossaries_equal_the_workspace_folder() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../glossaries");
    let mut expected = BTreeMap::new();
    workspace_glossaries(&root, &root, &mut expected);
    let embedded: BTreeMap<String, String> = mtlint_glossary::shipped::sources()
        .into_iter()
        .map(|s| (s.name, s.text))
        .collect();
    let names = |m: &BTreeMap<String, String>| m.keys().cloned().collect::<Vec<_>>();
    assert_eq!(
        names(&embedded),
        names(&expected),
        "the embedded glossaries are not the files of glossaries/: \
         run scripts/glossaries/sync_crate_copy.sh"
    );
    for (name, text) in &expected {
        assert!(
            embedded[name] == *text,
            "{name} differs from its embedded copy: run scripts/glossaries/sync_crate_copy.sh"
        );
    }
}
