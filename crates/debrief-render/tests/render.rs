//! Rendering a small hand-built report, independent of the pipeline.

use debrief_core::report::{
    Answer, Exchange, Feedback, FollowUp, Interview, Kind, Metrics, Note, Question, Recommendation,
    RevisedAnswer, RevisedSource, Role, Scores, Source, Speaker, Status, Term, Topic, Turn, SCHEMA,
};
use debrief_core::{InputFormat, Report, Span};

fn scores() -> Scores {
    Scores {
        content: None,
        structure: None,
        delivery: 0.5,
        overall: 0.5,
    }
}

fn note(text: &str, at: usize) -> Note {
    Note {
        text: text.to_owned(),
        evidence: vec![Span::new(at, at + 5)],
    }
}

fn question(text: &str, start: usize, inferred: bool) -> Question {
    let span = if inferred {
        Span::empty(start)
    } else {
        Span::new(start, start + text.len())
    };
    Question {
        text: text.to_owned(),
        span,
        inferred,
    }
}

fn answer(text: &str, start: usize) -> Answer {
    Answer {
        text: text.to_owned(),
        span: Span::new(start, start + text.len()),
    }
}

fn exchange(id: &str, kind: Kind, question: Question, answer: Answer) -> Exchange {
    Exchange {
        id: id.to_owned(),
        kind,
        question,
        follow_ups: Vec::new(),
        answer,
        topic: None,
        status: Status::Partial,
        scores: scores(),
        findings: Vec::new(),
        strengths: Vec::new(),
        improvements: Vec::new(),
        revised_answer: None,
    }
}

fn metrics() -> Metrics {
    Metrics {
        words: 120,
        interviewer_words: 30,
        candidate_words: 90,
        candidate_talk_ratio: 0.75,
        questions: 4,
        inferred_questions: 1,
        follow_ups: 1,
        candidate_questions: 1,
        attribution: "labels".to_owned(),
        attribution_confidence: 0.925,
        filler_rate: 2.5,
        average_answer_words: 30.0,
        words_per_minute: None,
        duration_seconds: None,
    }
}

