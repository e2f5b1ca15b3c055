//! The complete example in the README's "Configuration" section is a valid configuration.

use std::path::Path;

use mtlint_check::Rule;
use mtlint_config::{parse_config, Level};

#[test]
fn readme_example_parses() {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../README.md"))
        .expect("README.md beside the workspace");
    let section = readme
        .split("\n## Configuration\n")
        .nth(1)
        .expect("a Configuration section");
    let example = section
        .split("```toml\n")
        .nth(1)
        .and_then(|s| s.split("\n```").next())
        .expect("a TOML example in it");
    let config = parse_config("README.md", example, Path::new("/project"))
        .unwrap_or_else(|e| panic!("the README example is invalid:\n{e}"));
    assert_eq!(config.glossaries.len(), 2);
    assert_eq!(config.policy.disabled_rules(), [Rule::SpacedHyphen]);
    let untranslated = config.policy.rules[&Rule::Untranslated];
    assert_eq!(untranslated.level, Some(Level::Info));
    assert!(config.policy.allow.allows("port city"));
    assert!(!config
        .files
        .selects(Path::new("/project/translations/drafts/a.md")));
    assert!(config
        .files
        .selects(Path::new("/project/translations/pt/a.md")));
    assert!(!config
        .files
        .selects(Path::new("/project/translations/legacy/a.md")));
}
