use super::macros::rule;
use super::{Context, Rule};
use crate::report::Finding;

rule! {
    /// Silences of more than five seconds between two sentences of an
    /// answer, when the transcript has timestamps.
    ///
    /// Why it matters: a short pause sounds thoughtful; a long one mid-answer
    /// sounds lost, and on a call the interviewer may think the line dropped.
    /// The pause before the first sentence is thinking time and is not
    /// counted.
    ///
    /// Example: "We used Redis for the cache." (eight seconds) "And the keys
    /// expired after an hour." Instead: think aloud while you look for the
    /// next point ("Let me think about how the keys expired…"), or say
    /// "Give me a moment" before a long think.
    pub struct LongPause {
        code: "delivery.pause",
        name: "long-pause",
        category: Delivery,
        severity: Warning,
    }
}

const LONGEST_SECONDS: f64 = 5.0;

impl Rule for LongPause {
    fn meta(&self) -> &'static super::Meta {
        &Self::META
    }

    fn check(&self, context: &Context<'_>, out: &mut Vec<Finding>) {
        // The gap before a follow-up's answer holds the interviewer's
        // question: it is not the candidate's silence.
        for pair in context.answer.windows(2).filter(|p| !p[1].after_follow_up) {
            let (Some(before), Some(after)) = (pair[0].time, pair[1].time) else {
                continue;
            };
            let gap = after.start - before.end;
            if gap > LONGEST_SECONDS {
                out.push(Self::META.finding(
                    pair[1].span,
                    format!("A silence of {} seconds before this sentence.", gap.round()),
                    Some(
                        "Think aloud, or say \u{201C}give me a moment\u{201D}, rather than go silent mid-answer."
                            .into(),
                    ),
                ));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::Kind;
    use crate::rules::testing::{context, quoted, run, timed};

    const ANSWER: &str = "We used Redis for the cache.\nAnd the keys expired after an hour.";

    #[test]
    fn the_gap_before_a_follow_up_answer_is_not_a_pause() {
        let mut context = context(Kind::Technical, "", ANSWER);
        context.answer = timed(ANSWER, &[(0.0, 3.0), (20.0, 23.0)]);
        assert_eq!(run(&LongPause, &context).len(), 1);
        context.answer[1].after_follow_up = true;
        assert!(run(&LongPause, &context).is_empty());
    }

    fn pauses(times: &[(f64, f64)]) -> Vec<Finding> {
        let mut context = context(Kind::Technical, "", ANSWER);
        context.answer = timed(ANSWER, times);
        run(&LongPause, &context)
    }

    #[test]
    fn before_and_after() {
        let before = pauses(&[(30.0, 33.0), (41.0, 44.0)]);
        assert_eq!(
            quoted(ANSWER, &before),
            ["And the keys expired after an hour."]
        );
        assert_eq!(
            before[0].message,
            "A silence of 8 seconds before this sentence."
        );
        let after = pauses(&[(30.0, 33.0), (34.5, 37.0)]);
        assert!(after.is_empty());
    }

    #[test]
    fn thinking_before_the_answer_and_untimed_text_are_not_pauses() {
        // The first sentence starts 30 seconds in: the question took that.
        assert!(pauses(&[(30.0, 33.0), (35.0, 38.0)]).is_empty());
        assert!(pauses(&[]).is_empty());
        // Sentences of one caption cue share its time and overlap.
        assert!(pauses(&[(30.0, 44.0), (30.0, 44.0)]).is_empty());
    }
}
