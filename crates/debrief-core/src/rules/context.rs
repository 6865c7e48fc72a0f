//! What a rule sees of one exchange.

use super::words::{tokens, Token};
use crate::knowledge::Topic;
use crate::report::Kind;
use crate::span::Span;
use crate::transcript::TimeRange;
use std::borrow::Cow;
use std::cell::OnceCell;

/// Openings of a question that asks for a story from the candidate's own
/// experience.
const STORY_PROMPTS: &[&str] = &[
    "tell me about a time",
    "describe a time",
    "give me an example of a time",
    "walk me through a time",
    "a situation where",
    "a time when",
    "a time you",
];

/// One of these is in every story prompt.
const STORY_WORDS: [&str; 2] = ["time", "situation"];

/// An answer of at most this many words is no answer at all ("Yes.", "Not
/// sure."): it is neither judged for length nor scored, and the exchange
/// counts as unanswered.
pub const UNANSWERED_WORDS: usize = 2;

/// One sentence of the answer, as it stands in the source.
pub struct Spoken<'a> {
    /// The sentence's text in the source (`span.slice(source)`).
    pub text: &'a str,
    pub span: Span,
    /// Borrowed from the pipeline, which splits every sentence once.
    pub tokens: Cow<'a, [Token<'a>]>,
    /// When it was said, when the file has timestamps.
    pub time: Option<TimeRange>,
    /// The first sentence of a follow-up's answer: the interviewer spoke
    /// just before it.
    pub after_follow_up: bool,
}

impl<'a> Spoken<'a> {
    pub fn new(source: &'a str, span: Span, time: Option<TimeRange>) -> Self {
        let text = span.slice(source);
        Spoken {
            text,
            span,
            tokens: Cow::Owned(tokens(text, span.start())),
            time,
            after_follow_up: false,
        }
    }

    /// The sentence at `span`, already split into `tokens`.
    pub fn with_tokens(
        source: &'a str,
        span: Span,
        time: Option<TimeRange>,
        tokens: &'a [Token<'a>],
    ) -> Self {
        Spoken {
            text: span.slice(source),
            span,
            tokens: Cow::Borrowed(tokens),
            time,
            after_follow_up: false,
        }
    }

    /// The words of `span`, which lies within this sentence.
    pub fn said(&self, span: Span) -> &'a str {
        let from = span.start().saturating_sub(self.span.start());
        let to = span.end().saturating_sub(self.span.start());
        self.text.get(from..to).unwrap_or_default()
    }
}

pub struct Context<'a> {
    pub kind: Kind,
    /// The question as asked, follow-ups included; empty when it was only
    /// inferred from the answer.
    pub question: String,
    /// The answer's sentences, follow-up answers included, in order.
    pub answer: Vec<Spoken<'a>>,
    /// Sentences after the exchange that belong to no exchange (small talk,
    /// the goodbye): only rules about professionalism read them.
    pub aside: Vec<Spoken<'a>>,
    /// The knowledge-base topic the exchange was matched to.
    pub topic: Option<&'a Topic>,
    /// Percent of the topic's key points the answer covered.
    pub coverage: Option<f64>,
    /// `asks_for_a_story`, worked out the first time it is asked: several
    /// rules ask it of every exchange.
    pub story: OnceCell<bool>,
}

impl<'a> Context<'a> {
    /// Every word of the answer.
    pub fn tokens(&self) -> impl Iterator<Item = &Token<'a>> + '_ {
        self.answer.iter().flat_map(|s| s.tokens.iter())
    }

    pub fn words(&self) -> usize {
        self.answer.iter().map(|s| s.tokens.len()).sum()
    }

    /// From the answer's first word to its last; empty where the answer
    /// would start when there is none.
    pub fn answer_span(&self) -> Option<Span> {
        let first = self.answer.first()?.span;
        let last = self.answer.last()?.span;
        Some(first.cover(last))
    }

    /// Whether the question is about the candidate's own experience: a
    /// behavioural question, or a story-shaped prompt of any kind.
    pub fn asks_for_a_story(&self) -> bool {
        *self.story.get_or_init(|| self.reads_as_a_story_prompt())
    }

    fn reads_as_a_story_prompt(&self) -> bool {
        let question = self.question.to_lowercase();
        // Every prompt asks for a time or a situation (a test holds the
        // list to that): most questions are ruled out by two searches
        // rather than one per prompt.
        let may_prompt = STORY_WORDS.iter().any(|w| question.contains(w));
        may_prompt && STORY_PROMPTS.iter().any(|p| question.contains(p))
            || (self.kind == Kind::Behavioral && self.topic.is_some_and(|t| t.story))
    }
}

#[cfg(test)]
mod tests {
    use super::{STORY_PROMPTS, STORY_WORDS};

    #[test]
    fn every_story_prompt_holds_a_story_word() {
        for prompt in STORY_PROMPTS {
            assert!(STORY_WORDS.iter().any(|w| prompt.contains(w)), "{prompt}");
        }
    }
}
