use super::macros::rule;
use super::words::{is_number, Phrases, Token};
use super::{Context, Rule, Spoken};
use crate::report::{Finding, Kind};
use std::sync::LazyLock;

rule! {
    /// Hedges: "maybe", "probably", "I guess", "I'm not sure", "I don't
    /// know", and "I think" or "I believe" where they pile onto another hedge.
    ///
    /// Why it matters: one hedge is honest; a string of them makes even a
    /// right answer sound like a guess, and interviewers score confidence.
    ///
    /// Example: "I think maybe the GIL, I guess, stops threads running in
    /// parallel." Instead: "The GIL stops threads running Python code in
    /// parallel." When you really are unsure, say what you would check: "I'd
    /// confirm that in the docs, but I expect…". A plain opinion ("I think
    /// the answer is a hash map") and the type "Option or Maybe" are not
    /// hedges.
    pub struct Hedging {
        code: "delivery.hedge",
        name: "hedging",
        category: Delivery,
        severity: Warning,
    }
}

/// Hedges wherever they stand. Speech-to-text often drops apostrophes, so
/// both spellings are listed.
const HEDGES: &[&str] = &[
    "maybe",
    "perhaps",
    "probably",
    "i guess",
    "i suppose",
    "not sure",
    "i'm not sure",
    "im not sure",
    "i am not sure",
    "i'm not certain",
    "i don't know",
    "i dont know",
    "i do not know",
    "if i'm not mistaken",
];

/// Opinion markers: a hedge only beside another one ("I think maybe"); on
/// their own they just give a view.
const SOFT: &[&str] = &[
    "i think",
    "i believe",
    "i feel like",
    "i would say",
    "i'd say",
];

/// Words between "maybe" and the figure it estimates ("maybe like a third").
const ROUGHLY: &[&str] = &["like", "about", "around", "roughly", "a", "an", "one"];

/// Rough figures that are words ("a third", "a couple").
const FRACTIONS: &[&str] = &[
    "third", "quarter", "couple", "few", "dozen", "half", "tenth",
];

/// Words after "maybe" that make it the name of a type ("a Maybe value").
const TYPE_WORDS: &[&str] = &["type", "types", "monad", "value", "values"];

impl Rule for Hedging {
    fn meta(&self) -> &'static super::Meta {
        &Self::META
    }

    fn check(&self, context: &Context<'_>, out: &mut Vec<Finding>) {
        // "Would the team maybe…" asks politely; only answers need to sound sure.
        if context.kind == Kind::CandidateQuestion {
            return;
        }
        let lists = &*HEDGE_LISTS;
        for sentence in &context.answer {
            let runs = hedges(sentence, lists);
            if !runs.iter().any(|run| run.firm) {
                continue;
            }
            for run in runs {
                let tokens = &sentence.tokens[run.start..run.end];
                let span = tokens[0].span.cover(tokens[tokens.len() - 1].span);
                out.push(Self::META.finding(
                    span,
                    ["Hedge: \u{201C}", sentence.said(span), "\u{201D}."].concat(),
                    Some("State it plainly, or say what you would check to be sure.".into()),
                ));
            }
        }
    }
}

/// Adjacent hedges in a sentence, merged: "I think maybe" is one run.
struct Run {
    start: usize,
    end: usize,
    /// Holds a hedge that counts on its own, not only "I think".
    firm: bool,
}

fn hedges(sentence: &Spoken<'_>, lists: &HedgeLists) -> Vec<Run> {
    let tokens = &sentence.tokens;
    let mut runs: Vec<Run> = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let Some((len, firm)) = lists.at(sentence, i) else {
            i += 1;
            continue;
        };
        // "I'm not sure, but" is dropped whole from a revised answer, so
        // the "but" that leans on the hedge goes with it.
        let but = firm && tokens.get(i + len).is_some_and(|t| t.word() == "but");
        let end = i + len + usize::from(but);
        match runs.last_mut() {
            Some(last) if last.end == i => {
                last.end = end;
                last.firm |= firm;
            }
            _ => runs.push(Run {
                start: i,
                end,
                firm,
            }),
        }
        i = end;
    }
    runs
}

