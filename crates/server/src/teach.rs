//! Teaching the glossary from the editor: "accept this form" for a finding of a glossary
//! entry writes the entry, with the form accepted (and no longer avoided), into the user's
//! glossary, whose entries replace same-id ones of the shipped glossaries; "a wrong
//! rendering" writes it with the form avoided (a near miss becomes a known error, fixed
//! by `--fix`). The glossary is
//! the first one `mtlint.toml` names, else a new `mtlint.glossary.toml` beside it, added
//! to its `glossaries` (and `mtlint.toml` created if there is none).

use std::path::Path;

use lsp_types::{
    CodeAction, CodeActionKind, CreateFile, CreateFileOptions, DocumentChangeOperation,
    DocumentChanges, OneOf, OptionalVersionedTextDocumentIdentifier, Range, ResourceOp,
    TextDocumentEdit, TextEdit, WorkspaceEdit,
};
use mtlint_check::Finding;
use mtlint_glossary::{write::to_toml, Avoid, Glossary, GlossaryMeta, Term};

use crate::actions::{action, array_edit, file_name, toml_string, Context};
use crate::position::Lines;

/// The name of the glossary made for the user when `mtlint.toml` names none.
const NEW_GLOSSARY: &str = "mtlint.glossary.toml";

/// What the user says of the form a finding found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Lesson {
    /// It is right: an accepted form of the entry.
    Accept,
    /// It is wrong: a wrong rendering of the entry, always reported.
    Avoid,
}

/// "Accept “X” for “Y”": the form becomes an accepted rendering of the entry.
pub fn accept(ctx: &Context<'_>, lines: &Lines<'_>, f: &Finding) -> Option<CodeAction> {
    teach(ctx, lines, f, Lesson::Accept)
}

/// "Mark “X” as a wrong rendering of “Y”", for a finding that is a guess (a near miss, a
/// translated name part): the form becomes one the glossary lists as wrong.
pub fn avoid(ctx: &Context<'_>, lines: &Lines<'_>, f: &Finding) -> Option<CodeAction> {
    teach(ctx, lines, f, Lesson::Avoid)
}

fn teach(ctx: &Context<'_>, lines: &Lines<'_>, f: &Finding, lesson: Lesson) -> Option<CodeAction> {
    let term_ref = f.term.as_ref()?;
    let found = lines.text().get(f.range.start..f.range.end)?.trim();
    if found.is_empty() || found.contains(['\n', '\r']) || found == term_ref.preferred {
        return None;
    }
    let glossaries = ctx.session.glossaries();
    let mut term: Term = glossaries
        .terms()
        .iter()
        .find(|t| t.id == term_ref.id)?
        .clone();
    let lang = glossaries.glossary_of(&term).lang.clone();
    let folded = found.to_lowercase();
    match lesson {
        Lesson::Accept => {
            term.avoid.retain(|a| a.text.to_lowercase() != folded);
            if !term.accepted.iter().any(|a| a.to_lowercase() == folded) {
                term.accepted.push(found.to_string());
            }
        }
        Lesson::Avoid => {
            if term.avoid.iter().any(|a| a.text.to_lowercase() == folded) {
                // Already a known wrong rendering (a wrong-term finding).
                return None;
            }
            term.accepted.retain(|a| a.to_lowercase() != folded);
            term.avoid.push(Avoid {
                text: found.to_string(),
                near: Vec::new(),
                window: Avoid::DEFAULT_WINDOW,
                variant: None,
                case: None,
                note: None,
                origin: term.origin.clone(),
            });
        }
    }
    // Examples written for the old entry may expect the form now accepted.
    term.examples.clear();
    let entry = entry_toml(&term, &lang);
    let (edit, target) = match &ctx.user_glossary {
        Some(glossary) if glossary.text.is_some() => {
            (append(glossary, &entry)?, glossary.path.as_path())
        }
        _ => new_glossary(ctx, &term, lang)?,
    };
    let title = match lesson {
        Lesson::Accept => format!(
            "Accept “{found}” for “{}” in {}",
            term.preferred,
            file_name(target)
        ),
        Lesson::Avoid => format!(
            "Mark “{found}” as a wrong rendering of “{}” in {}",
            term.preferred,
            file_name(target)
        ),
    };
    Some(action(title, CodeActionKind::QUICKFIX, edit))
}