/// Two interviews, four exchanges: one with every coaching part filled in,
/// one whose transcript text is hostile to Markdown, one inferred question
/// and one unanswered candidate question.
fn report() -> Report {
    let mut behavioral = exchange(
        "i1-q1",
        Kind::Behavioral,
        question("Tell me about a project you are proud of.", 0, false),
        answer(
            "I moved our nightly batch jobs to a queue.\nIt made the reports faster.",
            50,
        ),
    );
    behavioral.follow_ups.push(FollowUp {
        question: question("How much faster?", 130, false),
        answer: answer("A lot faster, I don't remember exactly.", 150),
    });
    behavioral.strengths = vec![note("Names a concrete change you made.", 50)];
    behavioral.improvements = vec![
        note("Give the result as a number.", 60),
        note("Say what *you* did, not the team.", 70),
    ];
    behavioral.revised_answer = Some(RevisedAnswer {
        text: "I moved our nightly batch jobs to a queue, which made the reports \
               [result: how much faster?].\n\nI chose a queue because [reason]."
            .to_owned(),
        source: RevisedSource::CandidateFacts,
    });

    let mut hostile = exchange(
        "i1-q2",
        Kind::Technical,
        question(
            "What does __init__ do | and what is a `self` in a class in Python, and why do we need it at all?",
            200,
            false,
        ),
        answer(
            "# it is the constructor\n- it sets fields\n\n1. first self\n2. then <b>args</b>",
            300,
        ),
    );
    hostile.topic = Some(Topic {
        id: "python-classes".to_owned(),
        title: "Python classes".to_owned(),
        confidence: 0.8,
    });

    let inferred = exchange(
        "i2-q1",
        Kind::Coding,
        question(
            "How would you write a function that sums the digits of a number given as an integer or a string?",
            500,
            true,
        ),
        answer("I would loop over the digits with mod ten.", 500),
    );
    let candidate_question = exchange(
        "i2-q2",
        Kind::CandidateQuestion,
        question("What does the team work on?", 600, false),
        answer("", 630),
    );

    Report {
        schema: SCHEMA.to_owned(),
        source: Source {
            name: "mock | interviews.txt".to_owned(),
            format: InputFormat::SpeakerLines,
            bytes: 1234,
        },
        speakers: vec![Speaker {
            id: "s1".to_owned(),
            label: Some("Ann".to_owned()),
            role: debrief_core::report::Role::Interviewer,
        }],
        turns: vec![Turn {
            span: Span::new(0, 42),
            speaker: Some("s1".to_owned()),
            role: debrief_core::report::Role::Interviewer,
            confidence: 1.0,
            start: None,
            end: None,
        }],
        interviews: vec![
            Interview {
                index: 1,
                span: Span::new(0, 450),
                scores: scores(),
                metrics: Default::default(),
                exchanges: vec![behavioral, hostile],
            },
            Interview {
                index: 2,
                span: Span::new(450, 700),
                scores: scores(),
                metrics: Default::default(),
                exchanges: vec![inferred, candidate_question],
            },
        ],
        terms: vec![Term {
            heard: "SIP command".to_owned(),
            span: Span::new(10, 21),
            likely: "scp".to_owned(),
        }],
        scores: scores(),
        metrics: metrics(),
        feedback: Feedback {
            strengths: vec![note("You named the change you made.", 50)],
            improvements: vec![note("Results without numbers in 2 answers.", 60)],
        },
        recommendations: vec![Recommendation {
            focus: "No numbers".to_owned(),
            reason: "2 time(s) in 2 answer(s): i1-q1, i2-q1.".to_owned(),
            topic: None,
            rule: Some("content.no-numbers".to_owned()),
            exchanges: vec!["i1-q1".to_owned(), "i2-q1".to_owned()],
            drills: vec!["Practise giving results as numbers.".to_owned()],
        }],
        warnings: vec!["the input is not valid UTF-8 (first bad byte at offset 3)".to_owned()],
    }
}

fn empty_report() -> Report {
    let mut report = report();
    report.interviews.truncate(1);
    report.interviews[0].exchanges.clear();
    report.terms.clear();
    report.recommendations.clear();
    report.feedback = Feedback::default();
    report.warnings.clear();
    report.metrics = Metrics {
        questions: 0,
        inferred_questions: 0,
        follow_ups: 0,
        candidate_questions: 0,
        attribution: "text".to_owned(),
        ..metrics()
    };
    report
}

#[test]
fn markdown_snapshot() {
    insta::assert_snapshot!(debrief_render::markdown(&report()));
}

#[test]
fn markdown_snapshot_without_questions() {
    insta::assert_snapshot!(debrief_render::markdown(&empty_report()));
}

#[test]
fn json_snapshot() {
    insta::assert_snapshot!(debrief_render::json(&report()));
}

#[test]
fn json_round_trips_and_ends_with_one_newline() {
    let out = debrief_render::json(&report());
    assert!(out.ends_with("}\n") && !out.ends_with("\n\n"));
    let back: Report = serde_json::from_str(&out).unwrap();
    assert_eq!(back, report());
}

#[test]
fn an_invitation_to_ask_is_answered_by_the_candidate() {
    let turn = |start, end, role| Turn {
        span: Span::new(start, end),
        speaker: None,
        role,
        confidence: 0.9,
        start: None,
        end: None,
    };
    let mut report = report();
    report.turns.push(turn(600, 640, Role::Candidate));
    report.turns.push(turn(700, 735, Role::Interviewer));
    report.interviews[1].exchanges.push(exchange(
        "i2-q3",
        Kind::CandidateQuestion,
        question("Do you have any questions for me?", 700, false),
        answer("Yes, two.", 740),
    ));
    let out = debrief_render::markdown(&report);
    let section = |number: &str| {
        let from = out.find(&format!("### {number}.")).expect("section");
        let rest = &out[from + 4..];
        rest[..rest.find("### Q").unwrap_or(rest.len())].to_owned()
    };
    assert!(section("Q4").contains("#### The interviewer's answer"));
    assert!(section("Q5").contains("#### Your answer"));
}

