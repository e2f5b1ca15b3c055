//! Bilingual input formats: a file's text in, [`Segment`]s with byte-exact maps out.
//!
//! Translation pipelines write gettext PO, XLIFF 1.2 and 2.0, TMX 1.4, CSV/TSV sheets and
//! JSONL records; each carries the source beside the target. [`read`] turns such a file's
//! text into [`Units`]: per unit a [`Segment`] (the target as the rules read it, the
//! source, an id) and what the checks and suppression need besides (PO flags, plural
//! index, XLIFF state, the unit's `mtlint-disable` directive, the unit's byte range).
//!
//! Every byte of a target or source text is mapped to the file as written: text copied as
//! is is a Verbatim run, an escape (`\n` in PO, `&amp;` in XML, `\u00e9` in JSON, a
//! doubled quote in CSV) an Escaped run, an XLIFF inline code an Opaque run whose stand-in
//! is U+FFFC. A PO string split over several quoted lines is one text whose pieces map
//! into each quoted piece. So findings point into the `msgstr`, the `<target>` or the
//! JSON string, and [`escape`] says how a fix's replacement is written back.
//!
//! The crate does no I/O: the caller reads the file (and reports [`FormatError`]'s line
//! and column with the file's name).
//!
//! | format | target | source | id | suppression |
//! |---|---|---|---|---|
//! | PO | `msgstr` / `msgstr[n]` | `msgid` / `msgid_plural` | msgctxt `\u{4}` msgid (`[n]` for plurals) | `# mtlint-disable RULE …` translator comment |
//! | XLIFF 1.2 | `<target>` | `<source>` | trans-unit id | `<!-- mtlint-disable RULE -->` before the unit |
//! | XLIFF 2.0 | `<segment><target>` | `<source>` | unit id (`/segment id`) | same |
//! | TMX 1.4 | `<seg>` of the target `tuv` | of the source `tuv` | tuid, else the tu's number | same |
//! | CSV/TSV | target column | source column | `id` column, else the record's line | — |
//! | JSONL | `mt`/`target` field | `src`/`source` field | `id` field, else the line | `mtlint-disable` field |
//!
//! Text with its source (two plain files) is paired by [`align`].
//!
//! ```
//! use mtlint_check::ByteRange;
//! use mtlint_formats::{escape, read, InputFormat, ReadOptions};
//!
//! let po = "#, c-format\nmsgid \"%d file\"\nmsgstr \"\"\n\"%d arquivo\\n\"\n";
//! let format = InputFormat::sniff(po).unwrap_or(InputFormat::Po);
//! let units = read(format, po, &ReadOptions::default())?.units;
//! let target = &units[0].segment.target;
//! assert_eq!(target.text(), "%d arquivo\n");
//! assert!(units[0].has_flag("c-format"));
//! // "arquivo" in the text is at these bytes of the file; "\n" is the escape's two bytes.
//! let at = target.map().file_range(ByteRange::new(3, 10));
//! assert_eq!(&po[at.as_range()], "arquivo");
//! let nl = target.map().file_range(ByteRange::new(10, 11));
//! assert_eq!(&po[nl.as_range()], "\\n");
//! // A fix's replacement is written back escaped.
//! assert_eq!(escape(format, "\"ficheiro\""), "\\\"ficheiro\\\"");
//! # Ok::<(), mtlint_formats::FormatError>(())
//! ```

mod align;
mod error;
mod format;
mod jsonl;
mod po;
mod table;
mod tmx;
mod xliff;
mod xml;

use mtlint_check::{ByteRange, Segment};

pub use align::{align, AlignError, Alignment, Side};
pub use error::FormatError;
pub use format::{escape, InputFormat, UnknownFormat};

/// How to read a file.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ReadOptions {
    /// Read fuzzy PO entries (skipped by default: their translation is a guess).
    pub include_fuzzy: bool,
    /// TMX: the source language (default: the header's `srclang`).
    pub source_lang: Option<String>,
    /// TMX: the target language (default: the one language besides the source).
    pub target_lang: Option<String>,
    /// CSV/TSV and JSONL: the source and target column or field names.
    pub fields: Option<(String, String)>,
}

