//! Text with its source: line pairing, sentence alignment with a note, and texts that
//! do not align.

use mtlint_formats::{align, AlignError};

fn pairs<'a>(src: &'a str, tgt: &'a str) -> Vec<(&'a str, &'a str)> {
    let a = align(src, tgt).unwrap_or_else(|e| panic!("{e}"));
    a.pairs
        .iter()
        .map(|(s, t)| (&src[s.as_range()], &tgt[t.as_range()]))
        .collect()
}

#[test]
fn same_number_of_lines_pairs_line_by_line() {
    let src = "First line.\n\nSecond one. With two sentences.\n";
    let tgt = "Primeira linha.\r\n\nSegunda, com duas frases juntas.\n";
    assert_eq!(
        pairs(src, tgt),
        [
            ("First line.", "Primeira linha."),
            (
                "Second one. With two sentences.",
                "Segunda, com duas frases juntas."
            )
        ]
    );
    assert_eq!(align(src, tgt).ok().and_then(|a| a.note), None);
}

#[test]
fn otherwise_sentences_align_by_length_with_a_note() {
    let src = "The minister arrived in Pyongyang on Monday. He met the leader.\nTalks lasted three hours and covered trade, energy and the situation on the peninsula.\n";
    let tgt = "O ministro chegou a Pyongyang na segunda-feira.\nEle se encontrou com o líder.\nAs conversas duraram três horas. Trataram de comércio, energia e da situação na península.\n";
    let a = align(src, tgt).unwrap_or_else(|e| panic!("{e}"));
    assert!(a
        .note
        .as_deref()
        .is_some_and(|n| n.contains("aligned by sentence")));
    let got = pairs(src, tgt);
    assert_eq!(
        got[0],
        (
            "The minister arrived in Pyongyang on Monday.",
            "O ministro chegou a Pyongyang na segunda-feira."
        )
    );
    assert_eq!(
        got[1],
        ("He met the leader.", "Ele se encontrou com o líder.")
    );
    // One source sentence split in two on the target side: a 1-2 match.
    assert_eq!(got[2].1, "As conversas duraram três horas. Trataram de comércio, energia e da situação na península.");
    assert!(a.unmatched_target.is_empty());
}

#[test]
fn texts_that_do_not_align_are_an_error_with_the_place() {
    let src = "One short sentence.\n";
    let tgt = "Uma frase.\nE depois muitas outras que não existem no original, longas demais.\nMais uma frase longa que ninguém traduziu de lugar nenhum, de verdade.\nE outra ainda, para que passe dos vinte por cento sem dúvida alguma.\n";
    let e: AlignError = align(src, tgt).expect_err("misaligned");
    assert_eq!(e.side, mtlint_formats::Side::Target);
    // The place is the start of an unmatched target sentence (here, a line).
    assert_eq!(e.error.column, 1);
    assert!(e.error.offset == 0 || tgt.as_bytes()[e.error.offset - 1] == b'\n');
    assert!(e.to_string().starts_with("target "), "{e}");
    assert!(e.error.message.contains("do not align"), "{e}");
}
