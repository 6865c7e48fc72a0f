//! Whole-report figures.

use crate::attribute::Attribution;
use crate::report::{Exchange, Habits, Interview, Metrics, Role};
use crate::segment::Turn;
use crate::span::Span;
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
    let whole = interviews
        .iter()
        .map(|i| i.span)
        .reduce(Span::cover)
        .unwrap_or_default();
    let all = habits(turns, exchanges(), whole);
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
        filler_rate: all.filler_rate,
        average_answer_words: all.average_answer_words,
        words_per_minute: all.words_per_minute,
        duration_seconds: first.zip(last).map(|(a, b)| (b - a).max(0.0)),
    }
}

/// The candidate's habits over the turns within `span` and these exchanges.
pub fn habits<'a>(
    turns: &[Turn],
    exchanges: impl Iterator<Item = &'a Exchange>,
    span: Span,
) -> Habits {
    // Turns are in source order: find the interview's by binary search, not
    // by scanning every turn for every interview.
    let first = turns.partition_point(|t| t.span.start() < span.start());
    let last = turns.partition_point(|t| t.span.start() < span.end().max(1));
    let within = || turns[first..last.max(first)].iter();
    let words_of =
        |role: Role| -> usize { within().filter(|t| t.role == role).map(|t| t.words).sum() };
    let candidate = words_of(Role::Candidate);
    let interviewer = words_of(Role::Interviewer);
    let mut answers = 0;
    let mut answer_words = 0;
    let mut fillers = 0;
    for exchange in exchanges {
        let texts =
            std::iter::once(&exchange.answer).chain(exchange.follow_ups.iter().map(|f| &f.answer));
        for answer in texts.filter(|a| !a.text.trim().is_empty()) {
            answers += 1;
            answer_words += words(&answer.text);
        }
        fillers += exchange
            .findings
            .iter()
            .filter(|f| f.rule == "delivery.filler")
            .count();
    }
    let (timed_words, seconds) = within()
        .filter(|t| t.role == Role::Candidate)
        .filter_map(|t| {
            t.time
                .map(|time| (t.words, (time.end - time.start).max(0.0)))
        })
        .fold((0, 0.0), |(w, s), (words, secs)| (w + words, s + secs));
    Habits {
        candidate_talk_ratio: ratio(candidate, candidate + interviewer),
        filler_rate: round1(100.0 * fillers as f64 / answer_words.max(1) as f64),
        average_answer_words: round1(answer_words as f64 / answers.max(1) as f64),
        words_per_minute: (seconds >= 10.0).then(|| round1(timed_words as f64 / seconds * 60.0)),
    }
}

/// The words of a non-empty answer. Its text is its sentences' words joined
/// by single spaces (`Sentence::text`), so counting the spaces is enough, and
/// far cheaper than splitting at every kind of whitespace.
fn words(answer: &str) -> usize {
    spaces(answer.as_bytes()) + 1
}

/// How many of `bytes` are spaces, counted eight at a time: every answer
/// is counted twice (for its interview and for the report), and a byte at
/// a time cost five instructions a byte.
fn spaces(bytes: &[u8]) -> usize {
    const LOW_BITS: u64 = u64::from_ne_bytes([0x7f; 8]);
    const SPACES: u64 = u64::from_ne_bytes([b' '; 8]);
    let mut chunks = bytes.chunks_exact(8);
    let mut count = 0;
    for chunk in &mut chunks {
        let mut eight = [0; 8];
        eight.copy_from_slice(chunk);
        // Zero in the bytes that were spaces.
        let differ = u64::from_ne_bytes(eight) ^ SPACES;
        // The high bit of each byte, set where that byte of `differ` is
        // zero: adding to the low seven bits never carries into the next
        // byte.
        let zero = !(((differ & LOW_BITS) + LOW_BITS) | differ | LOW_BITS);
        count += zero.count_ones() as usize;
    }
    count
        + chunks
            .remainder()
            .iter()
            .filter(|&&byte| byte == b' ')
            .count()
}

fn round1(value: f64) -> f64 {
    (value * 10.0).round() / 10.0
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{analyze, Options};

    #[test]
    fn spaces_are_counted_wherever_they_fall() {
        for text in [
            "",
            " ",
            "a b",
            "        ",
            "a  b c d e f g h i j k",
            "\u{a0} x \u{2003} ",
        ] {
            let one_by_one = text.bytes().filter(|&byte| byte == b' ').count();
            assert_eq!(spaces(text.as_bytes()), one_by_one, "{text:?}");
        }
    }

    #[test]
    fn counting_spaces_counts_every_word_of_an_answer() {
        let source =
            "Interviewer: What is a tuple?\nCandidate: It is\u{a0}an immutable\tsequence,  \
                      like a\u{2003}record. I used one for  coordinates.\n";
        let report = analyze(source.as_bytes(), &Options::default()).unwrap();
        let answers: Vec<&str> = report
            .interviews
            .iter()
            .flat_map(|i| &i.exchanges)
            .map(|e| e.answer.text.as_str())
            .filter(|text| !text.is_empty())
            .collect();
        assert!(!answers.is_empty());
        for answer in answers {
            assert_eq!(
                words(answer),
                answer.split_whitespace().count(),
                "{answer:?}"
            );
        }
    }
}
