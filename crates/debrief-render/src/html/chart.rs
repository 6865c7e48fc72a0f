//! A horizontal bar chart as inline SVG: one row per bar, so any number of
//! questions stays readable on a narrow screen, and no script is needed.
//!
//! Every coordinate is computed from finite, clamped numbers, so a chart of
//! nothing, of zeros or of a non-number is still a valid picture.

use super::escape::esc;
use std::fmt::{self, Write};

const WIDTH: f64 = 560.0;
/// Room for the row labels and, left of them, the rotated axis label.
const LEFT: f64 = 130.0;
/// Room for the value printed after the longest bar.
const RIGHT: f64 = 44.0;
const TOP: f64 = 8.0;
const ROW: f64 = 20.0;
/// Tick labels and the axis label below the plot.
const BOTTOM: f64 = 44.0;
const TICKS: usize = 4;

pub struct Chart<'a> {
    /// Unique in the page; ids of the title and description derive from it.
    pub id: &'a str,
    pub title: &'a str,
    /// What the bars measure (the horizontal axis).
    pub x_label: &'a str,
    /// What the rows are (the vertical axis).
    pub y_label: &'a str,
    /// The right end of the axis; bars longer than it are cut there.
    pub max: f64,
    /// Shown when there are no bars.
    pub empty: &'a str,
    pub bars: Vec<Bar>,
}

pub struct Bar {
    pub label: String,
    /// `None` for a row without a value (no answer, no topic): it is shown
    /// as `n/a` rather than as a zero.
    pub value: Option<f64>,
    /// The tooltip: what the row is, in full.
    pub detail: String,
    /// Where clicking the bar goes.
    pub href: Option<String>,
    /// Extra CSS class of the bar, e.g. the exchange's status.
    pub class: &'static str,
}

/// The top of an axis: the chart's maximum when it is a usable number,
/// else 1, so an empty or broken chart still draws without NaN.
pub(crate) fn axis_max(max: f64) -> f64 {
    if max.is_finite() && max > 0.0 {
        max
    } else {
        1.0
    }
}

