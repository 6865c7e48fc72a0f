//! The core flow in a real browser: headless Chromium, driven over the
//! Chrome DevTools Protocol, opens the front page, pastes the seed into the
//! form, submits it, lands on the report, and finds a section for every
//! exchange of the stored report; no page may log to the console.
//!
//! Chromium is the Debian package `chromium`. Without it the test is skipped
//! with a message, unless `DEBRIEF_REQUIRE_CHROMIUM=1` (as in `.ci/run`),
//! which makes a missing browser a failure.

mod common;

use common::{chromium, seed, Server};
use futures_util::{SinkExt, StreamExt};
use serde_json::{json, Value};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::Duration;
use tokio::net::TcpStream;
use tokio::time::{sleep, timeout, Instant};
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::{MaybeTlsStream, WebSocketStream};

const TIMEOUT: Duration = Duration::from_secs(180);

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pasting_the_seed_in_chromium_shows_every_exchange() {
    let Some(chromium) = chromium() else {
        return;
    };
    let server = Server::start().await;
    let profile = tempfile::tempdir().unwrap();
    let browser = Browser(launch(&chromium, profile.path()));
    timeout(TIMEOUT, drive(&server, profile.path()))
        .await
        .expect("the browser test took too long");
    drop(browser);
}

async fn drive(server: &Server, profile: &Path) {
    let mut page = Cdp::connect(profile).await;
    for domain in ["Runtime", "Log", "Page"] {
        page.call(&format!("{domain}.enable"), json!({})).await;
    }

    // The console check below must be able to fail: a message logged by a
    // page has to reach it.
    page.evaluate("console.error('canary')").await;
    page.settle().await;
    assert!(
        !page.console().is_empty(),
        "console messages are not visible over the DevTools protocol"
    );
    page.events.clear();

    page.call("Page.navigate", json!({ "url": server.url("/") }))
        .await;
    page.wait_for(|p| p == "/").await;
    let script = format!(
        "document.getElementById('text').value = {}; \
         document.getElementById('who').value = 'Chromium'; \
         document.querySelector('button[type=submit]').click();",
        serde_json::to_string(&seed()).unwrap()
    );
    page.evaluate(&script).await;
    let path = page.wait_for(|p| p.starts_with("/reports/")).await;
    let id = path.strip_prefix("/reports/").unwrap();

    let sections = page
        .evaluate("JSON.stringify(Array.from(document.querySelectorAll('section[id]'), s => s.id))")
        .await;
    let sections: Vec<String> = serde_json::from_str(sections.as_str().unwrap()).unwrap();
    let (_, ids) = server.seed_report(id).await;
    for exchange in &ids {
        assert!(
            sections.contains(exchange),
            "no section {exchange} on {path}"
        );
    }

    // Every page of the app, seen by the same browser.
    for other in [
        "/history",
        "/progress?who=Chromium",
        &format!("/reports/{id}/delete"),
    ] {
        page.call("Page.navigate", json!({ "url": server.url(other) }))
            .await;
        let bare = other.split('?').next().unwrap();
        page.wait_for(|p| p == bare).await;
    }
    page.settle().await;
    let console = page.console();
    assert!(
        console.is_empty(),
        "the pages logged:\n{}",
        console.join("\n")
    );
    println!(
        "browser test: {} exchanges on {path} in Chromium",
        ids.len()
    );
}

/// Kills the browser when the test ends, passed or not.
struct Browser(Child);

