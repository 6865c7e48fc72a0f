//! What debrief remembers of past analyses, as plain data: the figures of one
//! stored analysis ([`Summary`]) and the trends over many ([`Progress`]).
//!
//! The store, the renderers and the web server share these types; how they
//! are kept (SQLite) is the store's business, so everything that can be
//! computed from reports is computed here, where it can be tested without a
//! database.

use crate::report::{Exchange, Report};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A topic whose content scores below this in an analysis was answered weakly
/// there (the same line as the `partial` status's lower bound in the README).
pub const WEAK_CONTENT: f64 = 60.0;

/// A topic is recurring once it was weak in this many analyses.
pub const RECURRING: usize = 2;

const MISCONCEPTION_RULE: &str = "accuracy.misconception";

/// The headline figures of one stored analysis.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Summary {
    /// The store's id of the analysis.
    pub id: i64,
    /// When it was saved, in seconds since the Unix epoch (UTC).
    pub created_at: i64,
    /// Whose interview it is, when the user said.
    pub who: Option<String>,
    /// The input's name as the report gives it (a file name, or `-`).
    pub source_name: String,
    pub interviews: usize,
    pub questions: usize,
    pub overall: f64,
    /// Null when no answer's content could be judged against a topic.
    pub content: Option<f64>,
    pub delivery: f64,
    /// Filler words and phrases per 100 candidate words.
    pub filler_rate: f64,
}

impl Summary {
    pub fn of(id: i64, created_at: i64, who: Option<String>, report: &Report) -> Summary {
        Summary {
            id,
            created_at,
            who,
            source_name: report.source.name.clone(),
            interviews: report.interviews.len(),
            questions: report.metrics.questions,
            overall: report.scores.overall,
            content: report.scores.content,
            delivery: report.scores.delivery,
            filler_rate: report.metrics.filler_rate,
        }
    }
}

/// One exchange of one analysis that was matched to a topic: the unit the
/// weak topics are computed from. The store keeps these as rows so that it
/// can compute progress without parsing every stored report.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TopicMark {
    /// The analysis (a [`Summary::id`]).
    pub analysis: i64,
    pub topic: String,
    pub title: String,
    pub content: Option<f64>,
    /// How many misconceptions the answer stated.
    pub misconceptions: usize,
}

impl TopicMark {
    /// The exchange's mark, or `None` when it has no topic.
    pub fn of(analysis: i64, exchange: &Exchange) -> Option<TopicMark> {
        let topic = exchange.topic.as_ref()?;
        Some(TopicMark {
            analysis,
            topic: topic.id.clone(),
            title: topic.title.clone(),
            content: exchange.scores.content,
            misconceptions: exchange
                .findings
                .iter()
                .filter(|f| f.rule == MISCONCEPTION_RULE)
                .count(),
        })
    }

    /// The marks of every topical exchange of a report.
    pub fn all_of(analysis: i64, report: &Report) -> Vec<TopicMark> {
        report
            .interviews
            .iter()
            .flat_map(|interview| &interview.exchanges)
            .filter_map(|exchange| TopicMark::of(analysis, exchange))
            .collect()
    }
}

/// A topic the person keeps getting wrong.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct WeakTopic {
    pub topic: String,
    pub title: String,
    /// In how many analyses it was weak (content below [`WEAK_CONTENT`] or a
    /// misconception stated).
    pub times: usize,
    /// The mean content score of all its judged answers, in every analysis;
    /// 0 when none could be judged.
    pub mean_content: f64,
}

/// How one person (or everyone, when `who` is `None`) did over time.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Progress {
    pub who: Option<String>,
    /// Oldest first.
    pub points: Vec<Summary>,
    /// Weakest first.
    pub weak_topics: Vec<WeakTopic>,
}

impl Progress {
    /// Progress from whole reports, in any order.
    pub fn from_reports(who: Option<String>, analyses: Vec<(Summary, Report)>) -> Progress {
        let marks = analyses
            .iter()
            .flat_map(|(summary, report)| TopicMark::all_of(summary.id, report))
            .collect();
        let points = analyses.into_iter().map(|(summary, _)| summary).collect();
        Progress::from_marks(who, points, marks)
    }

    /// Progress from the summaries and the topic marks of the same analyses,
    /// each in any order.
    pub fn from_marks(
        who: Option<String>,
        mut points: Vec<Summary>,
        marks: Vec<TopicMark>,
    ) -> Progress {
        // Ids break ties: two saves within one second keep their order.
        points.sort_by_key(|p| (p.created_at, p.id));
        Progress {
            who,
            points,
            weak_topics: weak_topics(marks),
        }
    }
}

#[derive(Default)]
struct Tally {
    title: String,
    /// Per analysis: (content scores, misconceptions).
    analyses: BTreeMap<i64, (Vec<f64>, usize)>,
}

fn weak_topics(marks: Vec<TopicMark>) -> Vec<WeakTopic> {
    let mut topics: BTreeMap<String, Tally> = BTreeMap::new();
    for mark in marks {
        let tally = topics.entry(mark.topic).or_default();
        tally.title = mark.title;
        let (scores, misconceptions) = tally.analyses.entry(mark.analysis).or_default();
        scores.extend(mark.content);
        *misconceptions += mark.misconceptions;
    }
    let mut weak: Vec<WeakTopic> = topics
        .into_iter()
        .filter_map(|(topic, tally)| {
            // An analysis that asked the topic twice is judged on the mean of
            // both answers, so one fumble followed by a good answer is not weak.
            let times = tally
                .analyses
                .values()
                .filter(|(scores, misconceptions)| {
                    *misconceptions > 0 || mean(scores).is_some_and(|m| m < WEAK_CONTENT)
                })
                .count();
            let all: Vec<f64> = tally
                .analyses
                .values()
                .flat_map(|(s, _)| s.iter().copied())
                .collect();
            (times >= RECURRING).then(|| WeakTopic {
                topic,
                title: tally.title,
                times,
                mean_content: mean(&all).unwrap_or(0.0),
            })
        })
        .collect();
    weak.sort_by(|a, b| {
        a.mean_content
            .total_cmp(&b.mean_content)
            .then(b.times.cmp(&a.times))
            .then_with(|| a.topic.cmp(&b.topic))
    });
    weak
}

