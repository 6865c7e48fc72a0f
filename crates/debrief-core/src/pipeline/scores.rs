//! Scores and status, a pure function of an exchange's findings (see the
//! README's "Scores" section for the formula in words).
//!
//! - content: the share of the topic's key points covered, less 25 points
//!   per wrong statement; none without a topic.
//! - structure: for story questions a quarter per STAR part told; for
//!   coding answers a quarter per approach, correct complexity, edge cases
//!   and a test; none for other questions.
//! - delivery: 100 less 4 points per filler per 100 words, 3 per hedge,
//!   repetition or abandoned sentence per 100 words, 5 per pace or pause
//!   finding and 30 for profanity.
//! - overall: the weighted mean of those present (content 0.5, structure
//!   0.2, delivery 0.3), halved for an answer too short for its question.

use crate::report::{Exchange, Finding, Kind, Scores, Status};
use crate::rules::UNANSWERED_WORDS;

/// What scoring needs to know about an exchange besides its findings.
pub struct Answered {
    pub kind: Kind,
    /// Words of the answer, follow-up answers included.
    pub words: usize,
    /// Percent of the topic's key points covered, when there is a topic.
    pub coverage: Option<f64>,
    /// STAR parts told (0–4), for story questions.
    pub star_parts: Option<usize>,
}

const CONTENT_WEIGHT: f64 = 0.5;
const STRUCTURE_WEIGHT: f64 = 0.2;
const DELIVERY_WEIGHT: f64 = 0.3;
const POINTS_PER_MISCONCEPTION: f64 = 25.0;
const POINTS_PER_FILLER_RATE: f64 = 4.0;
const POINTS_PER_SLIP_RATE: f64 = 3.0;
const POINTS_PER_TIMING_FINDING: f64 = 5.0;
const POINTS_FOR_PROFANITY: f64 = 30.0;
const CODING_PARTS: [&str; 4] = [
    "coding.approach",
    "coding.complexity",
    "coding.edge-cases",
    "coding.tests",
];

pub fn exchange(answered: &Answered, findings: &[Finding]) -> (Status, Scores) {
    let count = |rule: &str| findings.iter().filter(|f| f.rule == rule).count();
    let misconceptions = count("accuracy.misconception");
    let per_100 = |n: usize| 100.0 * n as f64 / answered.words.max(1) as f64;
    let delivery = if answered.words == 0 {
        0.0
    } else {
        let slips =
            count("delivery.hedge") + count("delivery.repetition") + count("delivery.fragment");
        let timing = count("delivery.pace") + count("delivery.pause");
        (100.0
            - POINTS_PER_FILLER_RATE * per_100(count("delivery.filler"))
            - POINTS_PER_SLIP_RATE * per_100(slips)
            - POINTS_PER_TIMING_FINDING * timing as f64
            - POINTS_FOR_PROFANITY * f64::from(u8::from(count("professionalism.profanity") > 0)))
        .clamp(0.0, 100.0)
        .round()
    };
    let content = answered.coverage.map(|covered| {
        (covered - POINTS_PER_MISCONCEPTION * misconceptions as f64)
            .clamp(0.0, 100.0)
            .round()
    });
    let structure = structure(answered, findings);
    let parts = [
        (content, CONTENT_WEIGHT),
        (structure, STRUCTURE_WEIGHT),
        (Some(delivery), DELIVERY_WEIGHT),
    ];
    let weight: f64 = parts.iter().filter(|p| p.0.is_some()).map(|p| p.1).sum();
    let mut overall = parts
        .iter()
        .filter_map(|(score, w)| score.map(|s| s * w))
        .sum::<f64>()
        / weight;
    let too_short = count("content.too-short") > 0;
    if too_short {
        overall /= 2.0;
    }
    // A word or two is no answer, however fluent.
    let overall = if answered.words <= UNANSWERED_WORDS {
        0.0
    } else {
        overall.round()
    };
    let warnings = findings.iter().any(|f| {
        f.severity != "info" && matches!(&*f.category, "content" | "structure" | "accuracy")
    });
    let status = match answered.words {
        0..=UNANSWERED_WORDS => Status::Unanswered,
        _ if too_short || overall < 40.0 || misconceptions >= 2 => Status::Weak,
        _ if overall >= 70.0
            && misconceptions == 0
            && delivery >= 60.0
            && content.or(structure).is_some_and(|s| s >= 70.0)
            && (!warnings || content.is_some_and(|c| c >= 80.0)) =>
        {
            Status::Strong
        }
        _ => Status::Partial,
    };
    let scores = Scores {
        content,
        structure,
        delivery,
        overall,
    };
    (status, scores)
}

