//! A line chart as inline SVG: one value per saved analysis, oldest on the
//! left, evenly spaced (the order matters more than the gaps between dates,
//! and two analyses of one day would otherwise sit on top of each other).
//!
//! A missing value (no content score) breaks the line rather than drawing it
//! as zero. Every coordinate comes from clamped, finite numbers.

use crate::html::chart::{self, number};
use crate::html::escape::esc;
use std::fmt::{self, Write};

const WIDTH: f64 = 560.0;
const LEFT: f64 = 48.0;
const RIGHT: f64 = 20.0;
const TOP: f64 = 10.0;
const PLOT: f64 = 150.0;
/// Date labels and the axis label.
const BOTTOM: f64 = 44.0;
const TICKS: usize = 4;

pub struct LineChart<'a> {
    /// Unique in the page.
    pub id: &'a str,
    pub title: &'a str,
    /// What the values are (the vertical axis).
    pub y_label: &'a str,
    /// The top of the axis; values above it are drawn at it.
    pub max: f64,
    /// One per analysis, oldest first.
    pub points: Vec<LinePoint>,
}

pub struct LinePoint {
    /// Under the horizontal axis (a short date).
    pub label: String,
    /// The tooltip: which analysis, and its value.
    pub detail: String,
    pub value: Option<f64>,
}

pub fn write(out: &mut impl Write, chart: &LineChart) -> fmt::Result {
    let max = chart::axis_max(chart.max);
    let plot_width = WIDTH - LEFT - RIGHT;
    let height = TOP + PLOT + BOTTOM;
    let bottom = TOP + PLOT;
    let n = chart.points.len();
    let x = |i: usize| match n {
        0 | 1 => LEFT + plot_width / 2.0,
        _ => LEFT + plot_width * i as f64 / (n - 1) as f64,
    };
    let y = |value: f64| bottom - PLOT * value.clamp(0.0, max) / max;

    chart::open(out, chart.id, chart.title, &describe(chart), WIDTH, height)?;
    for tick in 0..=TICKS {
        let value = max * tick as f64 / TICKS as f64;
        let ty = y(value);
        writeln!(
            out,
            r#"<line class="grid" x1="{LEFT}" y1="{ty:.1}" x2="{:.1}" y2="{ty:.1}"/><text class="tick" x="{:.1}" y="{:.1}" text-anchor="end">{}</text>"#,
            LEFT + plot_width,
            LEFT - 6.0,
            ty + 4.0,
            number(value),
        )?;
    }
    writeln!(
        out,
        r#"<line class="axis" x1="{LEFT}" y1="{TOP}" x2="{LEFT}" y2="{bottom}"/><line class="axis" x1="{LEFT}" y1="{bottom}" x2="{:.1}" y2="{bottom}"/>"#,
        LEFT + plot_width,
    )?;
    let middle = TOP + PLOT / 2.0;
    writeln!(
        out,
        r#"<text x="12" y="{middle:.1}" text-anchor="middle" transform="rotate(-90 12 {middle:.1})">{}</text>"#,
        esc(chart.y_label),
    )?;
    writeln!(
        out,
        r#"<text x="{:.1}" y="{:.1}" text-anchor="middle">Saved analyses, oldest to newest</text>"#,
        LEFT + plot_width / 2.0,
        height - 6.0,
    )?;
    // Label the ends and, when there is room, every point in between.
    let every = n.div_ceil(6).max(1);
    for (i, point) in chart.points.iter().enumerate() {
        if i % every == 0 || i + 1 == n {
            writeln!(
                out,
                r#"<text class="tick" x="{:.1}" y="{:.1}" text-anchor="middle">{}</text>"#,
                x(i),
                bottom + 16.0,
                esc(&point.label),
            )?;
        }
    }
    for run in runs(&chart.points) {
        let coordinates: Vec<String> = run
            .iter()
            .map(|&(i, v)| format!("{:.1},{:.1}", x(i), y(v)))
            .collect();
        writeln!(
            out,
            r#"<polyline class="line" fill="none" points="{}"/>"#,
            coordinates.join(" ")
        )?;
    }
    for (i, point) in chart.points.iter().enumerate() {
        if let Some(value) = point.value.filter(|v| v.is_finite()) {
            writeln!(
                out,
                r#"<g><title>{}</title><circle class="dot" cx="{:.1}" cy="{:.1}" r="3.5"/></g>"#,
                esc(&point.detail),
                x(i),
                y(value),
            )?;
        }
    }
    writeln!(out, "</svg>")?;
    writeln!(out, "</figure>")
}

/// The stretches of consecutive points that have a value.
fn runs(points: &[LinePoint]) -> Vec<Vec<(usize, f64)>> {
    let mut runs: Vec<Vec<(usize, f64)>> = vec![Vec::new()];
    for (i, point) in points.iter().enumerate() {
        match point.value.filter(|v| v.is_finite()) {
            Some(value) => runs.last_mut().expect("never empty").push((i, value)),
            None => runs.push(Vec::new()),
        }
    }
    runs.retain(|run| !run.is_empty());
    runs
}

/// A sentence for screen readers: the first and last values.
fn describe(chart: &LineChart) -> String {
    let values: Vec<(&LinePoint, f64)> = chart
        .points
        .iter()
        .filter_map(|p| Some((p, p.value.filter(|v| v.is_finite())?)))
        .collect();
    match (values.first(), values.last()) {
        (Some((first, a)), Some((last, b))) => format!(
            "{} over {} analyses: {} on {}, {} on {}.",
            chart.y_label,
            chart.points.len(),
            number(*a),
            first.label,
            number(*b),
            last.label,
        ),
        _ => format!("{}: no values yet.", chart.title),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn render(values: &[Option<f64>]) -> String {
        let points = values
            .iter()
            .enumerate()
            .map(|(i, &value)| LinePoint {
                label: format!("day {i}"),
                detail: format!("<analysis {i}>"),
                value,
            })
            .collect();
        let mut out = String::new();
        write(
            &mut out,
            &LineChart {
                id: "c",
                title: "Overall <score>",
                y_label: "Score",
                max: 100.0,
                points,
            },
        )
        .unwrap();
        out
    }

    #[test]
    fn points_spread_over_the_width_and_scale_to_the_axis() {
        let out = render(&[Some(0.0), Some(100.0), Some(250.0)]);
        // x from LEFT to WIDTH - RIGHT; y from the bottom (160) to TOP (10).
        assert!(
            out.contains(r#"points="48.0,160.0 294.0,10.0 540.0,10.0""#),
            "{out}"
        );
        assert!(out.contains("Overall &lt;score&gt;"));
        assert!(out.contains("<title>&lt;analysis 1&gt;</title>"));
    }

    #[test]
    fn a_missing_value_breaks_the_line() {
        let out = render(&[Some(10.0), Some(20.0), None, Some(30.0), Some(40.0)]);
        assert_eq!(out.matches("<polyline").count(), 2, "{out}");
        assert_eq!(out.matches("<circle").count(), 4);
    }

    #[test]
    fn nothing_or_one_point_is_still_a_valid_picture() {
        for values in [&[][..], &[Some(f64::NAN)][..], &[Some(50.0)][..]] {
            let out = render(values);
            assert!(out.ends_with("</svg>\n</figure>\n"));
            assert!(!out.contains("NaN") && !out.contains("inf"), "{out}");
        }
        assert!(render(&[Some(50.0)]).contains(r#"cx="294.0" cy="85.0""#));
    }
}
