//! debrief's core: the pipeline from a transcript's bytes to the report
//! contract. Every stage is a plain function from data to data.
//!
//! ```text
//! bytes ─ingest─▶ Transcript ─text─▶ sentences ─attribute─▶ roles
//!       ─segment─▶ interviews and exchanges ─report─▶ Report
//! ```

pub mod attribute;
pub mod classify;
pub mod coach;
pub mod content;
pub mod cues;
pub mod error;
pub mod grade;
pub mod history;
pub mod ingest;
pub mod knowledge;
pub mod pipeline;
pub mod report;
pub mod rules;
pub mod segment;
pub mod span;
pub mod text;
pub mod transcript;

pub use error::Error;
pub use pipeline::{analyze, Options};
pub use report::Report;
pub use span::Span;
pub use transcript::{InputFormat, Transcript};
