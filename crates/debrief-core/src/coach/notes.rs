//! An exchange's strengths and improvements, each a sentence built from
//! findings and pointing at the words it is about.

use crate::cues::{invites_candidate_questions, Words};
use crate::report::{Exchange, Finding, Kind, Note, Status};
use crate::span::Span;

/// Findings of one rule, grouped, in the order they first appear.
fn by_rule<'a>(findings: impl Iterator<Item = &'a Finding>) -> Vec<Vec<&'a Finding>> {
    let mut groups: Vec<Vec<&Finding>> = Vec::new();
    for finding in findings {
        match groups.iter_mut().find(|g| g[0].rule == finding.rule) {
            Some(group) => group.push(finding),
            None => groups.push(vec![finding]),
        }
    }
    groups
}

/// Where an exchange's words are, for notes about what it lacks: the
/// answer, or the question when nothing was answered.
fn whole(exchange: &Exchange) -> Span {
    if exchange.answer.span.is_empty() {
        exchange.question.span
    } else {
        exchange.answer.span
    }
}

fn evidence(findings: &[&Finding], fallback: Span) -> Vec<Span> {
    let spans: Vec<Span> = findings
        .iter()
        .map(|f| f.span)
        .filter(|s| !s.is_empty())
        .collect();
    if spans.is_empty() {
        vec![fallback]
    } else {
        spans
    }
}

/// Strengths and improvements of an exchange whose findings, status and
/// scores are set. `words` counts the answer's words.
pub fn notes(exchange: &Exchange, words: usize) -> (Vec<Note>, Vec<Note>) {
    let mut strengths = Vec::new();
    let mut improvements = Vec::new();
    let answer = whole(exchange);
    if exchange.status == Status::Unanswered {
        // In the candidate's turn to ask, the question is either the
        // interviewer's invitation, which the candidate's own questions
        // answer as the exchanges after it, or the candidate's question
        // that the interviewer left unanswered.
        let invitation = || invites_candidate_questions(&Words::of(&exchange.question.text));
        let text = if exchange.kind == Kind::CandidateQuestion && invitation() {
            "Your own questions, if you asked any, follow as the next exchanges with the interviewer's answers; two or three thoughtful ones show interest in the role.".to_owned()
        } else if exchange.kind == Kind::CandidateQuestion {
            "No reply to this is in the transcript: if your question went unanswered, ask it again in the next round or by email.".to_owned()
        } else if words == 0 {
            "The transcript has no answer to this question: even a partial answer, or saying how you would find out, scores better than silence.".to_owned()
        } else {
            format!("Only {words} word(s) in answer: if this was a real question, say what you know and how you would find out the rest.")
        };
        improvements.push(Note {
            text,
            evidence: vec![answer],
        });
    }
    let (good, bad): (Vec<&Finding>, Vec<&Finding>) =
        exchange.findings.iter().partition(|f| f.severity == "info");
    for group in by_rule(good.into_iter()) {
        strengths.push(strength(&group, answer));
    }
    // Wrong statements first: they cost most.
    let mut bad = by_rule(bad.into_iter());
    bad.sort_by_key(|group| std::cmp::Reverse(severity_rank(&group[0].severity)));
    for group in bad {
        improvements.push(improvement(&group, answer));
    }
    let delivery_clean = !exchange
        .findings
        .iter()
        .any(|f| f.category == "delivery" || f.category == "professionalism");
    if delivery_clean && words >= 20 {
        strengths.push(Note {
            text: format!(
                "You answered fluently: no fillers, hedges or false starts in {words} words."
            ),
            evidence: vec![answer],
        });
    }
    if strengths.is_empty() && improvements.is_empty() && words > 0 {
        strengths.push(Note {
            text: "You answered the question directly.".to_owned(),
            evidence: vec![answer],
        });
    }
    (strengths, improvements)
}

fn severity_rank(severity: &str) -> u8 {
    match severity {
        "error" => 2,
        "warning" => 1,
        _ => 0,
    }
}

