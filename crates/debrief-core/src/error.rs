//! Why an input was rejected.

use thiserror::Error;

/// An input debrief cannot analyse. Every variant says what is wrong in words
/// a user can act on; the caller adds the file name.
#[derive(Debug, Error, PartialEq, Eq)]
pub enum Error {
    #[error("the input is empty")]
    Empty,
    #[error("the input looks like a binary file (it contains NUL bytes), not a transcript")]
    Binary,
    #[error("the input is {size} bytes; the limit is {limit} bytes")]
    TooLarge { size: usize, limit: usize },
    #[error("the input has no words to analyse")]
    NoText,
    #[error("no speaker is labelled `{name}` (the labels are: {known})")]
    UnknownCandidate { name: String, known: String },
    #[error("{problems} problem(s) in the knowledge base")]
    Knowledge { problems: usize },
    #[error("not valid {format}: {reason}")]
    Malformed {
        format: crate::InputFormat,
        reason: String,
    },
}
