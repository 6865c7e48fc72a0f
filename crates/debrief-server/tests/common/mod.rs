//! A real server on an ephemeral loopback port with its own data directory,
//! and a client that does not follow redirects (tests check them).
#![allow(dead_code)] // each test file uses its own part of this

#[path = "../../../debrief-cli/tests/common/browser.rs"]
mod browser;

#[allow(unused_imports)] // as above: each test file uses its own part
pub use browser::{chromium, section_ids};
use debrief_server::Config;
use std::path::PathBuf;
use tokio::net::TcpListener;

pub struct Server {
    /// `http://127.0.0.1:PORT`, without a trailing slash.
    pub base: String,
    pub client: reqwest::Client,
    /// Kept so the history lives as long as the test.
    pub data: tempfile::TempDir,
}

impl Server {
    pub async fn start() -> Server {
        Server::with_limit(debrief_server::DEFAULT_MAX_UPLOAD).await
    }

    pub async fn with_limit(max_upload: usize) -> Server {
        let data = tempfile::tempdir().unwrap();
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let base = format!("http://{}", listener.local_addr().unwrap());
        let config = Config {
            data_dir: data.path().to_owned(),
            max_upload,
        };
        tokio::spawn(async move { debrief_server::serve(listener, config).await.unwrap() });
        let client = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .unwrap();
        Server { base, client, data }
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.client.get(self.url(path)).send().await.unwrap()
    }

    pub async fn status(&self, path: &str) -> u16 {
        self.get(path).await.status().as_u16()
    }

    pub async fn text(&self, path: &str) -> (u16, String) {
        let response = self.get(path).await;
        let status = response.status().as_u16();
        (status, response.text().await.unwrap())
    }

    /// Posts raw bytes to the API; the new id and the report.
    pub async fn api_analyze(&self, body: impl Into<reqwest::Body>) -> (i64, serde_json::Value) {
        let response = self
            .client
            .post(self.url("/api/analyze"))
            .body(body)
            .send()
            .await
            .unwrap();
        assert_eq!(response.status().as_u16(), 201);
        let id = response.headers()["debrief-report-id"]
            .to_str()
            .unwrap()
            .parse()
            .unwrap();
        (id, response.json().await.unwrap())
    }

    /// The stored report `id`, as the JSON API serves it.
    pub async fn stored_report(&self, id: impl std::fmt::Display) -> serde_json::Value {
        self.get(&format!("/api/reports/{id}"))
            .await
            .json()
            .await
            .unwrap()
    }

    /// The stored report `id`, an analysis of the seed, and its exchange
    /// ids: at least the seed's 30 questions.
    pub async fn seed_report(
        &self,
        id: impl std::fmt::Display,
    ) -> (serde_json::Value, Vec<String>) {
        let report = self.stored_report(id).await;
        let ids = exchange_ids(&report);
        assert!(
            ids.len() >= 30,
            "the seed has 30 questions, found {}",
            ids.len()
        );
        (report, ids)
    }

    /// The CSRF token the history page's delete forms carry.
    pub async fn token(&self) -> String {
        let (_, page) = self.text("/history").await;
        let at = page.find(r#"name="token" value=""#).expect("a delete form") + 20;
        page[at..at + page[at..].find('"').unwrap()].to_owned()
    }
}

pub fn seed_path() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/fixtures/seed-interviews.txt")
}

pub fn seed() -> String {
    std::fs::read_to_string(seed_path()).expect("../shared/fixtures/seed-interviews.txt")
}

/// Every exchange id of a report, in order.
fn exchange_ids(report: &serde_json::Value) -> Vec<String> {
    report["interviews"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|i| i["exchanges"].as_array().unwrap())
        .map(|e| e["id"].as_str().unwrap().to_owned())
        .collect()
}
