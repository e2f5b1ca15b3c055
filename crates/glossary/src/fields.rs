//! Reading a TOML table key by key. serde's derive stops at a table's first problem (an
//! unknown key, a missing one, a value of the wrong type), which hid the table's other
//! errors until the first was fixed; read key by key, each problem is reported and the
//! table's other values are still read and checked: `glossary check` reports every error
//! at once.

use std::ops::Range;

use serde::de::DeserializeOwned;
use toml::de::{DeString, DeValue, ValueDeserializer};
use toml::Spanned;

/// A problem at a byte span of the text the table was parsed from.
pub(crate) type FieldError = (Range<usize>, String);

/// The entries of one table, taken out one key at a time.
pub(crate) struct Fields<'t> {
    span: Range<usize>,
    entries: Vec<(Spanned<DeString<'t>>, Spanned<DeValue<'t>>)>,
    pub errors: Vec<FieldError>,
}

impl<'t> Fields<'t> {
    /// The table in `value`, with an error for each key not in `known`; Err if `value`
    /// is not a table.
    pub fn new(
        value: Spanned<DeValue<'t>>,
        what: &str,
        known: &[&str],
    ) -> Result<Self, FieldError> {
        let span = value.span();
        let DeValue::Table(table) = value.into_inner() else {
            return Err((span, format!("{what} must be a table")));
        };
        let mut fields = Fields {
            span,
            entries: Vec::with_capacity(table.len()),
            errors: Vec::new(),
        };
        for (key, value) in table {
            if known.contains(&key.get_ref().as_ref()) {
                fields.entries.push((key, value));
            } else {
                let message = unknown_key(key.get_ref(), known);
                fields.errors.push((key.span(), message));
            }
        }
        Ok(fields)
    }

    fn take(&mut self, key: &str) -> Option<Spanned<DeValue<'t>>> {
        let at = self.entries.iter().position(|(k, _)| k.get_ref() == key)?;
        Some(self.entries.swap_remove(at).1)
    }

    /// The value of `key`, if present and of the right type.
    pub fn optional<T: DeserializeOwned>(&mut self, key: &str) -> Option<T> {
        let value = self.take(key)?;
        self.value(key, value)
    }

    /// The value of `key`; its absence is an error at the table.
    pub fn required<T: DeserializeOwned>(&mut self, key: &str) -> Option<T> {
        let Some(value) = self.take(key) else {
            self.errors.push((
                self.span.start..self.span.start,
                format!("missing field `{key}`"),
            ));
            return None;
        };
        self.value(key, value)
    }

    /// The items of the array `key` that have the right type, each bad item reported on
    /// its own; empty if the key is absent.
    pub fn list<T: DeserializeOwned>(&mut self, key: &str) -> Vec<T> {
        let Some(value) = self.take(key) else {
            return Vec::new();
        };
        let span = value.span();
        match value.into_inner() {
            DeValue::Array(items) => items
                .into_iter()
                .filter_map(|item| self.value(key, item))
                .collect(),
            other => {
                self.value::<Vec<T>>(key, Spanned::new(span, other));
                Vec::new()
            }
        }
    }

    fn value<T: DeserializeOwned>(&mut self, key: &str, value: Spanned<DeValue<'t>>) -> Option<T> {
        let span = value.span();
        match T::deserialize(ValueDeserializer::from(value)) {
            Ok(v) => Some(v),
            Err(e) => {
                let span = e.span().unwrap_or(span);
                self.errors.push((span, field_message(key, e.message())));
                None
            }
        }
    }
}

/// serde's message for a bad value of `key`, in the glossary's words: an enum's values
/// are "kinds" or "case modes" to the user, not Rust "variants" (which, in a glossary,
/// are pt-BR and pt-PT).
pub(crate) fn field_message(key: &str, message: &str) -> String {
    let message = message.trim().replace('\n', " ");
    match message.strip_prefix("unknown variant ") {
        Some(rest) => format!("unknown {key} {rest}"),
        None => message,
    }
}

fn unknown_key(key: &str, known: &[&str]) -> String {
    let expected = known
        .iter()
        .map(|k| format!("`{k}`"))
        .collect::<Vec<_>>()
        .join(", ");
    match crate::suggest::closest(key, known.iter().copied()) {
        Some(near) => {
            format!("unknown field `{key}` (did you mean `{near}`?), expected one of {expected}")
        }
        None => format!("unknown field `{key}`, expected one of {expected}"),
    }
}
