//! The Portuguese word behind another spelling of it.
//!
//! A Galician or Spanish spelling (`untranslated`): pivot MT through Galician or
//! Spanish leaves words that differ from their Portuguese counterpart only by spelling
//! conventions ("exixencia" for exigência, "invencíbel" for invencível, "berraba" for
//! berrava, "recén" for recém, "arteria" for artéria). Rewriting a word by those
//! conventions, then trying its accents, and finding the result in the Portuguese lexicon
//! is evidence that the word is the other language's, and gives the correction.
//!
//! The correspondences, the accents a vowel may take and the endings that take none are
//! the profile's data (`[respelling]` of `crates/lexicon/data/<lang>/profile.toml`): a
//! profile without them respells nothing and finds no word that lost its accents.
//!
//! A word written without its accent (`missing-accent`): "ilusoes" for ilusões, "voce"
//! for você, as text typed without accents has them.

use mtlint_lexicon::{Lexicon, Respelling, Walk};

/// At most this many inner rewrites are combined: enough for "exixencia" (one), bounded
/// for long words full of "x" and "z".
const MAX_INNER: usize = 2;

/// How many places of `folded` an inner respelling may change (each occurrence of a
/// correspondence's pivot side: "x", "z", "ñ", "ll", "ue", "ie").
pub(crate) fn rewrite_sites(folded: &str, respelling: &Respelling) -> usize {
    let inner = &respelling.inner;
    inner
        .iter()
        .enumerate()
        // A pivot side listed twice ("x" → "j", "x" → "g") is one place.
        .filter(|&(i, (from, _))| !inner[..i].iter().any(|(earlier, _)| earlier == from))
        .map(|(_, (from, _))| folded.matches(from.as_str()).count())
        .sum()
}

/// The Portuguese word `folded` (lowercase, not in the lexicon) is a Galician or Spanish
/// spelling of, if any, by the profile's `respelling`; none when the profile has none.
pub(crate) fn portuguese_counterpart(
    folded: &str,
    lexicon: &Lexicon,
    respelling: &Respelling,
) -> Option<String> {
    if respelling.inner.is_empty() && respelling.endings.is_empty() {
        return None;
    }
    let mut stems = vec![folded.to_string()];
    for (from, to) in &respelling.endings {
        if let Some(stem) = folded.strip_suffix(from) {
            stems.push(format!("{stem}{to}"));
        }
    }
    let mut candidates = Vec::new();
    for stem in &stems {
        inner_rewrites(stem, MAX_INNER, &respelling.inner, &mut candidates);
    }
    // Fewest changes first: the rewrites alone, then with one accent changed.
    let portuguese =
        |c: &str| c != folded && lexicon.contains(c) && !accented_adverb(c, respelling);
    if let Some(found) = candidates.iter().find(|c| portuguese(c)) {
        return Some(found.clone());
    }
    let found = candidates
        .iter()
        .flat_map(|c| accent_variants(c, &respelling.accents))
        .find(|c| portuguese(c));
    found
}

/// Whether `word` has an ending that takes no stress mark before it and a stress mark all
/// the same: an adverb in "-mente" with an acute or circumflex accent, which Portuguese
/// drops from the adjective (algorítmico, algoritmicamente): hunspell's expansion lists
/// some such forms ("algorítmicamente"), which must never be a correction. The profile's
/// `accentless-endings` and `stress-marks`.
fn accented_adverb(word: &str, respelling: &Respelling) -> bool {
    respelling
        .accentless_endings
        .iter()
        .any(|e| word.ends_with(e.as_str()))
        && word.contains(respelling.stress_marks.as_slice())
}

/// The marks `letter` may take by `table` (the profile's `accents` or `letter-marks`),
/// most likely first; none when the table does not list it.
fn marks_of(table: &[(char, Vec<char>)], letter: char) -> &[char] {
    table
        .iter()
        .find(|(from, _)| *from == letter)
        .map_or(&[], |(_, marks)| marks.as_slice())
}

