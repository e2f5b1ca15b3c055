//! Checking never panics, whatever the text: random texts built from fragments that have
//! broken text code before (multi-byte white space, combining marks, apostrophes,
//! hyphens, quotes, URLs, code, digits, names of the shipped glossaries), with every rule
//! on, in each variant, as plain text and as Markdown. Deterministic: a fixed seed, so a
//! failure repeats. `MTLINT_FUZZ_ROUNDS=40000 cargo test --release -p mtlint-check --test
//! no_panic` runs longer (120,000 texts: clean on 2026-11-26, and again on 2026-11-27
//! with the fragments of the neighbour growth and `run-together`).

use mtlint_check::{Checker, Document, Settings};
use mtlint_glossary::{shipped, LangTag};

const FRAGMENTS: &[&str] = &[
    " ",
    "\u{a0}",
    "\u{2009}",
    "\u{3000}",
    "\t",
    "\n",
    "\r\n",
    "\n\n",
    "-",
    " -",
    "\u{2011}",
    "\u{2019}",
    "'",
    "’s",
    "\"",
    "“",
    "”",
    "«",
    "»",
    "(",
    ")",
    ".",
    "!",
    "?",
    ":",
    "…",
    "—",
    "e\u{301}",
    "a\u{303}o",
    "\u{200d}",
    "\u{feff}",
    "🙂",
    "👩‍💻",
    "ß",
    "İ",
    "ﬁ",
    "Ω",
    "中文",
    "عربى",
    "1",
    "2026",
    "3,5",
    "-5",
    "https://exemplo.com/a_b",
    "a@b.pt",
    "fsync()",
    "--opção",
    "`code`",
    "<tag/>",
    "Wonsan",
    "Wanson",
    "Wŏnsan",
    "Coréia",
    "Kim Jong Un",
    "Kim Jong Um",
    "Choe Son Hui",
    "filho",
    "TASS",
    "sorteio",
    "norte",
    "coreano",
    "Port City",
    "Seaside Resort",
    "of the",
    // Whole English lines and wrapped paragraphs (scored line by line, then joined).
    "the talks had been very productive and",
    "countries would continue to work together",
    "coming months",
    "said",
    "ilusoes",
    "voce",
    "exixencia",
    "filtración",
    "quenlla",
    "EE.UU.",
    "Macedonia",
    "o",
    "a",
    "de",
    "que",
    "não",
    "Understandably",
    // Loanwords beside untranslated words (growth over neighbours) and glued MT units
    // (run-together), also with letters and digits around them.
    "outgoing",
    "nanny",
    "grin",
    "contaxioso",
    "image",
    "mozode13anos",
    "barcosdeclase",
    "quecorrelongo",
    "deáç",
    "13ª",
    "sr.",
    "X",
    "# ",
    "* ",
    "> ",
    "```",
    "[",
    "](",
    "**",
    "_",
    "|",
    "<!-- ",
    " -->",
    "    ",
];

/// xorshift64*: enough randomness for texts, no dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

fn text(rng: &mut Rng) -> String {
    let len = 1 + rng.below(60);
    (0..len)
        .map(|_| FRAGMENTS[rng.below(FRAGMENTS.len())])
        .collect()
}

#[test]
fn random_texts_never_panic() {
    let set = shipped::set();
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    for lang in ["pt", "pt-BR", "pt-PT"] {
        let lang: LangTag = lang.parse().unwrap_or_else(|e| panic!("{e}"));
        let checker = Checker::new(&set, Settings::new(lang));
        for _ in 0..std::env::var("MTLINT_FUZZ_ROUNDS")
            .ok()
            .and_then(|n| n.parse().ok())
            .unwrap_or(1_500)
        {
            let text = text(&mut rng);
            let findings = checker.check(&text);
            let markdown = checker.check_document(&Document::markdown(&text));
            for f in findings.iter().chain(&markdown) {
                // Every range is a valid slice of the text.
                assert!(text.get(f.range.as_range()).is_some(), "{text:?}: {f:?}");
            }
        }
    }
}
