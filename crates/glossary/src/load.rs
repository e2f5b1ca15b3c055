use std::ops::Range;
use std::path::{Path, PathBuf};

use toml::de::{DeTable, DeValue};
use toml::Spanned;

use crate::fields::FieldError;
use crate::model::{Avoid, Example, ExampleExpectation, Glossary, GlossaryMeta, NamePart, Term};
use crate::raw::{RawAvoidTable, RawExample, RawHeader, RawPart, RawTerm, SpannedString};
use crate::text::{fold_key, LineStarts};
use crate::{CaseMode, GlossaryError, GlossaryErrors, LangTag, Location};

/// The text of one glossary file and the name to report it under.
#[derive(Debug, Clone)]
pub struct GlossarySource {
    pub name: String,
    pub text: String,
}

/// Reads glossary files and folders (every `*.toml` below a folder, in name order).
/// All unreadable files are reported together.
pub fn load_paths(paths: &[PathBuf]) -> Result<Vec<GlossarySource>, GlossaryErrors> {
    let (sources, errors) = read_paths(paths);
    if errors.is_empty() {
        Ok(sources)
    } else {
        Err(GlossaryErrors(errors))
    }
}

/// Like [`load_paths`], but returns the files that could be read with the errors of those
/// that could not, so a validation can still report the errors inside the readable ones.
pub fn read_paths(paths: &[PathBuf]) -> (Vec<GlossarySource>, Vec<GlossaryError>) {
    let mut sources = Vec::new();
    let mut errors = Vec::new();
    for path in paths {
        if path.is_dir() {
            let mut files = Vec::new();
            collect_toml_files(path, &mut files, &mut errors);
            if files.is_empty() && errors.is_empty() {
                errors.push(GlossaryError::Empty { path: path.clone() });
            }
            files.sort();
            for file in files {
                read_source(&file, &mut sources, &mut errors);
            }
        } else {
            read_source(path, &mut sources, &mut errors);
        }
    }
    (sources, errors)
}

fn collect_toml_files(dir: &Path, files: &mut Vec<PathBuf>, errors: &mut Vec<GlossaryError>) {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(source) => {
            errors.push(GlossaryError::Io {
                path: dir.to_path_buf(),
                source,
            });
            return;
        }
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect_toml_files(&path, files, errors);
        } else if path.extension().is_some_and(|e| e == "toml") {
            files.push(path);
        }
    }
}

fn read_source(path: &Path, sources: &mut Vec<GlossarySource>, errors: &mut Vec<GlossaryError>) {
    match read_glossary_file(path) {
        Ok(bytes) => match String::from_utf8(bytes) {
            Ok(text) => sources.push(GlossarySource {
                name: path.display().to_string(),
                text,
            }),
            Err(_) => errors.push(GlossaryError::NotUtf8 {
                path: path.to_path_buf(),
            }),
        },
        Err(source) => errors.push(GlossaryError::Io {
            path: path.to_path_buf(),
            source,
        }),
    }
}

/// A glossary file's bytes, bounded by the size limit; a binary (or UTF-16) file is refused
/// from its first chunk.
fn read_glossary_file(path: &Path) -> std::io::Result<Vec<u8>> {
    let file = std::fs::File::open(path)?;
    let refuse_nul = |head: &[u8]| match crate::read::nul_kind(head) {
        Some(kind) => Err(crate::read::ReadError::Io(std::io::Error::other(format!(
            "a {kind} file, not a TOML glossary (save it as UTF-8 text)"
        )))),
        None => Ok(()),
    };
    crate::read::read_bounded(file, refuse_nul).map_err(|e| match e {
        crate::read::ReadError::Io(e) => e,
        other => std::io::Error::other(other.to_string()),
    })
}

/// Control characters (line breaks, tabs, NUL, ESC) and the marks that reorder or hide
/// text (bidirectional overrides and isolates, zero-width characters but the joiners).
fn hidden_char(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{200b}' | '\u{200e}' | '\u{200f}' | '\u{061c}' | '\u{feff}'
        )
        || ('\u{202a}'..='\u{202e}').contains(&c)
        || ('\u{2066}'..='\u{2069}').contains(&c)
}

