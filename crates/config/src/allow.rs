use std::collections::HashSet;

use mtlint_glossary::fold_key;

/// Words and phrases never reported. Entries and matched text are compared by their
/// folded key (NFC, lowercase, typographic quotes and hyphens unified, white space
/// collapsed), so "Port City" also allows "port  city" and "PORT CITY".
#[derive(Debug, Clone, Default)]
pub struct AllowList {
    keys: HashSet<String>,
}

impl AllowList {
    pub fn new<I, S>(entries: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        AllowList {
            keys: entries.into_iter().map(|e| fold_key(e.as_ref())).collect(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.keys.is_empty()
    }

    /// Whether a finding on exactly `matched` is allowed.
    pub fn allows(&self, matched: &str) -> bool {
        !self.keys.is_empty() && self.keys.contains(&fold_key(matched))
    }
}

#[cfg(test)]
mod tests {
    use super::AllowList;

    #[test]
    fn compares_nfc_and_case_insensitively() {
        // "Coréia" with a combining acute accent (NFD) against the composed form.
        let list = AllowList::new(["Coréia", "Port City"]);
        assert!(list.allows("Core\u{301}ia"));
        assert!(list.allows("CORÉIA"));
        assert!(list.allows("port  city"));
        assert!(!list.allows("Coreia"));
        assert!(!list.allows("Port"));
    }

    #[test]
    fn empty_list_allows_nothing() {
        assert!(!AllowList::default().allows(""));
    }
}
