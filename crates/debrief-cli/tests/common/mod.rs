//! Where things are, and how to run the real binary.
#![allow(dead_code)] // each test file uses its own part of this

use assert_cmd::Command;
use std::path::PathBuf;

/// The repository root (the workspace).
pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// `shared/` sits beside the repository, both here and in CI.
pub fn shared() -> PathBuf {
    repo().join("../shared")
}

pub fn seed() -> PathBuf {
    shared().join("fixtures/seed-interviews.txt")
}

pub fn seed_gold() -> PathBuf {
    shared().join("fixtures/seed-interviews.gold.json")
}

pub fn debrief() -> Command {
    Command::new(env!("CARGO_BIN_EXE_debrief"))
}

pub fn stdout_of(output: &std::process::Output) -> String {
    String::from_utf8(output.stdout.clone()).expect("stdout is UTF-8")
}

pub fn stderr_of(output: &std::process::Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// Runs `debrief analyze ARGS --format json` and parses the report.
pub fn json_report(args: &[&str]) -> serde_json::Value {
    let output = debrief()
        .arg("analyze")
        .args(args)
        .args(["--format", "json"])
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", stderr_of(&output));
    serde_json::from_slice(&output.stdout).expect("the report is JSON")
}

pub fn exchange_count(report: &serde_json::Value) -> usize {
    report["interviews"]
        .as_array()
        .unwrap()
        .iter()
        .map(|interview| interview["exchanges"].as_array().unwrap().len())
        .sum()
}
