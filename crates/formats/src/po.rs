//! gettext PO: a small line lexer that keeps where every string piece stands.
//!
//! An entry is its comments (`#` translator, `#.` extracted, `#:` reference, `#,` flags,
//! `#|` previous) and its keywords (`msgctxt`, `msgid`, `msgid_plural`, `msgstr`,
//! `msgstr[n]`), each followed by one or more quoted strings on their own lines. One
//! unit is made per non-empty `msgstr`; its source is the `msgid` (`msgid_plural` for
//! forms past the first). The header (empty msgid), obsolete `#~` entries, and fuzzy
//! entries unless asked, are skipped.

use mtlint_check::{ByteRange, MappedText, MappedTextBuilder, Segment};

use crate::{directive, FormatError, ReadOptions, Suppression, Unit, Units};

/// What PO allows around keywords and strings (ASCII: cheaper than Unicode's blanks).
const BLANKS: [char; 4] = [' ', '\t', '\u{c}', '\u{b}'];

/// The keyword a line starts with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Keyword {
    Msgctxt,
    Msgid,
    MsgidPlural,
    Msgstr(Option<usize>),
}

/// The entry being read.
#[derive(Default)]
struct Entry {
    start: Option<usize>,
    end: usize,
    flags: Vec<String>,
    suppress: Suppression,
    ctxt: Option<MappedTextBuilder>,
    id: Option<MappedTextBuilder>,
    id_plural: Option<MappedTextBuilder>,
    strs: Vec<(Option<usize>, MappedTextBuilder)>,
    /// The keyword the next continuation string belongs to.
    open: Option<Keyword>,
    /// Where the entry's first keyword is, for errors.
    keyword_at: usize,
}

impl Entry {
    fn has_keywords(&self) -> bool {
        self.ctxt.is_some() || self.id.is_some()
    }

    fn builder(&mut self, kw: Keyword) -> &mut MappedTextBuilder {
        match kw {
            Keyword::Msgctxt => self.ctxt.get_or_insert_with(MappedTextBuilder::new),
            Keyword::Msgid => self.id.get_or_insert_with(MappedTextBuilder::new),
            Keyword::MsgidPlural => self.id_plural.get_or_insert_with(MappedTextBuilder::new),
            Keyword::Msgstr(n) => {
                self.strs.push((n, MappedTextBuilder::new()));
                let last = self.strs.len() - 1;
                &mut self.strs[last].1
            }
        }
    }

    /// The builder a continuation line extends.
    fn continued(&mut self, kw: Keyword) -> &mut MappedTextBuilder {
        match kw {
            Keyword::Msgstr(_) => {
                let last = self.strs.len() - 1;
                &mut self.strs[last].1
            }
            kw => self.builder(kw),
        }
    }
}

struct Reader<'a> {
    text: &'a str,
    opts: &'a ReadOptions,
    out: Units,
    fuzzy_skipped: usize,
    untranslated: usize,
}

pub(crate) fn read(text: &str, opts: &ReadOptions) -> Result<Units, FormatError> {
    let mut r = Reader {
        text,
        opts,
        out: Units::default(),
        fuzzy_skipped: 0,
        untranslated: 0,
    };
    let mut entry = Entry::default();
    // A byte order mark is not part of the first line.
    let mut at = if text.starts_with('\u{feff}') { 3 } else { 0 };
    while at < text.len() {
        // memchr finds line ends several times faster than a char search.
        let end = memchr::memchr(b'\n', &text.as_bytes()[at..]).map_or(text.len(), |i| at + i);
        let line = text[at..end].trim_end_matches('\r');
        r.line(&mut entry, line, at)?;
        at = end + 1;
    }
    r.finish(entry)?;
    if r.fuzzy_skipped > 0 {
        r.out.notes.push(format!(
            "{} fuzzy entries skipped (--include-fuzzy reads them)",
            r.fuzzy_skipped
        ));
    }
    if r.untranslated > 0 {
        r.out
            .notes
            .push(format!("{} untranslated messages skipped", r.untranslated));
    }
    Ok(r.out)
}

