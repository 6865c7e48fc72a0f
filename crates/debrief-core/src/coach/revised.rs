//! A better answer for an exchange. For a known technical or coding topic:
//! the knowledge base's model answer. For a behavioural or project
//! question: the candidate's own sentences, cleaned of fillers and put in
//! STAR order, with a bracketed placeholder wherever a part or a figure is
//! missing. Never a number, name or claim the candidate did not say: the
//! model answer's sentences that carry a figure the transcript lacks are
//! left out.

use crate::knowledge::{KnowledgeBase, PerTopic, Topic, TopicKind};
use crate::report::{Finding, Kind, RevisedAnswer, RevisedSource};
use crate::rules::{first_person_past, star_part, Context, Spoken, StarPart};
use crate::span::Span;
use crate::text::words::same_in_lower_case;
use rustc_hash::FxHashSet;

/// Findings whose words a revised answer leaves out.
const DROPPED: &[&str] = &["delivery.filler", "delivery.repetition", "delivery.hedge"];

/// The digit runs a transcript contains ("40", "256", "3").
pub fn figures(source: &str) -> FxHashSet<&str> {
    digit_runs(source).collect()
}

/// The runs of ASCII digits in `text`, in order. Digits are single bytes,
/// so the text is searched byte by byte rather than decoded: this reads the
/// whole transcript and every model answer.
fn digit_runs(text: &str) -> impl Iterator<Item = &str> {
    let bytes = text.as_bytes();
    let mut at = 0;
    std::iter::from_fn(move || {
        let start = at + bytes[at..].iter().position(u8::is_ascii_digit)?;
        at = bytes[start..]
            .iter()
            .position(|b| !b.is_ascii_digit())
            .map_or(bytes.len(), |len| start + len);
        Some(&text[start..at])
    })
}

/// One sentence of a model answer and the digit runs it states.
struct ModelSentence {
    text: String,
    figures: Vec<String>,
}

/// A topic's model answer cut into sentences.
pub struct ModelAnswer {
    sentences: Vec<ModelSentence>,
}

impl ModelAnswer {
    fn new(topic: &Topic) -> Self {
        let sentences = sentences_of(&topic.model_answer)
            .map(|text| ModelSentence {
                text: text.to_owned(),
                figures: digit_runs(text).map(str::to_owned).collect(),
            })
            .collect();
        ModelAnswer { sentences }
    }
}

/// The model answers of every topic of a base, each cut into sentences the
/// first time an exchange about its topic is revised: many exchanges share
/// a topic, and cutting is most of the work of revising one.
pub struct ModelAnswers {
    answers: PerTopic<ModelAnswer>,
}

impl ModelAnswers {
    pub fn new(base: &KnowledgeBase) -> Self {
        ModelAnswers {
            answers: PerTopic::new(base),
        }
    }

    /// The model answer of `topic`, topic `index` of the base.
    pub fn of(&self, index: usize, topic: &Topic) -> &ModelAnswer {
        self.answers.get(index, topic, ModelAnswer::new)
    }
}

/// `model_answer` is the model answer of `context.topic`.
pub fn revised_answer(
    context: &Context<'_>,
    findings: &[Finding],
    said_figures: &FxHashSet<&str>,
    model_answer: Option<&ModelAnswer>,
) -> Option<RevisedAnswer> {
    let topic = context.topic;
    let story = context.asks_for_a_story();
    let dropped = dropped(findings);
    let behavioural =
        context.kind == Kind::Behavioral || topic.is_some_and(|t| t.kind == TopicKind::Behavioral);
    if story || behavioural {
        if context.answer.is_empty() {
            return None;
        }
        let text = if story {
            star_order(context, &dropped)
        } else {
            in_own_words(context, findings, &dropped, topic, said_figures)
        };
        return Some(RevisedAnswer {
            text,
            source: RevisedSource::CandidateFacts,
        });
    }
    let topic = topic.filter(|t| matches!(t.kind, TopicKind::Technical | TopicKind::Coding))?;
    let mut text = said_only(model_answer?, said_figures);
    if let Some(own) = own_experience(context, topic, &dropped) {
        text.push_str(&format!("\n\nFrom my own work: {own}"));
    }
    (!text.is_empty()).then_some(RevisedAnswer {
        text,
        source: RevisedSource::KnowledgeBase,
    })
}

