//! Where one interview ends and the next begins, in transcripts that hold
//! several pasted one after another.
//!
//! An interview ends with a goodbye ("Nice talking to you. Bye."), usually
//! trailed by thanks and small talk; the next starts at the first paragraph
//! after that closing stretch, or at a fresh greeting or introduction.
//! Candidate boundaries that would leave a piece too small to be an interview
//! on either side are dropped: "nice talking to you" also comes up in the
//! middle of an interview.

use crate::cues;
use crate::cues::Facts;
use crate::text::Sentence;
use std::ops::Range;

/// Fewer words than this is not an interview of its own.
const MIN_INTERVIEW_WORDS: usize = 250;
/// Thanks and goodbyes within this many words of a closing belong to it.
const CLOSING_REACH: usize = 60;

pub fn split(sentences: &[Sentence], facts: &[Facts]) -> Vec<Range<usize>> {
    if sentences.is_empty() {
        return Vec::new();
    }
    let mut boundaries = Vec::new();
    let mut i = 0;
    while i < sentences.len() {
        if facts[i].closing {
            let end = closing_stretch_end(sentences, facts, i);
            if let Some(start) = next_start(sentences, facts, end + 1) {
                boundaries.push(start);
            }
            i = end + 1;
        } else {
            if i > 0 && sentences[i].starts_paragraph && cues::is_opening(&facts[i].words) {
                boundaries.push(i);
            }
            i += 1;
        }
    }
    boundaries.dedup();
    keep_substantial(sentences, boundaries)
}

/// The last sentence of the goodbye stretch that starts at `from`.
fn closing_stretch_end(sentences: &[Sentence], facts: &[Facts], from: usize) -> usize {
    let mut end = from;
    let mut since = 0;
    for (j, sentence) in sentences.iter().enumerate().skip(from + 1) {
        since += sentence.words;
        if since > CLOSING_REACH {
            break;
        }
        if facts[j].closing || is_thanks(&facts[j]) {
            end = j;
            since = 0;
        }
    }
    end
}

fn is_thanks(facts: &Facts) -> bool {
    facts.words.len() <= 4
        && facts
            .words
            .iter()
            .any(|word| matches!(word, "thanks" | "thank" | "too" | "bye"))
}

/// Where the next interview starts after a closing stretch: the next
/// paragraph that says more than thanks and goodbyes, or, in text without
/// paragraphs, the next sentence that does.
fn next_start(sentences: &[Sentence], facts: &[Facts], from: usize) -> Option<usize> {
    let paragraphs = sentences.iter().skip(1).any(|s| s.starts_paragraph);
    let fresh = |j: usize| !facts[j].ack && !facts[j].closing && !is_thanks(&facts[j]);
    if !paragraphs {
        return (from..sentences.len()).find(|&j| fresh(j));
    }
    let mut start = None;
    for (j, sentence) in sentences.iter().enumerate().skip(from) {
        if sentence.starts_paragraph {
            start = Some(j);
        }
        if fresh(j) && start.is_some() {
            return start;
        }
    }
    None
}

fn keep_substantial(sentences: &[Sentence], boundaries: Vec<usize>) -> Vec<Range<usize>> {
    let words_in =
        |range: Range<usize>| -> usize { sentences[range].iter().map(|s| s.words).sum() };
    let mut starts = vec![0];
    for (k, &boundary) in boundaries.iter().enumerate() {
        let last = *starts.last().unwrap_or(&0);
        let next = boundaries.get(k + 1).copied().unwrap_or(sentences.len());
        if boundary > last
            && words_in(last..boundary) >= MIN_INTERVIEW_WORDS
            && words_in(boundary..next.max(boundary)) >= MIN_INTERVIEW_WORDS
        {
            starts.push(boundary);
        }
    }
    let mut ranges: Vec<Range<usize>> = starts.windows(2).map(|pair| pair[0]..pair[1]).collect();
    ranges.push(*starts.last().unwrap_or(&0)..sentences.len());
    ranges
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest;
    use crate::text::sentences;
    use crate::transcript::InputFormat;

    fn interviews(source: &str) -> Vec<String> {
        let transcript = ingest::read(source.as_bytes(), Some(InputFormat::Plain)).unwrap();
        let found = sentences(&transcript);
        let lower = transcript.source.to_ascii_lowercase();
        let tokens = crate::text::tokens::SentenceTokens::new(&found, &transcript.source, &lower);
        let words = crate::cues::SentenceWords::of_tokens(&found, &transcript.source, &tokens);
        let facts = Facts::all(&found, &words);
        split(&found, &facts)
            .into_iter()
            .map(|range| found[range.start].text.to_string())
            .collect()
    }

    fn filler(words: usize) -> String {
        "I worked on the billing service and it went well. ".repeat(words / 10)
    }

    #[test]
    fn splits_after_a_goodbye_and_its_trailing_thanks() {
        let source = format!(
            "What is a tuple? {}\n\nOkay. Nice talking to you. Bye.\n\nThanks.\n\nWhat is Kafka? {}",
            filler(300),
            filler(300)
        );
        assert_eq!(interviews(&source), ["What is a tuple?", "What is Kafka?"]);
    }

    #[test]
    fn a_goodbye_in_the_middle_does_not_split_a_short_piece_off() {
        let source = format!(
            "What is a tuple? {}\n\nNice talking to you.\n\nOne more thing. {}",
            filler(300),
            filler(60)
        );
        assert_eq!(interviews(&source).len(), 1);
    }

    #[test]
    fn a_greeting_after_a_long_interview_starts_a_new_one() {
        let source = format!(
            "What is a tuple? {}\n\nHi, thanks for joining. Tell me about yourself. {}",
            filler(300),
            filler(300)
        );
        assert_eq!(
            interviews(&source),
            ["What is a tuple?", "Hi, thanks for joining."]
        );
    }
}
