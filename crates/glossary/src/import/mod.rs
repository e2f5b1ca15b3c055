//! Import of glossaries from the formats users already have: CSV/TSV from spreadsheets and
//! TBX (TBX-Basic, TBX-Min, v3 `<tbx>` and 2008 `<martif>`) from CAT tools.
//!
//! Each reader turns its file into [`Entry`] values: one concept with its target renderings
//! and their status. [`assemble`] then makes glossary terms of them the same way for every
//! format: it picks the preferred rendering, merges entries that would share an id and
//! drops wrong renderings that another entry uses, so the result always validates. The
//! written TOML is loaded back and validated before it is returned: an import never hands
//! out a glossary that `mtlint` would refuse.

pub mod csv;
mod tbx;
mod xml_limits;

use std::collections::{HashMap, HashSet};
use std::fmt;
use std::path::{Path, PathBuf};
use std::str::FromStr;

use crate::load::default_id;
use crate::model::{Avoid, Glossary, GlossaryMeta, Term};
use crate::text::{fold_key, line_col};
use crate::{CaseMode, GlossaryErrors, GlossarySet, GlossarySource, LangTag, Location, TermKind};

/// The formats `mtlint glossary import --from` reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Csv,
    Tsv,
    Tbx,
}

impl FromStr for Format {
    type Err = ImportError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_ascii_lowercase().as_str() {
            "csv" => Ok(Format::Csv),
            "tsv" | "tab" => Ok(Format::Tsv),
            "tbx" | "martif" => Ok(Format::Tbx),
            _ => Err(ImportError::UnknownFormat(s.to_string())),
        }
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Format::Csv => "csv",
            Format::Tsv => "tsv",
            Format::Tbx => "tbx",
        })
    }
}

/// What the user told the importer.
#[derive(Debug, Clone)]
pub struct ImportOptions {
    pub format: Format,
    /// The target language: required for CSV without language columns; for TBX, needed
    /// only when the file holds several target languages.
    pub lang: Option<LangTag>,
    /// The source language, when the file does not say.
    pub source_lang: Option<LangTag>,
    /// The glossary's name; the file's stem when absent.
    pub name: Option<String>,
}

impl ImportOptions {
    pub fn new(format: Format) -> Self {
        ImportOptions {
            format,
            lang: None,
            source_lang: None,
            name: None,
        }
    }
}

/// A place in an imported file. CSV field errors have a line but no column.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Position {
    pub file: String,
    pub line: u32,
    pub column: Option<u32>,
}

impl fmt::Display for Position {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.column {
            Some(column) => write!(f, "{}:{}:{}", self.file, self.line, column),
            None => write!(f, "{}:{}", self.file, self.line),
        }
    }
}

impl From<&Location> for Position {
    fn from(l: &Location) -> Self {
        Position {
            file: l.file.clone(),
            line: l.line,
            column: Some(l.column),
        }
    }
}

/// Why an import failed. Every variant renders as one line naming the file.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error("{}: cannot read: {source}", path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("unknown import format `{0}` (expected csv, tsv or tbx)")]
    UnknownFormat(String),
    /// Malformed input at a known place.
    #[error("{at}: {message}")]
    Syntax { at: Position, message: String },
    /// A problem with the file as a whole (no target column, ambiguous languages...).
    #[error("{file}: {message}")]
    File { file: String, message: String },
    /// The importer built a glossary that does not validate: a bug, reported, never written.
    #[error("{file}: internal error: the imported glossary does not validate: {errors}")]
    Invalid {
        file: String,
        errors: GlossaryErrors,
    },
}

impl ImportError {
    pub(crate) fn syntax(
        file: &str,
        line: u32,
        column: Option<u32>,
        message: impl Into<String>,
    ) -> Self {
        ImportError::Syntax {
            at: Position {
                file: file.to_string(),
                line,
                column,
            },
            message: message.into(),
        }
    }

    pub(crate) fn file(file: &str, message: impl Into<String>) -> Self {
        ImportError::File {
            file: file.to_string(),
            message: message.into(),
        }
    }
}

/// Something the importer decided on the user's behalf, or dropped: worth telling.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportWarning {
    pub at: Position,
    pub message: String,
}

impl fmt::Display for ImportWarning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.at, self.message)
    }
}

/// A finished import: the glossary, its TOML text (already validated) and the warnings.
#[derive(Debug, Clone)]
pub struct Import {
    pub glossary: Glossary,
    pub toml: String,
    pub warnings: Vec<ImportWarning>,
}

