//! For coding exchanges: did the candidate name an approach, state the
//! complexity (and was it right), think about edge cases, and test?

use super::Said;
use crate::knowledge::Topic;
use crate::report::Finding;
use crate::span::Span;
use crate::text::words::whole_words;
use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
use regex::Regex;
use std::borrow::Cow;
use std::sync::LazyLock;

static COMPLEXITY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\bo ?(of|\() ?(1|n|log ?n|n ?log ?n|n ?squared|n ?square|n ?\^ ?2|n2|n ?\* ?m|m ?\* ?n|n ?\+ ?m|m ?\+ ?n|2 ?\^ ?n)\)?|\b(linear|constant time|quadratic|logarithmic|exponential|n log n)\b",
    )
    // A fixed pattern, checked by the tests below.
    .expect("complexity pattern compiles")
});

const EDGE_CASES: &[&str] = &[
    "edge case",
    "edge cases",
    "corner case",
    "empty",
    "null",
    "none",
    "zero",
    "negative",
    "duplicate",
    "duplicates",
    "single element",
    "one element",
    "overflow",
    "invalid input",
];
const TESTS: &[&str] = &[
    "test",
    "tests",
    "testing",
    "assert",
    "test case",
    "dry run",
    "walk through an example",
    "for example",
    "let's try",
    "try it with",
    "run it",
];

/// Approaches common enough to name in any coding answer, for problems the
/// knowledge base does not know.
const GENERAL_APPROACHES: &[&str] = &[
    "sliding window",
    "two pointers",
    "two pointer",
    "hash map",
    "hashmap",
    "dictionary",
    "hash set",
    "recursion",
    "recursive",
    "binary search",
    "dynamic programming",
    "memoization",
    "breadth first",
    "depth first",
    "bfs",
    "dfs",
    "stack",
    "queue",
    "heap",
    "sort",
    "sorting",
    "greedy",
    "brute force",
    "prefix sum",
];

static GENERAL: LazyLock<PhraseList> = LazyLock::new(|| PhraseList::new(GENERAL_APPROACHES));