/// Parses one glossary file, reporting every syntax and schema error in it.
pub fn parse_glossary(name: &str, text: &str) -> Result<Glossary, GlossaryErrors> {
    match parse_glossary_partial(name, text) {
        (Some(g), errors) if errors.is_empty() => Ok(g),
        (_, errors) => Err(GlossaryErrors(errors)),
    }
}

/// Parses one glossary file: its header and the entries that could be read, even if the
/// file has errors elsewhere (so checks across files can still run on them), and every
/// error in it, in file order.
pub(crate) fn parse_glossary_partial(
    name: &str,
    text: &str,
) -> (Option<Glossary>, Vec<GlossaryError>) {
    let lines = LineStarts::new(text);
    let mut parser = FileParser {
        name,
        text,
        lines: &lines,
        base: 0,
        errors: Vec::new(),
    };
    let (glossary, mut errors) = match parser.parse_in_pieces() {
        Some(read) => read,
        None => {
            let glossary = parser.parse();
            (glossary, parser.errors)
        }
    };
    in_file_order(&mut errors);
    (glossary, errors)
}

/// Schema errors are found before the checks of values: report in file order.
fn in_file_order(errors: &mut [GlossaryError]) {
    errors.sort_by_key(|e| match e {
        GlossaryError::Invalid { location, .. } => (location.line, location.column),
        _ => (0, 0),
    });
}

/// `[[term]]` items above which a file's entries are read on several threads (generated
/// gazetteers of a million names: the TOML deserialisation and the checks of each entry
/// are independent of the others).
const PARALLEL_TERMS: usize = 4_096;

/// Files of at least this many bytes are parsed in pieces (see `parse_in_pieces`).
const PARALLEL_BYTES: usize = 1 << 20;

/// The entries read from some `[[term]]` items, their schema errors (from serde) and the
/// errors in their values, each in item order.
type TermsRead = (Vec<Term>, Vec<GlossaryError>, Vec<GlossaryError>);

/// Where to cut `text` for `parse_in_pieces`: at the first `[[term]]` line, then at the
/// first `[[term]]` line after each further `1/pieces` of the text. Empty if there is none.
fn term_cuts(text: &str, pieces: usize) -> Vec<usize> {
    let Some(first) = next_term_line(text, 0) else {
        return Vec::new();
    };
    let mut cuts = vec![first];
    let step = (text.len() - first) / pieces.max(1);
    for k in 1..pieces {
        let from = (first + k * step).max(cuts[cuts.len() - 1] + 1);
        match next_term_line(text, from) {
            Some(cut) => cuts.push(cut),
            None => break,
        }
    }
    cuts
}

/// The start of the first line at or after byte `from` that is a `[[term]]` header.
fn next_term_line(text: &str, from: usize) -> Option<usize> {
    const HEADER: &str = "\n[[term]]";
    let mut at = from.saturating_sub(1);
    while !text.is_char_boundary(at) {
        at += 1;
    }
    while let Some(found) = text[at..].find(HEADER) {
        let line = at + found + 1;
        let after = text[line + HEADER.len() - 1..].chars().next();
        if after.is_none_or(|c| matches!(c, '\n' | '\r' | ' ' | '\t' | '#')) {
            return Some(line);
        }
        at = line;
    }
    None
}

struct FileParser<'a> {
    name: &'a str,
    text: &'a str,
    lines: &'a LineStarts,
    /// Where the text this parser's spans are relative to starts in the file.
    base: usize,
    errors: Vec<GlossaryError>,
}

