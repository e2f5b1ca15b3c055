//! TBX termbases, in the shapes CAT tools export:
//! - TBX v3 (ISO 30042:2019) `<tbx>`: `conceptEntry` / `langSec` / `termSec`, with data
//!   categories as `termNote type="..."` (DCA style) or as elements (DCT style);
//! - TBX 2008 `<martif>`: `termEntry` / `langSet` / `tig` or `ntig`;
//! - TBX-Min 2013 `<TBX>`: `entry` / `langGroup` / `termGroup` with `termStatus`.
//!
//! Element names are matched without their namespace, so every shape goes through the
//! same walk. roxmltree keeps byte positions, which give the line and column of errors
//! and of every entry.

use roxmltree::{Document, Node, ParsingOptions};

use super::{
    clean, xml_limits, Entry, Form, ImportError, ImportOptions, ImportWarning, Parsed, Position,
    Status,
};
use crate::text::LineStarts;
use crate::{LangTag, Location, TermKind};

const XML_NS: &str = "http://www.w3.org/XML/1998/namespace";
/// A concept: one entry of the glossary.
const ENTRY: &[&str] = &["conceptEntry", "termEntry", "entry"];
/// The terms of one language within a concept.
const LANG: &[&str] = &["langSec", "langSet", "langGroup"];
/// One term with its own data (status, part of speech, notes).
const TERM: &[&str] = &["termSec", "tig", "ntig", "termGroup"];
/// Where a term's status is kept: `termNote type=...` or an element of that name.
const STATUS: &[&str] = &[
    "administrativeStatus",
    "normativeAuthorization",
    "termStatus",
];

fn is(node: &Node<'_, '_>, names: &[&str]) -> bool {
    node.is_element() && names.contains(&node.tag_name().name())
}

fn lang_attr<'a>(node: &Node<'a, '_>) -> Option<&'a str> {
    node.attribute((XML_NS, "lang"))
        .or_else(|| node.attribute("lang"))
}

/// All the text below a node (terms may hold inline markup such as `<hi>`), cleaned.
fn text_of(node: &Node<'_, '_>) -> String {
    let raw: String = node
        .descendants()
        .filter(|n| n.is_text())
        .filter_map(|n| n.text())
        .collect();
    clean(&raw)
}

/// A language tag as written in the file, normalised for comparison: "en_us" → "en-US".
fn norm(tag: &str) -> String {
    let mut parts = tag.trim().split(['-', '_']);
    let language = parts.next().unwrap_or_default().to_ascii_lowercase();
    match parts.next() {
        Some(region) if region.len() == 2 => format!("{language}-{}", region.to_ascii_uppercase()),
        Some(region) if !region.is_empty() => format!("{language}-{region}"),
        _ => language,
    }
}

fn base(tag: &str) -> &str {
    tag.split('-').next().unwrap_or(tag)
}

struct Reader<'a, 'input> {
    file: &'a str,
    doc: &'a Document<'input>,
    /// Every entry and term gets a position: scanning the text for each would make large
    /// termbases quadratic.
    lines: LineStarts,
    warnings: Vec<ImportWarning>,
}

