//! The HTML report of small hand-built reports, independent of the pipeline:
//! hostile transcript text, overlapping and broken spans, no questions.

use debrief_core::report::{
    Answer, Exchange, Feedback, Finding, FollowUp, Interview, Kind, Metrics, Note, Question,
    Recommendation, RevisedAnswer, RevisedSource, Scores, Source, Status, Term, Topic, SCHEMA,
};
use debrief_core::{InputFormat, Report, Span};

const SCRIPT: &str = "<script>alert(1)</script>";
const BREAKOUT: &str = r#""><img src=x onerror=alert(1)>"#;

/// A transcript with both attacks in the interviewer's and the candidate's
/// words; `at` finds a phrase's span in it.
fn source() -> String {
    format!(
        "Interviewer: What is cross-site scripting, say {SCRIPT}?\n\
         Candidate: Um, it is when a page shows {BREAKOUT} without escaping it, like, basically.\n\
         Interviewer: How do you prevent it?\n\
         Candidate: Escape output.\n\
         Interviewer: Tell me about a project.\n\
         Candidate: I moved batch jobs to a queue & it got faster.\n"
    )
}

fn at(source: &str, phrase: &str) -> Span {
    let start = source
        .find(phrase)
        .unwrap_or_else(|| panic!("{phrase:?} not in source"));
    Span::new(start, start + phrase.len())
}

fn question(source: &str, text: &str) -> Question {
    Question {
        text: text.to_owned(),
        span: at(source, text),
        inferred: false,
    }
}

fn answer(source: &str, text: &str) -> Answer {
    Answer {
        text: text.to_owned(),
        span: at(source, text),
    }
}

fn finding(rule: &str, severity: &str, span: Span, message: &str) -> Finding {
    Finding {
        rule: rule.to_owned().into(),
        category: rule.split('.').next().unwrap().to_owned().into(),
        severity: severity.to_owned().into(),
        span,
        message: message.to_owned(),
        suggestion: Some(format!("Instead of {SCRIPT}, say what you mean.").into()),
    }
}

fn note(text: &str, evidence: Vec<Span>) -> Note {
    Note {
        text: text.to_owned(),
        evidence,
    }
}

fn scores(content: Option<f64>, overall: f64) -> Scores {
    Scores {
        content,
        delivery: 90.0,
        overall,
        ..Scores::default()
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
        scores: scores(None, 50.0),
        findings: Vec::new(),
        strengths: Vec::new(),
        improvements: Vec::new(),
        revised_answer: None,
    }
}

fn metrics() -> Metrics {
    Metrics {
        words: 60,
        interviewer_words: 20,
        candidate_words: 40,
        candidate_talk_ratio: 0.66,
        questions: 2,
        inferred_questions: 1,
        follow_ups: 1,
        candidate_questions: 0,
        attribution: "labels".to_owned(),
        attribution_confidence: 0.9,
        filler_rate: 7.5,
        average_answer_words: 12.0,
        words_per_minute: None,
        duration_seconds: None,
    }
}

