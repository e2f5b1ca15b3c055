//! The glossary matches of a stretch, found once before any rule runs.

use crate::term_index::TermMatch;

/// The indices of a stretch's `len` words that no glossary match covers (`glossary` in
/// token order, not overlapping): the words the lexicon rules look at, since a glossary
/// match is a name or term whose spelling the glossary rules judge.
pub(crate) fn outside_matches(
    len: usize,
    glossary: &[TermMatch],
) -> impl Iterator<Item = usize> + '_ {
    let mut matches = glossary.iter().peekable();
    (0..len).filter(move |&k| {
        while matches.next_if(|m| m.end_token <= k).is_some() {}
        matches.peek().is_none_or(|m| m.first_token > k)
    })
}