/// How a source file rates one rendering, in TBX's vocabulary.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Status {
    Preferred,
    Admitted,
    /// No status given: acceptable, but a marked preferred or admitted form goes first.
    Unmarked,
    Deprecated,
    Superseded,
}

impl Status {
    /// Reads TBX values (`preferredTerm-admn-sts`, `deprecatedTerm`, TBX-Min's
    /// `notRecommended`), spreadsheet words and mtlint's own keys (`use`, `also`, `avoid`).
    pub(crate) fn parse(value: &str) -> Option<Status> {
        let v = value.trim().to_ascii_lowercase();
        let v = v.strip_suffix("-admn-sts").unwrap_or(&v);
        let v = v.strip_suffix("term").unwrap_or(v);
        let v = v.trim_end_matches(['-', ' ', '_']);
        Some(match v {
            "" => Status::Unmarked,
            "preferred" | "use" | "standardized" | "legal" | "regulated" | "approved"
            | "preferable" => Status::Preferred,
            "admitted" | "also" | "accepted" | "allowed" | "permitted" | "admissible" => {
                Status::Admitted
            }
            "deprecated" | "avoid" | "forbidden" | "wrong" | "notrecommended"
            | "not recommended" | "rejected" => Status::Deprecated,
            "superseded" | "obsolete" | "outdated" => Status::Superseded,
            _ => return None,
        })
    }

    fn is_good(self) -> bool {
        matches!(
            self,
            Status::Preferred | Status::Admitted | Status::Unmarked
        )
    }

    fn word(self) -> &'static str {
        match self {
            Status::Preferred => "preferred",
            Status::Admitted => "admitted",
            Status::Unmarked => "unmarked",
            Status::Deprecated => "deprecated",
            Status::Superseded => "superseded",
        }
    }
}

/// One target-language rendering of an entry.
#[derive(Debug, Clone)]
pub(crate) struct Form {
    pub text: String,
    pub status: Status,
    /// Only for wrong forms: wrong in this variant only.
    pub variant: Option<LangTag>,
    /// Part of speech: kept in the note when this form becomes the preferred one.
    pub pos: Option<String>,
    pub notes: Vec<String>,
    pub origin: Location,
}

/// One concept as read from a file, before it becomes a [`Term`].
#[derive(Debug, Clone)]
pub(crate) struct Entry {
    pub source: Vec<String>,
    pub forms: Vec<Form>,
    pub kind: TermKind,
    pub variant: Option<LangTag>,
    pub notes: Vec<String>,
    pub origin: Location,
}

/// What a reader hands back: entries, the languages it settled on, and its warnings.
pub(crate) struct Parsed {
    pub entries: Vec<Entry>,
    pub lang: LangTag,
    pub source_lang: Option<LangTag>,
    /// How the file was read, for the glossary's description ("TBX v3 (conceptEntry)").
    pub shape: String,
    pub warnings: Vec<ImportWarning>,
}

/// Reads and imports a file.
pub fn import_file(path: &Path, options: &ImportOptions) -> Result<Import, ImportError> {
    // Bounded by the size limit; UTF-16 is read (decode below), so NUL bytes are not refused.
    let bytes = crate::read::read_file(path).map_err(|e| ImportError::Io {
        path: path.to_path_buf(),
        source: match e {
            crate::read::ReadError::Io(e) => e,
            other => std::io::Error::other(other.to_string()),
        },
    })?;
    import_bytes(&path.display().to_string(), &bytes, options)
}

/// Imports the contents of a file named `file` (the name is used in messages and in the
/// glossary's description).
pub fn import_bytes(
    file: &str,
    bytes: &[u8],
    options: &ImportOptions,
) -> Result<Import, ImportError> {
    let text = decode(file, bytes)?;
    let parsed = match options.format {
        Format::Csv => csv::read(file, &text, csv::Delimiter::Comma, options)?,
        Format::Tsv => csv::read(file, &text, csv::Delimiter::Tab, options)?,
        Format::Tbx => tbx::read(file, &text, options)?,
    };
    let mut warnings = parsed.warnings;
    let terms = assemble(parsed.entries, &parsed.lang, &mut warnings);
    let meta = GlossaryMeta {
        name: options.name.clone().unwrap_or_else(|| stem(file)),
        lang: parsed.lang,
        source_lang: parsed.source_lang,
        description: Some(format!(
            "Imported by `mtlint glossary import` from {} ({}).",
            base_name(file),
            parsed.shape
        )),
        license: None,
        sources: Vec::new(),
        file: file.to_string(),
    };
    let glossary = Glossary { meta, terms };
    let toml = crate::write::to_toml(&glossary);
    // The promise of this module: what it returns loads without errors.
    GlossarySet::build(&[GlossarySource {
        name: format!("{file} (imported)"),
        text: toml.clone(),
    }])
    .map_err(|errors| ImportError::Invalid {
        file: file.to_string(),
        errors,
    })?;
    Ok(Import {
        glossary,
        toml,
        warnings,
    })
}

