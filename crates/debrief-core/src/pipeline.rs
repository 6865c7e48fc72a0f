//! The whole pipeline, from bytes to the report contract.

use crate::attribute::{self, Attribution};
use crate::cues::Facts;
use crate::error::Error;
use crate::ingest;
use crate::report::{self, Report};
use crate::segment::{self, ExchangePlan, InterviewPlan, QuestionPlan, Turn};
use crate::span::Span;
use crate::text::{self, Sentence};
use crate::transcript::{InputFormat, Transcript};

mod metrics;
mod scores;

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
}

/// Analyses one transcript.
pub fn analyze(bytes: &[u8], options: &Options) -> Result<Report, Error> {
    let limit = options.max_bytes.unwrap_or(ingest::MAX_INPUT_BYTES);
    let transcript = ingest::read_with_limit(bytes, options.format, limit)?;
    analyze_transcript(&transcript, options)
}

/// Analyses an already-read transcript.
pub fn analyze_transcript(transcript: &Transcript, options: &Options) -> Result<Report, Error> {
    let sentences = text::sentences(transcript);
    let facts = Facts::all(&sentences);
    let attribution =
        attribute::attribute(transcript, &sentences, &facts, options.candidate.as_deref())
            .map_err(|unknown| Error::UnknownCandidate {
                name: unknown.name,
                known: unknown.known.join(", "),
            })?;
    let turns = segment::turns(&sentences, &attribution);
    let plans = segment::segment(&sentences, &facts, &attribution);
    let assembly = Assembly {
        sentences: &sentences,
        facts: &facts,
    };
    let interviews: Vec<report::Interview> = plans
        .iter()
        .enumerate()
        .map(|(n, plan)| assembly.interview(n + 1, plan))
        .collect();
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
        interviews,
        terms: Vec::new(),
        recommendations: Vec::new(),
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

struct Assembly<'a> {
    sentences: &'a [Sentence],
    facts: &'a [Facts],
}

impl Assembly<'_> {
    fn interview(&self, index: usize, plan: &InterviewPlan) -> report::Interview {
        let span = self.cover(plan.sentences.clone());
        let exchanges: Vec<report::Exchange> = plan
            .exchanges
            .iter()
            .enumerate()
            .map(|(n, exchange)| self.exchange(format!("i{index}-q{}", n + 1), exchange))
            .collect();
        report::Interview {
            index,
            span,
            scores: scores::interview(&exchanges),
            exchanges,
        }
    }

    fn cover(&self, range: std::ops::Range<usize>) -> Span {
        let first = self.sentences.get(range.start).map(|s| s.span);
        let last = range
            .end
            .checked_sub(1)
            .and_then(|i| self.sentences.get(i))
            .map(|s| s.span);
        match (first, last) {
            (Some(a), Some(b)) => a.cover(b),
            _ => Span::empty(0),
        }
    }

    fn exchange(&self, id: String, plan: &ExchangePlan) -> report::Exchange {
        let question = self.question(&plan.question);
        let answer = self.answer(&plan.answer, &question);
        let follow_ups = plan
            .follow_ups
            .iter()
            .map(|(q, a)| {
                let question = self.question(q);
                report::FollowUp {
                    answer: self.answer(a, &question),
                    question,
                }
            })
            .collect();
        let (words, hesitations) = plan.answer.iter().fold((0, 0), |(words, hesitant), &i| {
            let said = &self.facts[i].words;
            (words + said.len(), hesitant + said.hesitations())
        });
        let (status, scores) = scores::exchange(words, hesitations);
        report::Exchange {
            id,
            kind: plan.kind,
            question,
            follow_ups,
            answer,
            topic: None,
            status,
            scores,
            findings: Vec::new(),
            strengths: Vec::new(),
            improvements: Vec::new(),
            revised_answer: None,
        }
    }

    fn question(&self, plan: &QuestionPlan) -> report::Question {
        match plan {
            QuestionPlan::Asked(indices) => report::Question {
                text: self.join(indices),
                span: self.cover_indices(indices),
                inferred: false,
            },
            QuestionPlan::Inferred { text, at } => report::Question {
                text: text.clone(),
                span: Span::empty(self.sentences[*at].span.start()),
                inferred: true,
            },
        }
    }

    fn answer(&self, indices: &[usize], question: &report::Question) -> report::Answer {
        report::Answer {
            text: self.join(indices),
            span: if indices.is_empty() {
                Span::empty(question.span.end())
            } else {
                self.cover_indices(indices)
            },
        }
    }

    fn cover_indices(&self, indices: &[usize]) -> Span {
        indices
            .iter()
            .map(|&i| self.sentences[i].span)
            .reduce(Span::cover)
            .unwrap_or_default()
    }

    fn join(&self, indices: &[usize]) -> String {
        indices
            .iter()
            .map(|&i| self.sentences[i].text.as_str())
            .collect::<Vec<_>>()
            .join(" ")
    }
}
