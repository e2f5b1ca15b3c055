//! Writes the word-usage data file: `build_usage OUT HEADER < table.tsv`, the table printed
//! by scripts/lexicon/wordfreq_usage.py (word, Portuguese Zipf, other language, its Zipf;
//! sorted by bytes). Used by scripts/lexicon/wordfreq.sh; not part of the library.

use std::io::{BufRead, Write};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let (Some(out), Some(header)) = (args.next(), args.next()) else {
        return Err("usage: build_usage OUT HEADER < table.tsv".into());
    };
    if header.as_bytes().contains(&0) {
        return Err("the header must not contain a NUL byte".into());
    }
    let mut builder = fst::MapBuilder::memory();
    for (n, line) in std::io::stdin().lock().lines().enumerate() {
        let line = line?;
        let fields: Vec<&str> = line.split('\t').collect();
        let [word, pt, other, other_zipf] = fields[..] else {
            return Err(format!("line {}: expected 4 tab-separated fields", n + 1).into());
        };
        let value = mtlint_lexicon::Usage::pack(pt.parse()?, other.parse()?, other_zipf.parse()?)
            .ok_or_else(|| format!("line {}: value out of range", n + 1))?;
        builder.insert(word, value)?;
    }
    let fst = builder.into_inner()?;
    let mut file = std::io::BufWriter::new(std::fs::File::create(&out)?);
    file.write_all(header.as_bytes())?;
    file.write_all(b"\n\0")?;
    file.write_all(&fst)?;
    file.flush()?;
    Ok(())
}
