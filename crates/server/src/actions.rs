//! Code actions on findings: apply a suggestion, fix every safe finding of the file,
//! turn the rule off for a line, allow the word in `mtlint.toml`.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use lsp_types::{
    CodeAction, CodeActionKind, CodeActionOrCommand, CreateFile, CreateFileOptions,
    DocumentChangeOperation, DocumentChanges, OneOf, OptionalVersionedTextDocumentIdentifier,
    Range, ResourceOp, TextDocumentEdit, TextEdit, Uri, WorkspaceEdit,
};
use mtlint_check::{Applicability, ByteRange, Finding};
use mtlint_session::Session;

use crate::document::Document;
use crate::position::Lines;

/// The kind of "fix all safe findings": editors run it on save when asked to.
pub fn fix_all_kind() -> CodeActionKind {
    CodeActionKind::new("source.fixAll.mtlint")
}

/// What code actions are computed from.
pub struct Context<'a> {
    pub uri: &'a Uri,
    pub doc: &'a Document,
    pub findings: &'a [Finding],
    pub session: &'a Session,
    /// The `mtlint.toml` to add allowed words to, and its text if it exists.
    pub config: ConfigFile,
    /// The first glossary `mtlint.toml` names, with its text if it is a readable file.
    pub user_glossary: Option<ConfigFile>,
}

/// A configuration file, existing (with its text) or to create.
pub struct ConfigFile {
    pub path: PathBuf,
    pub text: Option<String>,
}

/// The actions for the findings touching `range`, then fix-all.
pub fn code_actions(ctx: &Context<'_>, range: Range) -> Vec<CodeActionOrCommand> {
    let lines = Lines::new(&ctx.doc.text);
    let wanted = lines.byte_range(range);
    let mut actions = Vec::new();
    for f in ctx.findings.iter().filter(|f| touches(f.range, wanted)) {
        actions.extend(suggestions(ctx, &lines, f));
        if ctx.doc.kind.file_kind().has_inline_directives() {
            actions.push(disable_line(ctx, &lines, f));
        }
        actions.extend(allow(ctx, &lines, f));
        actions.extend(crate::teach::accept(ctx, &lines, f));
        actions.extend(crate::teach::avoid(ctx, &lines, f));
    }
    actions.extend(fix_all(ctx, &lines));
    actions
        .into_iter()
        .map(CodeActionOrCommand::CodeAction)
        .collect()
}

/// Whether a finding is at the range asked about (a cursor touching either end counts).
fn touches(found: ByteRange, wanted: ByteRange) -> bool {
    found.start <= wanted.end && wanted.start <= found.end
}

pub(crate) fn edit(uri: &Uri, edits: Vec<TextEdit>) -> WorkspaceEdit {
    WorkspaceEdit {
        changes: Some(HashMap::from([(uri.clone(), edits)])),
        ..WorkspaceEdit::default()
    }
}

pub(crate) fn action(title: String, kind: CodeActionKind, edit: WorkspaceEdit) -> CodeAction {
    CodeAction {
        title,
        kind: Some(kind),
        edit: Some(edit),
        ..CodeAction::default()
    }
}

/// A suggestion each: safe ones preferred, unsafe ones offered with a warning in the
/// title; display-only ones are advice, not edits.
fn suggestions(ctx: &Context<'_>, lines: &Lines<'_>, f: &Finding) -> Vec<CodeAction> {
    let text = lines.text();
    f.suggestions
        .iter()
        .filter(|s| s.applicability != Applicability::DisplayOnly)
        .filter_map(|s| {
            let old = text.get(s.range.start..s.range.end)?;
            let new = ctx.doc.kind.file_kind().escape(&s.replacement).into_owned();
            let safe = s.applicability == Applicability::Safe;
            let title = if safe {
                format!("Replace “{old}” with “{new}”")
            } else {
                format!("Replace “{old}” with “{new}” (unsafe: check the meaning)")
            };
            let edits = vec![TextEdit::new(lines.range(s.range), new)];
            let mut a = action(title, CodeActionKind::QUICKFIX, edit(ctx.uri, edits));
            a.is_preferred = Some(safe);
            Some(a)
        })
        .collect()
}

/// Inserts `<!-- mtlint-disable-next-line RULE -->` on its own line above the finding.
fn disable_line(ctx: &Context<'_>, lines: &Lines<'_>, f: &Finding) -> CodeAction {
    let start = lines.line_start(f.range.start);
    let eol = if lines.text().contains("\r\n") {
        "\r\n"
    } else {
        "\n"
    };
    let comment = format!("<!-- mtlint-disable-next-line {} -->{eol}", f.rule.name());
    let at = lines.range(ByteRange::new(start, start));
    let edits = vec![TextEdit::new(at, comment)];
    action(
        format!("Disable {} for this line", f.rule.name()),
        CodeActionKind::QUICKFIX,
        edit(ctx.uri, edits),
    )
}

