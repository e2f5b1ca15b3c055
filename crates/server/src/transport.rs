//! The stdio transport. lsp-server's own stops reading at the first malformed message,
//! which ends the server; this one drops such a message (reporting it on stderr) and
//! reads on, so a client's bad write costs one message, not the session.

use std::io::{self, BufRead, Write};
use std::thread;

use crossbeam_channel::{bounded, Sender};
use lsp_server::{Connection, Message};

/// The reader and writer threads, joined when the server ends.
pub struct IoThreads {
    reader: thread::JoinHandle<()>,
    writer: thread::JoinHandle<io::Result<()>>,
}

impl IoThreads {
    pub fn join(self) -> io::Result<()> {
        // The reader may still wait on stdin after `exit`; the process ends it.
        drop(self.reader);
        self.writer
            .join()
            .unwrap_or_else(|_| Err(io::Error::other("the writer thread panicked")))
    }
}

pub fn stdio() -> io::Result<(Connection, IoThreads)> {
    let (to_writer, from_server) = bounded::<Message>(0);
    let writer = thread::Builder::new()
        .name("mtlint-lsp-writer".into())
        .spawn(move || {
            let stdout = io::stdout();
            let mut stdout = stdout.lock();
            from_server
                .into_iter()
                .try_for_each(|m| m.write(&mut stdout))
        })?;
    let (to_server, from_reader) = bounded::<Message>(0);
    let reader = thread::Builder::new()
        .name("mtlint-lsp-reader".into())
        .spawn(move || read_all(&mut io::stdin().lock(), &to_server))?;
    let connection = Connection {
        sender: to_writer,
        receiver: from_reader,
    };
    Ok((connection, IoThreads { reader, writer }))
}

fn read_all(input: &mut impl BufRead, to_server: &Sender<Message>) {
    loop {
        match read_message(input) {
            Ok(None) => return,
            Ok(Some(Ok(message))) => {
                let exit = matches!(&message, Message::Notification(n) if n.method == "exit");
                if to_server.send(message).is_err() || exit {
                    return;
                }
            }
            Ok(Some(Err(e))) => eprintln!("mtlint server: dropped a malformed message: {e}"),
            Err(e) => {
                eprintln!("mtlint server: cannot read from the client: {e}");
                return;
            }
        }
    }
}

/// The next message: `None` at the end of input, an inner error for a message whose
/// framing was right but whose content was not JSON-RPC.
fn read_message(input: &mut impl BufRead) -> io::Result<Option<Result<Message, String>>> {
    let mut length = None;
    let mut line = String::new();
    loop {
        line.clear();
        if input.read_line(&mut line)? == 0 {
            return Ok(None);
        }
        let header = line.trim_end_matches(['\r', '\n']);
        if header.is_empty() {
            if length.is_some() {
                break;
            }
            continue;
        }
        if let Some((name, value)) = header.split_once(':') {
            if name.trim().eq_ignore_ascii_case("content-length") {
                length = value.trim().parse::<usize>().ok();
            }
        }
    }
    let mut body = vec![0; length.unwrap_or(0)];
    input.read_exact(&mut body)?;
    Ok(Some(
        serde_json::from_slice::<Message>(&body).map_err(|e| e.to_string()),
    ))
}

/// Frames `body` as the protocol does (for tests and clients written in Rust).
pub fn frame(body: &str) -> Vec<u8> {
    let mut out = Vec::new();
    let _ = write!(out, "Content-Length: {}\r\n\r\n{body}", body.len());
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_malformed_message_is_dropped_and_reading_goes_on() {
        let mut input = frame("{not json");
        input.extend(frame(
            r#"{"jsonrpc":"2.0","method":"initialized","params":{}}"#,
        ));
        input.extend(frame(r#"{"jsonrpc":"2.0","method":"exit"}"#));
        let (tx, rx) = crossbeam_channel::unbounded();
        read_all(&mut &input[..], &tx);
        let got: Vec<Message> = rx.try_iter().collect();
        assert_eq!(got.len(), 2);
        assert!(matches!(&got[0], Message::Notification(n) if n.method == "initialized"));
    }
}