fn structure(answered: &Answered, findings: &[Finding]) -> Option<f64> {
    if let Some(parts) = answered.star_parts {
        return Some(25.0 * parts.min(4) as f64);
    }
    let coding: Vec<&Finding> = findings
        .iter()
        .filter(|f| CODING_PARTS.contains(&&*f.rule))
        .collect();
    if answered.kind != Kind::Coding || coding.is_empty() {
        return None;
    }
    let done = CODING_PARTS
        .iter()
        .filter(|part| {
            coding
                .iter()
                .any(|f| f.rule == **part && f.severity == "info")
        })
        .count();
    Some(25.0 * done as f64)
}

/// The mean of the scores of the questions that count: interviewer
/// questions (not small talk, not the candidate's own), with unanswered
/// ones as zero.
pub fn mean<'a>(exchanges: impl IntoIterator<Item = &'a Exchange>) -> Scores {
    let counted: Vec<&Exchange> = exchanges
        .into_iter()
        .filter(|e| !matches!(e.kind, Kind::Other | Kind::CandidateQuestion))
        .collect();
    let average = |values: Vec<f64>| {
        (!values.is_empty()).then(|| (values.iter().sum::<f64>() / values.len() as f64).round())
    };
    let answered = || counted.iter().filter(|e| e.status != Status::Unanswered);
    Scores {
        content: average(answered().filter_map(|e| e.scores.content).collect()),
        structure: average(answered().filter_map(|e| e.scores.structure).collect()),
        delivery: average(answered().map(|e| e.scores.delivery).collect()).unwrap_or(0.0),
        overall: average(counted.iter().map(|e| e.scores.overall).collect()).unwrap_or(0.0),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::span::Span;

    fn finding(rule: &str, severity: &str) -> Finding {
        Finding {
            rule: rule.to_owned().into(),
            category: rule.split('.').next().unwrap_or_default().to_owned().into(),
            severity: severity.to_owned().into(),
            span: Span::empty(0),
            message: String::new(),
            suggestion: None,
        }
    }

    fn technical(words: usize, coverage: Option<f64>) -> Answered {
        Answered {
            kind: Kind::Technical,
            words,
            coverage,
            star_parts: None,
        }
    }

    #[test]
    fn no_words_is_unanswered() {
        assert_eq!(exchange(&technical(0, None), &[]).0, Status::Unanswered);
    }

    #[test]
    fn fillers_cost_delivery() {
        let fluent = exchange(&technical(50, None), &[]).1;
        let halting = exchange(
            &technical(50, None),
            &vec![finding("delivery.filler", "warning"); 6],
        )
        .1;
        assert_eq!(fluent.delivery, 100.0);
        assert_eq!(halting.delivery, 52.0);
    }

    #[test]
    fn content_counts_coverage_less_misconceptions() {
        let (status, scores) = exchange(&technical(80, Some(80.0)), &[]);
        assert_eq!(
            (status, scores.content, scores.overall),
            (Status::Strong, Some(80.0), 88.0)
        );
        let wrong = [finding("accuracy.misconception", "error")];
        let (status, scores) = exchange(&technical(80, Some(80.0)), &wrong);
        assert_eq!((status, scores.content), (Status::Partial, Some(55.0)));
    }

    #[test]
    fn coding_structure_counts_what_was_done() {
        let answered = Answered {
            kind: Kind::Coding,
            ..technical(120, Some(100.0))
        };
        let found = [
            finding("coding.approach", "info"),
            finding("coding.complexity", "info"),
            finding("coding.edge-cases", "warning"),
            finding("coding.tests", "warning"),
        ];
        assert_eq!(exchange(&answered, &found).1.structure, Some(50.0));
    }

    #[test]
    fn too_short_is_weak_and_halved() {
        let (status, scores) = exchange(
            &technical(8, None),
            &[finding("content.too-short", "warning")],
        );
        assert_eq!((status, scores.overall), (Status::Weak, 50.0));
    }
}
