//! Scores and habits as rows of labelled figures, and the number formats
//! the page uses. A figure that is missing or not a number shows as `–`,
//! never as `NaN`.

use super::escape::esc;
use debrief_core::report::{Habits, Scores};
use std::fmt::{self, Write};

/// A score from 0 to 100, as a whole number.
pub fn score(value: Option<f64>) -> String {
    decimal(value, 0)
}

/// `value` with `places` decimals.
pub fn decimal(value: Option<f64>, places: usize) -> String {
    match value.filter(|v| v.is_finite()) {
        Some(v) => format!("{v:.places$}"),
        None => "–".to_owned(),
    }
}

pub fn write_scores(out: &mut impl Write, scores: &Scores) -> fmt::Result {
    writeln!(out, r#"<dl class="figures">"#)?;
    figure(out, "Overall", &score(Some(scores.overall)))?;
    figure(out, "Content", &score(scores.content))?;
    if scores.structure.is_some() {
        figure(out, "Structure", &score(scores.structure))?;
    }
    figure(out, "Delivery", &score(Some(scores.delivery)))?;
    writeln!(out, "</dl>")
}

pub fn write_habits(out: &mut impl Write, habits: &Habits) -> fmt::Result {
    writeln!(out, r#"<dl class="figures">"#)?;
    let talk = match decimal(Some(habits.candidate_talk_ratio * 100.0), 0) {
        dash if dash == "–" => dash,
        percent => format!("{percent}%"),
    };
    figure(out, "Your share of words", &talk)?;
    figure(
        out,
        "Fillers / 100 words",
        &decimal(Some(habits.filler_rate), 1),
    )?;
    figure(
        out,
        "Words per answer",
        &decimal(Some(habits.average_answer_words), 0),
    )?;
    if habits.words_per_minute.is_some() {
        figure(
            out,
            "Words per minute",
            &decimal(habits.words_per_minute, 0),
        )?;
    }
    writeln!(out, "</dl>")
}

pub fn figure(out: &mut impl Write, label: &str, value: &str) -> fmt::Result {
    writeln!(
        out,
        "<div><dt>{}</dt><dd>{}</dd></div>",
        esc(label),
        esc(value)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn missing_and_non_finite_figures_show_a_dash() {
        assert_eq!(score(None), "–");
        assert_eq!(score(Some(f64::NAN)), "–");
        assert_eq!(decimal(Some(f64::INFINITY), 1), "–");
        assert_eq!(score(Some(72.6)), "73");
        assert_eq!(decimal(Some(2.26), 1), "2.3");
    }

    #[test]
    fn structure_shows_only_when_expected() {
        let mut out = String::new();
        write_scores(&mut out, &Scores::default()).unwrap();
        assert!(!out.contains("Structure"), "{out}");
        assert!(out.contains("<dt>Content</dt><dd>–</dd>"), "{out}");
        let mut out = String::new();
        let scores = Scores {
            structure: Some(50.0),
            ..Scores::default()
        };
        write_scores(&mut out, &scores).unwrap();
        assert!(out.contains("<dt>Structure</dt><dd>50</dd>"), "{out}");
    }
}
