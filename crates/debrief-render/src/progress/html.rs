//! Progress as one self-contained HTML page: the same look and the same
//! locked-down policy as the report (no scripts, nothing fetched), a line
//! chart per metric, the recurring weak topics and the analyses behind it.

use super::line::{self, LineChart, LinePoint};
use super::{analyses, utc_minute, whose, Metric, METRICS};
use crate::html::chart::{self, number, Bar, Chart};
use crate::html::escape::esc;
use crate::html::page;
use debrief_core::history::{Progress, Summary, RECURRING};
use std::fmt::{self, Write};

const LINE_STYLE: &str = "svg.chart .line { stroke: var(--accent); stroke-width: 2; }
svg.chart .dot { fill: var(--accent); }
";

pub fn render(progress: &Progress) -> String {
    let mut out = String::with_capacity(32 * 1024);
    write_page(&mut out, progress).expect("writing to a String cannot fail");
    out
}

fn write_page(out: &mut impl Write, progress: &Progress) -> fmt::Result {
    let who = whose(progress.who.as_deref());
    page::head(out, &format!("Interview progress: {who}"), LINE_STYLE)?;
    writeln!(out, "<main>")?;
    writeln!(out, "<header><h1>Progress: {}</h1>", esc(&who))?;
    let points = &progress.points;
    match (points.first(), points.last()) {
        (Some(first), Some(last)) => writeln!(
            out,
            r#"<p class="muted">{} saved {}, {} to {} (UTC).</p></header>"#,
            points.len(),
            analyses(points.len()),
            utc_minute(first.created_at),
            utc_minute(last.created_at),
        )?,
        _ => {
            writeln!(
                out,
                "<p>No saved analyses yet: save one with <code>debrief analyze FILE --save</code>.</p></header>"
            )?;
            writeln!(out, "</main>\n</body>\n</html>")?;
            return Ok(());
        }
    }
    write_trends(out, points)?;
    write_weak_topics(out, progress)?;
    write_analyses(out, points)?;
    writeln!(out, "</main>")?;
    writeln!(out, "</body>")?;
    writeln!(out, "</html>")
}

fn write_trends(out: &mut impl Write, points: &[Summary]) -> fmt::Result {
    writeln!(out, r#"<section id="trends">"#)?;
    writeln!(out, "<h2>Trends</h2>")?;
    writeln!(out, "<table>")?;
    writeln!(
        out,
        "<thead><tr><th>Metric</th><th>First</th><th>Last</th><th>Change</th><th></th></tr></thead><tbody>"
    )?;
    for metric in &METRICS {
        match metric.trend(points) {
            Some(trend) => writeln!(
                out,
                "<tr><td>{}</td><td>{:.d$}</td><td>{:.d$}</td><td>{:+.d$}</td><td>{}</td></tr>",
                metric.name,
                trend.first,
                trend.last,
                trend.last - trend.first,
                trend.verdict,
                d = metric.decimals,
            )?,
            None => writeln!(
                out,
                r#"<tr><td>{}</td><td colspan="4" class="muted">not judged yet</td></tr>"#,
                metric.name
            )?,
        }
    }
    writeln!(out, "</tbody></table>")?;
    for metric in &METRICS {
        line::write(out, &line_chart(metric, points))?;
    }
    writeln!(out, "</section>")
}

fn line_chart<'a>(metric: &'a Metric, points: &[Summary]) -> LineChart<'a> {
    let values = metric.values(points);
    let (title, y_label, max) = if metric.higher_is_better {
        (metric.name, "Score (0–100)", 100.0)
    } else {
        let highest = values.iter().flatten().copied().fold(0.0, f64::max);
        (
            metric.name,
            "Fillers per 100 words",
            chart::round_up(highest),
        )
    };
    LineChart {
        id: match metric.name {
            "overall" => "trend-overall",
            "content" => "trend-content",
            "delivery" => "trend-delivery",
            _ => "trend-fillers",
        },
        title,
        y_label,
        max,
        points: points
            .iter()
            .zip(values)
            .map(|(point, value)| LinePoint {
                label: utc_minute(point.created_at)[..10].to_owned(),
                detail: format!(
                    "Analysis {} ({}, {}): {} {}",
                    point.id,
                    point.source_name,
                    utc_minute(point.created_at),
                    metric.name,
                    value.map_or_else(|| "not judged".to_owned(), number),
                ),
                value,
            })
            .collect(),
    }
}

