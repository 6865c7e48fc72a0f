//! classify: which knowledge-base topic an exchange is about, if any, and
//! which technical terms speech recognition garbled on the way.
//!
//! Every topic contributes phrases — its terms, the content words of its
//! title and of the ways its question is asked, and the mishearings of its
//! terms — weighted by how specific they are (a phrase many topics share
//! says little). An exchange scores each topic by the phrases found in its
//! question (counted double) and in the opening of its answer, plus how
//! closely the question resembles one of the topic's known phrasings; the best
//! topic wins when it scores enough and clearly beats the runner-up, since
//! a wrong topic is worse than none.

mod index;
mod phrases;
mod resemblance;
mod sound_alike;
mod terms;

pub use index::{AnswerSentence, Asked, TopicIndex};
pub use sound_alike::sound_alikes;
pub use terms::Mishearings;

/// The topic an exchange is about.
#[derive(Clone, Debug, PartialEq)]
pub struct Match {
    /// Index into the knowledge base's topics.
    pub topic: usize,
    pub confidence: f64,
}
