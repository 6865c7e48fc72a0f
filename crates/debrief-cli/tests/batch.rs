//! `debrief analyze ... --out DIR`: many inputs, run as the real binary.

mod common;

use common::{debrief, repo, stderr_of, stdout_of};
use std::fs;
use std::path::{Path, PathBuf};

const TRANSCRIPTS: [&str; 3] = ["backend-python-sql", "frontend-react", "new-grad-swe"];
const FORMATS: [&str; 4] = [
    "interview.vtt",
    "interview.srt",
    "interview.whisper.json",
    "interview.zoom.txt",
];

/// A directory like a coach's: good transcripts in several formats, at two
/// depths, and files that are not transcripts debrief can read.
fn transcripts_dir() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for name in TRANSCRIPTS {
        let file = format!("{name}.txt");
        fs::copy(
            repo().join("fixtures/transcripts").join(&file),
            dir.path().join(&file),
        )
        .unwrap();
    }
    let captions = dir.path().join("captions");
    fs::create_dir(&captions).unwrap();
    for name in FORMATS.iter().chain(&["truncated.whisper.json"]) {
        fs::copy(
            repo().join("fixtures/formats").join(name),
            captions.join(name),
        )
        .unwrap();
    }
    fs::write(dir.path().join("empty.txt"), "").unwrap();
    fs::write(
        dir.path().join("binary.txt"),
        b"\x7fELF\x02\x01\x01\0\0\0\0",
    )
    .unwrap();
    // Neither hidden files nor other extensions are transcripts.
    fs::write(dir.path().join(".notes.txt"), "What is a tuple?").unwrap();
    fs::create_dir(dir.path().join(".cache")).unwrap();
    fs::write(dir.path().join(".cache/old.txt"), "What is a tuple?").unwrap();
    fs::write(dir.path().join("recording.mp3"), b"ID3\0\0").unwrap();
    dir
}

fn run(args: &[&Path]) -> std::process::Output {
    debrief().arg("analyze").args(args).output().unwrap()
}

fn summary(out: &Path) -> Vec<serde_json::Value> {
    let text = fs::read_to_string(out.join("summary.json")).unwrap();
    let summary: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(summary["schema"], "debrief.batch/1");
    summary["files"].as_array().unwrap().clone()
}

fn status_of<'a>(rows: &'a [serde_json::Value], input: &str) -> &'a serde_json::Value {
    let row = rows
        .iter()
        .find(|row| row["input"].as_str().unwrap().ends_with(input))
        .unwrap_or_else(|| panic!("{input} is not in the summary: {rows:?}"));
    &row["status"]
}

