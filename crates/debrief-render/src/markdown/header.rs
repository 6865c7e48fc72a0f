//! The top of the report: what was read, how, and the table of every
//! exchange found, so a skipped question is visible at a glance.

use super::labels;
use crate::escape;
use debrief_core::Report;
use std::fmt::{self, Write};

pub fn write(out: &mut impl Write, report: &Report) -> fmt::Result {
    let name = match report.source.name.as_str() {
        "-" | "" => "standard input",
        name => name,
    };
    writeln!(
        out,
        "# Interview debrief: {} ({})",
        escape::heading(name),
        report.source.format
    )?;
    writeln!(out)?;
    write_how_read(out, report)?;
    write_table(out, report)
}

fn write_how_read(out: &mut impl Write, report: &Report) -> fmt::Result {
    let m = &report.metrics;
    let interviews = report.interviews.len();
    write!(
        out,
        "**How this was read:** {}, confidence {}. {} bytes, {} {}, {} {} ({} inferred), {} {}",
        labels::attribution(&m.attribution),
        labels::percent(m.attribution_confidence),
        labels::thousands(report.source.bytes),
        interviews,
        plural(interviews, "interview", "interviews"),
        m.questions,
        plural(m.questions, "question", "questions"),
        m.inferred_questions,
        m.follow_ups,
        plural(m.follow_ups, "follow-up", "follow-ups"),
    )?;
    if m.candidate_questions > 0 {
        write!(
            out,
            ", {} {} of your own",
            m.candidate_questions,
            plural(m.candidate_questions, "question", "questions")
        )?;
    }
    writeln!(out, ".")?;
    writeln!(out)?;
    if !report.warnings.is_empty() {
        writeln!(out, "**Warnings:**")?;
        writeln!(out)?;
        for warning in &report.warnings {
            writeln!(out, "- {}", escape::one_line(warning))?;
        }
        writeln!(out)?;
    }
    Ok(())
}

fn write_table(out: &mut impl Write, report: &Report) -> fmt::Result {
    let mut rows = super::numbered(report).peekable();
    if rows.peek().is_none() {
        writeln!(out, "*No questions were found.*")?;
        return writeln!(out);
    }
    writeln!(out, "| # | Interview | Question | Kind | Follow-ups |")?;
    writeln!(out, "|--:|--:|---|---|--:|")?;
    for (number, interview, exchange) in rows {
        let question = &exchange.question;
        let mut text = escape::cell(&labels::shorten(&question.text, labels::SHORT_QUESTION).0);
        if question.inferred {
            text.push_str(" *(inferred)*");
        }
        writeln!(
            out,
            "| {number} | {} | {text} | {} | {} |",
            interview.index,
            labels::kind(exchange.kind),
            exchange.follow_ups.len()
        )?;
    }
    writeln!(out)
}

fn plural<'a>(n: usize, one: &'a str, many: &'a str) -> &'a str {
    if n == 1 {
        one
    } else {
        many
    }
}
