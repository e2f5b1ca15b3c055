//! Latency of the language server: from `didChange` to `publishDiagnostics` (debounce set
//! to 0, so what is measured is the check and the protocol), over 100 edits of the seed
//! article; then a 1 MB document (open, and one edit). The server runs in process over
//! lsp-server's memory connection, as in crates/server/tests/lsp_session.rs.
//!
//!     RAYON_NUM_THREADS=1 taskset -c 0 cargo bench -p mtlint-server --bench latency
//!
//! Prints p50, p95 and max in milliseconds, and the process's peak resident memory.

use std::path::Path;
use std::time::{Duration, Instant};

use lsp_server::{Connection, Message, Notification, Request, RequestId};
use serde_json::{json, Value};

fn send(conn: &Connection, method: &str, params: Value) {
    let n = Notification::new(method.into(), params);
    conn.sender.send(n.into()).expect("the server reads");
}

/// Waits for the diagnostics of `uri` at `version`; returns how many there were.
fn wait(conn: &Connection, uri: &str, version: i32) -> usize {
    loop {
        let m = conn
            .receiver
            .recv_timeout(Duration::from_secs(120))
            .expect("diagnostics in time");
        if let Message::Notification(n) = m {
            let p = &n.params;
            if n.method == "textDocument/publishDiagnostics"
                && p["uri"] == uri
                && p["version"] == version
            {
                return p["diagnostics"].as_array().map_or(0, Vec::len);
            }
        }
    }
}

fn open(conn: &Connection, uri: &str, text: &str) -> (Duration, usize) {
    let start = Instant::now();
    send(
        conn,
        "textDocument/didOpen",
        json!({ "textDocument": { "uri": uri, "languageId": "plaintext", "version": 1, "text": text } }),
    );
    let n = wait(conn, uri, 1);
    (start.elapsed(), n)
}

/// Types a character at the start of line `line`, or deletes it again: the text
/// alternates between two versions, both checked in full.
fn edit(conn: &Connection, uri: &str, version: i32, line: u32) -> Duration {
    let (range, text) = if version % 2 == 0 {
        (
            json!({ "start": { "line": line, "character": 0 }, "end": { "line": line, "character": 0 } }),
            "A",
        )
    } else {
        (
            json!({ "start": { "line": line, "character": 0 }, "end": { "line": line, "character": 1 } }),
            "",
        )
    };
    let start = Instant::now();
    send(
        conn,
        "textDocument/didChange",
        json!({ "textDocument": { "uri": uri, "version": version },
                "contentChanges": [{ "range": range, "text": text }] }),
    );
    wait(conn, uri, version);
    start.elapsed()
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn peak_rss_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

fn main() {
    let seed_path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/lavrov-wonsan.pt.txt");
    let seed = std::fs::read_to_string(seed_path).expect("the seed article");
    let (server, client) = Connection::memory();
    let thread = std::thread::spawn(move || mtlint_server::run(server));
    let init = Request::new(
        RequestId::from(1),
        "initialize".into(),
        json!({ "capabilities": {}, "initializationOptions": { "debounceMs": 0 } }),
    );
    client.sender.send(init.into()).expect("sent");
    loop {
        if let Ok(Message::Response(_)) = client.receiver.recv() {
            break;
        }
    }
    send(&client, "initialized", json!({}));

    let uri = "file:///bench/seed.txt";
    let (first, n) = open(&client, uri, &seed);
    println!(
        "seed: open → diagnostics {:.1} ms ({n} diagnostics)",
        ms(first)
    );
    let lines = u32::try_from(seed.lines().count()).unwrap_or(1);
    let mut times: Vec<Duration> = (2..102)
        .map(|v| edit(&client, uri, v, u32::try_from(v / 2).unwrap_or(0) % lines))
        .collect();
    times.sort();
    let p = |q: f64| ms(times[((times.len() as f64 * q).ceil() as usize).saturating_sub(1)]);
    println!(
        "seed: 100 edits, didChange → publishDiagnostics: p50 {:.2} ms, p95 {:.2} ms, max {:.2} ms",
        p(0.50),
        p(0.95),
        p(1.0)
    );

    let mut big = String::new();
    while big.len() < 1 << 20 {
        big.push_str(&seed);
        big.push_str("\n\n");
    }
    let big_uri = "file:///bench/big.txt";
    let (open_big, n) = open(&client, big_uri, &big);
    let edit_big = edit(&client, big_uri, 2, 3);
    println!(
        "1 MB ({} bytes): open → diagnostics {:.0} ms ({n} diagnostics); one edit → diagnostics {:.0} ms",
        big.len(),
        ms(open_big),
        ms(edit_big)
    );
    if let Some(kib) = peak_rss_kib() {
        println!("peak resident memory of the process: {} MiB", kib / 1024);
    }
    let shutdown = Request::new(RequestId::from(2), "shutdown".into(), Value::Null);
    client.sender.send(shutdown.into()).expect("sent");
    send(&client, "exit", Value::Null);
    let _ = thread.join();
}
