//! A source→target word table: source words and their common translations (for English to
//! Portuguese, FreeDict English-Portuguese, GPL-2+, built into `data/pt/from-en.tsv` by
//! `scripts/names/build_translations.sh`): what a name part becomes when MT takes it for a
//! common word ("Son" → "filho").

/// Translations that say nothing about a name: articles, prepositions and other short
/// words that follow names all the time.
const MIN_TRANSLATION_CHARS: usize = 4;

/// The table, read in place: the file is sorted by English headword, so a look-up is a
/// binary search over line starts (found by one memchr pass, well under a millisecond,
/// where building a hash map of the 13,000 lines cost a millisecond on every run).
#[derive(Debug, Default)]
pub struct Translations {
    data: &'static str,
    /// Name parts too short or too grammatical to be taken for a translated word (the
    /// source profile's `not-translatable`).
    not_translatable: Vec<String>,
    /// Byte offsets of the data lines (comment lines left out), in headword order, with
    /// where each line's headword ends: the search compares headwords as slices (it runs
    /// for every capitalised word the name rules consider).
    lines: Vec<(u32, u32)>,
}

impl Translations {
    /// The table of a data file: lines of a headword, a tab and its translations separated
    /// by spaces, sorted by headword; `#` starts a comment line.
    pub fn parse(data: &'static str, not_translatable: Vec<String>) -> Self {
        let mut lines = Vec::with_capacity(16_384);
        let mut start = 0usize;
        for end in memchr::memchr_iter(b'\n', data.as_bytes()).chain([data.len()]) {
            if end > start && !data[start..].starts_with('#') {
                let line = &data.as_bytes()[start..end];
                let head = memchr::memchr(b'\t', line).unwrap_or(line.len());
                lines.push((start as u32, (start + head) as u32));
            }
            start = end + 1;
        }
        Translations {
            data,
            not_translatable,
            lines,
        }
    }

    /// The line of `english` as (headword, translations), if the list has it.
    fn line(&self, english: &str) -> Option<&'static str> {
        let data = self.data;
        let i = self
            .lines
            .binary_search_by(|&(start, head_end)| {
                data[start as usize..head_end as usize].cmp(english)
            })
            .ok()?;
        let rest = &data[self.lines[i].0 as usize..];
        Some(&rest[..rest.find('\n').unwrap_or(rest.len())])
    }

    /// The Portuguese words that `part` (a folded name word) may have been translated to;
    /// empty for particles, short parts and parts with no entry.
    pub fn translations_of_name_part<'a>(
        &'a self,
        part: &'a str,
    ) -> impl Iterator<Item = &'static str> + 'a {
        let usable = part.chars().count() >= 3 && !self.not_translatable.iter().any(|w| w == part);
        let list = if usable { self.line(part) } else { None };
        list.and_then(|line| line.split_once('\t'))
            .map_or("", |(_, pt)| pt)
            .split(' ')
            .filter(move |pt| {
                !pt.is_empty() && pt.chars().count() >= MIN_TRANSLATION_CHARS && *pt != part
            })
    }

    /// Whether `folded` is an English headword of the list (a common English word).
    pub fn is_english_word(&self, folded: &str) -> bool {
        self.line(folded).is_some()
    }
}

#[cfg(test)]
fn english_portuguese() -> &'static Translations {
    crate::profile("pt").translations()
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
    fn data_is_sorted_by_headword_for_binary_search() {
        let table = english_portuguese();
        let heads: Vec<&str> = table
            .lines
            .iter()
            .map(|&(start, head_end)| &table.data[start as usize..head_end as usize])
            .collect();
        assert!(heads.len() > 10_000);
        assert!(heads.windows(2).all(|w| w[0] < w[1]), "not strictly sorted");
        assert!(table.is_english_word("city"));
        assert!(!table.is_english_word("wonsan"));
    }

    #[test]
    fn particles_and_short_parts_have_none() {
        let table = english_portuguese();
        assert_eq!(table.translations_of_name_part("de").count(), 0);
        assert_eq!(table.translations_of_name_part("in").count(), 0);
        assert_eq!(table.translations_of_name_part("wonsan").count(), 0);
    }
}
