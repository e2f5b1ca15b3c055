//! Drives the language server over JSON-RPC (in process, through lsp-server's memory
//! connection) through a whole editing session on the seed article.

use std::path::{Path, PathBuf};
use std::str::FromStr;
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use lsp_server::{Connection, Message, Notification, Request, RequestId, Response};
use lsp_types::{
    CodeActionOrCommand, Diagnostic, NumberOrString, Position, PublishDiagnosticsParams, Range,
    TextEdit, Uri,
};
use mtlint_session::{FileKind, GlossarySources, Session, SessionConfig};
use serde_json::{json, Value};

const TIMEOUT: Duration = Duration::from_secs(30);

fn seed() -> String {
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/lavrov-wonsan.pt.txt");
    std::fs::read_to_string(path).expect("the seed article")
}

fn uri(path: &Path) -> Uri {
    Uri::from_str(&format!("file://{}", path.display())).expect("a file URI")
}

struct Client {
    conn: Connection,
    server: Option<JoinHandle<Result<(), mtlint_server::ServerError>>>,
    next_id: i32,
    /// Notifications received while waiting for something else.
    pending: Vec<Notification>,
}

impl Client {
    fn start(root: &Path, options: Value) -> Client {
        let (server_side, client_side) = Connection::memory();
        let server = std::thread::spawn(move || mtlint_server::run(server_side));
        let mut client = Client {
            conn: client_side,
            server: Some(server),
            next_id: 0,
            pending: Vec::new(),
        };
        let init = client.request(
            "initialize",
            json!({
                "capabilities": {},
                "rootUri": uri(root).as_str(),
                "workspaceFolders": [{ "uri": uri(root).as_str(), "name": "w" }],
                "initializationOptions": options,
            }),
        );
        let caps = &init.result.expect("initialize result")["capabilities"];
        assert_eq!(caps["textDocumentSync"]["change"], 2, "incremental sync");
        assert_eq!(caps["hoverProvider"], true);
        client.notify("initialized", json!({}));
        client
    }

    fn send(&self, message: Message) {
        self.conn.sender.send(message).expect("the server reads");
    }

    fn notify(&self, method: &str, params: Value) {
        self.send(Notification::new(method.into(), params).into());
    }

    fn request(&mut self, method: &str, params: Value) -> Response {
        self.next_id += 1;
        let id = RequestId::from(self.next_id);
        self.send(Request::new(id.clone(), method.into(), params).into());
        loop {
            match self.recv() {
                Message::Response(r) if r.id == id => return r,
                Message::Notification(n) => self.pending.push(n),
                _ => {}
            }
        }
    }

    fn recv(&self) -> Message {
        self.conn
            .receiver
            .recv_timeout(TIMEOUT)
            .expect("the server answers in time")
    }

    /// The next diagnostics published for `uri` (at `version` if given).
    fn diagnostics(&mut self, uri: &Uri, version: Option<i32>) -> Vec<Diagnostic> {
        let wanted = |n: &Notification| {
            n.method == "textDocument/publishDiagnostics"
                && serde_json::from_value::<PublishDiagnosticsParams>(n.params.clone())
                    .is_ok_and(|p| &p.uri == uri && (version.is_none() || p.version == version))
        };
        let start = Instant::now();
        loop {
            if let Some(i) = self.pending.iter().position(wanted) {
                let n = self.pending.remove(i);
                let p: PublishDiagnosticsParams = serde_json::from_value(n.params).unwrap();
                return p.diagnostics;
            }
            assert!(
                start.elapsed() < TIMEOUT,
                "no diagnostics for {}",
                uri.as_str()
            );
            if let Message::Notification(n) = self.recv() {
                self.pending.push(n);
            }
        }
    }

    fn open(&mut self, uri: &Uri, text: &str) -> Vec<Diagnostic> {
        self.notify(
            "textDocument/didOpen",
            json!({ "textDocument": {
                "uri": uri.as_str(), "languageId": "plaintext", "version": 1, "text": text,
            }}),
        );
        self.diagnostics(uri, Some(1))
    }

