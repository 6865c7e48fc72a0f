//! `debrief grade --csv FILE`, run as the real binary.

mod common;

use common::{debrief, stderr_of, stdout_of};

const REFERENCE: &str =
    "A last-in, first-out collection; push adds to the top and pop removes from the top.";

fn grade(csv: &str) -> std::process::Output {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("answers.csv");
    std::fs::write(&path, csv).unwrap();
    debrief()
        .args(["grade", "--csv"])
        .arg(&path)
        .output()
        .unwrap()
}

fn rows(output: &std::process::Output) -> Vec<Vec<String>> {
    csv::Reader::from_reader(output.stdout.as_slice())
        .records()
        .map(|r| r.unwrap().iter().map(str::to_owned).collect())
        .collect()
}

#[test]
fn grades_each_row_keeping_its_fields_and_adding_score_covered_missed() {
    let csv = format!(
        "id,question,reference,answer\n\
         1,\"What is a stack?\",\"{REFERENCE}\",\"{REFERENCE}\"\n\
         2,\"What is a stack?\",\"{REFERENCE}\",\"It is LIFO: you push onto the top,\nand pop off the top.\"\n\
         3,\"What is a stack?\",\"{REFERENCE}\",\"A list of things.\"\n"
    );
    let output = grade(&csv);
    assert!(output.status.success(), "{}", stderr_of(&output));
    let header = stdout_of(&output).lines().next().unwrap().to_owned();
    assert_eq!(header, "id,question,reference,answer,score,covered,missed");
    let rows = rows(&output);
    let score = |row: &Vec<String>| row[4].parse::<f64>().unwrap();
    assert_eq!(score(&rows[0]), 100.0);
    assert!(
        score(&rows[0]) > score(&rows[1]) && score(&rows[1]) > score(&rows[2]),
        "{rows:?}"
    );
    // The quoted answer with a comma and a line break survives intact.
    assert!(rows[1][3].contains("top,\nand pop"), "{:?}", rows[1][3]);
    assert!(rows[1][5].contains("push adds to the top"), "{:?}", rows[1]);
    assert!(
        rows[2][5].is_empty() && rows[2][6].contains("first-out"),
        "{:?}",
        rows[2]
    );
}

#[test]
fn a_csv_without_the_needed_columns_is_rejected_naming_the_file() {
    let output = grade("q,r\n1,2\n");
    assert_eq!(output.status.code(), Some(1));
    let stderr = stderr_of(&output);
    assert!(
        stderr.contains("answers.csv") && stderr.contains("question, reference and answer"),
        "{stderr}"
    );
}

#[test]
fn a_broken_row_is_rejected_with_its_line() {
    let output = grade("question,reference,answer\nonly,two\n");
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr_of(&output).contains("row 2"),
        "{}",
        stderr_of(&output)
    );
}
