//! Findings already known (a baseline): recognised by file and fingerprint, so only new
//! findings are reported. Reading and writing baseline files is the front end's.

use std::collections::HashMap;

use mtlint_check::Finding;

use crate::fingerprint::fingerprints;

/// Known findings: how many of each (file, rule, fingerprint) are still unclaimed.
/// Matching counts: two recorded identical findings cover two, a third is new.
#[derive(Debug, Default)]
pub struct KnownFindings {
    remaining: HashMap<(String, String, String), usize>,
}

impl KnownFindings {
    /// From (file, rule name, fingerprint) records, one per known finding.
    pub fn new(records: impl IntoIterator<Item = (String, String, String)>) -> Self {
        let mut remaining = HashMap::new();
        for key in records {
            *remaining.entry(key).or_insert(0) += 1;
        }
        KnownFindings { remaining }
    }

    /// Drops from `findings` (of `text`, the file recorded as `file`) every finding still
    /// unclaimed in the records, claiming it. Returns how many were dropped.
    pub fn filter(&mut self, file: &str, text: &str, findings: &mut Vec<Finding>) -> usize {
        let mut dropped = 0;
        let prints = fingerprints(text, findings);
        let mut prints = prints.iter();
        findings.retain(|f| {
            let Some(print) = prints.next() else {
                return true;
            };
            let key = (
                file.to_string(),
                f.rule.name().to_string(),
                print.to_string(),
            );
            match self.remaining.get_mut(&key) {
                Some(n) if *n > 0 => {
                    *n -= 1;
                    dropped += 1;
                    false
                }
                _ => true,
            }
        });
        dropped
    }
}
