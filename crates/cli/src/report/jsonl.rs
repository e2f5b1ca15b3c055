//! `--format jsonl`: one finding per line, the same objects as `json`'s `findings[]`, and
//! nothing else on stdout (file problems go to stderr), so `grep`/`jq -c` pipelines and
//! streaming consumers need no document around them.

use std::io::Write;

use mtlint_check::LineIndex;

use crate::report::json;
use crate::report::Report;
use crate::CliError;

pub fn write(report: &Report, out: &mut dyn Write) -> Result<(), CliError> {
    for (input, findings) in report.checked() {
        let index = LineIndex::new(&input.text);
        let mut cursor = index.cursor(&input.text);
        // Each line is written whole from a buffer: serde_json writes a value in many
        // small pieces, and each through `dyn Write` to the `BufWriter` cost more than
        // serialising (a tenth of checking with the glossary rules alone).
        let mut line = Vec::new();
        for f in findings {
            let object = json::finding(&input.name, &input.text, &mut cursor, f);
            line.clear();
            serde_json::to_writer(&mut line, &object).map_err(std::io::Error::from)?;
            line.push(b'\n');
            out.write_all(&line)?;
        }
    }
    out.flush()?;
    Ok(())
}