fn base_name(file: &str) -> String {
    Path::new(file)
        .file_name()
        .map_or_else(|| file.to_string(), |n| n.to_string_lossy().into_owned())
}

fn stem(file: &str) -> String {
    Path::new(file)
        .file_stem()
        .map(|n| n.to_string_lossy().into_owned())
        .filter(|s| !s.trim().is_empty())
        .unwrap_or_else(|| "Imported glossary".to_string())
}

/// The text of a file: UTF-8 (a BOM is dropped), or UTF-16 with a BOM, which is what
/// spreadsheets call "Unicode text" and some CAT tools export TBX in.
fn decode(file: &str, bytes: &[u8]) -> Result<String, ImportError> {
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return decode_utf8(file, rest);
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        return decode_utf16(file, rest, u16::from_le_bytes);
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        return decode_utf16(file, rest, u16::from_be_bytes);
    }
    decode_utf8(file, bytes)
}

fn decode_utf8(file: &str, bytes: &[u8]) -> Result<String, ImportError> {
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(text.to_string()),
        Err(e) => {
            let valid = String::from_utf8_lossy(&bytes[..e.valid_up_to()]);
            let (line, column) = line_col(&valid, valid.len());
            Err(ImportError::syntax(
                file,
                line,
                Some(column),
                "not valid UTF-8 (save the file as UTF-8)",
            ))
        }
    }
}

fn decode_utf16(file: &str, bytes: &[u8], unit: fn([u8; 2]) -> u16) -> Result<String, ImportError> {
    let units = bytes.chunks(2).map(|c| match c {
        [a, b] => unit([*a, *b]),
        // An odd trailing byte: a lone surrogate makes it a decoding error below.
        _ => 0xD800,
    });
    let mut text = String::with_capacity(bytes.len() / 2);
    for c in char::decode_utf16(units) {
        match c {
            Ok(c) => text.push(c),
            Err(_) => {
                let (line, column) = line_col(&text, text.len());
                return Err(ImportError::syntax(
                    file,
                    line,
                    Some(column),
                    "not valid UTF-16",
                ));
            }
        }
    }
    Ok(text)
}

