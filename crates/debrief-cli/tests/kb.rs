//! `debrief kb …` and `analyze --kb DIR`, run as the real binary.

mod common;

use common::{debrief, repo, stderr_of, stdout_of};
use std::path::Path;

/// A topic of our own, with a term no built-in topic has.
const OWN_TOPIC: &str = r#"
id = "custom.quokka-cache"
title = "The Quokka cache"
category = "custom"
kind = "technical"
questions = ["What is the Quokka cache?", "Quokka cache."]
terms = ["quokka cache", "quokka"]
model_answer = """
The Quokka cache is our in-house read-through cache. It sits in front of the catalogue service,
keeps hot items in memory with a time to live, and falls back to the database on a miss. I
invalidate entries when the catalogue publishes a change event, and I watch the hit ratio to
know whether the time to live is right for the traffic we see.
"""
follow_ups = ["How do you invalidate it?"]

[[key_points]]
id = "read-through"
point = "It is a read-through cache in front of the catalogue."
cues = ["read-through", "in front of"]

[[key_points]]
id = "invalidation"
point = "Entries are invalidated by change events."
cues = ["invalidate", "change event"]
"#;

fn write_topic(dir: &Path, text: &str) {
    std::fs::create_dir_all(dir.join("custom")).unwrap();
    std::fs::write(dir.join("custom/quokka-cache.toml"), text).unwrap();
}

#[test]
fn list_shows_every_built_in_topic() {
    let output = debrief().args(["kb", "list"]).output().unwrap();
    assert!(output.status.success(), "{}", stderr_of(&output));
    let text = stdout_of(&output);
    assert!(text.contains("linux.scp"), "{text}");
    assert!(text.lines().count() > 150, "{} lines", text.lines().count());

    let output = debrief()
        .args(["kb", "list", "--format", "json"])
        .output()
        .unwrap();
    let rows: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let rows = rows.as_array().unwrap();
    assert!(rows.len() >= 150);
    assert!(rows
        .iter()
        .all(|row| row["id"].is_string() && row["title"].is_string() && row["kind"].is_string()));
}

#[test]
fn show_prints_a_topic_and_rejects_an_unknown_id() {
    let output = debrief()
        .args(["kb", "show", "linux.chmod-chown"])
        .output()
        .unwrap();
    assert!(output.status.success());
    let text = stdout_of(&output);
    assert!(
        text.contains("Model answer") && text.contains("chown"),
        "{text}"
    );

    let output = debrief()
        .args(["kb", "show", "nothing.here"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr_of(&output).contains("nothing.here"));
}

#[test]
fn lint_passes_the_built_in_base_and_names_problems_in_a_directory() {
    let output = debrief().args(["kb", "lint"]).output().unwrap();
    assert!(output.status.success(), "{}", stdout_of(&output));
    assert!(stdout_of(&output).contains(", 0 problems"));

    let dir = tempfile::tempdir().unwrap();
    let broken = OWN_TOPIC.replace(
        r#"cues = ["invalidate", "change event"]"#,
        r#"cues = ["never said"]"#,
    );
    write_topic(dir.path(), &broken);
    let output = debrief()
        .args(["kb", "lint"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let text = stdout_of(&output);
    assert!(
        text.contains("custom.quokka-cache") && text.contains("invalidation"),
        "{text}"
    );
}

#[test]
fn analyze_uses_topics_from_kb_dir() {
    let dir = tempfile::tempdir().unwrap();
    write_topic(dir.path(), OWN_TOPIC);
    let transcript = dir.path().join("talk.txt");
    std::fs::write(
        &transcript,
        "Interviewer: What is the Quokka cache?\nCandidate: It is our read-through cache in front of the catalogue, and we invalidate it on change events.\n",
    )
    .unwrap();
    let output = debrief()
        .args(["analyze", "--format", "json", "--kb"])
        .arg(dir.path())
        .arg(&transcript)
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", stderr_of(&output));
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let topic = &report["interviews"][0]["exchanges"][0]["topic"];
    assert_eq!(topic["id"], "custom.quokka-cache", "{report}");
}

#[test]
fn analyze_refuses_a_broken_kb_dir_naming_it() {
    let dir = tempfile::tempdir().unwrap();
    write_topic(dir.path(), "id = 3");
    let transcript = dir.path().join("talk.txt");
    std::fs::write(&transcript, "What is a tuple? An immutable sequence.").unwrap();
    let output = debrief()
        .args(["analyze", "--kb"])
        .arg(dir.path())
        .arg(&transcript)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr_of(&output).contains("quokka-cache.toml"),
        "{}",
        stderr_of(&output)
    );
}

/// Every coding topic's Python reference solution passes its test cases,
/// and the checker agrees with the Rust lint on the rest.
#[test]
fn reference_solutions_pass_their_tests() {
    let output = std::process::Command::new("python3")
        .arg(repo().join("knowledge/check.py"))
        .output()
        .expect("python3 runs");
    let text = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success(), "{text}");
    assert!(text.contains(", 0 problems"), "{text}");
}
