//! The end of the report: overall feedback, the practice plan, the terms
//! speech recognition probably misheard, and warnings about the input. Each
//! section is always there (the navigation links to it) and says so when it
//! has nothing to show.

use super::escape::esc;
use super::notes;
use super::Page;
use debrief_core::report::{Exchange, Recommendation};
use std::fmt::{self, Write};

pub fn write(out: &mut impl Write, page: &Page) -> fmt::Result {
    write_feedback(out, page)?;
    write_plan(out, page)?;
    write_terms(out, page)?;
    write_warnings(out, page)
}

fn write_feedback(out: &mut impl Write, page: &Page) -> fmt::Result {
    let feedback = &page.report.feedback;
    writeln!(out, r#"<section id="feedback">"#)?;
    writeln!(out, "<h2>Overall feedback</h2>")?;
    if feedback.strengths.is_empty() && feedback.improvements.is_empty() {
        writeln!(out, r#"<p class="muted">No overall feedback.</p>"#)?;
    }
    notes::write_list(out, "What went well", &feedback.strengths, page.source)?;
    notes::write_list(out, "What to change", &feedback.improvements, page.source)?;
    writeln!(out, "</section>")
}

fn write_plan(out: &mut impl Write, page: &Page) -> fmt::Result {
    writeln!(out, r#"<section id="plan">"#)?;
    writeln!(out, "<h2>Practice plan</h2>")?;
    if page.report.recommendations.is_empty() {
        writeln!(
            out,
            r#"<p class="muted">Nothing stood out to practise.</p>"#
        )?;
        return writeln!(out, "</section>");
    }
    writeln!(out, "<ol>")?;
    for recommendation in &page.report.recommendations {
        write_recommendation(out, page, recommendation)?;
    }
    writeln!(out, "</ol>")?;
    writeln!(out, "</section>")
}

fn write_recommendation(out: &mut impl Write, page: &Page, item: &Recommendation) -> fmt::Result {
    write!(
        out,
        "<li><strong>{}</strong>: {}",
        esc(&item.focus),
        esc(&item.reason)
    )?;
    if let Some(code) = item.topic.as_ref().or(item.rule.as_ref()) {
        write!(out, r#" <code class="muted">{}</code>"#, esc(code))?;
    }
    if !item.exchanges.is_empty() {
        write!(out, "<br>From ")?;
        for (i, id) in item.exchanges.iter().enumerate() {
            if i > 0 {
                write!(out, ", ")?;
            }
            // An id the report does not have would be a dead link.
            match page.number(id) {
                Some(number) => write!(out, r##"<a href="#{}">Q{number}</a>"##, esc(id))?,
                None => write!(out, "{}", esc(id))?,
            }
        }
        write!(out, ".")?;
    }
    if !item.drills.is_empty() {
        write!(out, "<br>Practise with:<ul>")?;
        for drill in &item.drills {
            write!(out, "<li>{}</li>", esc(drill))?;
        }
        write!(out, "</ul>")?;
    }
    writeln!(out, "</li>")
}

fn write_terms(out: &mut impl Write, page: &Page) -> fmt::Result {
    writeln!(out, r#"<section id="terms">"#)?;
    writeln!(out, "<h2>Terms the transcript probably misheard</h2>")?;
    if page.report.terms.is_empty() {
        writeln!(out, r#"<p class="muted">None found.</p>"#)?;
        return writeln!(out, "</section>");
    }
    writeln!(out, r#"<div class="table-wrap"><table>"#)?;
    writeln!(
        out,
        "<thead><tr><th>Heard</th><th>Likely</th><th>Question</th></tr></thead>"
    )?;
    writeln!(out, "<tbody>")?;
    for term in &page.report.terms {
        write!(
            out,
            "<tr><td>{}</td><td>{}</td><td>",
            esc(&term.heard),
            esc(&term.likely)
        )?;
        if let Some((number, exchange)) = exchange_at(page, term.span.start()) {
            write!(out, r##"<a href="#{}">Q{number}</a>"##, esc(&exchange.id))?;
        }
        writeln!(out, "</td></tr>")?;
    }
    writeln!(out, "</tbody></table></div>")?;
    writeln!(out, "</section>")
}

/// The exchange whose words (question, answer, follow-ups) include `at`.
fn exchange_at<'a>(page: &Page<'a>, at: usize) -> Option<(usize, &'a Exchange)> {
    crate::numbered(page.report)
        .find(|(_, _, exchange)| {
            let end = exchange
                .follow_ups
                .iter()
                .map(|follow_up| follow_up.answer.span.end())
                .chain([exchange.answer.span.end()])
                .max()
                .unwrap_or_default();
            (exchange.question.span.start()..end).contains(&at)
        })
        .map(|(number, _, exchange)| (number, exchange))
}

fn write_warnings(out: &mut impl Write, page: &Page) -> fmt::Result {
    writeln!(out, r#"<section id="warnings">"#)?;
    writeln!(out, "<h2>Warnings</h2>")?;
    if page.report.warnings.is_empty() {
        writeln!(
            out,
            r#"<p class="muted">None: the input was read without problems.</p>"#
        )?;
    } else {
        writeln!(out, "<ul>")?;
        for warning in &page.report.warnings {
            writeln!(out, "<li>{}</li>", esc(warning))?;
        }
        writeln!(out, "</ul>")?;
    }
    writeln!(out, "</section>")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::html::fixture;
    use debrief_core::report::Term;
    use debrief_core::Span;

    const SOURCE: &str = "What is scp? The SIP command copies files.";

    fn page_html(recommendations: Vec<Recommendation>, terms: Vec<Term>) -> String {
        let mut report =
            fixture::report(vec![fixture::exchange("i1-q1", SOURCE, (0, 12), (13, 42))]);
        report.recommendations = recommendations;
        report.terms = terms;
        let mut out = String::new();
        write(&mut out, &Page::new(&report, SOURCE)).unwrap();
        out
    }

    #[test]
    fn the_plan_links_known_exchanges_and_lists_drills() {
        let out = page_html(
            vec![Recommendation {
                focus: "Linux file copy".to_owned(),
                reason: "Missed <2> key points".to_owned(),
                topic: Some("linux.scp".to_owned()),
                rule: None,
                exchanges: vec!["i1-q1".to_owned(), "i9-q9".to_owned()],
                drills: vec!["How do you copy a directory with scp?".to_owned()],
            }],
            Vec::new(),
        );
        assert!(
            out.contains("<strong>Linux file copy</strong>: Missed &lt;2&gt; key points"),
            "{out}"
        );
        assert!(
            out.contains(r##"From <a href="#i1-q1">Q1</a>, i9-q9."##),
            "{out}"
        );
        assert!(!out.contains("#i9-q9"), "{out}");
        assert!(
            out.contains("<li>How do you copy a directory with scp?</li>"),
            "{out}"
        );
        assert!(
            out.contains("<code class=\"muted\">linux.scp</code>"),
            "{out}"
        );
    }

    #[test]
    fn terms_link_to_the_exchange_they_were_heard_in() {
        let term = |start: usize| Term {
            heard: "SIP command".to_owned(),
            span: Span::new(start, start + 11),
            likely: "scp".to_owned(),
        };
        let out = page_html(Vec::new(), vec![term(17), term(400)]);
        assert!(
            out.contains(
                r##"<tr><td>SIP command</td><td>scp</td><td><a href="#i1-q1">Q1</a></td></tr>"##
            ),
            "{out}"
        );
        assert!(
            out.contains("<tr><td>SIP command</td><td>scp</td><td></td></tr>"),
            "{out}"
        );
    }

    #[test]
    fn empty_sections_say_so() {
        let out = page_html(Vec::new(), Vec::new());
        for id in ["feedback", "plan", "terms", "warnings"] {
            assert!(out.contains(&format!(r#"<section id="{id}">"#)), "{id}");
        }
        assert!(out.contains("Nothing stood out to practise."));
        assert!(out.contains("No overall feedback."));
    }
}
