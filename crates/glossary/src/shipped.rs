//! The glossaries shipped with mtlint, embedded at build time from the workspace's
//! `glossaries/` folder (see build.rs), so `mtlint check` works with no configuration.

use crate::{GlossarySet, GlossarySource};

// `SHIPPED`, the files' texts, and `FINGERPRINT`, a hash of `COMPILED` (build.rs).
include!(concat!(env!("OUT_DIR"), "/shipped.rs"));

/// The shipped glossaries, parsed and validated at build time.
static COMPILED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/shipped.bin"));

/// Every shipped glossary file as text, named `<shipped>/LANG/FILE.toml`.
pub fn sources() -> Vec<GlossarySource> {
    SHIPPED
        .iter()
        .map(|(name, text)| GlossarySource {
            name: format!("<shipped>/{name}"),
            text: (*text).to_string(),
        })
        .collect()
}

/// The shipped glossaries, merged and validated: decoded from the build-time encoding in
/// about a millisecond instead of parsed from TOML. Their entries carry no examples (see
/// build.rs): [`sources`] has those.
pub fn set() -> GlossarySet {
    // The bytes were written by build.rs from the same types: decoding cannot fail unless
    // the build itself is broken, and then the parsed TOML is an exact fallback.
    match postcard::from_bytes::<GlossarySet>(COMPILED) {
        Ok(mut set) => {
            set.shipped = Some(FINGERPRINT);
            set
        }
        Err(_) => GlossarySet::build(&sources()).unwrap_or_default(),
    }
}
