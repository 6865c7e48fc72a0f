//! The knowledge base's own examples, run as tests: every way a topic's
//! question is asked must classify to that topic, and every misconception
//! pattern must catch its example and spare its correct statement (the
//! latter is `kb lint`'s check, run here over the built-in base).

mod common;

use common::kind_of;
use debrief_core::classify::TopicIndex;
use debrief_core::knowledge::{lint, KnowledgeBase};

/// Every way a topic's question is asked, taken alone, must classify to
/// that topic; the first (its plain form) is reported apart, as the worst
/// kind of miss. Held-out wordings (`held_out_questions.rs`) check that this
/// is not bought by remembering phrasings only.
#[test]
fn questions_classify_to_their_topics() {
    let base = KnowledgeBase::built_in();
    let index = TopicIndex::new(base);
    let mut plain_wrong = Vec::new();
    let mut wrong = Vec::new();
    let mut total = 0;
    for topic in base.topics() {
        for (n, question) in topic.questions.iter().enumerate() {
            total += 1;
            let found = index
                .classify(Some(question), "", kind_of(&topic.kind))
                .map(|m| base.topics()[m.topic].id.as_str());
            if found != Some(topic.id.as_str()) {
                let line = format!("{}: {question:?} -> {found:?}", topic.id);
                if n == 0 {
                    plain_wrong.push(line.clone());
                }
                wrong.push(line);
            }
        }
    }
    assert!(
        plain_wrong.is_empty(),
        "plain questions misclassified:\n{}",
        plain_wrong.join("\n")
    );
    assert!(
        wrong.is_empty(),
        "{} of {total} phrasings misclassified:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
}

#[test]
fn the_built_in_base_lints_clean() {
    let problems = lint(KnowledgeBase::built_in());
    assert!(problems.is_empty(), "{problems:#?}");
}
