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
