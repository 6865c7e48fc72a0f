//! Checks a knowledge base for the mistakes that would make it match or
//! judge badly: duplicate ids, key points the model answer never makes,
//! misconception patterns that don't compile or don't match their examples.
//! Running coding solutions against their tests needs Python and is left to
//! `knowledge/check.py`.

use super::{KnowledgeBase, Problem, Topic, TopicKind};
use regex::RegexBuilder;
use std::collections::HashMap;

/// Every problem in `base`, each naming its topic.
pub fn lint(base: &KnowledgeBase) -> Vec<Problem> {
    let mut problems = Vec::new();
    let mut seen: HashMap<&str, usize> = HashMap::new();
    for topic in base.topics() {
        *seen.entry(topic.id.as_str()).or_default() += 1;
        for message in topic_problems(topic) {
            problems.push(Problem {
                file: topic.id.clone(),
                message,
            });
        }
    }
    for (id, count) in seen {
        if count > 1 {
            problems.push(Problem {
                file: id.to_owned(),
                message: format!("{count} topics have this id"),
            });
        }
    }
    problems.sort_by(|a, b| a.file.cmp(&b.file));
    problems
}

fn topic_problems(topic: &Topic) -> Vec<String> {
    let mut out = Vec::new();
    let well_formed = topic.id.split_once('.').is_some_and(|(category, slug)| {
        category == topic.category
            && !slug.is_empty()
            && topic
                .id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '.')
    });
    if !well_formed {
        out.push(format!(
            "id `{}` is not `{}.slug` in lower case",
            topic.id, topic.category
        ));
    }
    if topic.questions.len() < 2 {
        out.push("fewer than 2 ways of asking the question".to_owned());
    }
    if topic.key_points.len() < 2 {
        out.push("fewer than 2 key points".to_owned());
    }
    let answer = collapse(&topic.model_answer);
    for point in &topic.key_points {
        if !point.cues.iter().any(|cue| answer.contains(&collapse(cue))) {
            out.push(format!(
                "key point `{}`: no cue occurs in the model answer",
                point.id
            ));
        }
    }
    for wrong in &topic.misconceptions {
        match RegexBuilder::new(&wrong.pattern)
            .case_insensitive(true)
            .build()
        {
            Err(error) => out.push(format!(
                "pattern `{}` does not compile: {error}",
                wrong.pattern
            )),
            Ok(pattern) => {
                if !pattern.is_match(&wrong.example) {
                    out.push(format!(
                        "pattern `{}` does not match its example",
                        wrong.pattern
                    ));
                }
                if pattern.is_match(&wrong.fine) {
                    out.push(format!(
                        "pattern `{}` matches its correct statement",
                        wrong.pattern
                    ));
                }
            }
        }
    }
    for spoken in &topic.spoken {
        if spoken.heard.trim().is_empty() || spoken.likely.trim().is_empty() {
            out.push("a spoken form with an empty `heard` or `likely`".to_owned());
        }
    }
    match (&topic.kind, &topic.coding) {
        (TopicKind::Coding, None) => out.push("a coding topic without [coding]".to_owned()),
        (TopicKind::Coding, Some(coding)) if coding.tests.len() < 3 => {
            out.push("fewer than 3 test cases".to_owned())
        }
        (TopicKind::Technical | TopicKind::Behavioral, Some(_)) => {
            out.push("[coding] on a topic that is not kind = \"coding\"".to_owned())
        }
        _ => {}
    }
    out
}

/// Lower case with runs of whitespace folded to one space, as answers are
/// compared.
fn collapse(text: &str) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_built_in_base_is_clean() {
        let problems = lint(KnowledgeBase::built_in());
        assert!(problems.is_empty(), "{problems:#?}");
    }

    #[test]
    fn finds_a_pattern_that_fires_on_the_correct_statement() {
        let mut topic = KnowledgeBase::built_in()
            .get("python.list-vs-tuple")
            .unwrap()
            .clone();
        topic.misconceptions[0].pattern = "tuple".to_owned();
        topic.id = "python.copy".to_owned();
        let base = KnowledgeBase {
            topics: vec![topic.clone(), topic],
        };
        let messages: Vec<String> = lint(&base).into_iter().map(|p| p.message).collect();
        assert!(
            messages
                .iter()
                .any(|m| m.contains("matches its correct statement")),
            "{messages:?}"
        );
        assert!(
            messages.iter().any(|m| m.contains("2 topics have this id")),
            "{messages:?}"
        );
    }
}
