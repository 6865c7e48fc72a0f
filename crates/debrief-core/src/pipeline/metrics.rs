//! Whole-report figures.

use crate::attribute::Attribution;
use crate::report::{Interview, Metrics, Role};
use crate::segment::Turn;
use crate::text::Sentence;

pub fn metrics(
    turns: &[Turn],
    interviews: &[Interview],
    attribution: &Attribution,
    sentences: &[Sentence],
) -> Metrics {
    let words_of = |role: Role| -> usize {
        turns
            .iter()
            .filter(|t| t.role == role)
            .map(|t| t.words)
            .sum()
    };
    let interviewer_words = words_of(Role::Interviewer);
    let candidate_words = words_of(Role::Candidate);
    let words: usize = turns.iter().map(|t| t.words).sum();
    let exchanges = || interviews.iter().flat_map(|i| &i.exchanges);
    let weighted: f64 = turns.iter().map(|t| t.confidence * t.words as f64).sum();
    let times = sentences.iter().filter_map(|s| s.time);
    let first = times.clone().map(|t| t.start).reduce(f64::min);
    let last = times.map(|t| t.end).reduce(f64::max);
    Metrics {
        words,
        interviewer_words,
        candidate_words,
        candidate_talk_ratio: ratio(candidate_words, interviewer_words + candidate_words),
        questions: exchanges().count(),
        inferred_questions: exchanges().filter(|e| e.question.inferred).count(),
        follow_ups: exchanges().map(|e| e.follow_ups.len()).sum(),
        candidate_questions: exchanges()
            .filter(|e| e.kind == crate::report::Kind::CandidateQuestion)
            .count(),
        attribution: attribution.method.name().to_owned(),
        attribution_confidence: ratio_f(weighted, words as f64),
        duration_seconds: first.zip(last).map(|(a, b)| (b - a).max(0.0)),
    }
}

fn ratio(part: usize, whole: usize) -> f64 {
    ratio_f(part as f64, whole as f64)
}

fn ratio_f(part: f64, whole: f64) -> f64 {
    if whole <= 0.0 {
        0.0
    } else {
        (part / whole * 1000.0).round() / 1000.0
    }
}