/// Collapses runs of white space (line breaks inside XML text, padding in cells).
pub(crate) fn clean(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Makes terms of entries: the preferred rendering and the others by status, then the
/// cross-entry fixes that keep the glossary valid.
fn assemble(entries: Vec<Entry>, lang: &LangTag, warnings: &mut Vec<ImportWarning>) -> Vec<Term> {
    let terms: Vec<Term> = entries
        .into_iter()
        .filter_map(|e| make_term(e, lang, warnings))
        .collect();
    let mut terms = merge_same_id(terms, warnings);
    drop_conflicting_avoids(&mut terms, warnings);
    terms
}

fn warn(warnings: &mut Vec<ImportWarning>, at: &Location, message: impl Into<String>) {
    warnings.push(ImportWarning {
        at: at.into(),
        message: message.into(),
    });
}

/// Index of the rendering to use: the first preferred, else the first admitted, else the
/// first unmarked one.
fn pick_preferred(forms: &[Form]) -> Option<usize> {
    [Status::Preferred, Status::Admitted, Status::Unmarked]
        .iter()
        .find_map(|s| forms.iter().position(|f| f.status == *s))
}

fn make_term(entry: Entry, lang: &LangTag, warnings: &mut Vec<ImportWarning>) -> Option<Term> {
    let forms = dedupe_forms(entry.forms, warnings);
    let Some(chosen) = pick_preferred(&forms) else {
        let wrong: Vec<&str> = forms.iter().map(|f| f.text.as_str()).collect();
        let message = if wrong.is_empty() {
            format!("entry has no {lang} term: skipped")
        } else {
            format!(
                "entry has only deprecated {lang} terms ({}): skipped, nothing to suggest instead",
                wrong.join(", ")
            )
        };
        warn(warnings, &entry.origin, message);
        return None;
    };
    let mut notes = entry.notes;
    // What the import decided goes last in the note, after what the file said.
    let mut decision_note = None;
    let good = forms.iter().filter(|f| f.status.is_good()).count();
    let preferred_count = forms
        .iter()
        .filter(|f| f.status == Status::Preferred)
        .count();
    if preferred_count > 1 {
        let decision = format!(
            "{preferred_count} preferred terms; imported the first, `{}`, as preferred and the others as accepted",
            forms[chosen].text
        );
        warn(warnings, &forms[chosen].origin, decision.clone());
        decision_note = Some(format!("Import: {decision}."));
    } else if preferred_count == 0 && good > 1 {
        let decision = format!(
            "no preferred term; imported the first {} one, `{}`, as preferred",
            forms[chosen].status.word(),
            forms[chosen].text
        );
        warn(warnings, &forms[chosen].origin, decision.clone());
        decision_note = Some(format!("Import: {decision}."));
    }
    let preferred = forms[chosen].text.clone();
    let mut accepted = Vec::new();
    let mut avoid = Vec::new();
    for (i, form) in forms.into_iter().enumerate() {
        if i == chosen {
            notes.extend(form.notes);
            notes.extend(form.pos.map(|p| format!("part of speech: {p}")));
        } else if form.status.is_good() {
            notes.extend(
                form.notes
                    .into_iter()
                    .map(|n| format!("{}: {n}", form.text)),
            );
            accepted.push(form.text);
        } else {
            avoid.push(make_avoid(form, entry.variant.as_ref()));
        }
    }
    notes.extend(decision_note);
    let note = join_notes(&notes);
    Some(Term {
        id: default_id(entry.kind.as_str(), &preferred, &entry.variant),
        preferred,
        accepted,
        avoid,
        source: dedupe_strings(entry.source),
        kind: entry.kind,
        variant: entry.variant,
        case: CaseMode::default(),
        note,
        examples: Vec::new(),
        origin: entry.origin,
        glossary: 0,
        parts: Vec::new(),
    })
}

fn make_avoid(form: Form, term_variant: Option<&LangTag>) -> Avoid {
    let mut notes = Vec::new();
    // The status word tells a reader why the form is listed, unless the file gave the
    // status in mtlint's own words.
    if matches!(form.status, Status::Superseded) {
        notes.push("superseded term".to_string());
    }
    notes.extend(form.notes);
    Avoid {
        text: form.text,
        near: Vec::new(),
        window: Avoid::DEFAULT_WINDOW,
        // The term's own variant already scopes the form: repeating it adds nothing.
        variant: form.variant.filter(|v| Some(v) != term_variant),
        case: None,
        note: join_notes(&notes),
        origin: form.origin,
    }
}

fn join_notes(notes: &[String]) -> Option<String> {
    let notes: Vec<String> = notes
        .iter()
        .map(|n| clean(n))
        .filter(|n| !n.is_empty())
        .collect();
    if notes.is_empty() {
        None
    } else {
        Some(notes.join(" | "))
    }
}

fn dedupe_strings(items: Vec<String>) -> Vec<String> {
    let mut seen: HashSet<String> = HashSet::new();
    let mut out = Vec::new();
    for item in items {
        let item = clean(&item);
        if !item.is_empty() && seen.insert(item.clone()) {
            out.push(item);
        }
    }
    out
}

/// The same rendering twice in one entry: the first listing wins. Forms that differ in
/// case only are kept apart ("TASS" and "Tass" under an exact case mode).
fn dedupe_forms(forms: Vec<Form>, warnings: &mut Vec<ImportWarning>) -> Vec<Form> {
    let mut out: Vec<Form> = Vec::new();
    // Where each text is in `out`: a lookup, not a scan, so an entry with very many forms
    // stays linear.
    let mut at: HashMap<String, usize> = HashMap::new();
    for mut form in forms {
        form.text = clean(&form.text);
        if form.text.is_empty() {
            continue;
        }
        if let Some(first) = at.get(&form.text).map(|&i| &out[i]) {
            if first.status.is_good() != form.status.is_good() {
                warn(
                    warnings,
                    &form.origin,
                    format!(
                        "`{}` is listed as {} and, earlier, as {}: kept as {}",
                        form.text,
                        form.status.word(),
                        first.status.word(),
                        first.status.word()
                    ),
                );
            }
            continue;
        }
        at.insert(form.text.clone(), out.len());
        out.push(form);
    }
    out
}

/// Two entries with the same preferred rendering (and kind and variant) would share an id:
/// they become one entry.
fn merge_same_id(terms: Vec<Term>, warnings: &mut Vec<ImportWarning>) -> Vec<Term> {
    let mut out: Vec<Term> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();
    // Per entry of `out`: its good forms and sources, so merging many entries into one
    // stays linear (each merge used to scan, and copy, all that was merged before).
    let mut seen: Vec<(HashSet<String>, HashSet<String>)> = Vec::new();
    for term in terms {
        let Some(&i) = index.get(&term.id) else {
            index.insert(term.id.clone(), out.len());
            let good = term.good_forms().map(str::to_string).collect();
            seen.push((good, term.source.iter().cloned().collect()));
            out.push(term);
            continue;
        };
        let first = &mut out[i];
        let (good, sources) = &mut seen[i];
        warn(
            warnings,
            &term.origin,
            format!(
                "same preferred term `{}` as the entry at line {}: merged into it",
                term.preferred, first.origin.line
            ),
        );
        for form in term.accepted {
            if good.insert(form.clone()) {
                first.accepted.push(form);
            }
        }
        first.avoid.extend(term.avoid);
        for source in term.source {
            let source = clean(&source);
            if !source.is_empty() && sources.insert(source.clone()) {
                first.source.push(source);
            }
        }
        match (&mut first.note, term.note) {
            (Some(a), Some(b)) if *a != b => {
                a.push_str(" | ");
                a.push_str(&b);
            }
            (a @ None, b) => *a = b,
            _ => {}
        }
    }
    out
}

/// Variants overlap when either is absent or they are equal (as validation decides).
fn variants_overlap(a: Option<&LangTag>, b: Option<&LangTag>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => a.overlaps(b),
        _ => true,
    }
}

