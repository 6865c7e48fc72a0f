//! How much a sentence sounds like the interviewer rather than the
//! candidate, as a log-odds-like score: positive for the interviewer,
//! negative for the candidate, near zero when the words don't tell.
//!
//! Interviewers ask, prompt, hand over and judge ("Great. So how would you
//! scale it?"); candidates talk at length in the first person, hesitate, and
//! ask leave ("Can I assume the input is sorted?").

use crate::cues::{self, Ask, Facts};

/// How much more likely the first sentence is the interviewer's.
const OPENS_THE_CALL: f64 = 1.0;

/// How much an interviewer's remarks after their verdict on an answer
/// point to them, against the length that points to the candidate.
const COMMENTARY: f64 = 2.0;

/// How much a supposition right before a question points to its asker.
const SUPPOSITION_BEFORE_QUESTION: f64 = 1.5;

/// How much a supposition right after a check of the task points to the
/// one who set the task: more than a change of speaker costs, since the
/// floor goes straight back to the candidate after such a short reply.
const SUPPOSITION_AFTER_CHECK: f64 = 3.0;

/// A question of at most this many words is short: a follow-up or a
/// probe ("And scale?"), not a task.
const SHORT_QUESTION_WORDS: usize = 8;
/// How much a short question answered at once points to its asker.
const REPLIED_TO: f64 = 1.5;
/// How much a back-channel before a short question points to its asker.
const AFTER_BACK_CHANNEL: f64 = 1.5;
/// How much a short question that carries on from an answer ("And the
/// rollback worked?") points to the one probing it.
const PROBES_THE_ANSWER: f64 = 1.5;
/// A statement of at least this many words can be an answer worth
/// probing ("Lost tokens, fine. And the bound?"); a shorter one is a reply
/// to a check ("Yes, sorted." "And can it be empty?").
const PROBED_STATEMENT_WORDS: usize = 3;
/// A statement of at least this many words is an answer that the other
/// speaker may take the floor after.
const ANSWER_WORDS: usize = 6;
/// A probe is a little longer than other short questions ("And if you
/// joined and wanted to change ours?").
const PROBE_WORDS: usize = 10;

/// How far length alone may point to the candidate in a statement put to
/// the listener ("So imagine you have a log file…, and you need…"):
/// interviewers set up questions at length that way, and candidates tell
/// their own story in the first person.
const ADDRESSED_LENGTH_CAP: f64 = 1.5;

/// How much telling the candidate the next steps ("The recruiter will be
/// in touch") points to the interviewer, however long and first-person
/// ("So next steps, I'll write up my notes and…").
const NEXT_STEPS: f64 = 3.0;

/// The evidence for each sentence, and whether it falls where the
/// candidate asks: their turn to ask (after "do you have any questions for
/// me?") or their checks of a task ("Can I ask a few questions first?").
pub struct Evidence {
    pub scores: Vec<f64>,
    pub reversed: Vec<bool>,
}

