//! Across the whole report: overall feedback and the practice plan, weakest
//! topics and habits first, each naming the exchanges it comes from.

use crate::knowledge::KnowledgeBase;
use crate::report::{Exchange, Feedback, Interview, Note, Recommendation, Status, Topic};
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

/// One rule's findings over the report: which exchanges, how many. The
/// rule and the exchanges' ids are borrowed from the report: most habits
/// never reach the plan, and need no copies of them.
struct Habit<'a> {
    rule: &'a str,
    exchanges: Vec<&'a str>,
    spans: Vec<Span>,
    count: usize,
    /// The first suggestion its findings make.
    suggestion: Option<Cow<'static, str>>,
}

/// Problems (not strengths) grouped by rule, most widespread first.
fn habits(interviews: &[Interview]) -> Vec<Habit<'_>> {
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
                        rule: &finding.rule,
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
            if habit.exchanges.last() != Some(&exchange.id.as_str()) {
                habit.exchanges.push(&exchange.id);
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
fn first_few(ids: &[&str]) -> String {
    const SHOWN: usize = 5;
    let mut text = ids[..ids.len().min(SHOWN)].join(", ");
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

/// A topic answered wrongly or thinly, and the exchanges that asked it.
/// Its recommendation is written only if it makes the plan: most weak
/// topics do not, and need no copies of their texts.
struct WeakTopic<'a> {
    /// Wrong statements rank before thin answers.
    rank: f64,
    /// The first exchange that asked it, which the reason quotes.
    first: &'a Exchange,
    topic: &'a Topic,
    content: f64,
    exchanges: Vec<&'a str>,
}

impl WeakTopic<'_> {
    fn recommendation(self, knowledge: &KnowledgeBase) -> Recommendation {
        let exchange = self.first;
        let mut reason = format!("Content {:.0}/100 in {}", self.content, exchange.id);
        let wrong: Vec<&str> = corrections(exchange).collect();
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
            .get(&self.topic.id)
            .map(|t| {
                t.follow_ups
                    .iter()
                    .take(DRILLS_PER_TOPIC)
                    .cloned()
                    .collect()
            })
            .unwrap_or_default();
        Recommendation {
            focus: self.topic.title.clone(),
            reason: format!("{reason}."),
            topic: Some(self.topic.id.clone()),
            rule: None,
            exchanges: self.exchanges.iter().map(|&id| id.to_owned()).collect(),
            drills,
        }
    }
}

/// The corrections of an exchange's wrong statements.
fn corrections(exchange: &Exchange) -> impl Iterator<Item = &str> {
    exchange
        .findings
        .iter()
        .filter(|f| f.rule == "accuracy.misconception")
        .filter_map(|f| f.suggestion.as_deref())
}

/// The practice plan: topics answered wrongly or thinly (worst first), then
/// habits that recur across exchanges.
pub fn practice_plan(interviews: &[Interview], knowledge: &KnowledgeBase) -> Vec<Recommendation> {
    let mut topics: Vec<WeakTopic> = Vec::new();
    for exchange in exchanges(interviews) {
        let (Some(topic), Some(content)) = (&exchange.topic, exchange.scores.content) else {
            continue;
        };
        let wrong = corrections(exchange).count();
        if content >= WEAK_CONTENT && wrong == 0 {
            continue;
        }
        if let Some(weak) = topics.iter_mut().find(|weak| weak.topic.id == topic.id) {
            weak.exchanges.push(&exchange.id);
            continue;
        }
        topics.push(WeakTopic {
            rank: content - 100.0 * wrong as f64,
            first: exchange,
            topic,
            content,
            exchanges: vec![&exchange.id],
        });
    }
    topics.sort_by(|a, b| a.rank.total_cmp(&b.rank));
    let mut plan: Vec<Recommendation> = topics
        .into_iter()
        .take(PLAN_TOPICS)
        .map(|weak| weak.recommendation(knowledge))
        .collect();
    let recurring = habits(interviews)
        .into_iter()
        .filter(|h| h.exchanges.len() >= HABIT_EXCHANGES || h.rule == "professionalism.profanity")
        .take(PLAN_HABITS);
    for habit in recurring {
        let advice = habit
            .suggestion
            .map(Cow::into_owned)
            .unwrap_or_else(|| rules::find(habit.rule).map_or_else(String::new, |m| m.summary()));
        let drill = format!(
            "Record yourself answering {} again, then listen back: {advice}",
            habit.exchanges[0]
        );
        plan.push(Recommendation {
            focus: rule_name(habit.rule),
            reason: format!(
                "{} time(s) in {} answer(s): {}.",
                habit.count,
                habit.exchanges.len(),
                first_few(&habit.exchanges)
            ),
            topic: None,
            rule: Some(habit.rule.to_owned()),
            exchanges: habit.exchanges.iter().map(|&id| id.to_owned()).collect(),
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
                rule_name(habit.rule),
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
