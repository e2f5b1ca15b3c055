//! English words Portuguese has its own form of: an adjective or noun of Latin stock that
//! English spells with its own ending where Portuguese writes another ("absolute" /
//! absoluto, "dramatic" / dramático, "historical" / histórico, "maximum" / máximo,
//! "correspondent" / correspondente). Portuguese text has no use for the English spelling
//! but to quote English, so such a word between Portuguese words is English left in by
//! MT, even when the usage lists lead by less than they need for a word without this cue.
//! The endings (the source profile's `spelling.cognate-endings`) are how the two languages
//! spell the same Latin suffixes, not words seen in any text; the target lexicon decides
//! whether the Portuguese form exists.

use mtlint_lexicon::{Lexicon, Respelling, SourceSpelling, Usage};

use crate::analysis::english_plurals::usage_lead;
use crate::respell::accented_counterparts;

/// The stem an ending must leave ("ate" of "late" is no suffix).
const MIN_STEM: usize = 4;

/// Another language uses the word at least this often (Zipf; 3.5 is once in 300,000
/// words): a word of ordinary English, not a rare or technical one...
const COGNATE_USED: f64 = 3.5;

/// ... and this much more than Portuguese (1.0 is ten times): Portuguese quotes it.
const COGNATE_LEAD: f64 = 1.0;

/// Whether `folded`, a word the target lexicon lacks, is the English spelling of a word
/// the lexicon holds in its Portuguese spelling (with or without accents), and another
/// language uses it `COGNATE_LEAD` more than Portuguese.
pub(crate) fn english_cognate(
    folded: &str,
    found: Usage,
    lexicon: &Lexicon,
    (respelling, spelling): (&Respelling, &SourceSpelling),
) -> bool {
    usage_lead(found, COGNATE_USED, COGNATE_LEAD)
        && portuguese_form(folded, lexicon, respelling, spelling)
}

/// Whether one of the Portuguese respellings of `folded`'s ending makes a lexicon word.
fn portuguese_form(
    folded: &str,
    lexicon: &Lexicon,
    respelling: &Respelling,
    spelling: &SourceSpelling,
) -> bool {
    spelling
        .cognate_endings
        .iter()
        .any(|(english, portuguese)| {
            folded.strip_suffix(english.as_str()).is_some_and(|stem| {
                stem.chars().count() >= MIN_STEM && {
                    let form = format!("{stem}{portuguese}");
                    lexicon.contains(&form)
                        || !accented_counterparts(&form, lexicon, respelling).is_empty()
                }
            })
        })
}
