//! attribute: who said each sentence, interviewer or candidate, and how sure
//! that is.
//!
//! With speaker labels the question is only which label is the candidate
//! (`labelled.rs`). Without them every sentence is judged from its own words
//! and its neighbours (`inferred.rs`), using the evidence in `evidence.rs`.

mod evidence;
mod inferred;
mod labelled;

pub use evidence::{interviewer_evidence, own_evidence, Evidence};

use crate::cues::Facts;
use crate::report::Role;
use crate::text::Sentence;
use crate::transcript::Transcript;

/// How roles were decided.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Method {
    Labels,
    Text,
}

impl Method {
    pub fn name(self) -> &'static str {
        match self {
            Method::Labels => "labels",
            Method::Text => "text",
        }
    }
}

/// The role of every sentence, and of every labelled speaker.
#[derive(Clone, Debug)]
pub struct Attribution {
    pub method: Method,
    /// One per sentence, in order.
    pub roles: Vec<Role>,
    /// One per sentence, from 0.5 (a guess) to 1.
    pub confidence: Vec<f64>,
    /// One per labelled speaker (empty without labels).
    pub speakers: Vec<Role>,
}

/// The label asked for with `--candidate` is not in the file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnknownCandidate {
    pub name: String,
    pub known: Vec<String>,
}

/// Decides roles. `candidate` names the labelled speaker who is the
/// candidate (matched case-insensitively), overriding the guess.
pub fn attribute(
    transcript: &Transcript,
    sentences: &[Sentence],
    facts: &[Facts],
    candidate: Option<&str>,
) -> Result<Attribution, UnknownCandidate> {
    let evidence = interviewer_evidence(facts);
    if transcript.has_labels() {
        labelled::attribute(transcript, sentences, &evidence.scores, candidate)
    } else {
        Ok(inferred::attribute(sentences, facts, &evidence))
    }
}
