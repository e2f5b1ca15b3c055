//! CSV and TSV glossaries: reading (a header row names the columns) and writing (the
//! export side of the round trip).
//!
//! Two layouts are read, and may be mixed:
//! - one row per entry: `source,target[,also][,avoid][,kind][,note]`, where `also` and
//!   `avoid` hold several forms separated by `|`;
//! - one row per rendering, with a `status` column (preferred / admitted / deprecated ...,
//!   as in TBX): consecutive rows with the same source form one entry. A row starts a new
//!   entry when its source differs, when it is a second preferred rendering, or when its
//!   kind or variant differs. This is the layout [`to_csv`] writes.

use ::csv::{ErrorKind, ReaderBuilder, StringRecord, WriterBuilder};

use super::{clean, Entry, Form, ImportError, ImportOptions, ImportWarning, Parsed, Status};
use crate::model::{Avoid, Term};
use crate::{CaseMode, LangTag, Location, TermKind};

/// The separator between forms in one cell (several sources, `also`, `avoid`).
const LIST_SEPARATOR: char = '|';

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Delimiter {
    Comma,
    Tab,
}

/// What a column holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Source,
    Target,
    Also,
    Avoid,
    Status,
    Note,
    Kind,
    Variant,
    PartOfSpeech,
}

impl Role {
    /// The role of a header cell, forgiving about case, `_`/`-` and common synonyms.
    fn from_header(name: &str) -> Option<Role> {
        Some(match name {
            "source" | "src" | "source term" | "source text" | "source form" | "original"
            | "term" => Role::Source,
            "target" | "tgt" | "target term" | "target text" | "target form" | "translation"
            | "translated term" | "translated" | "use" | "preferred" | "preferred term" => {
                Role::Target
            }
            "also" | "accepted" | "admitted" | "alternatives" | "synonyms" | "allowed" => {
                Role::Also
            }
            "avoid" | "wrong" | "deprecated" | "forbidden" | "incorrect" | "do not use" => {
                Role::Avoid
            }
            "status"
            | "term status"
            | "usage"
            | "administrative status"
            | "normative authorization" => Role::Status,
            "note"
            | "notes"
            | "comment"
            | "comments"
            | "remark"
            | "remarks"
            | "description"
            | "definition"
            | "explanation"
            | "translator comments"
            | "developer comments" => Role::Note,
            "kind" | "category" | "class" => Role::Kind,
            "variant" | "region" | "locale" => Role::Variant,
            "part of speech" | "pos" | "partofspeech" | "word class" => Role::PartOfSpeech,
            _ => return None,
        })
    }
}

fn normalise_header(cell: &str) -> String {
    clean(&cell.trim_start_matches('\u{feff}').replace(['_', '-'], " ")).to_lowercase()
}

/// Column indexes by role.
#[derive(Debug, Default)]
struct Columns {
    source: Option<usize>,
    target: Option<usize>,
    also: Option<usize>,
    avoid: Option<usize>,
    status: Option<usize>,
    notes: Vec<usize>,
    kind: Option<usize>,
    variant: Option<usize>,
    pos: Option<usize>,
}

impl Columns {
    /// The column of a role that takes one column; notes may take several.
    fn slot(&mut self, role: Role) -> Option<&mut Option<usize>> {
        Some(match role {
            Role::Source => &mut self.source,
            Role::Target => &mut self.target,
            Role::Also => &mut self.also,
            Role::Avoid => &mut self.avoid,
            Role::Status => &mut self.status,
            Role::Kind => &mut self.kind,
            Role::Variant => &mut self.variant,
            Role::PartOfSpeech => &mut self.pos,
            Role::Note => return None,
        })
    }
}

/// The languages a header settles: from `--lang`/`--source-lang`, or from columns named
/// by language (`en,pt-BR`, as Google's and several CAT tools' CSV glossaries are).
struct Header {
    columns: Columns,
    lang: LangTag,
    source_lang: Option<LangTag>,
}