/// The model answer without the sentences that carry a figure the
/// transcript does not: a revised answer must not put numbers in the
/// candidate's mouth.
fn said_only(model_answer: &ModelAnswer, said_figures: &FxHashSet<&str>) -> String {
    model_answer
        .sentences
        .iter()
        .filter(|sentence| {
            sentence
                .figures
                .iter()
                .all(|figure| said_figures.contains(figure.as_str()))
        })
        .map(|sentence| sentence.text.as_str())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Whether every digit run of `text` is one the transcript has.
fn only_said_figures(text: &str, said_figures: &FxHashSet<&str>) -> bool {
    digit_runs(text).all(|run| said_figures.contains(run))
}

/// Sentences of plain prose: cut after ". ", "! " or "? ".
fn sentences_of(text: &str) -> impl Iterator<Item = &str> {
    let mut rest = text.trim();
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let cut = rest
            .match_indices(['.', '!', '?'])
            .map(|(i, _)| i + 1)
            .find(|&i| {
                rest[i..].starts_with(char::is_whitespace)
                    && !(rest[..i].ends_with('.') && abbreviation(&rest[..i]))
            })
            .unwrap_or(rest.len());
        let (sentence, tail) = rest.split_at(cut);
        rest = tail.trim_start();
        Some(sentence.trim())
    })
}

/// The candidate's own experience with the topic, in their words: the first
/// sentence where they say what they did ("we used Kafka for…") and name
/// one of the topic's terms. It makes the model answer theirs without
/// adding anything they did not say.
fn own_experience(context: &Context<'_>, topic: &Topic, dropped: &[Span]) -> Option<String> {
    // The terms are compared as they are, not lower-cased into a set for
    // each exchange: only the few sentences that tell what was done are
    // read for them.
    let names_a_term = |word: &str| {
        topic
            .terms
            .iter()
            .filter(|t| !t.contains(' '))
            .any(|term| same_in_lower_case(term, word))
    };
    context
        .answer
        .iter()
        .find(|sentence| {
            first_person_past(&sentence.tokens).is_some()
                && sentence.tokens.iter().any(|t| names_a_term(t.word()))
        })
        .map(|sentence| cleaned(sentence, dropped))
        .filter(|own| !own.is_empty())
}

/// Whether `text` ends with an abbreviation ("e.g.", "etc.") rather than a
/// sentence.
fn abbreviation(text: &str) -> bool {
    let last = text.rsplit(char::is_whitespace).next().unwrap_or_default();
    let inner_dot = last[..last.len().saturating_sub(1)].contains('.');
    inner_dot || matches!(last, "etc." | "vs." | "approx.")
}

/// The story in STAR order from the candidate's sentences; a sentence that
/// shows no part stays with the part before it.
fn star_order(context: &Context<'_>, dropped: &[Span]) -> String {
    const PARTS: [(StarPart, &str, &str); 4] = [
        (
            StarPart::Situation,
            "Situation",
            "[situation: where were you, and what was at stake?]",
        ),
        (
            StarPart::Task,
            "Task",
            "[task: what were you responsible for?]",
        ),
        (
            StarPart::Action,
            "Action",
            "[action: what did you yourself do, step by step?]",
        ),
        (
            StarPart::Result,
            "Result",
            "[result: what changed, by how much, for whom?]",
        ),
    ];
    let mut told: [Vec<String>; 4] = Default::default();
    let mut current = 0;
    for sentence in &context.answer {
        if let Some(part) = star_part(sentence) {
            current = PARTS.iter().position(|p| p.0 == part).unwrap_or(current);
        }
        let clean = cleaned(sentence, dropped);
        if !clean.is_empty() {
            told[current].push(clean);
        }
    }
    let result_has_figure = told[3]
        .iter()
        .any(|s| s.chars().any(|c| c.is_ascii_digit()) || has_number_word(s));
    let mut out = Vec::new();
    for (i, (_, label, placeholder)) in PARTS.iter().enumerate() {
        let body = if told[i].is_empty() {
            (*placeholder).to_owned()
        } else if i == 3 && !result_has_figure {
            format!(
                "{} [result: how much faster, cheaper or better, and for whom?]",
                told[i].join(" ")
            )
        } else {
            told[i].join(" ")
        };
        out.push(format!("{label}: {body}"));
    }
    out.join("\n\n")
}

