//! Progress as plain text for the terminal: no colours or control codes, so
//! it reads the same piped into a file.

use super::{analyses, utc_minute, whose, Metric, METRICS};
use debrief_core::history::{Progress, RECURRING};
use std::fmt::Write;

/// Eight heights, lowest first.
const BLOCKS: [char; 8] = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];

pub fn render(progress: &Progress) -> String {
    let who = whose(progress.who.as_deref());
    let points = &progress.points;
    let (Some(first), Some(last)) = (points.first(), points.last()) else {
        let whose = progress
            .who
            .as_deref()
            .map(|w| format!(" for {w}"))
            .unwrap_or_default();
        return format!(
            "No saved analyses{whose} (save one with `debrief analyze FILE --save`).\n"
        );
    };
    let mut out = String::new();
    let _ = writeln!(
        out,
        "Progress of {who}: {} {}, {} to {} (UTC)\n",
        points.len(),
        analyses(points.len()),
        utc_minute(first.created_at),
        utc_minute(last.created_at),
    );
    let _ = writeln!(
        out,
        "{:<12} {:>6} {:>6} {:>7}  {:<7} trend, oldest to newest",
        "", "first", "last", "change", ""
    );
    for metric in &METRICS {
        let _ = writeln!(out, "{}", row(metric, progress).trim_end());
    }
    out.push('\n');
    if progress.weak_topics.is_empty() {
        let _ = writeln!(out, "No topic was weak in {RECURRING} or more analyses.");
    } else {
        let _ = writeln!(out, "Weak in {RECURRING} or more analyses, weakest first:");
        for topic in &progress.weak_topics {
            let _ = writeln!(
                out,
                "  {} ({}): weak {} times, mean content {:.0}",
                topic.title, topic.topic, topic.times, topic.mean_content
            );
        }
    }
    out
}

fn row(metric: &Metric, progress: &Progress) -> String {
    let Some(trend) = metric.trend(&progress.points) else {
        return format!("{:<12} {:>6} {:>6} {:>7}", metric.name, "-", "-", "-");
    };
    let d = metric.decimals;
    format!(
        "{:<12} {:>6.d$} {:>6.d$} {:>+7.d$}  {:<7} {}",
        metric.name,
        trend.first,
        trend.last,
        trend.last - trend.first,
        trend.verdict,
        sparkline(&metric.values(&progress.points)),
    )
}

/// One character per analysis, its height the value within the series' own
/// range (a flat series sits in the middle); a space where there is none.
fn sparkline(values: &[Option<f64>]) -> String {
    let present = values.iter().flatten();
    let low = present.clone().copied().fold(f64::INFINITY, f64::min);
    let high = present.copied().fold(f64::NEG_INFINITY, f64::max);
    values
        .iter()
        .map(|value| match value {
            None => ' ',
            Some(_) if high <= low => BLOCKS[3],
            Some(v) => {
                let step = ((v - low) / (high - low) * 7.0).round() as usize;
                BLOCKS[step.min(7)]
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use debrief_core::history::{Summary, WeakTopic};

    fn point(id: i64, overall: f64, content: Option<f64>, filler_rate: f64) -> Summary {
        Summary {
            id,
            created_at: 1_700_000_000 + id * 86_400,
            who: Some("ana".to_owned()),
            source_name: "mock.txt".to_owned(),
            interviews: 1,
            questions: 10,
            overall,
            content,
            delivery: 80.0,
            filler_rate,
        }
    }

    #[test]
    fn each_metric_shows_first_last_change_verdict_and_a_sparkline() {
        let progress = Progress {
            who: Some("ana".to_owned()),
            points: vec![
                point(1, 50.0, Some(40.0), 4.0),
                point(2, 60.0, None, 3.0),
                point(3, 70.0, Some(30.0), 1.0),
            ],
            weak_topics: vec![WeakTopic {
                topic: "sql.joins".to_owned(),
                title: "SQL joins".to_owned(),
                times: 2,
                mean_content: 35.0,
            }],
        };
        let text = render(&progress);
        assert!(
            text.starts_with(
                "Progress of ana: 3 analyses, 2023-11-15 22:13 to 2023-11-17 22:13 (UTC)"
            ),
            "{text}"
        );
        assert!(
            text.contains("overall          50     70     +20  better  ▁▅█"),
            "{text}"
        );
        assert!(
            text.contains("content          40     30     -10  worse   █ ▁"),
            "{text}"
        );
        assert!(
            text.contains("delivery         80     80      +0  steady  ▄▄▄"),
            "{text}"
        );
        // A falling filler rate is an improvement.
        assert!(
            text.contains("filler rate     4.0    1.0    -3.0  better  █▆▁"),
            "{text}"
        );
        assert!(
            text.contains("  SQL joins (sql.joins): weak 2 times, mean content 35"),
            "{text}"
        );
    }

    #[test]
    fn no_analyses_says_how_to_save_one() {
        let progress = Progress {
            who: None,
            points: Vec::new(),
            weak_topics: Vec::new(),
        };
        assert_eq!(
            render(&progress),
            "No saved analyses (save one with `debrief analyze FILE --save`).\n"
        );
    }
}
