//! The fuzz targets' bodies, shared with the corpus replay test of the main workspace
//! (`tests/fuzz_corpus.rs` includes `targets.rs`), so a corpus file is fed to exactly
//! what the fuzzer ran.

pub mod targets;
