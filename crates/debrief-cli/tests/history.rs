//! `analyze --save`, `history` and `progress`, run as the real binary
//! against history databases in temporary directories.

mod common;

use common::{debrief, repo, seed, stderr_of, stdout_of};
use std::path::{Path, PathBuf};
use std::process::Output;

fn transcript(name: &str) -> PathBuf {
    repo().join("fixtures/transcripts").join(name)
}

fn run(args: &[&str], data: &Path) -> Output {
    debrief()
        .args(args)
        .arg("--data")
        .arg(data)
        .output()
        .unwrap()
}

fn ok(args: &[&str], data: &Path) -> String {
    let output = run(args, data);
    assert!(output.status.success(), "{args:?}: {}", stderr_of(&output));
    stdout_of(&output)
}

/// `analyze FILE --save` with `extra` flags; returns the report it printed
/// and the id it says it saved.
fn save(file: &Path, extra: &[&str], data: &Path) -> (String, i64) {
    let output = debrief()
        .arg("analyze")
        .arg(file)
        .args(["--save", "--data"])
        .arg(data)
        .args(extra)
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", stderr_of(&output));
    let stderr = stderr_of(&output);
    let id = stderr
        .lines()
        .find_map(|line| line.strip_prefix("saved as analysis "))
        .unwrap_or_else(|| panic!("no `saved as` line in {stderr}"))
        .parse()
        .unwrap();
    (stdout_of(&output), id)
}

/// The id column of `debrief history`.
fn listed(table: &str) -> Vec<i64> {
    table
        .lines()
        .skip(1)
        .map(|line| line.split_whitespace().next().unwrap().parse().unwrap())
        .collect()
}

#[test]
fn saved_analyses_are_listed_shown_again_and_removed() {
    let data = tempfile::tempdir().unwrap();
    let data = data.path();
    let (json, first) = save(&seed(), &["--format", "json", "--who", "ana"], data);
    let (_, second) = save(
        &transcript("backend-python-sql.txt"),
        &["--who", "bo"],
        data,
    );
    assert_ne!(first, second);

    let table = ok(&["history"], data);
    assert_eq!(listed(&table), [second, first], "newest first:\n{table}");
    assert!(table.lines().next().unwrap().starts_with("id  date (UTC)"));
    assert!(table.contains("seed-interviews.txt"), "{table}");
    assert_eq!(listed(&ok(&["history", "--who", "ana"], data)), [first]);

    let shown = ok(
        &["history", "show", &first.to_string(), "--format", "json"],
        data,
    );
    assert_eq!(shown, json, "the stored report is the one analyze printed");
    let html = ok(
        &["history", "show", &first.to_string(), "--format", "html"],
        data,
    );
    let fresh = debrief()
        .arg("analyze")
        .arg(seed())
        .args(["--format", "html"])
        .output()
        .unwrap();
    assert_eq!(
        html,
        stdout_of(&fresh),
        "the stored source gives the same page"
    );
    assert!(
        html.contains("List and tuple"),
        "the transcript is in the page"
    );

    let output = run(&["history", "rm", &first.to_string()], data);
    assert!(output.status.success(), "{}", stderr_of(&output));
    assert_eq!(listed(&ok(&["history"], data)), [second]);

    for args in [["history", "show"], ["history", "rm"]] {
        let output = run(&[args[0], args[1], &first.to_string()], data);
        assert_eq!(output.status.code(), Some(2), "{args:?} of a deleted id");
        assert!(stderr_of(&output).contains(&format!("no analysis {first} in the history")));
    }
}

#[test]
fn progress_shows_trends_as_text_and_as_html() {
    let data = tempfile::tempdir().unwrap();
    let data = data.path();
    for file in [
        "backend-python-sql.txt",
        "new-grad-swe.txt",
        "panel-fullstack.txt",
    ] {
        save(&transcript(file), &["--who", "ana"], data);
    }
    save(&seed(), &["--who", "bo"], data);

    let text = ok(&["progress", "--who", "ana"], data);
    assert!(text.starts_with("Progress of ana: 3 analyses"), "{text}");
    for metric in ["overall", "content", "delivery", "filler rate"] {
        let row = text.lines().find(|l| l.starts_with(metric)).expect(metric);
        assert!(
            ["better", "worse", "steady"]
                .iter()
                .any(|v| row.contains(v)),
            "{row}"
        );
    }

    let out = data.join("progress.html");
    ok(
        &["progress", "--format", "html", "-o", out.to_str().unwrap()],
        data,
    );
    let html = std::fs::read_to_string(&out).unwrap();
    assert!(html.contains("<h1>Progress: everyone</h1>"));
    assert!(html.matches("<polyline").count() >= 3, "a line per metric");
    assert!(html.contains("<td>bo</td>") && html.contains("<td>ana</td>"));
    assert!(!html.contains("<script"));
}

#[test]
fn a_data_path_that_is_a_file_is_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("history");
    std::fs::write(&file, "not a directory").unwrap();
    for args in [&["history"][..], &["progress"][..]] {
        let output = run(args, &file);
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        assert!(
            stderr_of(&output).contains("as the history directory: it is not a directory"),
            "{}",
            stderr_of(&output)
        );
    }
    // Refused before anything is analysed or written.
    let report = dir.path().join("report.md");
    let output = debrief()
        .arg("analyze")
        .arg(seed())
        .args(["--save", "-o", report.to_str().unwrap(), "--data"])
        .arg(&file)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(!report.exists());
}

#[test]
fn who_and_data_need_save() {
    let output = debrief()
        .arg("analyze")
        .arg(seed())
        .args(["--who", "ana"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr_of(&output).contains("--save"),
        "{}",
        stderr_of(&output)
    );
}
