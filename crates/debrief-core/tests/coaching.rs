//! The coaching report's bars, on the seed transcript and on every fixture:
//! each exchange has evidence-backed coaching, a status and scores; every
//! technical or coding exchange with a topic has a revised answer; the
//! seed's profanity and its chmod/chown confusion are flagged; and no
//! revised answer contains a number the transcript does not.

use debrief_core::report::{Kind, Report, RevisedSource, Status};
use debrief_core::{analyze, Options};
use std::collections::HashSet;
use std::path::{Path, PathBuf};

fn repository() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn report_of(path: &Path) -> (String, Report) {
    let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let report = analyze(
        &bytes,
        &Options {
            source_name: path.display().to_string(),
            ..Options::default()
        },
    )
    .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    (String::from_utf8_lossy(&bytes).into_owned(), report)
}

fn seed() -> (String, Report) {
    report_of(&repository().join("../shared/fixtures/seed-interviews.txt"))
}

fn fixtures() -> Vec<PathBuf> {
    let mut out = Vec::new();
    for dir in ["fixtures/transcripts", "fixtures/formats"] {
        for entry in std::fs::read_dir(repository().join(dir)).expect("fixture directory") {
            let path = entry.expect("directory entry").path();
            let name = path
                .file_name()
                .and_then(|n| n.to_str())
                .unwrap_or_default();
            if !name.ends_with(".roles.json")
                && !name.starts_with("broken")
                && !name.starts_with("truncated")
            {
                out.push(path);
            }
        }
    }
    out.push(repository().join("../shared/fixtures/seed-interviews.txt"));
    out.sort();
    out
}

#[test]
fn every_seed_exchange_has_evidence_backed_coaching() {
    let (source, report) = seed();
    for exchange in report.interviews.iter().flat_map(|i| &i.exchanges) {
        let notes: Vec<_> = exchange
            .strengths
            .iter()
            .chain(&exchange.improvements)
            .collect();
        assert!(
            !notes.is_empty(),
            "{}: no strength or improvement",
            exchange.id
        );
        for note in notes {
            assert!(
                note.evidence.iter().any(|span| !span.is_empty()),
                "{}: `{}` points at no words",
                exchange.id,
                note.text
            );
            for span in &note.evidence {
                assert!(span.end() <= source.len() && source.is_char_boundary(span.start()));
            }
        }
        let answered = exchange.status != Status::Unanswered;
        assert!(!answered || exchange.scores.overall > 0.0 || !exchange.findings.is_empty());
        let needs_revision =
            matches!(exchange.kind, Kind::Technical | Kind::Coding) && exchange.topic.is_some();
        assert!(
            !needs_revision || exchange.revised_answer.is_some(),
            "{}: a {:?} exchange on {:?} has no revised answer",
            exchange.id,
            exchange.kind,
            exchange.topic.as_ref().map(|t| &t.id)
        );
    }
}

#[test]
fn seed_profanity_and_chmod_confusion_are_flagged() {
    let (source, report) = seed();
    let findings: Vec<_> = report
        .interviews
        .iter()
        .flat_map(|i| &i.exchanges)
        .flat_map(|e| &e.findings)
        .collect();
    let profanity = findings
        .iter()
        .find(|f| f.rule == "professionalism.profanity")
        .expect("the seed's profanity is flagged");
    assert_eq!(profanity.span.slice(&source).to_lowercase(), "fuck");
    let chmod = findings
        .iter()
        .find(|f| f.rule == "accuracy.misconception" && f.message.contains("chown"))
        .expect("chmod described as changing ownership is flagged");
    assert!(chmod.span.slice(&source).to_lowercase().contains("owner"));
}

/// Digit runs in `text`.
fn figures(text: &str) -> HashSet<&str> {
    text.split(|c: char| !c.is_ascii_digit())
        .filter(|run| !run.is_empty())
        .collect()
}

#[test]
fn no_revised_answer_introduces_a_number() {
    let mut revised = 0;
    for path in fixtures() {
        let (source, report) = report_of(&path);
        let said = figures(&source);
        for exchange in report.interviews.iter().flat_map(|i| &i.exchanges) {
            let Some(answer) = &exchange.revised_answer else {
                continue;
            };
            revised += 1;
            let invented: Vec<&str> = figures(&answer.text).difference(&said).copied().collect();
            assert!(
                invented.is_empty(),
                "{} {}: {:?} in the revised answer are not in the transcript:\n{}",
                path.display(),
                exchange.id,
                invented,
                answer.text
            );
        }
    }
    assert!(
        revised >= 50,
        "only {revised} revised answers across the fixtures"
    );
}

#[test]
fn stories_are_rebuilt_from_the_candidates_own_words() {
    let (source, report) =
        report_of(&repository().join("fixtures/transcripts/behavioural-senior-swe.txt"));
    let mut rebuilt = 0;
    for exchange in report.interviews.iter().flat_map(|i| &i.exchanges) {
        let Some(answer) = exchange
            .revised_answer
            .as_ref()
            .filter(|a| a.source == RevisedSource::CandidateFacts)
        else {
            continue;
        };
        rebuilt += 1;
        // Every word outside the placeholders and part labels was said.
        let mut text = answer.text.clone();
        while let Some(start) = text.find('[') {
            let end = text[start..]
                .find(']')
                .map_or(text.len(), |e| start + e + 1);
            text.replace_range(start..end, " ");
        }
        let said = source.to_lowercase();
        for word in text.split(|c: char| !c.is_alphanumeric() && c != '\'') {
            let word = word.to_lowercase();
            if word.is_empty() || ["situation", "task", "action", "result"].contains(&word.as_str())
            {
                continue;
            }
            assert!(
                said.contains(&word),
                "{}: `{word}` was never said:\n{}",
                exchange.id,
                answer.text
            );
        }
    }
    assert!(rebuilt >= 3, "only {rebuilt} behavioural answers rebuilt");
}

#[test]
fn model_answers_end_with_the_candidates_own_experience_verbatim() {
    let mut adapted = 0;
    for path in fixtures() {
        let (source, report) = report_of(&path);
        let said = source.to_lowercase();
        for exchange in report.interviews.iter().flat_map(|i| &i.exchanges) {
            let Some(own) = exchange
                .revised_answer
                .as_ref()
                .filter(|a| a.source == RevisedSource::KnowledgeBase)
                .and_then(|a| a.text.split_once("From my own work: "))
                .map(|(_, own)| own)
            else {
                continue;
            };
            adapted += 1;
            for word in own.split(|c: char| !c.is_alphanumeric() && c != '\'') {
                let word = word.to_lowercase();
                assert!(
                    word.is_empty() || said.contains(&word),
                    "{} {}: `{word}` was never said: {own}",
                    path.display(),
                    exchange.id
                );
            }
        }
    }
    assert!(
        adapted >= 3,
        "only {adapted} model answers carry the candidate's experience"
    );
}
