//! The numbers of a text and their values, per locale, and the comparison of a source's
//! numbers with its translation's.
//!
//! A number is read the way its locale writes it ("30,000" and "3.5" in English, "30.000",
//! "30 mil" and "3,5" in Portuguese), with its scale words ("4.5 billion" = "4,5 bilhões"),
//! times ("3:30 p.m." = "15h30"), ordinals ("1st" = "1º") and percentages. Whatever is
//! unsure is left out rather than guessed: digits glued to letters ("A4", "KSWB-TV"),
//! version numbers ("2.6.32"), a grouping the locale does not allow.

use crate::Span;

/// How a language writes numbers: data, so that a language is a new value, not new code
/// (mtlint reads it from the language profiles: `[numbers]` in `mtlint-lexicon`'s data).
#[derive(Debug, Clone)]
pub struct NumberLocale {
    /// The decimal mark.
    pub decimal: char,
    /// Thousands separators; a space or a no-break space groups only exactly three digits.
    pub group: Vec<char>,
    /// Words that multiply the number before them ("mil" = 1e3, "billion" = 1e9).
    pub scale_words: Vec<(String, f64)>,
    /// Number words, cardinal and ordinal ("two", "dois", "duas", "primeiro"): a source
    /// number written in words in the target is not missing.
    pub number_words: Vec<(String, f64)>,
    /// Endings of ordinals glued to the digits ("st", "º", ".º").
    pub ordinal_marks: Vec<String>,
    /// Words after a number that make it a time of the morning or afternoon ("a.m.").
    pub am: Vec<String>,
    pub pm: Vec<String>,
    /// The hour mark of times written "15h30".
    pub hour_mark: Option<char>,
    /// Words joining the two ends of a range ("2 to 4 inches"): the unit after the second
    /// is the first's too.
    pub range_joiners: Vec<String>,
    /// Units whose numbers translators convert ("20 feet" -> "6 metros"): a source number
    /// before one of them may change in a good translation.
    pub converted_units: Vec<String>,
    /// Words that name nothing ("the", "is", "of"): after a number, they show that no unit
    /// or thing counted follows it (a label's number, "version 1.2 is required").
    pub function_words: Vec<String>,
}

impl NumberLocale {
    fn scale(&self, word: &str) -> Option<f64> {
        self.scale_words
            .iter()
            .find(|(w, _)| w == word)
            .map(|(_, v)| *v)
    }
}

/// What a number stands for, as compared across languages.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Key {
    /// A quantity, an ordinal, a year, a percentage: its value.
    Value(f64),
    /// A time of day, in minutes since midnight.
    Time(u32),
}

impl Key {
    fn same(self, other: Key) -> bool {
        match (self, other) {
            (Key::Value(a), Key::Value(b)) => (a - b).abs() <= 1e-9 * a.abs().max(1.0),
            (Key::Time(a), Key::Time(b)) => a == b,
            _ => false,
        }
    }
}

/// A number of a text.
#[derive(Debug, Clone, PartialEq)]
pub struct Number {
    /// The number with its scale words and time marks ("4.5 billion", "3:30 p.m.").
    pub span: Span,
    /// Its readings, best first: a time of day also stands for its hour; a number grouped
    /// with spaces may be several ("116 123" is a phone number as often as 116123).
    pub keys: Vec<Key>,
    /// Followed by a unit translators convert ("20 feet").
    pub converted_unit: bool,
}

/// Digits and the separators between them, as written.
struct Raw {
    span: Span,
}

