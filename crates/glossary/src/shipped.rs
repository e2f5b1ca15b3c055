//! The glossaries shipped with mtlint, embedded at build time from the workspace's
//! `glossaries/` folder (see build.rs), so `mtlint check` works with no configuration.

use crate::GlossarySource;

include!(concat!(env!("OUT_DIR"), "/shipped.rs"));

/// Every shipped glossary file, named `<shipped>/LANG/FILE.toml`.
pub fn sources() -> Vec<GlossarySource> {
    SHIPPED
        .iter()
        .map(|(name, text)| GlossarySource {
            name: format!("<shipped>/{name}"),
            text: (*text).to_string(),
        })
        .collect()
}
