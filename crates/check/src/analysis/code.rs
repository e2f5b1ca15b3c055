//! Whether a word sits in code, a URL, an e-mail address or a file name: text that is in
//! no language, which every word rule leaves alone.

use std::cell::Cell;

use crate::ByteRange;

/// Whether the word sits in code (see `code_like`), a URL, an e-mail address or a file
/// name: a chunk without white space that holds "://", "@", "www." or a dot followed by a
/// letter on both sides.
///
/// A chunk longer than [`MAX_CHUNK`] on either side of the word is no prose (a URL, code,
/// data): reading it whole for each of its words made such a chunk quadratic.
pub(crate) fn in_url_or_code(text: &str, range: ByteRange) -> bool {
    let before = &text[..range.start];
    let after = &text[range.end..];
    // After the white space, which may be wider than a byte (a no-break space).
    let mut seen = 0;
    let chunk_start = before
        .char_indices()
        .rev()
        .take_while(|_| {
            seen += 1;
            seen <= MAX_CHUNK
        })
        .find(|&(_, c)| c.is_whitespace())
        .map(|(i, c)| i + c.len_utf8());
    let chunk_start = match chunk_start {
        Some(start) => start,
        None if before.chars().nth(MAX_CHUNK).is_none() => 0,
        None => return true,
    };
    let chunk_end = match after
        .char_indices()
        .take(MAX_CHUNK + 1)
        .find(|&(_, c)| c.is_whitespace())
    {
        Some((i, _)) => range.end + i,
        None if after.chars().nth(MAX_CHUNK).is_none() => text.len(),
        None => return true,
    };
    chunk_is_url_or_code(&text[chunk_start..chunk_end])
}

/// Whether a whole white-space separated chunk is code, a URL, an e-mail address or a
/// file name: what [`in_url_or_code`] says of every word inside it.
///
/// One pass over the bytes answers most chunks: the ones read here are nearly all a word
/// and its full stop ("país."), and the tests of [`chunk_read_whole`] scanned each
/// chunk a dozen times (1,300 instructions a chunk). A chunk with a '(' is read whole:
/// the tests of "()", "%(" and a manual section need it.
fn chunk_is_url_or_code(chunk: &str) -> bool {
    let mut dot = false;
    for &b in chunk.as_bytes() {
        match CHUNK_BYTE[b as usize] {
            // '@' makes an e-mail address, the others code (`code_like`).
            ChunkByte::YES => return true,
            ChunkByte::OPEN => return chunk_read_whole(chunk),
            ChunkByte::DOT => dot = true,
            _ => {}
        }
    }
    // Without those bytes, what is left of `chunk_read_whole`: a leading '-' or '.' and
    // a letter (`code_like`), then the tests that need a dot ("://" needs a '/').
    chunk.starts_with('-')
        || chunk
            .strip_prefix('.')
            .is_some_and(|rest| rest.starts_with(char::is_alphabetic))
        || (dot && (chunk.starts_with("www.") || inner_dot(chunk)))
}

/// Classes of a chunk's bytes for [`chunk_is_url_or_code`].
struct ChunkByte;

impl ChunkByte {
    const YES: u8 = 1;
    const OPEN: u8 = 2;
    const DOT: u8 = 3;
}

static CHUNK_BYTE: [u8; 256] = {
    let mut class = [0u8; 256];
    let yes = b"/<>`_=${}|\\@";
    let mut i = 0;
    while i < yes.len() {
        class[yes[i] as usize] = ChunkByte::YES;
        i += 1;
    }
    class[b'(' as usize] = ChunkByte::OPEN;
    class[b'.' as usize] = ChunkByte::DOT;
    class
};

/// [`chunk_is_url_or_code`] by each of its tests in turn.
fn chunk_read_whole(chunk: &str) -> bool {
    if code_like(chunk) {
        return true;
    }
    if !chunk.contains(['.', '@', '/']) {
        return false;
    }
    chunk.contains("://") || chunk.contains('@') || chunk.starts_with("www.") || inner_dot(chunk)
}

/// Chars a chunk may run on either side of a word before it counts as no prose.
const MAX_CHUNK: usize = 256;

