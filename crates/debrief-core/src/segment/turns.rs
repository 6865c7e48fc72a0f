//! Turns: maximal runs of sentences with the same speaker and role.

use crate::attribute::Attribution;
use crate::report::Role;
use crate::span::Span;
use crate::text::Sentence;
use crate::transcript::{SpeakerIndex, TimeRange};
use std::ops::Range;

#[derive(Clone, Debug, PartialEq)]
pub struct Turn {
    pub sentences: Range<usize>,
    pub span: Span,
    pub speaker: Option<SpeakerIndex>,
    pub role: Role,
    /// Mean confidence of the sentences' roles, weighed by words.
    pub confidence: f64,
    pub words: usize,
    /// From the first timed sentence's start to the last one's end.
    pub time: Option<TimeRange>,
}

pub fn turns(sentences: &[Sentence], attribution: &Attribution) -> Vec<Turn> {
    let mut out: Vec<Turn> = Vec::new();
    for (i, sentence) in sentences.iter().enumerate() {
        let role = attribution.roles[i];
        let weight = sentence.words.max(1);
        let weighted = attribution.confidence[i] * weight as f64;
        match out.last_mut() {
            Some(turn) if turn.role == role && turn.speaker == sentence.speaker => {
                turn.confidence =
                    (turn.confidence * turn.words as f64 + weighted) / (turn.words + weight) as f64;
                turn.words += weight;
                turn.sentences.end = i + 1;
                turn.span = turn.span.cover(sentence.span);
                turn.time = match (turn.time, sentence.time) {
                    (Some(open), Some(next)) => Some(TimeRange {
                        start: open.start,
                        end: next.end.max(open.end),
                    }),
                    (open, next) => open.or(next),
                };
            }
            _ => out.push(Turn {
                sentences: i..i + 1,
                span: sentence.span,
                speaker: sentence.speaker,
                role,
                confidence: attribution.confidence[i],
                words: weight,
                time: sentence.time,
            }),
        }
    }
    out
}
