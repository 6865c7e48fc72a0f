//! `debrief analyze --format html`, run as the real binary.

mod common;

use common::{debrief, json_report, seed, stderr_of, stdout_of};

/// The ids of every exchange in the JSON report of the seed.
fn seed_exchange_ids() -> Vec<String> {
    let report = json_report(&[seed().to_str().unwrap()]);
    report["interviews"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|interview| interview["exchanges"].as_array().unwrap())
        .map(|exchange| exchange["id"].as_str().unwrap().to_owned())
        .collect()
}

fn seed_html() -> String {
    let output = debrief()
        .arg("analyze")
        .arg(seed())
        .args(["--format", "html"])
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", stderr_of(&output));
    stdout_of(&output)
}

#[test]
fn every_exchange_of_the_seed_has_a_section_and_a_row() {
    let html = seed_html();
    assert!(html.starts_with("<!DOCTYPE html>"), "{}", &html[..200]);
    assert!(html.trim_end().ends_with("</html>"));
    let ids = seed_exchange_ids();
    assert!(
        ids.len() >= 20,
        "the seed has 30 questions, got {}",
        ids.len()
    );
    for id in &ids {
        let section = format!(r#"<section class="exchange" id="{id}""#);
        assert_eq!(html.matches(&section).count(), 1, "no section for {id}");
        // The coverage table, both charts of exchanges and the transcript
        // marker all link to it.
        let links = html.matches(&format!(r##"href="#{id}""##)).count();
        assert!(links >= 4, "{id} is linked {links} times");
        assert!(
            html.contains(&format!(r#"id="t-{id}""#)),
            "no marker for {id}"
        );
    }
    let sections = html.matches(r#"<section class="exchange""#).count();
    assert_eq!(sections, ids.len());
}

#[test]
fn the_page_is_self_contained() {
    let html = seed_html();
    for banned in [
        "<script", "<link", "<img", "<iframe", "@import", "url(", " src=",
    ] {
        assert!(!html.contains(banned), "the page contains {banned}");
    }
    assert!(html.contains(r#"<meta name="viewport""#));
    assert!(html.contains("default-src 'none'"));
    assert!(html.contains("@media print"));
    // Every finding link points at a highlight that exists.
    for link in html.split(r##"href="#f-"##).skip(1) {
        let id = &link[..link.find('"').unwrap()];
        assert!(
            html.contains(&format!(r#"id="f-{id}""#)),
            "dead link to f-{id}"
        );
    }
}

#[test]
fn output_flag_writes_the_page_to_a_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("out.html");
    let output = debrief()
        .arg("analyze")
        .arg(seed())
        .args(["--format", "html", "-o"])
        .arg(&path)
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", stderr_of(&output));
    assert!(output.stdout.is_empty(), "nothing on stdout with -o");
    let written = std::fs::read_to_string(&path).unwrap();
    assert_eq!(written, seed_html());
}

#[test]
fn hostile_transcript_text_is_escaped() {
    let transcript = "Interviewer: What is XSS? <script>alert(1)</script>\n\
                      Candidate: You inject \"><img src=x onerror=alert(1)> into a page, \
                      for example through a comment field that is not escaped.\n";
    let output = debrief()
        .args(["analyze", "-", "--format", "html"])
        .write_stdin(transcript)
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", stderr_of(&output));
    let html = stdout_of(&output);
    assert!(!html.contains("<script>alert(1)</script>"));
    assert!(!html.contains("<img src=x"));
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(html.contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"));
}
