//! Across the whole report: overall feedback and the practice plan, weakest
//! topics and habits first, each naming the exchanges it comes from.

use crate::knowledge::KnowledgeBase;
use crate::report::{Exchange, Feedback, Interview, Note, Recommendation, Status};
use crate::rules;
use crate::span::Span;
use std::borrow::Cow;

/// Topics scoring below this content are worth practising.
const WEAK_CONTENT: f64 = 60.0;
/// A habit is a pattern when it shows in at least this many exchanges.
const HABIT_EXCHANGES: usize = 2;
/// Knowledge-base follow-up questions offered per topic.
const DRILLS_PER_TOPIC: usize = 3;
/// A plan is read, not skimmed: this many topics and habits at most.
const PLAN_TOPICS: usize = 6;
const PLAN_HABITS: usize = 4;

fn exchanges(interviews: &[Interview]) -> impl Iterator<Item = &Exchange> {
    interviews.iter().flat_map(|i| &i.exchanges)
}

/// One rule's findings over the report: which exchanges, how many.
struct Habit {
    rule: String,
    exchanges: Vec<String>,
    spans: Vec<Span>,
    count: usize,
    /// The first suggestion its findings make.
    suggestion: Option<Cow<'static, str>>,
}

/// Problems (not strengths) grouped by rule, most widespread first.
fn habits(interviews: &[Interview]) -> Vec<Habit> {
    let mut out: Vec<Habit> = Vec::new();
    for exchange in exchanges(interviews) {
        for finding in exchange.findings.iter().filter(|f| f.severity != "info") {
            if matches!(
                &*finding.rule,
                "content.key-point-missed" | "accuracy.misconception"
            ) {
                continue; // topics, not habits
            }
            let habit = match out.iter_mut().position(|h| h.rule == finding.rule) {
                Some(i) => &mut out[i],
                None => {
                    out.push(Habit {
                        rule: finding.rule.to_string(),
                        exchanges: Vec::new(),
                        spans: Vec::new(),
                        count: 0,
                        suggestion: None,
                    });
                    out.last_mut().expect("just pushed")
                }
            };
            habit.count += 1;
            if habit.suggestion.is_none() {
                habit.suggestion.clone_from(&finding.suggestion);
            }
            if !finding.span.is_empty() {
                habit.spans.push(finding.span);
            }
            if habit.exchanges.last() != Some(&exchange.id) {
                habit.exchanges.push(exchange.id.clone());
            }
        }
    }
    out.sort_by(|a, b| {
        b.exchanges
            .len()
            .cmp(&a.exchanges.len())
            .then(b.count.cmp(&a.count))
    });
    out
}

/// What doing a rule's thing well in several answers reads as ({n}
/// findings in {m} answers).
const DONE_WELL: &[(&str, &str)] = &[
    (
        "content.key-point",
        "You covered {n} key points across {m} answers.",
    ),
    (
        "coding.approach",
        "You named your approach in {m} coding answers.",
    ),
    (
        "coding.complexity",
        "You stated a correct complexity in {m} coding answers.",
    ),
    (
        "coding.edge-cases",
        "You considered edge cases in {m} coding answers.",
    ),
    (
        "coding.tests",
        "You walked an example through your code in {m} coding answers.",
    ),
    (
        "structure.star",
        "Your stories had a clear STAR shape in {m} answers.",
    ),
];

/// "a, b, c, d, e and 3 more".
fn first_few(ids: &[String]) -> String {
    const SHOWN: usize = 5;
    let mut text = ids
        .iter()
        .take(SHOWN)
        .cloned()
        .collect::<Vec<_>>()
        .join(", ");
    if ids.len() > SHOWN {
        text.push_str(&format!(" and {} more", ids.len() - SHOWN));
    }
    text
}

fn rule_name(code: &str) -> String {
    let name = rules::find(code).map_or(code, |meta| meta.name);
    let mut words = name.replace('-', " ");
    if let Some(first) = words.get(..1) {
        let upper = first.to_uppercase();
        words.replace_range(..1, &upper);
    }
    words
}

