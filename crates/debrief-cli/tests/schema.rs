//! `debrief schema`, and every report the binary produces validating
//! against it.

mod common;

use common::{debrief, repo, seed, stderr_of};
use std::path::{Path, PathBuf};

fn schema() -> serde_json::Value {
    let output = debrief().arg("schema").output().unwrap();
    assert!(output.status.success(), "{}", stderr_of(&output));
    serde_json::from_slice(&output.stdout).expect("the schema is JSON")
}

fn validator() -> jsonschema::Validator {
    jsonschema::validator_for(&schema()).expect("the schema compiles")
}

fn problems(validator: &jsonschema::Validator, report: &serde_json::Value) -> Vec<String> {
    validator
        .iter_errors(report)
        .map(|error| format!("{} at {}", error, error.instance_path))
        .collect()
}

#[test]
fn schema_is_a_valid_json_schema() {
    let schema = schema();
    assert!(jsonschema::meta::is_valid(&schema), "{schema:#}");
    assert_eq!(schema["title"], "debrief report");
}

#[test]
fn schema_rejects_a_broken_report() {
    let validator = validator();
    let mut report = common::json_report(&[seed().to_str().unwrap()]);
    assert!(problems(&validator, &report).is_empty());
    report["interviews"] = "none".into();
    assert!(!problems(&validator, &report).is_empty());
}

/// Transcript-like files under `dir`, at any depth, in a stable order.
fn transcripts(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let Ok(entries) = std::fs::read_dir(dir) else {
        return found;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            found.extend(transcripts(&path));
        } else if matches!(
            path.extension().and_then(|ext| ext.to_str()),
            Some("txt" | "srt" | "vtt" | "json" | "md")
        ) {
            found.push(path);
        }
    }
    found.sort();
    found
}

#[test]
fn every_report_validates_against_the_schema() {
    let validator = validator();
    let mut files = vec![seed()];
    files.extend(transcripts(&repo().join("fixtures")));
    let mut checked = 0;
    let mut failures = Vec::new();
    for file in &files {
        let output = debrief()
            .arg("analyze")
            .arg(file)
            .args(["--format", "json"])
            .output()
            .unwrap();
        match output.status.code() {
            Some(0) => {}
            // A fixture may be there to be refused (or not be a transcript
            // at all, like a gold file); it has no report to check.
            Some(1) => {
                eprintln!("rejected, skipped: {}", stderr_of(&output).trim());
                continue;
            }
            _ => {
                failures.push(format!(
                    "{}: {:?}: {}",
                    file.display(),
                    output.status,
                    stderr_of(&output)
                ));
                continue;
            }
        }
        let report: serde_json::Value = match serde_json::from_slice(&output.stdout) {
            Ok(report) => report,
            Err(error) => {
                failures.push(format!("{}: not JSON: {error}", file.display()));
                continue;
            }
        };
        for problem in problems(&validator, &report) {
            failures.push(format!("{}: {problem}", file.display()));
        }
        checked += 1;
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(checked >= 1, "at least the seed has a report");
    eprintln!("{checked} of {} reports validated", files.len());
}
