use super::macros::rule;
use super::{Context, Rule};
use crate::report::Finding;

rule! {
    /// Speaking pace over an answer, when the transcript has timestamps:
    /// fewer than 100 or more than 175 words per minute.
    ///
    /// Why it matters: interviews are easiest to follow at about 120–160
    /// words a minute. Much slower sounds hesitant and uses up the time for
    /// the next question; much faster loses the listener, who cannot
    /// interrupt a recording.
    ///
    /// Example: a 40-second answer of 130 words (195 per minute). Instead:
    /// pause for a breath after each point. For a slow answer, plan the first
    /// sentence before speaking and leave out the restarts. Only measured
    /// over 20 seconds of speech or more, where one long word or a short
    /// reply cannot skew it.
    pub struct Pace {
        code: "delivery.pace",
        name: "pace",
        category: Delivery,
        severity: Warning,
    }
}

const SLOWEST: f64 = 100.0;
const FASTEST: f64 = 175.0;
/// Less speech than this gives no steady figure.
const LEAST_SECONDS: f64 = 20.0;

impl Rule for Pace {
    fn meta(&self) -> &'static super::Meta {
        &Self::META
    }

    fn check(&self, context: &Context<'_>, out: &mut Vec<Finding>) {
        let Some(span) = context.answer_span() else {
            return;
        };
        let timed: Vec<_> = context
            .answer
            .iter()
            .filter_map(|s| s.time.map(|time| (time.start, time.end, s.tokens.len())))
            .filter(|&(start, end, _)| end > start)
            .collect();
        let words: usize = timed.iter().map(|&(_, _, words)| words).sum();
        let seconds = spoken_seconds(timed.iter().map(|&(start, end, _)| (start, end)));
        if seconds < LEAST_SECONDS {
            return;
        }
        let per_minute = words as f64 * 60.0 / seconds;
        let (how, suggestion) = if per_minute < SLOWEST {
            (
                "slowly",
                "Plan your first sentence before you speak, and leave out the restarts and long pauses.",
            )
        } else if per_minute > FASTEST {
            (
                "fast",
                "Slow down: pause for a breath after each point so the interviewer can follow.",
            )
        } else {
            return;
        };
        out.push(Self::META.finding(
            span,
            format!(
                "You spoke {how}: about {} words a minute over {} seconds (120\u{2013}160 is easy to follow).",
                per_minute.round(),
                seconds.round()
            ),
            Some(suggestion.into()),
        ));
    }
}

/// The time covered by the ranges, counting overlaps once: sentences of
/// one caption cue all carry the cue's whole time.
fn spoken_seconds(ranges: impl Iterator<Item = (f64, f64)>) -> f64 {
    let mut ranges: Vec<(f64, f64)> = ranges.collect();
    ranges.sort_by(|a, b| a.0.total_cmp(&b.0));
    let mut total = 0.0;
    let mut covered_to = f64::NEG_INFINITY;
    for (start, end) in ranges {
        let from = start.max(covered_to);
        if end > from {
            total += end - from;
            covered_to = end;
        }
    }
    total
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::Kind;
    use crate::rules::testing::{context, quoted, run, timed};

    /// Three sentences of 20 words each: 60 words.
    const ANSWER: &str = "A list can change after you create it, and a tuple cannot change at all once it has been created.\n\
        So a tuple can be used as a dictionary key or as a set member, and a plain list cannot.\n\
        I use tuples for fixed records like map coordinates, and I use lists for collections that can grow over time.";

    fn paced(times: &[(f64, f64)]) -> Vec<Finding> {
        let mut context = context(Kind::Technical, "", ANSWER);
        context.answer = timed(ANSWER, times);
        run(&Pace, &context)
    }

    #[test]
    fn before_and_after() {
        let before = paced(&[(0.0, 6.0), (6.0, 13.0), (13.0, 20.0)]);
        assert_eq!(quoted(ANSWER, &before), [ANSWER]);
        assert!(before[0]
            .message
            .contains("fast: about 180 words a minute over 20 seconds"));
        let after = paced(&[(0.0, 8.0), (8.0, 16.0), (16.0, 25.0)]);
        assert!(after.is_empty());
    }

    #[test]
    fn slow_answers() {
        let slow = paced(&[(0.0, 12.0), (15.0, 28.0), (30.0, 42.0)]);
        assert!(slow[0]
            .message
            .contains("slowly: about 97 words a minute over 37 seconds"));
    }

    #[test]
    fn short_or_untimed_answers_are_not_measured() {
        assert!(paced(&[(0.0, 5.0), (5.0, 10.0), (10.0, 15.0)]).is_empty());
        assert!(paced(&[]).is_empty());
    }

    #[test]
    fn sentences_of_one_cue_count_its_time_once() {
        // Summed, the three 25-second cues would read as 48 words a minute.
        assert!(paced(&[(0.0, 25.0), (0.0, 25.0), (0.0, 25.0)]).is_empty());
    }
}
