//! A hundred analyses of the seed at once: every one answered 201 and
//! saved, none lost, no id given twice.

mod common;

use common::{seed, Server};
use std::collections::BTreeSet;

const ANALYSES: usize = 100;

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_hundred_concurrent_analyses_are_all_saved() {
    let server = std::sync::Arc::new(Server::start().await);
    let seed = seed();
    let tasks: Vec<_> = (0..ANALYSES)
        .map(|_| {
            let server = std::sync::Arc::clone(&server);
            let seed = seed.clone();
            tokio::spawn(async move { server.api_analyze(seed).await.0 })
        })
        .collect();
    let mut ids = BTreeSet::new();
    for task in tasks {
        ids.insert(task.await.expect("every analysis answered 201"));
    }
    assert_eq!(ids.len(), ANALYSES, "ids are unique");

    let (status, history) = server.text("/history").await;
    assert_eq!(status, 200);
    for id in &ids {
        assert!(
            history.contains(&format!(r#"<a href="/reports/{id}">"#)),
            "analysis {id} is missing from the history"
        );
    }
    assert_eq!(history.matches("<tr><td class=\"n\">").count(), ANALYSES);
}
