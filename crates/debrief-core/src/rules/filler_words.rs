use super::macros::rule;
use super::words::{phrase_len, Phrases, Token, WordList};
use super::{Context, Rule};
use crate::report::Finding;
use std::sync::LazyLock;

rule! {
    /// Filler words and phrases: "um", "uh", "you know", "basically", and
    /// "like" or "I mean" where they fill a pause rather than say something.
    ///
    /// Why it matters: a few are natural; many make an answer sound unsure and
    /// hide its content. The report's filler rate is these per 100 words.
    ///
    /// Example: "So, um, basically, like, we used Kafka, you know, for events."
    /// Instead: pause silently, then say "We used Kafka for events." Context
    /// decides: "I like Python" and "things like Kafka" are not fillers.
    pub struct FillerWords {
        code: "delivery.filler",
        name: "filler-words",
        category: Delivery,
        severity: Warning,
    }
}

/// Sounds that are always fillers.
const NOISES: WordList =
    WordList::new(&["um", "uh", "umm", "uhh", "uhm", "er", "erm", "ah", "hmm"]);

/// Words and phrases that are fillers wherever they stand.
const ALWAYS: &[&str] = &[
    "you know what i mean",
    "basically",
    "literally",
    "and stuff",
    "and all that",
];

/// Fillers only when a pause sets them off on either side ("like, we" but
/// not "I like it"; "I mean, it" but not "what I mean is").
const SET_OFF_EITHER: &[&str] = &[
    "like", "you know", "i mean", "sort of", "kind of", "so yeah",
];

/// Fillers only when set off on both sides or said alone (", right," but
/// not "the right index,").
const SET_OFF_BOTH: WordList = WordList::new(&["right", "actually", "okay"]);

/// Words before "kind of" or "sort of" that make it a noun phrase ("what
/// kind of database").
const DETERMINERS: WordList = WordList::new(&[
    "a",
    "the",
    "this",
    "that",
    "what",
    "which",
    "any",
    "some",
    "every",
    "one",
    "same",
    "other",
    "different",
    "each",
]);

impl Rule for FillerWords {
    fn meta(&self) -> &'static super::Meta {
        &Self::META
    }

    fn check(&self, context: &Context<'_>, out: &mut Vec<Finding>) {
        let fillers = &*FILLERS;
        for sentence in &context.answer {
            let tokens = &sentence.tokens;
            let mut i = 0;
            while i < tokens.len() {
                let Some(len) = fillers.at(tokens, i) else {
                    i += 1;
                    continue;
                };
                let span = tokens[i].span.cover(tokens[i + len - 1].span);
                out.push(Self::META.finding(
                    span,
                    ["Filler: \u{201C}", sentence.said(span), "\u{201D}."].concat(),
                    Some("Pause instead of filling the silence.".into()),
                ));
                i += len;
            }
        }
    }
}

/// The filler phrases, indexed to be tried at every word. Taken once per
/// answer rather than at each word, where checking that they are built
/// cost as much as most words' whole test.
struct Fillers {
    always: Phrases,
    set_off: Phrases,
}

static FILLERS: LazyLock<Fillers> = LazyLock::new(|| Fillers {
    always: Phrases::new(ALWAYS),
    set_off: Phrases::new(SET_OFF_EITHER),
});

impl Fillers {
    /// How many tokens the filler at `i` spans, if one starts there.
    fn at(&self, tokens: &[Token], i: usize) -> Option<usize> {
        let word = tokens[i].word();
        // Asked only of the few words that may fill: most are none.
        let after_noise = || i > 0 && NOISES.contains(tokens[i - 1].word());
        if NOISES.contains(word) {
            return Some(1);
        }
        if let Some(phrase) = self.always.at(tokens, i).next() {
            return Some(phrase_len(phrase));
        }
        let before = tokens[i].pause_before || i == 0;
        if let Some(phrase) = self.set_off.at(tokens, i).next() {
            let len = phrase_len(phrase);
            let after = tokens[i + len - 1].pause_after;
            let noun_phrase =
                phrase.ends_with(" of") && i > 0 && DETERMINERS.contains(tokens[i - 1].word());
            // At the very start only a pause after counts: "Like Java, Go…"
            // compares, "Like, we…" fills.
            let set_off = if i == 0 { after } else { before || after };
            return ((set_off || after_noise()) && !noun_phrase).then_some(len);
        }
        let alone = SET_OFF_BOTH.contains(word)
            && (before || after_noise())
            && (tokens[i].pause_after || i + 1 == tokens.len())
            && tokens.len() > 1;
        alone.then_some(1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::Kind;
    use crate::rules::testing::{check, quoted};

    fn fillers(answer: &str) -> Vec<&str> {
        quoted(answer, &check(&FillerWords, Kind::Technical, "", answer))
    }

    #[test]
    fn before_and_after() {
        let before = "So, um, basically, like, we used Kafka, you know, for events.";
        assert_eq!(fillers(before), ["um", "basically", "like", "you know"]);
        let after = "We used Kafka for events.";
        assert!(fillers(after).is_empty());
    }

    #[test]
    fn meaningful_uses_are_not_fillers() {
        for text in [
            "I like Python.",
            "Queues like Kafka keep events.",
            "What I mean is that the cache expires.",
            "What kind of database did you use?",
            "You know the answer already.",
            "Like Java, Go is compiled.",
        ] {
            assert!(fillers(text).is_empty(), "{text}: {:?}", fillers(text));
        }
    }

    #[test]
    fn set_off_phrases_are_fillers() {
        assert_eq!(fillers("It was, kind of, slow."), ["kind of"]);
        assert_eq!(fillers("I mean, it works."), ["I mean"]);
        assert_eq!(fillers("Uh like the index is rebuilt."), ["Uh", "like"]);
    }
}
