#!/usr/bin/env python3
"""Checks vendor/lingua's patched CharSet against lingua 1.8.0's original one.

Builds a small program from the vendored src/script.rs and src/alphabet.rs that puts
every code point (U+0000..U+10FFFF) to both: the original (a HashSet of every code point
of the scripts) and the patch (sorted, merged ranges searched by bisection), for every
script lingua knows and for the Japanese set (Hiragana + Katakana + Han). Prints "ok" and
the number of checks, or fails on the first code point where they differ.

Usage: python3 scripts/vendor/check_lingua_charset.py   (needs rustc)
"""
import pathlib
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parents[2]
SRC = ROOT / "vendor" / "lingua" / "src"

ORIGINAL = """
fn original(classes: &[&str]) -> HashSet<char> {
    let mut set = HashSet::new();
    for class in classes {
        let table = script::BY_NAME.iter().find(|(n, _)| *n == *class).unwrap().1;
        for &(start, end) in table {
            for cp in start..=end {
                set.insert(cp);
            }
        }
    }
    set
}

fn main() {
    let mut sets: Vec<Vec<&str>> = script::BY_NAME.iter().map(|(n, _)| vec![*n]).collect();
    sets.push(vec!["Hiragana", "Katakana", "Han"]);
    let mut checks = 0u64;
    for classes in &sets {
        let old = original(classes);
        let new = CharSet::from_char_classes(classes);
        for cp in 0u32..=0x10FFFF {
            if let Some(ch) = char::from_u32(cp) {
                assert_eq!(old.contains(&ch), new.is_char_match(ch), "{classes:?} {ch:?}");
                checks += 1;
            }
        }
    }
    println!("ok: {} sets, {checks} checks", sets.len());
}
"""


def main() -> int:
    alphabet = (SRC / "alphabet.rs").read_text()
    start = alphabet.index("pub(crate) struct CharSet")
    end = alphabet.index("static ARABIC")
    charset = alphabet[start:end].replace("crate::script", "script")
    with tempfile.TemporaryDirectory() as tmp:
        tmp = pathlib.Path(tmp)
        (tmp / "script.rs").write_text((SRC / "script.rs").read_text())
        program = "#![allow(dead_code)]\nmod script;\nuse std::collections::HashSet;\n"
        (tmp / "main.rs").write_text(program + charset + ORIGINAL)
        subprocess.run(
            ["rustc", "-O", "--edition", "2021", "main.rs", "-o", "check"],
            cwd=tmp,
            check=True,
        )
        return subprocess.run([str(tmp / "check")], check=False).returncode


if __name__ == "__main__":
    sys.exit(main())
