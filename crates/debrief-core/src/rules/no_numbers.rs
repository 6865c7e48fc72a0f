use super::macros::rule;
use super::words::{is_number, phrase_len, Phrases, Token, WordList};
use super::{Context, Rule};
use crate::report::{Finding, Kind};
use std::sync::LazyLock;

rule! {
    /// Claims of a result with no figure: "we reduced latency", "I improved
    /// the build" with no number in that sentence or the next.
    ///
    /// Why it matters: "improved performance" could mean 1% or 10x; a figure
    /// makes the claim believable and memorable, and interviewers ask for it
    /// anyway.
    ///
    /// Example: "We reduced the API latency with Redis." Instead: "We cut the
    /// API's p95 latency from 800 to 120 milliseconds with Redis." Only your
    /// own real figures: if you don't know it exactly, say roughly ("about
    /// half"). "Redis is faster than Postgres" compares tools and claims
    /// nothing of yours.
    pub struct NoNumbers {
        code: "content.no-numbers",
        name: "no-numbers",
        category: Content,
        severity: Warning,
    }
}

/// Words that claim a result.
const ACHIEVEMENTS: &[&str] = &[
    "improved",
    "reduced",
    "increased",
    "saved",
    "cut",
    "sped up",
    "grew",
    "optimised",
    "optimized",
    "scaled",
    "boosted",
    "lowered",
    "decreased",
    "faster",
];

/// Who claims a result: "we reduced", "I've cut". "I'd" and "we'll" make
/// plans, not results.
const SUBJECTS: WordList = WordList::new(&["i", "we", "i've", "we've"]);

/// Words that, with adverbs in "-ly", may stand between the subject and
/// the verb ("we then reduced", "we have cut"); a modal ("I wouldn't cut")
/// may not.
const BETWEEN: WordList =
    WordList::new(&["have", "had", "then", "also", "just", "even", "finally"]);

/// Words that make a "faster" the speaker's own ("made our queries faster").
const OWN: WordList = WordList::new(&["i", "we", "my", "our", "us", "me", "i've", "we've"]);

/// Objects that make "saved" mean stored: "I've saved it".
const STORED: WordList = WordList::new(&["it", "them", "this", "that", "file", "files", "changes"]);

/// Words before "faster" that make it a result ("made it faster") rather
/// than a comparison ("a hash map is faster").
const BECAME: WordList =
    WordList::new(&["made", "was", "were", "got", "became", "much", "way", "lot"]);

impl Rule for NoNumbers {
    fn meta(&self) -> &'static super::Meta {
        &Self::META
    }

    fn check(&self, context: &Context<'_>, out: &mut Vec<Finding>) {
        // Coding answers say "cut the string" and "reduced the array".
        if matches!(context.kind, Kind::Coding | Kind::CandidateQuestion) {
            return;
        }
        let has_number = |tokens: &[Token]| tokens.iter().any(|t| is_number(t.word()));
        for (i, sentence) in context.answer.iter().enumerate() {
            let tokens = &sentence.tokens;
            let Some((at, len)) = claim(tokens) else {
                continue;
            };
            let next = context.answer.get(i + 1).map_or(&[][..], |s| &s.tokens[..]);
            if has_number(tokens) || has_number(next) {
                continue;
            }
            let span = tokens[at].span.cover(tokens[at + len - 1].span);
            out.push(Self::META.finding(
                span,
                format!(
                    "\u{201C}{}\u{201D} without a figure: by how much?",
                    sentence.said(span)
                ),
                Some("[result: by how much, for whom?]".into()),
            ));
        }
    }
}

/// The first claim of a result of the speaker's own in the sentence: its
/// index and length.
fn claim(tokens: &[Token]) -> Option<(usize, usize)> {
    let is = |at: usize, words: &WordList| words.contains(tokens[at].word());
    let own = tokens.iter().any(|t| OWN.contains(t.word()));
    static ACHIEVEMENTS_AT: LazyLock<Phrases> = LazyLock::new(|| Phrases::new(ACHIEVEMENTS));
    // Taken once, not at every word: checking that it is built costs as
    // much as most words' test.
    let achievements = &*ACHIEVEMENTS_AT;
    (0..tokens.len()).find_map(|i| {
        let phrase = achievements.at(tokens, i).next()?;
        let claimed = if phrase == "faster" {
            own && (i.saturating_sub(3)..i).any(|b| is(b, &BECAME))
        } else {
            let between = |b: &usize| is(*b, &BETWEEN) || tokens[*b].word().ends_with("ly");
            // Up to two words between: "we then significantly lowered".
            let mut before = (i.saturating_sub(3)..i).rev().skip_while(between);
            let subject = before.next().is_some_and(|b| is(b, &SUBJECTS));
            let stored = phrase == "saved" && i + 1 < tokens.len() && is(i + 1, &STORED);
            subject && !stored
        };
        claimed.then(|| (i, phrase_len(phrase)))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::{check, quoted};

    fn unquantified(answer: &str) -> Vec<&str> {
        quoted(answer, &check(&NoNumbers, Kind::Behavioral, "", answer))
    }

    #[test]
    fn before_and_after() {
        let before = "We reduced the API latency with Redis.";
        assert_eq!(unquantified(before), ["reduced"]);
        let findings = check(&NoNumbers, Kind::Behavioral, "", before);
        assert_eq!(
            findings[0].suggestion.as_deref(),
            Some("[result: by how much, for whom?]")
        );
        let after = "We reduced the API latency from 800 to 120 milliseconds with Redis.";
        assert!(unquantified(after).is_empty());
    }

    #[test]
    fn claims_of_results() {
        assert_eq!(unquantified("I sped up the build by caching."), ["sped up"]);
        assert_eq!(
            unquantified("We then significantly lowered costs."),
            ["lowered"]
        );
        assert_eq!(
            unquantified("Adding the index made our queries much faster."),
            ["faster"]
        );
    }

    #[test]
    fn figures_nearby_and_comparisons_are_fine() {
        for text in [
            "We improved the checkout flow.\nConversion went up about 20%.",
            "A hash map is faster than a list for lookups.",
            "Redis reduced the load on Postgres.",
            "I'd cut the scope first.",
            "We halved the build time.",
            "Yeah. I've saved it actually.",
            "What I wouldn't cut is the idempotency key.",
            "That's usually where take homes cut corners, I feel.",
        ] {
            assert!(
                unquantified(text).is_empty(),
                "{text}: {:?}",
                unquantified(text)
            );
        }
    }
}
