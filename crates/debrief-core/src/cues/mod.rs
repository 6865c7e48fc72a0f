//! What a single sentence says about who said it and what it does: asks a
//! question, sets a task, acknowledges, closes the interview. Used by
//! attribution (who is speaking) and segmentation (where questions are).
//!
//! Phrase lists live in `phrases.rs`; this module only combines them.

mod facts;
mod lexicon;
mod phrases;

pub use facts::Facts;

use lexicon::{List, Matches};

use crate::text::tokens::{SentenceTokens, Token};
use crate::text::words;
use crate::text::Sentence;
use phrases::*;
use std::borrow::Cow;
use std::ops::Range;

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
    /// A question its speaker most often answers themselves ("What
    /// happened? The pool ran out."). Put by a known interviewer to the
    /// candidate, it asks.
    Rhetorical,
    /// A guess offered as an answer, rising at the end ("I think it's like
    /// a class?"). A known interviewer's guess asks ("Maybe a queue would
    /// help?").
    Guess,
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

/// The sentence's words, lower-cased, without punctuation, and which of
/// the phrase lists they match. The words live in one space-padded string
/// (" so what is a tuple "), which is also what the phrase lists scan; no
/// word holds a space, so the string alone says where each word is.
pub struct Words<'a> {
    /// Borrowed from the words of every sentence of a transcript
    /// (`SentenceWords`), or owned by the words of a text read alone.
    padded: Cow<'a, str>,
    shape: Shape,
    matches: Matches,
}

/// What is counted of a sentence's words as they are written.
#[derive(Clone, Copy)]
struct Shape {
    len: usize,
    /// How many leading discourse markers ("so", "okay", "and"…) there are.
    lead_ins: usize,
    /// Where in the padded words the space before the first word after the
    /// lead-ins is.
    core_at: usize,
    hesitations: usize,
}

impl Words<'static> {
    pub fn of(text: &str) -> Self {
        let mut padded = String::with_capacity(text.len() + 2);
        let shape = write_words(tokens(text), words::push_lowercase, &mut padded);
        Words::new(Cow::Owned(padded), shape)
    }

    /// `SentenceWords::of_tokens` for one sentence's `text` and `tokens`.
    #[cfg(test)]
    fn of_tokens(text: &str, tokens: &[Token<'_>]) -> Self {
        let mut padded = String::with_capacity(text.len() + 2);
        let shape = write_token_words(tokens, &mut padded);
        Words::new(Cow::Owned(padded), shape)
    }
}

impl<'a> Words<'a> {
    fn new(padded: Cow<'a, str>, shape: Shape) -> Self {
        let matches = lexicon::scan(&padded, shape.core_at);
        Words {
            padded,
            shape,
            matches,
        }
    }

    /// The words, in order.
    pub fn list(&self) -> Vec<&str> {
        self.iter().collect()
    }

    pub fn iter(&self) -> impl Iterator<Item = &str> + '_ {
        // A plain byte loop: words are a few letters long, too short for
        // `split`'s searcher to pay off.
        let mut rest = &self.padded[1..];
        std::iter::from_fn(move || {
            let end = rest.bytes().position(|b| b == b' ')?;
            let word = &rest[..end];
            rest = &rest[end + 1..];
            Some(word)
        })
    }

    pub fn len(&self) -> usize {
        self.shape.len
    }

    pub fn is_empty(&self) -> bool {
        self.shape.len == 0
    }

    /// How many of the words are hesitations.
    pub fn hesitations(&self) -> usize {
        self.shape.hesitations
    }

    /// Whether any phrase of the list occurs.
    fn has(&self, list: List) -> bool {
        self.matches.has(list)
    }

    /// Whether the last words are `phrase` (words joined by single
    /// spaces): the padded words end with it between spaces, with no
    /// word to split or compare.
    fn ends_with(&self, phrase: &str) -> bool {
        self.padded
            .strip_suffix(' ')
            .and_then(|rest| rest.strip_suffix(phrase))
            .is_some_and(|rest| rest.ends_with(' '))
    }

    /// Whether the words start with a phrase of the list.
    fn starts_with(&self, list: List) -> bool {
        self.matches.starts_with(list)
    }

    /// The words after leading discourse markers.
    fn core(&self) -> impl Iterator<Item = &str> + '_ {
        self.iter().skip(self.shape.lead_ins)
    }

    fn core_starts_with(&self, list: List) -> bool {
        self.matches.core_starts_with(list)
    }
}

/// The words of every sentence of a transcript, written into one text:
/// one allocation for them all, where a text per sentence was one each.
pub struct SentenceWords {
    padded: String,
    /// Per sentence: where its padded words are in `padded`, and their
    /// shape there.
    sentences: Vec<(Range<usize>, Shape)>,
}

