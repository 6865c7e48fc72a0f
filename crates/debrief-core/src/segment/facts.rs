//! What each sentence does, worked out once and shared by the segmenter's
//! passes.

use crate::cues::{self, Ask, Words};
use crate::text::Sentence;

pub struct Facts {
    pub words: Words,
    pub ask: Option<Ask>,
    pub ack: bool,
    pub closing: bool,
    pub invites_questions: bool,
}

impl Facts {
    pub fn of(sentence: &Sentence) -> Self {
        let words = Words::of(&sentence.text);
        Facts {
            ask: cues::ask_with(&sentence.text, &words),
            ack: cues::is_acknowledgement(&words),
            closing: cues::is_closing(&words),
            invites_questions: cues::invites_candidate_questions(&words),
            words,
        }
    }

    /// A question or task put to the other person.
    pub fn asks(&self) -> bool {
        self.ask.is_some_and(Ask::is_real) || self.invites_questions
    }
}
