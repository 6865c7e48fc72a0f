use super::macros::rule;
use super::words::{is_number, Token};
use super::{Context, Rule, Spoken};
use crate::cues::is_function_word;
use crate::report::Finding;

rule! {
    /// Words or phrases said twice or more in a row ("I I started", "we are
    /// going to update we are going to update"), and the same short sentence
    /// three or more times running ("Yes. Yes. Yes.").
    ///
    /// Why it matters: restarts are how speech sounds while you search for
    /// the next words; a few are normal, many make an answer hard to follow
    /// and sound nervous.
    ///
    /// Example: "Those those two are related to the medical billing." Instead:
    /// pause, then say it once: "Those two are related to medical billing."
    /// Doubles that grammar needs ("I know that that works", "it had had
    /// time") and emphasis ("very, very fast", "no, no") are not restarts.
    /// The finding points at the extra copies, so the words it marks are the
    /// ones to leave out.
    pub struct Repetition {
        code: "delivery.repetition",
        name: "repetition",
        category: Delivery,
        severity: Warning,
    }
}

/// The longest phrase looked for. Speech restarts whole clauses ("we are
/// going to update…" is five words); longer exact repeats back to back are
/// restarts too, but rare.
const MAX_PHRASE: usize = 6;

/// Words said twice on purpose, for emphasis.
const EMPHATIC: &[&str] = &["very", "really", "much", "no", "bye", "ha", "haha"];

/// Function words that end clauses as well as start them.
const ENDS_CLAUSES: &[&str] = &[
    "it", "you", "them", "him", "her", "us", "me", "this", "that", "these", "those", "there",
    "here", "now", "then", "too", "also", "well", "so",
];

/// Symbols read out in code ("star star kwargs", "dash dash force").
const SYMBOLS: &[&str] = &[
    "star",
    "dash",
    "slash",
    "dot",
    "equals",
    "equal",
    "plus",
    "minus",
    "hash",
    "underscore",
    "quote",
    "colon",
    "bracket",
    "comma",
    "pipe",
    "ampersand",
    "percent",
];

/// Sentences at most this long repeated three times running are a stuck
/// reply ("Yes. Yes. Yes."); longer repeats are rare and the stutter check
/// sees their words.
const SHORT_SENTENCE: usize = 4;

impl Rule for Repetition {
    fn meta(&self) -> &'static super::Meta {
        &Self::META
    }

    fn check(&self, context: &Context<'_>, out: &mut Vec<Finding>) {
        for sentence in &context.answer {
            stutters(sentence, out);
        }
        repeated_sentences(&context.answer, out);
    }
}

fn stutters(sentence: &Spoken<'_>, out: &mut Vec<Finding>) {
    let tokens = &sentence.tokens;
    let mut i = 0;
    while i < tokens.len() {
        let Some((len, copies)) = repeat_at(tokens, i) else {
            i += 1;
            continue;
        };
        let last = i + len * copies - 1;
        let whole = tokens[i].span.cover(tokens[last].span);
        // The revised answer drops the marked words: mark all copies but
        // the last, which stays.
        let extra = tokens[i].span.cover(tokens[last - len].span);
        out.push(Repetition::META.finding(
            extra,
            ["Repeated: \u{201C}", sentence.said(whole), "\u{201D}."].concat(),
            Some("Say it once; pause to find the next words instead of restarting.".into()),
        ));
        i = last + 1;
    }
}

/// The phrase length and the number of copies of a repeat starting at `i`,
/// the shortest phrase first so that "I I I" is one word three times.
fn repeat_at(tokens: &[Token], i: usize) -> Option<(usize, usize)> {
    let first = tokens[i].word();
    let ahead = &tokens[i + 1..tokens.len().min(i + 1 + MAX_PHRASE)];
    for (len, next) in (1..).zip(ahead) {
        // A repeat of `len` words has the first word again `len` words on:
        // one comparison rules out most lengths before phrases are compared,
        // and most words differ in length or first letter, told without a
        // call to compare them whole.
        let (a, b) = (next.word().as_bytes(), first.as_bytes());
        if a.len() != b.len() || a.first() != b.first() || a != b {
            continue;
        }
        let same =
            |a: usize, b: usize| (0..len).all(|k| tokens[a + k].word() == tokens[b + k].word());
        let mut copies = 1;
        while i + len * (copies + 1) <= tokens.len() && same(i, i + len * copies) {
            copies += 1;
        }
        if copies > 1 && !meant(tokens, i, len) {
            return Some((len, copies));
        }
    }
    None
}

