//! Questions the transcript has no words for, found where the candidate's
//! answer turns to a new subject: speech-to-text often drops the
//! interviewer's side, and the answer is all that is left.
//!
//! Two shapes are trusted. A definition of something not yet mentioned in
//! the interview ("Lambda function is like an anonymous function…") answers
//! "What is a lambda function?". A paragraph that restates the frame of a
//! question ("In my current company, I built…", "In these five years, I
//! used…") answers a question about that frame.

use crate::cues::Facts;
use crate::cues::{self, is_content_word, Words};
use crate::text::Sentence;
use rustc_hash::FxHashSet;

/// The answer before the turn must be this long: a definition right after a
/// question is that question's answer, not a new one.
const MIN_WORDS_BEFORE: usize = 25;
const FRAME_NOUNS: &[&str] = &[
    "years",
    "year",
    "company",
    "role",
    "project",
    "projects",
    "team",
    "job",
    "organization",
    "experience",
    "career",
    "current",
    "previous",
    "last",
];
const FRAME_PREPOSITIONS: &[&str] = &["in", "at", "during", "on", "for", "with"];

/// Words seen so far in the interview, by a crude stem, so that a
/// definition of something already asked about is not taken as new.
///
/// Only a few sentences are ever checked against it, so sentences are
/// stemmed when a check needs them rather than as they are added: those
/// after an interview's last check never are.
#[derive(Default)]
pub struct Seen<'a> {
    /// Sentences added since the last check.
    pending: Vec<&'a Words<'a>>,
    /// The stems short enough to pack (`packed`): nearly all of them.
    packed: FxHashSet<u64>,
    /// The other stems.
    long: FxHashSet<&'a str>,
}

impl<'a> Seen<'a> {
    pub fn add(&mut self, words: &'a Words<'a>) {
        self.pending.push(words);
    }

    fn has(&mut self, word: &str) -> bool {
        for words in self.pending.drain(..) {
            for stem in words.iter().filter(|word| is_content_word(word)).map(stem) {
                match packed(stem) {
                    Some(key) => self.packed.insert(key),
                    None => self.long.insert(stem),
                };
            }
        }
        let stem = stem(word);
        match packed(stem) {
            Some(key) => self.packed.contains(&key),
            None => self.long.contains(stem),
        }
    }
}

/// A stem of at most seven bytes, and its length, in one number: every
/// stem of every interview is hashed, and a number hashes and compares in
/// one step where a string takes a loop and a call.
fn packed(stem: &str) -> Option<u64> {
    let bytes = stem.as_bytes();
    let mut key = [0u8; 8];
    key.get_mut(..bytes.len())?.copy_from_slice(bytes);
    key[7] = u8::try_from(bytes.len()).ok().filter(|&len| len < 8)?;
    Some(u64::from_le_bytes(key))
}

/// The first five characters: enough to tell "abstraction" from "lambda"
/// while letting "abstract" and "abstraction" meet.
fn stem(word: &str) -> &str {
    // Nearly every word is ASCII, where characters are bytes.
    if word.len() <= 5 {
        return word;
    }
    let end = if word.as_bytes()[..5].is_ascii() {
        5
    } else {
        word.char_indices().nth(5).map_or(word.len(), |(at, _)| at)
    };
    &word[..end]
}

/// If the answer turns to a new question at `sentence`, the inferred
/// question's text.
pub fn implied_question(
    sentence: &Sentence,
    facts: &Facts,
    seen: &mut Seen<'_>,
    words_before: usize,
) -> Option<String> {
    if words_before < MIN_WORDS_BEFORE || facts.ack || facts.ask.is_some() {
        return None;
    }
    if let Some(subject) = defined_subject(&sentence.text, &facts.words, seen) {
        return Some(format!("What is {subject}?"));
    }
    if sentence.starts_paragraph && restates_a_frame(&sentence.text, &facts.words) {
        return Some(unheard_question(&sentence.text));
    }
    None
}