impl<'input> Reader<'_, 'input> {
    fn location(&self, node: &Node<'_, 'input>) -> Location {
        let (line, column) = self
            .lines
            .line_col(self.doc.input_text(), node.range().start);
        Location {
            file: self.file.to_string(),
            line,
            column,
        }
    }

    fn error_at(&self, node: &Node<'_, 'input>, message: impl Into<String>) -> ImportError {
        let l = self.location(node);
        ImportError::syntax(self.file, l.line, Some(l.column), message)
    }

    fn warn(&mut self, at: &Location, message: impl Into<String>) {
        self.warnings.push(ImportWarning {
            at: at.into(),
            message: message.into(),
        });
    }

    /// The value of a data category on a term: `<termNote type="NAME">` or `<NAME>`.
    fn category(node: &Node<'_, 'input>, names: &[&str]) -> Option<String> {
        node.descendants()
            .find(|n| {
                (n.has_tag_name("termNote") || n.has_tag_name("termnote"))
                    && n.attribute("type").is_some_and(|t| names.contains(&t))
                    || is(n, names)
            })
            .map(|n| text_of(&n))
    }

    fn form(&mut self, term_node: &Node<'_, 'input>) -> Option<Form> {
        let origin = self.location(term_node);
        let text = term_node
            .descendants()
            .find(|n| n.has_tag_name("term"))
            .map(|n| text_of(&n))?;
        let status = match Self::category(term_node, STATUS) {
            None => Status::Unmarked,
            Some(value) => Status::parse(&value).unwrap_or_else(|| {
                self.warn(
                    &origin,
                    format!("unknown term status `{value}`: read as admitted"),
                );
                Status::Admitted
            }),
        };
        let notes: Vec<String> = term_node
            .descendants()
            .filter(|n| n.has_tag_name("note"))
            .map(|n| text_of(&n))
            .collect();
        Some(Form {
            text,
            status,
            variant: None,
            pos: Self::category(term_node, &["partOfSpeech"]),
            notes,
            origin,
        })
    }

    /// Notes and definitions of a language section that belong to no single term.
    fn section_notes(section: &Node<'_, 'input>) -> Vec<String> {
        section
            .descendants()
            .filter(|n| !n.ancestors().any(|a| is(&a, TERM)))
            .filter(|n| {
                n.has_tag_name("note")
                    || (n.has_tag_name("descrip") && n.attribute("type") == Some("definition"))
                    || n.has_tag_name("definition")
            })
            .map(|n| text_of(&n))
            .collect()
    }

    fn entry(&mut self, concept: &Node<'_, 'input>, langs: &Languages) -> Option<Entry> {
        let mut source = Vec::new();
        let mut forms = Vec::new();
        let mut notes = Vec::new();
        let mut has_target = false;
        for section in concept.children().filter(|n| is(n, LANG)) {
            let tag = norm(lang_attr(&section).unwrap_or_default());
            let terms = section.descendants().filter(|n| is(n, TERM));
            if tag == langs.target {
                has_target = true;
                notes.extend(Self::section_notes(&section));
                let found: Vec<Form> = terms.filter_map(|t| self.form(&t)).collect();
                forms.extend(found);
            } else if langs.is_source(&tag) {
                source.extend(terms.filter_map(|t| self.form(&t)).map(|f| f.text));
            }
        }
        if !has_target {
            return None;
        }
        // Concept-level notes come last: they are about the concept, often its sources.
        notes.extend(
            concept
                .children()
                .filter(|n| n.has_tag_name("note"))
                .map(|n| text_of(&n)),
        );
        Some(Entry {
            source,
            forms,
            kind: TermKind::Term,
            variant: None,
            notes,
            origin: self.location(concept),
        })
    }
}

/// The languages the import settled on, as normalised tags of the file.
struct Languages {
    target: String,
    source: Option<String>,
}

impl Languages {
    fn is_source(&self, tag: &str) -> bool {
        self.source
            .as_deref()
            .is_some_and(|s| tag == s || base(tag) == base(s))
    }
}

fn xml_error(file: &str, text: &str, e: &roxmltree::Error) -> ImportError {
    let pos = e.pos();
    let mut message = e.to_string().replace(&format!(" at {pos}"), "");
    // A file cut short (an interrupted export or download) fails at its last characters,
    // often with a message about a token: say what happened.
    let last = crate::text::line_col(text, text.trim_end().len().saturating_sub(1));
    if (pos.row, pos.col) >= last {
        message.push_str(" (the file ends here: is it cut short?)");
    }
    ImportError::syntax(
        file,
        pos.row,
        Some(pos.col),
        format!("malformed XML: {message}"),
    )
}

/// The languages of the file's language sections, in order of first appearance.
fn languages_found(
    reader: &Reader<'_, '_>,
    concepts: &[Node<'_, '_>],
) -> Result<Vec<String>, ImportError> {
    let mut found: Vec<String> = Vec::new();
    for section in concepts
        .iter()
        .flat_map(|c| c.children())
        .filter(|n| is(n, LANG))
    {
        let Some(tag) = lang_attr(&section).map(norm).filter(|t| !t.is_empty()) else {
            return Err(reader.error_at(
                &section,
                format!("`<{}>` without xml:lang", section.tag_name().name()),
            ));
        };
        if !found.contains(&tag) {
            found.push(tag);
        }
    }
    Ok(found)
}

/// The source language: `--source-lang`, else the root's `xml:lang` (TBX's main language),
/// else TBX-Min's `<languages source=...>`.
fn source_language(root: &Node<'_, '_>, options: &ImportOptions) -> Option<String> {
    if let Some(tag) = &options.source_lang {
        return Some(tag.to_string());
    }
    lang_attr(root)
        .or_else(|| {
            root.descendants()
                .find(|n| n.has_tag_name("languages"))
                .and_then(|n| n.attribute("source"))
        })
        .map(norm)
        .filter(|t| !t.is_empty())
}

