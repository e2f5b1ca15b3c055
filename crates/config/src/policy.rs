use mtlint_check::Finding;

use crate::model::{Level, Policy};

impl Policy {
    /// Applies `[rules]` and `allow` to the findings of one text: drops findings of
    /// rules turned off, below a rule's `min-confidence` or on an allowed word or
    /// phrase, and sets each remaining finding's severity from its rule's level.
    pub fn apply(&self, text: &str, findings: Vec<Finding>) -> Vec<Finding> {
        if self.rules.is_empty() && self.allow.is_empty() {
            return findings;
        }
        findings
            .into_iter()
            .filter_map(|mut f| {
                let rule = self.rules.get(&f.rule).copied().unwrap_or_default();
                if rule.level == Some(Level::Off) {
                    return None;
                }
                if let (Some(min), Some(confidence)) = (rule.min_confidence, f.confidence) {
                    if confidence < min {
                        return None;
                    }
                }
                if self
                    .allow
                    .allows(text.get(f.range.as_range()).unwrap_or_default())
                {
                    return None;
                }
                if let Some(severity) = rule.level.and_then(Level::severity) {
                    f.severity = severity;
                }
                Some(f)
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use mtlint_check::{ByteRange, Rule, Severity};

    use super::*;
    use crate::parse_config;

    fn finding(text: &str, word: &str, rule: Rule, confidence: Option<f32>) -> Finding {
        let start = text.find(word).unwrap();
        let range = ByteRange::new(start, start + word.len());
        Finding {
            confidence,
            ..Finding::new(rule, range, String::new())
        }
    }

    fn policy(toml: &str) -> Policy {
        parse_config("t", toml, Path::new(".")).unwrap().policy
    }

    #[test]
    fn levels_thresholds_and_allow() {
        let text = "Wanson e Wonsun e Coréia e Port City";
        let p = policy(
            "allow = [\"coreia\", \"PORT CITY\"]\n[rules]\nwrong-term = \"info\"\n[rules.name-near-miss]\nmin-confidence = 0.7\n",
        );
        let kept = p.apply(
            text,
            vec![
                finding(text, "Wanson", Rule::WrongTerm, None),
                finding(text, "Wonsun", Rule::NameNearMiss, Some(0.6)),
                finding(text, "Coréia", Rule::WrongTerm, None),
                finding(text, "Port City", Rule::Untranslated, Some(0.99)),
                finding(text, "e Coréia", Rule::SpacedHyphen, None),
            ],
        );
        // "coreia" is not "Coréia": the allow-list folds case and normal forms, not accents.
        let words: Vec<&str> = kept.iter().map(|f| &text[f.range.as_range()]).collect();
        assert_eq!(words, ["Wanson", "Coréia", "e Coréia"]);
        assert_eq!(kept[0].severity, Severity::Info);
        assert_eq!(kept[2].severity, Severity::Warning);
    }

    #[test]
    fn confidence_threshold_keeps_findings_at_or_above_it() {
        let text = "Wonsun";
        let p = policy("[rules.name-near-miss]\nmin-confidence = 0.7\n");
        let f = |c| finding(text, "Wonsun", Rule::NameNearMiss, c);
        assert_eq!(
            p.apply(text, vec![f(Some(0.7)), f(Some(0.69)), f(None)])
                .len(),
            2
        );
    }
}
