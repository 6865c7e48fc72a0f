//! Progress over saved analyses: a plain-text table for the terminal and one
//! self-contained HTML page with line charts.

mod date;
mod html;
mod line;
mod text;

pub use date::utc_minute;
pub use html::render as html;
pub use text::render as text;

use debrief_core::history::Summary;

/// One figure followed over time.
struct Metric {
    name: &'static str,
    value: fn(&Summary) -> Option<f64>,
    /// Filler rate is better when it falls; scores when they rise.
    higher_is_better: bool,
    /// Decimals shown: scores are whole points, filler rates are small.
    decimals: usize,
}

const METRICS: [Metric; 4] = [
    Metric {
        name: "overall",
        value: |s| Some(s.overall),
        higher_is_better: true,
        decimals: 0,
    },
    Metric {
        name: "content",
        value: |s| s.content,
        higher_is_better: true,
        decimals: 0,
    },
    Metric {
        name: "delivery",
        value: |s| Some(s.delivery),
        higher_is_better: true,
        decimals: 0,
    },
    Metric {
        name: "filler rate",
        value: |s| Some(s.filler_rate),
        higher_is_better: false,
        decimals: 1,
    },
];

/// How a metric moved from its first value to its last.
struct Trend {
    first: f64,
    last: f64,
    /// `better`, `worse` or `steady`, as shown (rounded) values compare.
    verdict: &'static str,
}

impl Metric {
    fn values(&self, points: &[Summary]) -> Vec<Option<f64>> {
        points
            .iter()
            .map(|p| (self.value)(p).filter(|v| v.is_finite()))
            .collect()
    }

    fn trend(&self, points: &[Summary]) -> Option<Trend> {
        let values: Vec<f64> = self.values(points).into_iter().flatten().collect();
        let (&first, &last) = (values.first()?, values.last()?);
        let shown = |v: f64| format!("{v:.*}", self.decimals);
        let change = last - first;
        let verdict = if values.len() < 2 || shown(first) == shown(last) {
            "steady"
        } else if (change > 0.0) == self.higher_is_better {
            "better"
        } else {
            "worse"
        };
        Some(Trend {
            first,
            last,
            verdict,
        })
    }
}

/// "analysis" or "analyses", for `count` of them.
fn analyses(count: usize) -> &'static str {
    if count == 1 {
        "analysis"
    } else {
        "analyses"
    }
}

/// Whose progress, for headings: a name, or everyone's.
fn whose(who: Option<&str>) -> String {
    match who {
        Some(who) => who.to_owned(),
        None => "everyone".to_owned(),
    }
}