impl SentenceWords {
    /// The words of `sentences` of `source`, read from each one's `tokens`
    /// when they are sure to be the same as its text would give.
    pub fn of_tokens(sentences: &[Sentence], source: &str, tokens: &SentenceTokens<'_>) -> Self {
        let mut padded = String::with_capacity(source.len() + 2 * sentences.len());
        let mut shapes = Vec::with_capacity(sentences.len());
        for (sentence, said_tokens) in sentences.iter().zip(tokens.iter()) {
            let said = sentence.span.slice(source);
            // The text joins the sentence's words with single spaces: as
            // long as what was said, it is the same words, each split off
            // by one whitespace character. Each word must have a token for
            // its commas to be seen, and the rules' lower-casing is the
            // cues' for ASCII.
            let same_words = said.len() == sentence.text.len()
                && said_tokens.len() == sentence.words
                && sentence.text.is_ascii();
            let start = padded.len();
            let mut shape = if same_words {
                write_token_words(said_tokens, &mut padded)
            } else {
                write_words(
                    self::tokens(&sentence.text),
                    words::push_lowercase,
                    &mut padded,
                )
            };
            shape.core_at -= start;
            shapes.push((start..padded.len(), shape));
        }
        SentenceWords {
            padded,
            sentences: shapes,
        }
    }

    /// The words of each sentence, in order.
    pub fn iter(&self) -> impl Iterator<Item = Words<'_>> + '_ {
        self.sentences
            .iter()
            .map(|(range, shape)| Words::new(Cow::Borrowed(&self.padded[range.clone()]), *shape))
    }
}

/// Writes the words of a sentence the pipeline has already split into
/// `tokens` to `padded`, the same as `write_words` would write for its
/// text, without splitting it again. The text must be ASCII, and every one
/// of its whitespace-separated words must have kept a token.
fn write_token_words(tokens: &[Token<'_>], padded: &mut String) -> Shape {
    let mut comma_before = false;
    let words = tokens.iter().filter_map(|token| {
        // Already lower-case and without the punctuation the rules
        // trim, which is a part of what this trims.
        let word = words::trim_to_alphanumeric(token.word());
        let hesitant = is_hesitant(word, comma_before, token.comma_after);
        comma_before = token.comma_after;
        (!word.is_empty()).then_some((word, hesitant))
    });
    write_words(words, String::push_str, padded)
}

/// Writes the words of `(word, hesitant)` pairs to `padded`, each in lower
/// case by `push`, with a space before and after each, and tells their
/// shape; `core_at` is where it stands in all of `padded`.
fn write_words<'w>(
    found: impl Iterator<Item = (&'w str, bool)>,
    push: impl Fn(&mut String, &str),
    padded: &mut String,
) -> Shape {
    let mut len = 0;
    let mut lead_ins = 0;
    let mut core_at = None;
    let mut hesitations = 0;
    padded.push(' ');
    for (word, hesitant) in found {
        let start = padded.len();
        push(padded, word);
        if core_at.is_none() {
            if LEAD_INS.contains(&padded[start..]) {
                lead_ins += 1;
            } else {
                core_at = Some(start - 1);
            }
        }
        padded.push(' ');
        len += 1;
        hesitations += usize::from(hesitant);
    }
    Shape {
        len,
        lead_ins,
        core_at: core_at.unwrap_or(padded.len() - 1),
        hesitations,
    }
}

/// The longest sentence read as a hand-over with its question ("Okay, next
/// one, what is a decorator"); longer ones that mention "the next one" and
/// a "when" are statements.
const MOVE_ON_QUESTION_WORDS: usize = 20;

/// The longest question read as a check of the call ("I've sent you a link
/// to the shared editor in the chat, can you open that?"); a longer one
/// that names the screen asks about something else ("…when the user
/// leaves the screen, how would you do it in SwiftUI?"). Statements that
/// name the call's tools are talk about the call, however long ("We'll
/// chat about testing in general, then…").
const LOGISTICS_QUESTION_WORDS: usize = 16;

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
    if let Some(outside) = outside_quotes(text) {
        // Reported speech: only the speaker's own words ask.
        return ask(&outside);
    }
    // "Was that right?" ends like a tag but asks for a check.
    if marked && is_tag(text, words) && !words.has(List::ClarifyingInside) {
        return Some(Ask::Tag);
    }
    // "Can you share your screen?" hands over a coding task; "Can you see
    // my screen?" only checks the call.
    let hands_over_a_task =
        || words.iter().any(|w| w == "share") && words.iter().any(|w| w == "screen");
    let logistics = (!marked || words.len() <= LOGISTICS_QUESTION_WORDS)
        && (words.has(List::Logistics) || words.has(List::LogisticsPhrases));
    if logistics && !hands_over_a_task() {
        return Some(Ask::Logistics);
    }
    if words.core_starts_with(List::Clarifying) || (marked && words.has(List::ClarifyingInside)) {
        return Some(Ask::Clarifying);
    }
    if words.core_starts_with(List::Prompts) || words.has(List::PromptsInside) {
        return Some(Ask::Prompt);
    }
    // One about "you" checks something ("I think you used Redis there?").
    if marked && words.core_starts_with(List::Guesses) && !words.has(List::SecondPerson) {
        return Some(Ask::Guess);
    }
    if marked && words.has(List::Rhetorical) {
        return Some(Ask::Rhetorical);
    }
    if marked {
        // A wh-word anywhere in a `?` sentence: "So related, what actually
        // causes a re-render?"
        let shaped = words.core_starts_with(List::QuestionOpeners)
            || words.iter().any(|w| WH_WORDS.contains(&w))
            || has_wh_question(words)
            || has_inverted_auxiliary(words);
        return Some(if shaped { Ask::Explicit } else { Ask::Marked });
    }
    // Speech-to-text often drops the question mark; a sentence that opens
    // the way only questions open is one anyway.
    if words.core_starts_with(List::UnmarkedOpeners)
        || opens_like_a_question(words) && !continues_with_which(text, words)
        || asks_the_listener_later(words)
        || moves_on(words)
            && words.len() <= MOVE_ON_QUESTION_WORDS
            && words.iter().any(|w| WH_WORDS.contains(&w))
    {
        return Some(Ask::Explicit);
    }
    is_topic(words).then_some(Ask::Topic)
}