/// The Portuguese words `folded` is when written without its accents, tildes or cedillas,
/// one or two of them ("ilusoes" → ilusões, "cafe" → café, "cabeca" → cabeça, "porcao" →
/// porção or porcão; "higienico" → higiênico and higiénico, the Brazilian and the European
/// forms): `folded` must hold no diacritic at all. A final accented vowel that only
/// shortens an infinitive before a clitic ("planeá-lo" from planear) does not count:
/// "planea" is Spanish, not "planeá".
pub(crate) fn accented_counterparts(
    folded: &str,
    lexicon: &Lexicon,
    respelling: &Respelling,
) -> Vec<String> {
    if folded.is_empty() || folded.len() > MAX_ACCENTED_LEN {
        return Vec::new();
    }
    if !folded.bytes().all(|b| b.is_ascii_lowercase()) {
        return Vec::new();
    }
    // ASCII: byte positions are char positions. Each position with the marks it may take.
    let marks: Vec<(usize, &[char])> = folded
        .bytes()
        .enumerate()
        .map(|(at, b)| {
            let letter = char::from(b);
            let marks = marks_of(&respelling.letter_marks, letter);
            let marks = if marks.is_empty() {
                marks_of(&respelling.accents, letter)
            } else {
                marks
            };
            (at, marks)
        })
        .filter(|(_, m)| !m.is_empty())
        .collect();
    let last = folded.len() - 1;
    let mut found = Vec::new();
    // `is_word`: whether the candidate is a word of the lexicon, found by the caller's
    // walk down it; nothing else is asked of a candidate that is none.
    let mut try_word = |changes: &[(usize, char)], is_word: bool| {
        if !is_word {
            return;
        }
        let mut candidate = String::with_capacity(folded.len() + 2 * changes.len());
        for (at, c) in folded.char_indices() {
            match changes.iter().find(|&&(p, _)| p == at) {
                Some(&(_, mark)) => candidate.push(mark),
                None => candidate.push(c),
            }
        }
        let final_mark = changes.iter().find(|&&(at, _)| at == last);
        if final_mark.is_some_and(|_| shortened_infinitive(&candidate, folded, lexicon)) {
            return;
        }
        if !accented_adverb(&candidate, respelling) && !found.contains(&candidate) {
            found.push(candidate);
        }
    };
    // One mark ("ilusoes" → ilusões), then two where one is a letter mark (the cedilla):
    // "-ção", "-ções" lose both marks together ("relacao", "acoes"; "porcao" is porção
    // beside porcão). Other pairs are rare and would cost a hundred look-ups for every
    // unknown word.
    let letter_mark = |m: char| {
        respelling
            .letter_marks
            .iter()
            .any(|(_, marks)| marks.contains(&m))
    };
    // One walk down the lexicon: down `folded` to each place, each mark from there, and
    // the rest of the word (with a second mark) from the mark. A mark no word starts with
    // (the word up to it, then it) makes no candidate, alone or with a second mark after
    // it: those are not tried.
    let word_after = |walk: Walk<'_>, rest: &str| walk.then(rest).is_some_and(|w| w.is_word());
    let mut before = lexicon.walk();
    let mut walked = 0;
    for (i, &(a, marks_a)) in marks.iter().enumerate() {
        before = before.and_then(|w| w.then(&folded[walked..a]));
        walked = a;
        for &ma in marks_a {
            let Some(after_a) = before.and_then(|w| w.then_char(ma)) else {
                continue;
            };
            try_word(&[(a, ma)], word_after(after_a, &folded[a + 1..]));
            for &(b, marks_b) in &marks[i + 1..] {
                let up_to_b = after_a.then(&folded[a + 1..b]);
                for &mb in marks_b
                    .iter()
                    .filter(|&&mb| letter_mark(ma) || letter_mark(mb))
                {
                    let after_b = up_to_b.and_then(|w| w.then_char(mb));
                    let is_word = after_b.is_some_and(|w| word_after(w, &folded[b + 1..]));
                    try_word(&[(a, ma), (b, mb)], is_word);
                }
            }
        }
    }
    found
}

/// Whether `candidate` ends in a stressed vowel only because it is an infinitive shortened
/// before a clitic ("planeá-lo" from planear, "dançá-la" from dançar): its form without the
/// final accent, plus "r", is a word. `folded` is the candidate without any mark.
fn shortened_infinitive(candidate: &str, folded: &str, lexicon: &Lexicon) -> bool {
    let Some((at, _)) = candidate.char_indices().last() else {
        return false;
    };
    let plain_end = &folded[folded.len() - 1..];
    lexicon.contains(&format!("{}{plain_end}r", &candidate[..at]))
}

/// Longer words are not tried: no Portuguese word that long lacks only its accents.
const MAX_ACCENTED_LEN: usize = 24;

/// `word` and every word made from it by up to `budget` inner rewrites, each of one
/// occurrence.
fn inner_rewrites(word: &str, budget: usize, inner: &[(String, String)], out: &mut Vec<String>) {
    if out.iter().any(|w| w == word) {
        return;
    }
    out.push(word.to_string());
    if budget == 0 {
        return;
    }
    for (from, to) in inner {
        for (at, _) in word.match_indices(from.as_str()) {
            let rewritten = format!("{}{to}{}", &word[..at], &word[at + from.len()..]);
            inner_rewrites(&rewritten, budget - 1, inner, out);
        }
    }
}

