//! Finding fingerprints: an identity for a finding that survives edits elsewhere in the
//! file, so a finding seen before is recognised after lines are inserted above it.
//!
//! A fingerprint is a hash of the rule, the matched text and the text of the line the
//! finding starts on (trimmed), plus an occurrence counter that tells apart identical
//! findings on identical lines of one file. Line numbers and offsets are deliberately left
//! out. The file name is left out too: pair a fingerprint with its file where findings of
//! several files are mixed (a baseline does; SARIF results carry their file already).
//!
//! Used as SARIF `partialFingerprints` (key [`SARIF_KEY`]), and meant for baselines.
//! The hash is FNV-1a (64-bit), written out here so it never changes with the Rust
//! version or platform: a fingerprint stored today must match one computed next year.

use std::collections::HashMap;
use std::fmt;

use mtlint_check::{Finding, LineIndex};

/// The `partialFingerprints` key; bump the version if the recipe ever changes.
pub const SARIF_KEY: &str = "mtlintFindingHash/v1";

/// A finding's fingerprint. Displays as `HASH:OCCURRENCE`, e.g. `9f2c…e1:1`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Fingerprint {
    pub hash: u64,
    /// 1 for the first finding with this hash in the file, 2 for the next, and so on.
    pub occurrence: u32,
}

impl fmt::Display for Fingerprint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:016x}:{}", self.hash, self.occurrence)
    }
}

/// The fingerprints of `findings` (as `Checker::check` returns them for `text`, in
/// position order), in the same order.
pub fn fingerprints(text: &str, findings: &[Finding]) -> Vec<Fingerprint> {
    let index = LineIndex::new(text);
    let mut seen: HashMap<u64, u32> = HashMap::new();
    // Hash each line once: a file can be one 100 MB line with thousands of findings.
    let mut last_line: Option<(usize, u64)> = None;
    findings
        .iter()
        .map(|f| {
            let line = index.line_of(f.range.start);
            let line_hash = match last_line {
                Some((l, h)) if l == line => h,
                _ => {
                    let h = line_hash(&text[index.line_range(text, line)]);
                    last_line = Some((line, h));
                    h
                }
            };
            let hash = combine(f.rule.name(), &text[f.range.as_range()], line_hash);
            let occurrence = seen.entry(hash).or_insert(0);
            *occurrence += 1;
            Fingerprint {
                hash,
                occurrence: *occurrence,
            }
        })
        .collect()
}

/// The hash of a line's text. Surrounding whitespace is ignored, so re-indenting does not
/// make findings new.
fn line_hash(line: &str) -> u64 {
    let mut hash = Fnv1a::new();
    hash.write(line.trim().as_bytes());
    hash.0
}

/// The hash of what identifies a finding, without its occurrence counter.
fn combine(rule: &str, matched: &str, line_hash: u64) -> u64 {
    let mut hash = Fnv1a::new();
    // The separators keep ("ab", "c") and ("a", "bc") apart.
    for part in [rule, matched] {
        hash.write(part.as_bytes());
        hash.write(&[0xff]);
    }
    hash.write(&line_hash.to_le_bytes());
    hash.0
}

/// FNV-1a, 64-bit (the published offset basis and prime).
struct Fnv1a(u64);

impl Fnv1a {
    fn new() -> Self {
        Fnv1a(0xcbf2_9ce4_8422_2325)
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 ^= u64::from(b);
            self.0 = self.0.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use mtlint_check::{ByteRange, Rule, Severity};

    fn content_hash(rule: &str, matched: &str, line: &str) -> u64 {
        combine(rule, matched, line_hash(line))
    }

    fn finding(text: &str, word: &str, nth: usize) -> Finding {
        let start = text.match_indices(word).nth(nth).unwrap().0;
        Finding {
            rule: Rule::WrongTerm,
            severity: Severity::Error,
            range: ByteRange::new(start, start + word.len()),
            message: String::new(),
            suggestions: Vec::new(),
            term: None,
            note: None,
            confidence: None,
            segment: None,
            related: Vec::new(),
        }
    }

    #[test]
    fn fnv1a_matches_the_published_test_vectors() {
        let mut h = Fnv1a::new();
        h.write(b"a");
        assert_eq!(h.0, 0xaf63_dc4c_8601_ec8c);
        assert_eq!(Fnv1a::new().0, 0xcbf2_9ce4_8422_2325);
    }

    #[test]
    fn inserting_lines_above_keeps_fingerprints() {
        let before = "Ele foi a Wanson.\nDepois voltou de Wanson.\n";
        let after = "Título novo\n\nEle foi a Wanson.\nDepois voltou de Wanson.\n";
        let fp = |text: &str| {
            fingerprints(
                text,
                &[finding(text, "Wanson", 0), finding(text, "Wanson", 1)],
            )
        };
        assert_eq!(fp(before), fp(after));
    }

    #[test]
    fn identical_lines_are_told_apart_by_occurrence() {
        let text = "Wanson.\nWanson.\n";
        let fps = fingerprints(
            text,
            &[finding(text, "Wanson", 0), finding(text, "Wanson", 1)],
        );
        assert_eq!(fps[0].hash, fps[1].hash);
        assert_eq!((fps[0].occurrence, fps[1].occurrence), (1, 2));
        assert_ne!(fps[0], fps[1]);
    }

    #[test]
    fn a_different_line_or_rule_changes_the_hash() {
        let base = content_hash("wrong-term", "Wanson", "Ele foi a Wanson.");
        assert_ne!(
            base,
            content_hash("wrong-term", "Wanson", "Ela foi a Wanson.")
        );
        assert_ne!(
            base,
            content_hash("name-near-miss", "Wanson", "Ele foi a Wanson.")
        );
        assert_eq!(
            base,
            content_hash("wrong-term", "Wanson", "  Ele foi a Wanson.\t")
        );
    }
}