/// A `?` that asks nothing: "Right?", "…, you know?", "Oh, what?".
fn is_tag(text: &str, words: &Words) -> bool {
    let short_tag = words.len() <= 3 && TAGS.iter().any(|tag| words.ends_with(tag));
    let trailing_tag = TAGS
        .iter()
        .any(|tag| words.ends_with(tag) && text.to_lowercase().contains(&format!(", {tag}")));
    // "Oh, what?", "My my what?": nothing asked. "Why?" and "What's going
    // on?" do ask.
    let mut core = words.core();
    let opens_with_wh = core.next().is_some_and(|w| WH_WORDS.contains(&w)) && core.next().is_some();
    // "And?", "And then?" and "Then what?" ask the speaker to go on.
    let go_on = [
        &["and"][..],
        &["and", "then"],
        &["and", "then", "what"],
        &["then", "what"],
    ]
    .iter()
    .any(|asked| words.iter().eq(asked.iter().copied()));
    let empty = words.len() <= 3
        && !words.iter().any(is_content_word)
        && words.iter().next().is_some_and(|w| w != "why")
        && !opens_with_wh
        && !go_on;
    short_tag || trailing_tag && !words.core_starts_with(List::QuestionOpeners) || empty
}

/// Whether the words, said by a known interviewer, ask without the
/// question mark the transcriber left off: a short wh-question ("What
/// happened.", "Why Drift", "How so."), "Anything else.", or a
/// wh-question with its auxiliary before the subject ("Which part of that
/// do you find hardest.", "How'd you figure it out."). From an unknown
/// speaker the short ones are as often a story going on ("What happened.
/// The pool ran out.").
pub fn asks_unmarked(words: &Words) -> bool {
    const SHORT: usize = 3;
    let mut core = words.core();
    let (Some(first), second) = (core.next(), core.next()) else {
        return false;
    };
    let short = words.len() <= SHORT
        && (matches!(first, "what" | "why" | "how")
            || first == "anything" && second == Some("else"));
    let inverted = WH_WORDS.contains(&first) && has_inverted_auxiliary(words)
        || first.ends_with("'d")
            && WH_WORDS.contains(&first.trim_end_matches("'d"))
            && second == Some("you");
    (short || inverted) && !is_pseudo_cleft(words)
}

/// "Which was really confusing.": a relative clause the transcriber made a
/// sentence of, going on from the one before; its full stop says it asks
/// nothing ("which is faster" with no stop at all may still ask).
fn continues_with_which(text: &str, words: &Words) -> bool {
    words.core().next() == Some("which") && text.trim_end().ends_with('.')
}

/// "What made you…", "how did finance react", "why does the key…": a
/// wh-word that opens a question rather than a clause ("What I did was…",
/// "When the request comes in…").
fn opens_like_a_question(words: &Words) -> bool {
    let mut core = words.core();
    let Some(first) = core.next() else {
        return false;
    };
    let asking_wh = matches!(first, "what" | "how" | "why");
    let placed_wh = matches!(first, "where" | "when" | "who" | "which");
    // Most sentences open with neither: the words after need not be read.
    if !asking_wh && !placed_wh {
        return false;
    }
    let (Some(second), Some(_)) = (core.next(), core.next()) else {
        return false;
    };
    asking_wh && !CLAUSE_SUBJECTS.contains(&second) && !is_pseudo_cleft(words)
        || placed_wh && AUXILIARIES.contains(&second)
}

/// "What ended up working was flipping it around", "What happens is…": a
/// clause about what was done, then "was" or "is" and the thing itself.
/// "What kind of database is it" asks: a pronoun after the verb.
fn is_pseudo_cleft(words: &Words) -> bool {
    let mut core = words.core();
    if core.next() != Some("what") {
        return false;
    }
    match core.next() {
        // "What happens is the system recreates the activity."
        Some("happens" | "happened") => return matches!(core.next(), Some("is" | "was")),
        Some(second) if !AUXILIARIES.contains(&second) => {}
        _ => return false,
    }
    let rest: Vec<&str> = core.collect();
    rest.windows(2).any(|pair| {
        matches!(pair[0], "was" | "is")
            && !matches!(
                pair[1],
                "it" | "that" | "this" | "there" | "he" | "she" | "they" | "you" | "we" | "i"
            )
    })
}

