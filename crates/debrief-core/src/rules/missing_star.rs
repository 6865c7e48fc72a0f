use super::macros::rule;
use super::words::{find_phrase, first_person_past, Phrases, Token};
use super::{Context, Rule, Severity, Spoken};
use crate::report::Finding;
use std::sync::LazyLock;

rule! {
    /// Stories that miss a part of STAR: the situation, your task, the
    /// action you took, or the result. When at least three parts are there,
    /// an info finding says so.
    ///
    /// Why it matters: behavioural answers are scored on whether they show
    /// where you were, what was on you, what you did and what came of it. A
    /// story without a result sounds unfinished; one without the situation
    /// is hard to follow.
    ///
    /// Example: "I talked to him and we agreed on a plan." (action only).
    /// Instead: "At my last job two of us disagreed about a schema change
    /// (situation). I had to get the migration out that week (task). I set
    /// up a call and we compared both options (action). In the end we
    /// shipped on time and the on-call load dropped (result)."
    pub struct MissingStar {
        code: "structure.star",
        name: "missing-star",
        category: Structure,
        severity: Warning,
    }
}

/// The four parts of a story told in STAR order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StarPart {
    Situation,
    Task,
    Action,
    Result,
}

impl StarPart {
    const ALL: [StarPart; 4] = [
        StarPart::Situation,
        StarPart::Task,
        StarPart::Action,
        StarPart::Result,
    ];

    fn name(self) -> &'static str {
        match self {
            StarPart::Situation => "situation",
            StarPart::Task => "task",
            StarPart::Action => "action",
            StarPart::Result => "result",
        }
    }

    /// What to add when the part is missing.
    fn placeholder(self) -> &'static str {
        match self {
            StarPart::Situation => "[situation: where were you, and what was at stake?]",
            StarPart::Task => "[task: what were you responsible for?]",
            StarPart::Action => "[action: what did you yourself do, step by step?]",
            StarPart::Result => "[result: what changed, by how much, for whom?]",
        }
    }

    fn cues(self) -> &'static Phrases {
        static CUES: LazyLock<[Phrases; 4]> =
            LazyLock::new(|| [SITUATION, TASK, ACTION, RESULT].map(Phrases::new));
        &CUES[self as usize]
    }
}

const SITUATION: &[&str] = &[
    "when i was",
    "when we were",
    "at my last job",
    "at my previous job",
    "at my last company",
    "at my previous company",
    "at my current company",
    "in my last role",
    "in my previous role",
    "in my current role",
    "in my last project",
    "in my previous project",
    "we had a",
    "we had an",
    "there was",
    "the project",
    "i was working",
    "we were working",
    "back when",
    "at the time",
];

const TASK: &[&str] = &[
    "my task",
    "my job was",
    "my role was",
    "i was responsible",
    "i was in charge",
    "i had to",
    "we had to",
    "i needed to",
    "we needed to",
    "i was asked to",
    "i was tasked",
    "i was supposed to",
    "the goal was",
    "our goal was",
    "my goal was",
    "the task was",
    "the challenge was",
];

/// First-person actions beyond those [`first_person_past`] finds; "so I" is
/// not one, since "so I had to" is a task.
const ACTION: &[&str] = &[
    "i decided",
    "i built",
    "i talked to",
    "i set up",
    "i wrote",
    "i proposed",
    "i suggested",
    "i reached out",
    "i took",
    "i made sure",
    "i started",
    "i asked",
];

const RESULT: &[&str] = &[
    "as a result",
    "in the end",
    "finally",
    "the outcome",
    "the result was",
    "which led to",
    "that led to",
    "reduced",
    "improved",
    "increased",
    "we shipped",
    "we delivered",
    "we launched",
    "went live",
    "i learned",
    "we learned",
    "ended up",
    "went up",
    "went down",
    "dropped",
    "disappeared",
    "it worked",
    "solved",
    "resolved",
    "since then",
    "paid off",
    "got better",
];

/// When a story happened: "two years ago", "last spring".
fn when_at(tokens: &[Token]) -> Option<usize> {
    const PERIODS: &[&str] = &[
        "year", "month", "quarter", "week", "spring", "summer", "autumn", "fall", "winter",
        "sprint", "job", "role",
    ];
    tokens.iter().enumerate().find_map(|(i, token)| {
        let ago = token.word() == "ago" && i > 0;
        let last = token.word() == "last"
            && tokens
                .get(i + 1)
                .is_some_and(|next| PERIODS.contains(&next.word()));
        // Point at the start of "two years ago", not at "ago".
        ago.then(|| i.saturating_sub(2)).or(last.then_some(i))
    })
}

/// The STAR part a sentence mostly tells: the part whose cue comes first,
/// so that "When I was at Acme I built…" sets the scene. Where cues start
/// at the same word, task and result win over action ("I had to" is a
/// task, "I improved" a result).
pub fn star_part(sentence: &Spoken<'_>) -> Option<StarPart> {
    const PRIORITY: [StarPart; 4] = [
        StarPart::Task,
        StarPart::Result,
        StarPart::Action,
        StarPart::Situation,
    ];
    PRIORITY
        .into_iter()
        .filter_map(|part| cue_at(&sentence.tokens, part).map(|at| (at, part)))
        .min_by_key(|&(at, _)| at)
        .map(|(_, part)| part)
}