/// The runs of digits with inner separators (`.`, `,`, group characters) of `text`, not
/// glued to letters on their left.
fn raw_numbers(text: &str, locale: &NumberLocale) -> Vec<Raw> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if !bytes[i].is_ascii_digit() {
            // On to the next digit in one search of the bytes (a digit's byte is never
            // part of a longer char): most of a text is no number.
            match bytes[i..].iter().position(u8::is_ascii_digit) {
                Some(k) => i += k,
                None => break,
            }
            continue;
        }
        // Digits glued to a word ("terremotode7.5", "A4") are skipped whole, their
        // decimals too.
        if text[..i]
            .chars()
            .next_back()
            .is_some_and(|c| c.is_alphanumeric() || c == '_')
        {
            while i < bytes.len()
                && (bytes[i].is_ascii_digit()
                    || (matches!(bytes[i], b'.' | b',')
                        && bytes.get(i + 1).is_some_and(u8::is_ascii_digit)))
            {
                i += 1;
            }
            continue;
        }
        let start = i;
        let mut end;
        let mut j = i;
        loop {
            while j < bytes.len() && bytes[j].is_ascii_digit() {
                j += 1;
            }
            end = j;
            // A separator goes on only with a digit after it.
            let Some(sep) = text[j..].chars().next() else {
                break;
            };
            let is_sep = sep == '.' || sep == ',' || locale.group.contains(&sep);
            let after = j + sep.len_utf8();
            if is_sep
                && bytes.get(after).is_some_and(u8::is_ascii_digit)
                && groups_on(sep, &text[after..])
            {
                j = after;
            } else {
                break;
            }
        }
        out.push(Raw { span: start..end });
        i = end.max(start + 1);
    }
    out
}

/// Whether `sep` joins the digits at the start of `rest` to the number before it. A
/// space-like group mark joins only a group of exactly three digits: "30 000", but not the
/// year and hour of "01/11/2009 17:52:00". A point or a comma may be a decimal mark and
/// joins any digits.
fn groups_on(sep: char, rest: &str) -> bool {
    if sep == '.' || sep == ',' {
        return true;
    }
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    digits == 3 && !rest[digits..].starts_with(|c: char| c == ':' || c.is_alphanumeric())
}

/// The value of `raw` in a locale: integer groups (the first of 1-3 digits, the others
/// of exactly 3, one separator throughout), then an optional decimal part.
fn value_in(raw: &str, decimal: char, group: &[char]) -> Option<f64> {
    let (int, frac) = match raw.split_once(decimal) {
        Some((i, f)) => (i, Some(f)),
        None => (raw, None),
    };
    if frac.is_some_and(|f| f.is_empty() || !f.bytes().all(|b| b.is_ascii_digit())) {
        return None;
    }
    let seps: Vec<char> = int.chars().filter(|c| !c.is_ascii_digit()).collect();
    if let Some(&first) = seps.first() {
        if !group.contains(&first) || seps.iter().any(|&c| c != first) {
            return None;
        }
        let mut parts = int.split(first);
        let head = parts.next()?;
        if head.is_empty() || head.len() > 3 || !parts.all(|p| p.len() == 3) {
            return None;
        }
    }
    let digits: String = int.chars().filter(char::is_ascii_digit).collect();
    let mut value: f64 = digits.parse().ok()?;
    if let Some(f) = frac {
        value += format!("0.{f}").parse::<f64>().ok()?;
    }
    Some(value)
}

/// The numbers of `text`, read in `locale`.
pub fn extract(text: &str, locale: &NumberLocale) -> Vec<Number> {
    let mut out: Vec<Number> = Vec::new();
    for raw in raw_numbers(text, locale) {
        // The minutes of "3:30" belong to the time before them.
        if out.last().is_some_and(|n| raw.span.start < n.span.end) {
            continue;
        }
        if let Some(n) = read(text, raw, locale) {
            out.push(n);
        }
    }
    link_ranges(text, &mut out, locale);
    out
}

/// Fills in what the ends of a range share: the unit of "2 to 4 inches", the century of
/// "1950-53".
fn link_ranges(text: &str, numbers: &mut [Number], locale: &NumberLocale) {
    for i in (1..numbers.len()).rev() {
        let gap = text[numbers[i - 1].span.end..numbers[i].span.start].trim();
        if !locale.range_joiners.iter().any(|j| j == gap) {
            continue;
        }
        if numbers[i].converted_unit {
            numbers[i - 1].converted_unit = true;
        }
        let first = &text[numbers[i - 1].span.clone()];
        let second = &text[numbers[i].span.clone()];
        if first.len() == 4 && second.len() == 2 && (gap == "-" || gap == "–") {
            if let (Ok(y), Ok(s)) = (first.parse::<u32>(), second.parse::<u32>()) {
                numbers[i]
                    .keys
                    .push(Key::Value(f64::from(y / 100 * 100 + s)));
            }
        }
    }
}

