//! Reading a file the user named, bounded: every input mtlint reads (texts, glossaries,
//! baselines, imports) is read through here, so `/dev/zero` or a huge file stops with an
//! error at the size limit instead of filling the memory.

use std::io::Read;
use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};

/// The default size limit: above any text or glossary a person writes (mtlint checks a
/// 100 MB single-line file in bounded memory), below what fills a machine's memory.
pub const DEFAULT_MAX_SIZE: u64 = 256 * 1024 * 1024;

/// The first chunk, read before anything else: a NUL byte in it marks a binary file.
pub const HEAD: usize = 8192;

static MAX_SIZE: AtomicU64 = AtomicU64::new(DEFAULT_MAX_SIZE);

/// Sets the size limit of every later read (`--max-size`).
pub fn set_max_size(bytes: u64) {
    MAX_SIZE.store(bytes, Ordering::Relaxed);
}

/// The size limit in bytes.
pub fn max_size() -> u64 {
    MAX_SIZE.load(Ordering::Relaxed)
}

/// Why an input was not read.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    #[error("{0}")]
    Io(#[from] std::io::Error),
    #[error("larger than {} (the --max-size limit), not read", show_size(*.0))]
    TooLarge(u64),
}

/// A size in the largest whole unit ("64 MiB", "1000 bytes").
pub fn show_size(bytes: u64) -> String {
    for (unit, name) in [(1 << 30, "GiB"), (1 << 20, "MiB"), (1 << 10, "KiB")] {
        if bytes >= unit && bytes % unit == 0 {
            return format!("{} {name}", bytes / unit);
        }
    }
    format!("{bytes} bytes")
}

/// Reads `reader` to its end, or to the size limit (an error). `stop_early` sees the
/// first chunk ([`HEAD`] bytes, fewer if the input is shorter) and may refuse the input
/// before the rest is read (binary input).
pub fn read_bounded<E: From<ReadError>>(
    reader: impl Read,
    stop_early: impl FnOnce(&[u8]) -> Result<(), E>,
) -> Result<Vec<u8>, E> {
    read_at_most(reader, max_size(), stop_early)
}

/// [`read_bounded`] with the limit `max`.
pub fn read_at_most<E: From<ReadError>>(
    reader: impl Read,
    max: u64,
    stop_early: impl FnOnce(&[u8]) -> Result<(), E>,
) -> Result<Vec<u8>, E> {
    let mut bytes = Vec::new();
    // One byte past the limit tells a file of exactly `max` bytes from a larger one.
    let mut limited = reader.take(max.saturating_add(1));
    (&mut limited)
        .take(HEAD as u64)
        .read_to_end(&mut bytes)
        .map_err(ReadError::Io)?;
    stop_early(&bytes)?;
    limited.read_to_end(&mut bytes).map_err(ReadError::Io)?;
    if bytes.len() as u64 > max {
        return Err(ReadError::TooLarge(max).into());
    }
    Ok(bytes)
}

/// Reads the file at `path`, bounded (see [`read_bounded`]), refusing nothing early.
pub fn read_file(path: &Path) -> Result<Vec<u8>, ReadError> {
    let file = std::fs::File::open(path)?;
    read_bounded(file, |_| Ok::<(), ReadError>(()))
}

/// What a NUL byte in the first chunk means: UTF-16 text (a byte-order mark, or NUL in
/// every other byte of ASCII-heavy text) or binary data.
pub fn nul_kind(head: &[u8]) -> Option<&'static str> {
    if !head.contains(&0) {
        return None;
    }
    let utf16 = head.starts_with(b"\xFF\xFE") || head.starts_with(b"\xFE\xFF") || {
        // ASCII text in UTF-16: one of the two bytes of nearly every unit is NUL.
        let units = head.len() / 2;
        let even = head.iter().step_by(2).filter(|&&b| b == 0).count();
        let odd = head.iter().skip(1).step_by(2).filter(|&&b| b == 0).count();
        let (many, few) = (even.max(odd), even.min(odd));
        // Too short to tell by counting: a few bytes with a NUL are binary.
        units >= 8 && many * 10 >= units * 9 && few * 10 <= units
    };
    Some(if utf16 { "UTF-16" } else { "binary" })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn never(_: &[u8]) -> Result<(), ReadError> {
        Ok(())
    }

    #[test]
    fn reads_up_to_the_limit_and_refuses_beyond() {
        assert_eq!(
            read_at_most(&b"0123456789"[..], 10, never)
                .expect("fits")
                .len(),
            10
        );
        let err = read_at_most(std::io::repeat(0).take(1 << 30), 10, never).expect_err("too big");
        assert_eq!(
            err.to_string(),
            "larger than 10 bytes (the --max-size limit), not read"
        );
    }

    #[test]
    fn the_first_chunk_can_stop_the_read() {
        // An endless input: only the first chunk is read.
        let mut seen = 0;
        let result = read_bounded(std::io::repeat(0), |head| {
            seen = head.len();
            Err(ReadError::TooLarge(0))
        });
        assert!(result.is_err());
        assert_eq!(seen, HEAD);
    }

    #[test]
    fn utf16_is_told_from_binary() {
        assert_eq!(nul_kind(b"plain"), None);
        assert_eq!(nul_kind(b"\xFF\xFEa\0b\0"), Some("UTF-16"));
        let le: Vec<u8> = "Coreia do Norte"
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        assert_eq!(nul_kind(&le), Some("UTF-16"));
        assert_eq!(
            nul_kind(b"\x7fELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x03\0>\0"),
            Some("binary")
        );
        assert_eq!(nul_kind(&[0; 64]), Some("binary"));
        assert_eq!(show_size(DEFAULT_MAX_SIZE), "256 MiB");
    }
}