/// An auxiliary before its subject anywhere: "…, can a leader serve reads?"
fn has_inverted_auxiliary(words: &Words) -> bool {
    words
        .iter()
        .zip(words.iter().skip(1))
        .any(|(aux, subject)| INVERTING_AUXILIARIES.contains(&aux) && SUBJECTS.contains(&subject))
}

/// A wh-word followed by an auxiliary anywhere: "…, what would be the tools?"
fn has_wh_question(words: &Words) -> bool {
    words
        .iter()
        .zip(words.iter().skip(1))
        .any(|(wh, aux)| WH_WORDS.contains(&wh) && AUXILIARIES.contains(&aux))
}

/// A later clause put to the listener, its question mark dropped: "The
/// promo thing is interesting, how did you figure out it was
/// pull-forward". "How do you say", "what do you call it" and "which was,
/// you know" are fillers, and a speaker who speaks of themselves is most
/// often telling what they asked ("I'd ask, like, what would you change").
fn asks_the_listener_later(words: &Words) -> bool {
    // The lexicon's scan already knows whether the words have "you" and
    // no "I": most statements are ruled out before their words are listed.
    if persons(words) != (false, true) {
        return false;
    }
    // Each four words in a row, from the second word on, kept in place
    // rather than listed: listing them was an allocation per sentence.
    let mut window = [""; 4];
    words.iter().enumerate().any(|(at, word)| {
        window.rotate_left(1);
        window[3] = word;
        at >= 4
            && WH_WORDS.contains(&window[0])
            && AUXILIARIES.contains(&window[1])
            && window[2] == "you"
            && !matches!(window[3], "say" | "call" | "know")
    })
}

/// A short verbless phrase naming two things or a thing of a thing, which
/// interviewers say instead of a question ("List and tuple.").
fn is_topic(words: &Words) -> bool {
    if !(2..=7).contains(&words.len()) {
        return false;
    }
    let content = |word: &str| is_content_word(word) && !HESITATIONS.contains(&word);
    let joins = words.iter().any(|word| TOPIC_JOINS.contains(&word));
    joins
        && words
            .iter()
            .all(|word| content(word) || TOPIC_JOINS.contains(&word) || ARTICLES.contains(&word))
        && words.iter().next().is_some_and(content)
        && words.iter().last().is_some_and(content)
        && !words.iter().any(|word| word.ends_with("ing"))
}

/// Acknowledgements and back-channel ("Okay.", "Got it.", "Mhmm.").
/// A bare "Um." acknowledges nothing: it is most often its speaker pausing
/// (where "Hmm." is the listener's).
pub fn is_acknowledgement(words: &Words) -> bool {
    !words.is_empty()
        && words.len() <= 6
        && words.iter().all(|word| ACK_WORDS.contains(word))
        && !words.iter().all(|word| matches!(word, "um" | "uh"))
}

/// A round of introductions ("Let's do quick introductions."): the
/// call's opening, even when said as a request.
pub fn calls_for_introductions(words: &Words) -> bool {
    words
        .iter()
        .any(|word| matches!(word, "introductions" | "intros"))
}

/// Whether the words open with a reaction to what was said before
/// ("Yeah, that's the classic one.", "Nice, so…").
pub fn opens_with_reaction(words: &Words) -> bool {
    words.starts_with(List::Reactions)
}

/// Whether the words open with a back-channel ("Mm-hmm.", "Hmm, okay.").
pub fn opens_with_back_channel(words: &Words) -> bool {
    words.starts_with(List::BackChannels)
}

/// Acknowledgements that judge what was said ("Great.", "That makes
/// sense."): an interviewer's habit more than a candidate's.
pub fn is_evaluative_acknowledgement(words: &Words) -> bool {
    words.len() <= 6 && words.has(List::EvaluativeAcks)
}

/// The interviewer hands over for the candidate's own questions, or says
/// no more than "Right, your turn." (where "One more, then it's your turn."
/// only promises it). A plan of the call that ends with the candidate's
/// questions ("…then leave you ten minutes for whatever you want to ask
/// me") does not hand over yet.
pub fn invites_candidate_questions(words: &Words) -> bool {
    const BARE_HAND_OVER_WORDS: usize = 4;
    let plans_them = || words.core().any(|w| matches!(w, "then" | "later"));
    words.has(List::InvitesQuestions) && !plans_them()
        || words.len() <= BARE_HAND_OVER_WORDS && words.ends_with("your turn")
}

/// A goodbye: the interview is ending.
pub fn is_closing(words: &Words) -> bool {
    words.has(List::Closings)
}

/// A greeting or opening of an interview.
pub fn is_opening(words: &Words) -> bool {
    greets(words) || words.has(List::OpeningsInside)
}

/// Words that open with a greeting ("Hi, is that Rebecca?", "How's your
/// week going?"), as opposed to ones that open the interview proper
/// ("So, tell me about yourself").
pub fn greets(words: &Words) -> bool {
    words.core_starts_with(List::Openings)
}

/// Talk of the interview's plan or the interviewer's team ("This is a
/// coding interview, about forty five minutes").
pub fn sets_the_agenda(words: &Words) -> bool {
    words.has(List::Agenda)
}