/// The chunks of one stretch with, for each, how a word inside it is answered, found in
/// one pass so the words of nearly every chunk are answered without reading their
/// neighbourhood. A chunk of at most `MAX_CHUNK` bytes with none of the bytes any test of
/// `in_url_or_code` looks for (`TRIGGER`) and no leading '-' is plain prose, and each of
/// its words gets `false` exactly as `in_url_or_code` would give it. Another chunk of at
/// most `MAX_CHUNK` bytes inside the stretch ("país.", "fsync()") is what
/// `in_url_or_code` reads for each of its words (white space on both sides, within its
/// reach), so its answer is found once, on the first question, and kept. The chunks at
/// the stretch's ends, whose neighbourhood lies outside it, and longer ones have their
/// words asked of `in_url_or_code` itself.
#[derive(Debug, Default)]
pub(crate) struct CodeChunks {
    /// The white-space separated chunks of the stretch in text order (document offsets),
    /// each with how its words are answered (`Answer`, as a `u8`).
    chunks: Vec<(ByteRange, Cell<u8>)>,
    /// The chunk of the last question: words are asked in text order, so the next
    /// question is nearly always about this chunk or the next.
    cursor: Cell<usize>,
}

/// How the words of a chunk are answered (the values of a chunk's `Cell<u8>`).
struct Answer;

impl Answer {
    /// Plain prose, or a chunk found to be neither URL nor code: `false`.
    const NO: u8 = 0;
    /// A chunk found to be URL or code: `true`.
    const YES: u8 = 1;
    /// Not plain, not read yet: `chunk_is_url_or_code` on the first question.
    const UNREAD: u8 = 2;
    /// At the stretch's ends or too long: `in_url_or_code` on every question.
    const ASK: u8 = 3;
}

/// Byte classes for finding chunks: ASCII white space; a byte some test of
/// `in_url_or_code` needs in a chunk (`code_like`'s chars, "()" and "%(", a manual
/// section's '(', a leading '.', the URL tests' '.', '@' and '/'); the first byte of a
/// multi-byte char that may be white space (U+0085, U+00A0, U+1680, U+2000–U+205F, U+3000).
const SPACE: u8 = 1;
const TRIGGER: u8 = 2;
const MAYBE_SPACE: u8 = 4;

static CLASS: [u8; 256] = {
    let mut class = [0u8; 256];
    let spaces = b"\t\n\x0b\x0c\r ";
    let mut i = 0;
    while i < spaces.len() {
        class[spaces[i] as usize] = SPACE;
        i += 1;
    }
    let triggers = b"/<>`_=${}|\\(%.@";
    let mut i = 0;
    while i < triggers.len() {
        class[triggers[i] as usize] = TRIGGER;
        i += 1;
    }
    class[0xc2] = MAYBE_SPACE;
    class[0xe1] = MAYBE_SPACE;
    class[0xe2] = MAYBE_SPACE;
    class[0xe3] = MAYBE_SPACE;
    class
};

/// The width of the char at byte `i` of `text` if it is white space (it starts with a
/// `MAYBE_SPACE` byte).
fn space_width(text: &str, i: usize) -> Option<usize> {
    let c = text[i..].chars().next()?;
    c.is_whitespace().then_some(c.len_utf8())
}

impl CodeChunks {
    /// The chunks of `text[stretch]`.
    pub fn new(text: &str, stretch: ByteRange) -> Self {
        let bytes = &text.as_bytes()[stretch.as_range()];
        let n = bytes.len();
        let mut chunks = Vec::new();
        let mut i = 0;
        loop {
            // White space up to the next chunk.
            while i < n {
                match CLASS[bytes[i] as usize] {
                    SPACE => i += 1,
                    MAYBE_SPACE => match space_width(text, stretch.start + i) {
                        Some(width) => i += width,
                        None => break,
                    },
                    _ => break,
                }
            }
            if i >= n {
                break;
            }
            // The chunk: up to white space or the stretch's end.
            let from = i;
            let mut plain = bytes[i] != b'-';
            while i < n {
                match CLASS[bytes[i] as usize] {
                    0 => i += 1,
                    TRIGGER => {
                        plain = false;
                        i += 1;
                    }
                    SPACE => break,
                    _ => match space_width(text, stretch.start + i) {
                        Some(_) => break,
                        // A multi-byte char's other bytes are never white space's first.
                        None => i += 1,
                    },
                }
            }
            let answer = if from == 0 || i == n || i - from > MAX_CHUNK {
                Answer::ASK
            } else if plain {
                Answer::NO
            } else {
                Answer::UNREAD
            };
            let range = ByteRange::new(stretch.start + from, stretch.start + i);
            chunks.push((range, Cell::new(answer)));
        }
        CodeChunks {
            chunks,
            cursor: Cell::new(0),
        }
    }

