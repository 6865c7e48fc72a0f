use super::macros::rule;
use super::words::{phrase_at, tokens, Token};
use super::{Context, Rule};
use crate::cues::is_content_word;
use crate::report::Finding;
use rustc_hash::FxHashSet;

rule! {
    /// Answers that drift away from the question: 40 words or more, to a
    /// question that names its topic, that cover none of the topic's key
    /// points and never use a word of the question or a term of the topic.
    ///
    /// Why it matters: an answer about something else scores nothing for the
    /// question asked, however good it is, and suggests you did not listen.
    ///
    /// Example: asked "What is the difference between a list and a tuple?",
    /// a long account of a Django project. Instead: use the question's words
    /// in your first sentence ("A list can change and a tuple cannot…"); if
    /// you don't know, say so and say how you would find out.
    pub struct OffTopic {
        code: "content.off-topic",
        name: "off-topic",
        category: Content,
        severity: Warning,
    }
}

/// Shorter answers are judged by the other content rules.
const LEAST_WORDS: usize = 40;

/// Words of how questions are put, not of what they are about: an answer
/// that says "difference" or "example" has not yet said anything on topic.
const ASKING_WORDS: &[&str] = &[
    "about",
    "between",
    "could",
    "describe",
    "difference",
    "does",
    "example",
    "explain",
    "give",
    "mean",
    "means",
    "should",
    "tell",
    "what's",
    "work",
    "works",
    "would",
];

/// The question's words named in the message.
const NAMED_WORDS: usize = 3;

impl Rule for OffTopic {
    fn meta(&self) -> &'static super::Meta {
        &Self::META
    }

    fn check(&self, context: &Context<'_>, out: &mut Vec<Finding>) {
        let Some(topic) = context.topic else {
            return;
        };
        let Some(span) = context.answer_span() else {
            return;
        };
        if context.question.trim().is_empty()
            || context.words() < LEAST_WORDS
            || context.coverage != Some(0.0)
        {
            return;
        }
        let question = tokens(&context.question, 0);
        let terms: Vec<String> = topic.terms.iter().map(|t| t.to_lowercase()).collect();
        let mentions = |words: &[Token]| {
            terms
                .iter()
                .any(|term| (0..words.len()).any(|i| phrase_at(words, i, term)))
        };
        // Only a question that names the topic says what the answer should
        // be about; a topic matched on other words may be the classifier's
        // mistake rather than the candidate's drift. The answer's words are
        // gathered only for such a question.
        if !mentions(&question) {
            return;
        }
        let answer: Vec<Token> = context.tokens().cloned().collect();
        if mentions(&answer) {
            return;
        }
        let asked: Vec<&str> = question
            .iter()
            .map(|t| t.word())
            .filter(|w| w.len() > 3 && is_content_word(w) && !ASKING_WORDS.contains(w))
            .collect();
        let said: FxHashSet<&str> = answer.iter().map(|t| stem(t.word())).collect();
        if asked.iter().any(|w| said.contains(stem(w))) {
            return;
        }
        let mut named: Vec<&str> = Vec::new();
        for word in &asked {
            if named.len() < NAMED_WORDS && !named.contains(word) {
                named.push(word);
            }
        }
        let words: Vec<String> = named
            .iter()
            .map(|w| format!("\u{201C}{w}\u{201D} or "))
            .collect();
        let message = format!(
            "The answer drifts from the question: it never mentions {}any point of \u{201C}{}\u{201D}.",
            words.concat(),
            topic.title
        );
        out.push(Self::META.finding(
            span,
            message,
            Some(
                "Use the question's words in your first sentence and answer it directly; if you \
                 don't know, say so and say how you would find out."
                    .into(),
            ),
        ));
    }
}

/// The word without a plural or verb ending, so that "tuples" matches
/// "tuple" and "testing" matches "tests".
fn stem(word: &str) -> &str {
    let mut stem = word;
    for ending in ["ing", "ed", "es", "s"] {
        if let Some(base) = stem.strip_suffix(ending) {
            if base.len() >= 3 {
                stem = base;
                break;
            }
        }
    }
    stem
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::Kind;
    use crate::rules::testing::{built_in, context, quoted, run};

    const QUESTION: &str = "What is the difference between a list and a tuple?";

    fn drifts(answer: &str, coverage: Option<f64>) -> Vec<Finding> {
        let mut context = context(Kind::Technical, QUESTION, answer);
        context.topic = Some(built_in("python.list-vs-tuple"));
        context.coverage = coverage;
        run(&OffTopic, &context)
    }

    #[test]
    fn before_and_after() {
        let before = "In my last project I built a Django application for medical billing. \
                      It talked to third party services and stored the results in Postgres. \
                      We deployed it on AWS with Docker and Jenkins, and I wrote most of the \
                      integration code for the payment provider and the reporting screens.";
        let findings = drifts(before, Some(0.0));
        assert_eq!(quoted(before, &findings), [before]);
        assert!(findings[0]
            .message
            .contains("never mentions \u{201C}list\u{201D} or \u{201C}tuple\u{201D} or any"));
        let after = "A list can change after it is created and a tuple cannot, so a tuple \
                     can be a dictionary key. In my last project I kept database rows as \
                     tuples because nothing should change them after the query, and I used \
                     lists for the results I was still building up in the loop.";
        assert!(drifts(after, Some(0.0)).is_empty());
    }

    #[test]
    fn only_long_uncovered_answers_with_a_topic() {
        let long = "In my last project I built a Django application for medical billing. \
                    It talked to third party services and stored the results in Postgres. \
                    We deployed it on AWS with Docker and Jenkins, and I wrote most of the \
                    integration code for the payment provider and the reporting screens.";
        assert!(drifts(long, Some(25.0)).is_empty());
        assert!(drifts(long, None).is_empty());
        assert!(drifts("I built a Django application.", Some(0.0)).is_empty());
        let mut unnamed = context(
            Kind::Technical,
            "What's the difference between a 401 and a 403?",
            long,
        );
        unnamed.topic = Some(built_in("python.list-vs-tuple"));
        unnamed.coverage = Some(0.0);
        assert!(
            run(&OffTopic, &unnamed).is_empty(),
            "the question does not name the topic"
        );
        let no_topic = context(Kind::Technical, QUESTION, long);
        assert!(run(&OffTopic, &no_topic).is_empty());
    }
}
