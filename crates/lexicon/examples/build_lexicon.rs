//! Writes a lexicon data file: `build_lexicon OUT HEADER < words` (sorted, one a line).
//! Used by scripts/lexicon/build.sh; not part of the library.

use std::io::{BufRead, Write};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let (Some(out), Some(header)) = (args.next(), args.next()) else {
        return Err("usage: build_lexicon OUT HEADER < sorted-words".into());
    };
    if header.as_bytes().contains(&0) {
        return Err("the header must not contain a NUL byte".into());
    }
    let mut builder = fst::SetBuilder::memory();
    for line in std::io::stdin().lock().lines() {
        let line = line?;
        if !line.is_empty() {
            builder.insert(&line)?;
        }
    }
    let fst = builder.into_inner()?;
    let mut file = std::io::BufWriter::new(std::fs::File::create(&out)?);
    file.write_all(header.as_bytes())?;
    file.write_all(b"\n\0")?;
    file.write_all(&fst)?;
    file.flush()?;
    Ok(())
}
