//! Prints, for each word read from stdin (one a line, folded), the word and whether the
//! Portuguese lexicon holds it (`1` or `0`), tab-separated. For data scripts and reviews;
//! not part of the library.
//!
//! With `--usage`, two more columns: the word's Zipf value in Portuguese and the other
//! language that uses it most with its Zipf value (`-` where the usage table lacks it).

use std::io::{BufRead, Write};

fn main() -> std::io::Result<()> {
    let with_usage = std::env::args().skip(1).any(|a| a == "--usage");
    let lexicon = mtlint_lexicon::portuguese();
    let usage = mtlint_lexicon::usage();
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    for line in std::io::stdin().lock().lines() {
        let word = line?;
        write!(out, "{word}\t{}", u8::from(lexicon.contains(&word)))?;
        if with_usage {
            match usage.get(&word) {
                Some(u) => {
                    write!(out, "\t{:.1}", u.portuguese.value())?;
                    match u.other {
                        Some((lang, zipf)) => write!(out, "\t{lang:?} {:.1}", zipf.value())?,
                        None => write!(out, "\t-")?,
                    }
                }
                None => write!(out, "\t-\t-")?,
            }
        }
        writeln!(out)?;
    }
    out.flush()
}