impl FileParser<'_> {
    fn location(&self, span: &Range<usize>) -> Location {
        let (line, column) = self.lines.line_col(self.text, self.base + span.start);
        Location {
            file: self.name.to_string(),
            line,
            column,
        }
    }

    fn error(&mut self, span: &Range<usize>, message: impl Into<String>) {
        let location = self.location(span);
        self.errors.push(GlossaryError::invalid(location, message));
    }

    fn toml_error(&mut self, e: &toml::de::Error, fallback: &Range<usize>) {
        let span = e.span().unwrap_or_else(|| fallback.clone());
        self.error(&span, crate::fields::field_message("value", e.message()));
    }

    fn field_errors(&mut self, errors: Vec<FieldError>) {
        for (span, message) in errors {
            self.error(&span, message);
        }
    }

    /// Parses the whole file at once (see `parse_in_pieces` for large ones).
    fn parse(&mut self) -> Option<Glossary> {
        let (root, syntax_errors) = DeTable::parse_recoverable(self.text);
        if !syntax_errors.is_empty() {
            for e in &syntax_errors {
                self.toml_error(e, &(0..0));
            }
            return None;
        }
        let (header, term_items, _) = self.root_parts(root);
        // Errors in the order of a sequential read: the entries' schema errors, then the
        // header's, then the entries' values (the header's language is needed for those).
        let before_meta = self.errors.len();
        let meta = self.header_meta(header);
        let meta_errors = self.errors.split_off(before_meta);
        let lang = meta.as_ref().map(|m| &m.lang);
        let (terms, schema_errors, value_errors) = self.terms(term_items, lang);
        self.errors.extend(schema_errors);
        self.errors.extend(meta_errors);
        self.errors.extend(value_errors);
        Some(Glossary { meta: meta?, terms })
    }

    /// The header and the `[[term]]` items of a parsed root table, reporting other keys;
    /// the flag says whether the root had a `term` key at all.
    fn root_parts<'t>(
        &mut self,
        root: Spanned<DeTable<'t>>,
    ) -> (Option<RawHeader>, Vec<Spanned<DeValue<'t>>>, bool) {
        let (mut header, mut term_items, mut has_terms) = (None, Vec::new(), false);
        for (key, value) in root.into_inner() {
            let key_span = key.span();
            match key.get_ref().as_ref() {
                "glossary" => {
                    let mut errors = Vec::new();
                    header = RawHeader::read(value, &mut errors);
                    self.field_errors(errors);
                }
                "term" => {
                    has_terms = true;
                    let span = value.span();
                    match value.into_inner() {
                        DeValue::Array(items) => term_items = items.into_iter().collect(),
                        _ => {
                            self.error(&span, "`term` must be an array of tables: write `[[term]]`")
                        }
                    }
                }
                other => self.error(
                    &key_span,
                    format!("unknown key `{other}`, expected `glossary` or `term`"),
                ),
            }
        }
        (header, term_items, has_terms)
    }

    fn header_meta(&mut self, header: Option<RawHeader>) -> Option<GlossaryMeta> {
        match header {
            Some(header) => self.meta(header),
            None => {
                self.error(&(0..0), "missing `[glossary]` table (name and lang)");
                None
            }
        }
    }

    /// A large file cut before `[[term]]` lines into a head (the header) and pieces of
    /// entries, each piece parsed, deserialised and checked on its own thread: the TOML
    /// parse of a gazetteer is most of its load time. Returns the glossary (if valid) and
    /// the errors, or None when the file does not fall apart cleanly: a piece that does not
    /// parse on its own (a cut inside a multi-line string or array leaves an unclosed one)
    /// or that holds anything but `[[term]]` tables, or a head with a `term` key. The whole
    /// file is then parsed at once, so the result is always the one-pass result.
    fn parse_in_pieces(&self) -> Option<(Option<Glossary>, Vec<GlossaryError>)> {
        let threads = std::thread::available_parallelism().map_or(1, usize::from);
        if self.text.len() < PARALLEL_BYTES || threads < 2 {
            return None;
        }
        let cuts = term_cuts(self.text, threads);
        let &first = cuts.first()?;
        let mut head = self.at(0);
        let (root, syntax_errors) = DeTable::parse_recoverable(&self.text[..first]);
        if !syntax_errors.is_empty() {
            return None;
        }
        let (header, _, has_terms) = head.root_parts(root);
        if has_terms {
            return None;
        }
        let before_meta = head.errors.len();
        let meta = head.header_meta(header);
        let meta_errors = head.errors.split_off(before_meta);
        let lang = meta.as_ref().map(|m| &m.lang);
        let ends = cuts.iter().skip(1).copied().chain([self.text.len()]);
        let ranges: Vec<Range<usize>> = cuts.iter().zip(ends).map(|(&s, e)| s..e).collect();
        let results: Vec<_> = std::thread::scope(|scope| {
            let handles: Vec<_> = ranges
                .into_iter()
                .map(|range| scope.spawn(move || self.piece(range, lang)))
                .collect();
            handles
                .into_iter()
                .map(|h| h.join().unwrap_or_else(|p| std::panic::resume_unwind(p)))
                .collect()
        });
        let (mut terms, mut schema_errors, mut value_errors) = (Vec::new(), Vec::new(), Vec::new());
        for result in results {
            let (t, s, v) = result?;
            terms.extend(t);
            schema_errors.extend(s);
            value_errors.extend(v);
        }
        let mut errors = head.errors;
        errors.extend(schema_errors);
        errors.extend(meta_errors);
        errors.extend(value_errors);
        Some((meta.map(|meta| Glossary { meta, terms }), errors))
    }

    /// Parses and reads the entries of `range`, a piece of the file made of `[[term]]`
    /// tables only (None if it is not: see `parse_in_pieces`).
    fn piece(&self, range: Range<usize>, lang: Option<&LangTag>) -> Option<TermsRead> {
        let (root, syntax_errors) = DeTable::parse_recoverable(&self.text[range.clone()]);
        if !syntax_errors.is_empty() {
            return None;
        }
        let mut entries = root.into_inner().into_iter();
        let (key, value) = entries.next()?;
        if entries.next().is_some() || key.get_ref().as_ref() != "term" {
            return None;
        }
        let DeValue::Array(items) = value.into_inner() else {
            return None;
        };
        Some(
            self.at(range.start)
                .term_chunk(items.into_iter().collect(), lang),
        )
    }

    /// A parser with no errors yet for the text from byte `base` of this file on: the
    /// spans it gets are relative to `base`.
    fn at(&self, base: usize) -> FileParser<'_> {
        FileParser {
            name: self.name,
            text: self.text,
            lines: self.lines,
            base,
            errors: Vec::new(),
        }
    }

    /// Reads the `[[term]]` items in order, on several threads when there are many.
    /// Without a valid header (`lang` is None) the items are still read for their schema
    /// errors.
    fn terms(&self, items: Vec<Spanned<DeValue<'_>>>, lang: Option<&LangTag>) -> TermsRead {
        let threads = std::thread::available_parallelism().map_or(1, usize::from);
        if items.len() < PARALLEL_TERMS || threads < 2 {
            return self.term_chunk(items, lang);
        }
        let chunk_len = items.len().div_ceil(threads);
        let mut chunks = Vec::with_capacity(threads);
        let mut items = items.into_iter();
        loop {
            let chunk: Vec<_> = items.by_ref().take(chunk_len).collect();
            if chunk.is_empty() {
                break;
            }
            chunks.push(chunk);
        }
        let results: Vec<_> = std::thread::scope(|scope| {
            let handles: Vec<_> = chunks
                .into_iter()
                .map(|chunk| scope.spawn(move || self.term_chunk(chunk, lang)))
                .collect();
            handles
                .into_iter()
                .map(|h| h.join().unwrap_or_else(|p| std::panic::resume_unwind(p)))
                .collect()
        });
        let mut all = (
            Vec::with_capacity(results.iter().map(|r| r.0.len()).sum()),
            Vec::new(),
            Vec::new(),
        );
        for (terms, schema_errors, value_errors) in results {
            all.0.extend(terms);
            all.1.extend(schema_errors);
            all.2.extend(value_errors);
        }
        all
    }

    /// Reads a run of `[[term]]` items with a parser of its own (see `terms`).
    fn term_chunk(&self, items: Vec<Spanned<DeValue<'_>>>, lang: Option<&LangTag>) -> TermsRead {
        let mut parser = self.at(self.base);
        let mut schema_errors = Vec::new();
        let mut terms = Vec::with_capacity(items.len());
        for item in items {
            let mut errors = Vec::new();
            let raw = RawTerm::read(item, &mut errors);
            let before = parser.errors.len();
            parser.field_errors(errors);
            schema_errors.extend(parser.errors.drain(before..));
            // The values are checked even when some key was bad: every error at once.
            if let (Some(raw), Some(lang)) = (raw, lang) {
                terms.extend(parser.term(raw, lang));
            }
        }
        (terms, schema_errors, parser.errors)
    }

    fn meta(&mut self, header: RawHeader) -> Option<GlossaryMeta> {
        let name = header.name.as_ref().and_then(|n| self.non_empty(n));
        let lang = header.lang.as_ref().and_then(|l| self.lang_tag(l));
        let source_lang = header.source_lang.as_ref().and_then(|s| self.lang_tag(s));
        let description = self.optional(&header.description);
        let license = self.optional(&header.license);
        let sources = header
            .sources
            .iter()
            .filter_map(|s| self.non_empty(s))
            .collect();
        Some(GlossaryMeta {
            name: name?,
            lang: lang?,
            source_lang,
            description,
            license,
            sources,
            file: self.name.to_string(),
        })
    }

    fn non_empty(&mut self, s: &SpannedString) -> Option<String> {
        if s.get_ref().trim().is_empty() {
            self.error(&s.span(), "empty string");
            None
        } else {
            Some(s.get_ref().clone())
        }
    }

    /// A form to find or write in a text: one line of visible text with a letter or digit.
    /// A line break, NUL or bidirectional override would be written into files by `--fix`;
    /// a form without a letter (".*") matches nothing a reader would call a word.
    fn form(&mut self, s: &SpannedString) -> Option<String> {
        let text = self.non_empty(s)?;
        if let Some(c) = text.chars().find(|&c| hidden_char(c)) {
            let message = format!(
                "{:?} holds the invisible character U+{:04X}: a form is one line of visible text",
                text,
                u32::from(c)
            );
            self.error(&s.span(), message);
            return None;
        }
        if !text.chars().any(char::is_alphanumeric) {
            let message = format!("`{text}` has no letter or digit: a form must be words");
            self.error(&s.span(), message);
            return None;
        }
        Some(text)
    }

    fn optional(&mut self, s: &Option<SpannedString>) -> Option<String> {
        s.as_ref().and_then(|s| self.non_empty(s))
    }

    fn lang_tag(&mut self, s: &SpannedString) -> Option<LangTag> {
        match s.get_ref().parse::<LangTag>() {
            Ok(tag) => Some(tag),
            Err(e) => {
                self.error(&s.span(), e.to_string());
                None
            }
        }
    }

    /// A variant must narrow the glossary's language: "pt-BR" in a "pt" glossary.
    fn variant(&mut self, s: &Option<SpannedString>, lang: &LangTag) -> Option<LangTag> {
        let s = s.as_ref()?;
        let tag = self.lang_tag(s)?;
        if !tag.overlaps(lang) || tag.region().is_none() {
            self.error(
                &s.span(),
                format!(
                    "variant `{tag}` is not a regional variant of the glossary's language `{lang}`"
                ),
            );
            return None;
        }
        Some(tag)
    }

    fn term(&mut self, raw: Spanned<RawTerm>, lang: &LangTag) -> Option<Term> {
        let span = raw.span();
        let raw = raw.into_inner();
        let preferred = raw.preferred.as_ref().and_then(|p| self.form(p));
        let accepted = raw.also.iter().filter_map(|s| self.form(s)).collect();
        self.check_repeated_forms(raw.preferred.as_ref(), &raw.also);
        let source = raw
            .source
            .iter()
            .filter_map(|s| self.non_empty(s))
            .collect();
        let variant = self.variant(&raw.variant, lang);
        let note = self.optional(&raw.note);
        let avoid = raw
            .avoid
            .into_iter()
            .filter_map(|a| self.avoid(a, lang))
            .collect();
        let examples = raw
            .examples
            .into_iter()
            .filter_map(|e| self.example(e))
            .collect();
        let explicit_id = self.optional(&raw.id);
        let parts = self.parts(&raw.parts, raw.preferred.as_ref(), &raw.also);
        // An entry with errors elsewhere is still returned when what identifies it is
        // valid: the file is invalid anyway, but the cross-entry checks (duplicates,
        // conflicts) can still run on it, so they are not left for a later run.
        let identity_ok =
            raw.variant.is_none() == variant.is_none() && raw.id.is_none() == explicit_id.is_none();
        let (Some(preferred), Some(kind), true) = (preferred, raw.kind, identity_ok) else {
            return None;
        };
        let kind = kind.into_inner();
        let id = explicit_id.unwrap_or_else(|| default_id(kind.as_str(), &preferred, &variant));
        Some(Term {
            id,
            preferred,
            accepted,
            avoid,
            source,
            kind,
            variant,
            case: raw.case.map(Spanned::into_inner).unwrap_or_default(),
            note,
            examples,
            origin: self.location(&span),
            glossary: 0,
            parts,
        })
    }

    /// Declared name parts: each `part` must be a word of one of the entry's good forms
    /// (case aside), each `literal` a non-empty string.
    fn parts(
        &mut self,
        raw: &[Spanned<RawPart>],
        preferred: Option<&SpannedString>,
        also: &[SpannedString],
    ) -> Vec<NamePart> {
        let words: Vec<String> = preferred
            .into_iter()
            .chain(also)
            .flat_map(|form| {
                form.get_ref()
                    .split(|c: char| !c.is_alphanumeric())
                    .map(fold_key)
                    .collect::<Vec<_>>()
            })
            .filter(|w| !w.is_empty())
            .collect();
        let mut parts = Vec::new();
        for item in raw {
            let item = item.get_ref();
            let Some(part) = self.non_empty(&item.part) else {
                continue;
            };
            if !words.contains(&fold_key(&part)) {
                self.error(
                    &item.part.span(),
                    format!("part `{part}` is not a word of this entry's `use` or `also` forms"),
                );
                continue;
            }
            let literal = item
                .literal
                .iter()
                .filter_map(|l| self.non_empty(l))
                .collect();
            parts.push(NamePart { part, literal });
        }
        parts
    }

    /// An `also` form that repeats `use` or another `also` form is a slip: say where.
    /// Forms differing in case are distinct ("TASS" and "Tass" under `case = "exact"`).
    fn check_repeated_forms(&mut self, preferred: Option<&SpannedString>, also: &[SpannedString]) {
        // A set: an imported entry may hold thousands of forms.
        let mut seen: std::collections::HashSet<&str> =
            preferred.map(|p| p.get_ref().trim()).into_iter().collect();
        for form in also {
            let key = form.get_ref().trim();
            if !seen.insert(key) {
                let message = format!(
                    "`{}` is listed twice among this entry's good forms",
                    form.get_ref()
                );
                self.error(&form.span(), message);
            }
        }
    }

    fn avoid(&mut self, raw: Spanned<crate::raw::RawAvoid>, lang: &LangTag) -> Option<Avoid> {
        let outer = raw.span();
        let RawAvoidTable {
            text,
            near,
            window,
            variant,
            case,
            note,
        } = raw.into_inner().0;
        // A bare string has no span of its own (see raw.rs): use the array item's.
        let span = if text.span() == (0..0) {
            outer
        } else {
            text.span()
        };
        let text = Spanned::new(span.clone(), text.into_inner());
        let text = self.form(&text)?;
        let near = match near {
            Some(list) if list.get_ref().is_empty() => {
                self.error(
                    &list.span(),
                    "`near` is empty: list the words that must be near, or leave it out",
                );
                return None;
            }
            Some(list) => list.get_ref().iter().filter_map(|s| self.form(s)).collect(),
            None => Vec::new(),
        };
        let window = match window {
            Some(w) if !(1..=50).contains(w.get_ref()) => {
                self.error(&w.span(), "`window` must be between 1 and 50 words");
                return None;
            }
            Some(w) => usize::try_from(*w.get_ref()).unwrap_or(Avoid::DEFAULT_WINDOW),
            None => Avoid::DEFAULT_WINDOW,
        };
        Some(Avoid {
            text,
            near,
            window,
            variant: self.variant(&variant, lang),
            case: case.map(Spanned::into_inner),
            note: self.optional(&note),
            origin: self.location(&span),
        })
    }

    fn example(&mut self, raw: Spanned<RawExample>) -> Option<Example> {
        let span = raw.span();
        let raw = raw.into_inner();
        let text = self.non_empty(&raw.text)?;
        let lang = raw.lang.as_ref().and_then(|l| self.lang_tag(l));
        let expect = match (&raw.expect, raw.ok.as_ref().map(|b| *b.get_ref())) {
            (Some(s), None) => ExampleExpectation::Finding {
                suggestion: self.non_empty(s)?,
            },
            (None, Some(true)) => ExampleExpectation::Clean,
            _ => {
                self.error(
                    &span,
                    "an example needs either `expect = \"<suggestion>\"` or `ok = true`",
                );
                return None;
            }
        };
        Some(Example {
            text,
            expect,
            lang,
            origin: self.location(&span),
        })
    }
}

