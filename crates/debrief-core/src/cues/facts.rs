//! What each sentence does, worked out once and shared by attribution and
//! segmentation.

use super::{Ask, Words};
use crate::text::tokens::{SentenceTokens, Token};
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
        Facts::with_words(sentence, Words::of(&sentence.text))
    }

    /// The facts of a sentence the pipeline has already split into
    /// `tokens` (`text::tokens` over its span of `source`), which the
    /// words are read from when they are sure to be the same as the
    /// sentence's text would give.
    pub fn of_tokens(sentence: &Sentence, source: &str, tokens: &[Token<'_>]) -> Self {
        let said = sentence.span.slice(source);
        // The text joins the sentence's words with single spaces: as long
        // as what was said, it is the same words, each split off by one
        // whitespace character. Each word must have a token for its commas
        // to be seen, and the rules' lower-casing is the cues' for ASCII.
        let same_words = said.len() == sentence.text.len()
            && tokens.len() == sentence.words
            && sentence.text.is_ascii();
        let words = if same_words {
            Words::of_tokens(said, tokens)
        } else {
            Words::of(&sentence.text)
        };
        Facts::with_words(sentence, words)
    }

    fn with_words(sentence: &Sentence, words: Words) -> Self {
        Facts {
            ask: super::ask_with(&sentence.text, &words),
            ack: super::is_acknowledgement(&words),
            closing: super::is_closing(&words),
            invites_questions: super::invites_candidate_questions(&words),
            marked: sentence.is_question(),
            words,
        }
    }

    /// The facts of every sentence of `source`, read from each one's
    /// `tokens`.
    pub fn all(sentences: &[Sentence], source: &str, tokens: &SentenceTokens<'_>) -> Vec<Facts> {
        sentences
            .iter()
            .zip(tokens.iter())
            .map(|(sentence, tokens)| Facts::of_tokens(sentence, source, tokens))
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
    use crate::text::tokens::tokens;

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
        for sentence in &sentences {
            let tokens = tokens(sentence.span.slice(source), sentence.span.start());
            let (text, read) = (
                Facts::of(sentence),
                Facts::of_tokens(sentence, source, &tokens),
            );
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