fn sorted_files(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn a_directory_gets_a_report_per_good_file_and_names_the_bad_ones() {
    let dir = transcripts_dir();
    let out = dir.path().join("reports");
    let output = run(&[dir.path(), Path::new("--out"), &out]);
    let stderr = stderr_of(&output);
    assert_eq!(output.status.code(), Some(1), "{stderr}");

    let mut expected: Vec<String> = TRANSCRIPTS.iter().map(|t| format!("{t}.md")).collect();
    // `interview.vtt` and `interview.srt` share a stem and a directory.
    expected.extend(
        [
            "captions__interview.vtt.md",
            "captions__interview.srt.md",
            "interview.whisper.md",
            "interview.zoom.md",
        ]
        .map(String::from),
    );
    expected.push("summary.json".to_owned());
    expected.sort();
    assert_eq!(sorted_files(&out), expected);
    for report in &expected[..expected.len() - 1] {
        let text = fs::read_to_string(out.join(report)).unwrap();
        assert!(text.starts_with("# Interview debrief: "), "{report}");
    }

    for bad in ["empty.txt", "binary.txt", "captions/truncated.whisper.json"] {
        let path = dir.path().join(bad);
        let line = format!("error: {}: ", path.display());
        assert!(stderr.contains(&line), "{line} in {stderr}");
    }
    assert!(
        stderr.contains("error: 3 of 10 inputs were rejected"),
        "{stderr}"
    );

    let rows = summary(&out);
    assert_eq!(rows.len(), 10, "{rows:?}");
    for bad in ["empty.txt", "binary.txt", "truncated.whisper.json"] {
        assert_eq!(status_of(&rows, bad), "rejected");
    }
    let good: Vec<&serde_json::Value> = rows.iter().filter(|r| r["status"] == "ok").collect();
    assert_eq!(good.len(), 7);
    for row in good {
        assert!(out.join(row["report"].as_str().unwrap()).is_file(), "{row}");
        assert!(row["questions"].as_u64().unwrap() > 0, "{row}");
        assert!(row["interviews"].as_u64().unwrap() > 0, "{row}");
        assert!(row["overall"].as_f64().is_some(), "{row}");
        assert!(row["error"].is_null(), "{row}");
    }
    let empty = rows
        .iter()
        .find(|r| r["input"].as_str().unwrap().ends_with("empty.txt"));
    assert_eq!(empty.unwrap()["error"], "the input is empty");

    // The table: one line per input, in order, and a total.
    let stdout = stdout_of(&output);
    assert_eq!(stdout.lines().count(), 1 + 10 + 1, "{stdout}");
    assert!(
        stdout.contains("10 inputs: 7 reports written, 3 rejected, 0 failed"),
        "{stdout}"
    );

    // Not a terminal: no progress bar, no cursor movement.
    assert!(
        !stderr.contains('\x1b') && !stderr.contains('\r'),
        "{stderr:?}"
    );
}

#[test]
fn rows_follow_the_order_of_the_inputs() {
    let dir = transcripts_dir();
    let out = dir.path().join("reports");
    let first = dir.path().join("new-grad-swe.txt");
    let output = run(&[
        &first,
        &dir.path().join("captions"),
        Path::new("--out"),
        &out,
    ]);
    assert_eq!(output.status.code(), Some(1), "{}", stderr_of(&output));
    let inputs: Vec<String> = summary(&out)
        .iter()
        .map(|row| row["input"].as_str().unwrap().to_owned())
        .collect();
    let captions = dir.path().join("captions");
    let expected: Vec<String> = [
        first,
        captions.join("interview.srt"),
        captions.join("interview.vtt"),
        captions.join("interview.whisper.json"),
        captions.join("interview.zoom.txt"),
        captions.join("truncated.whisper.json"),
    ]
    .iter()
    .map(|path| path.display().to_string())
    .collect();
    assert_eq!(inputs, expected);
}

#[test]
fn patterns_are_expanded_without_a_shell() {
    let dir = transcripts_dir();
    let out = dir.path().join("reports");
    let pattern = dir.path().join("*.txt");
    let vtt = dir.path().join("**/*.vtt");
    let output = run(&[&pattern, &vtt, Path::new("--out"), &out]);
    assert_eq!(output.status.code(), Some(1), "{}", stderr_of(&output));
    let inputs: Vec<String> = summary(&out)
        .iter()
        .map(|row| row["input"].as_str().unwrap().to_owned())
        .collect();
    let names: Vec<&str> = inputs
        .iter()
        .map(|input| input.rsplit('/').next().unwrap())
        .collect();
    // Sorted by name; `*` skips `.notes.txt` as a shell would.
    assert_eq!(
        names,
        [
            "backend-python-sql.txt",
            "binary.txt",
            "empty.txt",
            "frontend-react.txt",
            "new-grad-swe.txt",
            "interview.vtt"
        ]
    );
}

#[test]
fn a_pattern_that_matches_nothing_is_named_and_nothing_is_written() {
    let dir = transcripts_dir();
    let out = dir.path().join("reports");
    let nothing = dir.path().join("*.docx");
    let output = run(&[dir.path(), &nothing, Path::new("--out"), &out]);
    assert_eq!(output.status.code(), Some(2));
    let stderr = stderr_of(&output);
    assert!(
        stderr.contains(&format!("error: {}: ", nothing.display())),
        "{stderr}"
    );
    assert!(!out.exists());
}

#[test]
fn two_inputs_with_one_stem_get_two_reports() {
    let dir = tempfile::tempdir().unwrap();
    for (sub, fixture) in [("monday", "frontend-react"), ("tuesday", "new-grad-swe")] {
        fs::create_dir(dir.path().join(sub)).unwrap();
        let from = repo().join(format!("fixtures/transcripts/{fixture}.txt"));
        fs::copy(from, dir.path().join(sub).join("mock.txt")).unwrap();
    }
    let out = dir.path().join("reports");
    let output = run(&[
        &dir.path().join("monday/mock.txt"),
        &dir.path().join("tuesday"),
        Path::new("--out"),
        &out,
    ]);
    assert!(output.status.success(), "{}", stderr_of(&output));
    assert_eq!(
        sorted_files(&out),
        ["monday__mock.md", "summary.json", "tuesday__mock.md"]
    );
    let monday = fs::read_to_string(out.join("monday__mock.md")).unwrap();
    let tuesday = fs::read_to_string(out.join("tuesday__mock.md")).unwrap();
    assert!(monday.contains("monday/mock.txt"), "{monday}");
    assert!(tuesday.contains("tuesday/mock.txt"), "{tuesday}");
}

#[test]
fn the_number_of_jobs_changes_nothing_in_the_output() {
    let dir = transcripts_dir();
    let outs = tempfile::tempdir().unwrap();
    let mut outputs = Vec::new();
    for jobs in ["1", "4"] {
        let out = outs.path().join(format!("jobs-{jobs}"));
        let output = debrief()
            .arg("analyze")
            .arg(dir.path())
            .arg("--out")
            .arg(&out)
            .args(["--jobs", jobs, "--format", "json"])
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(1), "{}", stderr_of(&output));
        let files: Vec<(String, Vec<u8>)> = sorted_files(&out)
            .into_iter()
            .map(|name| {
                let bytes = fs::read(out.join(&name)).unwrap();
                (name, bytes)
            })
            .collect();
        assert_eq!(files.len(), 8);
        let table = stdout_of(&output).replace(&out.display().to_string(), "OUT");
        outputs.push((files, table));
    }
    assert!(outputs[0] == outputs[1], "--jobs 1 and --jobs 4 differ");
}