pub(crate) fn default_id(kind: &str, preferred: &str, variant: &Option<LangTag>) -> String {
    match variant {
        Some(v) => format!("{kind}/{}@{v}", fold_key(preferred)),
        None => format!("{kind}/{}", fold_key(preferred)),
    }
}

impl CaseMode {
    /// The case mode of an avoided form: its own, or its term's.
    pub fn or_term(own: Option<CaseMode>, term: CaseMode) -> CaseMode {
        own.unwrap_or(term)
    }
}

#[cfg(test)]
mod tests {
    use super::parse_glossary;

    const HEADER: &str = "[glossary]\nname = \"t\"\nlang = \"pt\"\n\n";

    fn errors(body: &str) -> Vec<String> {
        match parse_glossary("g.toml", &format!("{HEADER}{body}")) {
            Ok(_) => Vec::new(),
            Err(e) => e.iter().map(ToString::to_string).collect(),
        }
    }

    #[test]
    fn repeated_good_forms_are_an_error_but_case_variants_are_not() {
        let found = errors("[[term]]\nuse = \"Maria Zakharova\"\nkind = \"person\"\nalso = [\"Maria Zakharova\"]\n");
        assert_eq!(
            found,
            ["g.toml:8:9: `Maria Zakharova` is listed twice among this entry's good forms"]
        );
        assert!(errors(
            "[[term]]\nuse = \"TASS\"\nkind = \"org\"\ncase = \"exact\"\nalso = [\"Tass\"]\n"
        )
        .is_empty());
    }

