//! What each sentence does, worked out once and shared by attribution and
//! segmentation.

use super::{Ask, Words};
use crate::text::Sentence;

pub struct Facts {
    pub words: Words,
    pub ask: Option<Ask>,
    pub ack: bool,
    pub closing: bool,
    pub invites_questions: bool,
    /// The sentence ends with a question mark.
    pub marked: bool,
}

impl Facts {
    pub fn of(sentence: &Sentence) -> Self {
        let words = Words::of(&sentence.text);
        Facts {
            ask: super::ask_with(&sentence.text, &words),
            ack: super::is_acknowledgement(&words),
            closing: super::is_closing(&words),
            invites_questions: super::invites_candidate_questions(&words),
            marked: sentence.is_question(),
            words,
        }
    }

    pub fn all(sentences: &[Sentence]) -> Vec<Facts> {
        sentences.iter().map(Facts::of).collect()
    }

    /// A question or task put to the other person.
    pub fn asks(&self) -> bool {
        self.ask.is_some_and(Ask::is_real) || self.invites_questions
    }

    /// Whether a sentence known to be the interviewer's asks something:
    /// with the speaker certain, checks of the call, questions in a
    /// candidate's usual form ("And if I have a tuple…, can I change the
    /// list?"), ones a speaker often answers themselves ("What happened?")
    /// and guesses ("Maybe a queue would help?") are questions too; only
    /// tags are not.
    pub fn asks_as_interviewer(&self) -> bool {
        self.asks()
            || matches!(
                self.ask,
                Some(Ask::Clarifying | Ask::Logistics | Ask::Rhetorical | Ask::Guess)
            )
    }
}
