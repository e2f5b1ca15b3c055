//! English words and their common Portuguese translations (FreeDict English-Portuguese,
//! GPL-2+, built into `en_pt_words.tsv` by `scripts/names/build_translations.sh`): what a
//! name part becomes when MT takes it for a common word ("Son" → "filho").

use std::sync::OnceLock;

use rustc_hash::FxHashMap;

static DATA: &str = include_str!("en_pt_words.tsv");

/// Name parts too short or too grammatical to be taken for a translated word: particles of
/// names in many languages and English function words.
const NOT_TRANSLATABLE: &[&str] = &[
    "the", "and", "of", "in", "on", "at", "to", "for", "by", "with", "from", "a", "an", "van",
    "von", "der", "den", "de", "da", "do", "dos", "das", "del", "della", "di", "du", "la", "le",
    "les", "el", "al", "bin", "ibn", "abu", "bint", "mac", "mc", "san", "santa", "saint", "st",
    "ter", "ten", "y", "e", "o", "i", "u",
];

/// Translations that say nothing about a name: articles, prepositions and other short
/// words that follow names all the time.
const MIN_TRANSLATION_CHARS: usize = 4;

#[derive(Debug, Default)]
pub(crate) struct Translations {
    by_english: FxHashMap<&'static str, Vec<&'static str>>,
}

impl Translations {
    fn parse(data: &'static str) -> Self {
        let mut by_english = FxHashMap::default();
        for line in data.lines() {
            if line.starts_with('#') {
                continue;
            }
            let Some((english, portuguese)) = line.split_once('\t') else {
                continue;
            };
            by_english.insert(
                english,
                portuguese.split(' ').filter(|w| !w.is_empty()).collect(),
            );
        }
        Translations { by_english }
    }

    /// The Portuguese words that `part` (a folded name word) may have been translated to;
    /// empty for particles, short parts and parts with no entry.
    pub fn translations_of_name_part<'a>(
        &'a self,
        part: &'a str,
    ) -> impl Iterator<Item = &'static str> + 'a {
        let usable = part.chars().count() >= 3 && !NOT_TRANSLATABLE.contains(&part);
        let list = if usable {
            self.by_english.get(part).map_or(&[][..], Vec::as_slice)
        } else {
            &[]
        };
        list.iter()
            .copied()
            .filter(move |pt| pt.chars().count() >= MIN_TRANSLATION_CHARS && *pt != part)
    }

    /// Whether `folded` is an English headword of the list (a common English word).
    pub fn is_english_word(&self, folded: &str) -> bool {
        self.by_english.contains_key(folded)
    }
}

/// The table, parsed on first use (about 13,000 lines).
pub(crate) fn english_portuguese() -> &'static Translations {
    static TABLE: OnceLock<Translations> = OnceLock::new();
    TABLE.get_or_init(|| Translations::parse(DATA))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn son_is_filho() {
        let t: Vec<&str> = english_portuguese()
            .translations_of_name_part("son")
            .collect();
        assert!(t.contains(&"filho"), "{t:?}");
        assert!(t.contains(&"filha"), "{t:?}");
    }

    #[test]
    fn particles_and_short_parts_have_none() {
        let table = english_portuguese();
        assert_eq!(table.translations_of_name_part("de").count(), 0);
        assert_eq!(table.translations_of_name_part("in").count(), 0);
        assert_eq!(table.translations_of_name_part("wonsan").count(), 0);
    }
}