/// The practice plan: topics answered wrongly or thinly (worst first), then
/// habits that recur across exchanges.
pub fn practice_plan(interviews: &[Interview], knowledge: &KnowledgeBase) -> Vec<Recommendation> {
    let mut topics: Vec<(f64, Recommendation)> = Vec::new();
    for exchange in exchanges(interviews) {
        let (Some(topic), Some(content)) = (&exchange.topic, exchange.scores.content) else {
            continue;
        };
        let wrong: Vec<&str> = exchange
            .findings
            .iter()
            .filter(|f| f.rule == "accuracy.misconception")
            .filter_map(|f| f.suggestion.as_deref())
            .collect();
        if content >= WEAK_CONTENT && wrong.is_empty() {
            continue;
        }
        if let Some((_, item)) = topics
            .iter_mut()
            .find(|(_, r)| r.topic.as_deref() == Some(&topic.id))
        {
            item.exchanges.push(exchange.id.clone());
            continue;
        }
        let mut reason = format!("Content {content:.0}/100 in {}", exchange.id);
        if !wrong.is_empty() {
            reason.push_str(&format!("; correct this: {}", wrong.join(" ")));
        }
        let missed = exchange
            .findings
            .iter()
            .filter(|f| f.rule == "content.key-point-missed")
            .count();
        if missed > 0 {
            reason.push_str(&format!("; {missed} key point(s) missing"));
        }
        let drills = knowledge
            .get(&topic.id)
            .map(|t| {
                t.follow_ups
                    .iter()
                    .take(DRILLS_PER_TOPIC)
                    .cloned()
                    .collect()
            })
            .unwrap_or_default();
        // Wrong statements rank before thin answers.
        let rank = content - 100.0 * wrong.len() as f64;
        topics.push((
            rank,
            Recommendation {
                focus: topic.title.clone(),
                reason: format!("{reason}."),
                topic: Some(topic.id.clone()),
                rule: None,
                exchanges: vec![exchange.id.clone()],
                drills,
            },
        ));
    }
    topics.sort_by(|a, b| a.0.total_cmp(&b.0));
    let mut plan: Vec<Recommendation> = topics
        .into_iter()
        .take(PLAN_TOPICS)
        .map(|(_, r)| r)
        .collect();
    let recurring = habits(interviews)
        .into_iter()
        .filter(|h| h.exchanges.len() >= HABIT_EXCHANGES || h.rule == "professionalism.profanity")
        .take(PLAN_HABITS);
    for habit in recurring {
        let advice = habit
            .suggestion
            .map(Cow::into_owned)
            .unwrap_or_else(|| rules::find(&habit.rule).map_or_else(String::new, |m| m.summary()));
        let drill = format!(
            "Record yourself answering {} again, then listen back: {advice}",
            habit.exchanges[0]
        );
        plan.push(Recommendation {
            focus: rule_name(&habit.rule),
            reason: format!(
                "{} time(s) in {} answer(s): {}.",
                habit.count,
                habit.exchanges.len(),
                first_few(&habit.exchanges)
            ),
            topic: None,
            rule: Some(habit.rule.clone()),
            exchanges: habit.exchanges,
            drills: vec![drill],
        });
    }
    plan
}

/// What went well and what to change across the report.
pub fn feedback(interviews: &[Interview]) -> Feedback {
    let mut strengths = Vec::new();
    let strong: Vec<&Exchange> = exchanges(interviews)
        .filter(|e| e.status == Status::Strong)
        .collect();
    if !strong.is_empty() {
        let titles: Vec<&str> = strong
            .iter()
            .map(|e| {
                e.topic
                    .as_ref()
                    .map_or(e.question.text.as_str(), |t| t.title.as_str())
            })
            .collect();
        strengths.push(Note {
            text: format!("Strong answers ({}): {}.", strong.len(), titles.join("; ")),
            evidence: strong.iter().map(|e| e.answer.span).collect(),
        });
    }
    // Things done well in several answers.
    for (rule, what) in DONE_WELL {
        let found: Vec<&Exchange> = exchanges(interviews)
            .filter(|e| {
                e.findings
                    .iter()
                    .any(|f| f.rule == *rule && f.severity == "info")
            })
            .collect();
        if found.len() < HABIT_EXCHANGES {
            continue;
        }
        let spans: Vec<Span> = found
            .iter()
            .flat_map(|e| &e.findings)
            .filter(|f| f.rule == *rule && f.severity == "info")
            .map(|f| f.span)
            .collect();
        strengths.push(Note {
            text: what
                .replace("{n}", &spans.len().to_string())
                .replace("{m}", &found.len().to_string()),
            evidence: spans,
        });
    }
    let mut improvements = Vec::new();
    let wrong: Vec<&crate::report::Finding> = exchanges(interviews)
        .flat_map(|e| &e.findings)
        .filter(|f| f.rule == "accuracy.misconception")
        .collect();
    if !wrong.is_empty() {
        improvements.push(Note {
            text: format!(
                "{} wrong statement(s) to correct first (they cost more than gaps); the practice plan gives the correct ones.",
                wrong.len()
            ),
            evidence: wrong.iter().map(|f| f.span).collect(),
        });
    }
    for habit in habits(interviews)
        .into_iter()
        .filter(|h| h.exchanges.len() >= HABIT_EXCHANGES)
        .take(3)
    {
        improvements.push(Note {
            text: format!(
                "{} in {} answers ({} in all).",
                rule_name(&habit.rule),
                habit.exchanges.len(),
                habit.count
            ),
            evidence: habit.spans,
        });
    }
    Feedback {
        strengths,
        improvements,
    }
}
