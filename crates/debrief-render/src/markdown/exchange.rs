//! One exchange: the question, the verbatim answer, its follow-ups, the
//! status and scores, then the coaching: strengths, areas for improvement
//! and a revised answer.

use super::labels;
use crate::escape;
use debrief_core::report::{Answer, Exchange, Note, Question};
use std::fmt::{self, Write};

/// `candidate_asked`: the question is the candidate's own, so the answer is
/// the interviewer's.
pub fn write(
    out: &mut impl Write,
    number: usize,
    exchange: &Exchange,
    candidate_asked: bool,
) -> fmt::Result {
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
        let label = if candidate_asked {
            "Your question"
        } else {
            "Question"
        };
        write_question(out, label, question)?;
    }
    write!(out, "**Kind:** {}", labels::kind(exchange.kind))?;
    if let Some(topic) = &exchange.topic {
        write!(out, " · **Topic:** {}", escape::one_line(&topic.title))?;
    }
    writeln!(out)?;
    writeln!(out)?;
    let answered_by = if candidate_asked {
        "The interviewer's answer"
    } else {
        "Your answer"
    };
    writeln!(out, "#### {answered_by}")?;
    writeln!(out)?;
    write_answer(out, &exchange.answer)?;

    for (i, follow_up) in exchange.follow_ups.iter().enumerate() {
        write_question(out, &format!("Follow-up {}", i + 1), &follow_up.question)?;
        write_answer(out, &follow_up.answer)?;
    }

    write_scores(out, exchange)?;
    write_list(out, "Strengths", &exchange.strengths)?;
    write_list(out, "Areas for improvement", &exchange.improvements)?;
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
    if let Some(structure) = scores.structure {
        write!(out, " · structure {structure:.0}")?;
    }
    writeln!(
        out,
        " · delivery {:.0} · overall {:.0}",
        scores.delivery, scores.overall
    )?;
    writeln!(out)
}

fn write_list(out: &mut impl Write, title: &str, items: &[Note]) -> fmt::Result {
    if items.is_empty() {
        return Ok(());
    }
    writeln!(out, "#### {title}")?;
    writeln!(out)?;
    for item in items {
        writeln!(out, "- {}", escape::one_line(&item.text))?;
    }
    writeln!(out)
}