fn read_header(
    file: &str,
    header: &StringRecord,
    options: &ImportOptions,
    warnings: &mut Vec<ImportWarning>,
) -> Result<Header, ImportError> {
    let mut columns = Columns::default();
    let mut by_language: Vec<(usize, LangTag)> = Vec::new();
    let mut ignored = Vec::new();
    for (i, cell) in header.iter().enumerate() {
        let name = normalise_header(cell);
        match Role::from_header(&name) {
            Some(role) => {
                let Some(slot) = columns.slot(role) else {
                    columns.notes.push(i);
                    continue;
                };
                if let Some(first) = *slot {
                    return Err(ImportError::syntax(
                        file,
                        1,
                        None,
                        format!(
                            "two columns hold the same thing: `{}` and `{}`",
                            header.get(first).unwrap_or_default().trim(),
                            cell.trim()
                        ),
                    ));
                }
                *slot = Some(i);
            }
            None => match cell
                .trim()
                .trim_start_matches('\u{feff}')
                .parse::<LangTag>()
            {
                Ok(tag) => by_language.push((i, tag)),
                Err(_) if name.is_empty() => {}
                Err(_) => ignored.push(cell.trim().to_string()),
            },
        }
    }
    let mut lang = options.lang.clone();
    let mut source_lang = options.source_lang.clone();
    if columns.target.is_none() {
        assign_language_columns(&mut columns, &by_language, &mut lang, &mut source_lang);
    } else {
        ignored.extend(by_language.iter().map(|(_, t)| t.to_string()));
    }
    let found: Vec<&str> = header.iter().map(str::trim).collect();
    if columns.target.is_none() {
        return Err(ImportError::syntax(
            file,
            1,
            None,
            format!(
                "no target column in the header row (found: {}); name the column of translations `target`",
                found.join(", ")
            ),
        ));
    }
    if !ignored.is_empty() {
        warnings.push(ImportWarning {
            at: super::Position {
                file: file.to_string(),
                line: 1,
                column: None,
            },
            message: format!("columns ignored: {}", ignored.join(", ")),
        });
    }
    let Some(lang) = lang else {
        return Err(ImportError::file(
            file,
            "the file does not say which language the targets are in: give it with --lang (e.g. --lang pt-BR)",
        ));
    };
    Ok(Header {
        columns,
        lang,
        source_lang,
    })
}

/// Columns named by language: the target is `--lang`'s column or the one that is not the
/// source; the source is `--source-lang`'s column or the first one.
fn assign_language_columns(
    columns: &mut Columns,
    by_language: &[(usize, LangTag)],
    lang: &mut Option<LangTag>,
    source_lang: &mut Option<LangTag>,
) {
    let find = |want: &Option<LangTag>| {
        want.as_ref()
            .and_then(|w| by_language.iter().find(|(_, t)| t == w || t.base() == *w))
            .cloned()
    };
    let target = find(lang);
    let source = find(source_lang).or_else(|| {
        by_language
            .iter()
            .find(|(i, _)| Some(*i) != target.as_ref().map(|t| t.0))
            .cloned()
    });
    let target = target.or_else(|| {
        let others: Vec<_> = by_language
            .iter()
            .filter(|(i, _)| Some(*i) != source.as_ref().map(|s| s.0))
            .collect();
        match others.as_slice() {
            [only] => Some((*only).clone()),
            _ => None,
        }
    });
    if let Some((i, tag)) = target {
        columns.target = Some(i);
        lang.get_or_insert(tag);
        if columns.source.is_none() {
            if let Some((s, tag)) = source {
                columns.source = Some(s);
                source_lang.get_or_insert(tag);
            }
        }
    }
}

/// Picks `;` over `,` when the header row has semicolons and no commas: spreadsheets in
/// locales with a decimal comma write CSV that way.
fn sniff_comma(text: &str) -> u8 {
    let first_line = text.lines().next().unwrap_or_default();
    if first_line.contains(';') && !first_line.contains(',') {
        b';'
    } else {
        b','
    }
}

