//! Writes a glossary in mtlint's TOML format (the schema `raw.rs` reads). Writing the
//! file is the command line's (`mtlint-cli`'s `write` module, atomic).
//!
//! The layout follows the shipped glossaries: a `[glossary]` header, then one `[[term]]`
//! table per entry with its keys in a fixed order; optional keys are left out when they
//! hold their default, so a loaded and re-written file keeps only what was written.

use std::fmt::Write as _;

use crate::load::default_id;
use crate::model::{Avoid, Example, ExampleExpectation, Glossary, GlossaryMeta, Term};
use crate::CaseMode;

/// The glossary as the text of a TOML glossary file.
pub fn to_toml(glossary: &Glossary) -> String {
    let mut out = String::new();
    write_meta(&mut out, &glossary.meta);
    for term in &glossary.terms {
        out.push('\n');
        write_term(&mut out, term);
    }
    out
}

/// A TOML string literal, escaped by the toml crate itself.
fn quote(s: &str) -> String {
    toml::Value::String(s.to_string()).to_string()
}

fn quote_list(items: &[String]) -> String {
    let inner: Vec<String> = items.iter().map(|s| quote(s)).collect();
    format!("[{}]", inner.join(", "))
}

fn case_name(case: CaseMode) -> &'static str {
    match case {
        CaseMode::Smart => "smart",
        CaseMode::Exact => "exact",
        CaseMode::Insensitive => "insensitive",
    }
}

fn key(out: &mut String, name: &str, value: &str) {
    // Writing to a String cannot fail.
    let _ = writeln!(out, "{name} = {value}");
}

fn write_meta(out: &mut String, meta: &GlossaryMeta) {
    out.push_str("[glossary]\n");
    key(out, "name", &quote(&meta.name));
    key(out, "lang", &quote(&meta.lang.to_string()));
    if let Some(source_lang) = &meta.source_lang {
        key(out, "source-lang", &quote(&source_lang.to_string()));
    }
    if let Some(description) = &meta.description {
        key(out, "description", &quote(description));
    }
    if let Some(license) = &meta.license {
        key(out, "license", &quote(license));
    }
    if !meta.sources.is_empty() {
        key(out, "sources", &quote_list(&meta.sources));
    }
}

fn write_term(out: &mut String, term: &Term) {
    out.push_str("[[term]]\n");
    if term.id != default_id(term.kind.as_str(), &term.preferred, &term.variant) {
        key(out, "id", &quote(&term.id));
    }
    key(out, "use", &quote(&term.preferred));
    key(out, "kind", &quote(term.kind.as_str()));
    if let Some(variant) = &term.variant {
        key(out, "variant", &quote(&variant.to_string()));
    }
    if term.case != CaseMode::Smart {
        key(out, "case", &quote(case_name(term.case)));
    }
    if !term.accepted.is_empty() {
        key(out, "also", &quote_list(&term.accepted));
    }
    if !term.avoid.is_empty() {
        let items: Vec<String> = term.avoid.iter().map(avoid_value).collect();
        key(out, "avoid", &format!("[{}]", items.join(", ")));
    }
    if !term.source.is_empty() {
        key(out, "source", &quote_list(&term.source));
    }
    if let Some(note) = &term.note {
        key(out, "note", &quote(note));
    }
    if !term.parts.is_empty() {
        let items: Vec<String> = term
            .parts
            .iter()
            .map(|p| {
                format!(
                    "{{ part = {}, literal = {} }}",
                    quote(&p.part),
                    quote_list(&p.literal)
                )
            })
            .collect();
        key(out, "parts", &format!("[{}]", items.join(", ")));
    }
    if !term.examples.is_empty() {
        out.push_str("examples = [\n");
        for example in &term.examples {
            let _ = writeln!(out, "  {},", example_value(example));
        }
        out.push_str("]\n");
    }
}

/// A plain string when the wrong form holds everywhere, an inline table otherwise.
fn avoid_value(avoid: &Avoid) -> String {
    let plain = avoid.near.is_empty()
        && avoid.window == Avoid::DEFAULT_WINDOW
        && avoid.variant.is_none()
        && avoid.case.is_none()
        && avoid.note.is_none();
    if plain {
        return quote(&avoid.text);
    }
    let mut fields = vec![format!("text = {}", quote(&avoid.text))];
    if !avoid.near.is_empty() {
        fields.push(format!("near = {}", quote_list(&avoid.near)));
    }
    if avoid.window != Avoid::DEFAULT_WINDOW {
        fields.push(format!("window = {}", avoid.window));
    }
    if let Some(variant) = &avoid.variant {
        fields.push(format!("variant = {}", quote(&variant.to_string())));
    }
    if let Some(case) = avoid.case {
        fields.push(format!("case = {}", quote(case_name(case))));
    }
    if let Some(note) = &avoid.note {
        fields.push(format!("note = {}", quote(note)));
    }
    format!("{{ {} }}", fields.join(", "))
}