impl Reader<'_> {
    fn error(&self, at: usize, message: impl Into<String>) -> FormatError {
        FormatError::at(self.text, at, message)
    }

    fn line(&mut self, entry: &mut Entry, line: &str, at: usize) -> Result<(), FormatError> {
        let body = line.trim_start_matches(BLANKS);
        let at = at + (line.len() - body.len());
        if body.is_empty() {
            entry.open = None;
            return Ok(());
        }
        if let Some(comment) = body.strip_prefix('#') {
            // A comment after the strings starts the next entry.
            if !entry.strs.is_empty() || comment.starts_with('~') {
                self.finish(std::mem::take(entry))?;
            }
            self.comment(entry, comment, at);
            return Ok(());
        }
        if body.starts_with('"') {
            let Some(kw) = entry.open else {
                return Err(self.error(at, "a string with no keyword before it"));
            };
            let end = string(self.text, at, at + body.len(), entry.continued(kw))?;
            entry.end = end;
            return self.after_string(end, at + body.len());
        }
        self.keyword(entry, body, at)
    }

    fn comment(&mut self, entry: &mut Entry, comment: &str, at: usize) {
        if comment.starts_with('~') {
            // Obsolete: nothing of it is read, nor the comments before it.
            *entry = Entry::default();
            return;
        }
        entry.start.get_or_insert(at);
        entry.end = at + 1 + comment.len();
        if let Some(flags) = comment.strip_prefix(',') {
            let flags = flags.split(',').map(str::trim).filter(|f| !f.is_empty());
            entry.flags.extend(flags.map(str::to_owned));
        } else if comment.is_empty() || comment.starts_with([' ', '\t']) {
            if let Some(s) = directive(comment) {
                entry.suppress.merge(s);
            }
        }
    }

    fn keyword(&mut self, entry: &mut Entry, body: &str, at: usize) -> Result<(), FormatError> {
        let name_len = body
            .find(|c: char| c.is_whitespace() || c == '"')
            .unwrap_or(body.len());
        let kw = parse_keyword(&body[..name_len])
            .ok_or_else(|| self.error(at, format!("unknown PO keyword `{}`", &body[..name_len])))?;
        let starts_entry = matches!(kw, Keyword::Msgctxt | Keyword::Msgid);
        if starts_entry && !entry.strs.is_empty() {
            self.finish(std::mem::take(entry))?;
        }
        self.check_order(entry, kw, at)?;
        entry.start.get_or_insert(at);
        if starts_entry && !entry.has_keywords() {
            entry.keyword_at = at;
        }
        let rest = &body[name_len..];
        let quote = at + name_len + (rest.len() - rest.trim_start_matches(BLANKS).len());
        if !rest.trim_start_matches(BLANKS).starts_with('"') {
            return Err(self.error(quote, "a quoted string must follow the keyword"));
        }
        let end = string(self.text, quote, at + body.len(), entry.builder(kw))?;
        entry.open = Some(kw);
        entry.end = end;
        self.after_string(end, at + body.len())
    }

    /// Keywords come in the order msgctxt, msgid, msgid_plural, msgstr.
    fn check_order(&self, entry: &Entry, kw: Keyword, at: usize) -> Result<(), FormatError> {
        let problem = match kw {
            Keyword::Msgctxt if entry.has_keywords() => Some("msgctxt after msgid"),
            Keyword::Msgid if entry.id.is_some() => Some("a second msgid in one entry"),
            Keyword::MsgidPlural if entry.id.is_none() || !entry.strs.is_empty() => {
                Some("msgid_plural must follow msgid")
            }
            Keyword::Msgstr(_) if entry.id.is_none() => Some("msgstr without msgid"),
            _ => None,
        };
        match problem {
            Some(p) => Err(self.error(at, p)),
            None => Ok(()),
        }
    }

    /// Only blanks (or a comment) may follow a string on its line.
    fn after_string(&self, end: usize, line_end: usize) -> Result<(), FormatError> {
        let rest = self.text[end..line_end].trim_start_matches(BLANKS);
        if rest.is_empty() || rest.starts_with('#') {
            Ok(())
        } else {
            Err(self.error(line_end - rest.len(), "unexpected text after the string"))
        }
    }

    fn finish(&mut self, entry: Entry) -> Result<(), FormatError> {
        let Some(id) = entry.id else {
            if entry.ctxt.is_some() {
                return Err(self.error(entry.keyword_at, "msgctxt without msgid"));
            }
            return Ok(()); // Comments alone.
        };
        if entry.strs.is_empty() {
            return Err(self.error(entry.keyword_at, "msgid without msgstr"));
        }
        let id = id.finish();
        if id.text().is_empty() && entry.ctxt.is_none() {
            return Ok(()); // The header.
        }
        let fuzzy = entry.flags.iter().any(|f| f == "fuzzy");
        if fuzzy && !self.opts.include_fuzzy {
            self.fuzzy_skipped += 1;
            return Ok(());
        }
        let ctxt = entry.ctxt.map(|c| c.finish());
        let key = match &ctxt {
            Some(c) => format!("{}\u{4}{}", c.text(), id.text()),
            None => id.text().to_owned(),
        };
        let plural_src = entry.id_plural.map(|p| p.finish());
        let plural = plural_src.is_some();
        let span = ByteRange::new(entry.start.unwrap_or(entry.keyword_at), entry.end);
        let last = entry.strs.len() - 1;
        let (mut id, mut flags) = (Some(id), entry.flags);
        for (k, (n, target)) in entry.strs.into_iter().enumerate() {
            let target = target.finish();
            if target.text().is_empty() {
                self.untranslated += 1;
                continue;
            }
            // The last form takes what is left rather than a copy (most entries have one).
            let source: MappedText = match (&plural_src, n) {
                (Some(p), Some(n)) if n > 0 => p.clone(),
                _ if k == last => id.take().unwrap_or_default(),
                _ => id.clone().unwrap_or_default(),
            };
            let unit_id = match n {
                Some(n) if plural => format!("{key}[{n}]"),
                _ => key.clone(),
            };
            let segment = Segment {
                id: Some(unit_id),
                target,
                source: Some(source),
            };
            let mut unit = Unit::new(segment, span);
            unit.flags = if k == last {
                std::mem::take(&mut flags)
            } else {
                flags.clone()
            };
            unit.plural = n.filter(|_| plural);
            unit.suppress = entry.suppress.clone();
            self.out.units.push(unit);
        }
        Ok(())
    }
}

