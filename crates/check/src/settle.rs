//! Settles overlaps between rules in one pass, from what each rule declares it yields to
//! (`RuleDef::yields_to`): no rule edits another's findings.

use std::sync::OnceLock;

use crate::rules::YieldWhen;
use crate::{Finding, Rule};

/// Drops the findings of `found` (one stretch's) that yield to a finding of another rule
/// that is kept. Rules are settled in an order where every rule yielded to comes first, so
/// a finding that is itself dropped makes nothing else yield.
pub(crate) fn settle(found: &mut Vec<Finding>) {
    if found.len() < 2 {
        return;
    }
    let mut dropped = vec![false; found.len()];
    for &rule in settling_order() {
        for y in rule.def().yields_to {
            let winners = Winners::new(found, &dropped, y.to);
            if winners.is_empty() {
                continue;
            }
            for (i, f) in found.iter().enumerate() {
                if f.rule == rule && !dropped[i] && winners.cover(f, y.when) {
                    dropped[i] = true;
                }
            }
        }
    }
    if dropped.iter().any(|&d| d) {
        let mut keep = dropped.iter().map(|&d| !d);
        found.retain(|_| keep.next().unwrap_or(true));
    }
}

/// The kept findings of one rule, by start, with the furthest end up to each: whether one
/// covers a range is a binary search, so a stretch with many findings settles in
/// n log n, not n².
struct Winners {
    starts: Vec<usize>,
    furthest_end: Vec<usize>,
}

impl Winners {
    fn new(found: &[Finding], dropped: &[bool], rule: Rule) -> Winners {
        let mut ranges: Vec<(usize, usize)> = found
            .iter()
            .zip(dropped)
            .filter(|(f, &d)| f.rule == rule && !d)
            .map(|(f, _)| (f.range.start, f.range.end))
            .collect();
        ranges.sort_unstable();
        let mut furthest = 0;
        let furthest_end = ranges
            .iter()
            .map(|&(_, end)| {
                furthest = furthest.max(end);
                furthest
            })
            .collect();
        Winners {
            starts: ranges.iter().map(|&(start, _)| start).collect(),
            furthest_end,
        }
    }

    fn is_empty(&self) -> bool {
        self.starts.is_empty()
    }

    /// Whether a winner covers `f` as `when` says.
    fn cover(&self, f: &Finding, when: YieldWhen) -> bool {
        let (a, b) = (f.range.start, f.range.end);
        // Winners starting at or before `a` (Within) or before `b` (Overlapping); of those,
        // one must reach past the finding's end (Within) or past its start (Overlapping).
        let (limit, reach) = match when {
            YieldWhen::Within => (self.starts.partition_point(|&s| s <= a), b),
            YieldWhen::Overlapping => (self.starts.partition_point(|&s| s < b), a + 1),
        };
        limit > 0 && self.furthest_end[limit - 1] >= reach
    }
}

/// Every rule, each after the rules it yields to (the registry's order otherwise). A cycle
/// of yields would be a mistake in the rules' definitions: a test checks there is none.
fn settling_order() -> &'static [Rule] {
    static ORDER: OnceLock<Vec<Rule>> = OnceLock::new();
    ORDER.get_or_init(|| {
        let mut order: Vec<Rule> = Vec::new();
        while order.len() < Rule::ALL.len() {
            let before = order.len();
            for &rule in Rule::ALL {
                let ready = rule.def().yields_to.iter().all(|y| order.contains(&y.to));
                if !order.contains(&rule) && ready {
                    order.push(rule);
                }
            }
            if order.len() == before {
                // A cycle: settle the rest in registry order rather than loop.
                let rest: Vec<Rule> = Rule::ALL
                    .iter()
                    .copied()
                    .filter(|r| !order.contains(r))
                    .collect();
                order.extend(rest);
            }
        }
        order
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ByteRange;

    fn finding(rule: Rule, start: usize, end: usize) -> Finding {
        Finding::new(rule, ByteRange::new(start, end), String::new())
    }

    #[test]
    fn no_rule_yields_in_a_cycle() {
        let order = settling_order();
        for (i, rule) in order.iter().enumerate() {
            for y in rule.def().yields_to {
                let to = order.iter().position(|r| *r == y.to);
                assert!(to.is_some_and(|to| to < i), "{rule} before {}", y.to);
            }
        }
    }

    #[test]
    fn a_dropped_finding_makes_nothing_yield() {
        // run-together covers the untranslated span, which then no longer covers the
        // unaccented word: the accent finding stays, as before the rules had one context.
        let mut found = vec![
            finding(Rule::Untranslated, 0, 20),
            finding(Rule::RunTogether, 0, 20),
            finding(Rule::MissingAccent, 5, 9),
            finding(Rule::MissingAccent, 30, 35),
        ];
        settle(&mut found);
        let rules: Vec<Rule> = found.iter().map(|f| f.rule).collect();
        assert_eq!(
            rules,
            [Rule::RunTogether, Rule::MissingAccent, Rule::MissingAccent]
        );
    }

    #[test]
    fn a_kept_span_drops_what_overlaps_it() {
        let mut found = vec![
            finding(Rule::Untranslated, 0, 20),
            finding(Rule::MissingAccent, 18, 25),
            finding(Rule::MissingAccent, 20, 25),
        ];
        settle(&mut found);
        let kept: Vec<(Rule, usize)> = found.iter().map(|f| (f.rule, f.range.start)).collect();
        assert_eq!(kept, [(Rule::Untranslated, 0), (Rule::MissingAccent, 20)]);
    }
}
