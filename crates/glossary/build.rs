//! Compiles the shipped glossaries into the crate.
//!
//! It reads `glossaries/**/*.toml` inside this crate: a crate published on crates.io may
//! only read its own files. That folder is a copy of the workspace's `glossaries/` (the
//! source of truth, which people and scripts/glossaries/generate.py edit), made by
//! scripts/glossaries/sync_crate_copy.sh; tests/shipped_copy.rs fails while they differ.
//!
//! The TOML is parsed and validated here, at build time, with this crate's own parser
//! (its modules are included below), and embedded as a compact postcard encoding of the
//! validated `GlossarySet`: parsing 700 KB of TOML on every `mtlint check` would cost more
//! than the whole check of an article. A shipped glossary with an error fails the build.
//! The TOML text is embedded too, for `mtlint glossary check` and `test`.

#![allow(dead_code)]

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

#[path = "src/error.rs"]
mod error;
#[path = "src/fields.rs"]
mod fields;
#[path = "src/lang.rs"]
mod lang;
#[path = "src/load.rs"]
mod load;
#[path = "src/model.rs"]
mod model;
#[path = "src/raw.rs"]
mod raw;
#[path = "src/read.rs"]
#[allow(dead_code)]
mod read;
#[path = "src/suggest.rs"]
mod suggest;
#[path = "src/text.rs"]
mod text;
#[path = "src/validate.rs"]
mod validate;

pub use error::{GlossaryError, GlossaryErrors, Location};
pub use lang::{LangTag, LangTagError};
pub use load::GlossarySource;
pub use model::{CaseMode, GlossarySet, TermKind};

fn main() {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets it"));
    let out_dir = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets it"));
    let root = manifest.join("glossaries");
    println!("cargo:rerun-if-changed={}", root.display());
    for module in ["error", "lang", "load", "model", "raw", "text", "validate"] {
        println!("cargo:rerun-if-changed=src/{module}.rs");
    }
    let mut files = Vec::new();
    collect(&root, &mut files);
    files.sort();

    let mut code = String::from(
        "/// (name relative to glossaries/, contents)\npub static SHIPPED: &[(&str, &str)] = &[\n",
    );
    let mut sources = Vec::new();
    for file in &files {
        println!("cargo:rerun-if-changed={}", file.display());
        let rel = file.strip_prefix(&root).expect("below root");
        let name = rel.to_string_lossy().replace('\\', "/");
        let abs = file.canonicalize().expect("file exists");
        writeln!(
            code,
            "    ({name:?}, include_str!({:?})),",
            abs.display().to_string()
        )
        .expect("write to string");
        let text = std::fs::read_to_string(file).expect("shipped glossaries are UTF-8");
        sources.push(GlossarySource {
            name: format!("<shipped>/{name}"),
            text,
        });
    }
    code.push_str("];\n");

    let mut set = match GlossarySet::build(&sources) {
        Ok(set) => set,
        Err(errors) => panic!("the shipped glossaries have errors:\n{errors}"),
    };
    // Examples are for `mtlint glossary test`, which reads the TOML text; leaving them out
    // of the compiled set halves what every `mtlint check` decodes.
    for term in &mut set.terms {
        term.examples.clear();
    }
    let bytes = postcard::to_stdvec(&set).expect("a glossary set serialises");
    std::fs::write(out_dir.join("shipped.bin"), &bytes).expect("OUT_DIR is writable");
    // A hash of the encoding and of the code that says which terms apply to a language and
    // folds forms: compiled forms of the shipped glossaries made ahead of time
    // (mtlint-check's stored term index) record it, and are used only while it matches.
    let mut hashed = bytes.clone();
    for module in ["lang", "model", "text"] {
        let path = manifest.join("src").join(format!("{module}.rs"));
        hashed.extend(std::fs::read(path).expect("the crate's own source"));
    }
    let fingerprint = format!(
        "/// FNV-1a of the shipped glossaries' build-time encoding (`COMPILED`) and of the\n\
         /// source of this crate's lang, model and text modules.\n\
         pub static FINGERPRINT: u64 = {:#018x};\n",
        fnv1a(&hashed)
    );
    std::fs::write(out_dir.join("shipped.rs"), code + &fingerprint).expect("OUT_DIR is writable");
}

/// 64-bit FNV-1a: stable across builds and platforms, unlike the std hashers.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

fn collect(dir: &Path, files: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            println!("cargo:rerun-if-changed={}", path.display());
            collect(&path, files);
        } else if path.extension().is_some_and(|e| e == "toml") {
            files.push(path);
        }
    }
}
