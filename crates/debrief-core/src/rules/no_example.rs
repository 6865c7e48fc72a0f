use super::macros::rule;
use super::words::{find_phrase, first_person_past, Phrases};
use super::{Context, Rule};
use crate::report::{Finding, Kind};
use std::sync::LazyLock;

rule! {
    /// Behavioural and story answers with no concrete example: no "for
    /// example" or "in my last project", and no sentence where you say what
    /// you did ("I built", "we migrated").
    ///
    /// Why it matters: "I always communicate openly" is a claim anyone can
    /// make; a real occasion is evidence, and it is what behavioural
    /// questions are scored on.
    ///
    /// Example: "I think communication is really important and I always try
    /// to listen to everyone." Instead: "At my last company, a teammate and I
    /// disagreed about the schema. I set up a call, listened to his concern,
    /// and we agreed to…"
    pub struct NoExample {
        code: "content.no-example",
        name: "no-example",
        category: Content,
        severity: Warning,
    }
}

/// Shorter answers are flagged as too short instead.
const LEAST_WORDS: usize = 15;

/// Phrases that bring in a real occasion.
static EXAMPLES_AT: LazyLock<Phrases> = LazyLock::new(|| Phrases::new(EXAMPLE_PHRASES));

const EXAMPLE_PHRASES: &[&str] = &[
    "for example",
    "for instance",
    "as an example",
    "one example",
    "an example",
    "in my last project",
    "in my previous project",
    "in my current project",
    "on my last project",
    "in my last job",
    "in my previous job",
    "in my last role",
    "in my previous role",
    "at my last company",
    "at my previous company",
    "at my current company",
    "at my last job",
    "at my previous job",
    "when i was",
    "when we were",
    "one time",
    "there was a time",
    "last year",
    "a few years ago",
    "recently i",
];

impl Rule for NoExample {
    fn meta(&self) -> &'static super::Meta {
        &Self::META
    }

    fn check(&self, context: &Context<'_>, out: &mut Vec<Finding>) {
        if !(context.asks_for_a_story() || context.kind == Kind::Behavioral)
            || context.words() < LEAST_WORDS
        {
            return;
        }
        let Some(span) = context.answer_span() else {
            return;
        };
        let concrete = context.answer.iter().any(|sentence| {
            find_phrase(&sentence.tokens, &EXAMPLES_AT).is_some()
                || first_person_past(&sentence.tokens).is_some()
        });
        if concrete {
            return;
        }
        out.push(Self::META.finding(
            span,
            "The answer stays general: there is no real occasion in it.".to_owned(),
            Some(
                "Tell one real occasion: where you were, what you did (\u{201C}I \u{2026}\u{201D}) \
                 and how it turned out."
                    .into(),
            ),
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::{check, check_with, quoted};

    const CONFLICT: &str = "Tell me about a time you had a conflict with a colleague.";

    #[test]
    fn before_and_after() {
        let before = "I think communication is really important and I always try to listen \
                      to everyone before I decide.";
        let findings = check(&NoExample, Kind::Behavioral, CONFLICT, before);
        assert_eq!(quoted(before, &findings), [before]);
        let after = "At my last company a teammate and I disagreed about the schema. I set \
                     up a call, listened to his concern, and we agreed to patch it first.";
        assert!(check(&NoExample, Kind::Behavioral, CONFLICT, after).is_empty());
    }

    #[test]
    fn past_actions_or_example_phrases_are_concrete() {
        for answer in [
            "We migrated the billing service to Kafka and the duplicate payments stopped \
             within a week of the switch.",
            "For example, with a new hire I pair on the first ticket so they see how the \
             team reviews code.",
        ] {
            let findings = check_with(
                &NoExample,
                Kind::Behavioral,
                CONFLICT,
                answer,
                Some("behavioral.conflict"),
            );
            assert!(findings.is_empty(), "{answer}");
        }
    }

    #[test]
    fn technical_and_short_answers_are_left_alone() {
        let general = "I think indexes are really important and I always try to add one for \
                       every column in a where clause.";
        assert!(check(&NoExample, Kind::Technical, "What is an index?", general).is_empty());
        assert!(check(
            &NoExample,
            Kind::Behavioral,
            CONFLICT,
            "I always listen first."
        )
        .is_empty());
    }
}
