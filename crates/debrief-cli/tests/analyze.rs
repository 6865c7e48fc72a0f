//! `debrief analyze`, run as the real binary.

mod common;

use common::{debrief, exchange_count, json_report, seed, stderr_of, stdout_of};
use std::path::Path;

fn table_rows(markdown: &str) -> usize {
    markdown
        .lines()
        .skip_while(|line| !line.starts_with("| # |"))
        .skip(2)
        .take_while(|line| line.starts_with('|'))
        .count()
}

fn path_str(path: &Path) -> &str {
    path.to_str().unwrap()
}

#[test]
fn markdown_report_of_the_seed_lists_every_exchange() {
    let output = debrief().arg("analyze").arg(seed()).output().unwrap();
    assert!(output.status.success(), "{}", stderr_of(&output));
    let markdown = stdout_of(&output);
    assert!(markdown.starts_with("# Interview debrief: "), "{markdown}");
    assert!(markdown.contains("seed-interviews.txt (plain)"));
    assert!(markdown.contains("**How this was read:**"));

    let exchanges = exchange_count(&json_report(&[path_str(&seed())]));
    assert!(exchanges > 0, "the seed has 30 questions");
    assert_eq!(table_rows(&markdown), exchanges, "{markdown}");
    let headings = markdown.lines().filter(|l| l.starts_with("### Q")).count();
    assert_eq!(headings, exchanges);
}

#[test]
fn json_report_of_the_seed() {
    let report = json_report(&[path_str(&seed())]);
    assert_eq!(report["schema"], "debrief.report/1");
    assert_eq!(report["source"]["format"], "plain");
    let size = std::fs::metadata(seed()).unwrap().len();
    assert_eq!(report["source"]["bytes"], size);
    let name = report["source"]["name"].as_str().unwrap();
    assert!(name.ends_with("seed-interviews.txt"), "{name}");
    assert!(!report["interviews"].as_array().unwrap().is_empty());
}

#[test]
fn stdin_reads_the_same_report() {
    let bytes = std::fs::read(seed()).unwrap();
    let output = debrief()
        .args(["analyze", "-", "--format", "json"])
        .write_stdin(bytes)
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", stderr_of(&output));
    let mut from_stdin: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let mut from_file = json_report(&[path_str(&seed())]);
    assert_eq!(from_stdin["source"]["name"], "-");
    from_stdin["source"]["name"] = "".into();
    from_file["source"]["name"] = "".into();
    assert_eq!(from_stdin, from_file);
}

#[test]
fn output_file_gets_what_stdout_would() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("report.md");
    let output = debrief()
        .arg("analyze")
        .arg(seed())
        .arg("-o")
        .arg(&path)
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", stderr_of(&output));
    assert!(output.stdout.is_empty());
    let written = std::fs::read_to_string(&path).unwrap();
    let printed = debrief().arg("analyze").arg(seed()).output().unwrap();
    assert_eq!(written, stdout_of(&printed));
}

#[test]
fn unwritable_output_exits_2_naming_the_path() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("no-such-dir").join("report.md");
    let output = debrief()
        .arg("analyze")
        .arg(seed())
        .arg("-o")
        .arg(&path)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = stderr_of(&output);
    assert!(stderr.starts_with("error: "), "{stderr}");
    assert!(stderr.contains(path_str(&path)), "{stderr}");
}

