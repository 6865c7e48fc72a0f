use super::macros::rule;
use super::{Context, Rule};
use crate::report::{Finding, Kind};

rule! {
    /// Stories told in "we": "we", "our" and "us" four times or more, and
    /// more than twice as often as "I", "my" and "me".
    ///
    /// Why it matters: the interviewer is hiring you, not your team. If every
    /// step is "we", they cannot tell what you did, and may assume you
    /// watched.
    ///
    /// Example: "We had a slow API. We looked at the queries, we added an
    /// index, and we shipped it." Instead: "I profiled the queries and found
    /// the missing index; I added it and the team reviewed the migration."
    /// Credit the team where it is due; just make your own part clear.
    pub struct UnclearOwnership {
        code: "structure.ownership",
        name: "unclear-ownership",
        category: Structure,
        severity: Warning,
    }
}

const WE: &[&str] = &[
    "we",
    "our",
    "us",
    "ours",
    "we're",
    "we've",
    "we'll",
    "we'd",
    "ourselves",
];
const I: &[&str] = &[
    "i", "my", "me", "mine", "i'm", "i've", "i'll", "i'd", "myself",
];

/// Fewer "we"s than this are not a pattern.
const LEAST_WE: usize = 4;

impl Rule for UnclearOwnership {
    fn meta(&self) -> &'static super::Meta {
        &Self::META
    }

    fn check(&self, context: &Context<'_>, out: &mut Vec<Finding>) {
        if !(context.kind == Kind::Behavioral || context.asks_for_a_story()) {
            return;
        }
        let count = |words: &[&str]| {
            context
                .tokens()
                .filter(|t| words.contains(&t.word()))
                .count()
        };
        let (we, i) = (count(WE), count(I));
        if we < LEAST_WE || we <= 2 * i {
            return;
        }
        let Some(first) = context.tokens().find(|t| WE.contains(&t.word())) else {
            return;
        };
        let times = |n: usize| {
            if n == 1 {
                "once".to_owned()
            } else {
                format!("{n} times")
            }
        };
        out.push(Self::META.finding(
            first.span,
            format!(
                "You said \u{201C}we\u{201D} {} and \u{201C}I\u{201D} {}: it is hard to tell what you did yourself.",
                times(we),
                times(i)
            ),
            Some(
                "Say what you yourself did: \u{201C}I profiled the queries; the team reviewed the fix.\u{201D}"
                    .into(),
            ),
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::{check, quoted};

    const QUESTION: &str = "Tell me about a time you fixed a performance problem.";

    fn unclear(answer: &str) -> Vec<&str> {
        quoted(
            answer,
            &check(&UnclearOwnership, Kind::Behavioral, QUESTION, answer),
        )
    }

    #[test]
    fn before_and_after() {
        let before = "So our API was slow. We looked at the queries, we added an index, \
                      and we shipped it.";
        assert_eq!(unclear(before), ["our"]);
        let findings = check(&UnclearOwnership, Kind::Behavioral, QUESTION, before);
        assert_eq!(
            findings[0].message,
            "You said \u{201C}we\u{201D} 4 times and \u{201C}I\u{201D} 0 times: it is hard to tell \
             what you did yourself."
        );
        let after = "Our API was slow. I profiled the queries and found the missing index; \
                     I added it, we reviewed the migration together and we shipped it.";
        assert!(unclear(after).is_empty());
    }

    #[test]
    fn technical_answers_may_say_we() {
        let text = "We use Kafka. We partition by user. We keep our offsets and we replay.";
        let findings = check(
            &UnclearOwnership,
            Kind::Technical,
            "How do you use Kafka?",
            text,
        );
        assert!(findings.is_empty());
    }
}
