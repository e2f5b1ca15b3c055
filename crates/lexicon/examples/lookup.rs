//! Prints, for each word read from stdin (one a line, folded), the word and whether the
//! Portuguese lexicon holds it (`1` or `0`), tab-separated. For data scripts and reviews;
//! not part of the library.

use std::io::{BufRead, Write};

fn main() -> std::io::Result<()> {
    let lexicon = mtlint_lexicon::portuguese();
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    for line in std::io::stdin().lock().lines() {
        let word = line?;
        writeln!(out, "{word}\t{}", u8::from(lexicon.contains(&word)))?;
    }
    out.flush()
}
