//! The table of every question found, first on the page, so a skipped
//! question is visible at a glance; each row links to its exchange.

use super::escape::esc;
use super::figures;
use super::Page;
use crate::labels;
use std::fmt::{self, Write};

pub fn write(out: &mut impl Write, page: &Page) -> fmt::Result {
    writeln!(out, r#"<section id="coverage">"#)?;
    writeln!(out, "<h2>Questions</h2>")?;
    let mut rows = crate::numbered(page.report).peekable();
    if rows.peek().is_none() {
        writeln!(out, r#"<p class="muted">No questions were found.</p>"#)?;
        return writeln!(out, "</section>");
    }
    writeln!(out, r#"<div class="table-wrap"><table>"#)?;
    writeln!(
        out,
        r#"<thead><tr><th class="num wide">Interview</th><th class="num">#</th><th>Question</th><th class="wide">Kind</th><th>Topic</th><th>Status</th><th class="num">Overall</th></tr></thead>"#
    )?;
    writeln!(out, "<tbody>")?;
    for (number, interview, exchange) in rows {
        let id = esc(&exchange.id);
        let (question, _) = labels::shorten(&exchange.question.text, labels::SHORT_QUESTION);
        let status = labels::status(exchange.status);
        write!(
            out,
            r##"<tr><td class="num wide">{}</td><td class="num"><a href="#{id}">Q{number}</a></td><td><a href="#{id}">{}</a>"##,
            interview.index,
            esc(&question),
        )?;
        if exchange.question.inferred {
            write!(out, r#" <span class="badge">inferred</span>"#)?;
        }
        let topic = exchange
            .topic
            .as_ref()
            .map_or("", |topic| topic.title.as_str());
        writeln!(
            out,
            r#"</td><td class="wide">{}</td><td>{}</td><td><span class="badge status-{status}">{status}</span></td><td class="num">{}</td></tr>"#,
            labels::kind(exchange.kind),
            esc(topic),
            figures::score(Some(exchange.scores.overall)),
        )?;
    }
    writeln!(out, "</tbody></table></div>")?;
    writeln!(out, "</section>")
}
