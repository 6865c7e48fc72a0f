//! Turning the segmenter's plans into the report's interviews and
//! exchanges: texts and spans from sentence indices, topics from the
//! knowledge base, heard terms, and scores.

use super::scores::{self, Answered};
use crate::classify::{AnswerSentence, TopicIndex};
use crate::coach::{self, ModelAnswers};
use crate::content::{general_coding_findings, ContentIndex, Said};
use crate::knowledge::KnowledgeBase;
use crate::report::{self, Kind, Term};
use crate::rules::{self, Selection, Spoken};
use crate::segment::{ExchangePlan, InterviewPlan, QuestionPlan};
use crate::span::Span;
use crate::text::{self, tokens::SentenceTokens, Sentence};
use rustc_hash::FxHashSet;
use std::cell::RefCell;

/// The content findings of one exchange and what they add up to.
#[derive(Default)]
struct ContentFindings {
    findings: Vec<report::Finding>,
    coverage: Option<f64>,
}

/// How sure a topic found from the answer alone must be.
const ANSWER_ONLY_CONFIDENCE: f64 = 0.6;

/// The topic of the candidate's own questions to the interviewer.
const QUESTIONS_TO_ASK: &str = "behavioral.questions-to-ask";

/// How many of the four STAR parts the answer tells.
fn star_parts(context: &rules::Context<'_>) -> usize {
    let mut parts: Vec<rules::StarPart> = Vec::new();
    for part in context.answer.iter().filter_map(rules::star_part) {
        if !parts.contains(&part) {
            parts.push(part);
        }
    }
    parts.len()
}

/// The sentences of an exchange's answers, follow-up answers included, in
/// order.
fn answer_sentences(plan: &ExchangePlan) -> impl Iterator<Item = usize> + '_ {
    plan.answer
        .iter()
        .chain(plan.follow_ups.iter().flat_map(|(_, a)| a))
        .copied()
}

/// Every sentence of an exchange: questions, answers and follow-ups.
fn exchange_sentences(plan: &ExchangePlan) -> impl Iterator<Item = usize> + '_ {
    asked_sentences(&plan.question)
        .iter()
        .chain(&plan.answer)
        .chain(
            plan.follow_ups
                .iter()
                .flat_map(|(q, a)| asked_sentences(q).iter().chain(a)),
        )
        .copied()
}

/// The sentences that ask a question; none for one inferred from the
/// answer.
fn asked_sentences(question: &QuestionPlan) -> &[usize] {
    match question {
        QuestionPlan::Asked(indices) => indices,
        QuestionPlan::Inferred { .. } => &[],
    }
}

pub struct Assembly<'a> {
    pub source: &'a str,
    pub sentences: &'a [Sentence<'a>],
    /// Each sentence's tokens, split once for the cues and the rules.
    pub tokens: &'a SentenceTokens<'a>,
    pub knowledge: &'a KnowledgeBase,
    pub index: &'a TopicIndex,
    pub content: &'a ContentIndex,
    pub model_answers: &'a ModelAnswers,
    /// Garbled terms heard in exchanges, gathered as they are assembled.
    pub terms: RefCell<Vec<Term>>,
    pub rules: &'a Selection,
    /// The digit runs of the transcript: a revised answer may use no others.
    pub figures: FxHashSet<&'a str>,
}

impl<'a> Assembly<'a> {
    pub fn interview(&self, index: usize, plan: &InterviewPlan) -> report::Interview {
        let span = self.cover(plan.sentences.clone());
        let mut exchanges: Vec<report::Exchange> = Vec::with_capacity(plan.exchanges.len());
        let asides = self.asides(plan);
        for (n, exchange) in plan.exchanges.iter().enumerate() {
            // A coding task goes on over several questions ("Can you explain
            // the next line?"): they keep its topic.
            let task = exchanges
                .last()
                .filter(|previous| previous.kind == Kind::Coding)
                .and_then(|previous| previous.topic.clone());
            let id = format!("i{index}-q{}", n + 1);
            exchanges.push(self.exchange(id, exchange, task, &asides[n]));
        }
        report::Interview {
            index,
            span,
            scores: scores::mean(&exchanges),
            metrics: report::Habits::default(),
            exchanges,
        }
    }

    /// For each exchange, the sentences after it that no exchange claims
    /// (small talk, the goodbye), up to the next exchange.
    fn asides(&self, plan: &InterviewPlan) -> Vec<Vec<usize>> {
        // A flag per sentence of the transcript: one allocation, where a
        // hash set hashed every index in and out.
        let mut claimed = vec![false; self.sentences.len()];
        for i in plan.exchanges.iter().flat_map(exchange_sentences) {
            claimed[i] = true;
        }
        let last_of = |e: &ExchangePlan| exchange_sentences(e).max();
        let first_of = |e: &ExchangePlan| exchange_sentences(e).min();
        (0..plan.exchanges.len())
            .map(|n| {
                let Some(from) = last_of(&plan.exchanges[n]) else {
                    return Vec::new();
                };
                let to = plan
                    .exchanges
                    .get(n + 1)
                    .and_then(first_of)
                    .unwrap_or(plan.sentences.end);
                (from + 1..to).filter(|&i| !claimed[i]).collect()
            })
            .collect()
    }

