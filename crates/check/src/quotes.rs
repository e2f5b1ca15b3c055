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
    let mut chars = Vec::new();
    let bytes = text.as_bytes();
    let mut marks = MarkBytes::default();
    let mut from = 0;
    // Only the lines that hold a byte of an opening mark are read (most lines of prose
    // hold none): each is found from such a byte, and the search goes on after it.
    while let Some(hit) = marks.next(bytes, from) {
        let start = memchr::memrchr(b'\n', &bytes[from..hit]).map_or(from, |nl| from + nl + 1);
        let end = memchr::memchr(b'\n', &bytes[hit..]).map_or(text.len(), |nl| hit + nl + 1);
        spans_of_line(&text[start..end], base + start, &mut out, &mut chars);
        from = end;
    }
    out
}

/// The next byte of an opening mark ([`may_open`]'s bytes) at or after an offset, found
/// with two `memchr3` searches whose last hits are kept, so that neither reads a byte
/// twice however the other's hits fall.
#[derive(Default)]
struct MarkBytes {
    /// Per search: where it last looked from, and its hit then.
    found: [Option<(usize, Option<usize>)>; 2],
}

impl MarkBytes {
    fn next(&mut self, bytes: &[u8], from: usize) -> Option<usize> {
        let mut next = None;
        for (i, set) in [[b'"', b'\'', 0xAB], [0x9C, 0x9E, 0x98]].iter().enumerate() {
            let hit = match self.found[i] {
                // A hit at or after `from`, or none after an earlier start: still right.
                Some((start, hit)) if start <= from && hit.is_none_or(|h| h >= from) => hit,
                _ => {
                    let hit =
                        memchr::memchr3(set[0], set[1], set[2], &bytes[from..]).map(|at| from + at);
                    self.found[i] = Some((from, hit));
                    hit
                }
            };
            next = match (next, hit) {
                (Some(a), Some(b)) => Some(std::cmp::min(a, b)),
                (a, b) => a.or(b),
            };
        }
        next
    }
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
pub(crate) fn may_open(line: &str) -> bool {
    let bytes = line.as_bytes();
    memchr::memchr3(b'"', b'\'', 0xAB, bytes).is_some()
        || memchr::memchr3(0x9C, 0x9E, 0x98, bytes).is_some()
}

fn spans_of_line(
    line: &str,
    base: usize,
    out: &mut Vec<ByteRange>,
    chars: &mut Vec<(usize, char)>,
) {
    if !may_open(line) {
        return;
    }
    chars.clear();
    chars.extend(line.char_indices());
    let chars = &chars[..];
    let mut i = 0;
    while i < chars.len() {
        let (at, c) = chars[i];
        let Some(close) = closer(c) else {
            i += 1;
            continue;
        };
        let single = matches!(c, '‘' | '\'');
        if single && !opens(chars, i) {
            i += 1;
            continue;
        }
        let inner = at + c.len_utf8();
        let end =
            (i + 1..chars.len()).find(|&k| chars[k].1 == close && (!single || closes(chars, k)));
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
    fn lines_found_from_mark_bytes_are_every_line_read_alone() {
        // Marks of both `memchr3` sets on the same and on different lines, lines without
        // any, a last line without its line break, and bytes of the second set inside
        // other chars ("—" ends in 0x94, "œ" in 0x93; "Ř" is C5 98).
        let text = "sem aspas\n“um” e 'dois' e «três»\n\nnada — œ Ř aqui\n\"x\" ‘y’ „z“\nfim 'só\n«último»";
        let mut expected = Vec::new();
        let mut chars = Vec::new();
        let mut start = 0;
        for line in text.split_inclusive('\n') {
            spans_of_line(line, 7 + start, &mut expected, &mut chars);
            start += line.len();
        }
        assert_eq!(quoted_spans(text, 7), expected);
        assert_eq!(
            quoted(text),
            ["um", "dois", "três", "x", "y", "z", "último"]
        );
    }

    #[test]
    fn offsets_are_shifted() {
        let spans = quoted_spans("a “b” c", 10);
        assert_eq!(spans, [ByteRange::new(15, 16)]);
    }
}