/// "X is …" / "X are …" where X is a short phrase with a content word the
/// interview has not mentioned yet.
fn defined_subject(text: &str, words: &Words, seen: &mut Seen<'_>) -> Option<String> {
    if words.len() < 6 || cues::continues(words) {
        return None;
    }
    let copula = words.iter().take(5).position(|w| w == "is" || w == "are")?;
    let all = words.list();
    if copula == 0 {
        return None;
    }
    let subject = &all[..copula];
    let content: Vec<&&str> = subject.iter().filter(|w| is_content_word(w)).collect();
    let noun_phrase = subject
        .iter()
        .all(|w| is_content_word(w) || matches!(*w, "the" | "a" | "an" | "and" | "of"));
    let subject_text: String = text
        .split_whitespace()
        .take(copula)
        .collect::<Vec<_>>()
        .join(" ");
    if content.is_empty()
        || !noun_phrase
        || subject_text.contains(',')
        || !is_content_word(subject[0])
        || content.iter().all(|w| seen.has(w))
    {
        return None;
    }
    Some(subject_text)
}

fn restates_a_frame(text: &str, words: &Words) -> bool {
    // The frame ends at a comma: without one there is none, and its words
    // need not be read.
    let Some((frame, _)) = text.split_once(',') else {
        return false;
    };
    let frame_words = Words::of(frame);
    let all = frame_words.list();
    words.len() > all.len() + 3
        && (2..=6).contains(&all.len())
        && FRAME_PREPOSITIONS.contains(&all[0])
        && all.iter().any(|w| FRAME_NOUNS.contains(w))
}

/// The text of a question the transcript has no words for, quoting the
/// opening of its answer so the reader can place it.
pub fn unheard_question(answer_opening: &str) -> String {
    format!(
        "Question not in the transcript; the answer begins \u{201C}{}\u{201D}",
        opening_words(answer_opening, 10)
    )
}

fn opening_words(text: &str, count: usize) -> String {
    let words: Vec<&str> = text.split_whitespace().take(count).collect();
    let more = text.split_whitespace().count() > count;
    format!("{}{}", words.join(" "), if more { "\u{2026}" } else { "" })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentence(text: &str, paragraph: bool) -> Sentence<'_> {
        Sentence {
            span: crate::span::Span::new(0, text.len()),
            text: text.into(),
            words: text.split_whitespace().count(),
            speaker: None,
            time: None,
            starts_paragraph: paragraph,
        }
    }

    fn implied(text: &str, paragraph: bool, seen_text: &str) -> Option<String> {
        let mut seen = Seen::default();
        let seen_words = Words::of(seen_text);
        seen.add(&seen_words);
        let s = sentence(text, paragraph);
        implied_question(&s, &Facts::of(&s), &mut seen, 40)
    }

    #[test]
    fn a_definition_of_something_new_implies_a_question() {
        assert_eq!(
            implied(
                "Lambda function is like a anonymous function.",
                false,
                "list comprehension filter"
            ),
            Some("What is Lambda function?".to_owned())
        );
    }

    #[test]
    fn a_definition_of_what_was_asked_does_not() {
        assert_eq!(
            implied(
                "Kafka is a pub sub architecture.",
                false,
                "where do you go to kafka"
            ),
            None
        );
        assert_eq!(implied("It is a pub sub architecture.", false, ""), None);
    }

    #[test]
    fn a_paragraph_restating_a_frame_implies_a_question() {
        let found = implied(
            "In current company, Waterlabs today, I built 2 stand alone projects.",
            true,
            "",
        );
        assert_eq!(
            found.unwrap(),
            "Question not in the transcript; the answer begins \u{201C}In current company, Waterlabs today, I built 2 stand alone\u{2026}\u{201D}"
        );
        assert_eq!(
            implied(
                "In current company, Waterlabs today, I built 2 projects.",
                false,
                ""
            ),
            None
        );
        assert_eq!(
            implied("In that case, I would use a queue for it.", true, ""),
            None
        );
    }
}
