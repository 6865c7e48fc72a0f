//! Interim scores, until content can be judged against the knowledge base:
//! delivery from the rate of hesitation words, no content score, and a
//! status that never claims "strong" without content to back it.

use crate::report::{Exchange, Scores, Status};

/// Delivery points lost per hesitation in every hundred words.
const POINTS_PER_HESITATION_RATE: f64 = 4.0;

/// Status and scores of an answer of `count` words, `hesitations` of them
/// hesitations.
pub fn exchange(count: usize, hesitations: usize) -> (Status, Scores) {
    let rate = 100.0 * hesitations as f64 / count.max(1) as f64;
    let delivery = if count == 0 {
        0.0
    } else {
        (100.0 - POINTS_PER_HESITATION_RATE * rate)
            .clamp(0.0, 100.0)
            .round()
    };
    let status = match count {
        0..=2 => Status::Unanswered,
        _ if count < 15 || delivery < 40.0 => Status::Weak,
        _ => Status::Partial,
    };
    (
        status,
        Scores {
            content: None,
            delivery,
            overall: delivery,
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
        exchange(words.len(), words.hesitations())
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
}
