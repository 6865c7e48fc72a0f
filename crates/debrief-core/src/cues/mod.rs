//! What a single sentence says about who said it and what it does: asks a
//! question, sets a task, acknowledges, closes the interview. Used by
//! attribution (who is speaking) and segmentation (where questions are).
//!
//! Phrase lists live in `phrases.rs`; this module only combines them.

mod facts;
mod phrases;

pub use facts::Facts;

use crate::text::words;
use phrases::*;

/// How a sentence asks something, if it does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ask {
    /// Ends in `?` and is shaped like a question ("What is a tuple?").
    Explicit,
    /// Ends in `?` but has no question shape ("You used Redis?").
    Marked,
    /// An instruction or request with or without `?` ("Tell me about…",
    /// "Can you explain…", "Write a function that…").
    Prompt,
    /// A tag or check ("Right?", "Okay?", "You know?"): asks nothing.
    Tag,
    /// The speaker asks leave or checks the task ("Can I assume…?",
    /// "Do you mean…?"): a candidate's move far more often than not.
    Clarifying,
    /// About the call or the tools rather than the subject ("Can you see
    /// my screen?", "Is it loading?").
    Logistics,
    /// A bare topic said as a prompt ("List and tuple.", "Sum of the
    /// digits of the number.").
    Topic,
}

impl Ask {
    /// Whether this is a question or task put to the other person.
    pub fn is_real(self) -> bool {
        matches!(self, Ask::Explicit | Ask::Marked | Ask::Prompt | Ask::Topic)
    }
}

/// The sentence's words, lower-cased, without punctuation.
pub struct Words(Vec<String>);

impl Words {
    pub fn of(text: &str) -> Self {
        Words(words::normalized(text).collect())
    }