    fn spoken<'s>(&'s self, indices: &'s [usize]) -> impl Iterator<Item = Spoken<'a>> + 's {
        indices.iter().map(|&i| {
            let sentence = &self.sentences[i];
            Spoken::with_tokens(self.source, sentence.span, sentence.time, self.tokens.of(i))
        })
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

    fn exchange(
        &self,
        id: String,
        plan: &ExchangePlan,
        task: Option<report::Topic>,
        aside: &[usize],
    ) -> report::Exchange {
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
            .collect::<Vec<report::FollowUp>>();
        // Follow-ups belong to the same subject and often carry the real
        // answer ("And you have a merge conflict?" "Yes." "How do you
        // resolve it?" "…"): what was asked includes them.
        let asked_follow_ups = follow_ups.iter().filter(|f| !f.question.inferred);
        // Room for every text and a space before each follow-up: one
        // allocation.
        let mut asked = String::with_capacity(
            question.text.len()
                + asked_follow_ups
                    .clone()
                    .map(|f| f.question.text.len() + 1)
                    .sum::<usize>(),
        );
        if !question.inferred {
            asked.push_str(&question.text);
        }
        for follow_up in asked_follow_ups {
            asked.push(' ');
            asked.push_str(&follow_up.question.text);
        }
        let topic = self.topic(plan, &question, &asked, task);
        let entry = topic.as_ref().and_then(|topic| {
            let topics = self.knowledge.topics();
            let index = topics.iter().position(|t| t.id == topic.id)?;
            Some((index, &topics[index]))
        });
        let content = entry
            .map(|(index, _)| self.content_findings(plan, &question, &answer, index))
            .unwrap_or_default();
        // Every answer sentence in one list, made with room for them all.
        let mut said = Vec::with_capacity(answer_sentences(plan).count());
        said.extend(self.spoken(&plan.answer));
        for (_, follow_up) in &plan.follow_ups {
            let first = said.len();
            said.extend(self.spoken(follow_up));
            if let Some(first) = said.get_mut(first) {
                first.after_follow_up = true;
            }
        }
        let context = rules::Context {
            kind: plan.kind,
            question: asked,
            answer: said,
            aside: self.spoken(aside).collect(),
            topic: entry.map(|(_, topic)| topic),
            coverage: content.coverage,
            story: Default::default(),
        };
        let mut findings = content.findings;
        // A coding problem the knowledge base does not know still gets its
        // shape checked: approach, complexity, edge cases, a test.
        if plan.kind == Kind::Coding && topic.is_none() && !context.answer.is_empty() {
            let said: Vec<Said<'_>> = context
                .answer
                .iter()
                .map(|s| Said {
                    text: s.text,
                    at: s.span.start(),
                })
                .collect();
            findings.extend(general_coding_findings(&said, answer.span.end()));
        }
        findings.retain(|f| self.rules.allows(&f.rule));
        findings.extend(self.rules.check(&context));
        let answered = Answered {
            kind: plan.kind,
            words: context.words(),
            coverage: content.coverage,
            star_parts: context.asks_for_a_story().then(|| star_parts(&context)),
        };
        let (status, scores) = scores::exchange(&answered, &findings);
        let model_answer = entry.map(|(index, topic)| self.model_answers.of(index, topic));
        let revised_answer =
            coach::revised_answer(&context, &findings, &self.figures, model_answer);
        let mut exchange = report::Exchange {
            id,
            kind: plan.kind,
            question,
            follow_ups,
            answer,
            topic,
            status,
            scores,
            findings,
            strengths: Vec::new(),
            improvements: Vec::new(),
            revised_answer,
        };
        (exchange.strengths, exchange.improvements) = coach::notes(&exchange, answered.words);
        exchange
    }

