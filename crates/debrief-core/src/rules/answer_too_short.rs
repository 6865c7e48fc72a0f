use super::macros::rule;
use super::{Context, Rule, UNANSWERED_WORDS};
use crate::report::{Finding, Kind};

rule! {
    /// Answers too short for their question: under 40 words for a
    /// behavioural or story question, 25 for a coding one, 15 for a
    /// technical one.
    ///
    /// Why it matters: a one-line answer leaves the interviewer to drag the
    /// rest out with follow-ups, and gives them little to score. Below three
    /// words the question counts as unanswered instead.
    ///
    /// Example: asked about list vs tuple, "Tuples can't be changed." Instead:
    /// the point, why it matters, and an example: "A list can change after
    /// it is created and a tuple cannot, so a tuple can be a dictionary key;
    /// I use tuples for fixed records like coordinates."
    pub struct AnswerTooShort {
        code: "content.too-short",
        name: "answer-too-short",
        category: Content,
        severity: Warning,
    }
}

impl Rule for AnswerTooShort {
    fn meta(&self) -> &'static super::Meta {
        &Self::META
    }

    fn check(&self, context: &Context<'_>, out: &mut Vec<Finding>) {
        let words = context.words();
        let Some(span) = context.answer_span() else {
            return;
        };
        let story = context.kind == Kind::Behavioral || context.asks_for_a_story();
        let (needed, what, suggestion) = match context.kind {
            Kind::CandidateQuestion | Kind::Other => return,
            _ if story => (
                40,
                "a behavioural question",
                "Tell one real occasion: the situation, what you did, and how it turned out.",
            ),
            Kind::Coding => (
                25,
                "a coding question",
                "Say your approach before the code, then its cost and the edge cases you checked.",
            ),
            _ => (
                15,
                "a technical question",
                "Give the point, why it matters, and an example from your work.",
            ),
        };
        if words <= UNANSWERED_WORDS || words >= needed {
            return;
        }
        out.push(Self::META.finding(
            span,
            format!("This answer has {words} words; {what} usually needs at least {needed}."),
            Some(suggestion.into()),
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::{check, quoted};

    const LIST_VS_TUPLE: &str = "What is the difference between a list and a tuple?";

    #[test]
    fn before_and_after() {
        let before = "Tuples can't be changed.";
        let findings = check(&AnswerTooShort, Kind::Technical, LIST_VS_TUPLE, before);
        assert_eq!(quoted(before, &findings), [before]);
        assert_eq!(
            findings[0].message,
            "This answer has 4 words; a technical question usually needs at least 15."
        );
        let after = "A list can change after it is created and a tuple cannot, so a tuple \
                     can be a dictionary key; I use tuples for fixed records.";
        assert!(check(&AnswerTooShort, Kind::Technical, LIST_VS_TUPLE, after).is_empty());
    }

    #[test]
    fn stories_need_more() {
        let answer = "I disagreed with a colleague about the schema, so we talked it \
                      through and agreed on a compromise.";
        let question = "Tell me about a time you disagreed with a colleague.";
        let findings = check(&AnswerTooShort, Kind::Behavioral, question, answer);
        assert!(findings[0]
            .message
            .contains("has 18 words; a behavioural question"));
    }

    #[test]
    fn unanswered_and_other_exchanges_are_left_alone() {
        assert!(check(&AnswerTooShort, Kind::Technical, LIST_VS_TUPLE, "No idea.").is_empty());
        assert!(check(&AnswerTooShort, Kind::Technical, LIST_VS_TUPLE, "").is_empty());
        let thanks = "Thanks, that was all.";
        assert!(check(&AnswerTooShort, Kind::Other, "Any questions?", thanks).is_empty());
        assert!(check(&AnswerTooShort, Kind::CandidateQuestion, "", thanks).is_empty());
    }
}
