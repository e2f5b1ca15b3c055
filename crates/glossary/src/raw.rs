//! The TOML shape of a glossary file, as serde reads it: every value spanned, so errors
//! found after parsing can still point at a line and column. Unknown keys are errors.

use std::fmt;

use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde::Deserialize;
use toml::Spanned;

use crate::{CaseMode, TermKind};

pub(crate) type SpannedString = Spanned<String>;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawHeader {
    pub name: SpannedString,
    pub lang: SpannedString,
    #[serde(rename = "source-lang")]
    pub source_lang: Option<SpannedString>,
    pub description: Option<SpannedString>,
    pub license: Option<SpannedString>,
    #[serde(default)]
    pub sources: Vec<SpannedString>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawTerm {
    pub id: Option<SpannedString>,
    #[serde(rename = "use")]
    pub preferred: SpannedString,
    pub kind: Spanned<TermKind>,
    #[serde(default)]
    pub also: Vec<SpannedString>,
    #[serde(default)]
    pub avoid: Vec<Spanned<RawAvoid>>,
    #[serde(default)]
    pub source: Vec<SpannedString>,
    pub variant: Option<SpannedString>,
    pub case: Option<Spanned<CaseMode>>,
    pub note: Option<SpannedString>,
    #[serde(default)]
    pub examples: Vec<Spanned<RawExample>>,
    /// Optional: declared literal renderings of name parts, for the translated-name-part
    /// rule: `parts = [{ part = "Son", literal = ["filho", "filha"] }]` says that MT may
    /// render the part "Son" of this name as the common words "filho" or "filha".
    #[serde(default)]
    pub parts: Vec<Spanned<RawPart>>,
}

/// One declared name part and the common words it may be mistranslated as.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawPart {
    pub part: SpannedString,
    #[serde(default)]
    pub literal: Vec<SpannedString>,
}

/// A wrong rendering: a plain string, or a table with context.
#[derive(Debug)]
pub(crate) struct RawAvoid(pub RawAvoidTable);

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawAvoidTable {
    pub text: SpannedString,
    /// Spanned as a whole, so an empty list can be pointed at.
    pub near: Option<Spanned<Vec<SpannedString>>>,
    pub window: Option<Spanned<i64>>,
    pub variant: Option<SpannedString>,
    pub case: Option<Spanned<CaseMode>>,
    pub note: Option<SpannedString>,
}

impl<'de> Deserialize<'de> for RawAvoid {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct AvoidVisitor;

        impl<'de> Visitor<'de> for AvoidVisitor {
            type Value = RawAvoid;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a string, or a table with `text` and optional `near`")
            }

            fn visit_str<E: de::Error>(self, v: &str) -> Result<RawAvoid, E> {
                // A bare string carries no span of its own here; the caller uses the
                // span of the surrounding `Spanned<RawAvoid>`.
                Ok(RawAvoid(RawAvoidTable {
                    text: Spanned::new(0..0, v.to_string()),
                    near: None,
                    window: None,
                    variant: None,
                    case: None,
                    note: None,
                }))
            }

            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<RawAvoid, A::Error> {
                RawAvoidTable::deserialize(de::value::MapAccessDeserializer::new(map)).map(RawAvoid)
            }
        }

        deserializer.deserialize_any(AvoidVisitor)
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawExample {
    pub text: SpannedString,
    pub expect: Option<SpannedString>,
    pub ok: Option<Spanned<bool>>,
    pub lang: Option<SpannedString>,
}
