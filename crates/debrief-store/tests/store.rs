//! The store against real SQLite files in temporary directories.

use debrief_core::history::Progress;
use debrief_core::report::Topic;
use debrief_core::{analyze, Options, Report};
use debrief_store::{Store, StoreError, FILE_NAME, VERSION};
use rusqlite::Connection;
use std::path::Path;

const TRANSCRIPT: &str =
    "Interviewer: What is the difference between a list and a tuple in Python?\n\
    Candidate: A list is mutable and a tuple is immutable, so a tuple can be a dictionary key.\n\
    Interviewer: What does a SQL join do?\n\
    Candidate: It combines rows from two tables on a matching column.\n";

fn report_of(text: &str) -> Report {
    let options = Options {
        source_name: "mock.txt".to_owned(),
        ..Options::default()
    };
    analyze(text.as_bytes(), &options).expect("the transcript is valid")
}

fn report() -> Report {
    report_of(TRANSCRIPT)
}

/// The report with every exchange on the topic `sql`, scored `content`.
fn scored(content: f64) -> Report {
    let mut report = report();
    for exchange in report.interviews.iter_mut().flat_map(|i| &mut i.exchanges) {
        exchange.topic = Some(Topic {
            id: "sql".to_owned(),
            title: "SQL".to_owned(),
            confidence: 1.0,
        });
        exchange.scores.content = Some(content);
    }
    report
}

fn user_version(dir: &Path) -> i64 {
    Connection::open(dir.join(FILE_NAME))
        .unwrap()
        .query_row("PRAGMA user_version", [], |row| row.get(0))
        .unwrap()
}

/// The database's bytes, write-ahead log included.
fn bytes_on_disk(dir: &Path) -> Vec<u8> {
    let mut bytes = std::fs::read(dir.join(FILE_NAME)).unwrap();
    if let Ok(wal) = std::fs::read(dir.join(format!("{FILE_NAME}-wal"))) {
        bytes.extend(wal);
    }
    bytes
}

fn contains(haystack: &[u8], needle: &str) -> bool {
    haystack
        .windows(needle.len())
        .any(|w| w == needle.as_bytes())
}

#[test]
fn an_analysis_comes_back_as_it_was_saved_and_goes_for_good() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let report = report();
    let id = store
        .save(Some("ana"), "mock.txt", TRANSCRIPT, &report)
        .unwrap();

    let list = store.list(None).unwrap();
    assert_eq!(list.len(), 1);
    assert_eq!(list[0].id, id);
    assert_eq!(list[0].who.as_deref(), Some("ana"));
    assert_eq!(list[0].questions, 2);

    let (summary, source, back) = store.get(id).unwrap().expect("saved");
    assert_eq!(summary, list[0]);
    assert_eq!(source, TRANSCRIPT);
    // Exactly equal, floats included: `history show` must print what
    // `analyze` printed.
    assert_eq!(back, report);

    assert!(store.delete(id).unwrap());
    assert!(store.get(id).unwrap().is_none());
    assert!(store.list(None).unwrap().is_empty());
    assert!(!store.delete(id).unwrap(), "a second delete finds nothing");
}

#[test]
fn the_list_is_newest_first_and_filtered_by_who() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let a = store
        .save(Some("ana"), "a.txt", TRANSCRIPT, &report())
        .unwrap();
    let b = store
        .save(Some("bo"), "b.txt", TRANSCRIPT, &report())
        .unwrap();
    let c = store
        .save(Some("ana"), "c.txt", TRANSCRIPT, &report())
        .unwrap();
    let d = store.save(None, "d.txt", TRANSCRIPT, &report()).unwrap();

    let ids = |who| {
        store
            .list(who)
            .unwrap()
            .iter()
            .map(|s| s.id)
            .collect::<Vec<_>>()
    };
    assert_eq!(ids(None), [d, c, b, a]);
    assert_eq!(ids(Some("ana")), [c, a]);
    assert_eq!(ids(Some("bo")), [b]);
    assert_eq!(ids(Some("nobody")), Vec::<i64>::new());
}

#[test]
fn progress_from_the_stored_rows_matches_progress_from_the_reports() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    for content in [40.0, 90.0, 50.0] {
        store
            .save(Some("ana"), "mock.txt", TRANSCRIPT, &scored(content))
            .unwrap();
    }
    store
        .save(Some("bo"), "mock.txt", TRANSCRIPT, &scored(10.0))
        .unwrap();

    let progress = store.progress(Some("ana")).unwrap();
    let analyses = store
        .list(Some("ana"))
        .unwrap()
        .into_iter()
        .map(|s| {
            let (summary, _, report) = store.get(s.id).unwrap().unwrap();
            (summary, report)
        })
        .collect();
    assert_eq!(
        progress,
        Progress::from_reports(Some("ana".to_owned()), analyses)
    );
    assert_eq!(progress.points.len(), 3);
    assert!(
        progress.points.windows(2).all(|w| w[0].id < w[1].id),
        "oldest first"
    );
    assert_eq!(progress.weak_topics.len(), 1);
    assert_eq!(progress.weak_topics[0].topic, "sql");
    assert_eq!(
        progress.weak_topics[0].times, 2,
        "bo's analysis is not ana's"
    );
}

