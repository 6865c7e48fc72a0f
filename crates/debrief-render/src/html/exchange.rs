//! One section per interview and, in it, one `<section id="EXCHANGE_ID">`
//! per exchange: the question, the verbatim answer and follow-ups, status
//! and scores, findings linked to their words in the transcript, the
//! coaching notes and the revised answer.

use super::escape::esc;
use super::figures;
use super::notes;
use super::transcript;
use super::Page;
use crate::labels;
use debrief_core::report::{Answer, Exchange, Finding, Question};
use std::fmt::{self, Write};

pub fn write_interviews(out: &mut impl Write, page: &Page) -> fmt::Result {
    let mut before = 0;
    for interview in &page.report.interviews {
        let index = interview.index;
        writeln!(out, r#"<section class="interview" id="interview-{index}">"#)?;
        writeln!(out, "<h2>Interview {index}</h2>")?;
        figures::write_scores(out, &interview.scores)?;
        figures::write_habits(out, &interview.metrics)?;
        if interview.exchanges.is_empty() {
            writeln!(
                out,
                r#"<p class="muted">No questions found in this interview.</p>"#
            )?;
        }
        for (i, exchange) in interview.exchanges.iter().enumerate() {
            write(out, page, before + i + 1, exchange)?;
        }
        before += interview.exchanges.len();
        writeln!(out, "</section>")?;
    }
    Ok(())
}

fn write(out: &mut impl Write, page: &Page, number: usize, exchange: &Exchange) -> fmt::Result {
    let id = esc(&exchange.id);
    let question = &exchange.question;
    writeln!(
        out,
        r#"<section class="exchange" id="{id}" aria-labelledby="{id}-h">"#
    )?;
    let (short, cut) = labels::shorten(&question.text, labels::SHORT_QUESTION);
    write!(out, r#"<h3 id="{id}-h">Q{number}. {}"#, esc(&short))?;
    if question.inferred {
        write!(out, r#" <span class="badge">inferred</span>"#)?;
    }
    writeln!(out, "</h3>")?;

    let status = labels::status(exchange.status);
    write!(
        out,
        r#"<p class="meta"><span class="badge status-{status}">{status}</span> {}"#,
        labels::kind(exchange.kind)
    )?;
    if let Some(topic) = &exchange.topic {
        write!(out, " · topic: {}", esc(&topic.title))?;
    }
    writeln!(
        out,
        r##" · <a href="#{}">where it starts in the transcript</a></p>"##,
        esc(&transcript::question_anchor(&exchange.id))
    )?;
    figures::write_scores(out, &exchange.scores)?;

    // The heading is the whole question unless it had to be cut; an
    // inferred one is repeated to say it is not the interviewer's words.
    if cut || question.inferred {
        write_question(out, "Question", question)?;
    }
    write_answer(out, &exchange.answer)?;
    for (i, follow_up) in exchange.follow_ups.iter().enumerate() {
        writeln!(out, r#"<div class="follow-up">"#)?;
        write_question(out, &format!("Follow-up {}", i + 1), &follow_up.question)?;
        write_answer(out, &follow_up.answer)?;
        writeln!(out, "</div>")?;
    }

    write_findings(out, page, exchange)?;
    notes::write_list(out, "Strengths", &exchange.strengths, page.source)?;
    notes::write_list(
        out,
        "Areas for improvement",
        &exchange.improvements,
        page.source,
    )?;
    if let Some(revised) = &exchange.revised_answer {
        let code = serde_json::to_value(revised.source).unwrap_or_default();
        writeln!(out, "<h4>Revised answer</h4>")?;
        writeln!(
            out,
            r#"<div class="revised">{}</div>"#,
            esc(revised.text.trim())
        )?;
        writeln!(
            out,
            r#"<p class="muted">Source: <code>{}</code>, {}.</p>"#,
            esc(code.as_str().unwrap_or_default()),
            esc(labels::revised_source(revised.source))
        )?;
    }
    writeln!(out, "</section>")
}

fn write_question(out: &mut impl Write, label: &str, question: &Question) -> fmt::Result {
    // Not the interviewer's words: say so, so nobody quotes it as asked.
    let inferred = if question.inferred {
        " (inferred from the answer)"
    } else {
        ""
    };
    writeln!(
        out,
        r#"<p class="label">{}{inferred}</p><blockquote class="question">{}</blockquote>"#,
        esc(label),
        esc(question.text.trim())
    )
}

fn write_answer(out: &mut impl Write, answer: &Answer) -> fmt::Result {
    if answer.text.trim().is_empty() {
        return writeln!(out, r#"<p class="muted">No answer in the transcript.</p>"#);
    }
    writeln!(
        out,
        r#"<p class="label">Answer</p><blockquote class="answer">{}</blockquote>"#,
        esc(answer.text.trim())
    )
}

/// What the answer covered, then what was missing or wrong.
fn write_findings(out: &mut impl Write, page: &Page, exchange: &Exchange) -> fmt::Result {
    let numbered: Vec<(usize, &Finding)> = exchange.findings.iter().enumerate().collect();
    let (good, to_work_on): (Vec<_>, Vec<_>) = numbered
        .into_iter()
        .partition(|(_, finding)| finding.severity == "info");
    for (title, findings) in [
        ("What you covered", good),
        ("What was missing or wrong", to_work_on),
    ] {
        if findings.is_empty() {
            continue;
        }
        writeln!(out, "<h4>{title}</h4>")?;
        writeln!(out, r#"<ul class="findings">"#)?;
        for (index, finding) in findings {
            write_finding(out, page, exchange, index, finding)?;
        }
        writeln!(out, "</ul>")?;
    }
    Ok(())
}

fn write_finding(
    out: &mut impl Write,
    page: &Page,
    exchange: &Exchange,
    index: usize,
    finding: &Finding,
) -> fmt::Result {
    write!(
        out,
        r#"<li><span class="sev {0}">{0}</span>"#,
        esc(&finding.severity)
    )?;
    if transcript::highlighted(finding.span, page.source) {
        let anchor = transcript::finding_anchor(&exchange.id, index);
        write!(
            out,
            r##"<a href="#{}" title="Show in the transcript">{}</a>"##,
            esc(&anchor),
            esc(&finding.message)
        )?;
        notes::write_quote(out, finding.span, page.source)?;
    } else {
        write!(out, "{}", esc(&finding.message))?;
    }
    write!(out, r#" <code class="muted">{}</code>"#, esc(&finding.rule))?;
    if let Some(suggestion) = finding
        .suggestion
        .as_deref()
        .filter(|s| !finding.message.contains(*s))
    {
        write!(
            out,
            r#"<span class="suggestion">{}</span>"#,
            esc(suggestion)
        )?;
    }
    writeln!(out, "</li>")
}
