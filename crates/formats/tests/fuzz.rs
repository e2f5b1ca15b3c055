//! Random and mangled input: every reader returns units or an error, never panics, and
//! finishes (the inputs are small and the readers linear, so the test is bounded).

mod common;

use mtlint_formats::{align, read, InputFormat, ReadOptions};

/// A small deterministic generator (xorshift64*), so a failure is reproducible.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// Bytes that matter to the formats, so random text hits their syntax often.
const ALPHABET: &[u8] = b"<>/&;#\"\\\n\r\t ,{}[]:!?.-_=xmsgidtrunlaeo0123456789";

fn random_text(rng: &mut Rng, len: usize) -> String {
    let bytes: Vec<u8> = (0..len)
        .map(|_| match rng.below(8) {
            0 => rng.next() as u8,
            _ => ALPHABET[rng.below(ALPHABET.len())],
        })
        .collect();
    String::from_utf8_lossy(&bytes).into_owned()
}

/// A fixture with a few random edits: a cut, a byte doubled or dropped, syntax inserted.
fn mangle(rng: &mut Rng, text: &str) -> String {
    let mut out = text.to_owned();
    for _ in 0..1 + rng.below(4) {
        let mut at = rng.below(out.len());
        while !out.is_char_boundary(at) {
            at -= 1;
        }
        match rng.below(4) {
            0 => out.truncate(at),
            1 => {
                let c = out[at..].chars().next().map_or(0, char::len_utf8);
                out.replace_range(at..at + c, "");
            }
            2 => {
                let len = 1 + rng.below(6);
                out.insert_str(at, &random_text(rng, len));
            }
            _ => out.insert(at, ['"', '<', '&', '\\', '\n'][rng.below(5)]),
        }
    }
    out
}

/// Rounds per test, times `MTLINT_FUZZ_SCALE` (default 1) for longer local runs.
fn rounds(base: usize) -> usize {
    let scale = std::env::var("MTLINT_FUZZ_SCALE")
        .ok()
        .and_then(|s| s.parse().ok());
    base * scale.unwrap_or(1)
}

fn opts() -> [ReadOptions; 2] {
    [
        ReadOptions::default(),
        ReadOptions {
            include_fuzzy: true,
            source_lang: Some("en".into()),
            target_lang: Some("pt".into()),
            fields: Some(("src".into(), "mt".into())),
        },
    ]
}

#[test]
fn random_bytes_never_panic() {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    for _ in 0..rounds(400) {
        let len = rng.below(300);
        let text = random_text(&mut rng, len);
        for format in InputFormat::ALL {
            for o in &opts() {
                let _ = read(format, &text, o);
            }
        }
        let _ = InputFormat::sniff(&text);
        let other = random_text(&mut rng, len);
        let _ = align(&text, &other);
    }
}

#[test]
fn mangled_real_files_never_panic_and_keep_their_maps() {
    let files = [
        (InputFormat::Po, "django-admin.pt_BR.po"),
        (InputFormat::Xliff, "symfony-validators.pt_BR.xlf"),
        (InputFormat::Xliff, "django-admin.pt_BR.xlf"),
        (InputFormat::Tmx, "django-admin.pt_BR.tmx"),
        (InputFormat::Csv, "djangojs-admin.pt_BR.csv"),
        (InputFormat::Jsonl, "djangojs-admin.pt_BR.jsonl"),
    ];
    let mut rng = Rng(42);
    let (mut read_ok, mut errors) = (0, 0);
    for (format, name) in files {
        let text = common::fixture(name);
        for _ in 0..rounds(60) {
            let mangled = mangle(&mut rng, &text);
            match read(format, &mangled, &ReadOptions::default()) {
                Ok(units) => {
                    read_ok += 1;
                    common::assert_all_mapped(format, &mangled, &units.units);
                }
                Err(e) => {
                    errors += 1;
                    assert!(
                        e.offset <= mangled.len() && e.line >= 1 && e.column >= 1,
                        "{e}"
                    );
                }
            }
        }
    }
    // Both outcomes occur: the test exercises the error paths and the readers alike.
    assert!(
        read_ok > 20 && errors > 20,
        "{read_ok} read, {errors} errors"
    );
}

#[test]
fn long_unaligned_texts_are_refused_not_ground_through() {
    let src = "A b c.\n".repeat(6000);
    let tgt = "D e f.\n".repeat(5000);
    let e = align(&src, &tgt).expect_err("too long");
    assert!(e.error.message.contains("too long to align"), "{e}");
}
