//! Prints the `untranslated` findings of files, one per line, as tab-separated
//! `file, line, start column (chars), language message, confidence, span`: the input of
//! `scripts/apertium/score.py`, and a way to review the rule on a corpus.
//!
//! Usage: cargo run --release -p mtlint-check --example untranslated_report -- [--lang pt-BR] [--glossary PATH]... [--all-rules] FILE...
//! (without `--glossary`, the shipped glossaries; with `--all-rules`, the findings of every
//! rule, the message prefixed with the rule's name: what a reader of mtlint's report sees)

use std::process::ExitCode;

use mtlint_check::{Checker, LineIndex, Rule, Settings};
use mtlint_glossary::{shipped, GlossarySet, LangTag};

fn main() -> ExitCode {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let all_rules = args.iter().any(|a| a == "--all-rules");
    args.retain(|a| a != "--all-rules");
    let mut lang = "pt".to_string();
    if let Some(at) = args.iter().position(|a| a == "--lang") {
        if at + 1 >= args.len() {
            eprintln!("error: --lang needs a value");
            return ExitCode::from(2);
        }
        lang = args.remove(at + 1);
        args.remove(at);
    }
    let mut glossaries = Vec::new();
    while let Some(at) = args.iter().position(|a| a == "--glossary") {
        if at + 1 >= args.len() {
            eprintln!("error: --glossary needs a path");
            return ExitCode::from(2);
        }
        glossaries.push(std::path::PathBuf::from(args.remove(at + 1)));
        args.remove(at);
    }
    let Ok(tag) = lang.parse::<LangTag>() else {
        eprintln!("error: bad language tag {lang}");
        return ExitCode::from(2);
    };
    let sources = if glossaries.is_empty() {
        Ok(shipped::sources())
    } else {
        mtlint_glossary::load_paths(&glossaries)
    };
    let set = match sources
        .map_err(|e| e.to_string())
        .and_then(|s| GlossarySet::build(&s).map_err(|e| e.to_string()))
    {
        Ok(set) => set,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
    };
    let checker = Checker::new(&set, Settings::new(tag));
    for path in &args {
        let text = match std::fs::read_to_string(path) {
            Ok(text) => text,
            Err(e) => {
                eprintln!("error: {path}: {e}");
                return ExitCode::from(2);
            }
        };
        let lines = LineIndex::new(&text);
        for f in checker
            .check(&text)
            .iter()
            .filter(|f| all_rules || f.rule == Rule::Untranslated)
        {
            let at = lines.line_col(&text, f.range.start);
            let rule = if all_rules {
                format!("{}: ", f.rule.name())
            } else {
                String::new()
            };
            println!(
                "{path}\t{}\t{}\t{rule}{}\t{:.3}\t{}",
                at.line,
                at.column,
                f.message,
                f.confidence.unwrap_or(0.0),
                &text[f.range.as_range()].replace('\n', " ")
            );
        }
    }
    ExitCode::SUCCESS
}