    /// Files large enough to be read on several threads give the entries and the errors
    /// in file order, as a sequential read does.
    #[test]
    fn large_files_keep_entry_and_error_order() {
        let n = super::PARALLEL_TERMS * 3;
        let mut body = String::new();
        for i in 0..n {
            match i {
                // a schema error early, a value error late, one in the middle
                7 => body.push_str("[[term]]\nuse = \"A7\"\nkind = \"planet\"\n\n"),
                _ if i == n / 2 => body.push_str("[[term]]\nuse = \" \"\nkind = \"place\"\n\n"),
                _ if i == n - 3 => body
                    .push_str("[[term]]\nuse = \"Z\"\nkind = \"place\"\nvariant = \"en-GB\"\n\n"),
                _ => body.push_str(&format!(
                    "[[term]]\nid = \"p/{i}\"\nuse = \"P{i}\"\nkind = \"place\"\n\n"
                )),
            }
        }
        let found = errors(&body);
        let lines: Vec<u32> = found
            .iter()
            .map(|e| {
                e.split(':')
                    .nth(1)
                    .and_then(|l| l.parse().ok())
                    .unwrap_or(0)
            })
            .collect();
        assert_eq!(found.len(), 3, "{found:?}");
        assert!(found[0].contains("unknown kind `planet`"), "{found:?}");
        assert!(found[1].contains("empty string"), "{found:?}");
        assert!(found[2].contains("variant `en-GB`"), "{found:?}");
        assert!(lines.windows(2).all(|w| w[0] < w[1]), "{found:?}");

        let body: String = (0..n)
            .map(|i| format!("[[term]]\nid = \"p/{i}\"\nuse = \"P{i}\"\nkind = \"place\"\n\n"))
            .collect();
        let glossary =
            parse_glossary("g.toml", &format!("{HEADER}{body}")).unwrap_or_else(|e| panic!("{e}"));
        let ids: Vec<String> = glossary.terms.iter().map(|t| t.id.clone()).collect();
        let expected: Vec<String> = (0..n).map(|i| format!("p/{i}")).collect();
        assert_eq!(ids, expected);
        assert_eq!(
            glossary.terms[n - 1].origin.line,
            4 + 5 * (n as u32 - 1) + 1
        );
    }