/// The set-up of a task ("Here's the problem.", "I have a bug for you.").
pub fn sets_up_a_problem(words: &Words) -> bool {
    words.has(List::Setups)
}

/// Whether the words open with a verdict on what was just said ("Yeah,
/// that's basically it.", "Right. Good answer.").
pub fn opens_with_verdict(words: &Words) -> bool {
    words.core_starts_with(List::Verdicts)
}

/// A supposition that frames a task ("Imagine you have…", "Let's say…").
pub fn supposes(words: &Words) -> bool {
    words.has(List::Suppositions)
}

/// Whether the words open with a supposition, after any lead-ins ("Okay,
/// let's say it's sorted.").
pub fn opens_with_supposition(words: &Words) -> bool {
    words.core_starts_with(List::Suppositions)
}

/// Whether the speaker asks leave to check the task before starting on it
/// ("Can I ask a few clarifying questions first?", "I have a couple of
/// clarifying questions.", "Um, a couple of questions."), as a candidate
/// does, rather than promising questions of their own ("I'll ask a couple
/// of questions to start") or inviting the listener's ("Feel free to ask
/// some clarifying questions").
pub fn announces_checks(words: &Words) -> bool {
    const SHORT: usize = 6;
    let (first, second) = persons(words);
    let asks_leave =
        || words.has(List::AsksLeave) || first && words.iter().any(|word| word == "clarifying");
    let bare = || words.len() <= SHORT && !first && !speaks_for_a_team(words);
    words.has(List::ChecksAhead) && !second && (asks_leave() || bare())
}

/// A reply that praises the question just asked ("Good question.", "Oh,
/// that's a fair question, let's say…"): whoever says it did not ask it.
pub fn praises_the_question(words: &Words) -> bool {
    if !words.has(List::QuestionPraise) {
        return false;
    }
    let mut praised = false;
    for word in words.iter() {
        if word == "question" {
            return praised;
        }
        praised = QUESTION_PRAISE
            .iter()
            .any(|praise| praise.strip_suffix(" question") == Some(word));
        if !(praised || LEAD_INS.contains(word) || BEFORE_PRAISE.contains(word)) {
            return false;
        }
    }
    false
}

/// A condition put to the listener, answered with its consequence: "And
/// if it's just price?" "Then I'd trade, not give."
pub fn answers_a_condition(condition: &Words, reply: &Words) -> bool {
    let mut core = condition.core();
    let conditional = match core.next() {
        Some("if") => true,
        Some("what") => core.next() == Some("if"),
        _ => false,
    };
    conditional && reply.iter().next() == Some("then")
}

/// The candidate is done asking ("Those were all my questions.").
pub fn ends_own_questions(words: &Words) -> bool {
    words.has(List::EndsOwnQuestions)
}

/// The interviewer telling what happens after the call ("The recruiter
/// will be in touch about next steps.").
pub fn tells_next_steps(words: &Words) -> bool {
    words.has(List::NextSteps)
}

/// A hand-over to the next question ("Next one.", "Let's move on.").
pub fn moves_on(words: &Words) -> bool {
    words.has(List::MoveOns)
}

/// Whether the words speak of the speaker ("I", "my") and of the listener.
pub fn persons(words: &Words) -> (bool, bool) {
    (words.has(List::FirstPerson), words.has(List::SecondPerson))
}

/// "We", "our", "us": a candidate describing their team's work.
pub fn speaks_for_a_team(words: &Words) -> bool {
    words.has(List::Team)
}

/// The words of `text` without surrounding punctuation, each with whether
/// it shows hesitation or thinking aloud. "Like", "basically" and
/// "actually" count only when set off by a comma ("it's, like, a map"), so
/// that "I would like to" and "I like Python" are not hesitations.
fn tokens(text: &str) -> impl Iterator<Item = (&str, bool)> + '_ {
    let mut comma_before = false;
    words::whitespace_words(text).filter_map(move |raw| {
        let word = words::trim_to_alphanumeric(raw);
        let comma_after = raw.ends_with(',');
        let hesitant = is_hesitant(word, comma_before, comma_after);
        comma_before = comma_after;
        (!word.is_empty()).then_some((word, hesitant))
    })
}

/// Whether `word`, in any case, shows hesitation, given whether a comma
/// sets it off before or after.
///
/// Inlined: it is asked of every word of the transcript, and most words
/// are ruled out by their length and first letter, without a call.
#[inline]
fn is_hesitant(word: &str, comma_before: bool, comma_after: bool) -> bool {
    // Every hesitation is 2 to 9 letters starting with one of a few: most
    // words are ruled out before comparing.
    let candidate = (2..=9).contains(&word.len())
        && matches!(
            word.as_bytes()[0].to_ascii_lowercase(),
            b'u' | b'e' | b'h' | b'l' | b'b' | b'a'
        );
    candidate && is_listed_hesitation(word, comma_before || comma_after)
}

/// `is_hesitant` for a word that may be one: a noise, or a hesitation set
/// off by a comma.
fn is_listed_hesitation(word: &str, set_off: bool) -> bool {
    let is = |list: &[&str]| list.iter().any(|entry| entry.eq_ignore_ascii_case(word));
    is(NOISES) || set_off && is(HESITATIONS)
}

