//! The end of a batch: a table on stdout and `summary.json` beside the
//! reports, one row per input in the order of the inputs.

use crate::exit::{code_for, Code};
use debrief_core::Report;
use serde::Serialize;
use std::fmt::Write as _;
use std::path::Path;

/// The summary's file name in the output directory.
pub const FILE_NAME: &str = "summary.json";

/// Names the shape of `summary.json`, as `debrief.report/1` does the
/// report's.
const SCHEMA: &str = "debrief.batch/1";

/// One input of the batch.
#[derive(Debug, Serialize)]
pub struct Row {
    /// The input file as it was given or found.
    pub input: String,
    pub status: Status,
    /// The report's file name, in the directory of `summary.json`.
    pub report: Option<String>,
    pub interviews: Option<usize>,
    pub questions: Option<usize>,
    /// The whole report's overall score, 0-100.
    pub overall: Option<f64>,
    pub warnings: Vec<String>,
    /// Why there is no report.
    pub error: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Ok,
    /// The input is not a transcript debrief can read (exit code 1).
    Rejected,
    /// The input could not be read or its report not written (exit code 2).
    Failed,
}

impl Row {
    pub fn written(input: String, report: &str, analysis: &Report) -> Row {
        Row {
            input,
            status: Status::Ok,
            report: Some(report.to_owned()),
            interviews: Some(analysis.interviews.len()),
            questions: Some(analysis.metrics.questions),
            overall: Some(analysis.scores.overall),
            warnings: analysis.warnings.clone(),
            error: None,
        }
    }

    pub fn failed(input: String, error: &anyhow::Error) -> Row {
        let status = match code_for(error) {
            Code::Rejected => Status::Rejected,
            Code::Ok | Code::Usage => Status::Failed,
        };
        // Messages name the input first, as on stderr; the row already does.
        let message = format!("{error:#}");
        let message = message
            .strip_prefix(&format!("{input}: "))
            .map_or_else(|| message.clone(), str::to_owned);
        Row {
            input,
            status,
            report: None,
            interviews: None,
            questions: None,
            overall: None,
            warnings: Vec::new(),
            error: Some(message),
        }
    }
}

pub fn count(rows: &[Row], status: Status) -> usize {
    rows.iter().filter(|row| row.status == status).count()
}

/// The table printed at the end of a batch.
pub fn table(rows: &[Row], out: &Path) -> String {
    let mut text = format!(
        "{:<8}  {:>10}  {:>9}  {:>7}  input\n",
        "status", "interviews", "questions", "overall"
    );
    for row in rows {
        let status = match row.status {
            Status::Ok => "ok",
            Status::Rejected => "rejected",
            Status::Failed => "failed",
        };
        let number = |n: Option<usize>| n.map_or_else(|| "-".to_owned(), |n| n.to_string());
        let overall = row
            .overall
            .map_or_else(|| "-".to_owned(), |s| format!("{s:.0}"));
        let _ = write!(
            text,
            "{status:<8}  {:>10}  {:>9}  {overall:>7}  {}",
            number(row.interviews),
            number(row.questions),
            row.input
        );
        let _ = match (&row.report, &row.error) {
            (Some(report), _) => writeln!(text, " -> {}", out.join(report).display()),
            (None, Some(error)) => writeln!(text, ": {error}"),
            (None, None) => writeln!(text),
        };
    }
    let _ = writeln!(
        text,
        "{} inputs: {} reports written, {} rejected, {} failed; summary in {}",
        rows.len(),
        count(rows, Status::Ok),
        count(rows, Status::Rejected),
        count(rows, Status::Failed),
        out.join(FILE_NAME).display()
    );
    text
}

/// `summary.json`: the same rows, for tools.
pub fn json(rows: &[Row]) -> String {
    #[derive(Serialize)]
    struct Summary<'a> {
        schema: &'static str,
        files: &'a [Row],
    }
    let summary = Summary {
        schema: SCHEMA,
        files: rows,
    };
    serde_json::to_string_pretty(&summary).expect("rows serialise") + "\n"
}
