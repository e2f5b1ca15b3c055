//! Parsing throughput of the bilingual formats.
//!
//! The PO corpus (20,000+ pt_BR messages from Debian catalogues, built by
//! `scripts/formats/fetch.sh` as target/formats/corpus.po) is read from the path in
//! `MTLINT_PO_CORPUS`; without it that bench is skipped. The real fixtures are always
//! measured.
//!
//!   MTLINT_PO_CORPUS=target/formats/corpus.po cargo bench -p mtlint-formats --bench parse

use divan::counter::BytesCount;
use divan::Bencher;
use mtlint_formats::{read, InputFormat, ReadOptions};

fn main() {
    divan::main();
}

fn fixture(name: &str) -> String {
    let path = format!(
        "{}/../../tests/fixtures/formats/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(path).unwrap_or_default()
}

fn parse(bencher: Bencher, format: InputFormat, text: String) {
    if text.is_empty() {
        eprintln!("no input: skipped");
        return;
    }
    bencher.counter(BytesCount::of_str(&text)).bench(|| {
        read(format, divan::black_box(&text), &ReadOptions::default()).map(|u| u.units.len())
    });
}

#[divan::bench]
fn po_corpus(bencher: Bencher) {
    let text = std::env::var("MTLINT_PO_CORPUS")
        .ok()
        .and_then(|p| std::fs::read_to_string(p).ok())
        .unwrap_or_default();
    if !text.is_empty() {
        let units = read(InputFormat::Po, &text, &ReadOptions::default()).map(|u| u.units.len());
        eprintln!("corpus: {} bytes, {:?} units", text.len(), units);
    }
    parse(bencher, InputFormat::Po, text);
}

#[divan::bench(args = [
    (InputFormat::Po, "django.pt_BR.po"),
    (InputFormat::Xliff, "symfony-validators.pt_BR.xlf"),
    (InputFormat::Xliff, "django-admin.pt_BR.xlf"),
    (InputFormat::Tmx, "django-admin.pt_BR.tmx"),
    (InputFormat::Csv, "djangojs-admin.pt_BR.csv"),
    (InputFormat::Jsonl, "djangojs-admin.pt_BR.jsonl"),
])]
fn fixtures(bencher: Bencher, (format, name): (InputFormat, &str)) {
    parse(bencher, format, fixture(name));
}
