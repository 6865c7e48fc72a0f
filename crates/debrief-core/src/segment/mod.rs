//! segment: from attributed sentences to interviews and their exchanges.
//!
//! `sessions.rs` splits concatenated interviews; `exchanges.rs` walks each
//! interview turn by turn, opening an exchange at every question, prompt or
//! implied question (`implied.rs`), attaching follow-ups (`follow_up.rs`)
//! and answers; `kind.rs` says what kind of question each one is.

mod exchanges;
mod follow_up;
mod implied;
mod kind;
mod sessions;
mod turns;

pub use turns::{turns, Turn};

use crate::attribute::Attribution;
use crate::cues::Facts;
use crate::report::Kind;
use crate::text::Sentence;
use std::ops::Range;

/// One interview: a range of sentences and the exchanges in it.
#[derive(Clone, Debug, PartialEq)]
pub struct InterviewPlan {
    pub sentences: Range<usize>,
    pub exchanges: Vec<ExchangePlan>,
}

/// A question and what answered it, as sentence indices.
#[derive(Clone, Debug, PartialEq)]
pub struct ExchangePlan {
    pub kind: Kind,
    pub question: QuestionPlan,
    pub answer: Vec<usize>,
    pub follow_ups: Vec<(QuestionPlan, Vec<usize>)>,
}

/// Where a question is: the sentences that ask it, or, for a question the
/// transcript does not contain, the text debrief infers and the sentence
/// whose start it points at.
#[derive(Clone, Debug, PartialEq)]
pub enum QuestionPlan {
    Asked(Vec<usize>),
    Inferred { text: String, at: usize },
}

/// Splits the transcript into interviews and exchanges.
pub fn segment(
    sentences: &[Sentence],
    facts: &[Facts],
    attribution: &Attribution,
) -> Vec<InterviewPlan> {
    sessions::split(sentences, facts)
        .into_iter()
        .map(|range| InterviewPlan {
            exchanges: exchanges::find(sentences, facts, attribution, range.clone()),
            sentences: range,
        })
        .collect()
}
