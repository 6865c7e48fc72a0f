//! Small hand-built reports for the HTML renderer's unit tests.

use debrief_core::report::{
    Answer, Exchange, Feedback, Finding, Interview, Kind, Metrics, Question, Scores, Source,
    Status, SCHEMA,
};
use debrief_core::{InputFormat, Report, Span};

/// An exchange asked at `question` and answered at `answer` (byte ranges
/// into the test's source text).
pub fn exchange(
    id: &str,
    source: &str,
    question: (usize, usize),
    answer: (usize, usize),
) -> Exchange {
    let text = |(start, end): (usize, usize)| source.get(start..end).unwrap_or("").to_owned();
    Exchange {
        id: id.to_owned(),
        kind: Kind::Technical,
        question: Question {
            text: text(question),
            span: Span::new(question.0, question.1),
            inferred: false,
        },
        follow_ups: Vec::new(),
        answer: Answer {
            text: text(answer),
            span: Span::new(answer.0, answer.1),
        },
        topic: None,
        status: Status::Partial,
        scores: Scores {
            delivery: 80.0,
            overall: 80.0,
            ..Scores::default()
        },
        findings: Vec::new(),
        strengths: Vec::new(),
        improvements: Vec::new(),
        revised_answer: None,
    }
}

pub fn finding(rule: &str, severity: &str, span: (usize, usize), message: &str) -> Finding {
    Finding {
        rule: rule.to_owned().into(),
        category: rule.split('.').next().unwrap_or(rule).to_owned().into(),
        severity: severity.to_owned().into(),
        span: Span::new(span.0, span.1),
        message: message.to_owned(),
        suggestion: None,
    }
}

/// One interview holding `exchanges`.
pub fn report(exchanges: Vec<Exchange>) -> Report {
    Report {
        schema: SCHEMA.to_owned(),
        source: Source {
            name: "test.txt".to_owned(),
            format: InputFormat::Plain,
            bytes: 0,
        },
        speakers: Vec::new(),
        turns: Vec::new(),
        interviews: vec![Interview {
            index: 1,
            span: Span::new(0, 0),
            scores: Scores::default(),
            metrics: Default::default(),
            exchanges,
        }],
        terms: Vec::new(),
        scores: Scores::default(),
        metrics: Metrics {
            words: 0,
            interviewer_words: 0,
            candidate_words: 0,
            candidate_talk_ratio: 0.0,
            questions: 0,
            inferred_questions: 0,
            follow_ups: 0,
            candidate_questions: 0,
            attribution: "text".to_owned(),
            attribution_confidence: 0.0,
            filler_rate: 0.0,
            average_answer_words: 0.0,
            words_per_minute: None,
            duration_seconds: None,
        },
        feedback: Feedback::default(),
        recommendations: Vec::new(),
        warnings: Vec::new(),
    }
}
