//! The codes of findings the content analysis makes from the knowledge base
//! (`crate::content`): listed beside the rules so `debrief rules` documents
//! every code a report can contain and `--ignore` switches any of them off.

use super::macros::rule;
use super::Meta;

rule! {
    /// A key point of the topic that the answer covered.
    ///
    /// Why it matters: it shows which parts of the subject you already
    /// explain well, so practice goes to the rest. The finding points at the
    /// words that covered the point.
    ///
    /// Example: asked about list vs tuple, "a tuple cannot be changed once
    /// created" covers "tuples are immutable".
    pub struct KeyPointCovered {
        code: "content.key-point",
        name: "key-point-covered",
        category: Content,
        severity: Info,
    }
}

rule! {
    /// A key point of the topic that the answer did not cover.
    ///
    /// Why it matters: interviewers listen for the few facts that show you
    /// know a subject; a missing one reads as a gap.
    ///
    /// Example: a list-vs-tuple answer that never says lists are mutable.
    /// Instead: add the point in one plain sentence, as the suggestion gives it.
    pub struct KeyPointMissed {
        code: "content.key-point-missed",
        name: "key-point-missed",
        category: Content,
        severity: Warning,
    }
}

rule! {
    /// A statement the knowledge base knows to be wrong, with the correct one.
    ///
    /// Why it matters: a confident wrong statement costs more than a gap.
    ///
    /// Example: "chmod changes the owner of a file". Instead: "chmod changes
    /// the permission bits; chown changes the owner".
    pub struct Misconception {
        code: "accuracy.misconception",
        name: "misconception",
        category: Accuracy,
        severity: Error,
    }
}

rule! {
    /// Whether a coding answer named its approach (sliding window, two
    /// pointers, recursion…), and which.
    ///
    /// Why it matters: naming the approach first lets the interviewer follow
    /// the code and shows you chose it.
    ///
    /// Example: "I'll keep a window of unique characters and move its start
    /// past a repeat" names the sliding window.
    pub struct CodingApproach {
        code: "coding.approach",
        name: "coding-approach",
        category: Structure,
        severity: Warning,
    }
}

rule! {
    /// Whether a coding answer stated its time and space complexity, and
    /// whether it matches the reference solution's.
    ///
    /// Why it matters: almost every coding interview asks for the cost; saying
    /// it unprompted shows you think about it.
    ///
    /// Example: no mention of cost. Instead: "This is O(n) time and O(k) space
    /// for the window's characters."
    pub struct CodingComplexity {
        code: "coding.complexity",
        name: "coding-complexity",
        category: Structure,
        severity: Warning,
    }
}

rule! {
    /// Whether a coding answer mentioned edge cases.
    ///
    /// Why it matters: empty input, one element, duplicates and negatives are
    /// where solutions break; naming them shows care.
    ///
    /// Example: no edge case named. Instead: "For an empty string this returns
    /// zero."
    pub struct CodingEdgeCases {
        code: "coding.edge-cases",
        name: "coding-edge-cases",
        category: Structure,
        severity: Warning,
    }
}

rule! {
    /// Whether a coding answer tested the code or walked an example through it.
    ///
    /// Why it matters: a dry run catches bugs before the interviewer does.
    ///
    /// Example: the code ends without a check. Instead: "Let me run 'abcabcbb'
    /// through it: the window grows to 'abc', then…"
    pub struct CodingTests {
        code: "coding.tests",
        name: "coding-tests",
        category: Structure,
        severity: Warning,
    }
}

/// In the order their findings are reported.
pub static CONTENT_RULES: &[&Meta] = &[
    &KeyPointCovered::META,
    &KeyPointMissed::META,
    &Misconception::META,
    &CodingApproach::META,
    &CodingComplexity::META,
    &CodingEdgeCases::META,
    &CodingTests::META,
];
