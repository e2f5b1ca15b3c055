//! The one streaming XML reader XLIFF and TMX share: quick-xml events with their byte
//! ranges in the file, entity decoding that keeps positions, inline codes as opaque runs.
//!
//! No DTD is ever read and no entity is expanded beyond XML's five and character
//! references: a DOCTYPE with an internal subset (where entities are declared, as in XXE
//! and "billion laughs" files) is refused, and so is any other entity. A DOCTYPE that
//! only names an external DTD (`<!DOCTYPE tmx SYSTEM "tmx14.dtd">`, as TMX tools write)
//! is passed over: the DTD is not loaded.

use mtlint_check::{ByteRange, MappedTextBuilder};
use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;

use crate::{directive, FormatError, Suppression};

/// What stands in the text for a standalone inline code (`<x/>`, `<ph>…</ph>`): the
/// object replacement character, one char that keeps the words around it apart.
pub(crate) const CODE_STAND_IN: &str = "\u{fffc}";

/// Inline elements whose content is text (`<g>`, `<pc>`, `<mrk>`, TMX `<hi>`): their
/// tags are opaque runs with no text, the content is read.
const PAIRED: &[&[u8]] = &[b"g", b"pc", b"mrk", b"hi", b"sub"];

/// Inline codes that stand for something that is not text (a placeholder, a tag of the
/// original format): the whole element, content included, is one opaque stand-in.
const PLACEHOLDERS: &[&[u8]] = &[b"x", b"ph", b"cp", b"ut"];

/// One event with where it is in the file.
pub(crate) struct Located<'a> {
    pub event: Event<'a>,
    pub span: ByteRange,
}

pub(crate) struct XmlReader<'a> {
    text: &'a str,
    reader: Reader<&'a [u8]>,
    /// Where the reader's text starts in the file: past a byte order mark, which
    /// quick-xml would otherwise skip without counting it.
    base: usize,
    /// Open elements: local name and start offset, to report one that is never closed.
    open: Vec<(Vec<u8>, usize)>,
    /// `mtlint-disable` comments seen since the last unit.
    pending: Suppression,
}

impl<'a> XmlReader<'a> {
    pub fn new(text: &'a str) -> Self {
        let base = if text.starts_with('\u{feff}') { 3 } else { 0 };
        let mut reader = Reader::from_str(&text[base..]);
        let config = reader.config_mut();
        config.check_end_names = true;
        config.check_comments = true;
        config.expand_empty_elements = false;
        XmlReader {
            text,
            reader,
            base,
            open: Vec::new(),
            pending: Suppression::None,
        }
    }

    pub fn error(&self, at: usize, message: impl Into<String>) -> FormatError {
        FormatError::at(self.text, at, message)
    }