/// The hedge phrases, indexed to be tried at every word. Taken once per
/// answer rather than at each word, where checking that they are built
/// cost as much as most words' whole test.
struct HedgeLists {
    hedges: Phrases,
    soft: Phrases,
}

static HEDGE_LISTS: LazyLock<HedgeLists> = LazyLock::new(|| HedgeLists {
    hedges: Phrases::new(HEDGES),
    soft: Phrases::new(SOFT),
});

impl HedgeLists {
    /// The length of the hedge at `i`, and whether it counts on its own.
    fn at(&self, sentence: &Spoken<'_>, i: usize) -> Option<(usize, bool)> {
        let tokens = &sentence.tokens;
        if let Some(len) = self.hedges.longest_at(tokens, i) {
            let meant = names_the_type(sentence, tokens, i) || weighs(tokens, i);
            return (!meant).then_some((len, true));
        }
        self.soft.longest_at(tokens, i).map(|len| (len, false))
    }
}

/// "Maybe" or "probably" that weighs rather than doubts: before a figure
/// ("maybe thirty partitions" estimates), after "and" ("and maybe a
/// canary" adds an option), or in a plan ("I'd probably use Kafka" picks
/// one of several).
fn weighs(tokens: &[Token], i: usize) -> bool {
    if !matches!(tokens[i].word(), "maybe" | "probably") {
        return false;
    }
    let before = i.checked_sub(1).map(|b| tokens[b].word());
    let figure = tokens[i + 1..]
        .iter()
        .find(|t| !ROUGHLY.contains(&t.word()))
        .is_some_and(|t| is_number(t.word()) || FRACTIONS.contains(&t.word()));
    let plan = before.is_some_and(|b| b == "would" || b.ends_with("'d"));
    figure || plan || before == Some("and")
}

/// "Maybe" as Haskell's type: capitalised mid-sentence ("Option or
/// Maybe"), after an article, or before "type".
fn names_the_type(sentence: &Spoken<'_>, tokens: &[Token], i: usize) -> bool {
    if tokens[i].word() != "maybe" {
        return false;
    }
    let capital = i > 0 && sentence.said(tokens[i].span).starts_with('M');
    let article = i > 0 && matches!(tokens[i - 1].word(), "a" | "the" | "haskell's");
    let before_type = tokens
        .get(i + 1)
        .is_some_and(|t| TYPE_WORDS.contains(&t.word()));
    capital || article || before_type
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::{check, quoted};

    fn hedges(answer: &str) -> Vec<&str> {
        quoted(answer, &check(&Hedging, Kind::Technical, "", answer))
    }

    #[test]
    fn before_and_after() {
        let before = "I think maybe the GIL, I guess, stops threads running in parallel.";
        assert_eq!(hedges(before), ["I think maybe", "I guess"]);
        let after = "The GIL stops threads running Python code in parallel.";
        assert!(hedges(after).is_empty());
    }

    #[test]
    fn unsure_but_goes_with_the_hedge() {
        let text = "I'm not sure but it's probably a hash map.";
        assert_eq!(hedges(text), ["I'm not sure but", "probably"]);
    }

    #[test]
    fn opinions_and_the_maybe_type_are_not_hedges() {
        for text in [
            "I think the answer is a hash map.",
            "I believe in writing tests first.",
            "Rust has Option or Maybe type in Haskell.",
            "In Haskell the maybe type holds a value or nothing.",
            "Make sure the index exists.",
            "I'd design for maybe five to ten times the average.",
            "That catches maybe a third of the problems.",
            "Staging first, and maybe a canary.",
            "I'd probably use Kafka here.",
        ] {
            assert!(hedges(text).is_empty(), "{text}: {:?}", hedges(text));
        }
        let asking = "Would the team maybe grow next year?";
        assert!(check(&Hedging, Kind::CandidateQuestion, "", asking).is_empty());
    }
}