/// One small, well-formed file per format.
const SAMPLES: [(&str, &str); 6] = [
    (
        "plain",
        "Tell me about yourself.\n\nI am a backend developer with three years of Python.\n",
    ),
    (
        "speaker-lines",
        "Interviewer: Tell me about yourself.\nCandidate: I am a backend developer with three years of Python.\n",
    ),
    (
        "zoom-txt",
        "[Jane Smith] 10:02:33\nTell me about yourself.\n[Sam Lee] 10:02:41\nI am a backend developer with three years of Python.\n",
    ),
    (
        "srt",
        "1\n00:00:01,000 --> 00:00:03,000\nTell me about yourself.\n\n2\n00:00:04,000 --> 00:00:08,000\nI am a backend developer with three years of Python.\n",
    ),
    (
        "webvtt",
        "WEBVTT\n\n00:00:01.000 --> 00:00:03.000\n<v Jane>Tell me about yourself.\n\n00:00:04.000 --> 00:00:08.000\n<v Sam>I am a backend developer with three years of Python.\n",
    ),
    (
        "whisper-json",
        r#"{"text": " Tell me about yourself. I am a backend developer with three years of Python.", "segments": [{"id": 0, "start": 1.0, "end": 3.0, "text": " Tell me about yourself."}, {"id": 1, "start": 4.0, "end": 8.0, "text": " I am a backend developer with three years of Python."}], "language": "en"}"#,
    ),
];

#[test]
fn every_input_format_name_is_accepted() {
    let names = std::iter::once("auto").chain(SAMPLES.iter().map(|(name, _)| *name));
    for name in names {
        let output = debrief()
            .arg("analyze")
            .arg(seed())
            .args(["--input-format", name, "--format", "json"])
            .output()
            .unwrap();
        let stderr = stderr_of(&output);
        // The seed is not valid in every format, so 1 is fine; 2 would mean
        // the name itself was refused.
        assert!(
            matches!(output.status.code(), Some(0 | 1)),
            "{name}: {:?} {stderr}",
            output.status
        );
        assert!(!stderr.contains("invalid value"), "{name}: {stderr}");
    }
}

#[test]
fn each_format_reads_its_own_sample() {
    let dir = tempfile::tempdir().unwrap();
    for (name, sample) in SAMPLES {
        let path = dir.path().join(format!("sample-{name}"));
        std::fs::write(&path, sample).unwrap();
        let output = debrief()
            .arg("analyze")
            .arg(&path)
            .args(["--input-format", name, "--format", "json"])
            .output()
            .unwrap();
        assert!(output.status.success(), "{name}: {}", stderr_of(&output));
        let report: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
        assert_eq!(report["source"]["format"], name);
        // Turn spans are byte offsets into this very file.
        let turns: Vec<&str> = report["turns"]
            .as_array()
            .unwrap()
            .iter()
            .map(|turn| {
                let span = turn["span"].as_array().unwrap();
                let (start, end) = (span[0].as_u64().unwrap(), span[1].as_u64().unwrap());
                &sample[start as usize..end as usize]
            })
            .collect();
        assert!(
            turns.iter().any(|text| text.contains("backend developer")),
            "{name}: {turns:?}"
        );
    }
}