/// One score per sentence; see the module doc.
pub fn interviewer_evidence(facts: &[Facts]) -> Evidence {
    let mut scores: Vec<f64> = facts.iter().map(own_evidence).collect();
    // Interviews are opened by the interviewer.
    if let Some(first) = scores.first_mut() {
        *first += OPENS_THE_CALL;
    }
    introductions(facts, &mut scores);
    set_ups(facts, &mut scores);
    reactions(facts, &mut scores);
    lead_ins(facts, &mut scores);
    for i in 0..facts.len().saturating_sub(1) {
        // An acknowledgement just before a question is most often the
        // interviewer's lead-in to it ("Okay, great. What is…?").
        if facts[i].ack && scores[i + 1] >= 2.0 {
            scores[i] += 0.6;
        }
        // A supposition just before a question frames it ("Imagine you
        // have a log file… How would you…?").
        if scores[i + 1] >= 2.0 && facts[i].ask.is_none() && cues::supposes(&facts[i].words) {
            scores[i] += SUPPOSITION_BEFORE_QUESTION;
        }
        // A back-channel and then a short question said as one is the
        // listener taking the floor ("Okay, good. Weak versus unowned?").
        if facts[i].ack
            && facts[i + 1].ask == Some(Ask::Marked)
            && facts[i + 1].words.len() <= SHORT_QUESTION_WORDS
        {
            scores[i + 1] += AFTER_BACK_CHANNEL;
        }
        // A short question met at once by a hesitation or a yes or no
        // ("And scale? Um, on a normal day…") hands the floor over. A
        // statement said as a question ("You need to share your own?") is
        // as often a check between two sentences of one speaker.
        let follows_on = facts[i].words.iter().next() == Some("and");
        let shaped =
            facts[i].ask == Some(Ask::Explicit) || facts[i].ask == Some(Ask::Marked) && follows_on;
        if shaped
            && facts[i].words.len() <= SHORT_QUESTION_WORDS
            && cues::opens_a_reply(&facts[i + 1].words)
        {
            scores[i] += REPLIED_TO;
        }
        // A short "and" question straight after a statement, with nothing
        // of the speaker's own in it, probes that statement: "…for a
        // date. And the org part?", "And rolling it out?". Candidates go
        // on from their own answers with statements, or with "I".
        if i > 0 && probes_the_answer(&facts[i - 1], &facts[i]) {
            scores[i] += PROBES_THE_ANSWER;
        }
        // One that answers a check of the task settles it ("Can it be
        // empty?" "Let's say it's never empty.").
        if facts[i].ask == Some(Ask::Clarifying)
            && cues::opens_with_supposition(&facts[i + 1].words)
        {
            scores[i + 1] += SUPPOSITION_AFTER_CHECK;
        }
        // A question its own speaker goes straight on from ("…get or post
        // method? Like, if it's a post…") is thinking aloud, not asking.
        // But "Why? Because…" is a question and its answer, and "Can you say
        // more? Like how does…" is one asker elaborating.
        // Nor is "What about secrets? Like in a repo, or in logs.": one
        // who asks "what about" is raising something new.
        let elaborated = cues::persons(&facts[i].words).1 && facts[i + 1].asks();
        // Read only when the rest holds: it takes a pass over the words.
        let answered_why = || facts[i].words.iter().any(|w| w == "why");
        // And a question of a word or two ("Safer how? Like…") asks the
        // other to say more: it is not a thought its speaker goes on from.
        if facts[i].marked
            && cues::continues_own_question(&facts[i + 1].words)
            && !elaborated
            && !cues::raises_a_point(&facts[i].words)
            && !answered_why()
            && facts[i].words.len() > 2
        {
            scores[i] -= 1.5;
        }
    }
    let reversed: Vec<bool> = candidates_turn(facts)
        .into_iter()
        .zip(checks_of_the_task(facts))
        .map(|(their_turn, checking)| their_turn || checking)
        .collect();
    for ((score, &reversed), fact) in scores.iter_mut().zip(&reversed).zip(facts) {
        // The candidate asking and the interviewer answering swap what
        // the words' shape says, but not who hesitates.
        if reversed {
            *score = -*score - 2.0 * hesitancy(fact);
        }
        // Said after the candidate's questions, but not in their turn;
        // what the words say outweighs how they say it.
        if tells_next_steps(fact) {
            *score = score.max(0.0) + NEXT_STEPS;
        }
    }
    Evidence { scores, reversed }
}

/// Whether `question` is a short "and" question with no first person that
/// follows a `statement` long enough to be an answer.
fn probes_the_answer(statement: &Facts, question: &Facts) -> bool {
    matches!(question.ask, Some(Ask::Explicit | Ask::Marked))
        && question.words.len() <= PROBE_WORDS
        && question.words.iter().next() == Some("and")
        && !statement.marked
        && !statement.asks()
        && !statement.ack
        && statement.words.len() >= PROBED_STATEMENT_WORDS
        && !cues::persons(&question.words).0
}

/// Before the first question of an interview, talk about the agenda or the
/// team ("This is a coding interview, about forty five minutes. I'm on the
/// platform team…") is the interviewer's, and so is the sentence after it
/// ("We make water quality sensors…") unless it hands over the floor with
/// a question or acknowledges. Reaching further takes in the candidate's
/// own introduction too often (measured on the fixtures). After the
/// first question, the same words are more likely the candidate
/// introducing themselves.
fn introductions(facts: &[Facts], scores: &mut [f64]) {
    const REACH: usize = 2;
    let mut opening = true;
    let mut left = 0;
    for (fact, score) in facts.iter().zip(scores.iter_mut()) {
        if fact.closing {
            opening = true;
        } else if fact.asks_in_earnest() || asks_for_the_candidates_story(fact) {
            opening = false;
        }
        if !opening || fact.marked || fact.ack {
            left = 0;
        } else if cues::sets_the_agenda(&fact.words) {
            left = REACH;
        }
        if left > 0 {
            // However long and first-person, this is the interviewer's.
            *score = score.max(0.0) + 1.5;
            left -= 1;
        }
    }
}

