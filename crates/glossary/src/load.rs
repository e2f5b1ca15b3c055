use std::ops::Range;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use toml::de::{DeTable, DeValue, ValueDeserializer};
use toml::Spanned;

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
    if errors.is_empty() {
        Ok(sources)
    } else {
        Err(GlossaryErrors(errors))
    }
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
    match std::fs::read(path) {
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

/// Parses one glossary file, reporting every syntax and schema error in it.
pub fn parse_glossary(name: &str, text: &str) -> Result<Glossary, GlossaryErrors> {
    let lines = LineStarts::new(text);
    let mut parser = FileParser {
        name,
        text,
        lines: &lines,
        errors: Vec::new(),
    };
    let glossary = parser.parse();
    // Schema errors come from serde before the checks of values: report in file order.
    parser.errors.sort_by_key(|e| match e {
        GlossaryError::Invalid { location, .. } => (location.line, location.column),
        _ => (0, 0),
    });
    match glossary {
        Some(g) if parser.errors.is_empty() => Ok(g),
        _ => Err(GlossaryErrors(parser.errors)),
    }
}

/// `[[term]]` items above which a file's entries are read on several threads (generated
/// gazetteers of a million names: the TOML deserialisation and the checks of each entry
/// are independent of the others).
const PARALLEL_TERMS: usize = 4_096;

struct FileParser<'a> {
    name: &'a str,
    text: &'a str,
    lines: &'a LineStarts,
    errors: Vec<GlossaryError>,
}

impl FileParser<'_> {
    fn location(&self, span: &Range<usize>) -> Location {
        let (line, column) = self.lines.line_col(self.text, span.start);
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
        let message = e.message().trim().replace('\n', " ");
        self.error(&span, message);
    }

    fn parse(&mut self) -> Option<Glossary> {
        let (root, syntax_errors) = DeTable::parse_recoverable(self.text);
        if !syntax_errors.is_empty() {
            for e in &syntax_errors {
                self.toml_error(e, &(0..0));
            }
            return None;
        }
        let mut header = None;
        let mut term_items = Vec::new();
        for (key, value) in root.into_inner() {
            let key_span = key.span();
            match key.get_ref().as_ref() {
                "glossary" => {
                    let span = value.span();
                    match Spanned::<RawHeader>::deserialize(ValueDeserializer::from(value)) {
                        Ok(h) => header = Some(h),
                        Err(e) => self.toml_error(&e, &span),
                    }
                }
                "term" => {
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
        // Errors in the order of a sequential read: the entries' schema errors, then the
        // header's, then the entries' values (the header's language is needed for those).
        let before_meta = self.errors.len();
        let meta = match header {
            Some(header) => self.meta(header),
            None => {
                self.error(&(0..0), "missing `[glossary]` table (name and lang)");
                None
            }
        };
        let meta_errors = self.errors.split_off(before_meta);
        let lang = meta.as_ref().map(|m| &m.lang);
        let (terms, schema_errors, value_errors) = self.terms(term_items, lang);
        self.errors.extend(schema_errors);
        self.errors.extend(meta_errors);
        self.errors.extend(value_errors);
        Some(Glossary { meta: meta?, terms })
    }

    /// Reads the `[[term]]` items in order, on several threads when there are many.
    /// Returns the entries, the schema errors (from serde) and the errors in values, each
    /// in item order. Without a valid header (`lang` is None) the items are still read
    /// for their schema errors.
    fn terms(
        &self,
        items: Vec<Spanned<DeValue<'_>>>,
        lang: Option<&LangTag>,
    ) -> (Vec<Term>, Vec<GlossaryError>, Vec<GlossaryError>) {
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
    fn term_chunk(
        &self,
        items: Vec<Spanned<DeValue<'_>>>,
        lang: Option<&LangTag>,
    ) -> (Vec<Term>, Vec<GlossaryError>, Vec<GlossaryError>) {
        let mut parser = FileParser {
            name: self.name,
            text: self.text,
            lines: self.lines,
            errors: Vec::new(),
        };
        let mut schema_errors = Vec::new();
        let mut terms = Vec::with_capacity(items.len());
        for item in items {
            let span = item.span();
            match Spanned::<RawTerm>::deserialize(ValueDeserializer::from(item)) {
                Ok(t) => {
                    if let Some(term) = lang.and_then(|lang| parser.term(t, lang)) {
                        terms.push(term);
                    }
                }
                Err(e) => {
                    parser.toml_error(&e, &span);
                    schema_errors.extend(parser.errors.pop());
                }
            }
        }
        (terms, schema_errors, parser.errors)
    }

    fn meta(&mut self, header: Spanned<RawHeader>) -> Option<GlossaryMeta> {
        let header = header.into_inner();
        let name = self.non_empty(&header.name);
        let lang = self.lang_tag(&header.lang);
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
        let errors_before = self.errors.len();
        let preferred = self.non_empty(&raw.preferred);
        let accepted = raw.also.iter().filter_map(|s| self.non_empty(s)).collect();
        self.check_repeated_forms(&raw.preferred, &raw.also);
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
        let parts = self.parts(&raw.parts, &raw.preferred, &raw.also);
        if self.errors.len() > errors_before {
            return None;
        }
        let preferred = preferred?;
        let kind = raw.kind.into_inner();
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
        preferred: &SpannedString,
        also: &[SpannedString],
    ) -> Vec<NamePart> {
        let words: Vec<String> = std::iter::once(preferred)
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
    fn check_repeated_forms(&mut self, preferred: &SpannedString, also: &[SpannedString]) {
        let mut seen = vec![preferred.get_ref().trim()];
        for form in also {
            let key = form.get_ref().trim();
            if seen.contains(&key) {
                let message = format!(
                    "`{}` is listed twice among this entry's good forms",
                    form.get_ref()
                );
                self.error(&form.span(), message);
            } else {
                seen.push(key);
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
        let text = self.non_empty(&text)?;
        let near = near.iter().filter_map(|s| self.non_empty(s)).collect();
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
        assert!(found[0].contains("unknown variant `planet`"), "{found:?}");
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
        assert!(found[1].contains("unknown variant `planet`"));
        assert!(found[2].contains("either `expect"));
    }
}