#[test]
fn an_unknown_input_format_is_a_usage_error() {
    let output = debrief()
        .arg("analyze")
        .arg(seed())
        .args(["--input-format", "docx"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = stderr_of(&output);
    assert!(stderr.contains("invalid value 'docx'"), "{stderr}");
    assert!(
        stderr.contains("whisper-json"),
        "the accepted names are listed: {stderr}"
    );
}

#[test]
fn an_unknown_output_format_is_a_usage_error() {
    let output = debrief()
        .arg("analyze")
        .arg(seed())
        .args(["--format", "pdf"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(output.stdout.is_empty());
}

/// Runs `analyze` on a file holding `bytes` plus `args`; returns the exit
/// code, stderr and the file's path as given.
fn analyze_bytes(file_name: &str, bytes: &[u8], args: &[&str]) -> (Option<i32>, String, String) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(file_name);
    std::fs::write(&path, bytes).unwrap();
    let output = debrief()
        .arg("analyze")
        .arg(&path)
        .args(args)
        .output()
        .unwrap();
    (
        output.status.code(),
        stderr_of(&output),
        path_str(&path).to_owned(),
    )
}

#[test]
fn an_empty_file_is_rejected() {
    let (code, stderr, path) = analyze_bytes("empty.txt", b"", &[]);
    assert_eq!(code, Some(1), "{stderr}");
    assert!(stderr.starts_with(&format!("error: {path}: ")), "{stderr}");
    assert!(stderr.contains("empty"), "{stderr}");
}

#[test]
fn a_binary_file_is_rejected() {
    let png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10";
    let (code, stderr, path) = analyze_bytes("photo.txt", png, &[]);
    assert_eq!(code, Some(1), "{stderr}");
    assert!(stderr.starts_with(&format!("error: {path}: ")), "{stderr}");
    assert!(stderr.contains("binary"), "{stderr}");
}

#[test]
fn invalid_utf8_is_read_with_a_warning() {
    let text =
        b"Tell me about yourself?\n\nI worked at the caf\xe9 on Main Street as a developer.\n";
    let (code, stderr, path) = analyze_bytes("latin1.txt", text, &[]);
    assert_eq!(code, Some(0), "{stderr}");
    assert!(stderr.contains(&format!("warning: {path}: ")), "{stderr}");
    assert!(stderr.contains("UTF-8"), "{stderr}");
}

#[test]
fn a_file_over_max_bytes_is_rejected() {
    let bytes = std::fs::read(seed()).unwrap();
    let (code, stderr, path) = analyze_bytes("big.txt", &bytes, &["--max-bytes", "1000"]);
    assert_eq!(code, Some(1), "{stderr}");
    assert!(stderr.starts_with(&format!("error: {path}: ")), "{stderr}");
    assert!(stderr.contains("the limit is 1000 bytes"), "{stderr}");
    assert!(stderr.contains(&bytes.len().to_string()), "{stderr}");
}

#[test]
fn stdin_over_max_bytes_is_rejected() {
    let output = debrief()
        .args(["analyze", "-", "--max-bytes", "1000"])
        .write_stdin(std::fs::read(seed()).unwrap())
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let stderr = stderr_of(&output);
    assert!(stderr.starts_with("error: <stdin>: "), "{stderr}");
    assert!(stderr.contains("the limit is 1000 bytes"), "{stderr}");
}

#[test]
fn a_missing_file_exits_2_naming_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("no-such-interview.txt");
    let output = debrief().arg("analyze").arg(&path).output().unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = stderr_of(&output);
    assert!(
        stderr.starts_with(&format!("error: {}: ", path_str(&path))),
        "{stderr}"
    );
    assert!(output.stdout.is_empty());
}

#[test]
fn a_directory_exits_2_naming_it() {
    let dir = tempfile::tempdir().unwrap();
    let output = debrief().arg("analyze").arg(dir.path()).output().unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = stderr_of(&output);
    assert!(stderr.contains(path_str(dir.path())), "{stderr}");
}

#[test]
fn no_questions_is_a_warning_not_a_failure() {
    let (code, stderr, path) = analyze_bytes("bye.txt", b"Okay, thank you, bye.\n", &[]);
    assert_eq!(code, Some(0), "{stderr}");
    assert!(
        stderr.contains(&format!("warning: {path}: no questions found")),
        "{stderr}"
    );
}

#[test]
fn help_documents_the_exit_codes() {
    for args in [&["--help"][..], &["analyze", "--help"][..]] {
        let output = debrief().args(args).output().unwrap();
        assert!(output.status.success());
        let help = stdout_of(&output);
        assert!(help.contains("Exit codes:"), "{help}");
        for code in ["  0  ", "  1  the input was rejected", "  2  usage error"] {
            assert!(help.contains(code), "{args:?}: {help}");
        }
    }
}

#[test]
fn a_candidate_name_on_unlabelled_text_is_reported_as_unused() {
    let text = b"What is a tuple? A tuple is an immutable sequence, so I use it for fixed records.";
    let (code, stderr, path) = analyze_bytes("plain.txt", text, &["--candidate", "Ana"]);
    assert_eq!(code, Some(0), "{stderr}");
    assert!(
        stderr.contains(&format!(
            "warning: {path}: the candidate `Ana` was not used"
        )),
        "{stderr}"
    );
}