/// The number at `raw` with what follows it (scale words, time, ordinal, unit), or None
/// when unsure.
fn read(text: &str, raw: Raw, locale: &NumberLocale) -> Option<Number> {
    let digits = &text[raw.span.clone()];
    let rest = &text[raw.span.end..];
    // "15h30", "7h": a time.
    if let Some(h) = locale.hour_mark {
        if let Some(after) = rest.strip_prefix(h) {
            // "2h:30" is written too.
            let colon = usize::from(
                after.starts_with(':') && after[1..].starts_with(|c: char| c.is_ascii_digit()),
            );
            let after = &after[colon..];
            let minutes: String = after.chars().take_while(char::is_ascii_digit).collect();
            let end = raw.span.end + h.len_utf8() + colon + minutes.len();
            if !text[end..].starts_with(char::is_alphanumeric) {
                let hour: u32 = digits.parse().ok()?;
                let min: u32 = if minutes.is_empty() {
                    0
                } else {
                    minutes.parse().ok()?
                };
                return (hour < 24 && min < 60)
                    .then(|| time_number(raw.span.start..end, hour, min, None));
            }
        }
    }
    // "3:30", "15:30", with "a.m."/"p.m." after.
    if let Some(after) = rest.strip_prefix(':') {
        let minutes: String = after.chars().take_while(char::is_ascii_digit).collect();
        if minutes.len() == 2 {
            let hour: u32 = digits.parse().ok()?;
            let min: u32 = minutes.parse().ok()?;
            let mut end = raw.span.end + 1 + 2;
            let half = day_half(&text[end..], locale, &mut end);
            return (hour < 24 && min < 60)
                .then(|| time_number(raw.span.start..end, hour, min, half));
        }
    }
    let mut end = raw.span.end;
    let ordinal = locale.ordinal_marks.iter().find(|m| {
        rest.starts_with(m.as_str()) && !rest[m.len()..].starts_with(char::is_alphanumeric)
    });
    if let Some(mark) = ordinal {
        let value: f64 = digits.parse().ok()?;
        end += mark.len();
        return Some(Number {
            span: raw.span.start..end,
            keys: vec![Key::Value(value)],
            converted_unit: false,
        });
    }
    // Decades ("1990s") read as their year; a glued scale ("4.5m") as its value; other
    // letters glued on: unsure. A glued scale needs the number to open its token: in
    // "\e[5m" or "\e[1;35m" (terminal escape codes) the letter is code, not "million".
    let glued_scale = scale_after(text, end, locale).1 > end && opens_token(text, raw.span.start);
    if rest.starts_with('s') && digits.len() == 4 && !rest[1..].starts_with(char::is_alphanumeric) {
        end += 1;
    } else if rest.starts_with(|c: char| c.is_alphabetic() || c == '_') && !glued_scale {
        return None;
    }
    let (value, parts) = reading(digits, locale)?;
    // "7 a.m.": a time.
    let mut time_end = end;
    if let Some(half) = day_half(&text[end..], locale, &mut time_end) {
        if let Ok(hour) = digits.parse::<u32>() {
            if (1..=12).contains(&hour) {
                return Some(time_number(raw.span.start..time_end, hour, 0, Some(half)));
            }
        }
    }
    let (factor, scale_end) = scale_after(text, end, locale);
    end = scale_end;
    let mut keys = vec![Key::Value(value * factor)];
    keys.extend(parts.into_iter().map(Key::Value));
    let next_word = text[end..]
        .trim_start()
        .split(|c: char| c.is_whitespace() || ",;:.)".contains(c))
        .next()
        .unwrap_or("");
    let converted_unit = locale.converted_units.iter().any(|u| u == next_word)
        || text[end..].trim_start().starts_with('°');
    Some(Number {
        span: raw.span.start..end,
        keys,
        converted_unit,
    })
}

/// The value of digits in a locale, and the parts of a space-grouped number.
fn reading(digits: &str, locale: &NumberLocale) -> Option<(f64, Vec<f64>)> {
    let value = value_in(digits, locale.decimal, &locale.group)?;
    let mut parts = Vec::new();
    if digits.contains([' ', '\u{a0}']) {
        for p in digits.split([' ', '\u{a0}']) {
            parts.push(value_in(p, locale.decimal, &locale.group)?);
        }
    }
    Some((value, parts))
}

