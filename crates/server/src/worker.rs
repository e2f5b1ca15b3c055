//! Checks run on a worker thread, off the main loop: the loop stays free to read the
//! next edit, which cancels the check of the version it replaces. A short debounce lets a
//! burst of keystrokes end in one check.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, PoisonError};
use std::thread;
use std::time::{Duration, Instant};

use crossbeam_channel::{Receiver, RecvTimeoutError, Sender};
use lsp_server::{Message, Notification};
use lsp_types::notification::{LogMessage, Notification as _, PublishDiagnostics};
use lsp_types::{LogMessageParams, MessageType, PublishDiagnosticsParams, Uri};
use mtlint_check::Finding;
use mtlint_session::{Cancel, CheckError, Session};

use crate::diagnostics::{diagnostics, located_error};
use crate::document::Kind;

/// How long the worker waits for a newer edit before checking, unless the editor says
/// otherwise (`initializationOptions.debounceMs`).
pub const DEBOUNCE: Duration = Duration::from_millis(25);
/// The longest a stream of edits postpones a check.
const MAX_WAIT: Duration = Duration::from_millis(250);

/// One version of a document to check.
pub struct Job {
    pub uri: Uri,
    pub name: String,
    pub version: i32,
    pub text: Arc<str>,
    pub kind: Kind,
    pub session: Arc<Session>,
    pub cancel: Cancel,
}

/// The findings of the last version checked, for code actions and hover.
#[derive(Debug, Clone)]
pub struct Checked {
    pub version: i32,
    pub findings: Arc<Vec<Finding>>,
}

pub type Results = Arc<Mutex<HashMap<Uri, Checked>>>;

/// Starts the worker; it ends when the returned sender is dropped.
pub fn spawn(
    out: Sender<Message>,
    results: Results,
    debounce: Duration,
) -> std::io::Result<Sender<Job>> {
    let (jobs, rx) = crossbeam_channel::unbounded::<Job>();
    thread::Builder::new()
        .name("mtlint-check".into())
        .spawn(move || run(&rx, &out, &results, debounce))?;
    Ok(jobs)
}

fn run(rx: &Receiver<Job>, out: &Sender<Message>, results: &Results, debounce: Duration) {
    while let Ok(first) = rx.recv() {
        let mut pending = vec![first];
        let started = Instant::now();
        // Later versions of a document replace earlier ones waiting here.
        loop {
            let left = MAX_WAIT.saturating_sub(started.elapsed());
            match rx.recv_timeout(debounce.min(left)) {
                Ok(job) => {
                    pending.retain(|p| p.uri != job.uri);
                    pending.push(job);
                }
                Err(RecvTimeoutError::Timeout) => break,
                Err(RecvTimeoutError::Disconnected) => return,
            }
        }
        for job in pending {
            if !job.cancel.is_cancelled() {
                check(job, out, results);
            }
        }
    }
}

fn check(job: Job, out: &Sender<Message>, results: &Results) {
    let outcome =
        job.session
            .check_cancellable(&job.name, &job.text, job.kind.file_kind(), &job.cancel);
    let diagnostics = match outcome {
        Ok(report) => {
            let diagnostics = diagnostics(&job.uri, &job.text, &report.findings);
            let checked = Checked {
                version: job.version,
                findings: Arc::new(report.findings),
            };
            results
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .insert(job.uri.clone(), checked);
            diagnostics
        }
        Err(CheckError::Cancelled(_)) => return,
        // A text in a language no glossary covers: nothing to report in it, and a line
        // in the editor's log saying why.
        Err(CheckError::Language(e)) => {
            log(out, format!("{}: not checked: {e}", job.name));
            Vec::new()
        }
        Err(e @ (CheckError::Directive(_) | CheckError::Format(_))) => {
            vec![located_error(&e.to_string())]
        }
    };
    // A newer version may have arrived while checking: its check publishes instead.
    if job.cancel.is_cancelled() {
        return;
    }
    publish(out, job.uri, Some(job.version), diagnostics);
}

pub fn publish(
    out: &Sender<Message>,
    uri: Uri,
    version: Option<i32>,
    diagnostics: Vec<lsp_types::Diagnostic>,
) {
    let params = PublishDiagnosticsParams {
        uri,
        diagnostics,
        version,
    };
    // The client is gone when sending fails: the main loop ends on its own then.
    let _ = out.send(Message::Notification(Notification::new(
        PublishDiagnostics::METHOD.to_string(),
        params,
    )));
}

pub fn log(out: &Sender<Message>, message: String) {
    let params = LogMessageParams {
        typ: MessageType::INFO,
        message,
    };
    let _ = out.send(Message::Notification(Notification::new(
        LogMessage::METHOD.to_string(),
        params,
    )));
}

#[cfg(test)]
mod tests {
    use super::*;
    use mtlint_check::DocumentKind;
    use mtlint_session::{GlossarySources, SessionConfig};
    use std::str::FromStr;

    fn job(cancel: Cancel) -> Job {
        let glossaries = GlossarySources::default().load().unwrap();
        Job {
            uri: Uri::from_str("file:///a.txt").unwrap(),
            name: "a.txt".into(),
            version: 1,
            text: "Lavrov chegou a Wanson no sábado.".into(),
            kind: Kind::Text(DocumentKind::PlainText),
            session: Arc::new(Session::new(glossaries, SessionConfig::default())),
            cancel,
        }
    }

    #[test]
    fn a_cancelled_check_publishes_nothing_and_a_live_one_does() {
        let (out, published) = crossbeam_channel::unbounded();
        let results = Results::default();
        let cancel = Cancel::new();
        cancel.cancel();
        check(job(cancel), &out, &results);
        assert!(published.try_recv().is_err());
        assert!(results.lock().unwrap().is_empty());

        check(job(Cancel::new()), &out, &results);
        let Ok(Message::Notification(n)) = published.try_recv() else {
            panic!("diagnostics published");
        };
        assert_eq!(n.method, PublishDiagnostics::METHOD);
        assert!(n.params["diagnostics"]
            .as_array()
            .is_some_and(|d| !d.is_empty()));
    }
}