    fn shutdown(mut self) {
        let r = self.request("shutdown", Value::Null);
        assert!(r.error.is_none());
        self.notify("exit", Value::Null);
        let result = self
            .server
            .take()
            .unwrap()
            .join()
            .expect("the server did not panic");
        assert!(result.is_ok(), "{result:?}");
    }
}

/// Byte offset of an LSP position, counted here independently of the server.
fn offset(text: &str, pos: Position) -> usize {
    let line_start: usize = text
        .split_inclusive('\n')
        .take(pos.line as usize)
        .map(str::len)
        .sum();
    let mut units = 0;
    for (i, c) in text[line_start..].char_indices() {
        if units == pos.character as usize {
            return line_start + i;
        }
        units += c.len_utf16();
    }
    text.len()
}

fn apply(text: &str, edit: &TextEdit) -> String {
    let (a, b) = (offset(text, edit.range.start), offset(text, edit.range.end));
    format!("{}{}{}", &text[..a], edit.new_text, &text[b..])
}

fn code(d: &Diagnostic) -> String {
    match &d.code {
        Some(NumberOrString::String(s)) => s.clone(),
        other => panic!("no rule name: {other:?}"),
    }
}

fn tempdir() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    // Shipped glossary copies (go to definition) go to a cache folder of the test's own.
    std::env::set_var(
        "XDG_CACHE_HOME",
        std::env::temp_dir().join("mtlint-server-test-cache"),
    );
    dir
}

