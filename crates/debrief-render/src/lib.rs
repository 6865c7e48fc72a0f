//! Renders a [`Report`] for people (Markdown, HTML) and for tools (JSON).
//!
//! Rendering only reads the report; it never fails and never prints. Text
//! that comes from the transcript is escaped so that whatever the speaker
//! recognition wrote cannot break the document's layout.

mod escape;
mod html;
mod json;
mod labels;
mod markdown;
mod progress;

pub use html::escape::esc;
pub use progress::utc_minute;

use debrief_core::history::Progress;
use debrief_core::report::{Exchange, Interview};
use debrief_core::Report;

/// The report as a Markdown coaching report.
pub fn markdown(report: &Report) -> String {
    markdown::render(report)
}

/// The report as one self-contained HTML page: no network, no scripts, charts
/// as inline SVG, and the transcript with every finding highlighted.
///
/// `source` is the input the report was made from, decoded as the pipeline
/// decoded it (lossily), so the report's byte spans can be sliced from it;
/// spans that do not fit it are clamped, never trusted.
pub fn html(report: &Report, source: &str) -> String {
    html::render(report, source)
}

/// The report as pretty-printed JSON (`debrief.report/1`), ending in a newline.
pub fn json(report: &Report) -> String {
    json::render(report)
}

/// Progress over saved analyses as one self-contained HTML page: a line
/// chart (inline SVG) per metric, the recurring weak topics and a table of
/// the analyses. No scripts, nothing fetched, every name escaped.
pub fn progress_html(progress: &Progress) -> String {
    progress::html(progress)
}

/// Progress over saved analyses as plain text for a terminal: first and
/// last value, change and a sparkline per metric, then the recurring weak
/// topics.
pub fn progress_text(progress: &Progress) -> String {
    progress::text(progress)
}

/// Every exchange with its interview's index and its number in the whole
/// report, counting from 1, so tables and headings of every format agree.
fn numbered(report: &Report) -> impl Iterator<Item = (usize, &Interview, &Exchange)> {
    report
        .interviews
        .iter()
        .flat_map(|interview| interview.exchanges.iter().map(move |ex| (interview, ex)))
        .enumerate()
        .map(|(i, (interview, exchange))| (i + 1, interview, exchange))
}
