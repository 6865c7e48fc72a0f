use super::macros::rule;
use super::words::{Token, WordList};
use super::{Context, Rule};
use crate::report::Finding;

rule! {
    /// Harsh words about a past or current employer, manager, team or
    /// colleagues: "my manager was useless", "the company was a toxic mess".
    ///
    /// Why it matters: the interviewer hears how you will one day talk about
    /// them. Even when it is true, it makes you sound hard to work with, and
    /// it spends the answer on someone else.
    ///
    /// Example: "I'm leaving because my manager is clueless and the team is
    /// lazy." Instead: say what you learned or what you want next: "I want a
    /// team that reviews code closely and ships often." Harsh words about
    /// code or tools ("the build was a mess") are not about people and are
    /// not flagged.
    pub struct NegativeEmployer {
        code: "professionalism.negative-employer",
        name: "negative-employer",
        category: Professionalism,
        severity: Warning,
    }
}

/// Who a judgement can be about.
const EMPLOYER: WordList = WordList::new(&[
    "employer",
    "employers",
    "manager",
    "managers",
    "boss",
    "bosses",
    "company",
    "companies",
    "team",
    "teams",
    "colleague",
    "colleagues",
    "coworker",
    "coworkers",
    "co-workers",
    "teammate",
    "teammates",
    "lead",
    "management",
    "leadership",
    "cto",
    "ceo",
    "client",
    "clients",
    "organisation",
    "organization",
    "firm",
    "employees",
    "people",
]);

/// Strongly negative judgements.
const HARSH: WordList = WordList::new(&[
    "terrible",
    "toxic",
    "incompetent",
    "stupid",
    "useless",
    "hated",
    "hate",
    "awful",
    "horrible",
    "worst",
    "clueless",
    "lazy",
    "idiot",
    "idiots",
    "idiotic",
    "mess",
    "pathetic",
    "dumb",
    "morons",
]);

/// Words that can stand between who and the judgement of them: "my manager
/// is so clueless", "the company was a toxic mess". Anything else means the
/// judgement is likely about something else ("the team had a terrible
/// deadline").
const LINKING: WordList = WordList::new(&[
    "is",
    "was",
    "are",
    "were",
    "been",
    "being",
    "so",
    "really",
    "just",
    "totally",
    "completely",
    "pretty",
    "very",
    "always",
    "honestly",
    "a",
    "an",
    "the",
    "such",
    "kind",
    "of",
    "bit",
    "little",
]);

/// Words between a judgement and who it is about: "toxic team", "I hated my
/// boss", "the worst previous manager".
const BEFORE_WHO: WordList = WordList::new(&[
    "my", "our", "the", "their", "a", "an", "whole", "entire", "old", "previous", "current",
    "last", "former",
]);

/// The furthest apart (in words) who and the judgement can stand.
const NEAR: usize = 4;

impl Rule for NegativeEmployer {
    fn meta(&self) -> &'static super::Meta {
        &Self::META
    }

    fn check(&self, context: &Context<'_>, out: &mut Vec<Finding>) {
        for sentence in context.answer.iter().chain(&context.aside) {
            let Some((who, judgement)) = judged(&sentence.tokens) else {
                continue;
            };
            out.push(Self::META.finding(
                judgement.span,
                format!(
                    "\u{201C}{}\u{201D} about your {}: it makes you sound hard to work with.",
                    sentence.said(judgement.span),
                    who.word()
                ),
                Some(
                    "Say what you learned, or what you want next: \u{201C}I want a team that…\u{201D}"
                        .into(),
                ),
            ));
        }
    }
}

/// Who is judged, and the harsh word about them.
fn judged<'t>(tokens: &'t [Token<'t>]) -> Option<(&'t Token<'t>, &'t Token<'t>)> {
    let is = |token: &Token, words: &WordList| words.contains(token.word());
    tokens.iter().enumerate().find_map(|(j, judgement)| {
        if !is(judgement, &HARSH) {
            return None;
        }
        let after = (j.saturating_sub(NEAR)..j)
            .rev()
            .find(|&i| is(&tokens[i], &EMPLOYER));
        let who = after
            .filter(|&i| tokens[i + 1..j].iter().all(|t| is(t, &LINKING)))
            .or_else(|| {
                (j + 1..tokens.len().min(j + 1 + NEAR))
                    .find(|&i| is(&tokens[i], &EMPLOYER))
                    .filter(|&i| tokens[j + 1..i].iter().all(|t| is(t, &BEFORE_WHO)))
            })?;
        Some((&tokens[who], judgement))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::Kind;
    use crate::rules::testing::{check, context, quoted, run};

    const WHY_LEAVING: &str = "Why are you leaving your current job?";

    fn harsh(answer: &str) -> Vec<&str> {
        quoted(
            answer,
            &check(&NegativeEmployer, Kind::Behavioral, WHY_LEAVING, answer),
        )
    }

    #[test]
    fn before_and_after() {
        let before = "Honestly my manager is clueless and nobody listens.";
        assert_eq!(harsh(before), ["clueless"]);
        let findings = check(&NegativeEmployer, Kind::Behavioral, WHY_LEAVING, before);
        assert_eq!(
            findings[0].message,
            "\u{201C}clueless\u{201D} about your manager: it makes you sound hard to work with."
        );
        let after = "I want a team that reviews code closely and ships often.";
        assert!(harsh(after).is_empty());
    }

    #[test]
    fn asides_count_and_code_is_not_people() {
        let text = "I'm ready to go on.\nBetween us, that company is a toxic place.";
        let mut context = context(Kind::Other, "", text);
        context.aside = context.answer.split_off(1);
        assert_eq!(quoted(text, &run(&NegativeEmployer, &context)), ["toxic"]);
        assert!(harsh("The build was a mess until we moved to GitHub Actions.").is_empty());
        assert!(harsh("The team had a terrible deadline, and we met it.").is_empty());
        assert_eq!(harsh("I hated my boss."), ["hated"]);
        assert_eq!(harsh("It was a toxic team."), ["toxic"]);
    }
}
