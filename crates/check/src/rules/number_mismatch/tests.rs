//! Tests of `number-mismatch`, on real lines of the NTREX-128 news (CC BY-SA 4.0): the
//! English source, the human pt-BR reference and Apertium MT through Spanish.

use super::{find, locales};

fn found(source: &str, target: &str) -> Vec<(String, String, Vec<String>)> {
    let (en, pt) = locales(mtlint_lexicon::profile("pt")).expect("the shipped profile's numbers");
    let mut out = Vec::new();
    find(source, target, 0, (&en, &pt), &mut out);
    out.into_iter()
        .map(|f| {
            let fixes = f.suggestions.iter().map(|s| s.replacement.clone()).collect();
            (target[f.range.as_range()].to_string(), f.message, fixes)
        })
        .collect()
}

#[test]
fn a_number_in_the_source_format_gets_its_portuguese_form() {
    let f = found("About 10,000 people fled.", "Cerca de 10,000 pessoas fugiram.");
    assert_eq!(f.len(), 1, "{f:?}");
    assert_eq!(f[0].0, "10,000");
    assert_eq!(f[0].2, ["10.000"]);
}

#[test]
fn a_missing_number_is_reported() {
    let f = found(
        "The 42-year-old mechanic was arrested.",
        "O mecânico foi preso.",
    );
    assert_eq!(f.len(), 1, "{f:?}");
    assert!(f[0].1.contains("\"42\""), "{f:?}");
}

#[test]
fn quiet_on_good_translations() {
    assert!(found("About 10,000 people fled.", "Cerca de 10.000 pessoas fugiram.").is_empty());
    assert!(found("About 10,000 people fled.", "Cerca de 10 mil pessoas fugiram.").is_empty());
    assert!(found("It grew 3.5 percent.", "Cresceu 3,5 por cento.").is_empty());
    assert!(found("two people", "duas pessoas").is_empty());
}

#[test]
fn quiet_on_versions() {
    // Debian's pt_BR catalogues of tar and wget.
    let f = found("GNU format as per tar <= 1.12", "formato GNU conforme tar <= 1.12");
    assert!(f.is_empty(), "{f:?}");
    assert!(found("too old to support TLS 1.3\n", "muito antiga para suportar TLS 1.3\n").is_empty());
}