/// A wrong rendering of one entry that another entry uses (homonyms across concepts, a
/// term deprecated in one sense and preferred in another), or one already listed as wrong
/// elsewhere: validation refuses both, so the import drops it and says so.
fn drop_conflicting_avoids(terms: &mut [Term], warnings: &mut Vec<ImportWarning>) {
    let mut good: HashMap<String, Vec<(usize, Option<LangTag>)>> = HashMap::new();
    for (i, term) in terms.iter().enumerate() {
        for form in term.good_forms() {
            good.entry(fold_key(form))
                .or_default()
                .push((i, term.variant.clone()));
        }
    }
    let mut wrong: HashMap<String, Vec<(usize, Option<LangTag>)>> = HashMap::new();
    for i in 0..terms.len() {
        let term_variant = terms[i].variant.clone();
        let avoids = std::mem::take(&mut terms[i].avoid);
        let mut kept = Vec::new();
        for avoid in avoids {
            let key = fold_key(&avoid.text);
            let scope = avoid.variant.clone().or_else(|| term_variant.clone());
            let used_by = good
                .get(&key)
                .into_iter()
                .flatten()
                .find(|(_, v)| variants_overlap(v.as_ref(), scope.as_ref()));
            if let Some((j, _)) = used_by {
                let whose = if *j == i {
                    "this entry".to_string()
                } else {
                    format!("`{}`", terms[*j].preferred)
                };
                warn(
                    warnings,
                    &avoid.origin,
                    format!(
                        "`{}` is deprecated here but a good term of {whose}: not listed as wrong",
                        avoid.text
                    ),
                );
                continue;
            }
            let listed = wrong.entry(key).or_default();
            if let Some((j, _)) = listed
                .iter()
                .find(|(_, v)| variants_overlap(v.as_ref(), scope.as_ref()))
            {
                if *j != i {
                    warn(
                        warnings,
                        &avoid.origin,
                        format!(
                            "`{}` is already a wrong rendering of `{}`: listed there only",
                            avoid.text, terms[*j].preferred
                        ),
                    );
                }
                continue;
            }
            listed.push((i, scope));
            kept.push(avoid);
        }
        terms[i].avoid = kept;
    }
}

#[cfg(test)]
mod tests;