/// A non-story behavioural answer: the candidate's sentences, cleaned, then
/// what the topic's key points say a strong answer adds.
fn in_own_words(
    context: &Context<'_>,
    findings: &[Finding],
    dropped: &[Span],
    topic: Option<&Topic>,
    said_figures: &FxHashSet<&str>,
) -> String {
    // Written into one text, each part after a space, rather than
    // collected as parts and joined.
    let said: usize = context.answer.iter().map(|s| s.text.len() + 2).sum();
    let mut out = String::with_capacity(said);
    for sentence in &context.answer {
        let before = out.len();
        if before > 0 {
            out.push(' ');
        }
        if !push_cleaned(&mut out, sentence, dropped) {
            out.truncate(before);
        }
    }
    let missed = findings
        .iter()
        .filter(|f| f.rule == "content.key-point-missed")
        .filter_map(|f| f.message.strip_prefix("Not covered: "))
        .filter(|point| only_said_figures(point, said_figures));
    if topic.is_some() {
        for point in missed {
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str("[add: ");
            out.push_str(point.trim_end_matches('.'));
            out.push(']');
        }
    }
    out
}

fn has_number_word(text: &str) -> bool {
    text.split(|c: char| !c.is_alphanumeric())
        .any(|w| crate::rules::is_number(&w.to_lowercase()))
}

/// The spans of the findings whose words a revised answer leaves out.
fn dropped(findings: &[Finding]) -> Vec<Span> {
    findings
        .iter()
        .filter(|f| DROPPED.contains(&&*f.rule))
        .map(|f| f.span)
        .collect()
}

/// The sentence without the `dropped` words (its fillers, repeated words
/// and hedges), starting with a capital and ending with a stop.
fn cleaned(sentence: &Spoken<'_>, dropped: &[Span]) -> String {
    let mut text = String::with_capacity(sentence.text.len() + 1);
    push_cleaned(&mut text, sentence, dropped);
    text
}

/// Appends `cleaned(sentence, dropped)` to `out`, and tells whether any
/// of the sentence's words are left.
fn push_cleaned(out: &mut String, sentence: &Spoken<'_>, dropped: &[Span]) -> bool {
    // Only the few spans that reach into this sentence are tested at each
    // of its words.
    let here = sentence.span;
    let inside: Vec<Span> = dropped
        .iter()
        .filter(|d| d.start() < here.end() && here.start() < d.end())
        .copied()
        .collect();
    let kept = sentence.tokens.iter().filter(|t| {
        !inside
            .iter()
            .any(|d| d.start() <= t.span.start() && t.span.end() <= d.end())
    });
    let start = out.len();
    let mut words = 0;
    for token in kept {
        if words > 0 {
            out.push(' ');
        }
        out.push_str(sentence.said(token.span));
        words += 1;
    }
    if words == 0 {
        return false;
    }
    match out[start..].chars().next() {
        // Nearly every sentence starts with an ASCII character, made a
        // capital in place.
        Some(first) if first.is_ascii() => out[start..start + 1].make_ascii_uppercase(),
        Some(first) => {
            let upper: String = first.to_uppercase().collect();
            out.replace_range(start..start + first.len_utf8(), &upper);
        }
        None => {}
    }
    out.push('.');
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn model_answers_keep_only_figures_the_transcript_has() {
        let base = KnowledgeBase::built_in();
        for topic in base
            .topics()
            .iter()
            .filter(|t| t.kind != TopicKind::Behavioral)
        {
            let none = FxHashSet::default();
            let text = said_only(&ModelAnswer::new(topic), &none);
            assert!(
                !text.chars().any(|c| c.is_ascii_digit()),
                "{}: {text}",
                topic.id
            );
        }
    }

    #[test]
    fn splits_prose_sentences() {
        let found: Vec<&str> =
            sentences_of("A list is mutable. Use O(1) lookups, e.g. dict.get! Done?").collect();
        assert_eq!(
            found,
            [
                "A list is mutable.",
                "Use O(1) lookups, e.g. dict.get!",
                "Done?"
            ]
        );
    }
}
