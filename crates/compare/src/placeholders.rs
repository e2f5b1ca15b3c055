//! Placeholders and other text a translation must carry over unchanged: format
//! placeholders (printf, Python, ICU/Qt, shell), `#NAME#` tokens, markup tags and entities,
//! URLs, e-mail addresses, command-line options and function names; and their comparison
//! as multisets (missing, altered, duplicated, extra).
//!
//! Ordinary prose is left alone: "%" before a space ("50 %" in Portuguese), "%%", "{{",
//! a dash between words, "$4.5".

use crate::Span;

/// A catalogue's hint about its format strings (the PO `c-format` / `python-format`
/// flags). `Any` reads every syntax.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Flavour {
    Any,
    C,
    Python,
    /// Marked `no-c-format`: a "%" is prose, never a placeholder.
    NoFormat,
}

/// What a placeholder is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    /// `%s`, `%1$d`, `%-10.3f`, `%(name)s`.
    Printf,
    /// `{0}`, `{name}`, `{name!r:>10}`, ICU `{count, plural, ...}` (its key).
    Brace,
    /// Qt `%1`.
    Qt,
    /// `$HOME`, `${x}`, `$(CC)`.
    Shell,
    /// `#NAME#`.
    Hash,
    /// `<b>`, `</a>`: the tag name only (attribute values may be translated).
    Tag,
    /// `&amp;`, `&#160;`.
    Entity,
    Url,
    Email,
    /// `--long-opt`, `-x`.
    Option,
    /// `foo()`.
    Function,
}

/// A placeholder of a text: where, what, and the key it is compared by.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Placeholder {
    pub span: Span,
    pub kind: Kind,
    pub key: String,
}

/// The placeholders of `text`, in order.
pub fn extract(text: &str, flavour: Flavour) -> Vec<Placeholder> {
    let mut out = Vec::new();
    let mut i = 0;
    // Most text holds no address and no call: then no word start needs those scans.
    let words = WordScans {
        email: text.contains('@'),
        function: holds(text, "()"),
    };
    // Nor a link without "://" or "www.": then only the marks that open a placeholder
    // are worth a scan, and the text between them is stepped over in one search.
    let marks_only = !words.email && !words.function && !holds(text, "://") && !holds(text, "www.");
    while i < text.len() {
        if marks_only {
            // The marks are ASCII, so their bytes are found without decoding chars (a
            // byte of a longer char is never ASCII).
            let next = text.as_bytes()[i..]
                .iter()
                .position(|b| matches!(b, b'%' | b'{' | b'$' | b'#' | b'<' | b'&' | b'-'));
            match next {
                Some(k) => i += k,
                None => break,
            }
        }
        match scan_at(text, i, flavour, words) {
            Some(Step::Found(p)) => {
                i = p.span.end;
                out.push(p);
            }
            Some(Step::Skip(n)) => i += n,
            None => i += text[i..].chars().next().map_or(1, char::len_utf8),
        }
    }
    out
}

/// Whether `text` holds `needle`, found at the places of its first byte: `str::contains`
/// set up a substring searcher for each of the three needles of every text.
fn holds(text: &str, needle: &str) -> bool {
    let (bytes, needle) = (text.as_bytes(), needle.as_bytes());
    needle.first().is_some_and(|&first| {
        memchr::memchr_iter(first, bytes).any(|at| bytes[at..].starts_with(needle))
    })
}

enum Step {
    Found(Placeholder),
    /// A literal to step over ("%%", "{{").
    Skip(usize),
}

fn found(start: usize, end: usize, kind: Kind, key: &str) -> Option<Step> {
    Some(Step::Found(Placeholder {
        span: start..end,
        kind,
        key: key.to_string(),
    }))
}

/// Which scans at a word's start can find anything in the text (an e-mail address needs
/// an "@", a function a "()").
#[derive(Clone, Copy)]
struct WordScans {
    email: bool,
    function: bool,
}

