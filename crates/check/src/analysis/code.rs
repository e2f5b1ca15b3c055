//! Whether a word sits in code, a URL, an e-mail address or a file name: text that is in
//! no language, which every word rule leaves alone.

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
    let chunk = &text[chunk_start..chunk_end];
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

/// The chunks of one stretch with, for each, whether [`in_url_or_code`] must read it, found
/// in one pass so the words of every other chunk (nearly all of them) are answered without
/// reading their neighbourhood: a chunk of at most `MAX_CHUNK` bytes with none of the
/// bytes any test of `in_url_or_code` looks for (`TRIGGER`) and no leading '-' is plain
/// prose, and each of its words gets `false` exactly as `in_url_or_code` would give it.
/// The others ("país.", "fsync()", a long chunk, the chunks at the stretch's ends, whose
/// neighbourhood lies outside it) have their words asked of `in_url_or_code` itself.
#[derive(Debug, Default)]
pub(crate) struct CodeChunks {
    /// The white-space separated chunks of the stretch in text order (document offsets),
    /// each with whether its words go to `in_url_or_code`.
    chunks: Vec<(ByteRange, bool)>,
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

impl CodeChunks {
    /// The chunks of `text[stretch]`.
    pub fn new(text: &str, stretch: ByteRange) -> Self {
        let bytes = &text.as_bytes()[stretch.as_range()];
        let mut chunks = Vec::new();
        // The chunk being read: its start and whether it is plain so far.
        let mut open: Option<(usize, bool)> = None;
        let mut i = 0;
        while i <= bytes.len() {
            let (space, width, trigger) = match bytes.get(i) {
                None => (true, 1, false),
                Some(&b) => match CLASS[b as usize] {
                    SPACE => (true, 1, false),
                    MAYBE_SPACE => {
                        let c = text[stretch.start + i..].chars().next().unwrap_or('x');
                        (c.is_whitespace(), c.len_utf8(), false)
                    }
                    class => (false, 1, class == TRIGGER),
                },
            };
            match (open, space) {
                (None, false) => open = Some((i, !trigger && bytes[i] != b'-')),
                (Some((from, plain)), false) => open = Some((from, plain && !trigger)),
                (Some((from, plain)), true) => {
                    let at_end = from == 0 || i == bytes.len();
                    let read = !plain || at_end || i - from > MAX_CHUNK;
                    let range = ByteRange::new(stretch.start + from, stretch.start + i);
                    chunks.push((range, read));
                    open = None;
                }
                (None, true) => {}
            }
            i += width;
        }
        CodeChunks { chunks }
    }

    /// What `in_url_or_code(text, range)` says, for `text` the text these chunks were
    /// found in.
    pub fn in_url_or_code(&self, text: &str, range: ByteRange) -> bool {
        let at = self.chunks.partition_point(|(c, _)| c.end < range.end);
        match self.chunks.get(at) {
            Some(&(chunk, false)) if chunk.start <= range.start && range.start < range.end => false,
            _ => in_url_or_code(text, range),
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
    let chars: Vec<char> = chunk.chars().collect();
    chars
        .windows(3)
        .any(|w| w[1] == '.' && w[0].is_alphabetic() && w[2].is_alphabetic())
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

    fn agree(text: &str, stretch: ByteRange) {
        let chunks = CodeChunks::new(text, stretch);
        for range in ranges(text, stretch) {
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
    fn long_chunks_are_read_whole() {
        let long = format!("a {} b", "palavra".repeat(60));
        agree(&long, ByteRange::new(0, long.len()));
        let just = format!("x {} y", "a".repeat(MAX_CHUNK));
        agree(&just, ByteRange::new(0, just.len()));
        let prose = "Ele disse que o país vai bem, e foi embora.";
        let chunks = CodeChunks::new(prose, ByteRange::new(0, prose.len()));
        // Only the chunks at the ends and "embora." are read.
        let read: Vec<ByteRange> = chunks.chunks.iter().filter(|c| c.1).map(|c| c.0).collect();
        assert_eq!(read.len(), 2, "{read:?}");
    }
}
