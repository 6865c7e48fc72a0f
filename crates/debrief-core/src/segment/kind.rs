//! What kind of question an exchange is: coding tasks, behavioural and
//! experience questions, technical questions, small talk. Decided from the
//! question's words first and the answer's when the question says little.

use crate::report::Kind;
use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
use std::sync::LazyLock;

const CODING_ASKS: &[&str] = &[
    "write a",
    "write the",
    "write code",
    "write program",
    "write a program",
    "code to",
    "implement",
    "program that",
    "function that",
    "share this screen",
    "share your screen",
    "share the screen",
    "share my screen",
    "query",
    "find the",
    "given a",
    "given an",
    "algorithm",
    "substring",
    "array",
    "digits",
    "linked list",
    "binary tree",
    "palindrome",
    "fibonacci",
    "factorial",
    "anagram",
    "leetcode",
    "solve",
    "line number",
    "next line",
    "complexity",
    "reverse a",
    "sort a",
    "odd index",
    "even index",
    "self join",
    "sql",
];
const CODING_ANSWERS: &[&str] = &[
    "for loop",
    "while loop",
    "time complexity",
    "o of n",
    "o(n)",
    "variable",
    "index",
    "enumerate",
    "dictionary",
    "recursion",
    "iterate",
    "return",
    "print",
    "select",
    "group by",
    "having",
    "join",
    "modulus",
    "range",
    "sliding window",
    "two pointers",
    "hash map",
    "pointer",
    "the loop",
    "the query",
    "edge case",
    "test case",
];
const BEHAVIORAL: &[&str] = &[
    "about yourself",
    "about you",
    "your background",
    "a time when",
    "a time you",
    "tell me about a",
    "tell us about a",
    "describe a situation",
    "conflict",
    "challenge",
    "failure",
    "mistake",
    "proud",
    "strength",
    "weakness",
    "why do you want",
    "why this",
    "why are you leaving",
    "where do you see yourself",
    "your role",
    "your team",
    "your project",
    "your experience",
    "your current",
    "you worked on",
    "have you worked",
    "manager",
    "disagree",
    "leadership",
    "lead a",
    "deadline",
    "pressure",
    "motivat",
    "introduce yourself",
    "your career",
    "difficult",
    "stakeholder",
    "teammate",
];
const SMALL_TALK: &[&str] = &[
    "how are you",
    "how's your day",
    "how is your day",
    "can you hear me",
    "weather",
    "weekend",
    "are you able to see",
    "can you see my screen",
    "is it visible",
    "how's it going",
    "how is it going",
    "hear me",
    "see me",
    "my camera",
    "one sec",
    "sound okay",
    "sound good",
    "sounds good",
    "does that sound",
    "does that make sense",
];
const EXPERIENCE_ANSWERS: &[&str] = &[
    "i worked",
    "i have worked",
    "i've worked",
    "i built",
    "i have built",
    "we built",
    "i joined",
    "i started",
    "my current",
    "my role",
    "in my project",
    "i was responsible",
    "we used",
    "i have used",
    "i have been used",
    "years of experience",
    "i led",
    "we did",
    "i did",
    "we created",
    "we implemented",
];

/// The cue lists, as one automaton that reports which list each match
/// belongs to; matching ignores ASCII case, so texts need no lower-casing.
struct Cues {
    automaton: AhoCorasick,
    lists: Vec<Cue>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Cue {
    CodingAsk,
    CodingAnswer,
    Behavioral,
    SmallTalk,
    ExperienceAnswer,
}

static CUES: LazyLock<Cues> = LazyLock::new(|| {
    let lists = [
        (Cue::CodingAsk, CODING_ASKS),
        (Cue::CodingAnswer, CODING_ANSWERS),
        (Cue::Behavioral, BEHAVIORAL),
        (Cue::SmallTalk, SMALL_TALK),
        (Cue::ExperienceAnswer, EXPERIENCE_ANSWERS),
    ];
    let mut patterns = Vec::new();
    let mut owners = Vec::new();
    for (cue, list) in lists {
        for pattern in list {
            patterns.push(*pattern);
            owners.push(cue);
        }
    }
    let automaton = AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .match_kind(MatchKind::LeftmostFirst)
        .kind(Some(AhoCorasickKind::DFA))
        .build(patterns)
        // Only a pattern set too large for the automaton fails; these
        // lists are fixed and small.
        .expect("kind cues compile");
    Cues {
        automaton,
        lists: owners,
    }
});

/// Which cues occur in `text`, and how many distinct coding-answer cues.
fn cues_in(text: &str) -> (Vec<Cue>, usize) {
    let cues = &*CUES;
    let mut found = Vec::new();
    let mut coding_answers = Vec::new();
    for hit in cues.automaton.find_iter(text) {
        // Cues start words: "solve" is not in "resolve".
        let inside_a_word = text[..hit.start()]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric);
        if inside_a_word {
            continue;
        }
        let cue = cues.lists[hit.pattern().as_usize()];
        if cue == Cue::CodingAnswer && !coding_answers.contains(&hit.pattern()) {
            coding_answers.push(hit.pattern());
        }
        if !found.contains(&cue) {
            found.push(cue);
        }
    }
    (found, coding_answers.len())
}

/// How much of an answer its kind is judged on: its first few hundred words
/// show whether it is code, a story or an explanation.
const ANSWER_OPENING_BYTES: usize = 3000;

fn opening(answer: &str) -> &str {
    if answer.len() <= ANSWER_OPENING_BYTES {
        return answer;
    }
    let mut end = ANSWER_OPENING_BYTES;
    while !answer.is_char_boundary(end) {
        end -= 1;
    }
    &answer[..end]
}

/// The kind of an exchange from its question and answer text.
pub fn classify(question: &str, answer: &str, inferred: bool) -> Kind {
    let (asked, _) = cues_in(question);
    if asked.contains(&Cue::SmallTalk) && answer.split_whitespace().count() < 40 {
        return Kind::Other;
    }
    if asked.contains(&Cue::CodingAsk) {
        return Kind::Coding;
    }
    // The answer is read only when the question leaves its kind open:
    // coding answers, the longest, mostly follow coding asks.
    let (answered, coding_answers) = cues_in(opening(answer));
    if coding_answers >= 4 {
        return Kind::Coding;
    }
    if asked.contains(&Cue::Behavioral) || inferred && answered.contains(&Cue::ExperienceAnswer) {
        return Kind::Behavioral;
    }
    Kind::Technical
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_from_the_question() {
        assert_eq!(
            classify("write a function that reverses a string.", "", false),
            Kind::Coding
        );
        assert_eq!(
            classify("tell me about a time you had a conflict.", "", false),
            Kind::Behavioral
        );
        assert_eq!(
            classify(
                "what is the difference between a list and a tuple?",
                "",
                false
            ),
            Kind::Technical
        );
        assert_eq!(
            classify("can you hear me okay?", "yes i can.", false),
            Kind::Other
        );
    }

    #[test]
    fn kinds_from_the_answer_when_the_question_says_little() {
        let sql = "i think group by and having count greater than 30 will filter, the query with a join and select";
        assert_eq!(
            classify("can you just explain me once?", sql, false),
            Kind::Coding
        );
        assert_eq!(
            classify(
                "",
                "i worked on lambdas and dynamodb at my current company",
                true
            ),
            Kind::Behavioral
        );
    }
}
