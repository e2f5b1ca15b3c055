//! Whether a name respelled with an accent follows the target's own rules for writing
//! stress (Portuguese today): a translator's adaptation ("Interlingua" → "Interlíngua",
//! "Sorani" → "Sorâni", "Macedonia" → "Macedónia") writes the accent where Portuguese
//! needs one; a pivot language's respelling writes it where Spanish or Galician does
//! ("Oregon" → "Oregón": Portuguese never marks a final stressed syllable ending in "n").
//! The vowels, the stress marks and the final vowels written without a mark are the
//! profile's `[respelling]` data; the rules of where a mark is written are Portuguese
//! orthography.

use mtlint_lexicon::Respelling;

/// Whether `word` (a respelling of a name: its letters the name's, up to marks) carries
/// its stress mark where the target writes one. A word with no stress mark (a tilde or
/// cedilla only) is the target's spelling too.
pub(crate) fn follows_stress_rules(word: &str, respelling: &Respelling) -> bool {
    let letters: Vec<char> = word.to_lowercase().chars().collect();
    let Some(at) = letters
        .iter()
        .position(|c| respelling.stress_marks.contains(c))
    else {
        return true;
    };
    let is_vowel = |c: &char| respelling.vowels.contains(c);
    let rest = &letters[at + 1..];
    // A stressed "a" before a nasal consonant takes the circumflex in both variants
    // ("âncora", "Ângela"): the pivots' acute there is theirs ("Los Ángeles").
    if letters[at] == 'á' && matches!(rest.first(), Some('m' | 'n')) {
        return false;
    }
    // The vowel groups after the marked vowel: how far from the end the stress is.
    let groups = rest
        .iter()
        .enumerate()
        .filter(|&(i, c)| is_vowel(c) && (i == 0 || !is_vowel(&rest[i - 1])))
        .count();
    let ending: String = rest
        .iter()
        .rev()
        .take_while(|c| !is_vowel(c))
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    match groups {
        // The last syllable: marked when it ends in its vowel, "-em" or "-ens" (café,
        // Panamá, também), never a final "i" or "u" after a consonant (the profile's
        // `stressed-finals`), nor a consonant ("Oregón").
        0 => {
            let marked = letters[at];
            let after_vowel = at > 0 && is_vowel(&letters[at - 1]);
            let final_i_u = respelling.stressed_finals.contains(&marked) && !after_vowel;
            matches!(ending.as_str(), "" | "s")
                && !final_i_u
                || (matches!(ending.as_str(), "m" | "ns") && matches!(marked, 'é' | 'ê'))
        }
        // The last but one: marked when the word ends in a diphthong (língua, Macedónia),
        // in "i", "u", "um" (táxi, vírus, álbum), or in "l", "n", "r", "x", "ps" (fácil,
        // hífen, César, tórax, bíceps); not in "a", "e", "o", "em" (casa, jovem).
        1 => {
            let tail: String = rest.iter().collect();
            let last_group: String = tail
                .trim_end_matches(|c: char| !is_vowel(&c))
                .chars()
                .rev()
                .take_while(is_vowel)
                .collect();
            let diphthong = last_group.chars().count() >= 2;
            let high = matches!(last_group.as_str(), "i" | "u");
            (diphthong && matches!(ending.as_str(), "" | "s"))
                || (high && matches!(ending.as_str(), "" | "s" | "m" | "ns"))
                || matches!(ending.as_str(), "l" | "n" | "r" | "x" | "ps")
        }
        // Earlier: always marked (proparoxytones: "Mônaco", "Índico").
        _ => true,
    }
}

#[cfg(test)]
mod tests {
    use super::follows_stress_rules;

    #[test]
    fn accents_where_portuguese_writes_them() {
        let r = &mtlint_lexicon::profile("pt").respelling;
        // Adaptations of translators (Django's and the NTREX references' names).
        for word in ["Interlíngua", "Sorâni", "Macedónia", "Panamá", "Mônaco", "Fênix"] {
            assert!(follows_stress_rules(word, r), "{word}");
        }
        // A pivot language's accents: a final stressed syllable in "n", a paroxytone in
        // "-o", a final stressed "i" after a consonant, an acute "a" before a nasal.
        for word in ["Oregón", "Ramón", "Ohío", "Bogotí", "Ángeles"] {
            assert!(!follows_stress_rules(word, r), "{word}");
        }
    }
}
