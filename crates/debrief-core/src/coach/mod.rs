//! The coaching a person reads: strengths and improvements tied to the
//! words they are about, a better answer, and for the whole report the
//! patterns and a practice plan. Everything here is built from findings,
//! key-point coverage and the candidate's own words; nothing is invented.

mod notes;
mod plan;
mod revised;

pub use notes::notes;
pub use plan::{feedback, practice_plan};
pub use revised::{figures, revised_answer, ModelAnswer, ModelAnswers};