fn csv_error(file: &str, e: &::csv::Error) -> ImportError {
    let line = e
        .position()
        .map_or(0, |p| u32::try_from(p.line()).unwrap_or(u32::MAX));
    match e.kind() {
        ErrorKind::UnequalLengths {
            expected_len, len, ..
        } => ImportError::syntax(
            file,
            line,
            None,
            format!(
                "row has {len} fields but the header has {expected_len} (a separator inside an unquoted term, or an unclosed quote?)"
            ),
        ),
        _ => ImportError::syntax(file, line, None, e.to_string()),
    }
}

/// One data row, read by role.
struct Row {
    origin: Location,
    source: Vec<String>,
    target: String,
    also: Vec<String>,
    avoid: Vec<String>,
    status: Status,
    kind: Option<TermKind>,
    variant: Option<LangTag>,
    notes: Vec<String>,
}

fn split_list(cell: &str) -> Vec<String> {
    cell.split(LIST_SEPARATOR)
        .map(clean)
        .filter(|s| !s.is_empty())
        .collect()
}

/// A `kind` cell: mtlint's names and a few common words for them.
fn parse_kind(cell: &str) -> Option<TermKind> {
    Some(match cell.trim().to_lowercase().as_str() {
        "person" | "people" | "name" | "personal name" => TermKind::Person,
        "place" | "location" | "country" | "city" | "region" | "geo" | "territory" => {
            TermKind::Place
        }
        "org" | "organization" | "organisation" | "agency" | "company" | "institution" => {
            TermKind::Org
        }
        "term" | "concept" | "general" => TermKind::Term,
        "spelling" | "orthography" => TermKind::Spelling,
        "other" => TermKind::Other,
        _ => return None,
    })
}

fn read_row(
    file: &str,
    record: &StringRecord,
    columns: &Columns,
    lang: &LangTag,
    warnings: &mut Vec<ImportWarning>,
) -> Result<Row, ImportError> {
    let line = record
        .position()
        .map_or(0, |p| u32::try_from(p.line()).unwrap_or(u32::MAX));
    let origin = Location {
        file: file.to_string(),
        line,
        column: 1,
    };
    let cell = |i: Option<usize>| i.and_then(|i| record.get(i)).unwrap_or_default().trim();
    let mut warn = |message: String| {
        warnings.push(ImportWarning {
            at: (&origin).into(),
            message,
        })
    };
    let status = match Status::parse(cell(columns.status)) {
        // Without a status column, the target column holds the preferred rendering.
        Some(_) if columns.status.is_none() => Status::Preferred,
        Some(s) => s,
        None => {
            warn(format!(
                "unknown status `{}`: read as admitted",
                cell(columns.status)
            ));
            Status::Admitted
        }
    };
    let kind_cell = cell(columns.kind);
    let kind = if kind_cell.is_empty() {
        None
    } else {
        let kind = parse_kind(kind_cell);
        if kind.is_none() {
            warn(format!(
                "unknown kind `{kind_cell}` (expected person, place, org, term, spelling or other): read as term"
            ));
        }
        kind.or(Some(TermKind::Term))
    };
    let variant_cell = cell(columns.variant);
    let variant = if variant_cell.is_empty() {
        None
    } else {
        let tag = variant_cell
            .parse::<LangTag>()
            .map_err(|e| ImportError::syntax(file, line, None, format!("variant: {e}")))?;
        if !tag.overlaps(lang) || tag.region().is_none() {
            return Err(ImportError::syntax(
                file,
                line,
                None,
                format!(
                    "variant `{tag}` is not a regional variant of the target language `{lang}`"
                ),
            ));
        }
        Some(tag)
    };
    let mut notes: Vec<String> = columns
        .notes
        .iter()
        .map(|&i| clean(cell(Some(i))))
        .filter(|n| !n.is_empty())
        .collect();
    let pos = clean(cell(columns.pos));
    if !pos.is_empty() {
        notes.push(format!("part of speech: {pos}"));
    }
    Ok(Row {
        origin,
        source: split_list(cell(columns.source)),
        target: clean(cell(columns.target)),
        also: split_list(cell(columns.also)),
        avoid: split_list(cell(columns.avoid)),
        status,
        kind,
        variant,
        notes,
    })
}

