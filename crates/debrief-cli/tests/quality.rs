//! The project's quality bar: question recall and precision on the seed
//! transcript, measured by `shared/eval/score.py` against its gold file.

mod common;

use common::{debrief, seed, seed_gold, shared, stderr_of, stdout_of};

#[test]
fn seed_meets_the_quality_bar() {
    let output = debrief()
        .arg("analyze")
        .arg(seed())
        .args(["--format", "json"])
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", stderr_of(&output));
    let dir = tempfile::tempdir().unwrap();
    let report = dir.path().join("seed.json");
    std::fs::write(&report, &output.stdout).unwrap();

    let score = std::process::Command::new("python3")
        .arg(shared().join("eval/score.py"))
        .arg(seed_gold())
        .arg(seed())
        .arg(&report)
        .args(["--min-recall", "0.966", "--min-precision", "0.85"])
        .output()
        .expect("python3 runs");
    assert!(
        score.status.success(),
        "below the bar:\n{}{}",
        stdout_of(&score),
        stderr_of(&score)
    );
}