/// The product of the scale words after `end` ("4,5 bilhões", "4,5 mil milhões"), and
/// where they end.
fn scale_after(text: &str, mut end: usize, locale: &NumberLocale) -> (f64, usize) {
    let mut factor = 1.0;
    loop {
        let rest = &text[end..];
        let gap = rest.len() - rest.trim_start_matches([' ', '\u{a0}']).len();
        if gap == 0 && !rest.starts_with(|c: char| c.is_alphabetic()) {
            break;
        }
        let word: String = rest[gap..]
            .chars()
            .take_while(|c| c.is_alphabetic())
            .collect();
        if word.is_empty() || rest[gap + word.len()..].starts_with(|c: char| c.is_alphanumeric()) {
            break;
        }
        // A glued letter ("4.5m") is a scale only for the one-letter words; a lone letter
        // after a space is a unit's symbol ("1 m", "15 m": metres, minutes), which a
        // scale abbreviation is not written as.
        let letters = word.chars().count();
        let scale_here = if gap > 0 {
            letters > 1
        } else {
            word.len() <= 2
        };
        match locale.scale(&word) {
            Some(f) if scale_here => {
                factor *= f;
                end += gap + word.len();
            }
            _ => break,
        }
    }
    (factor, end)
}

/// Whether the number at `start` opens a token of prose: at the start, after a space, an
/// opening bracket or quote, or a currency sign ("$4.5m", "(5m)"), but not after the
/// marks of code ("[5m", ";35m", "=5m").
fn opens_token(text: &str, start: usize) -> bool {
    text[..start]
        .chars()
        .next_back()
        .is_none_or(|c| c.is_whitespace() || "($£€¥\"'“‘«".contains(c))
}

/// Whether "a.m."/"p.m." (or the locale's words) follow; moves `end` past them.
fn day_half(rest: &str, locale: &NumberLocale, end: &mut usize) -> Option<bool> {
    let gap = rest.len() - rest.trim_start_matches([' ', '\u{a0}']).len();
    let after = &rest[gap..];
    for (list, pm) in [(&locale.am, false), (&locale.pm, true)] {
        for w in list.iter() {
            if after.starts_with(w.as_str()) && !after[w.len()..].starts_with(char::is_alphanumeric)
            {
                *end += gap + w.len();
                return Some(pm);
            }
        }
    }
    None
}

/// A time of day: the minutes since midnight, with both halves of the day when the text
/// does not say which, and the hour alone for whole hours ("7 horas").
fn time_number(span: Span, hour: u32, min: u32, pm: Option<bool>) -> Number {
    let h24 = match pm {
        Some(true) if hour < 12 => hour + 12,
        Some(false) if hour == 12 => 0,
        _ => hour,
    };
    let mut keys = vec![Key::Time(h24 * 60 + min)];
    if pm.is_none() && hour < 12 {
        keys.push(Key::Time((hour + 12) * 60 + min));
    }
    if pm.is_none() && hour >= 12 {
        keys.push(Key::Time((hour - 12) * 60 + min));
    }
    if min == 0 {
        keys.push(Key::Value(f64::from(hour)));
        keys.push(Key::Value(f64::from(h24)));
    }
    Number {
        span,
        keys,
        converted_unit: false,
    }
}

/// A source number the target lacks.
#[derive(Debug, Clone, PartialEq)]
pub struct Mismatch {
    /// The source number.
    pub source: Span,
    /// The target number that took its place, when one is left unmatched.
    pub target: Option<Span>,
}