fn strength(group: &[&Finding], answer: Span) -> Note {
    let first = group[0];
    let text = match &*first.rule {
        "content.key-point" => {
            let points: Vec<&str> = group
                .iter()
                .map(|f| f.message.trim_start_matches("Covered: "))
                .collect();
            ["You covered: ", &list(&points), "."].concat()
        }
        _ => first.message.clone(),
    };
    Note {
        text,
        evidence: evidence(group, answer),
    }
}

fn improvement(group: &[&Finding], answer: Span) -> Note {
    let first = group[0];
    let text = match &*first.rule {
        "content.key-point-missed" => {
            let points: Vec<&str> = group
                .iter()
                .map(|f| f.message.trim_start_matches("Not covered: "))
                .collect();
            ["Add what the answer left out: ", &list(&points), "."].concat()
        }
        "delivery.filler" | "delivery.hedge" | "delivery.repetition" if group.len() > 1 => {
            let said = quoted_counts(group);
            let what = match &*first.rule {
                "delivery.filler" => "filler words",
                "delivery.hedge" => "hedges",
                _ => "repeated words",
            };
            let advice = first.suggestion.as_deref().unwrap_or_default();
            format!("{} {what} ({said}). {advice}", group.len())
        }
        _ => {
            let mut text = first.message.clone();
            if let Some(suggestion) = first.suggestion.as_deref().filter(|s| !text.contains(*s)) {
                text.push(' ');
                text.push_str(suggestion);
            }
            if group.len() > 1 {
                text.push_str(&format!(" ({} times in this answer.)", group.len()));
            }
            text
        }
    };
    Note {
        text: text.trim().to_owned(),
        evidence: evidence(group, answer),
    }
}

/// "“um” ×4, “you know” ×2" from findings whose message quotes the words.
fn quoted_counts(group: &[&Finding]) -> String {
    let mut counts: Vec<(String, usize)> = Vec::new();
    for finding in group {
        let said = quoted(&finding.message).to_lowercase();
        match counts.iter_mut().find(|(s, _)| *s == said) {
            Some((_, n)) => *n += 1,
            None => counts.push((said, 1)),
        }
    }
    counts.sort_by_key(|c| std::cmp::Reverse(c.1));
    counts
        .iter()
        .take(4)
        .map(|(said, n)| {
            if *n > 1 {
                format!("\u{201C}{said}\u{201D} \u{D7}{n}")
            } else {
                ["\u{201C}", said, "\u{201D}"].concat()
            }
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// The first “quoted” words of a message, or the whole message.
fn quoted(message: &str) -> &str {
    message
        .split_once('\u{201C}')
        .and_then(|(_, rest)| rest.split_once('\u{201D}'))
        .map_or(message, |(inside, _)| inside)
}

/// "a, b and c".
fn list(items: &[&str]) -> String {
    let items: Vec<&str> = items.iter().map(|s| s.trim_end_matches('.')).collect();
    match items.split_last() {
        None => String::new(),
        Some((last, [])) => (*last).to_owned(),
        Some((last, rest)) => [&rest.join("; "), " and ", last].concat(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_quoted_words() {
        let finding = |said: &str| Finding {
            rule: "delivery.filler".into(),
            category: "delivery".into(),
            severity: "warning".into(),
            span: Span::new(1, 2),
            message: format!("Filler: \u{201C}{said}\u{201D}."),
            suggestion: None,
        };
        let found = [finding("um"), finding("Um"), finding("you know")];
        let refs: Vec<&Finding> = found.iter().collect();
        assert_eq!(
            quoted_counts(&refs),
            "\u{201C}um\u{201D} \u{D7}2, \u{201C}you know\u{201D}"
        );
    }

    #[test]
    fn lists_read_as_prose() {
        assert_eq!(list(&["a.", "b", "c"]), "a; b and c");
        assert_eq!(list(&["a"]), "a");
    }
}
