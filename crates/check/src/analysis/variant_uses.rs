//! The forms of variant entries a document writes ("Moscou" is pt-BR, "Moscovo" pt-PT):
//! observed stretch by stretch for `mixed-variant`, and evidence of a text's variant when
//! none is given (`crate::variant`).

use crate::term_index::{TermIndex, TermMatch};
use crate::tokens::Tokens;
use crate::ByteRange;

/// One good form of an entry that belongs to one variant.
#[derive(Debug, Clone)]
pub(crate) struct VariantUse {
    /// The variant's region, in capitals ("BR", "PT").
    pub region: String,
    pub range: ByteRange,
    /// The entry, an index into the checker's terms.
    pub term: usize,
}

/// The good forms of variant entries among a stretch's glossary matches, in text order.
pub(crate) fn variant_uses<'a>(
    index: &'a TermIndex,
    tokens: &'a Tokens,
    glossary: &'a [TermMatch],
) -> impl Iterator<Item = VariantUse> + 'a {
    glossary.iter().filter(|m| m.good).filter_map(|m| {
        let term = &index.terms[m.term];
        let region = term.variant.as_ref()?.region()?;
        Some(VariantUse {
            region: region.to_ascii_uppercase(),
            range: ByteRange::new(
                tokens.tokens[m.first_token].range.start,
                tokens.tokens[m.end_token - 1].range.end,
            ),
            term: m.term,
        })
    })
}