fn report(source: &str) -> Report {
    let first_answer =
        format!("Um, it is when a page shows {BREAKOUT} without escaping it, like, basically.");
    let mut xss = exchange(
        "i1-q1",
        Kind::Technical,
        question(
            source,
            &format!("What is cross-site scripting, say {SCRIPT}?"),
        ),
        answer(source, &first_answer),
    );
    xss.follow_ups.push(FollowUp {
        question: question(source, "How do you prevent it?"),
        answer: answer(source, "Escape output."),
    });
    xss.topic = Some(Topic {
        id: "security.xss".to_owned(),
        title: format!("XSS {SCRIPT}"),
        confidence: 0.9,
    });
    xss.status = Status::Strong;
    xss.scores = scores(Some(75.0), 80.0);
    let answer_span = at(source, &first_answer);
    xss.findings = vec![
        finding(
            "delivery.filler",
            "warning",
            at(source, "Um"),
            "Filler \"um\"",
        ),
        finding(
            "delivery.filler",
            "warning",
            at(source, "like"),
            "Filler 'like'",
        ),
        // Overlaps the breakout and the words after it.
        finding(
            "content.key-point",
            "info",
            at(source, &format!("{BREAKOUT} without")),
            &format!("Covered: {BREAKOUT}"),
        ),
        // Nested in the whole answer, which is marked too.
        finding("content.rambling", "warning", answer_span, "Rambling"),
        // Past the end of the source, and missing (no words).
        finding(
            "accuracy.misconception",
            "error",
            Span::new(10_000, 10_010),
            "Out of range",
        ),
        finding(
            "content.key-point-missed",
            "warning",
            Span::empty(answer_span.end()),
            "Not covered: output encoding",
        ),
    ];
    xss.strengths = vec![note(
        &format!("Names the attack {SCRIPT}"),
        vec![at(source, SCRIPT)],
    )];
    xss.improvements = vec![note("Say how to encode output.", Vec::new())];
    xss.revised_answer = Some(RevisedAnswer {
        text: format!("XSS is when a page runs {SCRIPT} from a user.\n\nEncode output."),
        source: RevisedSource::KnowledgeBase,
    });

    let mut project = exchange(
        "i1-q2",
        Kind::Behavioral,
        Question {
            text: format!("What did you build? {BREAKOUT}"),
            span: Span::empty(at(source, "I moved").start()),
            inferred: true,
        },
        answer(source, "I moved batch jobs to a queue & it got faster."),
    );
    project.revised_answer = Some(RevisedAnswer {
        text: "I moved batch jobs to a queue, which made them [result: how much faster?]."
            .to_owned(),
        source: RevisedSource::CandidateFacts,
    });

    Report {
        schema: SCHEMA.to_owned(),
        source: Source {
            name: format!("mock {BREAKOUT}.txt"),
            format: InputFormat::SpeakerLines,
            bytes: source.len(),
        },
        speakers: Vec::new(),
        turns: Vec::new(),
        interviews: vec![Interview {
            index: 1,
            span: Span::new(0, source.len()),
            scores: scores(Some(75.0), 65.0),
            metrics: Default::default(),
            exchanges: vec![xss, project],
        }],
        terms: vec![Term {
            heard: format!("heard {SCRIPT}"),
            span: at(source, "Escape"),
            likely: BREAKOUT.to_owned(),
        }],
        scores: scores(Some(75.0), 65.0),
        metrics: metrics(),
        feedback: Feedback {
            strengths: vec![note(
                "Clear definitions.",
                vec![at(source, "Escape output.")],
            )],
            improvements: vec![note(
                &format!("Fewer fillers {SCRIPT}"),
                vec![at(source, "Um")],
            )],
        },
        recommendations: vec![Recommendation {
            focus: format!("Fillers {SCRIPT}"),
            reason: BREAKOUT.to_owned(),
            topic: None,
            rule: Some("delivery.filler".to_owned()),
            exchanges: vec!["i1-q1".to_owned()],
            drills: vec![format!("Explain {SCRIPT} in one breath.")],
        }],
        warnings: vec![format!("warning {SCRIPT}")],
    }
}

fn html() -> String {
    let source = source();
    debrief_render::html(&report(&source), &source)
}

/// Checks that every element opened is closed, in order: a stray `<` or
/// `"` from the transcript would break this.
fn assert_balanced(html: &str) {
    const VOID: [&str; 4] = ["meta", "br", "!DOCTYPE", "!doctype"];
    let mut open: Vec<&str> = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find('<') {
        let end = start + rest[start..].find('>').expect("unclosed tag");
        let tag = &rest[start + 1..end];
        rest = &rest[end + 1..];
        let name = tag
            .trim_start_matches('/')
            .split(|c: char| c.is_whitespace() || c == '/')
            .next()
            .unwrap();
        if tag.ends_with('/') || VOID.contains(&name) {
            continue;
        }
        if tag.starts_with('/') {
            assert_eq!(open.pop(), Some(name), "</{name}> closes the wrong element");
        } else {
            open.push(name);
        }
    }
    assert!(open.is_empty(), "never closed: {open:?}");
}