#[test]
fn opening_again_migrates_nothing_and_keeps_the_data() {
    let dir = tempfile::tempdir().unwrap();
    let id = Store::open(dir.path())
        .unwrap()
        .save(None, "mock.txt", TRANSCRIPT, &report())
        .unwrap();
    assert_eq!(user_version(dir.path()), VERSION);
    let again = Store::open(dir.path()).unwrap();
    assert_eq!(user_version(dir.path()), VERSION);
    assert!(again.get(id).unwrap().is_some());
}

#[test]
fn a_database_from_a_newer_debrief_is_refused_untouched() {
    let dir = tempfile::tempdir().unwrap();
    drop(Store::open(dir.path()).unwrap());
    Connection::open(dir.path().join(FILE_NAME))
        .unwrap()
        .pragma_update(None, "user_version", VERSION + 1)
        .unwrap();

    let error = Store::open(dir.path()).err().expect("refused");
    assert!(
        matches!(error, StoreError::TooNew { found, known, .. } if found == VERSION + 1 && known == VERSION)
    );
    assert!(error.to_string().contains("newer debrief"), "{error}");
    assert_eq!(user_version(dir.path()), VERSION + 1);
}

#[test]
fn a_file_where_the_directory_should_be_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("not-a-dir");
    std::fs::write(&file, "x").unwrap();
    let error = Store::open(&file).err().expect("refused");
    assert!(matches!(error, StoreError::Dir { .. }), "{error:?}");
}

#[test]
fn two_handles_writing_at_once_lose_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let report = report();
    std::thread::scope(|scope| {
        for who in ["ana", "bo", "cy"] {
            let (dir, report) = (dir.path(), &report);
            scope.spawn(move || {
                let store = Store::open(dir).unwrap();
                for _ in 0..15 {
                    store
                        .save(Some(who), "mock.txt", TRANSCRIPT, report)
                        .unwrap();
                }
            });
        }
    });
    let store = Store::open(dir.path()).unwrap();
    assert_eq!(store.list(None).unwrap().len(), 45);
    for who in ["ana", "bo", "cy"] {
        assert_eq!(store.list(Some(who)).unwrap().len(), 15);
    }
}

#[test]
fn many_handles_opening_a_new_store_at_once_all_succeed() {
    // Making a new database WAL is where simultaneous opens collide.
    const HANDLES: usize = 6;
    for _ in 0..30 {
        let dir = tempfile::tempdir().unwrap();
        let start = std::sync::Barrier::new(HANDLES);
        std::thread::scope(|scope| {
            for _ in 0..HANDLES {
                let (dir, start) = (dir.path(), &start);
                scope.spawn(move || {
                    start.wait();
                    Store::open(dir).unwrap();
                });
            }
        });
    }
}

#[test]
fn a_store_can_move_to_another_thread() {
    fn is_send<T: Send>() {}
    is_send::<Store>();
}

#[test]
fn a_write_locked_for_longer_than_the_timeout_says_busy() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let other = Connection::open(dir.path().join(FILE_NAME)).unwrap();
    other.execute_batch("BEGIN IMMEDIATE").unwrap();

    let error = store
        .save(None, "mock.txt", TRANSCRIPT, &report())
        .expect_err("busy");
    assert!(matches!(error, StoreError::Busy), "{error:?}");
    assert_eq!(
        error.to_string(),
        "the history database is busy (another debrief is writing): try again"
    );
    other.execute_batch("ROLLBACK").unwrap();
    store.save(None, "mock.txt", TRANSCRIPT, &report()).unwrap();
}

#[test]
fn a_deleted_source_leaves_no_trace_in_the_files() {
    let marker = "zanzibar-quokka-7781";
    let text = TRANSCRIPT.replace("matching column", marker);
    let report = report_of(&text);
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let keep = store
        .save(None, "keep.txt", TRANSCRIPT, &report_of(TRANSCRIPT))
        .unwrap();
    let id = store.save(None, "secret.txt", &text, &report).unwrap();
    assert!(
        contains(&bytes_on_disk(dir.path()), marker),
        "the marker was written"
    );

    assert!(store.delete(id).unwrap());
    assert!(
        !contains(&bytes_on_disk(dir.path()), marker),
        "the marker is gone"
    );
    assert!(
        store.get(keep).unwrap().is_some(),
        "the other analysis stays"
    );
}