/// "Tell me a bit about yourself", "Quick background?", "So quick intro
/// from you first.", "Start with a quick overview of what you're working
/// on.", "Quick background first.": what follows is the candidate
/// introducing themselves, not the interviewer. A bare request need not
/// be said as a question.
fn asks_for_the_candidates_story(fact: &Facts) -> bool {
    const BARE_REQUEST_WORDS: usize = 4;
    let names = |wanted: &[&str]| fact.words.iter().any(|w| wanted.contains(&w));
    fact.asks() && names(&["yourself", "background"])
        || cues::persons(&fact.words) == (false, true)
            && names(&["intro", "introduction", "overview"])
        || fact.words.len() <= BARE_REQUEST_WORDS && names(&["background", "intro"])
}

/// After "Here's the problem." the interviewer goes on describing it until
/// the task itself ("We have logs of sessions… Each is a pair… Write a
/// function that…").
fn set_ups(facts: &[Facts], scores: &mut [f64]) {
    const REACH: usize = 6;
    let mut left = 0;
    for (fact, score) in facts.iter().zip(scores.iter_mut()) {
        if fact.asks() {
            left = 0;
        } else if left > 0 && !fact.ack {
            *score += 1.0;
            left -= 1;
        }
        if cues::sets_up_a_problem(&fact.words) {
            left = REACH;
        }
    }
}

/// A verdict on an answer ("Yeah, that's basically it.") is the
/// interviewer's, and so is what they go on to add, however long, until
/// they ask the next question ("I'll just add… Our team does… So how
/// would you…?"). In the candidate's turn to ask the verdict is theirs,
/// and it ends with their "That's all my questions".
fn reactions(facts: &[Facts], scores: &mut [f64]) {
    const REACH: usize = 8;
    let mut left = 0;
    let mut after_statement = false;
    for (fact, score) in facts.iter().zip(scores.iter_mut()) {
        if fact.asks() || cues::ends_own_questions(&fact.words) {
            left = 0;
        } else if after_statement && cues::opens_with_verdict(&fact.words) {
            left = REACH;
        }
        if left > 0 {
            *score += COMMENTARY;
            left -= 1;
        }
        // "…it protects its own state?" is still an answer, however it
        // ends; a question with the shape of one is not.
        after_statement = !matches!(
            fact.ask,
            Some(Ask::Explicit | Ask::Prompt | Ask::Topic | Ask::Clarifying)
        ) && !fact.invites_questions;
    }
}

/// An acknowledgement, a reaction or a verdict straight after a statement
/// long enough to be an answer ("…but worth it. Good.", "…which is the
/// same idea. Yeah, that's the classic one.", "…how fast someone picks it
/// up. That's a really solid bug report.") most often starts the other
/// speaker's turn: in the labelled fixtures and held-out transcripts, 650
/// of 772 sentences that open with a reaction word after a statement of
/// six words or more do. Back-channels ("Mm-hmm.") are said over the
/// speaker and land inside their turn in speech-to-text.
pub(super) fn starts_a_turn(before: &Facts, sentence: &Facts) -> bool {
    (sentence.ack
        || cues::opens_with_reaction(&sentence.words)
        || cues::opens_with_verdict(&sentence.words))
        && !cues::opens_with_back_channel(&sentence.words)
        && !before.asks()
        && !before.marked
        && before.words.len() >= ANSWER_WORDS
}

/// When a turn starts that way and soon comes to a question, what lies
/// between is the interviewer's lead-in to it, however long and
/// first-person ("Good. That one's subtle. Okay, incident. We run blameless
/// postmortems here, and I'm less interested in… Tell me about…").
fn lead_ins(facts: &[Facts], scores: &mut [f64]) {
    const REACH: usize = 5;
    for start in 1..facts.len() {
        if !starts_a_turn(&facts[start - 1], &facts[start]) {
            continue;
        }
        let end = (start + 1 + REACH).min(facts.len());
        let question = (start + 1..end).find(|&i| facts[i].asks());
        if let Some(question) = question.filter(|&i| facts[i].asks_in_earnest()) {
            for score in &mut scores[start + 1..question] {
                *score += COMMENTARY;
            }
        }
    }
}

/// A statement of what happens after the call is the interviewer's,
/// whatever section of the call it falls in.
fn tells_next_steps(fact: &Facts) -> bool {
    !fact.asks() && !fact.marked && cues::tells_next_steps(&fact.words)
}