/// The target language: `--lang` (exactly, or the one regional form of it in the file),
/// else the only language that is not the source.
fn target_language(
    file: &str,
    found: &[String],
    source: Option<&str>,
    options: &ImportOptions,
) -> Result<String, ImportError> {
    let listed = found.join(", ");
    if let Some(want) = &options.lang {
        let want = want.to_string();
        if found.contains(&want) {
            return Ok(want);
        }
        let regional: Vec<&String> = found.iter().filter(|t| base(t) == want).collect();
        return match regional.as_slice() {
            [only] => Ok((*only).clone()),
            [] => Err(ImportError::file(
                file,
                format!("no `{want}` terms in the file (languages found: {listed})"),
            )),
            _ => Err(ImportError::file(
                file,
                format!("several `{want}` variants in the file ({listed}): choose one with --lang"),
            )),
        };
    }
    let Some(source) = source else {
        return Err(ImportError::file(
            file,
            format!("the file does not say its source language (no xml:lang on the root element; languages found: {listed}): give --source-lang and --lang"),
        ));
    };
    let targets: Vec<&String> = found.iter().filter(|t| base(t) != base(source)).collect();
    match targets.as_slice() {
        [only] => Ok((*only).clone()),
        [] => Err(ImportError::file(
            file,
            format!("no target-language terms: only the source language `{source}` was found ({listed})"),
        )),
        _ => Err(ImportError::file(
            file,
            format!(
                "several target languages in the file: {}; choose one with --lang",
                targets.iter().map(|s| s.as_str()).collect::<Vec<_>>().join(", ")
            ),
        )),
    }
}

fn shape(root: &Node<'_, '_>, reader: &Reader<'_, '_>) -> Result<String, ImportError> {
    let dialect = root.attribute("type").or_else(|| root.attribute("dialect"));
    Ok(match root.tag_name().name() {
        "tbx" => format!("TBX v3, {}", dialect.unwrap_or("TBX")),
        "martif" => "TBX 2008, martif".to_string(),
        "TBX" => format!("TBX, {}", dialect.unwrap_or("TBX-Min")),
        other => {
            return Err(reader.error_at(
                root,
                format!(
                "not a TBX file: the root element is `<{other}>`, expected `<tbx>` or `<martif>`"
            ),
            ))
        }
    })
}

pub(crate) fn read(file: &str, text: &str, options: &ImportOptions) -> Result<Parsed, ImportError> {
    let parsing = ParsingOptions {
        // CAT tools write a DOCTYPE naming the TBX DTD; it is never fetched.
        allow_dtd: true,
        ..ParsingOptions::default()
    };
    xml_limits::check(file, text)?;
    let doc = Document::parse_with_options(text, parsing).map_err(|e| xml_error(file, text, &e))?;
    let mut reader = Reader {
        file,
        doc: &doc,
        lines: LineStarts::new(text),
        warnings: Vec::new(),
    };
    let root = doc.root_element();
    let shape = shape(&root, &reader)?;
    let concepts: Vec<Node<'_, '_>> = root.descendants().filter(|n| is(n, ENTRY)).collect();
    if concepts.is_empty() {
        return Err(ImportError::file(
            file,
            "no entries (conceptEntry or termEntry) in the file",
        ));
    }
    let found = languages_found(&reader, &concepts)?;
    let source = source_language(&root, options);
    let target = target_language(file, &found, source.as_deref(), options)?;
    let lang: LangTag = target
        .parse()
        .map_err(|e| ImportError::file(file, format!("target language: {e}")))?;
    let source_lang = source.as_deref().and_then(|s| s.parse::<LangTag>().ok());
    let langs = Languages { target, source };
    let mut entries = Vec::new();
    let mut without_target: Vec<Location> = Vec::new();
    for concept in &concepts {
        match reader.entry(concept, &langs) {
            Some(entry) => entries.push(entry),
            None => without_target.push(reader.location(concept)),
        }
    }
    if let Some(first) = without_target.first() {
        let message = format!(
            "{} entries have no `{}` terms and were skipped (the first here)",
            without_target.len(),
            langs.target
        );
        reader.warnings.push(ImportWarning {
            at: Position::from(first),
            message,
        });
    }
    Ok(Parsed {
        entries,
        lang,
        source_lang,
        shape,
        warnings: reader.warnings,
    })
}
