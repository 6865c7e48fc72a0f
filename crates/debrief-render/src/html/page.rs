//! The page around the report: the document head with its inline style and
//! locked-down security policy, the navigation, and the header with the
//! report's figures.

use super::escape::esc;
use super::figures;
use super::Page;
use crate::labels;
use debrief_core::report::Habits;
use std::fmt::{self, Write};

/// Shared with the progress page, so both look alike.
const STYLE: &str = include_str!("style.css");

/// Nothing may be fetched or run; only the inline style applies. Browsers
/// report (and block) anything else, which the browser test relies on.
pub(crate) const POLICY: &str =
    "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

/// Every page's head, up to and including `<body>`: phone-sized viewport,
/// the policy, the style (plus `extra_style`) and the title, escaped.
pub(crate) fn head(out: &mut impl Write, title: &str, extra_style: &str) -> fmt::Result {
    writeln!(out, "<!DOCTYPE html>")?;
    writeln!(out, r#"<html lang="en">"#)?;
    writeln!(out, "<head>")?;
    writeln!(out, r#"<meta charset="utf-8">"#)?;
    writeln!(
        out,
        r#"<meta name="viewport" content="width=device-width, initial-scale=1">"#
    )?;
    writeln!(
        out,
        r#"<meta http-equiv="Content-Security-Policy" content="{POLICY}">"#
    )?;
    writeln!(out, r#"<meta name="generator" content="debrief">"#)?;
    writeln!(out, "<title>{}</title>", esc(title))?;
    writeln!(out, "<style>\n{STYLE}{extra_style}</style>")?;
    writeln!(out, "</head>")?;
    writeln!(out, "<body>")
}

pub fn open(out: &mut impl Write, page: &Page) -> fmt::Result {
    let name = source_name(&page.report.source.name);
    head(out, &format!("Interview debrief: {name}"), "")?;
    write_nav(out, page)?;
    writeln!(out, "<main>")?;
    write_header(out, page, name)
}

pub fn close(out: &mut impl Write) -> fmt::Result {
    writeln!(out, "</main>")?;
    writeln!(out, "</body>")?;
    writeln!(out, "</html>")
}

fn source_name(name: &str) -> &str {
    match name {
        "-" | "" => "standard input",
        name => name,
    }
}

fn write_nav(out: &mut impl Write, page: &Page) -> fmt::Result {
    writeln!(out, r#"<nav aria-label="Sections"><ul>"#)?;
    let link = |out: &mut dyn Write, id: &str, text: &str| {
        writeln!(out, r##"<li><a href="#{id}">{text}</a></li>"##)
    };
    link(out, "coverage", "Questions")?;
    link(out, "charts", "Charts")?;
    for interview in &page.report.interviews {
        let index = interview.index;
        link(
            out,
            &format!("interview-{index}"),
            &format!("Interview {index}"),
        )?;
    }
    link(out, "feedback", "Feedback")?;
    link(out, "plan", "Practice plan")?;
    link(out, "terms", "Terms")?;
    link(out, "warnings", "Warnings")?;
    link(out, "transcript", "Transcript")?;
    writeln!(out, "</ul></nav>")
}

fn write_header(out: &mut impl Write, page: &Page, name: &str) -> fmt::Result {
    let report = page.report;
    let m = &report.metrics;
    writeln!(out, "<header>")?;
    writeln!(out, "<h1>Interview debrief: {}</h1>", esc(name))?;
    writeln!(
        out,
        r#"<p class="muted">Format <code>{}</code> · {} bytes · {}, confidence {}.</p>"#,
        esc(report.source.format.name()),
        labels::thousands(report.source.bytes),
        esc(&labels::attribution(&m.attribution)),
        labels::percent(m.attribution_confidence),
    )?;

    writeln!(out, r#"<dl class="figures">"#)?;
    figures::figure(out, "Interviews", &report.interviews.len().to_string())?;
    let questions = format!("{} ({} inferred)", m.questions, m.inferred_questions);
    figures::figure(out, "Questions", &questions)?;
    figures::figure(out, "Follow-ups", &m.follow_ups.to_string())?;
    figures::figure(out, "Your questions", &m.candidate_questions.to_string())?;
    writeln!(out, "</dl>")?;

    writeln!(out, "<h2 id=\"scores\">Scores</h2>")?;
    figures::write_scores(out, &report.scores)?;
    figures::write_habits(
        out,
        &Habits {
            candidate_talk_ratio: m.candidate_talk_ratio,
            filler_rate: m.filler_rate,
            average_answer_words: m.average_answer_words,
            words_per_minute: m.words_per_minute,
        },
    )?;
    if !report.warnings.is_empty() {
        writeln!(
            out,
            r##"<p class="callout">{} about how the input was read: see <a href="#warnings">Warnings</a>.</p>"##,
            plural(report.warnings.len(), "warning", "warnings"),
        )?;
    }
    writeln!(out, "</header>")
}

/// `1 warning`, `2 warnings`.
pub fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}
