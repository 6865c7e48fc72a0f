//! The HTML report in a real browser: headless Chromium loads the seed's
//! page from disk, the test checks that it logs no console message (the page
//! has no scripts, and its security policy makes the browser log anything it
//! blocks, such as a network request) and that the DOM the browser built has
//! a section for every exchange, then keeps a screenshot for people to look
//! at.
//!
//! Chromium is the Debian package `chromium`. Without it the test is skipped
//! with a message, unless `DEBRIEF_REQUIRE_CHROMIUM=1` (as in `.ci/run`),
//! which makes a missing browser a failure.

#[path = "common/browser.rs"]
mod browser;
mod common;

use browser::{chromium, section_ids};

use common::{debrief, json_report, seed, stderr_of};
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const TIMEOUT: Duration = Duration::from_secs(120);

#[test]
fn the_seed_report_loads_cleanly_in_chromium() {
    let Some(chromium) = chromium() else {
        return;
    };
    let dir = out_dir();
    std::fs::create_dir_all(&dir).unwrap();

    // The check below must be able to fail: a page that logs an error has
    // to be caught by it, with this very browser.
    let canary = dir.join("canary.html");
    std::fs::write(
        &canary,
        "<!DOCTYPE html><title>canary</title><script>console.error('canary')</script>",
    )
    .unwrap();
    let canary_run = run(&chromium, &["--dump-dom"], &canary);
    assert!(
        !console_lines(&canary_run.stderr).is_empty(),
        "console messages are not visible in Chromium's log:\n{}",
        canary_run.stderr
    );

    let page = dir.join("seed.html");
    let output = debrief()
        .arg("analyze")
        .arg(seed())
        .args(["--format", "html", "-o"])
        .arg(&page)
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", stderr_of(&output));

    let loaded = run(&chromium, &["--dump-dom"], &page);
    let console = console_lines(&loaded.stderr);
    assert!(
        console.is_empty(),
        "{} logged to the console:\n{}",
        page.display(),
        console.join("\n")
    );
    let dom = &loaded.stdout;
    assert!(dom.contains("</html>"), "no DOM dumped:\n{}", loaded.stderr);
    let sections = section_ids(dom);
    let report = json_report(&[seed().to_str().unwrap()]);
    let interviews = report["interviews"].as_array().unwrap();
    let mut exchanges = 0;
    for exchange in interviews
        .iter()
        .flat_map(|i| i["exchanges"].as_array().unwrap())
    {
        let id = exchange["id"].as_str().unwrap();
        assert!(
            sections.iter().any(|s| s == id),
            "no section {id} in the DOM"
        );
        exchanges += 1;
    }
    assert!(exchanges > 0, "the seed has questions");
    assert_eq!(dom.matches("<svg").count(), 3, "three charts");

    let screenshot = dir.join("seed.png");
    let _ = std::fs::remove_file(&screenshot);
    let shot_arg = format!("--screenshot={}", screenshot.display());
    run(
        &chromium,
        &[&shot_arg, "--window-size=1280,4000", "--hide-scrollbars"],
        &page,
    );
    let png = std::fs::read(&screenshot).expect("Chromium wrote no screenshot");
    assert!(png.starts_with(b"\x89PNG"), "the screenshot is not a PNG");
    println!(
        "browser test: screenshot of the seed report at {}",
        screenshot.display()
    );
}

/// `target/browser-test/`, beside the other build output, where the page
/// and the screenshot stay after the test for people to open.
fn out_dir() -> PathBuf {
    Path::new(env!("CARGO_TARGET_TMPDIR"))
        .parent()
        .expect("the tmp dir is inside the target dir")
        .join("browser-test")
}

struct Run {
    stdout: String,
    stderr: String,
}

/// Runs headless Chromium on `page` with its own throwaway profile, logging
/// to stderr, and gives up after [`TIMEOUT`].
fn run(chromium: &Path, args: &[&str], page: &Path) -> Run {
    let profile = tempfile::tempdir().unwrap();
    let mut child = Command::new(chromium)
        .args([
            "--headless",
            "--disable-gpu",
            "--no-sandbox",
            "--no-first-run",
            "--enable-logging=stderr",
            "--v=0",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .args(args)
        .arg(file_url(page))
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot run {}: {e}", chromium.display()));
    // Read both pipes while waiting, so a full pipe cannot stall Chromium.
    let read = |mut pipe: Box<dyn Read + Send>| {
        std::thread::spawn(move || {
            let mut bytes = Vec::new();
            pipe.read_to_end(&mut bytes).unwrap();
            String::from_utf8_lossy(&bytes).into_owned()
        })
    };
    let stdout = read(Box::new(child.stdout.take().unwrap()));
    let stderr = read(Box::new(child.stderr.take().unwrap()));
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if started.elapsed() > TIMEOUT {
            child.kill().unwrap();
            child.wait().unwrap();
            panic!("Chromium did not finish within {TIMEOUT:?}");
        }
        std::thread::sleep(Duration::from_millis(100));
    };
    let run = Run {
        stdout: stdout.join().unwrap(),
        stderr: stderr.join().unwrap(),
    };
    assert!(
        status.success(),
        "Chromium failed ({status}):\n{}",
        run.stderr
    );
    run
}

/// The lines of Chromium's log that carry a page's console messages or
/// uncaught errors (`[…:INFO:CONSOLE(1)] "message", source: …`).
fn console_lines(log: &str) -> Vec<&str> {
    log.lines()
        .filter(|line| line.contains(":CONSOLE") || line.contains("Uncaught"))
        .collect()
}

/// A `file://` URL for an absolute path, with everything but unreserved
/// characters and `/` percent-encoded.
fn file_url(path: &Path) -> String {
    let path = std::path::absolute(path).unwrap();
    let mut url = String::from("file://");
    for byte in path.to_str().expect("a UTF-8 path").bytes() {
        if byte.is_ascii_alphanumeric() || b"/-._~".contains(&byte) {
            url.push(byte as char);
        } else {
            url.push_str(&format!("%{byte:02X}"));
        }
    }
    url
}