#[test]
fn markdown_ends_with_one_newline() {
    for report in [report(), empty_report()] {
        let out = debrief_render::markdown(&report);
        assert!(out.ends_with('\n') && !out.ends_with("\n\n"), "{out:?}");
    }
}

/// A `|` is a column break unless a backslash (itself unescaped) precedes it.
fn column_breaks(row: &str) -> usize {
    let mut breaks = 0;
    let mut escaped = false;
    for c in row.chars() {
        match c {
            '\\' if !escaped => escaped = true,
            '|' if !escaped => breaks += 1,
            _ => escaped = false,
        }
    }
    breaks
}

#[test]
fn table_lists_every_exchange_with_five_columns() {
    let out = debrief_render::markdown(&report());
    let rows: Vec<&str> = out
        .lines()
        .skip_while(|line| !line.starts_with("| # |"))
        .take_while(|line| line.starts_with('|'))
        .collect();
    // Header, delimiter, then one row per exchange.
    assert_eq!(rows.len(), 2 + 4, "{out}");
    for row in &rows {
        assert_eq!(column_breaks(row), 6, "{row}");
    }
    assert!(rows[4].contains("*(inferred)*"), "{}", rows[4]);
    assert!(!rows[2].contains("(inferred)"), "{}", rows[2]);
}

#[test]
fn sections_follow_the_interviews_and_number_across_them() {
    let out = debrief_render::markdown(&report());
    let headings: Vec<&str> = out
        .lines()
        .filter(|line| line.starts_with("## ") || line.starts_with("### "))
        .map(|line| line.split(". ").next().unwrap())
        .collect();
    assert_eq!(
        headings,
        [
            "## Interview 1",
            "### Q1",
            "### Q2",
            "## Interview 2",
            "### Q3",
            "### Q4",
            "## Overall feedback",
            "## Practice plan",
            "## Coverage: every question found",
            "## Terms the transcript probably misheard",
        ]
    );
}

#[test]
fn coaching_sections_appear_only_when_filled() {
    let out = debrief_render::markdown(&report());
    // Only Q1 has strengths, improvements and a revised answer.
    assert_eq!(out.matches("#### Strengths").count(), 1);
    assert_eq!(out.matches("#### Areas for improvement").count(), 1);
    assert_eq!(out.matches("#### Revised answer").count(), 1);
    let empty = debrief_render::markdown(&empty_report());
    assert!(!empty.contains("####"), "{empty}");
    assert!(!empty.contains("## Practice plan"), "{empty}");
    assert!(!empty.contains("Warnings"), "{empty}");
    assert!(empty.contains("No questions were found."), "{empty}");
}

#[test]
fn answers_are_verbatim_blockquotes() {
    let out = debrief_render::markdown(&report());
    assert!(out
        .contains("> I moved our nightly batch jobs to a queue.\n> It made the reports faster.\n"));
    assert!(
        out.contains("> \\# it is the constructor\n> \\- it sets fields\n>\n> 1\\. first self\n")
    );
}

#[test]
fn inferred_questions_are_marked_where_they_are_asked() {
    let out = debrief_render::markdown(&report());
    assert!(out.contains("### Q3. How would you write a function that sums the digits of a number given as an… *(inferred)*"), "{out}");
    assert!(out.contains("**Question** *(inferred from the answer)*: How would you write a function that sums the digits of a number given as an integer or a string?"), "{out}");
    assert!(
        !out.contains("**Question:** Tell me about a project"),
        "a short question is all in its heading"
    );
}