fn scan_at(text: &str, i: usize, flavour: Flavour, words: WordScans) -> Option<Step> {
    let rest = &text[i..];
    let prev = text[..i].chars().next_back();
    let c = rest.chars().next()?;
    match c {
        '%' if flavour != Flavour::NoFormat => percent(text, i, flavour),
        '{' if flavour != Flavour::C => brace(text, i),
        '$' => shell(text, i),
        '#' => hash(text, i),
        '<' => tag(text, i),
        '&' => entity(text, i),
        // Typographic quotes too: “%s --help”, «-x».
        '-' if prev.is_none_or(|p| p.is_whitespace() || "([\"'`,“‘«‹„".contains(p)) => {
            option(text, i)
        }
        c if c.is_alphanumeric()
            && prev.is_none_or(|p| !p.is_alphanumeric() && !"._-+".contains(p)) =>
        {
            url(text, i)
                .or_else(|| words.email.then(|| email(text, i)).flatten())
                .or_else(|| words.function.then(|| function(text, i)).flatten())
        }
        _ => None,
    }
}

/// printf (`%s`, `%1$d`, `%-10.3f`, `%lu`), Python (`%(name)s`), Qt (`%1`), or "%%".
fn percent(text: &str, i: usize, flavour: Flavour) -> Option<Step> {
    let b = text.as_bytes();
    let mut j = i + 1;
    match b.get(j)? {
        b'%' => return Some(Step::Skip(2)),
        b'(' => {
            let close = text[j..].find(')')? + j;
            let name = &text[j + 1..close];
            if name.is_empty() || !name.bytes().all(|c| c.is_ascii_alphanumeric() || c == b'_') {
                return None;
            }
            j = close + 1;
        }
        _ => {}
    }
    let digits = |j: &mut usize| {
        while b.get(*j).is_some_and(u8::is_ascii_digit) {
            *j += 1;
        }
    };
    let start_digits = j;
    digits(&mut j);
    if j > start_digits && b.get(j) == Some(&b'$') {
        j += 1;
    } else if j > start_digits
        && !b
            .get(j)
            .is_some_and(|c| b"diouxXeEfFgGaAcspn.lhqjztL".contains(c))
    {
        // "%1" with no conversion after it: Qt.
        return found(i, j, Kind::Qt, &text[i..j]);
    } else {
        j = start_digits;
    }
    let flags_start = j;
    while b.get(j).is_some_and(|c| b"-+ #0'".contains(c)) {
        j += 1;
    }
    let flags_end = j;
    if b.get(j) == Some(&b'*') {
        j += 1;
    } else {
        digits(&mut j);
    }
    let width = j > flags_end;
    if b.get(j) == Some(&b'.') {
        j += 1;
        if b.get(j) == Some(&b'*') {
            j += 1;
        } else {
            digits(&mut j);
        }
    }
    for len in ["hh", "ll", "I64", "h", "l", "L", "q", "j", "z", "t"] {
        if text[j..].starts_with(len) {
            j += len.len();
            break;
        }
    }
    let conv = *b.get(j)?;
    if !b"diouxXeEfFgGaAcspnCS".contains(&conv) {
        return None;
    }
    // In a clock's format ("%l∶%M %p"), "%p" is the a.m./p.m. mark, which a translation
    // to a 24-hour clock ("%H∶%M") rightly drops; it is no pointer to substitute.
    if conv == b'p' && j == i + 1 && is_time_format(text) {
        return None;
    }
    j += 1;
    // "% d" with a space flag is real printf, but "50 % e" is prose: a space flag is
    // read only in a string marked c-format, and never with a letter after it.
    let spec = &text[i..j];
    if spec.contains(' ') && (flavour != Flavour::C || text[j..].starts_with(char::is_alphabetic)) {
        return None;
    }
    // A positional argument ("%2$s") is the same value as the plain one a language
    // that keeps the order writes ("%s"): compared without its position.
    let key = match spec.find('$') {
        Some(d) if spec[1..d].bytes().all(|c| c.is_ascii_digit()) => format!("%{}", &spec[d + 1..]),
        _ => spec.to_string(),
    };
    // A "0" flag pads to a width: without one it does nothing, and "%0.1f" is "%.1f".
    let key = if !width && text[flags_start..flags_end].contains('0') {
        let flags: String = text[flags_start..flags_end]
            .chars()
            .filter(|&c| c != '0')
            .collect();
        key.replacen(&text[flags_start..flags_end], &flags, 1)
    } else {
        key
    };
    found(i, j, Kind::Printf, &key)
}

/// Whether `text` is a clock's format (strftime): it holds a conversion printf lacks, of
/// the hour or the minute ("%H", "%I", "%l", "%k", "%M").
fn is_time_format(text: &str) -> bool {
    ["%H", "%I", "%l", "%k", "%M"].iter().any(|c| {
        text.match_indices(c)
            .any(|(i, _)| !text[i + c.len()..].starts_with(|c: char| c.is_ascii_alphabetic()))
    })
}

