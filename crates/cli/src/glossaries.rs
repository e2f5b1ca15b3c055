use mtlint_glossary::{load_paths, parse_glossary, shipped, GlossaryErrors, GlossarySet};

use crate::args::GlossaryArgs;

/// The shipped glossaries (unless turned off) merged with the user's; a user entry replaces
/// a shipped entry with the same id. Every error in every file is reported at once.
pub fn load(args: &GlossaryArgs) -> Result<GlossarySet, GlossaryErrors> {
    let user_sources = load_paths(&args.glossary_paths)?;
    let mut user = Vec::new();
    let mut errors = Vec::new();
    for source in &user_sources {
        match parse_glossary(&source.name, &source.text) {
            Ok(g) => user.push(g),
            Err(e) => errors.extend(e.0),
        }
    }
    if !errors.is_empty() {
        return Err(GlossaryErrors(errors));
    }
    let base = if args.no_default_glossaries {
        GlossarySet::default()
    } else {
        shipped::set()
    };
    if user.is_empty() {
        // Shipped glossaries were validated when mtlint was built.
        return Ok(base);
    }
    base.with_overrides(user)
}

/// `base` with the glossaries at `paths` merged over it (their entries replace same-id
/// ones): how `--glossary` files amend those a configuration names.
pub fn load_over(
    base: GlossarySet,
    paths: &[std::path::PathBuf],
) -> Result<GlossarySet, GlossaryErrors> {
    if paths.is_empty() {
        return Ok(base);
    }
    let mut user = Vec::new();
    let mut errors = Vec::new();
    for source in &load_paths(paths)? {
        match parse_glossary(&source.name, &source.text) {
            Ok(g) => user.push(g),
            Err(e) => errors.extend(e.0),
        }
    }
    if !errors.is_empty() {
        return Err(GlossaryErrors(errors));
    }
    base.with_overrides(user)
}