    /// What `in_url_or_code(text, range)` says, for `text` the text these chunks were
    /// found in.
    pub fn in_url_or_code(&self, text: &str, range: ByteRange) -> bool {
        let at = self.chunk_at(range.end);
        self.cursor.set(at);
        let Some((chunk, answer)) = self.chunks.get(at) else {
            return in_url_or_code(text, range);
        };
        if !(chunk.start <= range.start && range.start < range.end) {
            return in_url_or_code(text, range);
        }
        match answer.get() {
            Answer::NO => false,
            Answer::YES => true,
            Answer::UNREAD => {
                let yes = chunk_is_url_or_code(&text[chunk.as_range()]);
                answer.set(if yes { Answer::YES } else { Answer::NO });
                yes
            }
            _ => in_url_or_code(text, range),
        }
    }

    /// The first chunk that ends at or after `end`: the cursor's chunk or the next when
    /// it is one of them, else found by bisection.
    fn chunk_at(&self, end: usize) -> usize {
        let first_ending_after = |at: usize| {
            self.chunks.get(at).is_some_and(|(c, _)| c.end >= end)
                && (at == 0 || self.chunks[at - 1].0.end < end)
        };
        let cursor = self.cursor.get();
        if first_ending_after(cursor) {
            cursor
        } else if first_ending_after(cursor + 1) {
            cursor + 1
        } else {
            self.chunks.partition_point(|(c, _)| c.end < end)
        }
    }
}

/// A chunk of code, a command-line option, a markup tag or a path, which technical text
/// quotes verbatim in any language: "fsync()", "--inotify", "<launchable/>", "`killall`",
/// "reflink/clone", "nome_do_ficheiro"; a manual page's name with its section, "fifo(7)",
/// "access(2)"; a file name extension, ".fas", ".bashrc"; a Python format placeholder,
/// "%(recipient)s", which a translation keeps as its source wrote it.
fn code_like(chunk: &str) -> bool {
    chunk.contains(['/', '<', '>', '`', '_', '=', '$', '{', '}', '|', '\\'])
        || chunk.contains("()")
        || chunk.contains("%(")
        || chunk.starts_with('-')
        || manual_section(chunk)
        || chunk
            .strip_prefix('.')
            .is_some_and(|rest| rest.starts_with(char::is_alphabetic))
}

/// "fifo(7)", "mount(8)," "ioctl(2)": letters, then a section number in parentheses.
fn manual_section(chunk: &str) -> bool {
    let Some(open) = chunk.find('(') else {
        return false;
    };
    let (name, rest) = chunk.split_at(open);
    let Some(close) = rest.find(')') else {
        return false;
    };
    let section = &rest[1..close];
    !name.is_empty()
        && name
            .chars()
            .all(|c| c.is_alphanumeric() || c == '.' || c == '-')
        && section.starts_with(|c: char| c.is_ascii_digit())
        && section.len() <= 3
        && section.chars().all(|c| c.is_ascii_alphanumeric())
}

