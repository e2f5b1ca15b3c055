//! Spans of text inside quotation marks: titles of films, books and songs are often quoted
//! in their original language, which a configuration may allow.
//!
//! Pairs are found within one line: “…”, «…», „…“, straight "…", and single ‘…’ or '…'
//! when the marks stand at word edges (an apostrophe between letters, "Wonson’s", or after
//! a word's last letter, "the boys' club", opens nothing).

use crate::ByteRange;

/// The byte ranges of `text` (offsets shifted by `base`) between matching quotation marks,
/// marks excluded, in text order. An unmatched mark quotes nothing.
pub(crate) fn quoted_spans(text: &str, base: usize) -> Vec<ByteRange> {
    let mut out = Vec::new();
    let mut line_start = 0;
    for line in text.split_inclusive('\n') {
        spans_of_line(line, base + line_start, &mut out);
        line_start += line.len();
    }
    out
}

/// The closing mark an opening mark waits for.
fn closer(open: char) -> Option<char> {
    match open {
        '“' => Some('”'),
        '„' => Some('“'),
        '«' => Some('»'),
        '"' => Some('"'),
        '‘' => Some('’'),
        '\'' => Some('\''),
        _ => None,
    }
}

/// Whether `line` may hold an opening mark: every mark `closer` knows holds one of these
/// bytes ('"', '\'', and the last byte of '«', '“', '„' and '‘' in UTF-8). Most lines
/// hold none, and then are not read char by char.
fn may_open(line: &str) -> bool {
    line.bytes()
        .any(|b| matches!(b, b'"' | b'\'' | 0xAB | 0x9C | 0x9E | 0x98))
}

fn spans_of_line(line: &str, base: usize, out: &mut Vec<ByteRange>) {
    if !may_open(line) {
        return;
    }
    let chars: Vec<(usize, char)> = line.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        let (at, c) = chars[i];
        let Some(close) = closer(c) else {
            i += 1;
            continue;
        };
        let single = matches!(c, '‘' | '\'');
        if single && !opens(&chars, i) {
            i += 1;
            continue;
        }
        let inner = at + c.len_utf8();
        let end =
            (i + 1..chars.len()).find(|&k| chars[k].1 == close && (!single || closes(&chars, k)));
        match end {
            Some(k) => {
                if chars[k].0 > inner {
                    out.push(ByteRange::new(base + inner, base + chars[k].0));
                }
                i = k + 1;
            }
            None => i += 1,
        }
    }
}

/// Whether a single mark at `i` opens a quote: at the start of a word, not inside one.
fn opens(chars: &[(usize, char)], i: usize) -> bool {
    let before = i.checked_sub(1).map(|k| chars[k].1);
    let after = chars.get(i + 1).map(|&(_, c)| c);
    before.is_none_or(|c| !c.is_alphanumeric()) && after.is_some_and(char::is_alphanumeric)
}

/// Whether a single mark at `i` closes a quote: at the end of a word, not inside one.
fn closes(chars: &[(usize, char)], i: usize) -> bool {
    let before = i.checked_sub(1).map(|k| chars[k].1);
    let after = chars.get(i + 1).map(|&(_, c)| c);
    before.is_some_and(|c| !c.is_whitespace()) && after.is_none_or(|c| !c.is_alphanumeric())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quoted(text: &str) -> Vec<&str> {
        quoted_spans(text, 0)
            .into_iter()
            .map(|r| &text[r.as_range()])
            .collect()
    }

    #[test]
    fn double_and_angle_quotes() {
        assert_eq!(
            quoted("O filme “Gone with the Wind” e o livro «War and Peace» e \"Help!\"."),
            ["Gone with the Wind", "War and Peace", "Help!"]
        );
        assert_eq!(quoted("Ele leu „Der Prozess“ ontem."), ["Der Prozess"]);
    }

    #[test]
    fn single_quotes_but_not_apostrophes() {
        assert_eq!(
            quoted("A canção ‘Let It Be’ tocou no Wonson’s Resort."),
            ["Let It Be"]
        );
        assert_eq!(quoted("O 'Blue Moon' e o d'água."), ["Blue Moon"]);
        assert_eq!(
            quoted("Kim foi ao Wonson’s Seaside Resort."),
            Vec::<&str>::new()
        );
    }

    #[test]
    fn unmatched_marks_and_line_breaks_quote_nothing() {
        assert_eq!(
            quoted("Ele disse “isto\ne aquilo” ontem."),
            Vec::<&str>::new()
        );
        assert_eq!(quoted("Um “só."), Vec::<&str>::new());
    }

    #[test]
    fn every_opening_mark_holds_a_byte_may_open_looks_for() {
        // Every opening mark `closer` knows makes a line worth reading.
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
            if closer(c).is_some() {
                assert!(may_open(&c.to_string()), "{c:?}");
            }
        }
        assert!(!may_open("Sem aspas, só vírgulas — e travessões."));
        assert_eq!(quoted("sem aspas\ne «com» aspas"), vec!["com"]);
    }

    #[test]
    fn offsets_are_shifted() {
        let spans = quoted_spans("a “b” c", 10);
        assert_eq!(spans, [ByteRange::new(15, 16)]);
    }
}
