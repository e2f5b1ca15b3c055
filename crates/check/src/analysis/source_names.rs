//! The source language's name conventions, as mtlint-compare's name finder takes them.

use mtlint_compare::names::SourceProfile as NameProfile;
use mtlint_lexicon::SourceProfile;

/// The name finder's facts of `source` (its profile's `[names]`), or `None` when the
/// profile does not say how the language writes names: its names are then not looked for.
pub(crate) fn name_profile(source: &SourceProfile) -> Option<NameProfile> {
    let n = &source.names;
    (!n.is_empty()).then(|| NameProfile {
        connectors: n.connectors.clone(),
        titles: n.titles.clone(),
        translated: n.translated.clone(),
        demonym_endings: n.demonym_endings.clone(),
        weekdays: n.weekdays.clone(),
        months: n.months.clone(),
        contractions: n.contractions.clone(),
        directions: n.directions.clone(),
        articles: n.articles.clone(),
    })
}
