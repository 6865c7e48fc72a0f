//! Renders a [`Report`] for people (Markdown) and for tools (JSON).
//!
//! Rendering only reads the report; it never fails and never prints. Text
//! that comes from the transcript is escaped so that whatever the speaker
//! recognition wrote cannot break the document's layout.

mod escape;
mod json;
mod markdown;

use debrief_core::Report;

/// The report as a Markdown coaching report.
pub fn markdown(report: &Report) -> String {
    markdown::render(report)
}

/// The report as pretty-printed JSON (`debrief.report/1`), ending in a newline.
pub fn json(report: &Report) -> String {
    json::render(report)
}