/// The `[[term]]` table of `term`, as the glossary writer lays it out.
fn entry_toml(term: &Term, lang: &mtlint_glossary::LangTag) -> String {
    let whole = to_toml(&Glossary {
        meta: meta(lang.clone(), String::new()),
        terms: vec![term.clone()],
    });
    whole
        .find("[[term]]")
        .map_or(whole.clone(), |i| whole[i..].to_string())
}

fn meta(lang: mtlint_glossary::LangTag, file: String) -> GlossaryMeta {
    GlossaryMeta {
        name: "Workspace glossary".into(),
        lang,
        source_lang: None,
        description: Some("Entries taught from the editor (mtlint server).".into()),
        license: None,
        sources: Vec::new(),
        file,
    }
}

/// Appends `entry` to the end of an existing glossary.
fn append(glossary: &crate::actions::ConfigFile, entry: &str) -> Option<WorkspaceEdit> {
    let text = glossary.text.as_deref()?;
    let uri = crate::uri::from_path(&glossary.path)?;
    let lines = Lines::new(text);
    let end = lines.range(mtlint_check::ByteRange::new(text.len(), text.len()));
    let lead = if text.is_empty() || text.ends_with("\n\n") {
        ""
    } else if text.ends_with('\n') {
        "\n"
    } else {
        "\n\n"
    };
    Some(crate::actions::edit(
        &uri,
        vec![TextEdit::new(end, format!("{lead}{entry}"))],
    ))
}

/// A new `mtlint.glossary.toml` beside `mtlint.toml`, named in its `glossaries`.
fn new_glossary(
    ctx: &Context<'_>,
    term: &Term,
    lang: mtlint_glossary::LangTag,
) -> Option<(WorkspaceEdit, &'static Path)> {
    let dir = ctx.config.path.parent()?;
    let path = dir.join(NEW_GLOSSARY);
    let text = to_toml(&Glossary {
        meta: meta(lang, path.display().to_string()),
        terms: vec![term.clone()],
    });
    let glossary_uri = crate::uri::from_path(&path)?;
    let config_uri = crate::uri::from_path(&ctx.config.path)?;
    let mut ops = vec![create(&glossary_uri), insert(&glossary_uri, text)];
    let named = toml_string(NEW_GLOSSARY);
    match &ctx.config.text {
        Some(config) => ops.push(DocumentChangeOperation::Edit(TextDocumentEdit {
            text_document: OptionalVersionedTextDocumentIdentifier {
                uri: config_uri,
                version: None,
            },
            edits: vec![OneOf::Left(array_edit(config, "glossaries", &named))],
        })),
        None => {
            ops.push(create(&config_uri));
            ops.push(insert(&config_uri, format!("glossaries = [{named}]\n")));
        }
    }
    let edit = WorkspaceEdit {
        document_changes: Some(DocumentChanges::Operations(ops)),
        ..WorkspaceEdit::default()
    };
    Some((edit, Path::new(NEW_GLOSSARY)))
}

fn create(uri: &lsp_types::Uri) -> DocumentChangeOperation {
    DocumentChangeOperation::Op(ResourceOp::Create(CreateFile {
        uri: uri.clone(),
        options: Some(CreateFileOptions {
            overwrite: Some(false),
            ignore_if_exists: Some(true),
        }),
        annotation_id: None,
    }))
}

fn insert(uri: &lsp_types::Uri, text: String) -> DocumentChangeOperation {
    DocumentChangeOperation::Edit(TextDocumentEdit {
        text_document: OptionalVersionedTextDocumentIdentifier {
            uri: uri.clone(),
            version: None,
        },
        edits: vec![OneOf::Left(TextEdit::new(Range::default(), text))],
    })
}
