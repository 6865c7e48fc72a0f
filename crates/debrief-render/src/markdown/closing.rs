//! The end of the report: overall feedback, the practice plan, the coverage
//! table of every question found (so the reader can check nothing was
//! skipped) and the technical terms speech recognition probably garbled.

use super::labels;
use crate::{escape, numbered};
use debrief_core::report::Note;
use debrief_core::Report;
use std::fmt::{self, Write};

pub fn write(out: &mut impl Write, report: &Report) -> fmt::Result {
    write_feedback(out, report)?;
    write_plan(out, report)?;
    write_coverage(out, report)?;
    write_terms(out, report)
}

fn write_feedback(out: &mut impl Write, report: &Report) -> fmt::Result {
    let feedback = &report.feedback;
    if feedback.strengths.is_empty() && feedback.improvements.is_empty() {
        return Ok(());
    }
    writeln!(out, "## Overall feedback")?;
    writeln!(out)?;
    let s = &report.scores;
    write!(
        out,
        "**Scores:** overall {:.0} · delivery {:.0}",
        s.overall, s.delivery
    )?;
    if let Some(content) = s.content {
        write!(out, " · content {content:.0}")?;
    }
    if let Some(structure) = s.structure {
        write!(out, " · structure {structure:.0}")?;
    }
    let m = &report.metrics;
    writeln!(
        out,
        ". You spoke {} of the words, {:.1} fillers per 100 words, {:.0} words per answer on average{}.",
        labels::percent(m.candidate_talk_ratio),
        m.filler_rate,
        m.average_answer_words,
        m.words_per_minute
            .map(|wpm| format!(", {wpm:.0} words per minute"))
            .unwrap_or_default()
    )?;
    writeln!(out)?;
    write_notes(out, "What went well", &feedback.strengths)?;
    write_notes(out, "What to change", &feedback.improvements)
}

fn write_notes(out: &mut impl Write, title: &str, notes: &[Note]) -> fmt::Result {
    if notes.is_empty() {
        return Ok(());
    }
    writeln!(out, "**{title}:**")?;
    writeln!(out)?;
    for note in notes {
        writeln!(out, "- {}", escape::one_line(&note.text))?;
    }
    writeln!(out)
}

fn write_plan(out: &mut impl Write, report: &Report) -> fmt::Result {
    if report.recommendations.is_empty() {
        return Ok(());
    }
    writeln!(out, "## Practice plan")?;
    writeln!(out)?;
    for (n, item) in report.recommendations.iter().enumerate() {
        writeln!(
            out,
            "{}. **{}** — {}",
            n + 1,
            escape::one_line(&item.focus),
            escape::one_line(&item.reason)
        )?;
        for drill in &item.drills {
            writeln!(out, "   - Practise: {}", escape::one_line(drill))?;
        }
    }
    writeln!(out)
}

fn write_coverage(out: &mut impl Write, report: &Report) -> fmt::Result {
    let mut rows = numbered(report).peekable();
    if rows.peek().is_none() {
        return Ok(());
    }
    writeln!(out, "## Coverage: every question found")?;
    writeln!(out)?;
    writeln!(out, "| # | Id | Question | Topic | Status | Overall |")?;
    writeln!(out, "|--:|---|---|---|---|--:|")?;
    for (number, _, exchange) in rows {
        let question =
            escape::cell(&labels::shorten(&exchange.question.text, labels::SHORT_QUESTION).0);
        let topic = exchange
            .topic
            .as_ref()
            .map_or_else(|| "—".to_owned(), |t| escape::cell(&t.title));
        writeln!(
            out,
            "| {number} | {} | {question} | {topic} | {} | {:.0} |",
            exchange.id,
            labels::status(exchange.status),
            exchange.scores.overall
        )?;
    }
    writeln!(out)
}

fn write_terms(out: &mut impl Write, report: &Report) -> fmt::Result {
    if report.terms.is_empty() {
        return Ok(());
    }
    writeln!(out, "## Terms the transcript probably misheard")?;
    writeln!(out)?;
    writeln!(out, "| Heard | Likely |")?;
    writeln!(out, "|---|---|")?;
    for term in &report.terms {
        writeln!(
            out,
            "| {} | {} |",
            escape::cell(&term.heard),
            escape::cell(&term.likely)
        )?;
    }
    writeln!(out)
}
