//! Which variant of its language a text is written in ("pt-BR" or "pt-PT"), from evidence
//! both varieties document, when the variant was not given:
//!
//! - the glossaries' variant entries it writes ("Moscou", "Irã" are Brazilian; "Moscovo",
//!   "Irão" European), the evidence `mixed-variant` reads;
//! - the accent of a word the varieties spell with different accents before a nasal
//!   consonant ("econômico", "prêmio", "Macedônia" in Brazil; "económico", "prémio",
//!   "Macedónia" in Portugal: the 1990 agreement's double spellings), both forms being
//!   lexicon words and the profile saying which accent each variant writes;
//! - the progressive ("está fazendo" in Brazil, "está a fazer" in Portugal), from the
//!   profile's `[progressive]` table.
//!
//! A text is given a variant only when the evidence is clear: enough of it, and none for
//! another variant. Weak or mixed evidence leaves the plain language, which accepts both.

use mtlint_lexicon::{Accent, Lexicon, Profile, Progressive};

use crate::analysis::classes::Words;
use crate::analysis::variant_uses::variant_uses;
use crate::term_index::TermIndex;
use crate::tokens::Tokens;

/// Pieces of evidence a variant needs, with none for another, to be taken as the text's.
/// One piece ("Moscou" once, one "estão negociando") is a slip away from the other
/// variant's text; two agreeing pieces are a text's habit (measured in QUALITY.md,
/// "Variant detection").
pub const MIN_EVIDENCE: usize = 2;

/// What a text says of its variant: how many pieces of evidence point at each region.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct VariantEvidence {
    /// Regions in capitals ("BR", "PT") with their counts, in order of first evidence.
    pub counts: Vec<(String, usize)>,
}

impl VariantEvidence {
    /// Counts one piece of evidence for `region`.
    fn add(&mut self, region: &str) {
        let region = region.to_ascii_uppercase();
        match self.counts.iter_mut().find(|(r, _)| *r == region) {
            Some((_, n)) => *n += 1,
            None => self.counts.push((region, 1)),
        }
    }

    /// The region the evidence settles on: the only one with evidence, with at least
    /// [`MIN_EVIDENCE`] pieces; `None` when weak or mixed.
    pub fn verdict(&self) -> Option<&str> {
        match self.counts.as_slice() {
            [(region, n)] if *n >= MIN_EVIDENCE => Some(region),
            _ => None,
        }
    }
}

/// The evidence of one stretch's words (its glossary matches found), added to `out`.
pub(crate) fn observe(words: Words<'_>, index: &TermIndex, out: &mut VariantEvidence) {
    let Words {
        text,
        tokens,
        glossary,
        profile,
        ..
    } = words;
    for u in variant_uses(index, tokens, glossary) {
        out.add(&u.region);
    }
    let Some(lexicon) = profile.lexicon() else {
        return;
    };
    for k in 0..tokens.len() {
        let word = tokens.folded(k);
        if let Some(region) = accent_region(word, lexicon, profile) {
            out.add(region);
        }
        if let Some(progressive) = &profile.progressive {
            if let Some(region) = progressive_region(text, tokens, k, lexicon, progressive) {
                out.add(region);
            }
        }
    }
}

/// The region whose spelling `folded` is: a word with an accented e or o before m or n
/// and a vowel ("econômico"), whose form with the other accent is a word too
/// ("económico"). The vowel after the consonant leaves out verb endings both write
/// alike ("contém", "contêm").
fn accent_region<'p>(folded: &str, lexicon: &Lexicon, profile: &'p Profile) -> Option<&'p str> {
    let (at, accent, other) = nasal_accent(folded)?;
    let mut counterpart = String::with_capacity(folded.len());
    counterpart.push_str(&folded[..at]);
    counterpart.push(other);
    counterpart.push_str(&folded[at + accent.len_utf8()..]);
    if !lexicon.contains(folded) || !lexicon.contains(&counterpart) {
        return None;
    }
    let written = if matches!(accent, 'ê' | 'ô') {
        Accent::Circumflex
    } else {
        Accent::Acute
    };
    profile.region_of_accent(written)
}

