//! The formats: names, detection, and how text is written into each.

use std::fmt;
use std::str::FromStr;

/// A bilingual file format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum InputFormat {
    Po,
    Xliff,
    Tmx,
    Csv,
    Tsv,
    Jsonl,
}

/// A `--input-format` name that is not one of ours.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown input format `{0}` (formats: po, xliff, tmx, csv, tsv, jsonl)")]
pub struct UnknownFormat(pub String);

impl InputFormat {
    pub const ALL: [InputFormat; 6] = [
        InputFormat::Po,
        InputFormat::Xliff,
        InputFormat::Tmx,
        InputFormat::Csv,
        InputFormat::Tsv,
        InputFormat::Jsonl,
    ];

    /// The `--input-format` name.
    pub fn name(self) -> &'static str {
        match self {
            InputFormat::Po => "po",
            InputFormat::Xliff => "xliff",
            InputFormat::Tmx => "tmx",
            InputFormat::Csv => "csv",
            InputFormat::Tsv => "tsv",
            InputFormat::Jsonl => "jsonl",
        }
    }

    /// The format a file name's extension says (without the dot, any case).
    pub fn from_extension(ext: &str) -> Option<InputFormat> {
        Some(match ext.to_ascii_lowercase().as_str() {
            "po" | "pot" => InputFormat::Po,
            "xlf" | "xliff" | "sdlxliff" | "mxliff" => InputFormat::Xliff,
            "tmx" => InputFormat::Tmx,
            "csv" => InputFormat::Csv,
            "tsv" | "tab" => InputFormat::Tsv,
            "jsonl" | "ndjson" => InputFormat::Jsonl,
            _ => return None,
        })
    }

    /// The format a file's content shows, for stdin and unknown extensions: an XML root
    /// `<xliff` or `<tmx`, a `msgid` line, a first line that is a JSON object. CSV and TSV
    /// are not guessed (any text is a sheet).
    pub fn sniff(text: &str) -> Option<InputFormat> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let head = &text[..floor_boundary(text, 4096)];
        if head.trim_start().starts_with('<') {
            if head.contains("<xliff") {
                return Some(InputFormat::Xliff);
            }
            if head.contains("<tmx") {
                return Some(InputFormat::Tmx);
            }
            return None;
        }
        let first = text.lines().find(|l| !l.trim().is_empty())?.trim();
        if first.starts_with('{') && serde_json::from_str::<serde_json::Value>(first).is_ok() {
            return Some(InputFormat::Jsonl);
        }
        let po_line = |l: &str| l.starts_with("msgid ") || l.starts_with("msgctxt ");
        if head.lines().any(po_line) {
            return Some(InputFormat::Po);
        }
        None
    }
}

fn floor_boundary(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

impl FromStr for InputFormat {
    type Err = UnknownFormat;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let lower = s.to_ascii_lowercase();
        match lower.as_str() {
            "xlf" | "xliff1" | "xliff2" => return Ok(InputFormat::Xliff),
            "gettext" | "pot" => return Ok(InputFormat::Po),
            "ndjson" => return Ok(InputFormat::Jsonl),
            _ => {}
        }
        InputFormat::ALL
            .into_iter()
            .find(|f| f.name() == lower)
            .ok_or_else(|| UnknownFormat(s.to_owned()))
    }
}

impl fmt::Display for InputFormat {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// `replacement` (a fix's text) as it is written inside a target of `format`: inside a
/// PO string, XML text, a JSON string, a quoted CSV field (an unquoted CSV field that
/// gets a quote, comma or line break must be quoted whole by the caller: the byte before
/// the field's first run is `"` when it is quoted), a TSV field as is.
pub fn escape(format: InputFormat, replacement: &str) -> String {
    match format {
        InputFormat::Po => escape_po(replacement),
        InputFormat::Xliff | InputFormat::Tmx => escape_xml(replacement),
        InputFormat::Jsonl => escape_json(replacement),
        InputFormat::Csv => replacement.replace('"', "\"\""),
        // TSV has no quoting: a quote is itself (and a tab or line break cannot be
        // written inside a field at all).
        InputFormat::Tsv => replacement.to_owned(),
    }
}

fn escape_po(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c => out.push(c),
        }
    }
    out
}

fn escape_xml(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            c => out.push(c),
        }
    }
    out
}

fn escape_json(s: &str) -> String {
    let quoted = serde_json::Value::String(s.to_owned()).to_string();
    quoted[1..quoted.len() - 1].to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_extensions_and_content() {
        for f in InputFormat::ALL {
            assert_eq!(f.name().parse::<InputFormat>(), Ok(f));
        }
        assert!("docx".parse::<InputFormat>().is_err());
        assert_eq!(InputFormat::from_extension("XLF"), Some(InputFormat::Xliff));
        assert_eq!(InputFormat::from_extension("txt"), None);
        let sniff = InputFormat::sniff;
        assert_eq!(
            sniff("# c\nmsgid \"a\"\nmsgstr \"b\"\n"),
            Some(InputFormat::Po)
        );
        assert_eq!(
            sniff("<?xml version=\"1.0\"?>\n<xliff version=\"1.2\">"),
            Some(InputFormat::Xliff)
        );
        assert_eq!(sniff("<tmx version=\"1.4\">"), Some(InputFormat::Tmx));
        assert_eq!(
            sniff("{\"src\": \"a\", \"mt\": \"b\"}\n"),
            Some(InputFormat::Jsonl)
        );
        assert_eq!(sniff("{not json\n"), None);
        assert_eq!(sniff("source,target\na,b\n"), None);
    }

    #[test]
    fn escapes_per_format() {
        let s = "a \"b\" & <c>\n\\";
        assert_eq!(escape(InputFormat::Po, s), "a \\\"b\\\" & <c>\\n\\\\");
        assert_eq!(escape(InputFormat::Xliff, s), "a \"b\" &amp; &lt;c&gt;\n\\");
        assert_eq!(escape(InputFormat::Jsonl, s), "a \\\"b\\\" & <c>\\n\\\\");
        assert_eq!(escape(InputFormat::Csv, s), "a \"\"b\"\" & <c>\n\\");
        assert_eq!(escape(InputFormat::Tsv, s), s);
    }
}
