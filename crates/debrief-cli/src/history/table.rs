//! The `debrief history` table.

use debrief_core::history::Summary;

const HEADER: [&str; 10] = [
    "id",
    "date (UTC)",
    "who",
    "source",
    "interviews",
    "questions",
    "overall",
    "content",
    "delivery",
    "filler rate",
];

/// Which columns hold numbers, right-aligned so their digits line up.
const NUMERIC: [bool; 10] = [
    true, false, false, false, true, true, true, true, true, true,
];

pub fn render(summaries: &[Summary]) -> String {
    if summaries.is_empty() {
        return "no saved analyses (save one with `debrief analyze FILE --save`)\n".to_owned();
    }
    let rows: Vec<[String; 10]> = summaries.iter().map(row).collect();
    let mut widths = HEADER.map(str::len);
    for row in &rows {
        for (width, cell) in widths.iter_mut().zip(row) {
            *width = (*width).max(cell.chars().count());
        }
    }
    let mut out = String::new();
    line(&mut out, &HEADER.map(str::to_owned), &widths);
    for row in &rows {
        line(&mut out, row, &widths);
    }
    out
}

fn row(s: &Summary) -> [String; 10] {
    [
        s.id.to_string(),
        debrief_render::utc_minute(s.created_at),
        s.who.clone().unwrap_or_else(|| "-".to_owned()),
        s.source_name.clone(),
        s.interviews.to_string(),
        s.questions.to_string(),
        format!("{:.0}", s.overall),
        s.content
            .map_or_else(|| "-".to_owned(), |c| format!("{c:.0}")),
        format!("{:.0}", s.delivery),
        format!("{:.1}", s.filler_rate),
    ]
}

fn line(out: &mut String, cells: &[String; 10], widths: &[usize; 10]) {
    let padded: Vec<String> = cells
        .iter()
        .zip(widths)
        .zip(NUMERIC)
        .map(|((cell, &width), numeric)| {
            if numeric {
                format!("{cell:>width$}")
            } else {
                format!("{cell:<width$}")
            }
        })
        .collect();
    out.push_str(padded.join("  ").trim_end());
    out.push('\n');
}

#[cfg(test)]
mod tests {
    use super::*;

    fn summary(id: i64, who: Option<&str>, content: Option<f64>) -> Summary {
        Summary {
            id,
            created_at: 1_700_000_000,
            who: who.map(str::to_owned),
            source_name: "mock.txt".to_owned(),
            interviews: 1,
            questions: 12,
            overall: 71.4,
            content,
            delivery: 88.0,
            filler_rate: 2.345,
        }
    }

    #[test]
    fn columns_line_up_and_missing_values_are_dashes() {
        let table = render(&[summary(10, Some("ana"), Some(64.6)), summary(9, None, None)]);
        let lines: Vec<&str> = table.lines().collect();
        assert_eq!(lines.len(), 3);
        assert!(lines[0].starts_with("id  date (UTC)"), "{table}");
        assert!(
            lines[1].starts_with("10  2023-11-14 22:13  ana  mock.txt"),
            "{table}"
        );
        assert!(
            lines[1].ends_with("71       65        88          2.3"),
            "{table}"
        );
        assert!(
            lines[2].starts_with(" 9  2023-11-14 22:13  -    mock.txt"),
            "{table}"
        );
        assert!(lines[2].contains("71        -        88"), "{table}");
    }

    #[test]
    fn an_empty_history_says_how_to_fill_it() {
        assert!(render(&[]).contains("--save"));
    }
}
