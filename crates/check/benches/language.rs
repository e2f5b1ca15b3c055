//! Speed of whole-document language detection (`--lang auto`): an article, and a large
//! file, which must cost about the same because detection samples a bounded number of
//! lines spread over the file.
//!
//! Text: the NTREX pt-BR human reference, read from `../shared/corpora/ntrex-dev/` beside
//! the repository (or `MTLINT_BENCH_TEXT`).
//!
//! Run: `cargo bench -p mtlint-check --bench language`

use std::path::PathBuf;

use divan::Bencher;
use mtlint_check::language::{detect_language, prepare_detection};

fn main() {
    divan::main();
}

fn corpus() -> Option<String> {
    if let Some(path) = std::env::var_os("MTLINT_BENCH_TEXT") {
        return std::fs::read_to_string(path).ok();
    }
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpora/ntrex-dev");
    std::fs::read_to_string(dir.join("ref.pt-BR.txt")).ok()
}

/// About `bytes` of the corpus: its start, or copies of it.
fn text_of(bytes: usize) -> Option<String> {
    let text = corpus()?;
    if text.len() >= bytes {
        let mut end = bytes;
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        return Some(text[..end].to_string());
    }
    Some(text.repeat(bytes / text.len().max(1) + 1))
}

#[divan::bench(args = [4 * 1024, 64 * 1024, 64 * 1024 * 1024])]
fn detect(bencher: Bencher, bytes: usize) {
    let Some(text) = text_of(bytes) else {
        eprintln!("corpus not found: set MTLINT_BENCH_TEXT");
        return;
    };
    prepare_detection();
    bencher.bench(|| detect_language(divan::black_box(&text)));
}
