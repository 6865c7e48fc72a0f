//! The whole pipeline, from bytes to the report contract.

use crate::attribute::{self, Attribution};
use crate::classify::TopicIndex;
use crate::coach::{self, ModelAnswers};
use crate::content::ContentIndex;
use crate::cues::{Facts, SentenceWords};
use crate::error::Error;
use crate::ingest;
use crate::knowledge::KnowledgeBase;
use crate::report::{self, Report};
use crate::rules::Selection;
use crate::segment::{self, Turn};
use crate::text;
use crate::transcript::{InputFormat, Transcript};
use std::sync::{Arc, LazyLock};

mod assemble;
mod metrics;
mod scores;

use assemble::Assembly;

/// What the caller can tell the pipeline.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// The name shown in `source.name` (a file name, or `-` for stdin).
    pub source_name: String,
    /// Read as this format instead of detecting it.
    pub format: Option<InputFormat>,
    /// The labelled speaker who is the candidate, overriding the guess.
    pub candidate: Option<String>,
    /// Refuse inputs larger than this many bytes (default: the ingest limit).
    pub max_bytes: Option<usize>,
    /// The knowledge base to match topics against (default: the built-in
    /// one).
    pub knowledge: Option<Arc<KnowledgeBase>>,
    /// The rules to run (default: all).
    pub rules: Selection,
}

/// The built-in base's indexes, built once.
fn built_in_indexes() -> (
    &'static TopicIndex,
    &'static ContentIndex,
    &'static ModelAnswers,
) {
    static INDEX: LazyLock<TopicIndex> =
        LazyLock::new(|| TopicIndex::new(KnowledgeBase::built_in()));
    static CONTENT: LazyLock<ContentIndex> =
        LazyLock::new(|| ContentIndex::new(KnowledgeBase::built_in()));
    static MODEL_ANSWERS: LazyLock<ModelAnswers> =
        LazyLock::new(|| ModelAnswers::new(KnowledgeBase::built_in()));
    (&INDEX, &CONTENT, &MODEL_ANSWERS)
}

/// Analyses one transcript.
pub fn analyze(bytes: &[u8], options: &Options) -> Result<Report, Error> {
    let limit = options.max_bytes.unwrap_or(ingest::MAX_INPUT_BYTES);
    let transcript = ingest::read_with_limit(bytes, options.format, limit)?;
    analyze_transcript(&transcript, options)
}

/// Analyses an already-read transcript.
pub fn analyze_transcript(transcript: &Transcript, options: &Options) -> Result<Report, Error> {
    // The rules read the candidate's sentences word by word, and the cues
    // read every sentence: the split into sentences serves both.
    let lower = transcript.source.to_ascii_lowercase();
    let (sentences, tokens) = text::sentences_and_tokens(transcript, &lower);
    let words = SentenceWords::of_tokens(&sentences, &transcript.source, &tokens);
    let facts = Facts::all(&sentences, &words);
    let attribution =
        attribute::attribute(transcript, &sentences, &facts, options.candidate.as_deref())
            .map_err(|unknown| Error::UnknownCandidate {
                name: unknown.name,
                known: unknown.known.join(", "),
            })?;
    let turns = segment::turns(&sentences, &attribution);
    let plans = segment::segment(&sentences, &facts, &attribution);
    let knowledge = options
        .knowledge
        .as_deref()
        .unwrap_or_else(|| KnowledgeBase::built_in());
    let own;
    let (index, content, model_answers) = match &options.knowledge {
        Some(base) => {
            own = (
                TopicIndex::new(base),
                ContentIndex::new(base),
                ModelAnswers::new(base),
            );
            (&own.0, &own.1, &own.2)
        }
        None => built_in_indexes(),
    };
    let assembly = Assembly {
        source: &transcript.source,
        sentences: &sentences,
        tokens: &tokens,
        knowledge,
        index,
        content,
        model_answers,
        terms: Default::default(),
        rules: &options.rules,
        figures: coach::figures(&transcript.source),
    };
    let mut interviews: Vec<report::Interview> = plans
        .iter()
        .enumerate()
        .map(|(n, plan)| assembly.interview(n + 1, plan))
        .collect();
    for interview in &mut interviews {
        interview.metrics = metrics::habits(&turns, interview.exchanges.iter(), interview.span);
    }
    let mut warnings: Vec<String> = transcript
        .warnings
        .iter()
        .map(|w| w.message.clone())
        .collect();
    if let (Some(name), false) = (&options.candidate, transcript.has_labels()) {
        warnings.push(format!(
            "the candidate `{name}` was not used: the input has no speaker labels, so roles were inferred from the text"
        ));
    }
    if interviews.iter().all(|i| i.exchanges.is_empty()) {
        warnings.push("no questions found: the transcript has no question, prompt or answer that debrief recognises".to_owned());
    }
    Ok(Report {
        schema: report::SCHEMA.to_owned(),
        source: report::Source {
            name: options.source_name.clone(),
            format: transcript.format,
            bytes: transcript.source.len(),
        },
        speakers: speakers(transcript, &attribution),
        metrics: metrics::metrics(&turns, &interviews, &attribution, &sentences),
        turns: turns.iter().map(report_turn).collect(),
        terms: assembly.terms.take(),
        scores: scores::mean(interviews.iter().flat_map(|i| &i.exchanges)),
        feedback: coach::feedback(&interviews),
        recommendations: coach::practice_plan(&interviews, knowledge),
        interviews,
        warnings,
    })
}

fn speakers(transcript: &Transcript, attribution: &Attribution) -> Vec<report::Speaker> {
    transcript
        .speakers
        .iter()
        .zip(&attribution.speakers)
        .enumerate()
        .map(|(i, (label, role))| report::Speaker {
            id: speaker_id(i),
            label: Some(label.clone()),
            role: *role,
        })
        .collect()
}

fn speaker_id(index: usize) -> String {
    format!("s{}", index + 1)
}

fn report_turn(turn: &Turn) -> report::Turn {
    report::Turn {
        span: turn.span,
        speaker: turn.speaker.map(speaker_id),
        role: turn.role,
        confidence: round(turn.confidence),
        start: turn.time.map(|t| t.start),
        end: turn.time.map(|t| t.end),
    }
}

fn round(value: f64) -> f64 {
    (value * 1000.0).round() / 1000.0
}
