//! Roles from speaker labels: one speaker is the candidate, the others are
//! interviewers. The candidate is the one whose sentences sound least like
//! an interviewer's (they answer, at length, rather than ask), unless the
//! user names them.

use super::{Attribution, Method, UnknownCandidate};
use crate::report::Role;
use crate::text::Sentence;
use crate::transcript::Transcript;

pub fn attribute(
    transcript: &Transcript,
    sentences: &[Sentence],
    evidence: &[f64],
    candidate: Option<&str>,
) -> Result<Attribution, UnknownCandidate> {
    let count = transcript.speakers.len();
    let mut total = vec![0.0f64; count];
    let mut words = vec![0usize; count];
    for (sentence, score) in sentences.iter().zip(evidence) {
        if let Some(speaker) = sentence.speaker {
            total[speaker] += score;
            words[speaker] += sentence.words;
        }
    }
    let (chosen, margin) = match candidate {
        Some(name) => (named(transcript, name)?, f64::INFINITY),
        None => guess(&total, &words),
    };
    // A clear gap between the candidate and the next most answer-like
    // speaker makes every label's role surer.
    let confidence = if margin.is_infinite() {
        0.99
    } else {
        (0.5 + margin / (margin + 6.0) * 0.5).clamp(0.5, 0.99)
    };
    let speakers: Vec<Role> = (0..count)
        .map(|i| {
            if i == chosen {
                Role::Candidate
            } else {
                Role::Interviewer
            }
        })
        .collect();
    let (roles, confidence) = sentences
        .iter()
        .map(|s| match s.speaker {
            Some(speaker) => (speakers[speaker], confidence),
            None => (Role::Unknown, 0.5),
        })
        .unzip();
    Ok(Attribution {
        method: Method::Labels,
        roles,
        confidence,
        speakers,
    })
}

fn named(transcript: &Transcript, name: &str) -> Result<usize, UnknownCandidate> {
    let wanted = name.trim().to_lowercase();
    transcript
        .speakers
        .iter()
        .position(|label| label.to_lowercase() == wanted)
        .ok_or_else(|| UnknownCandidate {
            name: name.to_owned(),
            known: transcript.speakers.clone(),
        })
}

/// The speaker with the least interviewer evidence per sentence weighed by
/// how much they say, and the gap to the runner-up.
fn guess(total: &[f64], words: &[usize]) -> (usize, f64) {
    let all_words: usize = words.iter().sum::<usize>().max(1);
    let answer_likeness: Vec<f64> = total
        .iter()
        .zip(words)
        .map(|(score, &w)| -score + 20.0 * w as f64 / all_words as f64)
        .collect();
    let mut order: Vec<usize> = (0..total.len()).collect();
    order.sort_by(|&a, &b| answer_likeness[b].total_cmp(&answer_likeness[a]));
    let best = order.first().copied().unwrap_or(0);
    let margin = match order.get(1) {
        Some(&second) => answer_likeness[best] - answer_likeness[second],
        None => 0.0,
    };
    (best, margin)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_speaker_who_answers_is_the_candidate() {
        // Interviewer asks (positive evidence, few words); candidate answers.
        let (best, margin) = guess(&[9.0, -14.0], &[40, 400]);
        assert_eq!(best, 1);
        assert!(margin > 10.0);
    }

    #[test]
    fn panels_have_one_candidate() {
        let (best, _) = guess(&[6.0, -20.0, 4.0], &[80, 600, 60]);
        assert_eq!(best, 1);
    }
}