/// `{0}`, `{name}`, `{obj.attr}`, `{name!r:>10}`, ICU `{count, plural, ...}`; "{{" is a
/// literal.
fn brace(text: &str, i: usize) -> Option<Step> {
    let rest = &text[i + 1..];
    if rest.starts_with('{') {
        return Some(Step::Skip(2));
    }
    if texinfo_command_before(&text[..i]) {
        return None;
    }
    let name_len = rest
        .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == '.' || c == '[' || c == ']'))
        .unwrap_or(rest.len());
    let name = &rest[..name_len];
    if name.is_empty() && !rest.starts_with('}') {
        return None;
    }
    let after = &rest[name_len..];
    if after.starts_with('}') {
        let end = i + 1 + name_len + 1;
        return found(i, end, Kind::Brace, &text[i..end]);
    }
    if after.starts_with('!') || after.starts_with(':') {
        let close = after.find('}')?;
        if after[..close].contains(['{', ' ']) && !after.starts_with(':') {
            return None;
        }
        let end = i + 1 + name_len + close + 1;
        return found(i, end, Kind::Brace, &format!("{{{name}}}"));
    }
    // ICU: "{count, plural, one {...} other {...}}": the key is the argument.
    let icu = after.strip_prefix(',')?.trim_start();
    let keyword: String = icu
        .chars()
        .take_while(|c| c.is_ascii_alphabetic())
        .collect();
    if ![
        "plural",
        "select",
        "selectordinal",
        "number",
        "date",
        "time",
    ]
    .contains(&keyword.as_str())
    {
        return None;
    }
    let end = matching_brace(text, i)?;
    found(i, end, Kind::Brace, &format!("{{{name}}}"))
}

/// Whether `before` (the text before a "{") ends in a Texinfo command, whose brace group
/// is its argument, not a placeholder: an accent ("posi@,{c}@~{a}o", "Ap@^{e}ndice",
/// "cap@'{i}tulo") or a named command ("@strong{", "@dotless{i}").
fn texinfo_command_before(before: &str) -> bool {
    let name = before.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    if name.len() < before.len() {
        return name.ends_with('@');
    }
    let mut back = before.chars().rev();
    matches!(
        (back.next(), back.next()),
        (Some('\'' | '"' | ',' | '=' | '^' | '`' | '~'), Some('@'))
    )
}

/// The end of the brace group opening at `i`.
fn matching_brace(text: &str, i: usize) -> Option<usize> {
    let mut depth = 0usize;
    for (k, c) in text[i..].char_indices() {
        match c {
            '{' => depth += 1,
            '}' => {
                depth -= 1;
                if depth == 0 {
                    return Some(i + k + 1);
                }
            }
            _ => {}
        }
    }
    None
}

/// `$HOME`, `${x}`, `$(CC)`; not money ("$4.5").
fn shell(text: &str, i: usize) -> Option<Step> {
    let rest = &text[i + 1..];
    for (open, close) in [('{', '}'), ('(', ')')] {
        if let Some(inner) = rest.strip_prefix(open) {
            let end = inner.find(close)?;
            let name = &inner[..end];
            if !name.is_empty()
                && name
                    .chars()
                    .all(|c| c.is_alphanumeric() || "_-.:#@ ".contains(c))
                && !name.contains("  ")
            {
                let stop = i + 2 + end + 1;
                return found(i, stop, Kind::Shell, &text[i..stop]);
            }
            return None;
        }
    }
    let len = rest
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .unwrap_or(rest.len());
    let name = &rest[..len];
    if name.is_empty() || name.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    found(i, i + 1 + len, Kind::Shell, &text[i..i + 1 + len])
}