/// Findings about how a coding answer to a problem the knowledge base does
/// not know was structured: an approach named, a complexity stated (its
/// correctness cannot be judged without a reference), edge cases, a test.
pub fn general_coding_findings(said: &[Said<'_>], end: usize) -> Vec<Finding> {
    let mut out = Vec::new();
    out.push(match first_phrase(said, &GENERAL) {
        Some((span, name)) => finding(
            "coding.approach",
            "info",
            span,
            format!("You named the approach: {name}."),
            None,
        ),
        None => finding(
            "coding.approach",
            "warning",
            Span::empty(end),
            "You did not name an approach before working on the code.".to_owned(),
            Some(
                "Say the approach first (\u{201C}I'll keep a hash map of…\u{201D}), then code it."
                    .into(),
            ),
        ),
    });
    out.push(match first_complexity(said) {
        Some((span, stated)) => finding(
            "coding.complexity",
            "info",
            span,
            format!("You stated the time complexity, {stated}."),
            None,
        ),
        None => finding(
            "coding.complexity",
            "warning",
            Span::empty(end),
            "You did not state the time or space complexity.".to_owned(),
            Some("Close with the cost in time and space, and say which loop sets it.".into()),
        ),
    });
    out.extend(habits(said, end));
    out
}

/// Findings about how a coding answer was structured, against `topic`'s
/// reference (approach names, complexity); `approaches` are the
/// reference's approach names, as `PhraseList::approaches` compiles them.
pub fn coding_findings(
    topic: &Topic,
    approaches: &PhraseList,
    said: &[Said<'_>],
    end: usize,
) -> Vec<Finding> {
    let Some(reference) = &topic.coding else {
        return Vec::new();
    };
    let mut out = Vec::new();
    match first_phrase(said, approaches) {
        Some((span, name)) => out.push(finding(
            "coding.approach",
            "info",
            span,
            format!("You named the approach: {name}."),
            None,
        )),
        None => out.push(finding(
            "coding.approach",
            "warning",
            Span::empty(end),
            "You did not name an approach before working on the code.".to_owned(),
            Some(format!(
                "Say the approach first, e.g. \u{201C}I'll use {}\u{201D}, then code it.",
                reference.approach.join(" / ")
            )),
        )),
    }
    let expected = complexity_class(&reference.time);
    match first_complexity(said) {
        Some((span, stated)) => {
            let class = complexity_class(&stated);
            if class.is_some() && class == expected {
                out.push(finding(
                    "coding.complexity",
                    "info",
                    span,
                    format!("You stated the time complexity, {stated}, and it is right."),
                    None,
                ));
            } else {
                out.push(finding(
                    "coding.complexity",
                    "warning",
                    span,
                    format!(
                        "You said {stated}; the reference solution runs in {} time.",
                        reference.time
                    ),
                    Some(format!(
                        "Check the loop structure: the expected cost is {} time, {} space.",
                        reference.time, reference.space
                    )),
                ));
            }
        }
        None => out.push(finding(
            "coding.complexity",
            "warning",
            Span::empty(end),
            "You did not state the time or space complexity.".to_owned(),
            Some(format!(
                "Close with the cost: {} time, {} space for this problem.",
                reference.time, reference.space
            )),
        )),
    }
    out.extend(habits(said, end));
    out
}

/// Whether the answer considered edge cases and tested the code: the same
/// for every problem.
fn habits(said: &[Said<'_>], end: usize) -> Vec<Finding> {
    let mut out = Vec::new();
    for (rule, list, missing, advice) in [
        ("coding.edge-cases", &*EDGE_CASE_PHRASES, "You did not mention edge cases.", "Name the edge cases you handle: empty input, a single element, duplicates, negative numbers."),
        ("coding.tests", &*TEST_PHRASES, "You did not test the code or walk an example through it.", "Walk one small example through the code, then say which test cases you would run."),
    ] {
        match first_phrase(said, list) {
            Some((span, _)) => out.push(finding(rule, "info", span, format!("You {}.", if rule == "coding.tests" { "tested or walked through an example" } else { "considered edge cases" }), None)),
            None => out.push(finding(rule, "warning", Span::empty(end), missing.to_owned(), Some(advice.into()))),
        }
    }
    out
}

fn finding(
    rule: &'static str,
    severity: &'static str,
    span: Span,
    message: String,
    suggestion: Option<String>,
) -> Finding {
    Finding {
        rule: rule.into(),
        category: "structure".into(),
        severity: severity.into(),
        span,
        message,
        suggestion: suggestion.map(Cow::Owned),
    }
}

/// The first of `phrases` said as whole words, with its span.
fn first_phrase(said: &[Said<'_>], phrases: &PhraseList) -> Option<(Span, String)> {
    said.iter().find_map(|part| {
        phrases
            .automaton
            .find_iter(part.text)
            .find(|hit| whole_words(part.text, hit.start(), hit.end()))
            .map(|hit| {
                (
                    Span::new(part.at + hit.start(), part.at + hit.end()),
                    part.text[hit.start()..hit.end()].to_owned(),
                )
            })
    })
}

/// Phrases found case-insensitively, the longest first where they overlap.
pub struct PhraseList {
    automaton: AhoCorasick,
}

impl PhraseList {
    fn new<P: AsRef<[u8]>>(phrases: &[P]) -> Self {
        let automaton = AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostLongest)
            .kind(Some(AhoCorasickKind::DFA))
            .build(phrases)
            // A handful of short phrases: far from any size limit.
            .expect("phrase list compiles");
        PhraseList { automaton }
    }

    /// The approach names of `topic`'s reference solution, if it has one.
    pub fn approaches(topic: &Topic) -> Option<Self> {
        topic
            .coding
            .as_ref()
            .map(|reference| PhraseList::new(&reference.approach))
    }
}

static EDGE_CASE_PHRASES: LazyLock<PhraseList> = LazyLock::new(|| PhraseList::new(EDGE_CASES));
static TEST_PHRASES: LazyLock<PhraseList> = LazyLock::new(|| PhraseList::new(TESTS));

fn first_complexity(said: &[Said<'_>]) -> Option<(Span, String)> {
    said.iter().find_map(|part| {
        COMPLEXITY.find(part.text).map(|m| {
            (
                Span::new(part.at + m.start(), part.at + m.end()),
                m.as_str().to_owned(),
            )
        })
    })
}

/// The growth class of a complexity as said or written: "O(n)", "o of n",
/// "linear" are all `n`.
fn complexity_class(text: &str) -> Option<&'static str> {
    let squashed: String = text
        .to_lowercase()
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    let classes: [(&[&str], &str); 6] = [
        (&["nlogn", "nlog(n)"], "n log n"),
        (&["logn", "log(n)", "logarithmic"], "log n"),
        (&["n^2", "n2", "nsquare", "quadratic", "n*n"], "n^2"),
        (&["2^n", "exponential"], "2^n"),
        (&["o(1)", "oof1", "constanttime"], "1"),
        (
            &[
                "o(n)", "oofn", "linear", "o(n+m)", "o(m+n)", "oofn+m", "oofm+n",
            ],
            "n",
        ),
    ];
    classes
        .iter()
        .find(|(forms, _)| forms.iter().any(|form| squashed.contains(form)))
        .map(|(_, class)| *class)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::knowledge::KnowledgeBase;

    #[test]
    fn problems_without_a_reference_are_checked_for_their_shape() {
        let severities = |text: &str| -> Vec<(Cow<str>, Cow<str>)> {
            general_coding_findings(&[Said { text, at: 0 }], text.len())
                .into_iter()
                .map(|f| (f.rule, f.severity))
                .collect()
        };
        let before = severities("So I loop and then I print the result.");
        assert!(
            before.iter().all(|(_, severity)| severity == "warning"),
            "{before:?}"
        );
        assert_eq!(before.len(), 4);
        let after = severities(
            "I'll use a hash map of counts. It is O(n) time. For an empty list it returns zero. \
             Let me test it with 1, 2, 2.",
        );
        assert!(
            after.iter().all(|(_, severity)| severity == "info"),
            "{after:?}"
        );
    }

    fn findings(text: &str) -> Vec<Finding> {
        let topic = KnowledgeBase::built_in()
            .get("coding.longest-substring-without-repeating")
            .unwrap();
        let approaches = PhraseList::approaches(topic).unwrap();
        coding_findings(topic, &approaches, &[Said { text, at: 0 }], text.len())
    }

    fn severity<'a>(found: &'a [Finding], rule: &str) -> &'a str {
        &found.iter().find(|f| f.rule == rule).unwrap().severity
    }

    #[test]
    fn credits_a_named_approach_and_a_right_complexity() {
        let found = findings("It's a sliding window technique, and the time complexity is o of n because we go once.");
        assert_eq!(severity(&found, "coding.approach"), "info");
        assert_eq!(severity(&found, "coding.complexity"), "info");
        assert_eq!(severity(&found, "coding.edge-cases"), "warning");
    }

    #[test]
    fn flags_a_wrong_complexity_with_the_reference() {
        let found = findings("I loop twice so it is O(n^2).");
        let complexity = found
            .iter()
            .find(|f| f.rule == "coding.complexity")
            .unwrap();
        assert_eq!(complexity.severity, "warning");
        assert!(
            complexity.message.contains("O(n)"),
            "{}",
            complexity.message
        );
    }

    #[test]
    fn classes_of_spoken_complexities() {
        assert_eq!(complexity_class("o of n"), Some("n"));
        assert_eq!(complexity_class("O(n log n)"), Some("n log n"));
        assert_eq!(complexity_class("quadratic"), Some("n^2"));
        assert_eq!(complexity_class("O(1)"), Some("1"));
    }
}
