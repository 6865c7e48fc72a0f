use super::macros::rule;
use super::words::Token;
use super::{Context, Rule, Spoken};
use crate::report::Finding;

rule! {
    /// Sentences that stop mid-thought: they end on a word that cannot end a
    /// sentence ("the", "and", "because", "so that"), on a word cut off
    /// ("wh-"), or trail off with "…" or a dash.
    ///
    /// Why it matters: an abandoned sentence leaves the interviewer to guess
    /// the rest; several in a row read as losing the thread.
    ///
    /// Example: "We stored the sessions in Redis because the." Instead: finish
    /// the thought ("because reads had to be fast") or drop the clause and
    /// start a new sentence. One-word replies ("Okay.") are not fragments,
    /// and "the one I wanted to" or "what it consists of" end where English
    /// allows.
    pub struct AbandonedSentence {
        code: "delivery.fragment",
        name: "abandoned-sentence",
        category: Delivery,
        severity: Warning,
    }
}

/// Words that always leave a sentence hanging.
const DANGLING: &[&str] = &[
    "the", "a", "an", "and", "but", "or", "nor", "because", "i", "we", "my", "our", "your",
    "their", "to", "of", "with",
];

/// Words after which a final "to", "of" or "with" is complete English
/// ("I wanted to", "what I'm proud of", "what I worked with").
const ENDS_WELL_BEFORE: &[&str] = &[
    // to
    "want",
    "wanted",
    "need",
    "needed",
    "have",
    "has",
    "had",
    "try",
    "tried",
    "going",
    "used",
    "able",
    "supposed",
    "like",
    "love",
    "ought",
    "plan",
    "planned",
    "how",
    "where",
    "what",
    // of
    "proud",
    "aware",
    "sort",
    "kind",
    "heard",
    "think",
    "thought",
    "made",
    "consists",
    "afraid",
    "capable",
    "sure",
    "all",
    "out",
    "because",
    "instead",
    // with
    "work",
    "worked",
    "working",
    "deal",
    "dealt",
    "familiar",
    "comfortable",
    "start",
    "started",
    "go",
    "went",
    "wrong",
    "done",
    "along",
    "agree",
    "agreed",
];

/// The words a finding quotes from the end of the sentence.
const QUOTED_WORDS: usize = 4;

impl Rule for AbandonedSentence {
    fn meta(&self) -> &'static super::Meta {
        &Self::META
    }

    fn check(&self, context: &Context<'_>, out: &mut Vec<Finding>) {
        for sentence in &context.answer {
            let tokens = &sentence.tokens;
            if tokens.len() < 2 {
                continue;
            }
            let Some(how) = stops(sentence) else {
                continue;
            };
            let tail = &tokens[tokens.len().saturating_sub(QUOTED_WORDS)..];
            let ending = sentence.said(tail[0].span.cover(tail[tail.len() - 1].span));
            out.push(Self::META.finding(
                sentence.span,
                format!("This sentence stops {how} \u{201C}\u{2026}{ending}\u{201D}."),
                Some("Finish the thought, or drop it and start a new sentence.".into()),
            ));
        }
    }
}

/// How the sentence stops short, if it does.
fn stops(sentence: &Spoken<'_>) -> Option<&'static str> {
    let tokens = &sentence.tokens;
    let last = tokens.last()?;
    if last.cut_off {
        return Some("mid-word at");
    }
    let text = sentence.text.trim_end();
    if text.ends_with("...") || text.ends_with(['\u{2026}', '-', '\u{2014}', '\u{2013}']) {
        return Some("trailing off at");
    }
    dangles(sentence).then_some("after")
}

/// Whether the last word leaves the sentence hanging.
fn dangles(sentence: &Spoken<'_>) -> bool {
    let [.., before, last_token] = &sentence.tokens[..] else {
        return false;
    };
    let last = last_token.word();
    let before = before.word();
    if last == "that" {
        return before == "so";
    }
    if !DANGLING.contains(&last) {
        return false;
    }
    match last {
        // A participle leaves its preposition at the end: "what they are
        // listened to", "the key orders are attached to".
        "to" | "of" | "with" => !ENDS_WELL_BEFORE.contains(&before) && !before.ends_with("ed"),
        // "than I", "as we" end comparisons.
        "i" | "we" => !matches!(before, "than" | "as"),
        // "plan A", "option A": a name, not an article.
        // Letters spelled out: "an index on f and a".
        "a" => sentence.said(last_token.span) != "A" && !spelled(&sentence.tokens),
        _ => true,
    }
}

/// Whether the sentence ends in a list of letters ("f and a").
fn spelled(tokens: &[Token]) -> bool {
    matches!(
        tokens,
        [.., letter, and, _] if letter.word().chars().count() == 1 && matches!(and.word(), "and" | "or")
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::Kind;
    use crate::rules::testing::{check, quoted};

    fn fragments(answer: &str) -> Vec<&str> {
        quoted(
            answer,
            &check(&AbandonedSentence, Kind::Technical, "", answer),
        )
    }

    #[test]
    fn before_and_after() {
        let before = "We stored the sessions in Redis because the.";
        assert_eq!(fragments(before), [before]);
        let findings = check(&AbandonedSentence, Kind::Technical, "", before);
        assert_eq!(
            findings[0].message,
            "This sentence stops after \u{201C}\u{2026}in Redis because the\u{201D}."
        );
        let after = "We stored the sessions in Redis because reads had to be fast.";
        assert!(fragments(after).is_empty());
    }

    #[test]
    fn cut_off_and_trailing_off() {
        assert_eq!(fragments("So the wh-"), ["So the wh-"]);
        assert_eq!(fragments("It depends on the..."), ["It depends on the..."]);
        assert_eq!(fragments("We split it so that"), ["We split it so that"]);
        assert_eq!(fragments("Then we moved it to"), ["Then we moved it to"]);
    }

    #[test]
    fn complete_endings_are_not_fragments() {
        for text in [
            "Okay.",
            "And.",
            "That's the one I wanted to.",
            "That is what it consists of.",
            "Python is the language I worked with.",
            "She knew it better than I.",
            "I did that.",
            "Right, I think so.",
            "We went with plan A.",
            "We found the root cause.",
            "Those are the complaints they were never listened to.",
            "It's an index with f and a.",
        ] {
            assert!(fragments(text).is_empty(), "{text}: {:?}", fragments(text));
        }
    }
}