    /// What the answers said of the key points of topic `index`, what they
    /// got wrong, and for coding topics how the answer was structured.
    fn content_findings(
        &self,
        plan: &ExchangePlan,
        question: &report::Question,
        answer: &report::Answer,
        index: usize,
    ) -> ContentFindings {
        let entry = &self.knowledge.topics()[index];
        // Runs of consecutive sentences are read as one stretch of the
        // source: one scan each, and statements that cross a sentence
        // break are seen whole.
        let mut runs: Vec<(usize, Span)> = Vec::new();
        for i in answer_sentences(plan) {
            let span = self.sentences[i].span;
            match runs.last_mut() {
                Some((last, run)) if *last + 1 == i => {
                    *last = i;
                    *run = run.cover(span);
                }
                _ => runs.push((i, span)),
            }
        }
        let said: Vec<Said<'_>> = runs
            .into_iter()
            .map(|(_, span)| Said {
                text: span.slice(self.source),
                at: span.start(),
            })
            .collect();
        if said.is_empty() || plan.kind == Kind::CandidateQuestion {
            return ContentFindings::default();
        }
        let asked =
            (!question.inferred).then(|| self.index.mishearings.as_meant(index, &question.text));
        let assessment = self
            .content
            .assess(self.knowledge, index, asked.as_deref(), &said);
        let end = answer.span.end();
        let mut findings = Vec::new();
        for (point, span) in &assessment.covered {
            findings.push(report::Finding {
                rule: "content.key-point".into(),
                category: "content".into(),
                severity: "info".into(),
                span: *span,
                message: ["Covered: ", &entry.key_points[*point].point].concat(),
                suggestion: None,
            });
        }
        for point in &assessment.missed {
            findings.push(report::Finding {
                rule: "content.key-point-missed".into(),
                category: "content".into(),
                severity: "warning".into(),
                span: Span::empty(end),
                message: ["Not covered: ", &entry.key_points[*point].point].concat(),
                suggestion: Some(entry.key_points[*point].point.clone().into()),
            });
        }
        for (wrong, span) in &assessment.wrong {
            let correct = &entry.misconceptions[*wrong].correct;
            findings.push(report::Finding {
                rule: "accuracy.misconception".into(),
                category: "accuracy".into(),
                severity: "error".into(),
                span: *span,
                message: [
                    "You said \u{201C}",
                    span.slice(self.source),
                    "\u{201D}: ",
                    correct,
                ]
                .concat(),
                suggestion: Some(correct.clone().into()),
            });
        }
        if entry.coding.is_some() {
            findings.extend(
                self.content
                    .coding_findings(self.knowledge, index, &said, end),
            );
        }
        ContentFindings {
            findings,
            coverage: Some(assessment.coverage()),
        }
    }

    /// The exchange's topic, recording the garbled terms heard in it.
    fn topic(
        &self,
        plan: &ExchangePlan,
        question: &report::Question,
        asked: &str,
        task: Option<report::Topic>,
    ) -> Option<report::Topic> {
        if let Some(task) = task.filter(|_| plan.kind == Kind::Coding) {
            let asks_anew = !question.inferred
                && self
                    .index
                    .classify(Some(&question.text), "", plan.kind)
                    .is_some();
            if !asks_anew {
                return Some(task);
            }
        }
        let matched = match plan.kind {
            // The candidate's own questions: what to ask an interviewer.
            Kind::CandidateQuestion => self
                .knowledge
                .topics()
                .iter()
                .position(|t| t.id == QUESTIONS_TO_ASK)
                .map(|topic| (topic, 1.0)),
            Kind::Other => None,
            _ => {
                let said: Vec<AnswerSentence> = answer_sentences(plan)
                    .map(|i| AnswerSentence {
                        text: &self.sentences[i].text,
                        tokens: self.tokens.one_per_word(i),
                    })
                    .collect();
                let asked = (!asked.trim().is_empty()).then_some(asked);
                let evidence = self.index.asked(asked);
                let found = self.index.classify_asked(&evidence, &said, plan.kind)?;
                // A question that names no subject ("And what was the
                // result?") leaves the topic to the answer alone, which
                // wanders: only a clear match is kept. Coding tasks are
                // exempt: their answers stay on the task.
                let named = evidence.names_a_topic();
                let clear = found.confidence >= ANSWER_ONLY_CONFIDENCE;
                (named || asked.is_none() || clear || plan.kind == Kind::Coding)
                    .then_some((found.topic, found.confidence))
            }
        }?;
        let topic = &self.knowledge.topics()[matched.0];
        if !topic.spoken.is_empty() {
            let mut heard = self.terms.borrow_mut();
            for sentence in exchange_sentences(plan) {
                let span = self.sentences[sentence].span;
                heard.extend(self.index.mishearings.in_text(
                    matched.0,
                    span.slice(self.source),
                    span.start(),
                ));
            }
        }
        Some(report::Topic {
            id: topic.id.clone(),
            title: topic.title.clone(),
            confidence: matched.1,
        })
    }

    fn question(&self, plan: &QuestionPlan) -> report::Question {
        match plan {
            QuestionPlan::Asked(indices) => report::Question {
                text: text::joined(self.sentences, indices),
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
            text: text::joined(self.sentences, indices),
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
}