/// Adds the finding's text to `allow` in `mtlint.toml`, creating the file if needed.
fn allow(ctx: &Context<'_>, lines: &Lines<'_>, f: &Finding) -> Option<CodeAction> {
    let word = lines.text().get(f.range.start..f.range.end)?.trim();
    if word.is_empty() || word.contains(['\n', '\r']) {
        return None;
    }
    let uri = crate::uri::from_path(&ctx.config.path)?;
    let quoted = toml_string(word);
    let title = format!("Allow “{word}” in {}", file_name(&ctx.config.path));
    let edit = match &ctx.config.text {
        Some(text) => edit(&uri, vec![allow_edit(text, &quoted)]),
        None => WorkspaceEdit {
            document_changes: Some(DocumentChanges::Operations(vec![
                DocumentChangeOperation::Op(ResourceOp::Create(CreateFile {
                    uri: uri.clone(),
                    options: Some(CreateFileOptions {
                        overwrite: Some(false),
                        ignore_if_exists: Some(true),
                    }),
                    annotation_id: None,
                })),
                DocumentChangeOperation::Edit(TextDocumentEdit {
                    text_document: OptionalVersionedTextDocumentIdentifier { uri, version: None },
                    edits: vec![OneOf::Left(TextEdit::new(
                        Range::default(),
                        format!("allow = [{quoted}]\n"),
                    ))],
                }),
            ])),
            ..WorkspaceEdit::default()
        },
    };
    Some(action(title, CodeActionKind::QUICKFIX, edit))
}

pub(crate) fn file_name(path: &Path) -> String {
    path.file_name().map_or_else(
        || "mtlint.toml".into(),
        |n| n.to_string_lossy().into_owned(),
    )
}

/// The edit adding `quoted` to the top-level `allow` array of `config`, the rest of the
/// file as it is; a new `allow` line before the first table when there is none.
pub fn allow_edit(config: &str, quoted: &str) -> TextEdit {
    array_edit(config, "allow", quoted)
}

/// The edit adding `quoted` to the top-level array `key` of `config` (a new `key` line
/// before the first table when there is none), the rest of the file as it is.
pub fn array_edit(config: &str, key: &str, quoted: &str) -> TextEdit {
    let lines = Lines::new(config);
    let mut offset = 0;
    for line in config.split_inclusive('\n') {
        let trimmed = line.trim_start();
        if trimmed.starts_with('[') {
            break;
        }
        if let Some(rest) = trimmed.strip_prefix(key) {
            let rest = rest.trim_start();
            if let Some(value) = rest.strip_prefix('=') {
                if let Some(open) = value.find('[') {
                    let after = offset + (line.len() - value.len()) + open + 1;
                    let empty = config[after..].trim_start().starts_with(']');
                    let insert = if empty {
                        quoted.to_string()
                    } else {
                        format!("{quoted}, ")
                    };
                    let at = lines.range(ByteRange::new(after, after));
                    return TextEdit::new(at, insert);
                }
            }
        }
        offset += line.len();
    }
    let at = lines.range(ByteRange::new(offset, offset));
    let eol = if config.contains("\r\n") {
        "\r\n"
    } else {
        "\n"
    };
    // At the end of a file not ending in a newline, start a line first.
    let lead = if offset == config.len() && !config.is_empty() && !config.ends_with('\n') {
        eol
    } else {
        ""
    };
    TextEdit::new(at, format!("{lead}{key} = [{quoted}]{eol}"))
}

/// A TOML basic string.
pub(crate) fn toml_string(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if c.is_control() => out.push_str(&format!("\\u{:04X}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Every safe fix of the file at once, checked again until none is left (as
/// `mtlint check --fix`).
fn fix_all(ctx: &Context<'_>, lines: &Lines<'_>) -> Option<CodeAction> {
    let any_safe = ctx.findings.iter().any(|f| {
        f.suggestions
            .iter()
            .any(|s| s.applicability == Applicability::Safe)
    });
    if !any_safe {
        return None;
    }
    let (_, fixed) = ctx
        .session
        .fix(&ctx.doc.name, &ctx.doc.text, ctx.doc.kind.file_kind())
        .ok()?;
    if fixed.applied == 0 {
        return None;
    }
    let whole = lines.range(ByteRange::new(0, lines.text().len()));
    let edits = vec![TextEdit::new(whole, fixed.text)];
    Some(action(
        format!("Fix all safe findings in the file ({})", fixed.applied),
        fix_all_kind(),
        edit(ctx.uri, edits),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn apply(text: &str, e: &TextEdit) -> String {
        let lines = Lines::new(text);
        let r = lines.byte_range(e.range);
        let mut out = text.to_string();
        out.replace_range(r.start..r.end, &e.new_text);
        out
    }

    #[test]
    fn allow_adds_to_the_existing_list_keeping_the_file() {
        let config = "lang = \"pt-PT\"\nallow = [\"Port City\"] # names\n\n[rules]\nx = 1\n";
        let out = apply(config, &allow_edit(config, "\"Wŏnsan\""));
        assert_eq!(
            out,
            "lang = \"pt-PT\"\nallow = [\"Wŏnsan\", \"Port City\"] # names\n\n[rules]\nx = 1\n"
        );
        let empty = "allow = []\n";
        assert_eq!(
            apply(empty, &allow_edit(empty, "\"a\"")),
            "allow = [\"a\"]\n"
        );
    }

    #[test]
    fn allow_goes_before_the_first_table_when_missing() {
        let config = "lang = \"pt\"\n[rules]\nallow = 3\n";
        let out = apply(config, &allow_edit(config, "\"x\""));
        assert_eq!(out, "lang = \"pt\"\nallow = [\"x\"]\n[rules]\nallow = 3\n");
        let bare = "lang = \"pt\"";
        assert_eq!(
            apply(bare, &allow_edit(bare, "\"x\"")),
            "lang = \"pt\"\nallow = [\"x\"]\n"
        );
        assert_eq!(toml_string("a\"b\\"), "\"a\\\"b\\\\\"");
    }
}
