//! `mtlint server`: a language server over the library session. Findings become
//! diagnostics as the user types, suggestions and suppressions become code actions, and
//! the glossary entry behind a finding shows on hover and opens on go to definition.
//!
//! Synchronous, as rust-analyzer is (lsp-server over crossbeam channels): the main loop
//! reads messages and keeps documents; checks run on a worker thread, where a newer
//! version of a document cancels the check of the older one.

mod actions;
mod diagnostics;
mod document;
mod hover;
mod origin;
mod position;
mod server;
mod teach;
mod transport;
mod uri;
mod worker;
mod workspace;

pub use diagnostics::RULES_DOCS_URL;
pub use server::run;
pub use transport::frame;

/// Why the server stopped other than by the client's `shutdown` and `exit`.
#[derive(Debug, thiserror::Error)]
pub enum ServerError {
    #[error("language server protocol: {0}")]
    Protocol(#[from] lsp_server::ProtocolError),
    #[error("language server I/O: {0}")]
    Io(#[from] std::io::Error),
    #[error("language server: {0}")]
    Json(#[from] serde_json::Error),
}

/// Serves one client over stdin and stdout until it says `exit`.
pub fn run_stdio() -> Result<(), ServerError> {
    let (connection, io) = transport::stdio()?;
    run(connection)?;
    io.join()?;
    Ok(())
}
