//! Words and sentences over the pieces ingest found.
//!
//! Speech-to-text punctuation is unreliable and UAX-29 sentence breaks trip
//! over abbreviations, so sentences are cut by a small rule of our own over
//! whitespace-separated words, keeping each word's byte span in the source.

pub mod overlapping;
mod sentences;
pub mod tokens;
pub mod words;

pub use sentences::{joined, sentences, sentences_and_tokens, Sentence};