fn form(
    text: String,
    status: Status,
    variant: Option<LangTag>,
    notes: Vec<String>,
    origin: &Location,
) -> Form {
    Form {
        text,
        status,
        variant,
        pos: None,
        notes,
        origin: origin.clone(),
    }
}

fn add_row(entries: &mut Vec<Entry>, row: Row, grouped: bool) {
    let Row {
        origin,
        source,
        target,
        also,
        avoid,
        status,
        kind,
        variant,
        notes,
    } = row;
    let extra = |entry: &mut Entry| {
        for a in also {
            entry
                .forms
                .push(form(a, Status::Admitted, None, Vec::new(), &origin));
        }
        for a in avoid {
            entry
                .forms
                .push(form(a, Status::Deprecated, None, Vec::new(), &origin));
        }
    };
    if let Some(entry) = entries.last_mut() {
        let row_view = RowView {
            source: &source,
            status,
            kind,
            variant: &variant,
        };
        if grouped && row_view.continues(entry) {
            let form_variant = if status.is_good() { None } else { variant };
            entry
                .forms
                .push(form(target, status, form_variant, notes, &origin));
            extra(entry);
            return;
        }
    }
    let mut entry = Entry {
        source,
        forms: vec![form(target, status, None, Vec::new(), &origin)],
        kind: kind.unwrap_or(TermKind::Term),
        variant,
        notes,
        origin: origin.clone(),
    };
    extra(&mut entry);
    entries.push(entry);
}

/// The parts of a row that decide whether it continues the entry before it.
struct RowView<'a> {
    source: &'a [String],
    status: Status,
    kind: Option<TermKind>,
    variant: &'a Option<LangTag>,
}

impl RowView<'_> {
    fn continues(&self, entry: &Entry) -> bool {
        let same_source = self.source.is_empty() || self.source == entry.source.as_slice();
        let second_preferred = self.status == Status::Preferred
            && entry.forms.iter().any(|f| f.status == Status::Preferred);
        let same_kind = self.kind.is_none_or(|k| k == entry.kind);
        let same_variant = !self.status.is_good() || *self.variant == entry.variant;
        same_source && !second_preferred && same_kind && same_variant
    }
}

pub(crate) fn read(
    file: &str,
    text: &str,
    delimiter: Delimiter,
    options: &ImportOptions,
) -> Result<Parsed, ImportError> {
    let (byte, shape) = match delimiter {
        Delimiter::Comma => (sniff_comma(text), "CSV"),
        Delimiter::Tab => (b'\t', "TSV"),
    };
    let mut reader = ReaderBuilder::new()
        .has_headers(false)
        .flexible(false)
        .delimiter(byte)
        .from_reader(text.as_bytes());
    let mut records = reader.records();
    let mut warnings = Vec::new();
    let header = match records.next() {
        Some(record) => record.map_err(|e| csv_error(file, &e))?,
        None => {
            return Err(ImportError::file(
                file,
                "empty file: expected a header row naming the columns (source, target, ...)",
            ))
        }
    };
    let Header {
        columns,
        lang,
        source_lang,
    } = read_header(file, &header, options, &mut warnings)?;
    let grouped = columns.status.is_some();
    let mut entries = Vec::new();
    for record in records {
        let record = record.map_err(|e| csv_error(file, &e))?;
        let row = read_row(file, &record, &columns, &lang, &mut warnings)?;
        if row.target.is_empty() {
            warnings.push(ImportWarning {
                at: (&row.origin).into(),
                message: "row has no target term: skipped".to_string(),
            });
            continue;
        }
        add_row(&mut entries, row, grouped);
    }
    Ok(Parsed {
        entries,
        lang,
        source_lang,
        shape: shape.to_string(),
        warnings,
    })
}