impl Drop for Browser {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn launch(chromium: &Path, profile: &Path) -> Child {
    Command::new(chromium)
        .args([
            "--headless",
            "--disable-gpu",
            "--no-sandbox",
            "--no-first-run",
            "--remote-debugging-port=0",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .arg("about:blank")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot run {}: {e}", chromium.display()))
}

/// A DevTools session with one page: calls, and the events seen so far.
struct Cdp {
    socket: WebSocketStream<MaybeTlsStream<TcpStream>>,
    next: u64,
    events: Vec<Value>,
}

impl Cdp {
    /// Connects to the page of the browser whose profile is `profile`; the
    /// browser writes its port there once it listens.
    async fn connect(profile: &Path) -> Cdp {
        let file = profile.join("DevToolsActivePort");
        let port = loop {
            if let Some(port) = std::fs::read_to_string(&file)
                .ok()
                .and_then(|text| text.lines().next().map(str::to_owned))
                .filter(|line| !line.is_empty())
            {
                break port;
            }
            sleep(Duration::from_millis(100)).await;
        };
        let targets: Vec<Value> = reqwest::get(format!("http://127.0.0.1:{port}/json/list"))
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        let url = targets
            .iter()
            .find(|t| t["type"] == "page")
            .and_then(|t| t["webSocketDebuggerUrl"].as_str())
            .expect("a page to drive")
            .to_owned();
        let (socket, _) = tokio_tungstenite::connect_async(url).await.unwrap();
        Cdp {
            socket,
            next: 0,
            events: Vec::new(),
        }
    }

    async fn call(&mut self, method: &str, params: Value) -> Value {
        let answer = self.request(method, params).await;
        assert!(answer.get("error").is_none(), "{method}: {answer}");
        answer["result"].clone()
    }

    /// Sends one command: the whole answer, error or not.
    async fn request(&mut self, method: &str, params: Value) -> Value {
        self.next += 1;
        let id = self.next;
        let message = json!({ "id": id, "method": method, "params": params });
        self.socket
            .send(Message::text(message.to_string()))
            .await
            .unwrap();
        loop {
            let message = self.receive().await.expect("the browser went away");
            if message["id"] == id {
                return message;
            }
            self.events.push(message);
        }
    }

    async fn receive(&mut self) -> Option<Value> {
        loop {
            match self.socket.next().await? {
                Ok(Message::Text(text)) => return Some(serde_json::from_str(&text).unwrap()),
                Ok(_) => continue,
                Err(e) => panic!("DevTools connection: {e}"),
            }
        }
    }

    /// Runs `script` in the page: its value.
    async fn evaluate(&mut self, script: &str) -> Value {
        let result = self
            .call(
                "Runtime.evaluate",
                json!({ "expression": script, "returnByValue": true }),
            )
            .await;
        assert!(
            result.get("exceptionDetails").is_none(),
            "{script}: {result}"
        );
        result["result"]["value"].clone()
    }

    /// Waits until a loaded page's path satisfies `done`; the path.
    async fn wait_for(&mut self, done: impl Fn(&str) -> bool) -> String {
        let started = Instant::now();
        loop {
            // Mid-navigation the page has no context to evaluate in: the
            // answer is an error, and the next try sees the new page.
            let answer = self
                .request(
                    "Runtime.evaluate",
                    json!({
                        "expression": "JSON.stringify([location.pathname, document.readyState])",
                        "returnByValue": true,
                    }),
                )
                .await;
            let state = answer["result"]["result"]["value"]
                .as_str()
                .unwrap_or("[\"\", \"\"]");
            let [path, ready]: [String; 2] = serde_json::from_str(state).unwrap();
            if done(&path) && ready == "complete" {
                return path;
            }
            assert!(started.elapsed() < TIMEOUT, "stuck at {path:?} ({ready})");
            sleep(Duration::from_millis(100)).await;
        }
    }

    /// Gives late events (console messages, blocked loads) time to arrive.
    async fn settle(&mut self) {
        while let Ok(Some(event)) = timeout(Duration::from_millis(500), self.receive()).await {
            self.events.push(event);
        }
    }

    /// What pages logged: console calls, uncaught exceptions, and the
    /// browser's own errors (blocked or failed loads, policy violations).
    fn console(&self) -> Vec<String> {
        self.events
            .iter()
            .filter(|e| match e["method"].as_str() {
                Some("Runtime.consoleAPICalled" | "Runtime.exceptionThrown") => true,
                Some("Log.entryAdded") => {
                    matches!(
                        e["params"]["entry"]["level"].as_str(),
                        Some("error" | "warning")
                    )
                }
                _ => false,
            })
            .map(Value::to_string)
            .collect()
    }
}