/// The numbers of `source` missing or changed in `target`. A source number is there when
/// any reading of a target number, or a number word of the target, has its value;
/// numbers before units that translators convert are left out.
pub fn compare(
    source: &str,
    src: &NumberLocale,
    target: &str,
    tgt: &NumberLocale,
) -> Vec<Mismatch> {
    let src_numbers = extract(source, src);
    let tgt_numbers = extract(target, tgt);
    // What the target holds besides its numbers, read only for a source number that no
    // target number matches (most match): numbers left in the source's format and
    // number words.
    let mut left: Option<Vec<f64>> = None;
    let mut words: Option<Vec<f64>> = None;
    let mut used = vec![false; tgt_numbers.len()];
    let mut missing = Vec::new();
    for n in &src_numbers {
        if let Some(i) = tgt_numbers.iter().position(|t| shares_key(n, t)) {
            used[i] = true;
            continue;
        }
        if n.converted_unit {
            continue;
        }
        // A number left in the source's format is there: `source_format` reports it.
        let left = left.get_or_insert_with(|| {
            source_format_values(source, src, target, tgt)
                .into_iter()
                .map(|(_, v)| v)
                .collect()
        });
        if n.keys
            .iter()
            .any(|k| left.iter().any(|v| k.same(Key::Value(*v))))
        {
            continue;
        }
        let words = words.get_or_insert_with(|| number_words(target, tgt));
        if n.keys
            .iter()
            .any(|k| words.iter().any(|w| k.same(Key::Value(*w))))
        {
            continue;
        }
        if glued_in(target, &source[n.span.clone()]) {
            continue;
        }
        missing.push(n);
    }
    missing
        .into_iter()
        .map(|n| {
            let target = replacement(n, source, target, &tgt_numbers, &used);
            Mismatch {
                source: n.span.clone(),
                target,
            }
        })
        .collect()
}

/// Whether `target` writes the digits that open `number` glued to a word on their left
/// ("Unknown-11" -> "Incógnito11", "Track 2" -> "Faixa2"): such digits are not read as
/// a number (they may be part of a name, "A4"), but the source's number is there. Digits
/// inside a word ("mozode13anos" of an MT) are text run together: still missing.
fn glued_in(target: &str, number: &str) -> bool {
    let digits: &str = &number[..number
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(number.len())];
    !digits.is_empty()
        && target.match_indices(digits).any(|(i, _)| {
            let before = target[..i].chars().next_back();
            let after = target[i + digits.len()..].chars().next();
            before.is_some_and(char::is_alphabetic)
                && !after.is_some_and(|c| c.is_alphanumeric() || c == '.' || c == ',')
        })
}

fn shares_key(a: &Number, b: &Number) -> bool {
    a.keys.iter().any(|k| b.keys.iter().any(|l| k.same(*l)))
}

/// The values of the number words of `text` (lowercase words of the locale's list).
fn number_words(text: &str, locale: &NumberLocale) -> Vec<f64> {
    text.split(|c: char| !c.is_alphabetic())
        .filter_map(|w| {
            let lower = w.to_lowercase();
            locale
                .number_words
                .iter()
                .find(|(n, _)| *n == lower)
                .map(|(_, v)| *v)
        })
        .collect()
}

/// The unmatched target number nearest the source number's relative position, if any.
fn replacement(
    n: &Number,
    source: &str,
    target: &str,
    tgt: &[Number],
    used: &[bool],
) -> Option<Span> {
    let at = n.span.start as f64 / source.len().max(1) as f64 * target.len() as f64;
    tgt.iter()
        .zip(used)
        .filter(|(_, u)| !**u)
        .min_by_key(|(t, _)| (t.span.start as f64 - at).abs() as usize)
        .map(|(t, _)| t.span.clone())
}

/// A number of the target written in the source's format ("30,000" in Portuguese text
/// for 30 mil), with the target-format replacement ("30.000").
#[derive(Debug, Clone, PartialEq)]
pub struct SourceFormat {
    pub span: Span,
    pub replacement: String,
}

/// Numbers of `target` written the source locale's way. Reported only when the source
/// holds the number with the source reading's value and the target reading differs (or
/// does not parse): "1,500" in Portuguese is 1,5 unless the source says 1,500.
pub fn source_format(
    source: &str,
    src: &NumberLocale,
    target: &str,
    tgt: &NumberLocale,
) -> Vec<SourceFormat> {
    // A version keeps its dots ("TLS 1.3", "tar 1.13.x", "HTTP/0.9"): not reported, but
    // still the source's number (not missing).
    source_format_values(source, src, target, tgt)
        .into_iter()
        .map(|(f, _)| f)
        .filter(|f| {
            let digits = &target[f.span.clone()];
            !is_version(target, f.span.clone())
                && !names_kept(source, target, digits)
                && !labels_in_source(source, digits, src)
        })
        .collect()
}

