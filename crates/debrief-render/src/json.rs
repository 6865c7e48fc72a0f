//! The report contract as JSON.

use debrief_core::Report;

pub fn render(report: &Report) -> String {
    // The report has only string-keyed structs, strings and numbers, so
    // serde_json has nothing it could refuse (non-finite floats become null).
    let mut out = serde_json::to_string_pretty(report).expect("a Report always serialises");
    out.push('\n');
    out
}
