//! One finding per repeated word: a writer who keeps a word of another language keeps it
//! at every use ("tries" seven times in a rugby report), and MT leaves an unknown word
//! wherever it occurs. Either way the reader decides once: the first use is reported, with
//! the others as its related locations, and the others are dropped. (Their lines are named
//! in its message once the places are in the file: `Finding::name_related_lines`.)

use rustc_hash::FxHashMap;

use crate::{Finding, Related, Rule};

/// Keeps, of the `untranslated` findings that are one and the same word (case aside), the
/// first, and gives it the others as related locations.
pub(super) fn one_finding_per_word(text: &str, findings: &mut Vec<Finding>) {
    let mut by_word: FxHashMap<String, Vec<usize>> = FxHashMap::default();
    for (i, f) in findings.iter().enumerate() {
        if f.rule != Rule::Untranslated {
            continue;
        }
        let found = &text[f.range.as_range()];
        if found.chars().all(char::is_alphabetic) {
            by_word.entry(found.to_lowercase()).or_default().push(i);
        }
    }
    let mut dropped = vec![false; findings.len()];
    for uses in by_word.values_mut().filter(|uses| uses.len() > 1) {
        uses.sort_by_key(|&i| findings[i].range.start);
        let (first, others) = (uses[0], &uses[1..]);
        let word = text[findings[first].range.as_range()].to_string();
        for &i in others {
            dropped[i] = true;
            let range = findings[i].range;
            findings[first].related.push(Related {
                range,
                message: format!("another use of “{word}”"),
            });
        }
    }
    let mut k = 0;
    findings.retain(|_| {
        k += 1;
        !dropped[k - 1]
    });
}
