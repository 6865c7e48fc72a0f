//! Scores: delivery from the rate of hesitation words; content from the
//! share of the topic's key points covered, less for every wrong statement;
//! a status that never claims "strong" without content to back it.

use crate::report::{Exchange, Scores, Status};

/// Delivery points lost per hesitation in every hundred words.
const POINTS_PER_HESITATION_RATE: f64 = 4.0;

/// Content points lost for each misconception stated.
const POINTS_PER_MISCONCEPTION: f64 = 25.0;

/// Status and scores of an answer of `count` words, `hesitations` of them
/// hesitations, covering `coverage` percent of its topic's key points with
/// `misconceptions` wrong statements (no coverage without a topic).
pub fn exchange(
    count: usize,
    hesitations: usize,
    coverage: Option<f64>,
    misconceptions: usize,
) -> (Status, Scores) {
    let rate = 100.0 * hesitations as f64 / count.max(1) as f64;
    let delivery = if count == 0 {
        0.0
    } else {
        (100.0 - POINTS_PER_HESITATION_RATE * rate)
            .clamp(0.0, 100.0)
            .round()
    };
    let content = coverage.map(|covered| {
        (covered - POINTS_PER_MISCONCEPTION * misconceptions as f64).clamp(0.0, 100.0)
    });
    let overall = content.map_or(delivery, |content| ((content + delivery) / 2.0).round());
    let status = match count {
        0..=2 => Status::Unanswered,
        _ if count < 15 || overall < 40.0 => Status::Weak,
        _ if content.is_some_and(|c| c >= 70.0) && misconceptions == 0 && delivery >= 60.0 => {
            Status::Strong
        }
        _ => Status::Partial,
    };
    (
        status,
        Scores {
            content,
            delivery,
            overall,
        },
    )
}

/// The mean of the answered exchanges' scores.
pub fn interview(exchanges: &[Exchange]) -> Scores {
    let answered: Vec<&Exchange> = exchanges
        .iter()
        .filter(|e| e.status != Status::Unanswered)
        .collect();
    let mean = |f: fn(&Scores) -> f64| {
        if answered.is_empty() {
            0.0
        } else {
            (answered.iter().map(|e| f(&e.scores)).sum::<f64>() / answered.len() as f64).round()
        }
    };
    Scores {
        content: None,
        delivery: mean(|s| s.delivery),
        overall: mean(|s| s.overall),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cues::Words;

    fn scored(text: &str) -> (Status, Scores) {
        let words = Words::of(text);
        exchange(words.len(), words.hesitations(), None, 0)
    }

    #[test]
    fn no_words_is_unanswered() {
        assert_eq!(scored("").0, Status::Unanswered);
    }

    #[test]
    fn hesitations_cost_delivery() {
        let fluent = scored(
            "A tuple is immutable and a list is mutable, so I use tuples for fixed records.",
        )
        .1;
        let halting =
            scored("Um, like, a tuple is, uh, basically, like, immutable and, um, a list is not, actually.").1;
        assert_eq!(fluent.delivery, 100.0);
        assert!(halting.delivery < 60.0);
        assert_eq!(halting.content, None);
    }

    #[test]
    fn content_counts_coverage_less_misconceptions() {
        let (status, scores) = exchange(80, 0, Some(80.0), 0);
        assert_eq!(
            (status, scores.content, scores.overall),
            (Status::Strong, Some(80.0), 90.0)
        );
        let (status, scores) = exchange(80, 0, Some(80.0), 1);
        assert_eq!((status, scores.content), (Status::Partial, Some(55.0)));
    }
}
