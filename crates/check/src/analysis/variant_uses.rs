//! The forms of variant entries a document writes ("Moscou" is pt-BR, "Moscovo" pt-PT),
//! observed stretch by stretch for `mixed-variant`.

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