/// The rules a unit's directive turns off.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum Suppression {
    /// No directive.
    #[default]
    None,
    /// `mtlint-disable` with no rule named: every rule.
    All,
    /// The rules named.
    Rules(Vec<String>),
}

impl Suppression {
    /// A directive's rule list, split on spaces and commas; none named means all.
    pub fn from_rules<'a>(rules: impl IntoIterator<Item = &'a str>) -> Self {
        let names: Vec<String> = rules
            .into_iter()
            .flat_map(|r| r.split([',', ' ', '\t']))
            .filter(|r| !r.is_empty())
            .map(str::to_owned)
            .collect();
        if names.is_empty() {
            Suppression::All
        } else {
            Suppression::Rules(names)
        }
    }

    /// Whether `rule` is turned off for the unit.
    pub fn covers(&self, rule: &str) -> bool {
        match self {
            Suppression::None => false,
            Suppression::All => true,
            Suppression::Rules(rules) => rules.iter().any(|r| r == rule),
        }
    }

    /// Adds another directive's rules (several comments before one unit).
    fn merge(&mut self, other: Suppression) {
        *self = match (std::mem::take(self), other) {
            (Suppression::None, o) | (o, Suppression::None) => o,
            (Suppression::All, _) | (_, Suppression::All) => Suppression::All,
            (Suppression::Rules(mut a), Suppression::Rules(b)) => {
                a.extend(b);
                Suppression::Rules(a)
            }
        };
    }
}

/// Parses an `mtlint-disable RULE …` directive from a comment's text, if it is one.
pub(crate) fn directive(comment: &str) -> Option<Suppression> {
    let rest = comment.trim().strip_prefix("mtlint-disable")?;
    if !(rest.is_empty() || rest.starts_with([' ', '\t'])) {
        return None;
    }
    Some(Suppression::from_rules([rest]))
}

/// One translation unit of a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unit {
    /// The target, its source and the unit's id.
    pub segment: Segment,
    /// PO `#,` flags (`c-format`, `python-format`, `fuzzy`, …), in file order.
    pub flags: Vec<String>,
    /// The plural form (`msgstr[n]`), for PO plural entries.
    pub plural: Option<usize>,
    /// XLIFF `state` (1.2 on `<target>`, 2.0 on `<segment>`).
    pub state: Option<String>,
    /// The unit's `mtlint-disable` directive.
    pub suppress: Suppression,
    /// The whole unit in the file (a PO entry from its first comment, an XLIFF unit, a
    /// TMX `tu`, a CSV record, a JSONL line).
    pub span: ByteRange,
}

impl Unit {
    /// A unit of `segment` spanning `span`, with no flags, plural, state or directive.
    pub fn new(segment: Segment, span: ByteRange) -> Self {
        Unit {
            segment,
            flags: Vec::new(),
            plural: None,
            state: None,
            suppress: Suppression::None,
            span,
        }
    }

    /// Whether the PO entry carries `flag` (`c-format`, `python-format`, `fuzzy`…).
    pub fn has_flag(&self, flag: &str) -> bool {
        self.flags.iter().any(|f| f == flag)
    }
}

/// What [`read`] makes of a file.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Units {
    pub units: Vec<Unit>,
    /// Things the user should know that are not errors (fuzzy entries skipped, …).
    pub notes: Vec<String>,
}

/// Reads `text`, a whole file in `format`, into its units.
pub fn read(format: InputFormat, text: &str, opts: &ReadOptions) -> Result<Units, FormatError> {
    match format {
        InputFormat::Po => po::read(text, opts),
        InputFormat::Xliff => xliff::read(text, opts),
        InputFormat::Tmx => tmx::read(text, opts),
        InputFormat::Csv => table::read(text, b',', opts),
        InputFormat::Tsv => table::read(text, b'\t', opts),
        InputFormat::Jsonl => jsonl::read(text, opts),
    }
}
