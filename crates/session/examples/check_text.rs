//! Checks a text with the shipped glossaries, as a front end would:
//! `cargo run -p mtlint-session --example check_text -- "Lavrov chegou a Wanson."`
use mtlint_check::{DocumentKind, LineIndex};
use mtlint_session::{FileKind, GlossarySources, Session, SessionConfig};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let text = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "A Coréia do Norte.".into());
    let session = Session::new(GlossarySources::default().load()?, SessionConfig::default());
    let report = session.check(
        "example.txt",
        &text,
        FileKind::Text(DocumentKind::PlainText),
    )?;
    let lines = LineIndex::new(&text);
    for f in &report.findings {
        let at = lines.line_col(&text, f.range.start);
        println!(
            "{}:{}: {}: {}",
            at.line,
            at.column,
            f.rule.name(),
            f.message
        );
    }
    Ok(())
}