    pub fn as_slice(&self) -> &[String] {
        &self.0
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    fn contains_any(&self, list: &[&str]) -> bool {
        self.0.iter().any(|word| list.contains(&word.as_str()))
    }

    /// The words after leading discourse markers ("so", "okay", "and"…).
    fn core(&self) -> &[String] {
        let skip = self
            .0
            .iter()
            .take_while(|word| LEAD_INS.contains(&word.as_str()))
            .count();
        &self.0[skip..]
    }

    fn core_starts_with(&self, phrases: &[&str]) -> bool {
        starts_with_any(self.core(), phrases)
    }

    fn contains_phrase(&self, phrases: &[&str]) -> bool {
        let joined = format!(" {} ", self.0.join(" "));
        phrases
            .iter()
            .any(|phrase| joined.contains(&format!(" {phrase} ")))
    }
}

fn starts_with_any(words: &[String], phrases: &[&str]) -> bool {
    phrases.iter().any(|phrase| {
        let mut parts = phrase.split(' ');
        let mut at = 0;
        parts.all(|part| {
            let ok = words.get(at).is_some_and(|word| word == part);
            at += 1;
            ok
        })
    })
}

/// How `text` asks something, if it does.
pub fn ask(text: &str) -> Option<Ask> {
    let words = Words::of(text);
    ask_with(text, &words)
}

pub fn ask_with(text: &str, words: &Words) -> Option<Ask> {
    let marked = text.trim_end_matches(['"', '\'', ')']).ends_with('?');
    if words.is_empty() {
        return None;
    }
    if marked && is_tag(text, words) {
        return Some(Ask::Tag);
    }
    // "Can you share your screen?" hands over a coding task; "Can you see
    // my screen?" only checks the call.
    let hands_over_a_task = words.contains_any(&["share"]) && words.contains_any(&["screen"]);
    let logistics = words.contains_any(LOGISTICS) || words.contains_phrase(LOGISTICS_PHRASES);
    if logistics && !hands_over_a_task {
        return Some(Ask::Logistics);
    }
    if words.core_starts_with(CLARIFYING) || (marked && words.contains_phrase(CLARIFYING_INSIDE)) {
        return Some(Ask::Clarifying);
    }
    if words.core_starts_with(PROMPTS) || words.contains_phrase(PROMPTS_INSIDE) {
        return Some(Ask::Prompt);
    }
    if marked && words.contains_phrase(RHETORICAL) {
        return Some(Ask::Tag);
    }
    let shaped = words.core_starts_with(QUESTION_OPENERS)
        || words
            .core()
            .first()
            .is_some_and(|w| WH_WORDS.contains(&w.as_str()))
        || has_wh_question(words);
    if marked {
        return Some(if shaped { Ask::Explicit } else { Ask::Marked });
    }
    // Speech-to-text often drops the question mark; a sentence that opens
    // the way only questions open is one anyway.
    if words.core_starts_with(UNMARKED_OPENERS) || opens_like_a_question(words) {
        return Some(Ask::Explicit);
    }
    is_topic(words).then_some(Ask::Topic)
}

/// A `?` that asks nothing: "Right?", "…, you know?", "Oh, what?".
fn is_tag(text: &str, words: &Words) -> bool {
    let all = words.as_slice();
    let last_is_tag = |phrase: &&str| {
        let parts: Vec<&str> = phrase.split(' ').collect();
        all.len() >= parts.len()
            && all[all.len() - parts.len()..]
                .iter()
                .zip(&parts)
                .all(|(w, p)| w == p)
    };
    let short_tag = all.len() <= 3 && TAGS.iter().any(last_is_tag);
    let trailing_tag = TAGS
        .iter()
        .any(|tag| last_is_tag(tag) && text.to_lowercase().contains(&format!(", {tag}")));
    let empty = all.len() <= 2
        && !all.iter().any(|w| is_content_word(w))
        && all.first().is_some_and(|w| w != "why");
    short_tag || trailing_tag && !words.core_starts_with(QUESTION_OPENERS) || empty
}

/// "What made you…", "how did finance react", "why does the key…": a
/// wh-word that opens a question rather than a clause ("What I did was…",
/// "When the request comes in…").
fn opens_like_a_question(words: &Words) -> bool {
    let core = words.core();
    let (Some(first), Some(second)) = (core.first(), core.get(1)) else {
        return false;
    };
    let asking_wh = matches!(first.as_str(), "what" | "how" | "why");
    let placed_wh = matches!(first.as_str(), "where" | "when" | "who" | "which");
    core.len() >= 3
        && (asking_wh && !CLAUSE_SUBJECTS.contains(&second.as_str())
            || placed_wh && AUXILIARIES.contains(&second.as_str()))
}

/// A wh-word followed by an auxiliary anywhere: "…, what would be the tools?"
fn has_wh_question(words: &Words) -> bool {
    words
        .as_slice()
        .windows(2)
        .any(|pair| WH_WORDS.contains(&pair[0].as_str()) && AUXILIARIES.contains(&pair[1].as_str()))
}

/// A short verbless phrase naming two things or a thing of a thing, which
/// interviewers say instead of a question ("List and tuple.").
fn is_topic(words: &Words) -> bool {
    let all = words.as_slice();
    if !(2..=7).contains(&all.len()) {
        return false;
    }
    let content = |word: &String| is_content_word(word) && !HESITATIONS.contains(&word.as_str());
    let joins = all.iter().any(|word| TOPIC_JOINS.contains(&word.as_str()));
    let only_joins_otherwise = all.iter().all(|word| {
        content(word) || TOPIC_JOINS.contains(&word.as_str()) || ARTICLES.contains(&word.as_str())
    });
    joins
        && only_joins_otherwise
        && all.first().is_some_and(content)
        && all.last().is_some_and(content)
        && !all.iter().any(|word| word.ends_with("ing"))
}

/// Acknowledgements and back-channel ("Okay.", "Got it.", "Mhmm.").
pub fn is_acknowledgement(words: &Words) -> bool {
    !words.is_empty()
        && words.len() <= 6
        && words
            .as_slice()
            .iter()
            .all(|word| ACK_WORDS.contains(&word.as_str()))
}

/// Acknowledgements that judge what was said ("Great.", "That makes
/// sense."): an interviewer's habit more than a candidate's.
pub fn is_evaluative_acknowledgement(words: &Words) -> bool {
    words.len() <= 6 && words.contains_phrase(EVALUATIVE_ACKS)
}

/// The interviewer hands over for the candidate's own questions.
pub fn invites_candidate_questions(words: &Words) -> bool {
    words.contains_phrase(INVITES_QUESTIONS)
}

/// A goodbye: the interview is ending.
pub fn is_closing(words: &Words) -> bool {
    words.contains_phrase(CLOSINGS)
}

/// A greeting or opening of an interview.
pub fn is_opening(words: &Words) -> bool {
    words.core_starts_with(OPENINGS) || words.contains_phrase(OPENINGS_INSIDE)
}

/// A hand-over to the next question ("Next one.", "Let's move on.").
pub fn moves_on(words: &Words) -> bool {
    words.contains_phrase(MOVE_ONS)
}

/// Whether the words speak of the speaker ("I", "my") and of the listener.
pub fn persons(words: &Words) -> (bool, bool) {
    (
        words.contains_any(FIRST_PERSON),
        words.contains_any(SECOND_PERSON),
    )
}

/// "We", "our", "us": a candidate describing their team's work.
pub fn speaks_for_a_team(words: &Words) -> bool {
    words.contains_any(&["we", "our", "us", "we're", "we've", "we'll", "ours"])
}

/// Words that show hesitation or thinking aloud. "Like", "basically" and
/// "actually" count only when set off by a comma ("it's, like, a map"), so
/// that "I would like to" and "I like Python" are not hesitations.
pub fn hesitations(text: &str) -> usize {
    let mut count = 0;
    let mut comma_before = false;
    for raw in text.split_whitespace() {
        let word = raw
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase();
        let comma_after = raw.ends_with(',');
        if NOISES.contains(&word.as_str())
            || HESITATIONS.contains(&word.as_str()) && (comma_before || comma_after)
        {
            count += 1;
        }
        comma_before = comma_after;
    }
    count
}

/// Whether a word carries content (not a function word or filler).
pub fn is_content_word(word: &str) -> bool {
    word.len() > 2 && !FUNCTION_WORDS.contains(&word) && !ACK_WORDS.contains(&word)
}

/// Whether a word is one of the common function words.
pub fn is_function_word(word: &str) -> bool {
    FUNCTION_WORDS.contains(&word)
}

/// Openings by which a speaker carries on from their own question
/// ("Because…", "Like, …", "Or…", "I mean…").
pub fn continues_own_question(next: &Words) -> bool {
    starts_with_any(next.as_slice(), SELF_CONTINUATIONS)
}

/// Connectors that continue a previous thought ("And…", "So…", "After that…").
pub fn continues(words: &Words) -> bool {
    starts_with_any(words.as_slice(), CONTINUATIONS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn explicit_questions() {
        for text in [
            "What is the difference between break and continue keywords?",
            "So, how do you expose your service to other services?",
            "And you have paste the, git merge function?",
            "Okay. Well, what's the list comprehension?",
            "Where do you go to Kafka?",
            "Have you used Redis before?",
        ] {
            assert_eq!(ask(text), Some(Ask::Explicit), "{text}");
        }
    }

    #[test]
    fn prompts_without_question_marks() {
        for text in [
            "Tell me about a time you disagreed with your manager.",
            "Walk me through how you would design that.",
            "Can you explain line 17",
            "Write a function that reverses a linked list.",
            "Sanjay, maybe a little bit more about you.",
            "You have any questions for me,",
            "So before we dive in, just give me like a two minute version of your background.",
            "Let's write a couple of tests then.",
        ] {
            assert_eq!(ask(text), Some(Ask::Prompt), "{text}");
        }
    }

    #[test]
    fn tags_and_clarifications_are_not_questions() {
        assert_eq!(ask("Right?"), Some(Ask::Tag));
        assert_eq!(ask("Okay?"), Some(Ask::Tag));
        assert_eq!(ask("It is a hash map, right?"), Some(Ask::Tag));
        assert_eq!(ask("Can I just write the logic?"), Some(Ask::Clarifying));
        assert_eq!(
            ask("Do you mean the database layer?"),
            Some(Ask::Clarifying)
        );
        assert_eq!(
            ask("Like, file operation you're saying?"),
            Some(Ask::Clarifying)
        );
        assert_eq!(ask("I used Django for that."), None);
        assert_eq!(ask("What I did was add an index."), None);
        assert_eq!(ask("When the request comes in, we queue it."), None);
        assert_eq!(ask("And what did you learn from that"), Some(Ask::Explicit));
        assert_eq!(ask("okay what kind of test"), Some(Ask::Explicit));
        assert_eq!(ask("Where did you store the keys"), Some(Ask::Explicit));
        assert_eq!(ask("Can you see my screen?"), Some(Ask::Logistics));
        assert_eq!(
            ask("You don't have spelling suggestions?"),
            Some(Ask::Logistics)
        );
    }

    #[test]
    fn bare_topics_are_prompts() {
        assert_eq!(ask("List and tuple."), Some(Ask::Topic));
        assert_eq!(ask("Sum of the digits of the number."), Some(Ask::Topic));
        assert_eq!(ask("Index comma."), None);
        assert_eq!(ask("Current character index to the dictionary."), None);
        assert_eq!(ask("Updating the tag and character index."), None);
    }

    #[test]
    fn acknowledgements_and_closings() {
        assert!(is_acknowledgement(&Words::of("Okay. Okay.")));
        assert!(is_acknowledgement(&Words::of("Mhmm, yeah.")));
        assert!(!is_acknowledgement(&Words::of("Okay, I used Redis.")));
        assert!(is_evaluative_acknowledgement(&Words::of(
            "Got it, makes sense."
        )));
        assert!(is_closing(&Words::of("Nice talking to you, man.")));
        assert!(is_closing(&Words::of("Bye.")));
        assert!(!is_closing(&Words::of("We pass the byte array.")));
        assert!(invites_candidate_questions(&Words::of(
            "Do you have any questions for me?"
        )));
    }
}