/// Whether a doubled word is grammar or emphasis rather than a restart.
fn meant(tokens: &[Token], i: usize, len: usize) -> bool {
    let unit = &tokens[i..i + len];
    // Digits and data read out: "one one two", "8 0 8 0", "1 comma 1 comma".
    let number = |t: &Token| is_number(t.word()) || matches!(t.word(), "zero" | "one");
    if unit.iter().any(number) || unit.iter().all(|t| SYMBOLS.contains(&t.word())) {
        return true;
    }
    if len > 1 {
        return false;
    }
    let word = tokens[i].word();
    // A comma between the two ("that, that") is a restart, not grammar.
    let joined = !tokens[i].pause_after;
    let wh_clause = || {
        tokens[i.saturating_sub(3)..i]
            .iter()
            .any(|t| matches!(t.word(), "what" | "all"))
    };
    // With a pause between, the first may end one clause and the second
    // start the next ("it doesn't drop it, it schedules it"), or both be
    // items of a list ("sync, sync, promise"): only a word that leans on
    // what follows ("I, I", "the, the", "I'd, I'd") is surely a restart.
    let leans = (is_function_word(word) || word.contains('\'')) && !ENDS_CLAUSES.contains(&word);
    EMPHATIC.contains(&word)
        || (!joined && !leans)
        || (joined && matches!(word, "that" | "had"))
        // "What it is is…", "all it does is is" is not: only the first
        // "is" after a wh-clause belongs to grammar.
        || (joined && word == "is" && wh_clause())
}

/// Runs of three or more identical short sentences.
fn repeated_sentences(sentences: &[Spoken<'_>], out: &mut Vec<Finding>) {
    let same_words = |a: &Spoken<'_>, b: &Spoken<'_>| {
        a.tokens.len() == b.tokens.len()
            && a.tokens
                .iter()
                .zip(b.tokens.iter())
                .all(|(x, y)| x.word() == y.word())
    };
    let mut i = 0;
    while i < sentences.len() {
        let first = &sentences[i];
        // Only runs of short sentences make a finding: only theirs are
        // counted.
        let run = if (1..=SHORT_SENTENCE).contains(&first.tokens.len()) {
            let again = sentences[i + 1..]
                .iter()
                .take_while(|s| same_words(s, first));
            1 + again.count()
        } else {
            1
        };
        if run >= 3 {
            let extra = sentences[i].span.cover(sentences[i + run - 2].span);
            out.push(Repetition::META.finding(
                extra,
                format!(
                    "\u{201C}{}\u{201D} {run} times in a row.",
                    sentences[i].text.trim()
                ),
                Some("Say it once, then go on with the answer.".into()),
            ));
        }
        i += run;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::Kind;
    use crate::rules::testing::{check, quoted};

    fn repeats(answer: &str) -> Vec<&str> {
        quoted(answer, &check(&Repetition, Kind::Technical, "", answer))
    }

    #[test]
    fn before_and_after() {
        let before = "Those those two are related to the medical billing.";
        assert_eq!(repeats(before), ["Those"]);
        let findings = check(&Repetition, Kind::Technical, "", before);
        assert_eq!(
            findings[0].message,
            "Repeated: \u{201C}Those those\u{201D}."
        );
        let after = "Those two are related to medical billing.";
        assert!(repeats(after).is_empty());
    }

    #[test]
    fn restarted_phrases_and_runs() {
        let text = "So we are going to update we are going to update the table.";
        assert_eq!(repeats(text), ["we are going to update"]);
        assert_eq!(repeats("And, I I I started as a fresher."), ["I I"]);
    }

    #[test]
    fn repeated_short_sentences() {
        let text = "Yes.\nYes.\nYes.\nYes.\nThe index is rebuilt.";
        let findings = check(&Repetition, Kind::Technical, "", text);
        assert_eq!(quoted(text, &findings), ["Yes.\nYes.\nYes."]);
        assert_eq!(
            findings[0].message,
            "\u{201C}Yes.\u{201D} 4 times in a row."
        );
        assert!(repeats("Yes.\nYes.\nThe index is rebuilt.").is_empty());
    }

    #[test]
    fn grammar_and_emphasis_are_not_restarts() {
        for text in [
            "I know that that works.",
            "By then it had had time to warm up.",
            "What it is is a cache.",
            "It was very, very fast.",
            "No, no, it is fine.",
            "The port is 8 0 8 0.",
            "The input is 1 comma 1 comma 2.",
            "Then star star kwargs takes the rest.",
            "Push with dash dash force.",
            "It doesn't drop it, it schedules it.",
            "So it's sync, sync, promise, timeout.",
        ] {
            assert!(repeats(text).is_empty(), "{text}: {:?}", repeats(text));
        }
        assert_eq!(repeats("The problem is is the lock."), ["is"]);
        assert_eq!(repeats("And I, I understood the motivation."), ["I"]);
    }
}
