//! Messages for misspelt names (rules, keys), with the name probably meant: the same
//! words from the command line, mtlint.toml and inline directives.

use mtlint_check::Rule;
use mtlint_glossary::suggest::closest;

/// "unknown rule `wrong-trem`: did you mean `wrong-term`? (rules: ...)".
pub fn unknown_rule(name: &str) -> String {
    unknown_rule_in(name, "")
}

/// [`unknown_rule`] with where the name was written: " in `mtlint-disable`".
pub fn unknown_rule_in(name: &str, place: &str) -> String {
    let names: Vec<&str> = Rule::ALL.iter().map(|r| r.name()).collect();
    let hint = did_you_mean(name, &names);
    format!(
        "unknown rule `{name}`{place}{hint} (rules: {})",
        names.join(", ")
    )
}

/// ": did you mean `x`?" when one of `known` is close to `word`, else nothing.
pub fn did_you_mean(word: &str, known: &[&str]) -> String {
    closest(word, known.iter().copied())
        .map(|near| format!(": did you mean `{near}`?"))
        .unwrap_or_default()
}

/// "unknown key `glosaries` (did you mean `glossaries`?), expected one of ...".
pub(crate) fn unknown_key(key: &str, place: &str, known: &[&str]) -> String {
    let expected: Vec<String> = known.iter().map(|k| format!("`{k}`")).collect();
    let hint = closest(key, known.iter().copied())
        .map(|near| format!(" (did you mean `{near}`?)"))
        .unwrap_or_default();
    let one_of = if known.len() > 2 { "one of " } else { "" };
    format!(
        "unknown key `{key}`{place}{hint}, expected {one_of}{}",
        expected.join(", ")
    )
}

#[cfg(test)]
mod tests {
    #[test]
    fn misspelt_rules_and_keys_get_the_name_meant() {
        assert!(super::unknown_rule("wrong-trem")
            .starts_with("unknown rule `wrong-trem`: did you mean `wrong-term`? (rules: "));
        assert!(super::unknown_rule("nonsense").starts_with("unknown rule `nonsense` (rules: "));
        assert_eq!(
            super::unknown_key("glosaries", "", &["lang", "glossaries", "rules"]),
            "unknown key `glosaries` (did you mean `glossaries`?), expected one of `lang`, `glossaries`, `rules`"
        );
    }
}