/// Whether a word carries content (not a function word or filler).
pub fn is_content_word(word: &str) -> bool {
    word.len() > 2 && !NOT_CONTENT.contains(word)
}

/// Whether a word is one of the common function words.
pub fn is_function_word(word: &str) -> bool {
    FUNCTION_WORDS.contains(word)
}

/// Openings by which a speaker carries on from their own question
/// ("Because…", "Like, …", "Or…", "I mean…").
pub fn continues_own_question(next: &Words) -> bool {
    next.starts_with(List::SelfContinuations)
}

/// The words of a sentence outside its quotations, when it quotes
/// someone at some length (`Like, "hey, do you have a payment with
/// reference X?"`, `It says "given a string, return the index…"`). A
/// quoted name ("we used \"Sloth\"") is part of the sentence.
fn outside_quotes(text: &str) -> Option<String> {
    const QUOTED_WORDS: usize = 3;
    const QUOTES: [char; 3] = ['"', '\u{201C}', '\u{201D}'];
    // Most sentences have no quotation mark, and searching for any of
    // them decodes every character: first a byte search for '"' and for
    // the first byte of the curly ones' UTF-8 (shared by other
    // typographic marks, so only a hint).
    let bytes = text.as_bytes();
    let might_quote = bytes.contains(&b'"') || bytes.contains(&0xE2);
    if !might_quote || !text.contains(QUOTES) {
        return None;
    }
    let mut outside = String::with_capacity(text.len());
    let mut quoted = String::new();
    let mut inside = false;
    let mut reports = false;
    for c in text.chars() {
        if QUOTES.contains(&c) {
            if inside {
                reports |= quoted.split_whitespace().count() >= QUOTED_WORDS;
                quoted.clear();
            }
            inside = !inside;
        } else if inside {
            quoted.push(c);
        } else {
            outside.push(c);
        }
    }
    reports.then_some(outside)
}

/// "What about…", "how about…": a question that raises something new.
pub fn raises_a_point(words: &Words) -> bool {
    let mut core = words.core();
    matches!(core.next(), Some("what" | "how")) && core.next() == Some("about")
}

/// Words that open a reply to a question put just before: a hesitation,
/// a yes or a no ("Um, on a normal day…", "Yeah, there's a role for…").
pub fn opens_a_reply(words: &Words) -> bool {
    words
        .iter()
        .next()
        .is_some_and(|w| REPLY_OPENERS.contains(&w))
}

