//! The glossaries of a session: the shipped ones (unless turned off), then layers of the
//! user's, each layer's entries replacing same-id entries of the layers below.

use std::path::PathBuf;

use mtlint_glossary::{load_paths, parse_glossary, shipped, GlossaryErrors, GlossarySet};

/// Where a session's glossaries come from.
#[derive(Debug, Clone, Default)]
pub struct GlossarySources {
    /// Leave out the glossaries built into mtlint.
    pub no_default: bool,
    /// Files or folders of glossaries, in layers: a configuration's, then the command
    /// line's. A later layer's entries replace same-id entries of the earlier ones.
    pub layers: Vec<Vec<PathBuf>>,
}

impl GlossarySources {
    /// Every glossary, merged. Every error in every file of a layer is reported at once.
    pub fn load(&self) -> Result<GlossarySet, GlossaryErrors> {
        let mut set = if self.no_default {
            GlossarySet::default()
        } else {
            // Validated when mtlint was built.
            shipped::set()
        };
        for layer in &self.layers {
            set = load_over(set, layer)?;
        }
        Ok(set)
    }
}

/// `base` with the glossaries at `paths` merged over it (their entries replace same-id
/// ones).
fn load_over(base: GlossarySet, paths: &[PathBuf]) -> Result<GlossarySet, GlossaryErrors> {
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
    if user.is_empty() {
        return Ok(base);
    }
    base.with_overrides(user)
}
