//! Running one rule over a plain answer, for the rules' before/after tests.

use super::{Context, Rule, Spoken};
use crate::knowledge::{KnowledgeBase, Topic};
use crate::report::{Finding, Kind};
use crate::span::Span;
use crate::transcript::TimeRange;

/// The findings of `rule` on `answer` to `question`, one sentence per
/// line of `answer`.
pub fn check(rule: &dyn Rule, kind: Kind, question: &str, answer: &str) -> Vec<Finding> {
    check_with(rule, kind, question, answer, None)
}

/// Like [`check`], with the exchange matched to the built-in topic `topic`.
pub fn check_with(
    rule: &dyn Rule,
    kind: Kind,
    question: &str,
    answer: &str,
    topic: Option<&str>,
) -> Vec<Finding> {
    let mut context = context(kind, question, answer);
    context.topic = topic.map(built_in);
    run(rule, &context)
}

/// An exchange with `answer` as its sentences, one per line, and nothing
/// else known: tests set the other fields they need.
pub fn context<'a>(kind: Kind, question: &str, answer: &'a str) -> Context<'a> {
    Context {
        kind,
        question: question.to_owned(),
        answer: sentences(answer),
        aside: Vec::new(),
        topic: None,
        coverage: None,
        story: Default::default(),
    }
}

/// The findings of `rule` on `context`.
pub fn run(rule: &dyn Rule, context: &Context<'_>) -> Vec<Finding> {
    let mut out = Vec::new();
    rule.check(context, &mut out);
    out
}

/// The built-in topic `id`.
pub fn built_in(id: &str) -> &'static Topic {
    KnowledgeBase::built_in()
        .get(id)
        .unwrap_or_else(|| panic!("no built-in topic {id}"))
}

/// Each line of `text` as a sentence.
pub fn sentences(text: &str) -> Vec<Spoken<'_>> {
    timed(text, &[])
}

/// Each line of `text` as a sentence said from `times[i].0` to
/// `times[i].1` seconds; lines beyond `times` have no time.
pub fn timed<'a>(text: &'a str, times: &[(f64, f64)]) -> Vec<Spoken<'a>> {
    let mut at = 0;
    let mut out = Vec::new();
    for line in text.split_inclusive('\n') {
        let trimmed = line.trim_end();
        if !trimmed.trim().is_empty() {
            let time = times
                .get(out.len())
                .map(|&(start, end)| TimeRange { start, end });
            out.push(Spoken::new(text, Span::new(at, at + trimmed.len()), time));
        }
        at += line.len();
    }
    out
}

/// The words each finding points at.
pub fn quoted<'a>(answer: &'a str, findings: &[Finding]) -> Vec<&'a str> {
    findings.iter().map(|f| f.span.slice(answer)).collect()
}