/// Connectors that continue a previous thought ("And…", "So…", "After that…").
pub fn continues(words: &Words) -> bool {
    words.starts_with(List::Continuations)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn asking_leave_for_checks_is_told_from_promising_questions() {
        let announces = |text: &str| announces_checks(&Words::of(text));
        assert!(announces("Um, can I ask a few clarifying questions first?"));
        assert!(announces("Can I ask a couple of things first?"));
        assert!(announces("I have a couple of clarifying questions."));
        assert!(announces("Okay, um, a few questions first."));
        assert!(!announces(
            "So the plan is, I'll ask a couple of questions to start."
        ));
        assert!(!announces("I have a few questions for you."));
        assert!(!announces("Feel free to ask some clarifying questions."));
        assert!(!announces("We'll do a few questions."));
    }

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
            "So to start, tell me a bit about your current role.",
            "So first, tell us a little about what you're working on now.",
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
        assert_eq!(ask("Okay. Can the input be empty?"), Some(Ask::Clarifying));
        assert_eq!(
            ask("And the log level, is it always uppercase?"),
            Some(Ask::Clarifying)
        );
        assert_eq!(ask("I used Django for that."), None);
        assert_eq!(ask("What I did was add an index."), None);
        assert_eq!(ask("When the request comes in, we queue it."), None);
        assert_eq!(ask("And what did you learn from that"), Some(Ask::Explicit));
        assert_eq!(ask("okay what kind of test"), Some(Ask::Explicit));
        assert_eq!(ask("Where did you store the keys"), Some(Ask::Explicit));
        assert_eq!(ask("What's going on?"), Some(Ask::Explicit));
        assert_eq!(
            ask("Last one from my side, why this company"),
            Some(Ask::Explicit)
        );
        assert_eq!(ask("Can you see my screen?"), Some(Ask::Logistics));
        assert_eq!(ask("Hi Rafael, can you see me?"), Some(Ask::Logistics));
        assert_eq!(ask("Okay, is that better?"), Some(Ask::Logistics));
        assert_eq!(
            ask("You don't have spelling suggestions?"),
            Some(Ask::Logistics)
        );
    }

    #[test]
    fn short_questions_that_look_like_tags() {
        assert_eq!(ask("Right?"), Some(Ask::Tag));
        assert_eq!(
            ask("Fifteen minutes, was that right?"),
            Some(Ask::Clarifying)
        );
        assert_eq!(ask("Was that right?"), Some(Ask::Clarifying));
        assert_eq!(ask("And then?"), Some(Ask::Marked));
        assert_eq!(ask("And?"), Some(Ask::Marked));
        assert_eq!(ask("And then what?"), Some(Ask::Explicit));
        assert_eq!(ask("Then what?"), Some(Ask::Explicit));
    }

    #[test]
    fn an_interviewers_wh_question_may_lose_its_question_mark() {
        let asks = |text: &str| asks_unmarked(&Words::of(text));
        for text in [
            "What happened.",
            "Why Drift",
            "How so.",
            "Which part of that do you find hardest.",
            "Okay. What does the cache key look like.",
            "Anything else.",
            "How'd you figure it out.",
        ] {
            assert!(asks(text), "{text}");
        }
        for text in [
            "Which is fine.",
            "Which you can do with a lock.",
            "What I did was rewrite it.",
            "How we run it here is different.",
            "Good.",
            "Anything else would be a bonus.",
            "Who'd have thought it.",
        ] {
            assert!(!asks(text), "{text}");
        }
    }

    #[test]
    fn a_later_clause_may_ask_the_listener_without_a_question_mark() {
        assert_eq!(
            ask("The promo thing is interesting, how did you figure out it was pull-forward"),
            Some(Ask::Explicit)
        );
        assert_eq!(
            ask("I started at an agency, which was, you know, a good place to learn."),
            None
        );
        assert_eq!(
            ask("I'd ask the same few questions, like, what would you change."),
            None
        );
    }

    #[test]
    fn questions_with_their_question_mark_dropped() {
        assert_eq!(
            ask("Has anyone on your team burned out anyway"),
            Some(Ask::Explicit)
        );
        assert_eq!(ask("Do you have a favourite"), Some(Ask::Explicit));
        assert_eq!(ask("Anything go wrong in that?"), Some(Ask::Explicit));
        assert_eq!(
            ask("Have you actually seen a refund go out twice"),
            Some(Ask::Explicit)
        );
    }

    #[test]
    fn the_speakers_own_question_framed_as_such_is_rhetorical() {
        assert_eq!(
            ask("Because the real question is, why did one expiring cert cause an hour of impact?"),
            Some(Ask::Rhetorical)
        );
    }

    #[test]
    fn a_clause_about_what_was_done_is_no_question() {
        assert_eq!(
            ask("So what ended up working was flipping it around, forecasting the total first."),
            None
        );
        assert_eq!(
            ask("What happens is the system recreates the activity and the back stack."),
            None
        );
        assert_eq!(ask("What happened to the data"), Some(Ask::Explicit));
        assert_eq!(ask("What kind of database is it"), Some(Ask::Explicit));
        assert_eq!(ask("What made you move to Go"), Some(Ask::Explicit));
    }

    #[test]
    fn a_long_question_that_names_the_screen_asks_about_something_else() {
        assert_eq!(
            ask("And if you had to, uh, cancel work when the user leaves the screen, how would you do it in SwiftUI?"),
            Some(Ask::Explicit)
        );
        assert_eq!(
            ask("I've sent you a link to the shared editor in the chat, can you open that?"),
            Some(Ask::Logistics)
        );
    }

    #[test]
    fn a_panel_prompt_may_name_the_candidate_first() {
        assert_eq!(
            ask("Yeah. So, Daniel, tell us about a time you disagreed with a team."),
            Some(Ask::Prompt)
        );
        assert_eq!(ask("Can you walk us through it?"), Some(Ask::Prompt));
        assert_eq!(
            ask("So Noah, to start, give us the short version of your career so far."),
            Some(Ask::Prompt)
        );
        assert_eq!(
            ask("So, Noah, I'm curious how you work with product."),
            Some(Ask::Prompt)
        );
    }

    #[test]
    fn a_long_statement_mentioning_the_next_one_is_no_question() {
        assert_eq!(
            ask("I've been managing tech leads, and I'd like to build a team from scratch at some point, whether it's this role or the next one, when the time is right."),
            None
        );
        assert_eq!(
            ask("Okay, next one, what is a decorator"),
            Some(Ask::Explicit)
        );
    }

    #[test]
    fn a_guess_that_rises_at_the_end_asks_nothing() {
        assert_eq!(
            ask("I think it's like a class but it protects its own state?"),
            Some(Ask::Guess)
        );
        assert!(!Ask::Guess.is_real());
        assert_ne!(ask("I think you used Redis there?"), Some(Ask::Guess));
    }

    #[test]
    fn a_question_often_answered_by_its_own_speaker_is_told_apart() {
        assert_eq!(ask("So what did we do?"), Some(Ask::Rhetorical));
        assert!(!Ask::Rhetorical.is_real());
    }

    #[test]
    fn praise_for_the_question_opens_the_reply() {
        for praise in [
            "Good question.",
            "Ha, good question.",
            "Oh, that's a really good question, let's say strictly less than.",
            "Yeah, fair question.",
        ] {
            assert!(praises_the_question(&Words::of(praise)), "{praise}");
        }
        for other in [
            "Good, next question.",
            "That's the question I was going to ask.",
            "The good question to ask the team is what they measure.",
        ] {
            assert!(!praises_the_question(&Words::of(other)), "{other}");
        }
    }

    #[test]
    fn a_condition_is_answered_with_its_consequence() {
        let answered = |condition: &str, reply: &str| {
            answers_a_condition(&Words::of(condition), &Words::of(reply))
        };
        assert!(answered(
            "And if it's just price?",
            "Then I'd trade, not give."
        ));
        assert!(answered(
            "What if Redis is down?",
            "Then we run on the fallback."
        ));
        assert!(!answered("And what about price?", "Then I'd trade."));
        assert!(!answered("And if it's just price?", "I'd trade, not give."));
    }

    #[test]
    fn a_bare_um_acknowledges_nothing() {
        assert!(!is_acknowledgement(&Words::of("Um.")));
        assert!(!is_acknowledgement(&Words::of("Uh, um.")));
        assert!(is_acknowledgement(&Words::of("Hmm.")));
        assert!(is_acknowledgement(&Words::of("Um, okay.")));
    }

    #[test]
    fn a_bare_your_turn_hands_over_for_the_candidates_questions() {
        let invites = |text: &str| invites_candidate_questions(&Words::of(text));
        assert!(invites("Okay. Right, your turn."));
        assert!(invites("Your turn."));
        assert!(!invites("One more from me, then it's your turn."));
    }

    #[test]
    fn a_plan_that_ends_with_the_candidates_questions_hands_nothing_over() {
        let invites = |text: &str| invites_candidate_questions(&Words::of(text));
        assert!(!invites(
            "I want to do some technical stuff first, then some behavioural questions, and then leave you ten minutes for whatever you want to ask me."
        ));
        assert!(invites(
            "I want to leave time for your questions, what do you want to know?"
        ));
        assert!(invites("Okay then, do you have any questions for me?"));
    }

    #[test]
    fn hang_on_is_about_the_call() {
        assert_eq!(ask("Hang on."), Some(Ask::Logistics));
    }

    #[test]
    fn praise_of_the_answer_is_a_verdict() {
        for verdict in [
            "I love that.",
            "That's a really honest answer, and it's the right instinct.",
            "That's a really solid bug report, honestly.",
        ] {
            assert!(opens_with_verdict(&Words::of(verdict)), "{verdict}");
        }
        assert!(!opens_with_verdict(&Words::of("I loved that team.")));
    }

    #[test]
    fn what_happened_is_the_interviewers_follow_up() {
        // Candidates tell what happened; interviewers ask it ("Mm-hmm. What
        // happened?", "And then what happened?").
        assert_eq!(ask("So what happened?"), Some(Ask::Explicit));
        assert_eq!(
            ask("Ninety-four last year, what happened there?"),
            Some(Ask::Explicit)
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
    fn words_end_with_whole_words_only() {
        let words = Words::of("It's fine, am I right?");
        assert!(words.ends_with("right") && words.ends_with("am i right"));
        assert!(!words.ends_with("i righ") && !words.ends_with("ight"));
        assert!(!Words::of("Alright?").ends_with("right"));
        assert!(!Words::of("").ends_with("right"));
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
        assert!(invites_candidate_questions(&Words::of(
            "Okay, so that's all my questions. What would you like to ask me?"
        )));
    }

    #[test]
    fn words_read_from_tokens_are_the_words_of_the_text() {
        for text in [
            "So, um, what is a tuple?",
            "I mean, like, it's basically (like,) a map, you know",
            "We used C++ and \"Redis\", uh, for $100 of o(n) work.",
            "Okay okay. Hmm, basically, well-known wh- things... Right?",
        ] {
            let read = Words::of_tokens(text, &crate::text::tokens::tokens(text, 0));
            let split = Words::of(text);
            assert_eq!(read.padded, split.padded, "{text}");
            assert_eq!(
                (read.shape.lead_ins, read.shape.hesitations),
                (split.shape.lead_ins, split.shape.hesitations),
                "{text}"
            );
        }
        let text = "I mean, like, it's basically (like,) a map, you know";
        let read = Words::of_tokens(text, &crate::text::tokens::tokens(text, 0));
        assert_eq!(read.hesitations(), 1);
    }

    #[test]
    fn a_question_quoted_from_someone_else_asks_nothing() {
        assert_eq!(
            ask("Like, \"hey, do you have a payment with reference X?\""),
            None
        );
        assert_eq!(
            ask("\u{201C}Given a string, return the index of the first unique character.\u{201D}"),
            None
        );
        assert_eq!(
            ask("So when they ask \"can you make the logo bigger,\" what do you say?"),
            Some(Ask::Explicit)
        );
        assert_eq!(ask("Have you used \"React Query\"?"), Some(Ask::Explicit));
    }

    #[test]
    fn a_sentence_going_on_with_which_asks_nothing() {
        assert_eq!(
            ask("Which was really confusing for the first, like, twenty minutes."),
            None
        );
        assert_eq!(ask("Which is, you know, what you want."), None);
        assert_eq!(
            ask("Which is faster, a list or a tuple?"),
            Some(Ask::Explicit)
        );
        assert_eq!(
            ask("which is faster a list or a tuple"),
            Some(Ask::Explicit)
        );
    }

    #[test]
    fn an_agenda_promising_questions_later_does_not_invite_them_yet() {
        assert!(!invites_candidate_questions(&Words::of(
            "I'll ask about your experience, and then you can ask me anything."
        )));
    }
}
