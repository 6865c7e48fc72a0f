//! One exchange: the question, the verbatim answer, its follow-ups, then the
//! coaching (strengths, improvements, a revised answer) where there is any.

use super::labels;
use crate::escape;
use debrief_core::report::{Answer, Exchange, Kind, Question};
use std::fmt::{self, Write};

pub fn write(out: &mut impl Write, number: usize, exchange: &Exchange) -> fmt::Result {
    let question = &exchange.question;
    let (short, cut) = labels::shorten(&question.text, labels::SHORT_QUESTION);
    write!(out, "### Q{number}. {}", escape::heading(&short))?;
    if question.inferred {
        write!(out, " *(inferred)*")?;
    }
    writeln!(out)?;
    writeln!(out)?;
    // The heading already is the whole question unless it had to be cut.
    if cut {
        let label = match exchange.kind {
            Kind::CandidateQuestion => "Your question",
            _ => "Question",
        };
        write_question(out, label, question)?;
    }
    write!(out, "**Kind:** {}", labels::kind(exchange.kind))?;
    if let Some(topic) = &exchange.topic {
        write!(out, " · **Topic:** {}", escape::one_line(&topic.title))?;
    }
    writeln!(out)?;
    writeln!(out)?;
    write_answer(out, &exchange.answer)?;

    for (i, follow_up) in exchange.follow_ups.iter().enumerate() {
        write_question(out, &format!("Follow-up {}", i + 1), &follow_up.question)?;
        write_answer(out, &follow_up.answer)?;
    }

    write_scores(out, exchange)?;
    write_findings(out, exchange)?;
    write_list(out, "Strengths", &exchange.strengths)?;
    write_list(out, "Improvements", &exchange.improvements)?;
    if let Some(revised) = &exchange.revised_answer {
        writeln!(out, "#### Revised answer")?;
        writeln!(out)?;
        writeln!(out, "{}", escape::paragraphs(&revised.text))?;
        writeln!(out, "*Source: {}.*", labels::revised_source(revised.source))?;
        writeln!(out)?;
    }
    Ok(())
}

fn write_question(out: &mut impl Write, label: &str, question: &Question) -> fmt::Result {
    if question.inferred {
        // Not the interviewer's words: say so, so nobody quotes it as asked.
        writeln!(
            out,
            "**{label}** *(inferred from the answer)*: {}",
            escape::one_line(&question.text)
        )?;
    } else {
        writeln!(out, "**{label}:** {}", escape::one_line(&question.text))?;
    }
    writeln!(out)
}

fn write_answer(out: &mut impl Write, answer: &Answer) -> fmt::Result {
    if answer.text.trim().is_empty() {
        writeln!(out, "*No answer in the transcript.*")?;
    } else {
        write!(out, "{}", escape::blockquote(&answer.text))?;
    }
    writeln!(out)
}

fn write_scores(out: &mut impl Write, exchange: &Exchange) -> fmt::Result {
    let scores = &exchange.scores;
    write!(out, "**Status:** {}", labels::status(exchange.status))?;
    if let Some(content) = scores.content {
        write!(out, " · content {content:.0}")?;
    }
    writeln!(
        out,
        " · delivery {:.0} · overall {:.0}",
        scores.delivery, scores.overall
    )?;
    writeln!(out)
}

/// What the answer covered, then what was missing or wrong, each with the
/// words it is about (findings without words of their own have none).
fn write_findings(out: &mut impl Write, exchange: &Exchange) -> fmt::Result {
    let (good, to_work_on): (Vec<_>, Vec<_>) = exchange
        .findings
        .iter()
        .partition(|finding| finding.severity == "info");
    for (title, findings) in [
        ("What you covered", good),
        ("What was missing or wrong", to_work_on),
    ] {
        if findings.is_empty() {
            continue;
        }
        writeln!(out, "#### {title}")?;
        writeln!(out)?;
        for finding in findings {
            write!(out, "- {}", escape::one_line(&finding.message))?;
            if let Some(suggestion) = finding
                .suggestion
                .as_ref()
                .filter(|s| !finding.message.contains(s.as_str()))
            {
                write!(out, " — {}", escape::one_line(suggestion))?;
            }
            writeln!(out)?;
        }
        writeln!(out)?;
    }
    Ok(())
}

fn write_list(out: &mut impl Write, title: &str, items: &[String]) -> fmt::Result {
    if items.is_empty() {
        return Ok(());
    }
    writeln!(out, "#### {title}")?;
    writeln!(out)?;
    for item in items {
        writeln!(out, "- {}", escape::one_line(item))?;
    }
    writeln!(out)
}