/// `word` with the accent of one vowel added, changed or removed, by `accents` (the
/// profile's: another accent before none, "áncora" is "âncora", not the verb form
/// "ancora"). Not on a final vowel: Galician and Spanish mark a stressed final vowel as
/// Portuguese does, and the lexicon's "planeá", "fazê" are verb forms shortened before a
/// clitic ("planeá-lo").
fn accent_variants<'a>(
    word: &'a str,
    accents: &'a [(char, Vec<char>)],
) -> impl Iterator<Item = String> + 'a {
    let last = word.char_indices().last().map_or(0, |(at, _)| at);
    word.char_indices()
        .filter(move |&(at, _)| at != last)
        .flat_map(move |(at, vowel)| {
            marks_of(accents, vowel).iter().map(move |&other| {
                let mut variant = String::with_capacity(word.len() + 1);
                variant.push_str(&word[..at]);
                variant.push(other);
                variant.push_str(&word[at + vowel.len_utf8()..]);
                variant
            })
        })
}

#[cfg(test)]
mod tests {
    use super::{accented_counterparts, portuguese_counterpart};

    fn counterpart(word: &str) -> Option<String> {
        let pt = mtlint_lexicon::profile("pt");
        portuguese_counterpart(word, mtlint_lexicon::portuguese(), &pt.respelling)
    }

    #[test]
    fn galician_and_spanish_spellings_lead_to_the_portuguese_word() {
        for (word, portuguese) in [
            ("exixencia", "exigência"),
            ("insurxencia", "insurgência"),
            ("sixilo", "sigilo"),
            ("invencíbel", "invencível"),
            ("berraba", "berrava"),
            ("recén", "recém"),
            ("arteria", "artéria"),
            ("esperanza", "esperança"),
            ("obstruír", "obstruir"),
            ("concernió", "concerniu"),
        ] {
            assert_eq!(counterpart(word).as_deref(), Some(portuguese), "{word}");
        }
    }

    #[test]
    fn words_written_without_their_accent() {
        let pt = &mtlint_lexicon::profile("pt").respelling;
        let accented = |w: &str| accented_counterparts(w, mtlint_lexicon::portuguese(), pt);
        for (word, portuguese) in [
            ("ilusoes", "ilusões"),
            ("voce", "você"),
            ("cabeca", "cabeça"),
            ("pessimas", "péssimas"),
            ("cafe", "café"),
        ] {
            assert_eq!(accented(word), [portuguese], "{word}");
        }
        assert_eq!(accented("higienico"), ["higiénico", "higiênico"]);
        // Two marks: the cedilla and the tilde of "porção", beside the augmentative.
        assert_eq!(accented("relacao"), ["relação"]);
        let porcao = accented("porcao");
        assert!(porcao.contains(&"porção".to_string()), "{porcao:?}");
        assert!(porcao.contains(&"porcão".to_string()), "{porcao:?}");
        // "dançá" and "planeá" are infinitives shortened before a clitic.
        assert_eq!(accented("danca"), ["dança"]);
        // Adverbs in "-mente" carry no acute or circumflex accent.
        assert_eq!(accented("algoritmicamente"), Vec::<String>::new());
        assert_eq!(counterpart("algoritmicamente"), None);
        // An infinitive's clitic form is no counterpart; accented words are not unaccented.
        for word in ["planea", "anatomía", "quenlla"] {
            assert_eq!(accented(word), Vec::<String>::new(), "{word}");
        }
    }

    #[test]
    fn a_profile_without_respelling_respells_nothing() {
        let none = mtlint_lexicon::Respelling::default();
        assert_eq!(
            portuguese_counterpart("exixencia", mtlint_lexicon::portuguese(), &none),
            None
        );
        let pt = &mtlint_lexicon::profile("pt").respelling;
        assert_eq!(super::rewrite_sites("exixencia", pt), 2);
        assert_eq!(super::rewrite_sites("llueza", pt), 3);
    }

    #[test]
    fn a_made_up_profile_respells_by_its_own_data() {
        let profile = mtlint_lexicon::Profile::from_toml(
            r#"
language = "xx"
source = "en"
lexicon-words = ["nação", "olho"]

[respelling]
inner = [["ll", "lh"]]
endings = [["ción", "ção"]]
"#,
            "",
        )
        .expect("a valid profile");
        let lexicon = profile.lexicon().expect("its own lexicon");
        let respell = |w: &str| portuguese_counterpart(w, lexicon, &profile.respelling);
        assert_eq!(respell("nación").as_deref(), Some("nação"));
        assert_eq!(respell("ollo").as_deref(), Some("olho"));
        // Not its data: the shipped profile's "x" → "j" is no rewrite here.
        assert_eq!(respell("oxo"), None);
    }

    #[test]
    fn words_with_no_portuguese_counterpart() {
        for word in ["protesters", "quenlla", "debris", "wacky"] {
            assert_eq!(counterpart(word), None, "{word}");
        }
    }
}
