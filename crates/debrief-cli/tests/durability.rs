//! A `debrief analyze --save` batch killed (SIGKILL) in the middle leaves a
//! history where every analysis present is whole and the database is sound.

mod common;

use common::{debrief, repo, seed};
use rusqlite::Connection;
use std::path::Path;
use std::process::Stdio;
use std::time::{Duration, Instant};

/// Analyses saved so far; 0 while the database is not there yet.
fn saved(db: &Path) -> i64 {
    Connection::open(db)
        .and_then(|conn| conn.query_row("SELECT count(*) FROM analyses", [], |row| row.get(0)))
        .unwrap_or(0)
}

#[test]
fn a_batch_killed_mid_way_leaves_only_whole_analyses() {
    let inputs = tempfile::tempdir().unwrap();
    let mut files = 0;
    for round in 0..4 {
        for entry in std::fs::read_dir(repo().join("fixtures/transcripts")).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "txt") {
                let name = format!("{round}-{}", path.file_name().unwrap().to_string_lossy());
                std::fs::copy(&path, inputs.path().join(name)).unwrap();
                files += 1;
            }
        }
        std::fs::copy(seed(), inputs.path().join(format!("{round}-seed.txt"))).unwrap();
        files += 1;
    }
    let out = tempfile::tempdir().unwrap();
    let data = tempfile::tempdir().unwrap();
    let db = data.path().join("history.sqlite3");

    let mut child = std::process::Command::new(debrief().get_program())
        .arg("analyze")
        .arg(inputs.path())
        .arg("--out")
        .arg(out.path())
        .args(["--save", "--jobs", "2", "--data"])
        .arg(data.path())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(120);
    while saved(&db) < 3 && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(20));
    }
    assert!(
        child.try_wait().unwrap().is_none(),
        "the batch was still running"
    );
    child.kill().unwrap(); // SIGKILL: no destructor, no rollback, no flush
    child.wait().unwrap();

    let conn = Connection::open(&db).unwrap();
    let check: String = conn
        .query_row("PRAGMA integrity_check", [], |row| row.get(0))
        .unwrap();
    assert_eq!(check, "ok");
    let mut rows = conn
        .prepare(
            "SELECT analyses.id, report, sources.text,
                    (SELECT count(*) FROM exchanges WHERE exchanges.analysis = analyses.id)
             FROM analyses LEFT JOIN sources ON sources.analysis = analyses.id",
        )
        .unwrap();
    let rows: Vec<(i64, String, Option<String>, i64)> = rows
        .query_map([], |row| {
            Ok((row.get(0)?, row.get(1)?, row.get(2)?, row.get(3)?))
        })
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert!(
        rows.len() >= 3 && rows.len() < files,
        "killed mid-way: {} of {files}",
        rows.len()
    );
    for (id, report, source, exchanges) in rows {
        let report: serde_json::Value = serde_json::from_str(&report).expect("whole report JSON");
        assert_eq!(report["schema"], "debrief.report/1");
        let source = source.unwrap_or_else(|| panic!("analysis {id} has its source"));
        assert_eq!(
            source.len(),
            report["source"]["bytes"].as_u64().unwrap() as usize
        );
        let in_report: usize = report["interviews"]
            .as_array()
            .unwrap()
            .iter()
            .map(|i| i["exchanges"].as_array().unwrap().len())
            .sum();
        assert_eq!(
            exchanges as usize, in_report,
            "analysis {id} has all its exchange rows"
        );
    }

    // And debrief itself goes on using it.
    let output = debrief()
        .args(["history", "--data"])
        .arg(data.path())
        .output()
        .unwrap();
    assert!(output.status.success());
}
