//! Interim scores, until content can be judged against the knowledge base:
//! delivery from the rate of hesitation words, no content score, and a
//! status that never claims "strong" without content to back it.

use crate::cues;
use crate::report::{Answer, Exchange, Scores, Status};
use crate::text::words;

/// Delivery points lost per hesitation in every hundred words.
const POINTS_PER_HESITATION_RATE: f64 = 4.0;

pub fn exchange(answer: &Answer) -> (Status, Scores) {
    let count = words::count(&answer.text);
    let hesitations = cues::hesitations(&answer.text);
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
    use crate::span::Span;

    fn answer(text: &str) -> Answer {
        Answer {
            text: text.to_owned(),
            span: Span::new(0, text.len()),
        }
    }

    #[test]
    fn no_words_is_unanswered() {
        assert_eq!(exchange(&answer("")).0, Status::Unanswered);
    }

    #[test]
    fn hesitations_cost_delivery() {
        let fluent = exchange(&answer(
            "A tuple is immutable and a list is mutable, so I use tuples for fixed records.",
        ))
        .1;
        let halting = exchange(&answer("Um, like, a tuple is, uh, basically, like, immutable and, um, a list is not, actually.")).1;
        assert_eq!(fluent.delivery, 100.0);
        assert!(halting.delivery < 60.0);
        assert_eq!(halting.content, None);
    }
}