    /// The file parsed at once, never in pieces.
    fn whole(text: &str) -> Result<super::Glossary, super::GlossaryErrors> {
        let lines = super::LineStarts::new(text);
        let mut parser = super::FileParser {
            name: "g.toml",
            text,
            lines: &lines,
            base: 0,
            errors: Vec::new(),
        };
        let glossary = parser.parse();
        super::in_file_order(&mut parser.errors);
        match glossary {
            Some(g) if parser.errors.is_empty() => Ok(g),
            _ => Err(super::GlossaryErrors(parser.errors)),
        }
    }

    /// Files large enough to be parsed in pieces give what one pass over them gives,
    /// including where a cut would fall inside a multi-line string, and with errors.
    #[test]
    fn pieces_read_like_the_whole_file() {
        let entry = |i: usize| {
            format!(
                "[[term]]\nuse = \"P{i}\"\nkind = \"place\"\nnote = \"{}\"\n\n",
                "x".repeat(40)
            )
        };
        let n = super::PARALLEL_BYTES / 60;
        let big = |special: &dyn Fn(usize) -> Option<String>| -> String {
            let body: String = (0..n)
                .map(|i| special(i).unwrap_or_else(|| entry(i)))
                .collect();
            format!("{HEADER}{body}")
        };
        let files = [
            big(&|_| None),
            // errors early, in the middle and late
            big(&|i| {
                (i == 3 || i == n / 2 || i == n - 2)
                    .then(|| format!("[[term]]\nuse = \"Q{i}\"\nkind = \"planet\"\n\n"))
            }),
            big(&|i| (i == n / 2 + 1).then(|| "[[term]]\nuse = \"\"\nkind = \"place\"\n\n".into())),
            // `[[term]]` lines inside a multi-line string over the middle of the file,
            // where a cut falls: read at once (see below)
            big(&|i| {
                (i == 1).then(|| {
                    let lines = "[[term]]\n".repeat(super::PARALLEL_BYTES / 4);
                    format!(
                        "[[term]]\nuse = \"M\"\nkind = \"place\"\nnote = \"\"\"\n{lines}\"\"\"\n\n"
                    )
                })
            }),
            // the header after the entries; an unknown table among them
            format!("{}{HEADER}", big(&|_| None).trim_start_matches(HEADER)),
            big(&|i| (i == n - 5).then(|| "[other]\nx = 1\n\n".into())),
            // a duplicate id across pieces
            big(&|i| {
                (i == 1 || i == n - 1)
                    .then(|| "[[term]]\nid = \"same\"\nuse = \"S\"\nkind = \"place\"\n\n".into())
            }),
        ];
        for (k, text) in files.iter().enumerate() {
            assert!(text.len() >= super::PARALLEL_BYTES, "file {k}");
            let pieces = parse_glossary("g.toml", text);
            assert_eq!(
                format!("{pieces:?}"),
                format!("{:?}", whole(text)),
                "file {k}"
            );
        }
        let errors = parse_glossary("g.toml", &files[1])
            .err()
            .map_or(0, |e| e.0.len());
        assert_eq!(errors, 3);
        // Pieces are used where they can be, and not where a cut is inside a string.
        let in_pieces = |text: &str| {
            let lines = super::LineStarts::new(text);
            let parser = super::FileParser {
                name: "g.toml",
                text,
                lines: &lines,
                base: 0,
                errors: Vec::new(),
            };
            parser.parse_in_pieces().is_some()
        };
        if std::thread::available_parallelism().map_or(1, usize::from) > 1 {
            assert!(in_pieces(&files[0]) && in_pieces(&files[1]));
            assert!(!in_pieces(&files[3]));
        }
    }

    #[test]
    fn every_error_of_a_file_is_reported() {
        let found = errors(
            "[[term]]\nuse = \"\"\nkind = \"place\"\n\n[[term]]\nuse = \"X\"\nkind = \"planet\"\n\n[[term]]\nuse = \"Y\"\nkind = \"place\"\nexamples = [{ text = \"a\" }]\n",
        );
        assert_eq!(found.len(), 3, "{found:?}");
        assert!(
            found[0].starts_with("g.toml:6:7: empty string"),
            "{found:?}"
        );
        assert!(found[1].contains("unknown kind `planet`"));
        assert!(found[2].contains("either `expect"));
    }
}