/// `#NAME#`: capitals, digits and underscores between two hashes.
fn hash(text: &str, i: usize) -> Option<Step> {
    let rest = &text[i + 1..];
    let len = rest
        .find(|c: char| !(c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_'))
        .unwrap_or(rest.len());
    if len == 0
        || !rest[len..].starts_with('#')
        || !rest.starts_with(|c: char| c.is_ascii_uppercase())
    {
        return None;
    }
    found(i, i + len + 2, Kind::Hash, &text[i..i + len + 2])
}

/// An HTML/XML tag, compared by its name: `<b>`, `</a>`, `<br/>`, `<a href="...">`.
fn tag(text: &str, i: usize) -> Option<Step> {
    let rest = &text[i + 1..];
    let close = rest.starts_with('/');
    let body = if close { &rest[1..] } else { rest };
    let len = body
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == ':' || c == '-' || c == '_'))
        .unwrap_or(body.len());
    if len == 0 || !body.starts_with(|c: char| c.is_ascii_alphabetic()) {
        return None;
    }
    let name = &body[..len];
    let after = &body[len..];
    if !after.starts_with(['>', ' ', '/', '\n']) {
        return None;
    }
    let end_rel = rest.find('>')?;
    if rest[..end_rel].contains('<') {
        return None;
    }
    let self_closing = rest[..end_rel].ends_with('/');
    let has_attributes = rest[..end_rel].contains('=');
    // "<size>", "<No Files>", "<invalid operator>" are words in angle brackets, which
    // translators translate; a tag is closing, self-closing, with attributes, a void
    // element, or closed later in the text.
    let void = [
        "br", "hr", "img", "input", "meta", "link", "wbr", "col", "area", "source",
    ]
    .contains(&name.to_ascii_lowercase().as_str());
    let closed_later = text[i..].contains(&format!("</{name}>"));
    if !(close || self_closing || has_attributes || void || closed_later) || after.starts_with("//")
    {
        return None;
    }
    let key = format!(
        "<{}{}{}>",
        if close { "/" } else { "" },
        name.to_ascii_lowercase(),
        if self_closing { "/" } else { "" }
    );
    found(i, i + 1 + end_rel + 1, Kind::Tag, &key)
}

/// `&amp;`, `&#160;`, `&#xA0;`; not an accelerator ("&File").
fn entity(text: &str, i: usize) -> Option<Step> {
    let rest = &text[i + 1..];
    let len = rest.find(';')?;
    let name = &rest[..len];
    let ok = if let Some(num) = name.strip_prefix('#') {
        num.strip_prefix(['x', 'X']).map_or(
            !num.is_empty() && num.bytes().all(|c| c.is_ascii_digit()),
            |h| !h.is_empty() && h.bytes().all(|c| c.is_ascii_hexdigit()),
        )
    } else {
        (2..=10).contains(&len)
            && name.bytes().all(|c| c.is_ascii_alphanumeric())
            && name.starts_with(|c: char| c.is_ascii_alphabetic())
    };
    if !ok {
        return None;
    }
    found(i, i + len + 2, Kind::Entity, &text[i..i + len + 2])
}

/// `--long-opt` (with `=VALUE` left out of the key) and `-x`.
fn option(text: &str, i: usize) -> Option<Step> {
    let rest = &text[i..];
    let dashes = if rest.starts_with("--") { 2 } else { 1 };
    let body = &rest[dashes..];
    let len = body
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
        .unwrap_or(body.len());
    let name = body[..len].trim_end_matches('-');
    if name.is_empty() || !name.starts_with(|c: char| c.is_ascii_alphabetic()) {
        return None;
    }
    let after = &body[name.len()..];
    let clean_end = after.is_empty()
        || after.starts_with(|c: char| c.is_whitespace() || ",.;:)]=[\"'`|”’»›".contains(c));
    // Long options are lowercase ("--Long Name--" is a decoration).
    if dashes == 2 && !name.starts_with(|c: char| c.is_ascii_lowercase()) {
        return None;
    }
    if !clean_end {
        return None;
    }
    // A single dash takes one letter, or a short cluster of letters ("-rf").
    if dashes == 1
        && name.chars().count() > 1
        && !(name.chars().count() <= 3 && name.chars().all(|c| c.is_ascii_lowercase()))
    {
        return None;
    }
    let end = i + dashes + name.len();
    found(i, end, Kind::Option, &text[i..end])
}

/// `http://...`, `https://...`, `ftp://...`, `www....`, without trailing punctuation.
fn url(text: &str, i: usize) -> Option<Step> {
    let rest = &text[i..];
    let scheme = ["https://", "http://", "ftp://", "www."]
        .iter()
        .find(|s| rest.starts_with(**s))?;
    let len = rest
        .find(|c: char| c.is_whitespace() || "<>\"'`»”".contains(c))
        .unwrap_or(rest.len());
    let url = rest[..len].trim_end_matches(['.', ',', ';', ':', '!', '?', ')', ']']);
    if url.len() <= scheme.len() || is_example_host(host(url)) {
        return None;
    }
    found(i, i + url.len(), Kind::Url, url)
}

