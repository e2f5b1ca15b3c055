//! The TOML shape of a glossary file, as serde reads it: every value spanned, so errors
//! found after parsing can still point at a line and column. Unknown keys are errors.

use std::fmt;

use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde::Deserialize;
use toml::Spanned;

use toml::de::DeValue;

use crate::fields::{FieldError, Fields};
use crate::{CaseMode, TermKind};

pub(crate) type SpannedString = Spanned<String>;

#[derive(Debug)]
pub(crate) struct RawHeader {
    pub name: Option<SpannedString>,
    pub lang: Option<SpannedString>,
    pub source_lang: Option<SpannedString>,
    pub description: Option<SpannedString>,
    pub license: Option<SpannedString>,
    pub sources: Vec<SpannedString>,
}

impl RawHeader {
    const KEYS: &[&str] = &[
        "name",
        "lang",
        "source-lang",
        "description",
        "license",
        "sources",
    ];

    /// The `[glossary]` table, read key by key (see `fields`): every bad key is in
    /// `errors`, and the good ones are still read.
    pub fn read(value: Spanned<DeValue<'_>>, errors: &mut Vec<FieldError>) -> Option<Self> {
        let mut f = collect(Fields::new(value, "`[glossary]`", Self::KEYS), errors)?;
        let header = RawHeader {
            name: f.required("name"),
            lang: f.required("lang"),
            source_lang: f.optional("source-lang"),
            description: f.optional("description"),
            license: f.optional("license"),
            sources: f.list("sources"),
        };
        errors.append(&mut f.errors);
        Some(header)
    }
}

/// One `[[term]]`. `use` and `kind` are required: None when missing or invalid (already
/// reported), so that the entry's other values are still checked.
#[derive(Debug)]
pub(crate) struct RawTerm {
    pub id: Option<SpannedString>,
    pub preferred: Option<SpannedString>,
    pub kind: Option<Spanned<TermKind>>,
    pub also: Vec<SpannedString>,
    pub avoid: Vec<Spanned<RawAvoid>>,
    pub source: Vec<SpannedString>,
    pub variant: Option<SpannedString>,
    pub case: Option<Spanned<CaseMode>>,
    pub note: Option<SpannedString>,
    pub examples: Vec<Spanned<RawExample>>,
    /// Optional: declared literal renderings of name parts, for the translated-name-part
    /// rule: `parts = [{ part = "Son", literal = ["filho", "filha"] }]` says that MT may
    /// render the part "Son" of this name as the common words "filho" or "filha".
    pub parts: Vec<Spanned<RawPart>>,
}

impl RawTerm {
    const KEYS: &[&str] = &[
        "id", "use", "kind", "also", "avoid", "source", "variant", "case", "note", "examples",
        "parts",
    ];

    /// One `[[term]]` table, read key by key (see `fields`); None only if it is not a
    /// table. Every bad key or value is in `errors`.
    pub fn read(
        value: Spanned<DeValue<'_>>,
        errors: &mut Vec<FieldError>,
    ) -> Option<Spanned<Self>> {
        let span = value.span();
        let mut f = collect(Fields::new(value, "a `[[term]]` item", Self::KEYS), errors)?;
        let term = RawTerm {
            id: f.optional("id"),
            preferred: f.required("use"),
            kind: f.required("kind"),
            also: f.list("also"),
            avoid: f.list("avoid"),
            source: f.list("source"),
            variant: f.optional("variant"),
            case: f.optional("case"),
            note: f.optional("note"),
            examples: f.list("examples"),
            parts: f.list("parts"),
        };
        errors.append(&mut f.errors);
        Some(Spanned::new(span, term))
    }
}

fn collect<'t>(
    fields: Result<Fields<'t>, FieldError>,
    errors: &mut Vec<FieldError>,
) -> Option<Fields<'t>> {
    fields.map_err(|e| errors.push(e)).ok()
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
