//! The three charts: overall score per exchange, filler rate per answer and
//! content coverage per knowledge-base category.

use super::chart::{self, Bar, Chart};
use super::Page;
use crate::labels;
use debrief_core::report::Exchange;
use std::collections::BTreeMap;
use std::fmt::{self, Write};

const FILLER_RULE: &str = "delivery.filler";

pub fn write(out: &mut impl Write, page: &Page) -> fmt::Result {
    writeln!(out, r#"<section id="charts">"#)?;
    writeln!(out, "<h2>Charts</h2>")?;
    let none = "No questions were found.";
    chart::write(
        out,
        &Chart {
            id: "chart-overall",
            title: "Overall score per question",
            x_label: "Overall score (0–100)",
            y_label: "Question",
            max: 100.0,
            empty: none,
            bars: per_exchange(page, |exchange| Some(exchange.scores.overall)),
        },
    )?;
    let fillers = per_exchange(page, filler_rate);
    let highest = fillers
        .iter()
        .filter_map(|bar| bar.value)
        .fold(0.0, f64::max);
    chart::write(
        out,
        &Chart {
            id: "chart-fillers",
            title: "Filler words per 100 words of each answer",
            x_label: "Fillers per 100 words",
            y_label: "Question",
            max: chart::round_up(highest),
            empty: none,
            bars: fillers,
        },
    )?;
    chart::write(
        out,
        &Chart {
            id: "chart-categories",
            title: "Content covered by topic category",
            x_label: "Mean content score (0–100)",
            y_label: "Category",
            max: 100.0,
            empty: "No question was matched to a topic.",
            bars: categories(page),
        },
    )?;
    writeln!(out, "</section>")
}

/// One bar per exchange, `Q1`…, linking to its section and coloured by its
/// status.
fn per_exchange(page: &Page, value: impl Fn(&Exchange) -> Option<f64>) -> Vec<Bar> {
    crate::numbered(page.report)
        .map(|(number, _, exchange)| {
            let (question, _) = labels::shorten(&exchange.question.text, labels::SHORT_QUESTION);
            Bar {
                label: format!("Q{number}"),
                value: value(exchange),
                detail: format!("Q{number}: {question}"),
                href: Some(format!("#{}", exchange.id)),
                class: labels::status(exchange.status),
            }
        })
        .collect()
}

/// Filler findings per 100 words of the candidate's answers to the exchange
/// (follow-up answers included); `None` when there are no words to divide by.
fn filler_rate(exchange: &Exchange) -> Option<f64> {
    let words: usize = std::iter::once(&exchange.answer)
        .chain(
            exchange
                .follow_ups
                .iter()
                .map(|follow_up| &follow_up.answer),
        )
        .map(|answer| answer.text.split_whitespace().count())
        .sum();
    if words == 0 {
        return None;
    }
    let fillers = exchange
        .findings
        .iter()
        .filter(|finding| finding.rule == FILLER_RULE)
        .count();
    Some(fillers as f64 * 100.0 / words as f64)
}

/// The mean content score of the exchanges with a topic, by the topic id's
/// category (`python` of `python.list-vs-tuple`), in name order. Exchanges
/// whose content could not be judged have no score to average.
fn categories(page: &Page) -> Vec<Bar> {
    let mut groups: BTreeMap<&str, Vec<f64>> = BTreeMap::new();
    for (_, _, exchange) in crate::numbered(page.report) {
        let Some(topic) = &exchange.topic else {
            continue;
        };
        let category = topic.id.split('.').next().unwrap_or_default();
        let scores = groups.entry(category).or_default();
        scores.extend(exchange.scores.content.filter(|c| c.is_finite()));
    }
    groups
        .into_iter()
        .map(|(category, scores)| {
            let mean =
                (!scores.is_empty()).then(|| scores.iter().sum::<f64>() / scores.len() as f64);
            Bar {
                label: category.to_owned(),
                value: mean,
                detail: format!(
                    "{category}: {} with a content score",
                    super::page::plural(scores.len(), "question", "questions")
                ),
                href: None,
                class: "",
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::html::fixture;
    use debrief_core::report::{Answer, FollowUp, Question, Topic};
    use debrief_core::Span;

    const SOURCE: &str = "What is a list? Um it is, um, like an array. And a tuple? Uh fixed.";

    fn exchange_with_fillers() -> Exchange {
        let mut exchange = fixture::exchange("i1-q1", SOURCE, (0, 15), (16, 44));
        exchange.follow_ups.push(FollowUp {
            question: Question {
                text: "And a tuple?".to_owned(),
                span: Span::new(45, 57),
                inferred: false,
            },
            answer: Answer {
                text: "Uh fixed.".to_owned(),
                span: Span::new(58, 67),
            },
        });
        for span in [(16, 18), (26, 28), (58, 60)] {
            exchange
                .findings
                .push(fixture::finding(FILLER_RULE, "warning", span, "Filler"));
        }
        exchange.findings.push(fixture::finding(
            "delivery.hedge",
            "warning",
            (31, 35),
            "Hedge",
        ));
        exchange
    }

    #[test]
    fn filler_rate_counts_filler_findings_over_all_answer_words() {
        // "Um it is, um, like an array." is 7 words, "Uh fixed." 2.
        let rate = filler_rate(&exchange_with_fillers()).unwrap();
        assert!((rate - 300.0 / 9.0).abs() < 1e-9, "{rate}");
    }

    #[test]
    fn filler_rate_of_no_words_is_none() {
        let mut exchange = fixture::exchange("i1-q1", SOURCE, (0, 15), (15, 15));
        exchange
            .findings
            .push(fixture::finding(FILLER_RULE, "warning", (0, 2), "Filler"));
        assert_eq!(filler_rate(&exchange), None);
    }

    #[test]
    fn categories_average_content_by_topic_prefix() {
        let with = |id: &str, topic: Option<&str>, content: Option<f64>| {
            let mut exchange = fixture::exchange(id, SOURCE, (0, 15), (16, 44));
            exchange.topic = topic.map(|topic| Topic {
                id: topic.to_owned(),
                title: topic.to_owned(),
                confidence: 1.0,
            });
            exchange.scores.content = content;
            exchange
        };
        let report = fixture::report(vec![
            with("i1-q1", Some("python.list-vs-tuple"), Some(80.0)),
            with("i1-q2", Some("python.lambda"), Some(40.0)),
            with("i1-q3", Some("linux.grep"), None),
            with("i1-q4", Some("sql"), Some(f64::NAN)),
            with("i1-q5", None, Some(100.0)),
        ]);
        let page = Page::new(&report, SOURCE);
        let bars = categories(&page);
        let got: Vec<(&str, Option<f64>)> = bars
            .iter()
            .map(|bar| (bar.label.as_str(), bar.value))
            .collect();
        assert_eq!(
            got,
            [("linux", None), ("python", Some(60.0)), ("sql", None)]
        );
    }

    #[test]
    fn charts_of_a_report_without_questions_have_no_nan() {
        let report = fixture::report(Vec::new());
        let page = Page::new(&report, "");
        let mut out = String::new();
        write(&mut out, &page).unwrap();
        assert_eq!(out.matches("<svg").count(), 3);
        assert_eq!(out.matches("<title").count(), 3);
        assert!(!out.contains("NaN") && !out.contains("inf"), "{out}");
        assert!(out.contains("No question was matched to a topic."));
    }

    #[test]
    fn exchange_bars_are_numbered_and_link_to_their_section() {
        let report = fixture::report(vec![exchange_with_fillers()]);
        let page = Page::new(&report, SOURCE);
        let mut out = String::new();
        write(&mut out, &page).unwrap();
        assert_eq!(out.matches(r##"<a href="#i1-q1">"##).count(), 2, "{out}");
        assert!(out.contains(">Q1</text>"), "{out}");
        // The filler axis ends on 50, the round number above 33.3.
        assert!(out.contains(">37.5</text>"), "{out}");
    }
}
