//! `debrief rules` and switching rules off with `--ignore` and the config
//! file.

mod common;

use common::{debrief, seed};
use predicates::prelude::*;

fn codes_in(json: &[u8]) -> Vec<String> {
    let report: serde_json::Value = serde_json::from_slice(json).expect("a JSON report");
    let mut codes: Vec<String> = report["interviews"]
        .as_array()
        .into_iter()
        .flatten()
        .flat_map(|i| i["exchanges"].as_array().into_iter().flatten())
        .flat_map(|e| e["findings"].as_array().into_iter().flatten())
        .filter_map(|f| f["rule"].as_str().map(str::to_owned))
        .collect();
    codes.sort();
    codes.dedup();
    codes
}

#[test]
fn lists_every_rule_and_documents_one() {
    debrief()
        .arg("rules")
        .assert()
        .success()
        .stdout(predicate::str::contains("delivery.filler"))
        .stdout(predicate::str::contains("professionalism.profanity"))
        .stdout(predicate::str::contains("accuracy.misconception"));
    debrief()
        .args(["rules", "hedging"])
        .assert()
        .success()
        .stdout(predicate::str::contains("delivery.hedge (hedging)"))
        .stdout(predicate::str::contains("Why it matters"));
    debrief()
        .args(["rules", "no-such-rule"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no rule `no-such-rule`"));
}

#[test]
fn ignore_switches_rules_off() {
    let all = debrief()
        .args(["analyze", "--format", "json"])
        .arg(seed())
        .output()
        .expect("runs");
    assert!(codes_in(&all.stdout).contains(&"delivery.filler".to_owned()));
    let ignored = debrief()
        .args([
            "analyze",
            "--format",
            "json",
            "--ignore",
            "delivery.filler,profanity",
        ])
        .arg(seed())
        .output()
        .expect("runs");
    assert!(ignored.status.success());
    let codes = codes_in(&ignored.stdout);
    assert!(!codes.contains(&"delivery.filler".to_owned()), "{codes:?}");
    assert!(
        !codes.contains(&"professionalism.profanity".to_owned()),
        "{codes:?}"
    );
    assert!(
        codes.contains(&"delivery.repetition".to_owned()),
        "{codes:?}"
    );
    debrief()
        .args(["analyze", "--ignore", "nope"])
        .arg(seed())
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no rule `nope`"));
}

#[test]
fn the_config_file_switches_rules_off() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("debrief.toml"), "ignore = [\"hedging\"]\n").expect("write");
    let output = debrief()
        .current_dir(dir.path())
        .args(["analyze", "--format", "json"])
        .arg(seed())
        .output()
        .expect("runs");
    assert!(output.status.success());
    assert!(!codes_in(&output.stdout).contains(&"delivery.hedge".to_owned()));

    let bad = dir.path().join("bad.toml");
    std::fs::write(&bad, "ignore = 3\n").expect("write");
    debrief()
        .args(["analyze", "--config"])
        .arg(&bad)
        .arg(seed())
        .assert()
        .code(2)
        .stderr(predicate::str::contains("not a valid config file"));
}