/// After "do you have any questions for me?" the candidate asks and the
/// interviewer explains at length, until the candidate is done, the
/// interviewer turns to the next steps, or the goodbyes: there the same
/// words point the other way. Before the first real question the same
/// words are the plan ("If you have any questions along the way, just
/// ask."), and nothing is reversed.
fn candidates_turn(facts: &[Facts]) -> Vec<bool> {
    let mut reversed = false;
    let mut begun = false;
    facts
        .iter()
        .map(|fact| {
            if fact.closing {
                begun = false;
            }
            if fact.closing || cues::ends_own_questions(&fact.words) || tells_next_steps(fact) {
                reversed = false;
            }
            let now = reversed;
            if fact.invites_questions && begun {
                reversed = true;
            }
            begun |= fact.asks_in_earnest();
            now
        })
        .collect()
}

/// After "Can I ask a couple of questions first?" the candidate checks the
/// task and the interviewer answers briefly ("Is order date in UTC?"
/// "UTC."): there, as in their turn to ask, the asker is the candidate.
/// The checks end with the first statement too long for a quick answer,
/// most often the candidate setting to work.
fn checks_of_the_task(facts: &[Facts]) -> Vec<bool> {
    /// The most sentences the checks and their answers run to.
    const REACH: usize = 12;
    /// A statement this long is work on the task, not a quick answer.
    const AT_WORK_WORDS: usize = 12;
    let mut left = 0usize;
    facts
        .iter()
        .map(|fact| {
            let at_work = !fact.asks() && fact.words.len() >= AT_WORK_WORDS;
            if at_work || fact.closing || fact.invites_questions {
                left = 0;
            }
            let now = left > 0;
            left = left.saturating_sub(1);
            if cues::announces_checks(&fact.words) {
                left = REACH;
            }
            now
        })
        .collect()
}

/// How much a sentence's hesitations point to the candidate, whichever
/// side of the conversation they are on: scripted questions are fluent,
/// and a question that hesitates is more often the candidate thinking
/// aloud.
fn hesitancy(facts: &Facts) -> f64 {
    let words = &facts.words;
    let asks = facts.ask.is_some_and(Ask::is_real);
    let cost = if asks && words.len() <= 20 { 1.0 } else { 0.5 };
    cost * words.hesitations().min(3) as f64
}