/// Where the first cue of `part` starts in the sentence.
fn cue_at(tokens: &[Token], part: StarPart) -> Option<usize> {
    let phrase = find_phrase(tokens, part.cues()).map(|(at, _)| at);
    if part == StarPart::Situation {
        return phrase.into_iter().chain(when_at(tokens)).min();
    }
    if part == StarPart::Action {
        let acted = first_person_past(tokens).filter(|&at| !other_part_at(tokens, at));
        return phrase.into_iter().chain(acted).min();
    }
    phrase
}

/// Whether the past tense "I…" at `at` tells a task ("I had to", "I was
/// asked to") or a result ("I improved", "we then reduced") rather than an
/// action.
fn other_part_at(tokens: &[Token], at: usize) -> bool {
    let starts = |part: StarPart, from: usize| part.cues().at(tokens, from).next().is_some();
    starts(StarPart::Task, at)
        || starts(StarPart::Result, at + 1)
        || starts(StarPart::Result, at + 2)
}

impl Rule for MissingStar {
    fn meta(&self) -> &'static super::Meta {
        &Self::META
    }

    fn check(&self, context: &Context<'_>, out: &mut Vec<Finding>) {
        if !context.asks_for_a_story() {
            return;
        }
        let Some(span) = context.answer_span() else {
            return;
        };
        // A sentence can tell several parts ("…I built a cache, which
        // reduced…"): each part counts where any of its cues occurs.
        let shown: Vec<(StarPart, Vec<&Spoken<'_>>)> = StarPart::ALL
            .into_iter()
            .map(|part| {
                let sentences = context
                    .answer
                    .iter()
                    .filter(|s| cue_at(&s.tokens, part).is_some())
                    .collect();
                (part, sentences)
            })
            .collect();
        let (present, missing): (Vec<_>, Vec<_>) = shown
            .iter()
            .partition(|(_, sentences)| !sentences.is_empty());
        if !missing.is_empty() {
            let names: Vec<&str> = missing.iter().map(|(part, _)| part.name()).collect();
            let add: Vec<&str> = missing.iter().map(|(part, _)| part.placeholder()).collect();
            out.push(Self::META.finding(
                span,
                format!("The story has no {}.", listed(&names, "or")),
                Some(format!("Add {}", add.join(" ")).into()),
            ));
        }
        if present.len() >= 3 {
            let sentences = present.iter().flat_map(|(_, sentences)| sentences);
            let first = sentences.clone().map(|s| s.span).min();
            let last = sentences.map(|s| s.span).max();
            if let (Some(first), Some(last)) = (first, last) {
                let names: Vec<&str> = present.iter().map(|(part, _)| part.name()).collect();
                out.push(Self::META.finding_with(
                    Severity::Info,
                    first.cover(last),
                    format!("Your story has {}.", listed(&names, "and")),
                    None,
                ));
            }
        }
    }
}

/// "a, b and c".
fn listed(names: &[&str], and: &str) -> String {
    match names {
        [] => String::new(),
        [one] => (*one).to_owned(),
        [rest @ .., last] => format!("{} {and} {last}", rest.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::Kind;
    use crate::rules::testing::{check, check_with, quoted, sentences};

    const QUESTION: &str = "Tell me about a time you disagreed with a colleague.";

    #[test]
    fn before_and_after() {
        let before = "I talked to him and we agreed on a plan.";
        let findings = check(&MissingStar, Kind::Behavioral, QUESTION, before);
        assert_eq!(quoted(before, &findings), [before]);
        assert_eq!(
            findings[0].message,
            "The story has no situation, task or result."
        );
        let after = "At my last job a teammate and I disagreed about a schema change.\n\
                     I had to get the migration out that week.\n\
                     I set up a call and we compared both options.\n\
                     In the end we shipped on time.";
        let findings = check(&MissingStar, Kind::Behavioral, QUESTION, after);
        assert_eq!(findings.len(), 1);
        assert_eq!(findings[0].severity, "info");
        assert_eq!(
            findings[0].message,
            "Your story has situation, task, action and result."
        );
        assert_eq!(quoted(after, &findings), [after]);
    }

    #[test]
    fn three_parts_are_praised_and_the_fourth_asked_for() {
        let answer = "There was a flaky test suite in the project.\n\
                      I rewrote the fixtures.\n\
                      As a result the builds stopped failing.";
        let findings = check_with(
            &MissingStar,
            Kind::Behavioral,
            "How did you fix a flaky build?",
            answer,
            Some("behavioral.difficult-problem"),
        );
        let messages: Vec<&str> = findings.iter().map(|f| f.message.as_str()).collect();
        assert_eq!(
            messages,
            [
                "The story has no task.",
                "Your story has situation, action and result."
            ]
        );
    }

    #[test]
    fn each_sentence_tells_one_part() {
        let text = "When I was at Acme I built a cache.\n\
                    So I had to fix it.\n\
                    I improved the tests.\n\
                    Then I talked to the team.\n\
                    Last spring a config took down the login.\n\
                    Kafka keeps messages.";
        let parts: Vec<_> = sentences(text).iter().map(star_part).collect();
        assert_eq!(
            parts,
            [
                Some(StarPart::Situation),
                Some(StarPart::Task),
                Some(StarPart::Result),
                Some(StarPart::Action),
                Some(StarPart::Situation),
                None,
            ]
        );
    }

    #[test]
    fn technical_questions_are_not_stories() {
        let answer = "A list can change and a tuple cannot.";
        let findings = check(&MissingStar, Kind::Technical, "List vs tuple?", answer);
        assert!(findings.is_empty());
    }
}