#[test]
fn a_whole_session_on_the_seed_article() {
    let dir = tempdir();
    let root = dir.path().canonicalize().unwrap();
    let path = root.join("lavrov-wonsan.pt.txt");
    let text = seed();
    std::fs::write(&path, &text).unwrap();
    let doc = uri(&path);
    let mut client = Client::start(&root, json!({}));

    // Diagnostics: the findings the library (and so `mtlint check`) gives, same places.
    let diags = client.open(&doc, &text);
    let session = Session::new(
        GlossarySources::default().load().unwrap(),
        SessionConfig::default(),
    );
    let expected = session
        .check(
            &path.display().to_string(),
            &text,
            FileKind::Text(mtlint_check::DocumentKind::PlainText),
        )
        .unwrap()
        .findings;
    assert!(expected.len() >= 5, "the seed has findings");
    assert_eq!(diags.len(), expected.len());
    for (d, f) in diags.iter().zip(&expected) {
        assert_eq!(code(d), f.rule.name());
        assert_eq!(offset(&text, d.range.start), f.range.start, "{}", d.message);
        assert_eq!(offset(&text, d.range.end), f.range.end, "{}", d.message);
        assert_eq!(d.source.as_deref(), Some("mtlint"));
        assert_eq!(
            d.code_description.as_ref().map(|c| c.href.as_str()),
            Some(mtlint_server::RULES_DOCS_URL)
        );
    }
    let wonsan = diags
        .iter()
        .find(|d| text[offset(&text, d.range.start)..].starts_with("Wanson"))
        .expect("Wanson is reported");
    let related = wonsan
        .related_information
        .as_ref()
        .expect("the glossary entry");
    assert!(
        related[0].message.contains("Wonsan"),
        "{}",
        related[0].message
    );

    // Hover on it: the rule, the entry, its note.
    let at = wonsan.range.start;
    let hover = client.request(
        "textDocument/hover",
        json!({ "textDocument": { "uri": doc.as_str() }, "position": at }),
    );
    let value = hover.result.unwrap()["contents"]["value"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(
        value.contains("wrong-term") && value.contains("Wonsan"),
        "{value}"
    );
    assert!(value.contains("Port city"), "the glossary's note: {value}");

    // Go to definition: the entry's line in (a copy of) the shipped glossary.
    let def = client.request(
        "textDocument/definition",
        json!({ "textDocument": { "uri": doc.as_str() }, "position": at }),
    );
    let loc: lsp_types::Location = serde_json::from_value(def.result.unwrap()).unwrap();
    let glossary = mtlint_server_test_path(&loc.uri);
    let lines: Vec<String> = std::fs::read_to_string(&glossary)
        .unwrap()
        .lines()
        .map(String::from)
        .collect();
    assert!(lines[loc.range.start.line as usize].starts_with("[[term]]"));
    assert!(lines[loc.range.start.line as usize + 1].contains("\"Wonsan\""));

    // Code actions at the finding: the safe replacement is preferred; apply it.
    let actions = client.request(
        "textDocument/codeAction",
        json!({
            "textDocument": { "uri": doc.as_str() },
            "range": wonsan.range,
            "context": { "diagnostics": [] },
        }),
    );
    let actions: Vec<CodeActionOrCommand> =
        serde_json::from_value(actions.result.unwrap()).unwrap();
    let titles: Vec<String> = actions
        .iter()
        .map(|a| match a {
            CodeActionOrCommand::CodeAction(a) => a.title.clone(),
            CodeActionOrCommand::Command(c) => c.title.clone(),
        })
        .collect();
    assert!(
        titles.iter().any(|t| t.starts_with("Disable wrong-term")),
        "{titles:?}"
    );
    assert!(
        titles.iter().any(|t| t.starts_with("Allow “Wanson”")),
        "{titles:?}"
    );
    assert!(
        titles.iter().any(|t| t.starts_with("Fix all safe")),
        "{titles:?}"
    );
    let preferred = actions
        .iter()
        .find_map(|a| match a {
            CodeActionOrCommand::CodeAction(a) if a.is_preferred == Some(true) => Some(a),
            _ => None,
        })
        .expect("a preferred fix");
    assert_eq!(preferred.title, "Replace “Wanson” with “Wonsan”");
    let edits = &preferred.edit.as_ref().unwrap().changes.as_ref().unwrap()[&doc];
    let fixed = apply(&text, &edits[0]);
    client.notify(
        "textDocument/didChange",
        json!({
            "textDocument": { "uri": doc.as_str(), "version": 2 },
            "contentChanges": [{ "range": edits[0].range, "text": edits[0].new_text }],
        }),
    );
    let after = client.diagnostics(&doc, Some(2));
    let expected_after = session
        .check(
            &path.display().to_string(),
            &fixed,
            FileKind::Text(mtlint_check::DocumentKind::PlainText),
        )
        .unwrap()
        .findings;
    assert_eq!(after.len(), expected_after.len());
    assert!(after.len() < diags.len(), "the fixed finding is gone");
    assert!(!after
        .iter()
        .any(|d| d.range.start == wonsan.range.start && code(d) == "wrong-term"));

    // An edit with an accent and an emoji before a finding: positions still match.
    let edit = json!({
        "range": Range::new(Position::new(0, 0), Position::new(0, 0)),
        "text": "Ação 😀 Wanson\r\n",
    });
    client.notify(
        "textDocument/didChange",
        json!({ "textDocument": { "uri": doc.as_str(), "version": 3 }, "contentChanges": [edit] }),
    );
    let edited = format!("Ação 😀 Wanson\r\n{fixed}");
    let third = client.diagnostics(&doc, Some(3));
    let first = &third[0];
    assert_eq!(
        first.range.start,
        Position::new(0, 8),
        "UTF-16 column after ç, ã and 😀"
    );
    assert_eq!(
        &edited[offset(&edited, first.range.start)..offset(&edited, first.range.end)],
        "Wanson"
    );
    assert_eq!(third.len(), after.len() + 1);

    // A request with bad parameters and an unknown method get errors, not a dead server.
    let bad = client.request("textDocument/hover", json!({ "nonsense": true }));
    assert_eq!(
        bad.error.unwrap().code,
        lsp_server::ErrorCode::InvalidParams as i32
    );
    let unknown = client.request("mtlint/nothing", json!({}));
    assert_eq!(
        unknown.error.unwrap().code,
        lsp_server::ErrorCode::MethodNotFound as i32
    );

    // A document in a language no glossary covers: no diagnostics; a broken PO file: an
    // error on it. The server goes on.
    let japanese = uri(&root.join("ja.txt"));
    assert!(client
        .open(&japanese, "これは日本語の文章です。東京に行きました。")
        .is_empty());
    let po = uri(&root.join("broken.po"));
    let po_diags = client.open(&po, "msgid \"a\"\nmsgstr \"unterminated\n");
    assert_eq!(po_diags.len(), 1, "{po_diags:?}");
    assert_eq!(
        po_diags[0].severity,
        Some(lsp_types::DiagnosticSeverity::ERROR)
    );
    let again = client.request(
        "textDocument/hover",
        json!({ "textDocument": { "uri": doc.as_str() }, "position": first.range.start }),
    );
    assert!(again.result.is_some_and(|r| !r.is_null()));

    client.shutdown();
}

#[test]
fn a_glossary_change_changes_the_diagnostics_and_errors_show_on_the_glossary() {
    let dir = tempdir();
    let root = dir.path().canonicalize().unwrap();
    let path = root.join("artigo.txt");
    let text = "O presidente Vladimir Putin chegou a Wanson no sábado com o ministro.\n";
    std::fs::write(&path, text).unwrap();
    let doc = uri(&path);
    let mut client = Client::start(&root, json!({ "lang": "pt-PT" }));
    let before = client.open(&doc, text);
    assert!(
        !before.iter().any(|d| d.message.contains("Putin")),
        "{before:?}"
    );

    // A user glossary turning "Vladimir Putin" into a wrong form, named by mtlint.toml.
    let glossary = root.join("nomes.toml");
    std::fs::write(
        &glossary,
        "[glossary]\nname = \"Nomes\"\nlang = \"pt\"\n\n[[term]]\nuse = \"Vladímir Putin\"\nkind = \"person\"\navoid = [\"Vladimir Putin\"]\n",
    )
    .unwrap();
    std::fs::write(root.join("mtlint.toml"), "glossaries = [\"nomes.toml\"]\n").unwrap();
    let changed =
        json!({ "changes": [{ "uri": uri(&root.join("mtlint.toml")).as_str(), "type": 1 }] });
    client.notify("workspace/didChangeWatchedFiles", changed.clone());
    let after = client.diagnostics(&doc, Some(1));
    let putin = after
        .iter()
        .find(|d| d.message.contains("Vladimir Putin"))
        .unwrap_or_else(|| panic!("the new entry reports: {after:?}"));
    let related = &putin.related_information.as_ref().unwrap()[0];
    assert_eq!(mtlint_server_test_path(&related.location.uri), glossary);
    assert_eq!(related.location.range.start.line, 4, "the [[term]] line");

    // A glossary with an error: a diagnostic on it; the document is still checked.
    std::fs::write(
        &glossary,
        "[glossary]\nname = \"Nomes\"\nlang = \"pt\"\n\n[[term]]\nkind = \"person\"\n",
    )
    .unwrap();
    client.notify("workspace/didChangeWatchedFiles", changed.clone());
    let on_glossary = client.diagnostics(&uri(&glossary), None);
    assert!(!on_glossary.is_empty());
    let still = client.diagnostics(&doc, Some(1));
    assert!(
        still.iter().any(|d| d.message.contains("Wanson")),
        "{still:?}"
    );

    // Fixed again: the glossary's diagnostics are cleared.
    std::fs::write(&glossary, "[glossary]\nname = \"Nomes\"\nlang = \"pt\"\n").unwrap();
    client.notify("workspace/didChangeWatchedFiles", changed);
    assert!(client.diagnostics(&uri(&glossary), None).is_empty());
    client.shutdown();
}

fn mtlint_server_test_path(uri: &Uri) -> PathBuf {
    let s = uri.as_str().strip_prefix("file://").unwrap();
    PathBuf::from(s.replace("%20", " "))
}

fn actions_at(client: &mut Client, doc: &Uri, range: Range) -> Vec<lsp_types::CodeAction> {
    let reply = client.request(
        "textDocument/codeAction",
        json!({ "textDocument": { "uri": doc.as_str() }, "range": range,
                "context": { "diagnostics": [] } }),
    );
    let actions: Vec<CodeActionOrCommand> = serde_json::from_value(reply.result.unwrap()).unwrap();
    actions
        .into_iter()
        .filter_map(|a| match a {
            CodeActionOrCommand::CodeAction(a) => Some(a),
            CodeActionOrCommand::Command(_) => None,
        })
        .collect()
}

#[test]
fn allow_and_disable_actions_silence_the_finding_once_applied() {
    let dir = tempdir();
    let root = dir.path().canonicalize().unwrap();
    let path = root.join("nota.txt");
    let text = "Lavrov chegou a Wanson no sábado.\r\nA Coréia do Norte recebeu-o.\r\n";
    std::fs::write(&path, text).unwrap();
    let doc = uri(&path);
    let mut client = Client::start(&root, json!({ "lang": "pt-BR" }));
    let diags = client.open(&doc, text);
    let at = |word: &str| {
        diags
            .iter()
            .find(|d| text[offset(text, d.range.start)..].starts_with(word))
            .unwrap_or_else(|| panic!("{word} is reported: {diags:?}"))
    };

    // Allow "Wanson": no mtlint.toml yet, so the edit creates one in the workspace folder.
    let allow = actions_at(&mut client, &doc, at("Wanson").range)
        .into_iter()
        .find(|a| a.title.starts_with("Allow “Wanson”"))
        .expect("an allow action");
    let Some(lsp_types::DocumentChanges::Operations(ops)) = allow.edit.unwrap().document_changes
    else {
        panic!("a file creation and an edit");
    };
    let config = root.join("mtlint.toml");
    let mut created = None;
    for op in ops {
        match op {
            lsp_types::DocumentChangeOperation::Op(lsp_types::ResourceOp::Create(c)) => {
                assert_eq!(c.uri, uri(&config));
                created = Some(String::new());
            }
            lsp_types::DocumentChangeOperation::Edit(e) => {
                let lsp_types::OneOf::Left(edit) = &e.edits[0] else {
                    panic!("a plain edit");
                };
                let so_far = created.take().expect("created first");
                created = Some(apply(&so_far, edit));
            }
            other => panic!("unexpected {other:?}"),
        }
    }
    std::fs::write(&config, created.unwrap()).unwrap();
    client.notify(
        "workspace/didChangeWatchedFiles",
        json!({ "changes": [{ "uri": uri(&config).as_str(), "type": 1 }] }),
    );
    let after = client.diagnostics(&doc, Some(1));
    assert!(
        !after.iter().any(|d| d.message.contains("Wanson")),
        "{after:?}"
    );
    assert_eq!(after.len(), diags.len() - 1);

    // Disable the rule on the "Coréia" line: the comment goes above it, CRLF kept.
    let disable = actions_at(&mut client, &doc, at("Coréia").range)
        .into_iter()
        .find(|a| a.title == "Disable wrong-term for this line")
        .expect("a disable action");
    let edit = &disable.edit.unwrap().changes.unwrap()[&doc][0];
    assert_eq!(
        edit.new_text,
        "<!-- mtlint-disable-next-line wrong-term -->\r\n"
    );
    client.notify(
        "textDocument/didChange",
        json!({ "textDocument": { "uri": doc.as_str(), "version": 2 },
                "contentChanges": [{ "range": edit.range, "text": edit.new_text }] }),
    );
    let last = client.diagnostics(&doc, Some(2));
    assert!(
        !last.iter().any(|d| d.message.contains("Coréia")),
        "{last:?}"
    );

    // A configuration with an error: a diagnostic on it, at its line.
    std::fs::write(&config, "allow = [\"Wanson\"]\nexlude = []\n").unwrap();
    client.notify(
        "workspace/didChangeWatchedFiles",
        json!({ "changes": [{ "uri": uri(&config).as_str(), "type": 2 }] }),
    );
    let on_config = client.diagnostics(&uri(&config), None);
    assert_eq!(on_config.len(), 1, "{on_config:?}");
    assert_eq!(on_config[0].range.start.line, 1);
    client.shutdown();
}

#[test]
fn options_turn_rules_off_and_a_burst_of_edits_publishes_only_the_last() {
    let dir = tempdir();
    let root = dir.path().canonicalize().unwrap();
    let doc = uri(&root.join("a.txt"));
    let text = "Lavrov chegou a Wanson no sábado, disse o norte -coreano.\n";
    let mut client = Client::start(
        &root,
        json!({ "lang": "pt", "disable": ["spaced-hyphen"], "debounceMs": 300 }),
    );
    let diags = client.open(&doc, text);
    assert!(diags.iter().any(|d| code(d) == "wrong-term"), "{diags:?}");
    assert!(
        !diags.iter().any(|d| code(d) == "spaced-hyphen"),
        "{diags:?}"
    );

    // Ten edits at once: the older versions' checks are dropped (debounced or cancelled).
    for version in 2..12 {
        client.notify(
            "textDocument/didChange",
            json!({ "textDocument": { "uri": doc.as_str(), "version": version },
                    "contentChanges": [{ "range": Range::new(Position::new(0, 0), Position::new(0, 0)), "text": "x" }] }),
        );
    }
    let last = client.diagnostics(&doc, Some(11));
    assert!(last.iter().any(|d| code(d) == "wrong-term"));
    let stale = client
        .pending
        .iter()
        .filter(|n| n.method == "textDocument/publishDiagnostics")
        .count();
    assert_eq!(stale, 0, "only version 11 was published");
    client.shutdown();
}

/// Applies a workspace edit to the files on disk, as an editor would (files created
/// first, edits in order).
fn apply_to_disk(edit: lsp_types::WorkspaceEdit) {
    let edit_file = |uri: &Uri, edits: &[TextEdit]| {
        let path = mtlint_server_test_path(uri);
        let mut text = std::fs::read_to_string(&path).unwrap_or_default();
        for e in edits {
            text = apply(&text, e);
        }
        std::fs::write(&path, text).unwrap();
    };
    for (uri, edits) in edit.changes.unwrap_or_default() {
        edit_file(&uri, &edits);
    }
    let Some(lsp_types::DocumentChanges::Operations(ops)) = edit.document_changes else {
        return;
    };
    for op in ops {
        match op {
            lsp_types::DocumentChangeOperation::Op(lsp_types::ResourceOp::Create(c)) => {
                let path = mtlint_server_test_path(&c.uri);
                assert!(
                    !path.exists(),
                    "{} is created only when missing",
                    path.display()
                );
                std::fs::write(path, "").unwrap();
            }
            lsp_types::DocumentChangeOperation::Edit(e) => {
                let edits: Vec<TextEdit> = e
                    .edits
                    .into_iter()
                    .map(|e| match e {
                        lsp_types::OneOf::Left(e) => e,
                        lsp_types::OneOf::Right(a) => a.text_edit,
                    })
                    .collect();
                edit_file(&e.text_document.uri, &edits);
            }
            other => panic!("unexpected {other:?}"),
        }
    }
}

#[test]
fn accepting_a_form_teaches_the_user_glossary() {
    let dir = tempdir();
    let root = dir.path().canonicalize().unwrap();
    let path = root.join("nota.txt");
    let text = "Lavrov chegou a Wanson no sábado.\nA Coréia do Norte recebeu-o.\n";
    std::fs::write(&path, text).unwrap();
    let doc = uri(&path);
    let mut client = Client::start(&root, json!({ "lang": "pt-BR" }));
    let diags = client.open(&doc, text);
    let range_of = |word: &str, diags: &[Diagnostic]| {
        diags
            .iter()
            .find(|d| text[offset(text, d.range.start)..].starts_with(word))
            .map(|d| d.range)
    };
    let reload = |client: &mut Client| {
        client.notify(
            "workspace/didChangeWatchedFiles",
            json!({ "changes": [{ "uri": uri(&root.join("mtlint.toml")).as_str(), "type": 2 }] }),
        );
        client.diagnostics(&doc, Some(1))
    };

    // No configuration yet: a new glossary, and mtlint.toml naming it, both created.
    let accept = actions_at(&mut client, &doc, range_of("Wanson", &diags).unwrap())
        .into_iter()
        .find(|a| a.title.starts_with("Accept “Wanson” for “Wonsan”"))
        .expect("an accept action");
    assert!(
        accept.title.ends_with("in mtlint.glossary.toml"),
        "{}",
        accept.title
    );
    apply_to_disk(accept.edit.unwrap());
    let config = std::fs::read_to_string(root.join("mtlint.toml")).unwrap();
    assert_eq!(config, "glossaries = [\"mtlint.glossary.toml\"]\n");
    let after = reload(&mut client);
    assert!(
        range_of("Wanson", &after).is_none(),
        "Wanson accepted: {after:?}"
    );
    assert!(range_of("Coréia", &after).is_some(), "{after:?}");

    // Now the glossary exists: the next entry is appended to it.
    let accept = actions_at(&mut client, &doc, range_of("Coréia", &after).unwrap())
        .into_iter()
        .find(|a| a.title.starts_with("Accept “Coréia”"))
        .expect("an accept action");
    apply_to_disk(accept.edit.unwrap());
    let glossary = std::fs::read_to_string(root.join("mtlint.glossary.toml")).unwrap();
    assert_eq!(glossary.matches("[[term]]").count(), 2, "{glossary}");
    assert_eq!(glossary.matches("[glossary]").count(), 1, "{glossary}");
    let last = reload(&mut client);
    assert!(range_of("Coréia", &last).is_none(), "{last:?}");
    assert_eq!(last.len(), diags.len() - 2);
    client.shutdown();
}

#[test]
fn marking_a_near_miss_wrong_makes_it_a_known_error() {
    let dir = tempdir();
    let root = dir.path().canonicalize().unwrap();
    let path = root.join("nota.txt");
    let text = "Lavrov chegou a Wonsam no sábado.\n";
    std::fs::write(&path, text).unwrap();
    let doc = uri(&path);
    let mut client = Client::start(&root, json!({ "lang": "pt-BR" }));
    let diags = client.open(&doc, text);
    let near = diags
        .iter()
        .find(|d| text[offset(text, d.range.start)..].starts_with("Wonsam"))
        .expect("a near miss");
    assert_eq!(
        near.code,
        Some(lsp_types::NumberOrString::String("name-near-miss".into()))
    );
    let mark = actions_at(&mut client, &doc, near.range)
        .into_iter()
        .find(|a| {
            a.title
                .starts_with("Mark “Wonsam” as a wrong rendering of “Wonsan”")
        })
        .expect("a mark-as-wrong action");
    apply_to_disk(mark.edit.unwrap());
    let glossary = std::fs::read_to_string(root.join("mtlint.glossary.toml")).unwrap();
    assert!(glossary.contains("Wonsam"), "{glossary}");
    client.notify(
        "workspace/didChangeWatchedFiles",
        json!({ "changes": [{ "uri": uri(&root.join("mtlint.toml")).as_str(), "type": 2 }] }),
    );
    let after = client.diagnostics(&doc, Some(1));
    let now = after
        .iter()
        .find(|d| text[offset(text, d.range.start)..].starts_with("Wonsam"))
        .expect("still reported");
    assert_eq!(
        now.code,
        Some(lsp_types::NumberOrString::String("wrong-term".into()))
    );
    // A known wrong rendering is not offered again.
    let again = actions_at(&mut client, &doc, now.range);
    assert!(
        !again.iter().any(|a| a.title.starts_with("Mark ")),
        "{again:?}"
    );
    client.shutdown();
}