fn example_value(example: &Example) -> String {
    let mut fields = vec![format!("text = {}", quote(&example.text))];
    match &example.expect {
        ExampleExpectation::Finding { suggestion } => {
            fields.push(format!("expect = {}", quote(suggestion)));
        }
        ExampleExpectation::Clean => fields.push("ok = true".to_string()),
    }
    if let Some(lang) = &example.lang {
        fields.push(format!("lang = {}", quote(&lang.to_string())));
    }
    format!("{{ {} }}", fields.join(", "))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{parse_glossary, shipped, GlossarySet, GlossarySource};

    /// Loading, writing and loading again keeps every field of every entry.
    fn assert_round_trip(source: &GlossarySource) {
        let first = parse_glossary(&source.name, &source.text).expect("loads");
        let written = to_toml(&first);
        let second = parse_glossary(&source.name, &written)
            .unwrap_or_else(|e| panic!("re-written {} does not load: {e}\n{written}", source.name));
        assert_eq!(first.terms.len(), second.terms.len());
        assert_eq!(format!("{:?}", first.meta), format!("{:?}", second.meta));
        for (a, b) in first.terms.iter().zip(&second.terms) {
            assert_eq!(a.id, b.id);
            assert_eq!(a.preferred, b.preferred);
            assert_eq!(a.accepted, b.accepted);
            assert_eq!(a.source, b.source);
            assert_eq!(a.kind, b.kind);
            assert_eq!(a.variant, b.variant);
            assert_eq!(a.case, b.case);
            assert_eq!(a.note, b.note);
            let avoid = |t: &Term| {
                t.avoid
                    .iter()
                    .map(|a| {
                        (
                            a.text.clone(),
                            a.near.clone(),
                            a.window,
                            a.variant.clone(),
                            a.case,
                            a.note.clone(),
                        )
                    })
                    .collect::<Vec<_>>()
            };
            assert_eq!(avoid(a), avoid(b));
            let examples = |t: &Term| {
                t.examples
                    .iter()
                    .map(|e| (e.text.clone(), e.expect.clone(), e.lang.clone()))
                    .collect::<Vec<_>>()
            };
            assert_eq!(examples(a), examples(b));
        }
    }

    /// The first `n` entries of a glossary file, cut at a `[[term]]` line: loading the
    /// largest shipped files whole is slow in debug builds, and 200 entries of each cover
    /// every shape they use.
    fn first_entries(text: &str, n: usize) -> String {
        let mut out = String::new();
        let mut seen = 0;
        for line in text.split_inclusive('\n') {
            if line.trim_end() == "[[term]]" {
                seen += 1;
                if seen > n {
                    break;
                }
            }
            out.push_str(line);
        }
        out
    }

    #[test]
    fn shipped_glossaries_survive_a_rewrite() {
        let sources = shipped::sources();
        assert!(!sources.is_empty());
        for source in &sources {
            let source = GlossarySource {
                name: source.name.clone(),
                text: first_entries(&source.text, 200),
            };
            assert_round_trip(&source);
        }
    }

    #[test]
    fn every_optional_field_survives_a_rewrite() {
        let text = r#"[glossary]
name = "All \"fields\""
lang = "pt"
source-lang = "en"
description = "Line one.\nTab\there."
license = "CC0-1.0"
sources = ["a", "b"]

[[term]]
id = "custom-id"
use = "TASS"
kind = "org"
case = "exact"
variant = "pt-BR"
also = ["ТАСС"]
avoid = ["Tass agency", { text = "sorteio", near = ["agência"], window = 3, case = "insensitive", note = "MT sense" }, { text = "TAS", variant = "pt-BR" }]
source = ["TASS"]
note = "Russian news agency; 'quotes' \\ backslash"
examples = [
  { text = "A agência sorteio disse.", expect = "TASS" },
  { text = "A TASS disse.", ok = true, lang = "pt-BR" },
]
"#;
        let source = GlossarySource {
            name: "all.toml".into(),
            text: text.into(),
        };
        assert_round_trip(&source);
        let written = to_toml(&parse_glossary("all.toml", text).expect("loads"));
        assert!(written.contains("id = \"custom-id\""), "{written}");
        assert!(GlossarySet::build(&[GlossarySource {
            name: "w.toml".into(),
            text: written
        }])
        .is_ok());
    }

    #[test]
    fn default_values_are_left_out() {
        let text = "[glossary]\nname = \"n\"\nlang = \"pt\"\n\n[[term]]\nuse = \"Seul\"\nkind = \"place\"\ncase = \"smart\"\navoid = [{ text = \"Seoul\", window = 6 }]\n";
        let written = to_toml(&parse_glossary("n.toml", text).expect("loads"));
        assert_eq!(
            written,
            "[glossary]\nname = \"n\"\nlang = \"pt\"\n\n[[term]]\nuse = \"Seul\"\nkind = \"place\"\navoid = [\"Seoul\"]\n"
        );
    }
}
