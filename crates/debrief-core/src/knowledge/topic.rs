//! One topic of the knowledge base, as its TOML file spells it (see
//! `knowledge/README.md`).

use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TopicKind {
    Technical,
    Behavioral,
    Coding,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Topic {
    pub id: String,
    pub title: String,
    pub category: String,
    pub kind: TopicKind,
    /// How the question is asked.
    pub questions: Vec<String>,
    /// Speech-recognition mishearings of the topic's terms.
    #[serde(default)]
    pub spoken: Vec<Spoken>,
    /// Words and phrases that show an exchange is about the topic.
    pub terms: Vec<String>,
    pub model_answer: String,
    pub follow_ups: Vec<String>,
    pub key_points: Vec<KeyPoint>,
    #[serde(default)]
    pub misconceptions: Vec<Misconception>,
    pub coding: Option<Coding>,
    /// A behavioural question answered with a story (conflict, failure…),
    /// so its answer is judged and rebuilt in STAR order.
    #[serde(default)]
    pub story: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Spoken {
    pub heard: String,
    pub likely: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KeyPoint {
    pub id: String,
    pub point: String,
    pub cues: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Misconception {
    /// A regular expression, matched case-insensitively.
    pub pattern: String,
    pub correct: String,
    /// A statement the pattern must match.
    pub example: String,
    /// A correct statement the pattern must not match.
    pub fine: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Coding {
    pub function: String,
    pub time: String,
    pub space: String,
    pub approach: Vec<String>,
    pub solution: String,
    pub tests: Vec<TestCase>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TestCase {
    /// A Python expression calling the solution.
    pub call: String,
    /// A Python expression for the expected value.
    pub expected: String,
}