/// Opens a chart of any kind: its figure and caption, and an SVG root that
/// screen readers announce by its title and description.
pub(crate) fn open(
    out: &mut impl Write,
    id: &str,
    title: &str,
    description: &str,
    width: f64,
    height: f64,
) -> fmt::Result {
    let id = esc(id);
    writeln!(out, r#"<figure class="chart" id="{id}">"#)?;
    writeln!(out, "<figcaption>{}</figcaption>", esc(title))?;
    writeln!(
        out,
        r#"<svg class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" role="img" aria-labelledby="{id}-title {id}-desc">"#
    )?;
    writeln!(out, r#"<title id="{id}-title">{}</title>"#, esc(title))?;
    writeln!(out, r#"<desc id="{id}-desc">{}</desc>"#, esc(description))
}

pub fn write(out: &mut impl Write, chart: &Chart) -> fmt::Result {
    let max = axis_max(chart.max);
    let rows = chart.bars.len().max(1);
    let plot_width = WIDTH - LEFT - RIGHT;
    let plot_height = rows as f64 * ROW;
    let height = TOP + plot_height + BOTTOM;

    open(out, chart.id, chart.title, &describe(chart), WIDTH, height)?;

    // Grid and tick labels first, so bars are drawn over them.
    for tick in 0..=TICKS {
        let value = max * tick as f64 / TICKS as f64;
        let x = LEFT + plot_width * tick as f64 / TICKS as f64;
        let bottom = TOP + plot_height;
        writeln!(
            out,
            r#"<line class="grid" x1="{x:.1}" y1="{TOP}" x2="{x:.1}" y2="{bottom:.1}"/><text class="tick" x="{x:.1}" y="{:.1}" text-anchor="middle">{}</text>"#,
            bottom + 14.0,
            number(value),
        )?;
    }
    let axis_y = TOP + plot_height;
    writeln!(
        out,
        r#"<line class="axis" x1="{LEFT}" y1="{TOP}" x2="{LEFT}" y2="{axis_y:.1}"/><line class="axis" x1="{LEFT}" y1="{axis_y:.1}" x2="{:.1}" y2="{axis_y:.1}"/>"#,
        LEFT + plot_width,
    )?;
    writeln!(
        out,
        r#"<text x="{:.1}" y="{:.1}" text-anchor="middle">{}</text>"#,
        LEFT + plot_width / 2.0,
        height - 6.0,
        esc(chart.x_label),
    )?;
    let middle = TOP + plot_height / 2.0;
    writeln!(
        out,
        r#"<text x="14" y="{middle:.1}" text-anchor="middle" transform="rotate(-90 14 {middle:.1})">{}</text>"#,
        esc(chart.y_label),
    )?;

    if chart.bars.is_empty() {
        writeln!(
            out,
            r#"<text class="empty" x="{:.1}" y="{:.1}" text-anchor="middle">{}</text>"#,
            LEFT + plot_width / 2.0,
            TOP + ROW * 0.65,
            esc(chart.empty),
        )?;
    }
    for (i, bar) in chart.bars.iter().enumerate() {
        write_bar(out, bar, TOP + i as f64 * ROW, max, plot_width)?;
    }
    writeln!(out, "</svg>")?;
    writeln!(out, "</figure>")
}

fn write_bar(out: &mut impl Write, bar: &Bar, y: f64, max: f64, plot_width: f64) -> fmt::Result {
    let text_y = y + ROW * 0.68;
    if let Some(href) = &bar.href {
        write!(out, r#"<a href="{}">"#, esc(href))?;
    }
    write!(
        out,
        r#"<g><title>{}</title><text x="{:.1}" y="{text_y:.1}" text-anchor="end">{}</text>"#,
        esc(&bar.detail),
        LEFT - 6.0,
        esc(&bar.label),
    )?;
    match bar.value.filter(|v| v.is_finite()) {
        Some(value) => {
            let width = plot_width * value.clamp(0.0, max) / max;
            let class = match bar.class {
                "" => "bar".to_owned(),
                extra => format!("bar {extra}"),
            };
            write!(
                out,
                r#"<rect class="{class}" x="{LEFT}" y="{:.1}" width="{width:.1}" height="{:.1}"/><text x="{:.1}" y="{text_y:.1}">{}</text>"#,
                y + 3.0,
                ROW - 6.0,
                LEFT + width + 4.0,
                number(value),
            )?;
        }
        None => write!(
            out,
            r#"<text class="tick" x="{:.1}" y="{text_y:.1}">n/a</text>"#,
            LEFT + 4.0
        )?,
    }
    write!(out, "</g>")?;
    if bar.href.is_some() {
        write!(out, "</a>")?;
    }
    writeln!(out)
}

/// A sentence for screen readers: what the chart shows and its extremes.
fn describe(chart: &Chart) -> String {
    let valued: Vec<(&Bar, f64)> = chart
        .bars
        .iter()
        .filter_map(|bar| Some((bar, bar.value.filter(|v| v.is_finite())?)))
        .collect();
    let highest = valued.iter().max_by(|a, b| a.1.total_cmp(&b.1));
    let lowest = valued.iter().min_by(|a, b| a.1.total_cmp(&b.1));
    match (highest, lowest) {
        (Some((high, high_value)), Some((low, low_value))) => format!(
            "{} by {}: {} rows; highest {} ({}), lowest {} ({}).",
            chart.x_label,
            chart.y_label.to_lowercase(),
            chart.bars.len(),
            high.label,
            number(*high_value),
            low.label,
            number(*low_value),
        ),
        _ => format!("{}: {}", chart.title, chart.empty),
    }
}

/// Up to two decimals, without trailing zeros: `25`, `2.5`, `0.25`.
pub fn number(value: f64) -> String {
    if !value.is_finite() {
        return "–".to_owned();
    }
    let text = format!("{value:.2}");
    text.trim_end_matches('0').trim_end_matches('.').to_owned()
}

/// The smallest of 1, 2, 5 × 10ⁿ at or above `value` (at least 1), so the
/// axis ends on a round number.
pub fn round_up(value: f64) -> f64 {
    if !value.is_finite() || value <= 1.0 {
        return 1.0;
    }
    let scale = 10f64.powf(value.log10().floor());
    [1.0, 2.0, 5.0, 10.0]
        .into_iter()
        .map(|step| step * scale)
        .find(|&end| end >= value)
        .unwrap_or(10.0 * scale)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chart(bars: Vec<Bar>, max: f64) -> String {
        let mut out = String::new();
        write(
            &mut out,
            &Chart {
                id: "c",
                title: "Scores <by> question",
                x_label: "Score",
                y_label: "Question",
                max,
                empty: "No questions were found.",
                bars,
            },
        )
        .unwrap();
        out
    }

    fn bar(label: &str, value: Option<f64>) -> Bar {
        Bar {
            label: label.to_owned(),
            value,
            detail: format!("{label} in full"),
            href: Some(format!("#{label}")),
            class: "",
        }
    }

    #[test]
    fn an_empty_chart_has_axes_a_title_and_a_message() {
        for max in [0.0, f64::NAN, 100.0] {
            let out = chart(Vec::new(), max);
            assert!(out.contains(r#"<title id="c-title">Scores &lt;by&gt; question</title>"#));
            assert!(out.contains("No questions were found."));
            assert!(out.contains(r#"class="axis""#));
            assert!(!out.contains("NaN") && !out.contains("inf"), "{out}");
        }
    }

    #[test]
    fn bars_scale_to_the_axis_and_are_clamped() {
        let out = chart(
            vec![
                bar("Q1", Some(50.0)),
                bar("Q2", Some(250.0)),
                bar("Q3", Some(-5.0)),
            ],
            100.0,
        );
        let plot = WIDTH - LEFT - RIGHT;
        assert!(
            out.contains(&format!(r#"width="{:.1}""#, plot / 2.0)),
            "{out}"
        );
        assert!(out.contains(&format!(r#"width="{plot:.1}""#)), "{out}");
        assert!(out.contains(r#"width="0.0""#), "{out}");
        assert!(out.contains(r##"<a href="#Q2">"##));
        assert!(out.contains("highest Q2 (250), lowest Q3 (-5)"), "{out}");
    }

    #[test]
    fn rows_without_a_value_say_so() {
        let out = chart(vec![bar("Q1", None), bar("Q2", Some(f64::NAN))], 100.0);
        assert_eq!(out.matches(">n/a</text>").count(), 2);
        assert!(!out.contains("<rect"), "{out}");
        assert!(!out.contains("NaN"), "{out}");
    }

    #[test]
    fn the_svg_grows_with_the_rows() {
        let one = chart(vec![bar("Q1", Some(1.0))], 1.0);
        let three = chart(
            (1..=3).map(|i| bar(&format!("Q{i}"), Some(1.0))).collect(),
            1.0,
        );
        assert!(one.contains(r#"viewBox="0 0 560 72""#), "{one}");
        assert!(three.contains(r#"viewBox="0 0 560 112""#), "{three}");
    }

    #[test]
    fn numbers_are_short() {
        assert_eq!(number(25.0), "25");
        assert_eq!(number(2.5), "2.5");
        assert_eq!(number(0.25), "0.25");
        assert_eq!(number(0.0), "0");
        assert_eq!(number(f64::NAN), "–");
    }

    #[test]
    fn axes_end_on_round_numbers() {
        assert_eq!(round_up(0.0), 1.0);
        assert_eq!(round_up(f64::NAN), 1.0);
        assert_eq!(round_up(1.3), 2.0);
        assert_eq!(round_up(4.0), 5.0);
        assert_eq!(round_up(7.2), 10.0);
        assert_eq!(round_up(12.0), 20.0);
        assert_eq!(round_up(100.0), 100.0);
    }
}
