//! `debrief serve` runs the web app: it prints where it listens, answers
//! there, and warns when it listens beyond loopback. The routes themselves
//! are tested in `crates/debrief-server/tests/`.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};

/// Kills the server when the test ends, passed or not.
struct Serving(Child);

impl Drop for Serving {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn serve(args: &[&str], data: &std::path::Path) -> (Serving, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_debrief"))
        .args(["serve", "--port", "0", "--data"])
        .arg(data)
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    (Serving(child), line)
}

/// `GET path` over plain HTTP/1.1: the whole answer.
fn get(address: &str, path: &str) -> String {
    let mut stream = TcpStream::connect(address).unwrap();
    write!(
        stream,
        "GET {path} HTTP/1.1\r\nHost: {address}\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut answer = String::new();
    stream.read_to_string(&mut answer).unwrap();
    answer
}

#[test]
fn serve_prints_its_loopback_url_and_answers_there() {
    let data = tempfile::tempdir().unwrap();
    let (_server, line) = serve(&[], data.path());
    let url = line
        .split_whitespace()
        .find(|word| word.starts_with("http://"))
        .unwrap_or_else(|| panic!("no URL in {line:?}"));
    let address = url
        .strip_prefix("http://127.0.0.1:")
        .map(|rest| format!("127.0.0.1:{}", rest.trim_end_matches('/')))
        .unwrap_or_else(|| panic!("not on loopback by default: {url}"));
    let answer = get(&address, "/");
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
    assert!(answer.contains(r#"action="/analyze""#), "{answer}");
    assert!(data.path().join("history.sqlite3").is_file());
}

#[test]
fn serve_warns_when_it_listens_beyond_loopback() {
    let data = tempfile::tempdir().unwrap();
    let (mut server, line) = serve(&["--host", "0.0.0.0"], data.path());
    assert!(line.contains("http://127.0.0.1:"), "{line}");
    let mut stderr = BufReader::new(server.0.stderr.take().unwrap());
    let mut warning = String::new();
    stderr.read_line(&mut warning).unwrap();
    assert!(warning.starts_with("warning: 0.0.0.0:"), "{warning}");
    assert!(warning.contains("not a loopback address"), "{warning}");
}

#[test]
fn serve_refuses_an_address_it_cannot_use() {
    // A documentation address (TEST-NET-1): valid, but no interface has it.
    let data = tempfile::tempdir().unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_debrief"))
        .args(["serve", "--host", "192.0.2.1", "--port", "0", "--data"])
        .arg(data.path())
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("cannot listen on 192.0.2.1:0"), "{stderr}");
}
