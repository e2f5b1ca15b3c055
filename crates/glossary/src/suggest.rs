//! "Did you mean": the known name closest to a misspelt one, for the error messages of
//! glossaries, configuration files and the command line.

/// The candidate most like `word`, if one is close enough to be what was meant: a typo
/// or two ("wrong-trem", "colour" for "color"), not merely a word of the same length.
pub fn closest<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let word = word.to_lowercase();
    candidates
        .into_iter()
        .map(|c| (strsim::jaro_winkler(&word, &c.to_lowercase()), c))
        .filter(|(score, _)| *score >= 0.85)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, c)| c)
}

#[cfg(test)]
mod tests {
    use super::closest;

    #[test]
    fn close_names_are_suggested_and_far_ones_not() {
        let rules = [
            "wrong-term",
            "spaced-hyphen",
            "untranslated",
            "name-near-miss",
        ];
        assert_eq!(closest("wrong-trem", rules), Some("wrong-term"));
        assert_eq!(closest("Untranslatd", rules), Some("untranslated"));
        assert_eq!(closest("spaced-hypen", rules), Some("spaced-hyphen"));
        assert_eq!(closest("colour", rules), None);
        assert_eq!(closest("kind", ["id", "use", "case"]), None);
    }
}