fn mean(values: &[f64]) -> Option<f64> {
    (!values.is_empty()).then(|| values.iter().sum::<f64>() / values.len() as f64)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::Topic;
    use crate::{analyze, Options};

    const TRANSCRIPT: &str = "Interviewer: What is the difference between a list and a tuple in Python?\n\
        Candidate: A list is mutable and a tuple is immutable, so a tuple can be a dictionary key.\n\
        Interviewer: What does a SQL join do?\n\
        Candidate: It combines rows from two tables on a matching column.\n";

    fn report() -> Report {
        let options = Options {
            source_name: "mock.txt".to_owned(),
            ..Options::default()
        };
        analyze(TRANSCRIPT.as_bytes(), &options).expect("the transcript is valid")
    }

    /// The report with every exchange on `topic` and scored `content`.
    fn scored(topic: &str, content: f64) -> Report {
        let mut report = report();
        for exchange in report.interviews.iter_mut().flat_map(|i| &mut i.exchanges) {
            exchange.topic = Some(Topic {
                id: topic.to_owned(),
                title: topic.to_uppercase(),
                confidence: 1.0,
            });
            exchange.scores.content = Some(content);
            exchange.findings.clear();
        }
        report
    }

    fn summary(id: i64, created_at: i64, report: &Report) -> Summary {
        Summary::of(id, created_at, Some("ana".to_owned()), report)
    }

    fn mark(analysis: i64, topic: &str, content: Option<f64>, misconceptions: usize) -> TopicMark {
        TopicMark {
            analysis,
            topic: topic.to_owned(),
            title: topic.to_owned(),
            content,
            misconceptions,
        }
    }

    #[test]
    fn a_summary_takes_the_reports_figures() {
        let report = report();
        let summary = summary(7, 1_700_000_000, &report);
        assert_eq!(summary.id, 7);
        assert_eq!(summary.source_name, "mock.txt");
        assert_eq!(summary.interviews, report.interviews.len());
        assert_eq!(summary.questions, 2);
        assert_eq!(summary.overall, report.scores.overall);
        assert_eq!(summary.content, report.scores.content);
        assert_eq!(summary.delivery, report.scores.delivery);
        assert_eq!(summary.filler_rate, report.metrics.filler_rate);
    }

    #[test]
    fn points_come_oldest_first_with_ids_breaking_ties() {
        let report = report();
        let analyses = vec![
            (summary(3, 200, &report), report.clone()),
            (summary(2, 100, &report), report.clone()),
            (summary(1, 100, &report), report.clone()),
        ];
        let progress = Progress::from_reports(None, analyses);
        let ids: Vec<i64> = progress.points.iter().map(|p| p.id).collect();
        assert_eq!(ids, [1, 2, 3]);
    }

    #[test]
    fn a_topic_weak_in_two_analyses_recurs() {
        let analyses = vec![
            (summary(1, 1, &report()), scored("sql", 40.0)),
            (summary(2, 2, &report()), scored("sql", 50.0)),
            (summary(3, 3, &report()), scored("sql", 90.0)),
        ];
        let progress = Progress::from_reports(Some("ana".to_owned()), analyses);
        assert_eq!(
            progress.weak_topics,
            [WeakTopic {
                topic: "sql".to_owned(),
                title: "SQL".to_owned(),
                times: 2,
                mean_content: 60.0,
            }]
        );
    }

    #[test]
    fn one_weak_analysis_is_not_a_pattern() {
        let analyses = vec![
            (summary(1, 1, &report()), scored("sql", 40.0)),
            (summary(2, 2, &report()), scored("sql", 80.0)),
        ];
        assert!(Progress::from_reports(None, analyses)
            .weak_topics
            .is_empty());
    }

    #[test]
    fn misconceptions_make_a_topic_weak_whatever_its_score() {
        let marks = vec![mark(1, "gil", Some(75.0), 1), mark(2, "gil", Some(75.0), 2)];
        let weak = weak_topics(marks);
        assert_eq!(weak.len(), 1);
        assert_eq!(weak[0].times, 2);
        assert_eq!(weak[0].mean_content, 75.0);
    }

    #[test]
    fn an_analysis_is_judged_on_the_mean_of_its_answers_on_a_topic() {
        // 30 and 100 average 65 in analysis 1: not weak there.
        let marks = vec![
            mark(1, "sql", Some(30.0), 0),
            mark(1, "sql", Some(100.0), 0),
            mark(2, "sql", Some(30.0), 0),
        ];
        assert!(weak_topics(marks).is_empty());
    }

    #[test]
    fn the_weakest_topic_comes_first() {
        let marks = vec![
            mark(1, "a", Some(50.0), 0),
            mark(2, "a", Some(50.0), 0),
            mark(1, "b", Some(10.0), 0),
            mark(2, "b", Some(20.0), 0),
            mark(1, "c", None, 1),
            mark(2, "c", None, 1),
        ];
        let weak = weak_topics(marks);
        let order: Vec<&str> = weak.iter().map(|w| w.topic.as_str()).collect();
        // `c` has no judged answer: its mean is 0, below everything judged.
        assert_eq!(order, ["c", "b", "a"]);
    }
}