#[test]
fn one_input_with_out_is_the_report_stdout_would_get() {
    let dir = tempfile::tempdir().unwrap();
    let input = repo().join("fixtures/transcripts/frontend-react.txt");
    let out = dir.path().join("reports");
    let output = run(&[&input, Path::new("--out"), &out]);
    assert!(output.status.success(), "{}", stderr_of(&output));
    let single = run(&[&input]);
    assert!(single.status.success());
    assert_eq!(
        fs::read(out.join("frontend-react.md")).unwrap(),
        single.stdout
    );
}

#[test]
fn several_inputs_need_out() {
    let dir = transcripts_dir();
    let a = dir.path().join("frontend-react.txt");
    let b = dir.path().join("new-grad-swe.txt");
    for args in [
        vec![a.clone(), b],
        vec![dir.path().to_owned()],
        vec![dir.path().join("*.txt")],
    ] {
        let output = debrief().arg("analyze").args(&args).output().unwrap();
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        let stderr = stderr_of(&output);
        assert!(stderr.contains("pass --out DIR"), "{stderr}");
        assert!(output.stdout.is_empty());
    }
}

#[test]
fn standard_input_cannot_be_batched() {
    let dir = tempfile::tempdir().unwrap();
    let output = run(&[Path::new("-"), Path::new("--out"), dir.path()]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr_of(&output).contains("standard input"));
}

#[test]
fn a_report_that_cannot_be_written_exits_2_and_the_others_are_written() {
    let dir = tempfile::tempdir().unwrap();
    let inputs: Vec<PathBuf> = ["frontend-react", "new-grad-swe"]
        .iter()
        .map(|name| repo().join(format!("fixtures/transcripts/{name}.txt")))
        .collect();
    let out = dir.path().join("reports");
    // A directory where the report should go: the rename over it fails.
    fs::create_dir_all(out.join("frontend-react.md")).unwrap();
    let output = run(&[&inputs[0], &inputs[1], Path::new("--out"), &out]);
    assert_eq!(output.status.code(), Some(2));
    let stderr = stderr_of(&output);
    assert!(
        stderr.contains(&format!(
            "error: {}: cannot write the report",
            inputs[0].display()
        )),
        "{stderr}"
    );
    assert!(out.join("new-grad-swe.md").is_file());
    let rows = summary(&out);
    assert_eq!(status_of(&rows, "frontend-react.txt"), "failed");
    assert_eq!(status_of(&rows, "new-grad-swe.txt"), "ok");
    // No temporary file is left behind.
    assert_eq!(
        sorted_files(&out),
        ["frontend-react.md", "new-grad-swe.md", "summary.json"]
    );
}

#[test]
fn html_reports_are_named_html() {
    let dir = tempfile::tempdir().unwrap();
    let input = repo().join("fixtures/formats/interview.vtt");
    let out = dir.path().join("reports");
    let output = debrief()
        .arg("analyze")
        .arg(&input)
        .arg("--out")
        .arg(&out)
        .args(["--format", "html"])
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", stderr_of(&output));
    let html = fs::read_to_string(out.join("interview.html")).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>") || html.starts_with("<!doctype html>"));
}

#[test]
fn reports_in_the_out_directory_are_not_read_back() {
    let dir = transcripts_dir();
    let out = dir.path().join("reports");
    for _ in 0..2 {
        let output = debrief()
            .arg("analyze")
            .arg(dir.path())
            .arg("--out")
            .arg(&out)
            .args(["--format", "json"])
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(1), "{}", stderr_of(&output));
        assert_eq!(summary(&out).len(), 10);
    }
}