/// "example.com", "index.html": a dot between two letters.
fn inner_dot(chunk: &str) -> bool {
    // A window of three chars slid along the chunk, without collecting its chars (an
    // allocation per chunk: most chunks read here are a word and its full stop, "país.").
    let mut chars = chunk.chars();
    let (Some(mut a), Some(mut b)) = (chars.next(), chars.next()) else {
        return false;
    };
    for c in chars {
        if b == '.' && a.is_alphabetic() && c.is_alphabetic() {
            return true;
        }
        (a, b) = (b, c);
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Pieces of prose, code, URLs and white space of every kind, joined in many orders.
    const PIECES: &[&str] = &[
        "país",
        "país.",
        "Coréia,",
        "fsync()",
        "--inotify",
        "-x",
        "example.com",
        "https://exemplo.pt/a",
        "nome@exemplo.pt",
        "www.gov",
        "fifo(7)",
        ".bashrc",
        "%(recipient)s",
        "a_b",
        "«aspas»",
        "(entre",
        "parênteses)",
        "1.000",
        " ",
        "  ",
        "\n",
        "\u{a0}",
        "\u{2009}",
        "\u{b}",
        "\u{3000}",
        "\t",
    ];

    /// Text made of `n` pieces chosen by a small linear congruential generator.
    fn text_of(seed: u64, n: usize) -> String {
        let mut state = seed;
        (0..n)
            .map(|_| {
                state = state
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                PIECES[(state >> 33) as usize % PIECES.len()]
            })
            .collect()
    }

    /// Every word-character run of `text[stretch]` and some ranges around them.
    fn ranges(text: &str, stretch: ByteRange) -> Vec<ByteRange> {
        let mut out = Vec::new();
        let s = &text[stretch.as_range()];
        let mut start = None;
        for (i, c) in s.char_indices().chain([(s.len(), ' ')]) {
            match (start, c.is_alphanumeric()) {
                (None, true) => start = Some(i),
                (Some(from), false) => {
                    out.push(ByteRange::new(stretch.start + from, stretch.start + i));
                    start = None;
                }
                _ => {}
            }
        }
        // Ranges that take in a neighbour's white space or reach past the stretch.
        let extra: Vec<ByteRange> = out
            .windows(2)
            .map(|w| ByteRange::new(w[0].start, w[1].end))
            .collect();
        out.extend(extra);
        out
    }

    /// The chunks answer every range as `in_url_or_code` does, asked in text order, then
    /// again in reverse (answers kept from the first questions, the cursor moving back).
    fn agree(text: &str, stretch: ByteRange) {
        let chunks = CodeChunks::new(text, stretch);
        let ranges = ranges(text, stretch);
        for &range in ranges.iter().chain(ranges.iter().rev()) {
            assert_eq!(
                chunks.in_url_or_code(text, range),
                in_url_or_code(text, range),
                "{:?} in {text:?} (stretch {stretch:?})",
                &text[range.as_range()]
            );
        }
    }

    #[test]
    fn chunks_answer_as_the_neighbourhood_does() {
        for seed in 0..400 {
            let text = text_of(seed, 40);
            agree(&text, ByteRange::new(0, text.len()));
            // A stretch inside the text, cut at char boundaries, maybe mid-chunk.
            let cut = |at: usize| (at..=text.len()).find(|&i| text.is_char_boundary(i));
            if let (Some(a), Some(b)) = (cut(text.len() / 4), cut(text.len() * 3 / 4)) {
                agree(&text, ByteRange::new(a, b));
            }
        }
    }

    #[test]
    fn one_pass_over_a_chunk_answers_as_its_tests_do() {
        let mut chunks: Vec<String> = PIECES.iter().map(|p| p.to_string()).collect();
        for seed in 0..400 {
            // The generated texts' pieces glued without white space: chunks of every kind.
            let text = text_of(seed, 4);
            chunks.extend(text.split(char::is_whitespace).map(str::to_string));
        }
        for extra in [
            "-", ".", ".é", "..", "www.", "a.b(", "x/y", "a@", "a<b", "a\\b", "é.a",
        ] {
            chunks.push(extra.to_string());
        }
        let mut yes = 0;
        for chunk in &chunks {
            let whole = chunk_read_whole(chunk);
            yes += usize::from(whole);
            assert_eq!(chunk_is_url_or_code(chunk), whole, "{chunk:?}");
        }
        // Both answers are met.
        assert!(
            yes > 10 && yes + 10 < chunks.len(),
            "{yes} of {}",
            chunks.len()
        );
    }

    #[test]
    fn a_dot_between_letters_is_found_anywhere() {
        for (chunk, dot) in [
            ("a.b", true),
            ("example.com", true),
            ("país.", false),
            (".pt", false),
            ("a.", false),
            ("1.000", false),
            ("ú.é", true),
            ("x..y", false),
            ("ab", false),
            ("", false),
            ("fim.Início", true),
        ] {
            assert_eq!(inner_dot(chunk), dot, "{chunk:?}");
        }
    }

    #[test]
    fn long_chunks_are_read_whole() {
        let long = format!("a {} b", "palavra".repeat(60));
        agree(&long, ByteRange::new(0, long.len()));
        let just = format!("x {} y", "a".repeat(MAX_CHUNK));
        agree(&just, ByteRange::new(0, just.len()));
        let prose = "Ele disse que o país vai bem, e foi embora.";
        let chunks = CodeChunks::new(prose, ByteRange::new(0, prose.len()));
        // Only the chunks at the ends and "embora." are read.
        let read: Vec<ByteRange> = (chunks.chunks.iter())
            .filter(|c| c.1.get() != Answer::NO)
            .map(|c| c.0)
            .collect();
        assert_eq!(read.len(), 2, "{read:?}");
    }
}
