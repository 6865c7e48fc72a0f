//! The Markdown coaching report: a header that says how the transcript was
//! read, a table of every exchange found, then one section per interview
//! with one subsection per exchange, and the practice plan.

mod closing;
mod exchange;
mod header;

use crate::{labels, numbered};
use debrief_core::report::{Interview, Kind, Role};
use debrief_core::Report;
use std::fmt::{self, Write};

pub fn render(report: &Report) -> String {
    let mut out = String::new();
    write_report(&mut out, report).expect("writing to a String cannot fail");
    // Every section ends with a blank line; the file ends with just one newline.
    out.truncate(out.trim_end().len());
    out.push('\n');
    out
}

fn write_report(out: &mut impl Write, report: &Report) -> fmt::Result {
    header::write(out, report)?;
    // Numbers run through the whole report so the table's `#` and the `Qn`
    // headings agree across interviews.
    let mut before = 0;
    for interview in &report.interviews {
        write_interview(out, report, interview, before)?;
        before += interview.exchanges.len();
    }
    closing::write(out, report)
}

fn write_interview(
    out: &mut impl Write,
    report: &Report,
    interview: &Interview,
    before: usize,
) -> fmt::Result {
    writeln!(out, "## Interview {}", interview.index)?;
    writeln!(out)?;
    if interview.exchanges.is_empty() {
        writeln!(out, "*No questions found in this interview.*")?;
        writeln!(out)?;
    }
    for (i, exchange) in interview.exchanges.iter().enumerate() {
        // Among the candidate's questions is the interviewer's invitation
        // to ask them ("Do you have any questions for me?"), which the
        // candidate answers.
        let candidate_asked = exchange.kind == Kind::CandidateQuestion
            && report.role_at(exchange.question.span.start()) != Some(Role::Interviewer);
        exchange::write(out, before + i + 1, exchange, candidate_asked)?;
    }
    Ok(())
}
