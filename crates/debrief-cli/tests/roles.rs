//! Who the candidate is, as the real binary reports it: on every labelled
//! fixture transcript against its `.roles.json`, on the labelled example of
//! each input format, and with `--candidate` overriding the guess.

mod common;

use common::{debrief, json_report, repo, stderr_of};
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// `label -> role` from the report's `speakers`.
fn roles_of(report: &Value) -> BTreeMap<String, String> {
    report["speakers"]
        .as_array()
        .expect("speakers is an array")
        .iter()
        .map(|speaker| {
            let label = speaker["label"].as_str().expect("a labelled speaker");
            let role = speaker["role"].as_str().expect("a role");
            (label.to_owned(), role.to_owned())
        })
        .collect()
}

fn candidates(roles: &BTreeMap<String, String>) -> Vec<&str> {
    roles
        .iter()
        .filter(|(_, role)| *role == "candidate")
        .map(|(label, _)| label.as_str())
        .collect()
}

fn path_str(path: &Path) -> &str {
    path.to_str().expect("a UTF-8 path")
}

struct Gold {
    candidate: String,
    interviewers: Vec<String>,
}

fn gold(transcript: &Path) -> Gold {
    let sidecar = transcript.with_extension("roles.json");
    let text = std::fs::read_to_string(&sidecar)
        .unwrap_or_else(|error| panic!("{}: {error}", sidecar.display()));
    let json: Value = serde_json::from_str(&text).unwrap();
    Gold {
        candidate: json["candidate"].as_str().unwrap().to_owned(),
        interviewers: json["interviewers"]
            .as_array()
            .unwrap()
            .iter()
            .map(|name| name.as_str().unwrap().to_owned())
            .collect(),
    }
}

fn transcripts() -> Vec<PathBuf> {
    let dir = repo().join("fixtures/transcripts");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|error| panic!("{}: {error}", dir.display()))
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "txt"))
        .collect();
    paths.sort();
    assert!(paths.len() >= 12, "fixtures: {paths:?}");
    paths
}

#[test]
fn each_fixture_names_its_candidate_and_interviewers() {
    for transcript in transcripts() {
        let name = transcript.file_name().unwrap().to_string_lossy();
        let gold = gold(&transcript);
        let roles = roles_of(&json_report(&[path_str(&transcript)]));
        assert_eq!(
            candidates(&roles),
            [gold.candidate.as_str()],
            "{name}: {roles:?}"
        );
        for interviewer in &gold.interviewers {
            assert_eq!(
                roles.get(interviewer).map(String::as_str),
                Some("interviewer"),
                "{name}: {interviewer} in {roles:?}"
            );
        }
        assert_eq!(
            roles.len(),
            gold.interviewers.len() + 1,
            "{name}: speakers the sidecar does not name: {roles:?}"
        );
    }
}

/// The labelled example of each format and its candidate, read by hand.
const FORMAT_EXAMPLES: &[(&str, &str)] = &[
    ("interview.speakers.txt", "Candidate"),
    ("interview.otter.txt", "Victor Mensah"),
    ("interview.md", "Liam"),
    ("interview.zoom.txt", "Aisha Khan"),
    ("interview.srt", "Maya"),
    ("interview.vtt", "Tom Becker"),
    ("interview.whisper.json", "SPEAKER_01"),
];

#[test]
fn each_labelled_format_has_exactly_one_candidate() {
    for (file, candidate) in FORMAT_EXAMPLES {
        let path = repo().join("fixtures/formats").join(file);
        let roles = roles_of(&json_report(&[path_str(&path)]));
        // One-speaker reports would pass the candidate check trivially.
        assert!(roles.len() >= 2, "{file}: {roles:?}");
        assert_eq!(candidates(&roles), [*candidate], "{file}: {roles:?}");
        assert!(
            roles
                .iter()
                .all(|(label, role)| label == candidate || role == "interviewer"),
            "{file}: {roles:?}"
        );
    }
}

fn panel() -> PathBuf {
    repo().join("fixtures/transcripts/panel-fullstack.txt")
}

#[test]
fn naming_an_interviewer_as_candidate_flips_the_roles() {
    let path = panel();
    let gold = gold(&path);
    let chosen = &gold.interviewers[1];
    let roles = roles_of(&json_report(&[path_str(&path), "--candidate", chosen]));
    assert_eq!(candidates(&roles), [chosen.as_str()], "{roles:?}");
    assert_eq!(
        roles.get(&gold.candidate).map(String::as_str),
        Some("interviewer"),
        "{roles:?}"
    );
    for other in gold.interviewers.iter().filter(|name| *name != chosen) {
        assert_eq!(
            roles.get(other).map(String::as_str),
            Some("interviewer"),
            "{other}: {roles:?}"
        );
    }
}

#[test]
fn an_unknown_candidate_is_a_usage_error_that_lists_the_labels() {
    let path = panel();
    let output = debrief()
        .arg("analyze")
        .arg(&path)
        .args(["--format", "json", "--candidate", "Nobody Here"])
        .output()
        .unwrap();
    let stderr = stderr_of(&output);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(output.stdout.is_empty(), "a report was printed anyway");
    assert!(stderr.starts_with("error: "), "{stderr}");
    assert!(stderr.contains("Nobody Here"), "{stderr}");
    let gold = gold(&path);
    for label in gold.interviewers.iter().chain([&gold.candidate]) {
        assert!(
            stderr.contains(label.as_str()),
            "{label} not listed: {stderr}"
        );
    }
}