fn is_example_host(host: &str) -> bool {
    let host = host.to_ascii_lowercase();
    ["example.com", "example.org", "example.net"]
        .iter()
        .any(|d| host == *d || host.ends_with(&format!(".{d}")))
}

/// `name@host.domain`.
fn email(text: &str, i: usize) -> Option<Step> {
    let rest = &text[i..];
    let local = rest
        .find(|c: char| !(c.is_alphanumeric() || "._+-".contains(c)))
        .unwrap_or(rest.len());
    if local == 0 || !rest[local..].starts_with('@') {
        return None;
    }
    let host = &rest[local + 1..];
    let hlen = host
        .find(|c: char| !(c.is_alphanumeric() || ".-".contains(c)))
        .unwrap_or(host.len());
    let host = host[..hlen].trim_end_matches('.');
    if !host.contains('.') || host.starts_with('.') {
        return None;
    }
    // Addresses at the example domains (RFC 2606) are examples, localised at will.
    if is_example_host(host) {
        return None;
    }
    let end = i + local + 1 + host.len();
    found(i, end, Kind::Email, &text[i..end])
}

/// `name()`, `obj.name()`, `ns::name()`.
fn function(text: &str, i: usize) -> Option<Step> {
    let rest = &text[i..];
    let len = rest
        .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == '.' || c == ':'))
        .unwrap_or(rest.len());
    if !rest[len..].starts_with("()")
        || !rest.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_')
    {
        return None;
    }
    // Spreadsheet functions ("TRIMMEAN()") have localised names.
    if !rest[..len].chars().any(|c| c.is_lowercase()) {
        return None;
    }
    found(i, i + len + 2, Kind::Function, &text[i..i + len + 2])
}

/// A difference between the placeholders of a source and its translation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// A source placeholder the target lacks.
    Missing(Placeholder),
    /// A source placeholder written otherwise in the target (`%u` -> `%o`).
    Altered {
        source: Placeholder,
        target: Placeholder,
    },
    /// A target placeholder more often than in the source.
    Duplicated(Placeholder),
    /// A target placeholder the source lacks.
    Extra(Placeholder),
}

/// The placeholders of `source` missing, altered, duplicated or extra in `target`,
/// compared as multisets of keys per kind. URLs of the same host are the same URL (a
/// translator may link to the localised page).
pub fn compare(source: &str, target: &str, flavour: Flavour) -> Vec<Problem> {
    let mut src = extract(source, flavour);
    let mut tgt = extract(target, flavour);
    // Every placeholder of the source, before pairing takes some away.
    let source_keys: Vec<(Kind, String)> = src.iter().map(|p| (p.kind, p.key.clone())).collect();
    // Pair equal keys first.
    let mut i = 0;
    while i < src.len() {
        if let Some(j) = tgt.iter().position(|t| same(&src[i], t)) {
            src.remove(i);
            tgt.remove(j);
        } else {
            i += 1;
        }
    }
    let mut problems = Vec::new();
    for s in src {
        // The nearest unpaired target placeholder of the same kind took its place.
        let pos = tgt
            .iter()
            .position(|t| t.kind == s.kind && !source_keys.contains(&(t.kind, t.key.clone())));
        match pos {
            Some(j) => {
                let t = tgt.remove(j);
                problems.push(Problem::Altered {
                    source: s,
                    target: t,
                });
            }
            None => problems.push(Problem::Missing(s)),
        }
    }
    for t in tgt {
        // A translation may name an option, a link or a function the source only
        // described ("a opção --strip"): only what a program substitutes must not grow.
        if matches!(
            t.kind,
            Kind::Option | Kind::Url | Kind::Email | Kind::Function
        ) {
            continue;
        }
        if source_keys.contains(&(t.kind, t.key.clone())) {
            problems.push(Problem::Duplicated(t));
        } else {
            problems.push(Problem::Extra(t));
        }
    }
    problems
}

fn same(a: &Placeholder, b: &Placeholder) -> bool {
    a.kind == b.kind && (a.key == b.key || (a.kind == Kind::Url && host(&a.key) == host(&b.key)))
}

fn host(url: &str) -> &str {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let host = rest.split(['/', '?', '#']).next().unwrap_or(rest);
    host.strip_prefix("www.").unwrap_or(host)
}

#[cfg(test)]
mod tests;