/// The score of one sentence from its own words.
pub fn own_evidence(facts: &Facts) -> f64 {
    let words = &facts.words;
    if words.is_empty() {
        return 0.0;
    }
    let ask = facts.ask;
    let mut score = match ask {
        Some(Ask::Explicit) => 3.0,
        Some(Ask::Prompt) => 2.6,
        Some(Ask::Topic) => 2.4,
        Some(Ask::Marked) => 1.2,
        Some(Ask::Tag | Ask::Rhetorical | Ask::Guess) => -0.4,
        Some(Ask::Clarifying) => -1.6,
        Some(Ask::Logistics) => 0.0,
        None => 0.0,
    };
    if facts.invites_questions {
        score += 3.0;
    }
    if cues::moves_on(words) {
        score += 1.5;
    }
    if cues::is_evaluative_acknowledgement(words) {
        score += 0.5;
    }
    if cues::is_opening(words) {
        score += 1.5;
    }
    if cues::sets_up_a_problem(words) {
        score += 1.2;
    }
    let asks = ask.is_some_and(Ask::is_real);
    let (first, second) = cues::persons(words);
    // "Tell me…", "walk me through…": a prompt's "me" is the asker's.
    let first = first && ask != Some(Ask::Prompt);
    score += match (first, second) {
        // "I'd like you to…", "If I were to add, what would…": an asker
        // may speak of themselves.
        (true, false) if asks => -0.3,
        (true, false) => -0.7,
        (false, true) => 0.6,
        (true, true) => -0.2,
        (false, false) => 0.0,
    };
    if cues::speaks_for_a_team(words) && !asks {
        score -= 0.5;
    }
    score -= hesitancy(facts);
    // Interviewers are brief unless asking; statements that run on are
    // answers.
    score -= if asks {
        (0.03 * words.len().saturating_sub(20) as f64).min(1.5)
    } else if facts.ack {
        0.0
    } else if second && !first {
        (0.1 * words.len().saturating_sub(3) as f64).min(ADDRESSED_LENGTH_CAP)
    } else {
        (0.1 * words.len().saturating_sub(3) as f64).min(3.0)
    };
    score
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::span::Span;
    use crate::text::Sentence;

    fn own(text: &str) -> f64 {
        own_evidence(&facts(text))
    }

    #[test]
    fn questions_and_prompts_point_to_the_interviewer() {
        assert!(own("How would you scale the service?") > 2.0);
        assert!(own("Tell me about a time you failed.") > 2.0);
        assert!(own("Do you have any questions for me?") > 4.0);
    }

    #[test]
    fn long_first_person_talk_points_to_the_candidate() {
        assert!(
            own("So basically I built the billing service in Django and I moved the reports to Celery workers so that they run at night."
            ) < -2.0
        );
        assert!(own("Can I assume the input is sorted?") < -1.0);
    }

    #[test]
    fn a_long_statement_put_to_the_listener_is_not_taken_for_an_answer() {
        let set_up = own("So imagine you have a log file from one of your services, and each line has a timestamp, a level and a message that you need to read.");
        let story = own("So I had a log file from one of my services, and each line had a timestamp, a level and a message that I needed to read.");
        assert!(set_up > -1.0, "{set_up}");
        assert!(set_up > story + 1.0, "{set_up} vs {story}");
    }

    fn facts(text: &str) -> Facts<'static> {
        Facts::of(&Sentence {
            span: Span::new(0, text.len()),
            text: text.into(),
            words: text.split_whitespace().count(),
            speaker: None,
            time: None,
            starts_paragraph: false,
        })
    }

    #[test]
    fn a_reaction_after_an_answer_starts_a_turn_but_a_back_channel_does_not() {
        let answer = facts("Then we rolled it out with a canary on the web tier.");
        assert!(starts_a_turn(&answer, &facts("Good.")));
        assert!(starts_a_turn(&answer, &facts("Okay, got it.")));
        assert!(!starts_a_turn(&answer, &facts("Mhmm.")));
        assert!(!starts_a_turn(&answer, &facts("Mm-hmm, okay.")));
        assert!(starts_a_turn(
            &answer,
            &facts("Yeah, that's the classic one.")
        ));
        assert!(!starts_a_turn(&answer, &facts("So the canary was small.")));
        assert!(!starts_a_turn(&answer, &facts("It was small.")));
        let question = facts("How did you roll it out to the web tier?");
        assert!(!starts_a_turn(&question, &facts("Okay.")));
        assert!(!starts_a_turn(&facts("Yes, all of it."), &facts("Okay.")));
    }

    fn evidence_of(sentences: &[&str]) -> Vec<f64> {
        let facts: Vec<Facts> = sentences.iter().map(|text| facts(text)).collect();
        interviewer_evidence(&facts).scores
    }

    #[test]
    fn next_steps_point_to_the_interviewer_however_long_and_first_person() {
        let scores = evidence_of(&[
            "Tell me about a project you're proud of.",
            "I built the offline mode for our app, and it cut support tickets by half.",
            "So next steps, I'll write up my notes today and I'll send them to the recruiter, and if it's a yes, the next round is a take-home I'd review with you.",
        ]);
        assert!(scores[2] >= NEXT_STEPS, "{scores:?}");
    }

    #[test]
    fn a_verdict_in_the_candidates_turn_to_ask_ends_with_it() {
        let scores = evidence_of(&[
            "Tell me about a project you're proud of.",
            "I built the offline mode for our app, and it cut support tickets by half.",
            "Do you have any questions for me?",
            "What does the on-call rotation look like?",
            "It's one week in six, and the pager is usually quiet at night.",
            "That's great.",
            "I think that's all my questions, thank you for your time today.",
        ]);
        assert!(scores[6] < 0.0, "{scores:?}");
    }

    #[test]
    fn bare_acknowledgements_say_little() {
        assert!(own("Okay.").abs() < 0.6);
    }

    #[test]
    fn hesitation_points_to_the_candidate_in_their_turn_to_ask_too() {
        let in_their_turn = |statement: &str| {
            evidence_of(&[
                "Tell me about a project you're proud of.",
                "I built the offline mode for our app, and it cut support tickets by half.",
                "Do you have any questions for me?",
                "What's the front-end stack?",
                statement,
            ])[4]
        };
        let fluent = in_their_turn("I've only done a little TypeScript, so I want to be upfront.");
        let hesitant = in_their_turn(
            "Um, I've only done, uh, a little TypeScript, so, um, I want to be upfront.",
        );
        assert!(hesitant < fluent, "{hesitant} against {fluent}");
    }
}
