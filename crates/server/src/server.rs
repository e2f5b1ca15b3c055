//! The main loop: messages in, documents kept, checks handed to the worker, requests
//! answered from the latest findings.

use std::collections::{BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use std::sync::{Arc, PoisonError};

use crossbeam_channel::Sender;
use lsp_server::{Connection, ErrorCode, Message, Notification, Request, RequestId, Response};
use lsp_types::notification::{
    DidChangeTextDocument, DidChangeWatchedFiles, DidCloseTextDocument, DidOpenTextDocument,
    DidSaveTextDocument, Notification as _,
};
use lsp_types::request::{CodeActionRequest, GotoDefinition, HoverRequest, Request as _};
use lsp_types::{
    CodeActionKind, CodeActionOptions, CodeActionParams, CodeActionProviderCapability,
    DidChangeWatchedFilesRegistrationOptions, FileSystemWatcher, GlobPattern, GotoDefinitionParams,
    HoverParams, HoverProviderCapability, InitializeParams, OneOf, Registration,
    RegistrationParams, SaveOptions, ServerCapabilities, ServerInfo, TextDocumentSyncCapability,
    TextDocumentSyncKind, TextDocumentSyncOptions, TextDocumentSyncSaveOptions, Uri,
};
use mtlint_check::Finding;
use serde::de::DeserializeOwned;

use crate::actions::{self, ConfigFile};
use crate::document::{Document, Kind};
use crate::hover;
use crate::position::Lines;
use crate::worker::{self, Job, Results};
use crate::workspace::{Options, Setup, Workspaces};
use crate::ServerError;

/// Serves one client on `connection` until it says `shutdown` (then `exit`) or goes away.
pub fn run(connection: Connection) -> Result<(), ServerError> {
    let (id, params) = connection.initialize_start()?;
    let params: InitializeParams = serde_json::from_value(params).unwrap_or_default();
    let result = serde_json::json!({
        "capabilities": capabilities(),
        "serverInfo": ServerInfo {
            name: "mtlint".into(),
            version: Some(env!("CARGO_PKG_VERSION").into()),
        },
    });
    connection.initialize_finish(id, result)?;
    let mut server = Server::new(&connection.sender, &params)?;
    server.watch_files(&params);
    for message in &connection.receiver {
        match message {
            Message::Request(req) => {
                if req.method == "shutdown" {
                    return shut_down(&connection, req.id);
                }
                let response = server.request(req);
                if connection.sender.send(response.into()).is_err() {
                    return Ok(());
                }
            }
            Message::Notification(n) => server.notification(n),
            // Answers to our own requests (the file watch registration): nothing to do.
            Message::Response(_) => {}
        }
    }
    Ok(())
}

/// Answers `shutdown` and waits for `exit`. A client that closes the connection instead
/// (as editors quitting at once do) ends the server as well, without an error.
fn shut_down(connection: &Connection, id: RequestId) -> Result<(), ServerError> {
    let _ = connection
        .sender
        .send(Response::new_ok(id, serde_json::Value::Null).into());
    for message in &connection.receiver {
        match message {
            Message::Notification(n) if n.method == "exit" => return Ok(()),
            Message::Request(req) => {
                let _ = connection.sender.send(
                    Response::new_err(
                        req.id,
                        ErrorCode::InvalidRequest as i32,
                        "the server is shutting down".into(),
                    )
                    .into(),
                );
            }
            _ => {}
        }
    }
    Ok(())
}

fn capabilities() -> ServerCapabilities {
    ServerCapabilities {
        text_document_sync: Some(TextDocumentSyncCapability::Options(
            TextDocumentSyncOptions {
                open_close: Some(true),
                change: Some(TextDocumentSyncKind::INCREMENTAL),
                save: Some(TextDocumentSyncSaveOptions::SaveOptions(SaveOptions {
                    include_text: Some(false),
                })),
                ..TextDocumentSyncOptions::default()
            },
        )),
        code_action_provider: Some(CodeActionProviderCapability::Options(CodeActionOptions {
            code_action_kinds: Some(vec![CodeActionKind::QUICKFIX, actions::fix_all_kind()]),
            ..CodeActionOptions::default()
        })),
        hover_provider: Some(HoverProviderCapability::Simple(true)),
        definition_provider: Some(OneOf::Left(true)),
        ..ServerCapabilities::default()
    }
}

struct Server {
    out: Sender<Message>,
    docs: HashMap<Uri, Document>,
    workspaces: Workspaces,
    /// Workspace folders, longest first: a new `mtlint.toml` goes in the one holding the
    /// document.
    folders: Vec<PathBuf>,
    jobs: Sender<Job>,
    results: Results,
    /// Configuration and glossary files that have diagnostics from us now.
    problem_files: BTreeSet<PathBuf>,
}

impl Server {
    fn new(out: &Sender<Message>, params: &InitializeParams) -> Result<Self, ServerError> {
        let (options, log) = Options::parse(params.initialization_options.clone());
        let results = Results::default();
        let debounce = options
            .debounce_ms
            .map_or(worker::DEBOUNCE, std::time::Duration::from_millis);
        let jobs = worker::spawn(out.clone(), Arc::clone(&results), debounce)?;
        let mut folders: Vec<PathBuf> = params
            .workspace_folders
            .iter()
            .flatten()
            .filter_map(|f| crate::uri::to_path(&f.uri))
            .collect();
        folders.sort_by_key(|f| std::cmp::Reverse(f.as_os_str().len()));
        Ok(Server {
            out: out.clone(),
            docs: HashMap::new(),
            workspaces: Workspaces::new(options, log),
            folders,
            jobs,
            results,
            problem_files: BTreeSet::new(),
        })
    }

    /// Asks the client to tell us when a configuration or glossary changes.
    fn watch_files(&self, params: &InitializeParams) {
        let dynamic = params
            .capabilities
            .workspace
            .as_ref()
            .and_then(|w| w.did_change_watched_files.as_ref())
            .and_then(|d| d.dynamic_registration)
            .unwrap_or(false);
        if !dynamic {
            return;
        }
        let watchers = ["**/mtlint.toml", "**/*.toml"]
            .into_iter()
            .map(|glob| FileSystemWatcher {
                glob_pattern: GlobPattern::String(glob.into()),
                kind: None,
            })
            .collect();
        let registration = Registration {
            id: "mtlint-watch".into(),
            method: DidChangeWatchedFiles::METHOD.into(),
            register_options: serde_json::to_value(DidChangeWatchedFilesRegistrationOptions {
                watchers,
            })
            .ok(),
        };
        let request = Request::new(
            RequestId::from("mtlint-watch".to_string()),
            "client/registerCapability".into(),
            RegistrationParams {
                registrations: vec![registration],
            },
        );
        let _ = self.out.send(request.into());
    }

    fn request(&mut self, req: Request) -> Response {
        let id = req.id.clone();
        let result = match req.method.as_str() {
            CodeActionRequest::METHOD => {
                parse(req).map(|p| serde_json::to_value(self.code_actions(p)))
            }
            HoverRequest::METHOD => parse(req).map(|p| serde_json::to_value(self.hover(p))),
            GotoDefinition::METHOD => parse(req).map(|p| serde_json::to_value(self.definition(p))),
            method => Err(Response::new_err(
                id.clone(),
                ErrorCode::MethodNotFound as i32,
                format!("mtlint does not handle `{method}`"),
            )),
        };
        match result {
            Ok(Ok(value)) => Response {
                id,
                result: Some(value),
                error: None,
            },
            Ok(Err(e)) => Response::new_err(id, ErrorCode::InternalError as i32, e.to_string()),
            Err(response) => response,
        }
    }

    fn notification(&mut self, n: Notification) {
        match n.method.as_str() {
            DidOpenTextDocument::METHOD => {
                if let Ok(p) =
                    n.extract::<lsp_types::DidOpenTextDocumentParams>(DidOpenTextDocument::METHOD)
                {
                    self.open(p.text_document);
                }
            }
            DidChangeTextDocument::METHOD => {
                if let Ok(p) = n.extract::<lsp_types::DidChangeTextDocumentParams>(
                    DidChangeTextDocument::METHOD,
                ) {
                    if let Some(doc) = self.docs.get_mut(&p.text_document.uri) {
                        doc.apply(p.text_document.version, p.content_changes);
                        self.check(&p.text_document.uri);
                    }
                }
            }
            DidSaveTextDocument::METHOD => {
                if let Ok(p) =
                    n.extract::<lsp_types::DidSaveTextDocumentParams>(DidSaveTextDocument::METHOD)
                {
                    self.check(&p.text_document.uri);
                }
            }
            DidCloseTextDocument::METHOD => {
                if let Ok(p) =
                    n.extract::<lsp_types::DidCloseTextDocumentParams>(DidCloseTextDocument::METHOD)
                {
                    self.close(p.text_document.uri);
                }
            }
            DidChangeWatchedFiles::METHOD => self.reload(),
            _ => {}
        }
    }

    fn open(&mut self, item: lsp_types::TextDocumentItem) {
        let path = crate::uri::to_path(&item.uri);
        let doc = Document {
            name: path.as_ref().map_or_else(
                || item.uri.as_str().to_string(),
                |p| p.display().to_string(),
            ),
            version: item.version,
            text: item.text.into(),
            kind: Kind::of(path.as_deref(), &item.language_id),
            cancel: mtlint_session::Cancel::new(),
        };
        self.docs.insert(item.uri.clone(), doc);
        self.check(&item.uri);
    }

    fn close(&mut self, uri: Uri) {
        if let Some(doc) = self.docs.remove(&uri) {
            doc.cancel.cancel();
        }
        self.results
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .remove(&uri);
        worker::publish(&self.out, uri, None, Vec::new());
    }

    /// A configuration or glossary changed: sessions are built again, every open
    /// document checked again.
    fn reload(&mut self) {
        self.workspaces.reload();
        let uris: Vec<Uri> = self.docs.keys().cloned().collect();
        for uri in &uris {
            self.check(uri);
        }
        self.publish_problems();
    }

    /// Hands the current version of `uri` to the worker, cancelling the older check.
    fn check(&mut self, uri: &Uri) {
        let setup = self.setup(uri);
        let Some(doc) = self.docs.get_mut(uri) else {
            return;
        };
        let cancel = doc.renew_cancel();
        let job = Job {
            uri: uri.clone(),
            name: doc.name.clone(),
            version: doc.version,
            text: Arc::clone(&doc.text),
            kind: doc.kind,
            session: setup.session,
            cancel,
        };
        let _ = self.jobs.send(job);
        self.publish_problems();
    }

    fn setup(&mut self, uri: &Uri) -> Setup {
        let path = crate::uri::to_path(uri);
        self.workspaces.setup_for(path.as_deref())
    }

    /// Diagnostics on configuration and glossary files with errors; files fixed since
    /// get an empty list.
    fn publish_problems(&mut self) {
        for message in std::mem::take(&mut self.workspaces.log) {
            worker::log(&self.out, message);
        }
        let now: BTreeSet<PathBuf> = self.workspaces.problems.keys().cloned().collect();
        for fixed in self.problem_files.difference(&now) {
            if let Some(uri) = crate::uri::from_path(fixed) {
                worker::publish(&self.out, uri, None, Vec::new());
            }
        }
        if now != self.problem_files {
            for (path, diagnostics) in &self.workspaces.problems {
                if let Some(uri) = crate::uri::from_path(path) {
                    worker::publish(&self.out, uri, None, diagnostics.clone());
                }
            }
        }
        self.problem_files = now;
    }

    /// The findings of the document's current version: the worker's if it has checked
    /// it, else checked here and now.
    fn findings(&mut self, uri: &Uri) -> Option<(Setup, Arc<Vec<Finding>>)> {
        let setup = self.setup(uri);
        let doc = self.docs.get(uri)?;
        let cached = self
            .results
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .get(uri)
            .filter(|c| c.version == doc.version)
            .map(|c| Arc::clone(&c.findings));
        let findings = match cached {
            Some(findings) => findings,
            None => Arc::new(
                setup
                    .session
                    .check(&doc.name, &doc.text, doc.kind.file_kind())
                    .map(|r| r.findings)
                    .unwrap_or_default(),
            ),
        };
        Some((setup, findings))
    }

    fn code_actions(&mut self, p: CodeActionParams) -> Vec<lsp_types::CodeActionOrCommand> {
        let uri = &p.text_document.uri;
        let Some((setup, findings)) = self.findings(uri) else {
            return Vec::new();
        };
        let Some(doc) = self.docs.get(uri) else {
            return Vec::new();
        };
        let config = self.config_file(uri, setup.config.as_deref());
        let user_glossary = setup.first_glossary.as_deref().map(|p| self.file(p));
        let ctx = actions::Context {
            uri,
            doc,
            findings: &findings,
            session: &setup.session,
            config,
            user_glossary,
        };
        actions::code_actions(&ctx, p.range)
    }

    /// The `mtlint.toml` the document is checked with, or where a new one would go: the
    /// workspace folder holding the document, else the document's folder.
    fn config_file(&self, uri: &Uri, config: Option<&Path>) -> ConfigFile {
        let doc_path = crate::uri::to_path(uri);
        let path = config.map(Path::to_path_buf).unwrap_or_else(|| {
            let folder = doc_path.as_deref().and_then(|d| {
                self.folders
                    .iter()
                    .find(|f| d.starts_with(f))
                    .cloned()
                    .or_else(|| d.parent().map(Path::to_path_buf))
            });
            folder
                .or_else(|| self.folders.first().cloned())
                .unwrap_or_default()
                .join(mtlint_config::FILE_NAME)
        });
        self.file(&path)
    }

    /// A file to edit: the editor's copy if it is open (perhaps unsaved), else the file's.
    fn file(&self, path: &Path) -> ConfigFile {
        let open = crate::uri::from_path(path).and_then(|u| self.docs.get(&u));
        let text = match open {
            Some(doc) => Some(doc.text.to_string()),
            None => std::fs::read_to_string(path).ok(),
        };
        ConfigFile {
            path: path.to_path_buf(),
            text,
        }
    }

    fn hover(&mut self, p: HoverParams) -> Option<lsp_types::Hover> {
        let at = p.text_document_position_params;
        let (setup, findings) = self.findings(&at.text_document.uri)?;
        let doc = self.docs.get(&at.text_document.uri)?;
        let lines = Lines::new(&doc.text);
        let offset = lines.offset(at.position);
        hover::hover(&lines, &findings, offset, setup.session.glossaries())
    }

    fn definition(&mut self, p: GotoDefinitionParams) -> Option<lsp_types::GotoDefinitionResponse> {
        let at = p.text_document_position_params;
        let (_, findings) = self.findings(&at.text_document.uri)?;
        let doc = self.docs.get(&at.text_document.uri)?;
        let offset = Lines::new(&doc.text).offset(at.position);
        hover::definition(&findings, offset).map(lsp_types::GotoDefinitionResponse::Scalar)
    }
}

/// A request's parameters, or the error response for parameters that do not parse.
fn parse<P: DeserializeOwned>(req: Request) -> Result<P, Response> {
    serde_json::from_value(req.params).map_err(|e| {
        Response::new_err(
            req.id,
            ErrorCode::InvalidParams as i32,
            format!("invalid parameters for `{}`: {e}", req.method),
        )
    })
}
