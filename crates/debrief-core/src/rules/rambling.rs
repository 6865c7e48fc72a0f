use super::macros::rule;
use super::{Context, Rule};
use crate::cues::is_content_word;
use crate::report::Finding;
use rustc_hash::FxHashSet;

rule! {
    /// Long answers (over 250 words) that say little: they cover under 40%
    /// of the topic's key points, or, for a topic the knowledge base does
    /// not know, keep coming back to the same few words.
    ///
    /// Why it matters: interviewers lose the thread of a long answer that
    /// circles, and a long answer to a short question uses up the time for
    /// the questions where you would shine.
    ///
    /// Example: three minutes on list vs tuple that repeats "it's like, the
    /// list, you can change the list" and never says why a tuple can be a
    /// dictionary key. Instead: lead with the point in one sentence, give one
    /// example, then stop and offer to go deeper.
    pub struct Rambling {
        code: "content.rambling",
        name: "rambling",
        category: Content,
        severity: Warning,
    }
}

/// Answers up to this long are not rambling, whatever they say.
const MOST_WORDS: usize = 250;

/// Percent of key points a long answer should cover.
const LEAST_COVERAGE: f64 = 40.0;

/// Variety is measured in windows of this many words, so that the figure
/// does not fall just because an answer is long.
const WINDOW: usize = 100;

/// Distinct content words per word in a window. Candidate turns of 150 words
/// or more in the fixture transcripts measure 0.29 to 0.50; below 0.25 an
/// answer keeps repeating the same handful of words.
const LEAST_VARIETY: f64 = 0.25;

impl Rule for Rambling {
    fn meta(&self) -> &'static super::Meta {
        &Self::META
    }

    fn check(&self, context: &Context<'_>, out: &mut Vec<Finding>) {
        let words = context.words();
        let Some(span) = context.answer_span() else {
            return;
        };
        if words <= MOST_WORDS {
            return;
        }
        // Behavioural key points are ways to tell a story, not facts to
        // state: a long story that misses them is not for that reason thin.
        let factual = context
            .topic
            .is_some_and(|t| t.kind != crate::knowledge::TopicKind::Behavioral);
        let message = match context.coverage.filter(|_| factual) {
            Some(coverage) if coverage < LEAST_COVERAGE => format!(
                "{words} words that cover {}% of what the question is about.",
                coverage.round()
            ),
            Some(_) => return,
            None => {
                let words: Vec<&str> = context.tokens().map(|t| t.word()).collect();
                let variety = variety(&words);
                if variety >= LEAST_VARIETY {
                    return;
                }
                format!(
                    "{} words that keep coming back to the same few: only {} different \
                     content words in every 100.",
                    words.len(),
                    (variety * WINDOW as f64).round()
                )
            }
        };
        out.push(Self::META.finding(
            span,
            message,
            Some("Lead with the point in one sentence, give one example, then stop.".into()),
        ));
    }
}

/// The mean share of distinct content words in each full window.
fn variety(words: &[&str]) -> f64 {
    let windows: Vec<f64> = words
        .chunks_exact(WINDOW)
        .map(|window| {
            let distinct: FxHashSet<&str> = window
                .iter()
                .copied()
                .filter(|w| is_content_word(w))
                .collect();
            distinct.len() as f64 / WINDOW as f64
        })
        .collect();
    if windows.is_empty() {
        return 1.0;
    }
    windows.iter().sum::<f64>() / windows.len() as f64
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::Kind;
    use crate::rules::testing::{built_in, context, quoted, run};

    fn rambling(answer: &str, coverage: Option<f64>) -> Vec<Finding> {
        let mut context = context(Kind::Technical, "What is a list and a tuple?", answer);
        context.coverage = coverage;
        run(&Rambling, &context)
    }

    /// A sentence of about 24 words that circles back on itself.
    const CIRCLING: &str = "So it's like, the list, you can change the list, and the tuple, \
                            you can't really change the tuple, so it's like that, the list.\n";

    #[test]
    fn before_and_after() {
        let before = CIRCLING.repeat(12);
        let findings = rambling(&before, None);
        assert_eq!(quoted(&before, &findings), [before.trim_end()]);
        assert_eq!(
            findings[0].message,
            "300 words that keep coming back to the same few: only 3 different content words \
             in every 100."
        );
        let after = "A list can change after it is created and a tuple cannot, so a tuple \
                     can be a dictionary key. I use tuples for fixed records.";
        assert!(rambling(after, None).is_empty());
    }

    #[test]
    fn long_answers_with_little_coverage() {
        let answer = CIRCLING.repeat(12);
        let on_topic = |coverage: f64| {
            let mut context = context(Kind::Technical, "What is a list and a tuple?", &answer);
            context.topic = Some(built_in("python.list-vs-tuple"));
            context.coverage = Some(coverage);
            run(&Rambling, &context)
        };
        assert!(on_topic(25.0)[0].message.contains("cover 25% of what"));
        assert!(on_topic(75.0).is_empty());
    }

    #[test]
    fn long_varied_answers_are_not_rambling() {
        let varied: String = (0..300).map(|i| format!("word{i} ")).collect();
        assert!(rambling(&varied, None).is_empty());
    }
}