/// Whether the source writes `digits` right after a capitalised word that the translation
/// keeps as it is: then the number is part of a name ("Analog Surround 7.1" → "Surround
/// analógico 7.1", "Driver 4.3", "Android 4.4"), which keeps its dot. The word before an
/// amount is translated ("Only 4.5 million" → "Apenas 4,5 milhões"); units, which a
/// translation keeps too, come after their number.
fn names_kept(source: &str, target: &str, digits: &str) -> bool {
    source.match_indices(digits).any(|(i, _)| {
        let Some(before) = source[..i].strip_suffix(' ') else {
            return false;
        };
        let word = before.rsplit(char::is_whitespace).next().unwrap_or(before);
        let mut chars = word.chars();
        chars.next().is_some_and(char::is_uppercase)
            && word.chars().count() >= 2
            && word.chars().all(char::is_alphabetic)
            && has_word(target, word)
    })
}

/// Whether the source writes `digits` (a decimal number, no thousands) as a label's number:
/// right after a word of its own ("version", "Section", "Version"), and before nothing a
/// number counts or measures: the end, a mark, or a function word ("version 1.2 is
/// required", "(Version 3.1)", "Section 14.9."). Such a number keeps the program's dots in
/// any language. An amount is counted or measured ("magnitude 7.5 quake", "4.5 dollars",
/// "6.6 per cent") or follows a function word ("was 4.5", "of 4.5").
fn labels_in_source(source: &str, digits: &str, src: &NumberLocale) -> bool {
    if digits.contains(&src.group[..]) {
        return false;
    }
    let is_function = |w: &str| src.function_words.iter().any(|f| f.eq_ignore_ascii_case(w));
    source.match_indices(digits).any(|(i, _)| {
        let Some(before) = source[..i].strip_suffix(' ') else {
            return false;
        };
        let word = before
            .rsplit(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or("");
        let named = word.chars().count() >= 2 && !is_function(word);
        let after = &source[i + digits.len()..];
        // Still inside a longer number or word ("1.12", "1.1x").
        let inside = after.starts_with(char::is_alphanumeric)
            || after
                .strip_prefix('.')
                .is_some_and(|a| a.starts_with(|d: char| d.is_ascii_digit()));
        if !named || inside {
            return false;
        }
        let rest = after.trim_start_matches([' ', '\u{a0}']);
        let next: String = rest.chars().take_while(|c| c.is_alphabetic()).collect();
        if next.is_empty() {
            // The end, a mark or a line break; not a unit's sign ("%", "$").
            return !rest.starts_with(['%', '$', '€', '£', '°', '/']);
        }
        after.len() > rest.len() && is_function(&next)
    })
}

/// Whether `word` stands in `text` as a whole word.
fn has_word(text: &str, word: &str) -> bool {
    text.match_indices(word).any(|(i, _)| {
        let before = text[..i].chars().next_back();
        let after = text[i + word.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// Whether the number at `span` of `text` is a version or a standard's number, which
/// every language writes with the program's dots: after a slash or a "v" ("HTTP/0.9",
/// "v2.5"), joined by a hyphen to a token with a letter ("EXIF-2.1", a lens's "f/3.5-5.6"
/// and "F4-5.6"), before more parts ("1.13.x", "1003.1-1988"), or after the name of what it
/// numbers, an acronym or a lowercase program name, possibly through a comparison
/// ("TLS 1.3", "BASE-T 802.3", "POSIX 1003.1", "tar <= 1.12").
fn is_version(text: &str, span: std::ops::Range<usize>) -> bool {
    let before = &text[..span.start];
    let after = &text[span.end..];
    if before.ends_with(['/', 'v', 'V']) || hyphen_after_name(before) {
        return true;
    }
    let mut rest = after.chars();
    if matches!((rest.next(), rest.next()), (Some('.' | '-'), Some(c)) if c.is_ascii_digit() || c == 'x')
    {
        return true;
    }
    // A comparison glued to a program's name: "UPower>=0.99".
    if glued_comparison(before) {
        return true;
    }
    let mut words = before.split_whitespace().rev();
    let mut word = words.next();
    if word.is_some_and(|w| ["<", "<=", ">", ">=", "=", "=="].contains(&w)) {
        word = words.next();
    }
    // The name must touch the number through one space: "GNU tar 1.13".
    let word = match word {
        Some(w) if before.ends_with(' ') && !before.ends_with("  ") => w,
        _ => return false,
    };
    let letters = word.chars().all(char::is_alphabetic) && word.chars().count() >= 2;
    let capitals = word.chars().filter(|c| c.is_uppercase()).count() >= 2;
    // An acronym may hold hyphens between its capitals ("BASE-T", "MAC-VLAN").
    let hyphenated = word.chars().all(|c| c.is_uppercase() || c == '-')
        && !word.starts_with('-')
        && !word.ends_with('-');
    let acronym = capitals && (letters || hyphenated);
    // A comparison makes a program name of any word: "tar <= 1.12".
    let compared = before.trim_end().ends_with(['<', '>', '=']);
    acronym || (letters && compared)
}

/// Whether `before` (the text before a number) ends in a comparison glued to a word of
/// letters ("UPower>=", "glib>"): a program's name and its version, as in "tar <= 1.12".
fn glued_comparison(before: &str) -> bool {
    let word = before.trim_end_matches(['<', '>', '=']);
    word.len() < before.len()
        && word
            .rsplit(|c: char| !c.is_alphanumeric())
            .next()
            .is_some_and(|w| w.chars().count() >= 2 && w.chars().all(char::is_alphabetic))
}

/// Whether `before` (the text before a number) ends in a hyphen glued to a token with a
/// letter: "EXIF-", "F4-", "f/3.5-". An amount's range has none ("3.5-4.5 milhões"), and a
/// currency sign makes the token an amount ("US$4.5-").
fn hyphen_after_name(before: &str) -> bool {
    let Some(token) = before.strip_suffix('-') else {
        return false;
    };
    let token = token
        .rsplit(|c: char| c.is_whitespace() || c == '(')
        .next()
        .unwrap_or(token);
    token.chars().any(|c| c.is_alphabetic()) && !token.contains(['$', '£', '€', '¥'])
}

/// [`source_format`]'s findings with the value each stands for.
fn source_format_values(
    source: &str,
    src: &NumberLocale,
    target: &str,
    tgt: &NumberLocale,
) -> Vec<(SourceFormat, f64)> {
    // The source's values, read only when the target has a number to compare them with
    // (most segments have none in the source's format).
    let mut src_values: Option<Vec<f64>> = None;
    let mut out = Vec::new();
    for raw in raw_numbers(target, src) {
        let digits = &target[raw.span.clone()];
        if !digits.contains([src.decimal]) && !digits.contains(&src.group[..]) {
            continue;
        }
        let Some(as_source) = value_in(digits, src.decimal, &src.group) else {
            continue;
        };
        let as_target = value_in(digits, tgt.decimal, &tgt.group);
        if as_target.is_some_and(|v| (v - as_source).abs() < 1e-9) {
            continue;
        }
        let factor = scale_after(target, raw.span.end, tgt).0;
        let value = as_source * factor;
        let src_values = src_values.get_or_insert_with(|| source_values(source, src));
        if src_values
            .iter()
            .any(|v| (v - value).abs() <= 1e-9 * v.abs().max(1.0))
        {
            out.push((
                SourceFormat {
                    span: raw.span.clone(),
                    replacement: rewrite(digits, src, tgt),
                },
                value,
            ));
        }
    }
    out
}

/// The values of the numbers of `source`.
fn source_values(source: &str, src: &NumberLocale) -> Vec<f64> {
    extract(source, src)
        .iter()
        .flat_map(|n| {
            n.keys.iter().filter_map(|k| {
                if let Key::Value(v) = k {
                    Some(*v)
                } else {
                    None
                }
            })
        })
        .collect()
}

/// `digits` with the source locale's separators swapped for the target's.
fn rewrite(digits: &str, src: &NumberLocale, tgt: &NumberLocale) -> String {
    let group = tgt.group.first().copied().unwrap_or('.');
    digits
        .chars()
        .map(|c| {
            if c == src.decimal {
                tgt.decimal
            } else if src.group.contains(&c) {
                group
            } else {
                c
            }
        })
        .collect()
}

#[cfg(test)]
mod tests;