    /// The next event; comments are taken in as directives, DOCTYPEs checked, an end of
    /// file inside an element is an error.
    pub fn next(&mut self) -> Result<Located<'a>, FormatError> {
        let start = self.base + self.reader.buffer_position() as usize;
        let event = match self.reader.read_event() {
            Ok(e) => e,
            Err(e) => {
                let at = self.base + self.reader.error_position() as usize;
                return Err(self.error(at, format!("malformed XML: {e}")));
            }
        };
        let span = ByteRange::new(start, self.base + self.reader.buffer_position() as usize);
        match &event {
            Event::Start(e) => self.open.push((e.local_name().as_ref().to_vec(), start)),
            Event::End(_) => {
                self.open.pop();
            }
            Event::DocType(d) if d.contains(&b'[') => {
                return Err(self.error(
                    start,
                    "a DOCTYPE with an internal subset is refused: mtlint reads no DTD and expands no entity",
                ));
            }
            Event::Comment(c) => {
                if let Some(s) = std::str::from_utf8(c).ok().and_then(directive) {
                    self.pending.merge(s);
                }
            }
            Event::Eof => {
                if let Some((name, at)) = self.open.last() {
                    let name = String::from_utf8_lossy(name).into_owned();
                    return Err(self.error(*at, format!("`<{name}>` is never closed")));
                }
            }
            _ => {}
        }
        Ok(Located { event, span })
    }

    /// The directives of the comments since the last call: a unit takes them.
    pub fn take_directives(&mut self) -> Suppression {
        std::mem::take(&mut self.pending)
    }

    /// Forgets directives that no unit followed before `</file>`, `<body>`…
    pub fn clear_directives(&mut self) {
        self.pending = Suppression::None;
    }

    /// Attribute `key` (a qualified name: `xml:lang`) of `e`, decoded.
    pub fn attr(
        &self,
        e: &BytesStart,
        key: &[u8],
        at: usize,
    ) -> Result<Option<String>, FormatError> {
        for a in e.attributes() {
            let a = a.map_err(|err| self.error(at, format!("malformed attribute: {err}")))?;
            if a.key.as_ref() == key {
                let raw = std::str::from_utf8(&a.value)
                    .map_err(|_| self.error(at, "an attribute that is not UTF-8"))?;
                let mut b = MappedTextBuilder::new();
                decode(raw, 0, &mut b).map_err(|m| self.error(at, m))?;
                return Ok(Some(b.finish().text().to_owned()));
            }
        }
        Ok(None)
    }

    /// Reads the content of the element just started (its start tag ended at
    /// `content_start`) up to its end tag into `out`: text with entities decoded, inline
    /// codes as opaque runs. Returns the offset past the end tag.
    pub fn content(&mut self, out: &mut MappedTextBuilder) -> Result<usize, FormatError> {
        let mut depth = 0usize;
        loop {
            let Located { event, span } = self.next()?;
            match event {
                Event::Text(_) | Event::GeneralRef(_) => {
                    let raw = &self.text[span.as_range()];
                    decode(raw, span.start, out).map_err(|m| self.error(span.start, m))?;
                }
                Event::CData(_) => {
                    // The markers are opaque: a fix across them is shown, not written.
                    let inner = ByteRange::new(span.start + 9, span.end.saturating_sub(3));
                    out.opaque("", ByteRange::new(span.start, inner.start));
                    out.verbatim(&self.text[inner.as_range()], inner.start);
                    out.opaque("", ByteRange::new(inner.end, span.end));
                }
                Event::Start(e) => {
                    let name = e.local_name().as_ref().to_vec();
                    if PLACEHOLDERS.contains(&name.as_slice())
                        || !PAIRED.contains(&name.as_slice()) && is_code(&name)
                    {
                        let end = self.skip_element()?;
                        out.opaque(stand_in(&name), ByteRange::new(span.start, end));
                    } else {
                        depth += 1;
                        out.opaque("", span);
                    }
                }
                Event::Empty(e) => out.opaque(stand_in(e.local_name().as_ref()), span),
                Event::End(_) if depth == 0 => return Ok(span.end),
                Event::End(_) => {
                    depth -= 1;
                    out.opaque("", span);
                }
                // Comments and processing instructions inside text: not text.
                Event::Comment(_) | Event::PI(_) => out.opaque("", span),
                Event::Decl(_) | Event::DocType(_) | Event::Eof => {}
            }
        }
    }

    /// Skips to the end of the element just started; returns the offset past its end tag.
    pub fn skip_element(&mut self) -> Result<usize, FormatError> {
        let mut depth = 0usize;
        loop {
            let Located { event, span } = self.next()?;
            match event {
                Event::Start(_) => depth += 1,
                Event::End(_) if depth == 0 => return Ok(span.end),
                Event::End(_) => depth -= 1,
                Event::Text(_) | Event::GeneralRef(_) => {
                    // Entities are checked even where nothing is read.
                    let raw = &self.text[span.as_range()];
                    let mut sink = MappedTextBuilder::new();
                    decode(raw, span.start, &mut sink).map_err(|m| self.error(span.start, m))?;
                }
                _ => {}
            }
        }
    }
}

/// Codes that stand alone or mark a boundary of formatting: `<bx/>`, `<bpt>…</bpt>`,
/// `<sc/>`… Their text in the segment is empty when they only mark a boundary.
fn is_code(name: &[u8]) -> bool {
    matches!(
        name,
        b"bx" | b"ex" | b"bpt" | b"ept" | b"it" | b"sc" | b"ec" | b"sm" | b"em"
    )
}

/// The stand-in of an inline code: a placeholder char for what stands for content, none
/// for a boundary (so `<bx/>Olá` still reads as one word).
fn stand_in(name: &[u8]) -> &'static str {
    if PLACEHOLDERS.contains(&name) {
        CODE_STAND_IN
    } else {
        ""
    }
}

/// Decodes `raw`, XML text found at `file` in the file, into `out`: runs of plain text
/// verbatim, each entity or character reference one escaped run. `Err` is the message.
pub(crate) fn decode(raw: &str, file: usize, out: &mut MappedTextBuilder) -> Result<(), String> {
    let mut run = 0;
    while let Some(amp) = raw[run..].find('&').map(|i| run + i) {
        out.verbatim(&raw[run..amp], file + run);
        let Some(semi) = raw[amp..].find(';').map(|i| amp + i) else {
            return Err("a `&` that starts no entity (write `&amp;`)".into());
        };
        let name = &raw[amp + 1..semi];
        let ch = entity(name).ok_or_else(|| {
            format!("undefined entity `&{name};`: mtlint expands only XML's own entities and character references")
        })?;
        let mut buf = [0; 4];
        out.escaped(
            ch.encode_utf8(&mut buf),
            ByteRange::new(file + amp, file + semi + 1),
        );
        run = semi + 1;
    }
    out.verbatim(&raw[run..], file + run);
    Ok(())
}

/// The char an entity name (`amp`, `#233`, `#xE9`) stands for.
fn entity(name: &str) -> Option<char> {
    let code = if let Some(hex) = name.strip_prefix("#x").or_else(|| name.strip_prefix("#X")) {
        u32::from_str_radix(hex, 16).ok()?
    } else if let Some(dec) = name.strip_prefix('#') {
        dec.parse().ok()?
    } else {
        return match name {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            _ => None,
        };
    };
    // XML's Char production: no NUL, no other C0 control but tab, LF and CR.
    char::from_u32(code).filter(|&c| c >= ' ' || matches!(c, '\t' | '\n' | '\r'))
}
