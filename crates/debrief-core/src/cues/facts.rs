//! What each sentence does, worked out once and shared by attribution and
//! segmentation.

use super::{Ask, SentenceWords, Words};
use crate::text::Sentence;

pub struct Facts<'a> {
    pub words: Words<'a>,
    pub ask: Option<Ask>,
    pub ack: bool,
    pub closing: bool,
    pub invites_questions: bool,
    /// The sentence ends with a question mark.
    pub marked: bool,
}

impl Facts<'static> {
    pub fn of(sentence: &Sentence) -> Self {
        Facts::with_words(sentence, Words::of(&sentence.text))
    }
}

impl<'a> Facts<'a> {
    fn with_words(sentence: &Sentence, words: Words<'a>) -> Self {
        Facts {
            ask: super::ask_with(&sentence.text, &words),
            ack: super::is_acknowledgement(&words),
            closing: super::is_closing(&words),
            invites_questions: super::invites_candidate_questions(&words),
            marked: sentence.is_question(),
            words,
        }
    }

    /// The facts of every sentence, read from its `words`.
    pub fn all(sentences: &[Sentence], words: &'a SentenceWords) -> Vec<Self> {
        sentences
            .iter()
            .zip(words.iter())
            .map(|(sentence, words)| Facts::with_words(sentence, words))
            .collect()
    }

    /// A question or task put to the other person.
    pub fn asks(&self) -> bool {
        self.ask.is_some_and(Ask::is_real) || self.invites_questions
    }

    /// A question of substance, past the greetings: once one is asked,
    /// the interview proper has begun, and talk of the candidate's
    /// questions is no longer the plan for the call.
    pub fn asks_in_earnest(&self) -> bool {
        matches!(self.ask, Some(Ask::Explicit | Ask::Prompt | Ask::Topic))
            && self.words.len() >= 5
            && !super::is_opening(&self.words)
    }

    /// Whether a sentence known to be the interviewer's asks something:
    /// with the speaker certain, checks of the call, questions in a
    /// candidate's usual form ("And if I have a tuple…, can I change the
    /// list?"), ones a speaker often answers themselves ("What happened?")
    /// guesses ("Maybe a queue would help?") and wh-questions that lost
    /// their question mark ("What happened.") are questions too; only tags
    /// are not.
    pub fn asks_as_interviewer(&self) -> bool {
        self.asks()
            || matches!(
                self.ask,
                Some(Ask::Clarifying | Ask::Logistics | Ask::Rhetorical | Ask::Guess)
            )
            || self.ask.is_none() && super::asks_unmarked(&self.words)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokens::SentenceTokens;

    #[test]
    fn facts_read_from_tokens_are_the_facts_of_the_text() {
        // Double spaces, a line break, a lone dash and curly quotes: the
        // tokens cannot be read for all of these, and the text is read
        // instead.
        let input = "So,  um - what is\na tuple?\nI'd say, like, a list, uh, that's frozen.\n\
                     \u{201C}Caf\u{E9}\u{201D}, right? Okay, (like,) we used C++, basically.";
        let transcript = crate::ingest::read(input.as_bytes(), None).unwrap();
        let source = &transcript.source;
        let sentences = crate::text::sentences(&transcript);
        assert!(sentences.len() >= 4);
        let lower = source.to_ascii_lowercase();
        let tokens = SentenceTokens::new(&sentences, source, &lower);
        let words = SentenceWords::of_tokens(&sentences, source, &tokens);
        let all = Facts::all(&sentences, &words);
        assert_eq!(all.len(), sentences.len());
        for (sentence, read) in sentences.iter().zip(&all) {
            let text = Facts::of(sentence);
            assert_eq!(text.words.list(), read.words.list(), "{}", sentence.text);
            assert_eq!(
                (text.ask, text.words.hesitations()),
                (read.ask, read.words.hesitations()),
                "{}",
                sentence.text
            );
        }
    }
}
