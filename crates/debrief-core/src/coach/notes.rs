//! An exchange's strengths and improvements, each a sentence built from
//! findings and pointing at the words it is about.

use crate::cues::{invites_candidate_questions, Words};
use crate::report::{Exchange, Finding, Kind, Note, Status};
use crate::span::Span;
use crate::text::words::same_in_lower_case;
use std::fmt::Write;

/// The findings with each rule's together, in the order they appear, and
/// the rules in the order they first appear; `groups` cuts the list into
/// one group per rule. One list, where a list per rule was an allocation
/// per rule.
fn by_rule<'a>(findings: impl Iterator<Item = &'a Finding>) -> Vec<&'a Finding> {
    let mut ordered: Vec<&Finding> = Vec::with_capacity(findings.size_hint().1.unwrap_or(0));
    for finding in findings {
        match ordered.iter().rposition(|f| f.rule == finding.rule) {
            Some(last) => ordered.insert(last + 1, finding),
            None => ordered.push(finding),
        }
    }
    ordered
}

/// The groups of findings of one rule each in a list made by `by_rule`.
fn groups<'a>(ordered: &'a [&'a Finding]) -> impl Iterator<Item = &'a [&'a Finding]> {
    ordered.chunk_by(|a, b| a.rule == b.rule)
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
    let mut spans = Vec::with_capacity(findings.len());
    spans.extend(findings.iter().map(|f| f.span).filter(|s| !s.is_empty()));
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
    let good = by_rule(exchange.findings.iter().filter(|f| f.severity == "info"));
    for group in groups(&good) {
        strengths.push(strength(group, answer));
    }
    // Wrong statements first: they cost most. Groups of one severity keep
    // their order.
    let bad = by_rule(exchange.findings.iter().filter(|f| f.severity != "info"));
    for rank in (0..=MOST_SEVERE).rev() {
        for group in groups(&bad).filter(|group| severity_rank(&group[0].severity) == rank) {
            improvements.push(improvement(group, answer));
        }
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

/// The rank `severity_rank` gives errors.
const MOST_SEVERE: u8 = 2;

fn severity_rank(severity: &str) -> u8 {
    match severity {
        "error" => MOST_SEVERE,
        "warning" => 1,
        _ => 0,
    }
}

fn strength(group: &[&Finding], answer: Span) -> Note {
    let first = group[0];
    let text = match &*first.rule {
        "content.key-point" => listed("You covered: ", group, "Covered: "),
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
            listed("Add what the answer left out: ", group, "Not covered: ")
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
            let message = &first.message;
            let suggestion = first
                .suggestion
                .as_deref()
                .filter(|s| !message.contains(*s));
            // Room for the message, the suggestion and the count: one
            // allocation.
            let mut text = String::with_capacity(
                message.len() + suggestion.map_or(0, |s| s.len() + 1) + TIMES_IN_ANSWER_BYTES,
            );
            text.push_str(message);
            if let Some(suggestion) = suggestion {
                text.push(' ');
                text.push_str(suggestion);
            }
            if group.len() > 1 {
                // Writing to a `String` cannot fail.
                let _ = write!(text, " ({} times in this answer.)", group.len());
            }
            text
        }
    };
    Note {
        text: trimmed(text),
        evidence: evidence(group, answer),
    }
}

/// Room for " (N times in this answer.)".
const TIMES_IN_ANSWER_BYTES: usize = 32;

/// `text` without whitespace at either end; nearly every note has none,
/// and is kept as it is rather than copied.
fn trimmed(text: String) -> String {
    if text.trim().len() == text.len() {
        text
    } else {
        text.trim().to_owned()
    }
}

/// "“um” ×4, “you know” ×2" from findings whose message quotes the words.
fn quoted_counts(group: &[&Finding]) -> String {
    // The words as first quoted, counted in lower case; they are
    // lower-cased once, as they are written.
    let mut counts: Vec<(&str, usize)> = Vec::new();
    for finding in group {
        let said = quoted(&finding.message);
        match counts.iter_mut().find(|(s, _)| same_in_lower_case(s, said)) {
            Some((_, n)) => *n += 1,
            None => counts.push((said, 1)),
        }
    }
    counts.sort_by_key(|c| std::cmp::Reverse(c.1));
    let mut out = String::new();
    for (i, (said, n)) in counts.iter().take(4).enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push('\u{201C}');
        push_lower_case(&mut out, said);
        out.push('\u{201D}');
        if *n > 1 {
            // Writing to a `String` cannot fail.
            let _ = write!(out, " \u{D7}{n}");
        }
    }
    out
}

/// Appends `text` lower-cased as `str::to_lowercase` does, ASCII text in
/// place.
fn push_lower_case(out: &mut String, text: &str) {
    if text.is_ascii() {
        let start = out.len();
        out.push_str(text);
        out[start..].make_ascii_lowercase();
    } else {
        out.push_str(&text.to_lowercase());
    }
}

/// The first “quoted” words of a message, or the whole message.
fn quoted(message: &str) -> &str {
    message
        .split_once('\u{201C}')
        .and_then(|(_, rest)| rest.split_once('\u{201D}'))
        .map_or(message, |(inside, _)| inside)
}

/// `lead`, then what follows `prefix` in each finding's message, without
/// its full stop, listed as "a; b and c", then a full stop.
fn listed(lead: &str, group: &[&Finding], prefix: &str) -> String {
    // Room for every message and separator: one allocation.
    let items: usize = group.iter().map(|f| f.message.len() + "; ".len()).sum();
    let mut text = String::with_capacity(lead.len() + items + 1);
    text.push_str(lead);
    let last = group.len().saturating_sub(1);
    for (i, finding) in group.iter().enumerate() {
        if i > 0 {
            text.push_str(if i == last { " and " } else { "; " });
        }
        let item = finding.message.trim_start_matches(prefix);
        text.push_str(item.trim_end_matches('.'));
    }
    text.push('.');
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A finding of `rule` at byte `at` saying `message`; the fields the
    /// notes do not read are fixed.
    fn finding(rule: &'static str, at: usize, message: String) -> Finding {
        Finding {
            rule: rule.into(),
            category: "delivery".into(),
            severity: "warning".into(),
            span: Span::new(at, at + 1),
            message,
            suggestion: None,
        }
    }

    #[test]
    fn counts_quoted_words() {
        let filler = |said: &str| {
            finding(
                "delivery.filler",
                1,
                format!("Filler: \u{201C}{said}\u{201D}."),
            )
        };
        let found = [filler("um"), filler("Um"), filler("you know")];
        let refs: Vec<&Finding> = found.iter().collect();
        assert_eq!(
            quoted_counts(&refs),
            "\u{201C}um\u{201D} \u{D7}2, \u{201C}you know\u{201D}"
        );
    }

    #[test]
    fn lists_read_as_prose() {
        let covered = |point: &str| finding("content.key-point", 1, format!("Covered: {point}"));
        let found = [covered("a."), covered("b"), covered("c")];
        let refs: Vec<&Finding> = found.iter().collect();
        assert_eq!(listed("Saw: ", &refs, "Covered: "), "Saw: a; b and c.");
        assert_eq!(listed("Saw: ", &refs[..1], "Covered: "), "Saw: a.");
    }

    #[test]
    fn findings_are_grouped_by_rule_in_order() {
        let found = [
            finding("a", 0, String::new()),
            finding("b", 1, String::new()),
            finding("a", 2, String::new()),
        ];
        let ordered = by_rule(found.iter());
        let spans: Vec<Vec<usize>> = groups(&ordered)
            .map(|group| group.iter().map(|f| f.span.start()).collect())
            .collect();
        assert_eq!(spans, [vec![0, 2], vec![1]]);
    }
}
