//! `mtlint server` as an editor runs it: a child process speaking JSON-RPC on stdio. Its
//! diagnostics for the seed article are the findings of `mtlint check --format json`.

use std::io::{BufRead, BufReader, Read, Write};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use serde_json::{json, Value};

const SEED: &str = "tests/fixtures/lavrov-wonsan.pt.txt";

/// Messages from the server's stdout, read on a thread.
fn reader(out: impl Read + Send + 'static) -> mpsc::Receiver<Value> {
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let mut out = BufReader::new(out);
        loop {
            let mut length = 0;
            loop {
                let mut line = String::new();
                if out.read_line(&mut line).unwrap_or(0) == 0 {
                    return;
                }
                let line = line.trim_end();
                if line.is_empty() {
                    break;
                }
                if let Some(n) = line.strip_prefix("Content-Length: ") {
                    length = n.parse().unwrap();
                }
            }
            let mut body = vec![0; length];
            if out.read_exact(&mut body).is_err() {
                return;
            }
            if tx.send(serde_json::from_slice(&body).unwrap()).is_err() {
                return;
            }
        }
    });
    rx
}

fn next(rx: &mpsc::Receiver<Value>, wanted: impl Fn(&Value) -> bool) -> Value {
    loop {
        let m = rx
            .recv_timeout(Duration::from_secs(30))
            .expect("the server answers in time");
        if wanted(&m) {
            return m;
        }
    }
}

/// Byte offset of an LSP position (0-based line, UTF-16 column).
fn offset(text: &str, pos: &Value) -> usize {
    let line = pos["line"].as_u64().unwrap() as usize;
    let character = pos["character"].as_u64().unwrap() as usize;
    let start: usize = text.split_inclusive('\n').take(line).map(str::len).sum();
    let mut units = 0;
    for (i, c) in text[start..].char_indices() {
        if units == character {
            return start + i;
        }
        units += c.len_utf16();
    }
    text.len()
}

#[test]
fn server_diagnostics_are_the_findings_of_check_and_it_survives_garbage() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().canonicalize().unwrap();
    let path = root.join("seed.txt");
    let text = std::fs::read_to_string(SEED).unwrap();
    std::fs::write(&path, &text).unwrap();

    let check = Command::new(env!("CARGO_BIN_EXE_mtlint"))
        .current_dir(&root)
        .args(["check", "--format", "json", "seed.txt"])
        .output()
        .unwrap();
    let report: Value = serde_json::from_slice(&check.stdout).unwrap();
    let expected = report["findings"].as_array().unwrap();
    assert!(expected.len() >= 5);

    let mut server = Command::new(env!("CARGO_BIN_EXE_mtlint"))
        .arg("server")
        .current_dir(&root)
        .env("XDG_CACHE_HOME", root.join("cache"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = server.stdin.take().unwrap();
    let rx = reader(server.stdout.take().unwrap());
    let uri = format!("file://{}", path.display());
    let mut send_raw = |body: &str| {
        let framed = format!("Content-Length: {}\r\n\r\n{body}", body.len());
        stdin.write_all(framed.as_bytes()).unwrap();
    };
    send_raw(
        &json!({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"capabilities": {}}})
            .to_string(),
    );
    next(&rx, |m| m["id"] == 1);
    send_raw(&json!({"jsonrpc": "2.0", "method": "initialized", "params": {}}).to_string());
    // Not JSON at all, then a message that is JSON but not JSON-RPC: dropped, not fatal.
    send_raw("{not json");
    send_raw("[1, 2]");
    send_raw(
        &json!({"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"textDocument": {
        "uri": uri, "languageId": "plaintext", "version": 1, "text": text }}})
        .to_string(),
    );
    let published = next(&rx, |m| m["method"] == "textDocument/publishDiagnostics");
    let diags = published["params"]["diagnostics"].as_array().unwrap();
    assert_eq!(diags.len(), expected.len());
    for (d, f) in diags.iter().zip(expected) {
        assert_eq!(d["code"], f["rule"]);
        assert_eq!(d["message"], f["message"]);
        assert_eq!(
            offset(&text, &d["range"]["start"]),
            f["range"]["start"].as_u64().unwrap() as usize
        );
        assert_eq!(
            offset(&text, &d["range"]["end"]),
            f["range"]["end"].as_u64().unwrap() as usize
        );
        assert_eq!(
            d["severity"],
            match f["severity"].as_str().unwrap() {
                "error" => 1,
                "warning" => 2,
                _ => 3,
            }
        );
    }

    send_raw(&json!({"jsonrpc": "2.0", "id": 2, "method": "shutdown"}).to_string());
    let reply = next(&rx, |m| m["id"] == 2);
    assert!(reply.get("error").is_none(), "{reply}");
    send_raw(&json!({"jsonrpc": "2.0", "method": "exit"}).to_string());
    drop(stdin);
    let status = server.wait().unwrap();
    assert!(status.success(), "{status:?}");
    let mut stderr = String::new();
    server
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut stderr)
        .unwrap();
    assert!(stderr.contains("malformed"), "{stderr}");
}