fn parse_keyword(name: &str) -> Option<Keyword> {
    Some(match name {
        "msgctxt" => Keyword::Msgctxt,
        "msgid" => Keyword::Msgid,
        "msgid_plural" => Keyword::MsgidPlural,
        "msgstr" => Keyword::Msgstr(None),
        _ => {
            let n = name.strip_prefix("msgstr[")?.strip_suffix(']')?;
            Keyword::Msgstr(Some(n.trim().parse().ok()?))
        }
    })
}

/// Reads the quoted string opening at `open` (a `"`) on a line ending at `line_end` into
/// `out`; returns the offset past its closing quote.
fn string(
    text: &str,
    open: usize,
    line_end: usize,
    out: &mut MappedTextBuilder,
) -> Result<usize, FormatError> {
    let bytes = text.as_bytes();
    let mut i = open + 1;
    let mut run = i;
    while let Some(found) = memchr::memchr2(b'"', b'\\', &bytes[i..line_end]) {
        i += found;
        out.verbatim(&text[run..i], run);
        if bytes[i] == b'"' {
            return Ok(i + 1);
        }
        i = escape(text, i, line_end, out)?;
        run = i;
    }
    Err(FormatError::at(
        text,
        open,
        "this string never ends (no closing `\"` on its line)",
    ))
}

/// Decodes the escape at `at` (a backslash); returns the offset past it.
fn escape(
    text: &str,
    at: usize,
    line_end: usize,
    out: &mut MappedTextBuilder,
) -> Result<usize, FormatError> {
    let bytes = &text.as_bytes()[..line_end];
    let Some(&c) = bytes.get(at + 1) else {
        return Err(FormatError::at(
            text,
            at,
            "a backslash at the end of the line",
        ));
    };
    let simple = match c {
        b'n' => Some('\n'),
        b't' => Some('\t'),
        b'r' => Some('\r'),
        b'a' => Some('\u{7}'),
        b'b' => Some('\u{8}'),
        b'f' => Some('\u{c}'),
        b'v' => Some('\u{b}'),
        b'\\' | b'"' | b'\'' | b'?' => Some(c as char),
        _ => None,
    };
    let (decoded, end) = if let Some(ch) = simple {
        (ch, at + 2)
    } else if c.is_ascii_digit() && c < b'8' {
        let digits = count(bytes, at + 1, 3, |b| (b'0'..=b'7').contains(&b));
        let value = u32::from_str_radix(&text[at + 1..at + 1 + digits], 8).unwrap_or(0xfffd);
        (byte_char(value), at + 1 + digits)
    } else if c == b'x' {
        let digits = count(bytes, at + 2, 2, |b| b.is_ascii_hexdigit());
        if digits == 0 {
            return Err(FormatError::at(text, at, "`\\x` without hex digits"));
        }
        let value = u32::from_str_radix(&text[at + 2..at + 2 + digits], 16).unwrap_or(0xfffd);
        (byte_char(value), at + 2 + digits)
    } else {
        let shown = text[at + 1..].chars().next().unwrap_or(' ');
        return Err(FormatError::at(
            text,
            at,
            format!("unknown escape `\\{shown}`"),
        ));
    };
    let mut buf = [0; 4];
    out.escaped(decoded.encode_utf8(&mut buf), ByteRange::new(at, end));
    Ok(end)
}

/// How many of the bytes from `from` (at most `max`) satisfy `pred`.
fn count(bytes: &[u8], from: usize, max: usize, pred: impl Fn(u8) -> bool) -> usize {
    bytes
        .iter()
        .skip(from)
        .take(max)
        .take_while(|&&b| pred(b))
        .count()
}

/// An octal or hex escape's byte: ASCII as itself, a lone high byte (half of some
/// multibyte char, which a UTF-8 text cannot hold) as U+FFFD.
fn byte_char(value: u32) -> char {
    if value < 0x80 {
        char::from_u32(value).unwrap_or('\u{fffd}')
    } else {
        '\u{fffd}'
    }
}
