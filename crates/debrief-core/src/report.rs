//! The report contract, `debrief.report/1` (see DESIGN.md). Tools, tests and
//! the web UI read this shape: change it only by adding fields, or by bumping
//! [`SCHEMA`]. The JSON Schema published by `debrief schema` is derived from
//! these types.

use crate::span::Span;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::borrow::Cow;

pub const SCHEMA: &str = "debrief.report/1";

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[schemars(
    title = "debrief report",
    description = "A coaching report for one transcript (debrief.report/1). Spans are [start, end) byte offsets into the original input."
)]
pub struct Report {
    /// Always `debrief.report/1` for this shape.
    pub schema: String,
    pub source: Source,
    pub speakers: Vec<Speaker>,
    pub turns: Vec<Turn>,
    pub interviews: Vec<Interview>,
    /// Technical terms that speech recognition probably garbled.
    pub terms: Vec<Term>,
    /// The whole report's scores: the mean over its answered exchanges.
    #[serde(default)]
    pub scores: Scores,
    pub metrics: Metrics,
    /// What went well and what to change across all interviews.
    #[serde(default)]
    pub feedback: Feedback,
    /// The practice plan: weakest topics and habits first.
    pub recommendations: Vec<Recommendation>,
    /// Things the reader should know about how the input was read.
    #[serde(default)]
    pub warnings: Vec<String>,
}

impl Report {
    /// The role of whoever was speaking at byte `at` of the source, when a
    /// turn covers it.
    pub fn role_at(&self, at: usize) -> Option<Role> {
        self.turns
            .iter()
            .find(|turn| turn.span.start() <= at && at < turn.span.end())
            .map(|turn| turn.role)
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Source {
    pub name: String,
    /// One of the `--input-format` names.
    pub format: crate::InputFormat,
    pub bytes: usize,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Interviewer,
    Candidate,
    Unknown,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Speaker {
    pub id: String,
    /// The name as written in the file; null when the file has no labels.
    pub label: Option<String>,
    pub role: Role,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Turn {
    pub span: Span,
    /// A speaker id from `speakers`, or null when the file has no labels.
    pub speaker: Option<String>,
    pub role: Role,
    /// How sure debrief is of `role`, from 0 to 1.
    pub confidence: f64,
    /// Seconds from the start of the recording, when the file has timestamps.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<f64>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Interview {
    /// 1-based position in the transcript.
    pub index: usize,
    pub span: Span,
    pub scores: Scores,
    #[serde(default)]
    pub metrics: Habits,
    pub exchanges: Vec<Exchange>,
}

/// Scores from 0 to 100 (formula in the README).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Scores {
    /// Null until the answer's content can be judged against a topic.
    pub content: Option<f64>,
    /// How the answer is built (STAR parts, a concrete example, approach and
    /// complexity for code); null when no structure is expected.
    #[serde(default)]
    pub structure: Option<f64>,
    pub delivery: f64,
    pub overall: f64,
}

/// The candidate's speaking habits over a stretch of the transcript.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Habits {
    /// Candidate words over all attributed words.
    pub candidate_talk_ratio: f64,
    /// Filler words and phrases per 100 candidate words.
    pub filler_rate: f64,
    /// Mean words per answer (follow-up answers included).
    pub average_answer_words: f64,
    /// Candidate words per minute, when the file has timestamps.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub words_per_minute: Option<f64>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    Technical,
    Behavioral,
    Coding,
    CandidateQuestion,
    Other,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Strong,
    Partial,
    Weak,
    Unanswered,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Exchange {
    /// Stable within a report: `i<interview>-q<n>`.
    pub id: String,
    pub kind: Kind,
    pub question: Question,
    pub follow_ups: Vec<FollowUp>,
    pub answer: Answer,
    pub topic: Option<Topic>,
    pub status: Status,
    pub scores: Scores,
    pub findings: Vec<Finding>,
    pub strengths: Vec<Note>,
    pub improvements: Vec<Note>,
    pub revised_answer: Option<RevisedAnswer>,
}

/// A sentence of coaching and the words of the transcript it is about.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Note {
    pub text: String,
    /// Where the words it is about are; empty only for what is missing
    /// from an answer, which has no words to point at.
    pub evidence: Vec<Span>,
}

/// Overall feedback: the patterns across exchanges.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Feedback {
    pub strengths: Vec<Note>,
    pub improvements: Vec<Note>,
}

/// One item of the practice plan.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Recommendation {
    /// What to practise: a topic's title or a habit.
    pub focus: String,
    /// Why, in terms of what was found.
    pub reason: String,
    /// The knowledge-base topic, when the item is a topic.
    pub topic: Option<String>,
    /// The rule, when the item is a habit.
    pub rule: Option<String>,
    /// The exchanges it comes from.
    pub exchanges: Vec<String>,
    /// Questions to practise with.
    pub drills: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Question {
    /// The words as asked or, when `inferred`, a short question debrief
    /// inferred from the answer.
    pub text: String,
    /// Where the question is asked; for an inferred question, the empty span
    /// where the answer starts.
    pub span: Span,
    pub inferred: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Answer {
    /// The candidate's words, verbatim.
    pub text: String,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct FollowUp {
    pub question: Question,
    pub answer: Answer,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Topic {
    pub id: String,
    pub title: String,
    pub confidence: f64,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Finding {
    // Code, category and severity are nearly always names the rules hold
    // as constants: borrowed, a finding costs no copies of them.
    pub rule: Cow<'static, str>,
    pub category: Cow<'static, str>,
    pub severity: Cow<'static, str>,
    pub span: Span,
    pub message: String,
    /// Most rules suggest a constant sentence, borrowed like the names.
    pub suggestion: Option<Cow<'static, str>>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct RevisedAnswer {
    pub text: String,
    pub source: RevisedSource,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum RevisedSource {
    KnowledgeBase,
    CandidateFacts,
    Llm,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Term {
    pub heard: String,
    pub span: Span,
    pub likely: String,
}

/// Whole-report figures.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Metrics {
    pub words: usize,
    pub interviewer_words: usize,
    pub candidate_words: usize,
    /// Candidate words over all attributed words.
    pub candidate_talk_ratio: f64,
    pub questions: usize,
    pub inferred_questions: usize,
    pub follow_ups: usize,
    pub candidate_questions: usize,
    /// How roles were decided: `labels` (speaker names in the file, with the
    /// candidate chosen by `--candidate` or by who answers most) or `text`
    /// (inferred sentence by sentence from what is said).
    pub attribution: String,
    /// Mean confidence of the turn roles, weighted by words, from 0 to 1.
    pub attribution_confidence: f64,
    /// Filler words and phrases per 100 candidate words.
    #[serde(default)]
    pub filler_rate: f64,
    /// Mean words per answer (follow-up answers included).
    #[serde(default)]
    pub average_answer_words: f64,
    /// Candidate words per minute, when the file has timestamps.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub words_per_minute: Option<f64>,
    /// Recording length in seconds, when the file has timestamps.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duration_seconds: Option<f64>,
}