/// A glossary as CSV or TSV, one row per rendering (the layout [`read`] groups back into
/// entries), and what the table cannot hold.
#[derive(Debug, Clone)]
pub struct Export {
    pub text: String,
    /// Data left out: examples, contextual wrong renderings, case modes, explicit ids.
    pub warnings: Vec<ImportWarning>,
}

/// The columns [`to_csv`] writes.
pub const EXPORT_HEADER: [&str; 6] = ["source", "target", "status", "kind", "variant", "note"];

/// Writes terms as CSV (`Delimiter::Comma`) or TSV, one row per rendering.
pub fn to_csv<'a>(terms: impl IntoIterator<Item = &'a Term>, delimiter: Delimiter) -> Export {
    let byte = match delimiter {
        Delimiter::Comma => b',',
        Delimiter::Tab => b'\t',
    };
    let mut rows: Vec<[String; 6]> = Vec::new();
    let mut warnings = Vec::new();
    // Examples never fit in a table: one warning for all, not one per entry.
    let mut with_examples: Vec<&Term> = Vec::new();
    for term in terms {
        if !term.examples.is_empty() {
            with_examples.push(term);
        }
        export_term(term, &mut rows, &mut warnings);
    }
    if let Some(first) = with_examples.first() {
        warnings.insert(
            0,
            ImportWarning {
                at: (&first.origin).into(),
                message: format!(
                    "the examples of {} entries are not exported (the first here): a table has no column for them",
                    with_examples.len()
                ),
            },
        );
    }
    let mut writer = WriterBuilder::new().delimiter(byte).from_writer(Vec::new());
    // Writing to a Vec cannot fail; a failure would only lose rows, never panic.
    let _ = writer.write_record(EXPORT_HEADER);
    for row in &rows {
        let _ = writer.write_record(row);
    }
    let bytes = writer.into_inner().unwrap_or_default();
    Export {
        text: String::from_utf8_lossy(&bytes).into_owned(),
        warnings,
    }
}

fn export_term(term: &Term, rows: &mut Vec<[String; 6]>, warnings: &mut Vec<ImportWarning>) {
    let mut lost = Vec::new();
    if term.case != CaseMode::Smart {
        lost.push("its case mode".to_string());
    }
    let source = term.source.join(&format!(" {LIST_SEPARATOR} "));
    let kind = term.kind.as_str().to_string();
    let variant = term
        .variant
        .as_ref()
        .map(ToString::to_string)
        .unwrap_or_default();
    let note = term.note.clone().unwrap_or_default();
    rows.push([
        source.clone(),
        term.preferred.clone(),
        "preferred".into(),
        kind.clone(),
        variant.clone(),
        note,
    ]);
    for also in &term.accepted {
        rows.push([
            source.clone(),
            also.clone(),
            "admitted".into(),
            kind.clone(),
            variant.clone(),
            String::new(),
        ]);
    }
    for avoid in &term.avoid {
        if avoid.is_contextual() || avoid.window != Avoid::DEFAULT_WINDOW {
            lost.push(format!(
                "the wrong rendering `{}` (it needs its context)",
                avoid.text
            ));
            continue;
        }
        if avoid.case.is_some() {
            lost.push(format!("the case mode of `{}`", avoid.text));
        }
        let avoid_variant = avoid
            .variant
            .as_ref()
            .map_or_else(|| variant.clone(), ToString::to_string);
        rows.push([
            source.clone(),
            avoid.text.clone(),
            "deprecated".into(),
            kind.clone(),
            avoid_variant,
            avoid.note.clone().unwrap_or_default(),
        ]);
    }
    if !lost.is_empty() {
        warnings.push(ImportWarning {
            at: (&term.origin).into(),
            message: format!("`{}`: not exported: {}", term.preferred, lost.join(", ")),
        });
    }
}