fn write_weak_topics(out: &mut impl Write, progress: &Progress) -> fmt::Result {
    writeln!(out, r#"<section id="weak-topics">"#)?;
    writeln!(out, "<h2>Recurring weak topics</h2>")?;
    writeln!(
        out,
        r#"<p class="muted">Topics answered with content under 60, or with a misconception, in {RECURRING} or more analyses; weakest first.</p>"#
    )?;
    chart::write(
        out,
        &Chart {
            id: "chart-weak-topics",
            title: "Mean content score of each recurring weak topic",
            x_label: "Mean content score (0–100)",
            y_label: "Topic",
            max: 100.0,
            empty: "No topic was weak more than once.",
            bars: progress
                .weak_topics
                .iter()
                .map(|topic| Bar {
                    label: topic.title.clone(),
                    value: Some(topic.mean_content),
                    detail: format!(
                        "{} ({}): weak {} times",
                        topic.title, topic.topic, topic.times
                    ),
                    href: None,
                    class: "weak",
                })
                .collect(),
        },
    )?;
    if !progress.weak_topics.is_empty() {
        writeln!(out, "<table>")?;
        writeln!(
            out,
            "<thead><tr><th>Topic</th><th>Id</th><th>Times weak</th><th>Mean content</th></tr></thead><tbody>"
        )?;
        for topic in &progress.weak_topics {
            writeln!(
                out,
                "<tr><td>{}</td><td><code>{}</code></td><td>{}</td><td>{:.0}</td></tr>",
                esc(&topic.title),
                esc(&topic.topic),
                topic.times,
                topic.mean_content,
            )?;
        }
        writeln!(out, "</tbody></table>")?;
    }
    writeln!(out, "</section>")
}

fn write_analyses(out: &mut impl Write, points: &[Summary]) -> fmt::Result {
    writeln!(out, r#"<section id="analyses">"#)?;
    writeln!(out, "<h2>Analyses</h2>")?;
    writeln!(out, "<table>")?;
    writeln!(
        out,
        "<thead><tr><th>Id</th><th>Date (UTC)</th><th>Who</th><th>Source</th><th>Interviews</th><th>Questions</th><th>Overall</th><th>Content</th><th>Delivery</th><th>Filler rate</th></tr></thead><tbody>"
    )?;
    for point in points {
        writeln!(
            out,
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{:.0}</td><td>{}</td><td>{:.0}</td><td>{:.1}</td></tr>",
            point.id,
            utc_minute(point.created_at),
            esc(point.who.as_deref().unwrap_or("–")),
            esc(&point.source_name),
            point.interviews,
            point.questions,
            point.overall,
            point.content.map_or_else(|| "–".to_owned(), |c| format!("{c:.0}")),
            point.delivery,
            point.filler_rate,
        )?;
    }
    writeln!(out, "</tbody></table>")?;
    writeln!(out, "</section>")
}

#[cfg(test)]
mod tests {
    use super::*;
    use debrief_core::history::WeakTopic;

    fn point(id: i64, who: &str, source: &str) -> Summary {
        Summary {
            id,
            created_at: 1_700_000_000 + id * 3_600,
            who: Some(who.to_owned()),
            source_name: source.to_owned(),
            interviews: 1,
            questions: 8,
            overall: 40.0 + id as f64 * 10.0,
            content: (id != 2).then_some(50.0),
            delivery: 75.0,
            filler_rate: 3.0 / id as f64,
        }
    }

    fn progress() -> Progress {
        let hostile = "<script>alert(1)</script>";
        Progress {
            who: Some(format!("ana {hostile}")),
            points: vec![
                point(1, hostile, hostile),
                point(2, hostile, "b.vtt"),
                point(3, hostile, "c.txt"),
            ],
            weak_topics: vec![WeakTopic {
                topic: format!("x.{hostile}"),
                title: format!("Joins {hostile}"),
                times: 3,
                mean_content: 31.0,
            }],
        }
    }

    #[test]
    fn one_page_with_a_line_chart_per_metric_and_the_weak_topics() {
        let page = render(&progress());
        assert!(page.starts_with("<!DOCTYPE html>"));
        assert!(page.trim_end().ends_with("</html>"));
        for id in [
            "trend-overall",
            "trend-content",
            "trend-delivery",
            "trend-fillers",
            "chart-weak-topics",
        ] {
            assert!(
                page.contains(&format!(r#"<figure class="chart" id="{id}">"#)),
                "{id}"
            );
        }
        assert!(page.contains("<td>overall</td><td>50</td><td>70</td><td>+20</td><td>better</td>"));
        assert!(page
            .contains("<td>filler rate</td><td>3.0</td><td>1.0</td><td>-2.0</td><td>better</td>"));
        assert!(
            page.contains("<td>3</td><td>31</td>"),
            "the weak topic's row"
        );
        // The content chart is broken where analysis 2 has no content score.
        let content = &page[page.find(r#"id="trend-content""#).unwrap()..];
        let content = &content[..content.find("</figure>").unwrap()];
        assert_eq!(content.matches("<polyline").count(), 2);
    }

    #[test]
    fn nothing_from_the_history_is_markup_and_nothing_is_fetched_or_run() {
        let page = render(&progress());
        assert!(!page.contains("<script"), "every name is escaped");
        assert!(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assert!(page.contains(crate::html::page::POLICY));
        assert!(
            !page.contains("https://")
                && page.matches("http://").count()
                    == page.matches("xmlns=\"http://www.w3.org/2000/svg\"").count(),
            "nothing to fetch"
        );
    }

    #[test]
    fn an_empty_history_is_a_page_that_says_so() {
        let page = render(&Progress {
            who: None,
            points: Vec::new(),
            weak_topics: Vec::new(),
        });
        assert!(page.contains("<h1>Progress: everyone</h1>"));
        assert!(page.contains("No saved analyses yet"));
        assert!(page.trim_end().ends_with("</html>"));
    }
}