/// The first accented e or o followed by m or n and a vowel: its byte offset, the accent
/// and the same vowel with the other accent.
fn nasal_accent(folded: &str) -> Option<(usize, char, char)> {
    let chars: Vec<(usize, char)> = folded.char_indices().collect();
    chars.windows(3).find_map(|w| {
        let [(at, accent), (_, nasal), (_, vowel)] = [w[0], w[1], w[2]];
        let other = match accent {
            'é' => 'ê',
            'ê' => 'é',
            'ó' => 'ô',
            'ô' => 'ó',
            _ => return None,
        };
        let follows = matches!(nasal, 'm' | 'n') && "aeiouáéíóú".contains(vowel);
        follows.then_some((at, accent, other))
    })
}

/// The region whose progressive starts at word `k`: an auxiliary followed by a gerund
/// ("está fazendo"), or by the preposition and an infinitive ("está a fazer"), the words
/// separated by white space only.
fn progressive_region<'p>(
    text: &str,
    tokens: &Tokens,
    k: usize,
    lexicon: &Lexicon,
    p: &'p Progressive,
) -> Option<&'p str> {
    if !p.auxiliaries.iter().any(|a| a == tokens.folded(k)) {
        return None;
    }
    let next = |i: usize| {
        let (a, b) = (tokens.tokens.get(i)?, tokens.tokens.get(i + 1)?);
        text[a.range.end..b.range.start]
            .trim()
            .is_empty()
            .then(|| tokens.folded(i + 1))
    };
    let after = next(k)?;
    if is_verb(after, "ndo", lexicon, p) {
        return Some(&p.gerund);
    }
    if after == p.preposition && next(k + 1).is_some_and(|w| is_verb(w, "r", lexicon, p)) {
        return Some(&p.infinitive);
    }
    None
}

/// Whether `word`, ending in `ending` ("ndo" for a gerund, "r" for an infinitive), is a
/// verb form: both it and the other form (`fazendo` ↔ `fazer`) are lexicon words.
fn is_verb(word: &str, ending: &str, lexicon: &Lexicon, p: &Progressive) -> bool {
    let Some(stem) = word.strip_suffix(ending).filter(|s| !s.is_empty()) else {
        return false;
    };
    let (infinitive, gerund) = (format!("{stem}r"), format!("{stem}ndo"));
    !p.not_verbs.contains(&infinitive) && lexicon.contains(&infinitive) && lexicon.contains(&gerund)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn evidence(text: &str) -> VariantEvidence {
        crate::test_support::checker("pt", GLOSSARY, &[]).variant_evidence(text)
    }

    use crate::test_support::VARIANT_PLACES as GLOSSARY;

    fn counts(text: &str) -> Vec<(String, usize)> {
        evidence(text).counts
    }

    #[test]
    fn accents_before_a_nasal_consonant() {
        assert_eq!(counts("O prêmio econômico."), [("BR".to_string(), 2)]);
        assert_eq!(counts("O prémio económico."), [("PT".to_string(), 2)]);
        // Verb endings both varieties write alike; an accent not before m or n.
        assert!(counts("Ele contém; eles contêm. A avó e o avô.").is_empty());
    }

    #[test]
    fn the_progressive() {
        assert_eq!(counts("Eles estão negociando."), [("BR".to_string(), 1)]);
        assert_eq!(counts("Eles estão a negociar."), [("PT".to_string(), 1)]);
        // Not a progressive: no verb after the preposition, a word between.
        assert!(counts("Está a par do assunto. Está quando quer. Estão, a ver.").is_empty());
    }

    #[test]
    fn glossary_variant_entries() {
        assert_eq!(counts("Em Moscou."), [("BR".to_string(), 1)]);
        assert_eq!(counts("Em Moscovo."), [("PT".to_string(), 1)]);
    }

    #[test]
    fn a_verdict_needs_clear_evidence() {
        assert_eq!(evidence("Em Moscou, o prêmio.").verdict(), Some("BR"));
        assert_eq!(
            evidence("Em Moscovo, estão a negociar.").verdict(),
            Some("PT")
        );
        // Weak: one piece. Mixed: both.
        assert_eq!(evidence("Em Moscou.").verdict(), None);
        assert_eq!(
            evidence("Em Moscou, o prêmio, estão a negociar.").verdict(),
            None
        );
    }
}
