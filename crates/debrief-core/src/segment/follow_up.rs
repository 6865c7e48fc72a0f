//! Whether a question follows up on the one before it ("What is the
//! demerit of this?", "Can you explain line 17?", "Why?") rather than opening
//! a new topic. A determiner with its own noun ("that key", "that file")
//! names something and may open a new exchange; a bare pronoun ("this",
//! "that one") leans on the previous question.

use crate::cues::Words;

const ANAPHORS: &[&str] = &["this", "that", "it", "these", "those", "them", "there"];
const OPENINGS: &[&str] = &[
    "why",
    "and why",
    "any other",
    "anything else",
    "what else",
    "how so",
    "for example",
    "what do you mean",
    "what happens if",
    "what if",
    "and then",
    "and what was",
    "what was the result",
    "what would you do differently",
    "can you elaborate",
    "could you elaborate",
    "can you give an example",
    "can you give me an example",
    "give me an example",
    "what was your role",
    "and how",
    "and what",
    "how come",
];
const CODE_REFERENCES: &[&str] = &["line", "lines"];

pub fn is_follow_up(words: &Words) -> bool {
    let list = words.list();
    let all = list.as_slice();
    let core = skip_lead_ins(all);
    // "Next…" announces a new question, whatever it leans on.
    if all.first().is_some_and(|w| *w == "next") {
        return false;
    }
    let opens_with_a_probe = OPENINGS.iter().any(|phrase| starts_with(core, phrase));
    if opens_with_a_probe && bare_anaphor(all) {
        return true;
    }
    if all.len() <= 3 && core.first().is_some_and(|w| *w == "why") {
        return true;
    }
    if refers_to_code_line(all) {
        return true;
    }
    all.len() <= 14 && bare_anaphor(all)
        || all.len() <= 14 && starts_with(core, "any other")
        || all.len() <= 8 && opens_with_a_probe
}

fn skip_lead_ins<'a>(words: &'a [&'a str]) -> &'a [&'a str] {
    let skip = words
        .iter()
        .take_while(|w| {
            matches!(
                **w,
                "so" | "okay"
                    | "ok"
                    | "and"
                    | "alright"
                    | "right"
                    | "um"
                    | "uh"
                    | "yeah"
                    | "now"
                    | "then"
                    | "but"
            )
        })
        .count();
    &words[skip..]
}

fn starts_with(words: &[&str], phrase: &str) -> bool {
    // The phrase is matched a word at a time from its front, rather than
    // split: most phrases differ from the words at the first letter.
    let mut rest = phrase;
    for word in words {
        match rest.strip_prefix(word) {
            Some("") => return true,
            Some(after) => match after.strip_prefix(' ') {
                Some(next) => rest = next,
                None => return false,
            },
            None => return false,
        }
    }
    false
}

/// A pronoun that stands alone: last word, or followed by "one", a
/// preposition or another function word rather than a noun of its own.
fn bare_anaphor(words: &[&str]) -> bool {
    words.iter().enumerate().any(|(i, word)| {
        ANAPHORS.contains(word)
            && match words.get(i + 1) {
                None => true,
                Some(next) => matches!(
                    *next,
                    "one"
                        | "ones"
                        | "in"
                        | "on"
                        | "for"
                        | "with"
                        | "to"
                        | "from"
                        | "is"
                        | "was"
                        | "part"
                        | "approach"
                        | "again"
                        | "work"
                        | "works"
                        | "mean"
                        | "means"
                ),
            }
            && !(*word == "it" && i + 1 < words.len())
            && !(*word == "there" && words.get(i + 1).is_some_and(|n| *n == "is" || *n == "are"))
    })
}

fn refers_to_code_line(words: &[&str]) -> bool {
    words.windows(2).any(|pair| {
        CODE_REFERENCES.contains(&pair[0])
            && (pair[1].chars().all(|c| c.is_ascii_digit()) || pair[1] == "number")
            || (pair[0] == "next" || pair[0] == "this") && pair[1] == "line"
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn follows(text: &str) -> bool {
        is_follow_up(&Words::of(text))
    }

    #[test]
    fn anaphoric_and_probing_questions_follow_up() {
        assert!(follows("And what is the demerit of this?"));
        assert!(follows("How do you resolve this one?"));
        assert!(follows("How how would you do that?"));
        assert!(follows("Can you explain the next line?"));
        assert!(follows("Line number 17, what you are trying to do?"));
        assert!(follows("Any other AWS kind of you worked on?"));
        assert!(follows("Why?"));
        assert!(follows("What would you do differently?"));
    }

    #[test]
    fn questions_naming_their_own_subject_open_a_new_exchange() {
        assert!(!follows("How do you share that EMV file?"));
        assert!(!follows(
            "Where where does your encryption key deal, and how do you rotate that key?"
        ));
        assert!(!follows(
            "What is the difference between break and continue keywords?"
        ));
        assert!(!follows("So, what about Kubernetes?"));
        assert!(!follows("Is there a way to cache it in Redis?"));
        assert!(!follows("Next to concept of like that?"));
    }
}