#[test]
fn transcript_and_report_text_is_escaped_everywhere() {
    let out = html();
    assert!(!out.contains(SCRIPT), "a raw script tag");
    assert!(!out.contains("<img"), "a raw img tag");
    assert!(!out.contains("<script"), "a raw script tag");
    assert!(out.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(out.contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"));
    // In the title, an attribute (a highlight's message) and the transcript.
    assert!(out.contains(
        "<title>Interview debrief: mock &quot;&gt;&lt;img src=x onerror=alert(1)&gt;.txt</title>"
    ));
    assert!(
        out.contains("\nCovered: &quot;&gt;&lt;img src=x onerror=alert(1)&gt;\">"),
        "{out}"
    );
    assert!(out.contains("I moved batch jobs to a queue &amp; it got faster."));
    assert_balanced(&out);
}

#[test]
fn the_page_loads_nothing_and_runs_nothing() {
    let out = html();
    assert!(out.starts_with("<!DOCTYPE html>\n"));
    assert!(out.contains(r#"<meta name="viewport" content="width=device-width, initial-scale=1">"#));
    assert!(out.contains("default-src 'none'"));
    for banned in ["<link", "<script", "@import", "url(", "http://", "https://"] {
        let allowed = banned == "http://"
            && out.matches(banned).count()
                == out.matches("xmlns=\"http://www.w3.org/2000/svg\"").count();
        assert!(
            allowed || !out.contains(banned),
            "the page contains {banned}"
        );
    }
    assert!(out.contains("@media print"));
    assert!(out.contains("@media (max-width"));
}

#[test]
fn every_exchange_has_a_section_a_row_and_a_transcript_marker() {
    let out = html();
    for (number, id) in [(1, "i1-q1"), (2, "i1-q2")] {
        assert_eq!(
            out.matches(&format!(r#"<section class="exchange" id="{id}""#))
                .count(),
            1
        );
        assert!(out.contains(&format!(
            r##"<td class="num"><a href="#{id}">Q{number}</a></td>"##
        )));
        assert!(out.contains(&format!(
            r##"<a class="qmark" id="t-{id}" href="#{id}">Q{number}</a>"##
        )));
        assert!(out.contains(&format!(
            r##"<a href="#t-{id}">where it starts in the transcript</a>"##
        )));
    }
    // The inferred question is marked in the table and in its section.
    assert_eq!(
        out.matches(r#"<span class="badge">inferred</span>"#)
            .count(),
        2
    );
    assert!(out.contains("Question (inferred from the answer)"));
}

#[test]
fn findings_link_to_their_highlights_unless_they_have_no_words() {
    let out = html();
    for index in 0..4 {
        let id = format!("f-i1-q1-{index}");
        assert!(
            out.contains(&format!(r##"<a href="#{id}""##)),
            "no link to {id}"
        );
        assert_eq!(out.matches(&format!(r#"id="{id}""#)).count(), 1, "{id}");
    }
    for index in 4..6 {
        assert!(
            !out.contains(&format!("f-i1-q1-{index}")),
            "{index} has no words"
        );
    }
    assert!(out.contains(">Out of range <code"), "{out}");
    assert!(out.contains(">Not covered: output encoding <code"), "{out}");
    // The filler inside the rambling answer is marked as nested.
    assert!(
        out.contains(r#"<mark class="warning nested" id="f-i1-q1-0""#),
        "{out}"
    );
}

#[test]
fn coaching_parts_are_all_there() {
    let out = html();
    assert!(out.contains("<h4>Strengths</h4>"));
    assert!(out.contains("<h4>Areas for improvement</h4>"));
    assert_eq!(out.matches("<h4>Revised answer</h4>").count(), 2);
    assert!(out.contains("Source: <code>knowledge_base</code>"));
    assert!(out.contains("Source: <code>candidate_facts</code>"));
    assert!(out.contains(r#"<q class="evidence">&lt;script&gt;alert(1)&lt;/script&gt;</q>"#));
    assert!(out.contains(r##"From <a href="#i1-q1">Q1</a>."##));
    assert!(out.contains("<h4>What went well</h4>"));
    assert!(out.contains("<li>warning &lt;script&gt;"));
}

#[test]
fn spans_that_do_not_fit_the_source_do_not_panic() {
    let source = source();
    let report = report(&source);
    for other in ["", "short", "é🎤ü and more", &source[..source.len() / 2]] {
        let out = debrief_render::html(&report, other);
        assert_balanced(&out);
        assert_eq!(out.matches(r#"<section class="exchange""#).count(), 2);
    }
}

#[test]
fn a_report_without_questions_renders_without_nan() {
    let source = source();
    let mut report = report(&source);
    report.interviews[0].exchanges.clear();
    report.recommendations.clear();
    report.metrics = Metrics {
        questions: 0,
        inferred_questions: 0,
        candidate_talk_ratio: f64::NAN,
        ..metrics()
    };
    report.scores = Scores {
        delivery: f64::NAN,
        ..Scores::default()
    };
    let out = debrief_render::html(&report, &source);
    assert_balanced(&out);
    assert!(out.contains("No questions were found."));
    assert!(out.contains("No questions found in this interview."));
    assert_eq!(out.matches("<svg").count(), 3);
    // The numbers are all after the style sheet (whose `--info` is fine).
    let body = &out[out.find("</style>").unwrap()..];
    for bad in ["NaN", "\"inf\"", ">inf<", "\"-inf", ">-inf", "inf%"] {
        assert!(!body.contains(bad), "{bad} in {body}");
    }
}
