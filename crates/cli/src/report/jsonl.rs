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
        for f in findings {
            let object = json::finding(&input.name, &input.text, &mut cursor, f);
            serde_json::to_writer(&mut *out, &object).map_err(std::io::Error::from)?;
            writeln!(out)?;
        }
    }
    out.flush()?;
    Ok(())
}
