//! One finding per repeated word: a writer who keeps a word of another language keeps it
//! at every use ("tries" seven times in a rugby report), and MT leaves an unknown word
//! wherever it occurs. Either way the reader decides once: the first use is reported, with
//! the lines of the others in its message, and the others are dropped. A word Portuguese
//! text does write, repeated alone through one document, is the document's jargon (a
//! baseball report's "pitcher" and "inning") and is not reported at all.

use mtlint_lexicon::{OtherLanguage, UsageTable};
use rustc_hash::FxHashMap;

use crate::{Finding, LineIndex, Rule};

/// Keeps, of the `untranslated` findings that are one and the same word (case aside), the
/// first, and names the lines of the others in its message.
pub(super) fn one_finding_per_word(
    text: &str,
    usage: Option<&UsageTable>,
    findings: &mut Vec<Finding>,
) {
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
    let lines = LineIndex::new(text);
    let mut dropped = vec![false; findings.len()];
    for uses in by_word.values_mut().filter(|uses| uses.len() > 1) {
        uses.sort_by_key(|&i| findings[i].range.start);
        let (first, others) = (uses[0], &uses[1..]);
        let word = text[findings[first].range.as_range()].to_lowercase();
        if usage.is_some_and(|usage| jargon(&word, usage)) {
            for &i in uses.iter() {
                dropped[i] = true;
            }
            continue;
        }
        let mut at: Vec<usize> = others
            .iter()
            .map(|&i| lines.line_of(findings[i].range.start) + 1)
            .collect();
        at.dedup();
        let list: Vec<String> = at.iter().map(usize::to_string).collect();
        let n = others.len();
        let uses_word = if n == 1 { "use" } else { "uses" };
        let line_word = if at.len() == 1 { "line" } else { "lines" };
        findings[first].message += &format!(
            " (and {n} more {uses_word} in this document: {line_word} {})",
            list.join(", ")
        );
        for &i in others {
            dropped[i] = true;
        }
    }
    let mut k = 0;
    findings.retain(|_| {
        k += 1;
        !dropped[k - 1]
    });
}

/// Portuguese text writes a jargon loanword at least this often (Zipf; 1.6 is about once
/// in 40 million words: "pitcher" 2.0, "inning" 1.9, "fairway" 1.9, "backend" 1.9) ...
const JARGON_IN_TARGET: f64 = 1.6;

/// ... and another language less than this much more (2.0 is 100 times; MT leftovers
/// of common English lead by more: "allegations" 2.8, "warship" 1.9 but Portuguese 1.2).
const JARGON_LEAD: f64 = 2.0;

/// Whether a word repeated through a document is jargon Portuguese text has taken from
/// English: it is written in Portuguese text (`JARGON_IN_TARGET`), if less than a loanword
/// of everyday use, and English leads by less than `JARGON_LEAD` (a pivot's Spanish word,
/// "currículum", is a leftover however often it comes back).
fn jargon(word: &str, usage: &UsageTable) -> bool {
    usage.get(word).is_some_and(|u| {
        let target = u.portuguese.value();
        (JARGON_IN_TARGET..crate::analysis::classes::USED_IN_TARGET).contains(&target)
            && u.lead().is_some_and(|(language, lead)| {
                language == OtherLanguage::English && lead < JARGON_LEAD
            })
    })
}
