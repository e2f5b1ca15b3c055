use std::collections::HashSet;

use mtlint_glossary::{load_paths, parse_glossary, shipped, GlossaryErrors, GlossarySet};

use crate::args::GlossaryArgs;

/// The shipped glossaries (unless turned off) merged with the user's; a user entry replaces
/// a shipped entry with the same id. Every error in every file is reported at once.
pub fn load(args: &GlossaryArgs) -> Result<GlossarySet, GlossaryErrors> {
    let user_sources = load_paths(&args.glossary_paths)?;
    let mut glossaries = Vec::new();
    let mut errors = Vec::new();
    for source in &user_sources {
        match parse_glossary(&source.name, &source.text) {
            Ok(g) => glossaries.push(g),
            Err(e) => errors.extend(e.0),
        }
    }
    if !args.no_default_glossaries {
        let user_ids: HashSet<String> = glossaries
            .iter()
            .flat_map(|g| g.terms.iter().map(|t| t.id.clone()))
            .collect();
        for source in shipped::sources() {
            match parse_glossary(&source.name, &source.text) {
                Ok(mut g) => {
                    g.terms.retain(|t| !user_ids.contains(&t.id));
                    glossaries.push(g);
                }
                Err(e) => errors.extend(e.0),
            }
        }
    }
    if !errors.is_empty() {
        return Err(GlossaryErrors(errors));
    }
    GlossarySet::from_glossaries(glossaries)
}
