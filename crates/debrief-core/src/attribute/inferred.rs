//! Roles without labels: a two-state model (interviewer, candidate) over the
//! sentence sequence. Each sentence's evidence pulls towards one role;
//! changing speaker costs something, except right after a question, where
//! the floor naturally passes to the candidate. The best path gives the
//! roles and the posterior probability of each sentence's role gives its
//! confidence.

use super::evidence::starts_a_turn;
use super::{Attribution, Evidence, Method};
use crate::cues::{self, Ask, Facts};
use crate::report::Role;
use crate::text::Sentence;

/// Cost of a change of speaker, in the evidence's units.
const SWITCH: f64 = 2.0;
/// A change of speaker at a paragraph break costs less: many plain
/// transcripts start a paragraph per turn.
const SWITCH_AT_PARAGRAPH: f64 = 1.2;
/// A change of speaker where an acknowledgement or a reaction follows an
/// answer ("…worth it. Good. That one's subtle.") costs little: that is
/// where turns most often start.
const SWITCH_AT_TURN_START: f64 = 0.5;
/// Cost of the interviewer going on talking after asking something.
const STAY_AFTER_QUESTION: f64 = 0.8;

const INTERVIEWER: usize = 0;
const CANDIDATE: usize = 1;

pub fn attribute(sentences: &[Sentence], facts: &[Facts], evidence: &Evidence) -> Attribution {
    let model = Model {
        sentences,
        evidence,
        transitions: Model::transitions(sentences, facts, evidence),
    };
    let path = model.best_path();
    let posterior = model.posterior();
    let roles = path
        .iter()
        .map(|&state| {
            if state == INTERVIEWER {
                Role::Interviewer
            } else {
                Role::Candidate
            }
        })
        .collect();
    let confidence = path
        .iter()
        .zip(&posterior)
        .map(|(&state, p)| p[state].clamp(0.5, 0.99))
        .collect();
    Attribution {
        method: Method::Text,
        roles,
        confidence,
        speakers: Vec::new(),
    }
}

struct Model<'a> {
    sentences: &'a [Sentence<'a>],
    evidence: &'a Evidence,
    /// Log-potentials of each change of state, by sentence, computed once
    /// for the three passes.
    transitions: Vec<[[f64; 2]; 2]>,
}

impl Model<'_> {
    fn emission(&self, i: usize, state: usize) -> f64 {
        let half = self.evidence.scores[i] / 2.0;
        if state == INTERVIEWER {
            half
        } else {
            -half
        }
    }

    /// Log-potential of moving from sentence `i - 1` in `from` to sentence
    /// `i` in `to`.
    fn transition(&self, i: usize, from: usize, to: usize) -> f64 {
        self.transitions[i][from][to]
    }

    fn transitions(
        sentences: &[Sentence],
        facts: &[Facts],
        evidence: &Evidence,
    ) -> Vec<[[f64; 2]; 2]> {
        (0..sentences.len())
            .map(|i| {
                if i == 0 {
                    return [[0.0; 2]; 2];
                }
                transitions_into(sentences, facts, evidence, i)
            })
            .collect()
    }
}

/// Log-potentials of moving from sentence `i - 1` to sentence `i`, by the
/// state left and the state entered.
fn transitions_into(
    sentences: &[Sentence],
    facts: &[Facts],
    evidence: &Evidence,
    i: usize,
) -> [[f64; 2]; 2] {
    let (before, sentence) = (&facts[i - 1], &facts[i]);
    // "Good question." is said by whoever did not ask it, and so is the
    // "Then…" that answers "And if…?".
    if cues::praises_the_question(&sentence.words)
        || before.marked && cues::answers_a_condition(&before.words, &sentence.words)
    {
        return [[-SWITCH, 0.0], [0.0, -SWITCH]];
    }
    // In the candidate's turn to ask, the roles of asker and answerer
    // swap.
    let (asker, answerer) = if evidence.reversed[i - 1] {
        (CANDIDATE, INTERVIEWER)
    } else {
        (INTERVIEWER, CANDIDATE)
    };
    let asked = before.asks();
    let stay = |state| {
        if state == asker && asked {
            -STAY_AFTER_QUESTION
        } else {
            0.0
        }
    };
    // The floor passes freely after a question: the interviewer's to
    // the candidate, and the candidate's check of the task back to the
    // interviewer ("Can I assume it's sorted?" "Yes, assume that.").
    // A goodbye ends a conversation: whoever speaks next, it costs
    // nothing (transcripts often hold several interviews). "That's all
    // my questions" hands the floor back as a question does.
    let hands_over = |from| {
        from == asker && asked
            || from == answerer && before.ask == Some(Ask::Clarifying)
            || before.closing
            || cues::ends_own_questions(&before.words)
    };
    let switch_cost = if starts_a_turn(before, sentence) {
        SWITCH_AT_TURN_START
    } else {
        match (sentences[i].starts_paragraph, before.ack) {
            (true, _) => SWITCH_AT_PARAGRAPH,
            (false, true) => SWITCH * 0.75,
            (false, false) => SWITCH,
        }
    };
    let switch = |from| if hands_over(from) { 0.0 } else { -switch_cost };
    [
        [stay(INTERVIEWER), switch(INTERVIEWER)],
        [switch(CANDIDATE), stay(CANDIDATE)],
    ]
}

impl Model<'_> {
    fn best_path(&self) -> Vec<usize> {
        let n = self.sentences.len();
        if n == 0 {
            return Vec::new();
        }
        let mut score = [self.emission(0, 0), self.emission(0, 1)];
        let mut back = vec![[0usize; 2]; n];
        for (i, pointers) in back.iter_mut().enumerate().skip(1) {
            let mut next = [f64::NEG_INFINITY; 2];
            for (to, slot) in next.iter_mut().enumerate() {
                for (from, previous) in score.iter().enumerate() {
                    let candidate = previous + self.transition(i, from, to);
                    if candidate > *slot {
                        *slot = candidate;
                        pointers[to] = from;
                    }
                }
                *slot += self.emission(i, to);
            }
            score = next;
        }
        let mut state = if score[INTERVIEWER] > score[CANDIDATE] {
            INTERVIEWER
        } else {
            CANDIDATE
        };
        let mut path = vec![0; n];
        for i in (0..n).rev() {
            path[i] = state;
            state = back[i][state];
        }
        path
    }

    /// Forward-backward: the probability of each state at each sentence.
    fn posterior(&self) -> Vec<[f64; 2]> {
        let n = self.sentences.len();
        let mut forward = vec![[0.0f64; 2]; n];
        let mut backward = vec![[0.0f64; 2]; n];
        if n == 0 {
            return Vec::new();
        }
        forward[0] = [self.emission(0, 0), self.emission(0, 1)];
        for i in 1..n {
            for to in 0..2 {
                let a = forward[i - 1][0] + self.transition(i, 0, to);
                let b = forward[i - 1][1] + self.transition(i, 1, to);
                forward[i][to] = log_add(a, b) + self.emission(i, to);
            }
        }
        for i in (0..n - 1).rev() {
            for from in 0..2 {
                let a =
                    backward[i + 1][0] + self.transition(i + 1, from, 0) + self.emission(i + 1, 0);
                let b =
                    backward[i + 1][1] + self.transition(i + 1, from, 1) + self.emission(i + 1, 1);
                backward[i][from] = log_add(a, b);
            }
        }
        forward
            .iter()
            .zip(&backward)
            .map(|(f, b)| {
                let i = f[0] + b[0];
                let c = f[1] + b[1];
                let total = log_add(i, c);
                [(i - total).exp(), (c - total).exp()]
            })
            .collect()
    }
}

fn log_add(a: f64, b: f64) -> f64 {
    a.max(b) + (-(a - b).abs()).exp().ln_1p()
}

#[cfg(test)]
mod tests {
    use crate::ingest;
    use crate::report::Role;
    use crate::text::sentences;
    use crate::transcript::InputFormat;

    fn roles(source: &str) -> Vec<(String, Role)> {
        let transcript = ingest::read(source.as_bytes(), Some(InputFormat::Plain)).unwrap();
        let found = sentences(&transcript);
        let lower = transcript.source.to_ascii_lowercase();
        let tokens = crate::text::tokens::SentenceTokens::new(&found, &transcript.source, &lower);
        let words = crate::cues::SentenceWords::of_tokens(&found, &transcript.source, &tokens);
        let facts = crate::cues::Facts::all(&found, &words);
        let attribution = super::super::attribute(&transcript, &found, &facts, None).unwrap();
        found
            .into_iter()
            .map(|s| s.text.into_owned())
            .zip(attribution.roles)
            .collect()
    }

    /// The role of the first sentence that starts with `start`.
    fn role_of(found: &[(String, Role)], start: &str) -> Option<Role> {
        found
            .iter()
            .find(|(text, _)| text.starts_with(start))
            .map(|(_, role)| *role)
    }

    /// Asserts the role of the sentence that starts with each text.
    fn assert_roles(source: &str, expected: &[(&str, Role)]) {
        let found = roles(source);
        for &(start, role) in expected {
            assert_eq!(role_of(&found, start), Some(role), "{start}: {found:?}");
        }
    }

    fn interviewer_sentences(source: &str) -> Vec<String> {
        roles(source)
            .into_iter()
            .filter(|(_, role)| *role == Role::Interviewer)
            .map(|(text, _)| text)
            .collect()
    }

    #[test]
    fn questions_go_to_the_interviewer_and_answers_to_the_candidate() {
        let interviewer = interviewer_sentences(
            "Great. So what is the difference between a list and a tuple? A list is mutable, so I can append to it, and a tuple is immutable, which I use for fixed records. Okay, got it. And how would you copy a nested list? I would use deepcopy from the copy module because a shallow copy shares the inner lists.",
        );
        assert_eq!(
            interviewer,
            [
                "Great.",
                "So what is the difference between a list and a tuple?",
                "Okay, got it.",
                "And how would you copy a nested list?"
            ]
        );
    }

    #[test]
    fn what_an_interviewer_adds_after_their_verdict_stays_theirs() {
        let interviewer = interviewer_sentences(
            "What does an actor protect? Um, I've read about them, but I haven't shipped one myself. I think it protects its own state so only one task touches it at a time? Yeah, that's the core of it. So let me fill that in a little, because we use them a lot in our app. All of its mutable state is isolated, and from outside you have to await every call into it. The thing that trips people up is reentrancy, because other calls run while a method waits. How would you guard against that? I would check the state again after each await before I use it.",
        );
        assert_eq!(
            interviewer,
            [
                "What does an actor protect?",
                "Yeah, that's the core of it.",
                "So let me fill that in a little, because we use them a lot in our app.",
                "All of its mutable state is isolated, and from outside you have to await every call into it.",
                "The thing that trips people up is reentrancy, because other calls run while a method waits.",
                "How would you guard against that?"
            ]
        );
    }

    #[test]
    fn a_supposition_settling_a_check_of_the_task_is_the_interviewers() {
        let found = roles(
            "Write a function that returns the top three services by error count. Okay. Can I assume the input is never empty? Let's say it's never empty. Okay, then I would count the errors per service in a dictionary and sort the counts.",
        );
        assert_eq!(found[3].0, "Let's say it's never empty.");
        assert_eq!(found[3].1, Role::Interviewer);
        assert_eq!(found[4].1, Role::Candidate);
    }

    #[test]
    fn checks_asked_leave_for_are_the_candidates_and_their_answers_the_interviewers() {
        let found = roles(
            "Design a rate limiter for our public API. Okay. Um, can I ask a few questions first? Of course. So how strict does the limit need to be? It's mostly protection, so some slack is fine. Okay, that helps. And how many customers, roughly? Two hundred thousand keys, heavily skewed. Okay. So I would keep a token bucket per key in Redis and refill it from the gateway on every request, because that keeps the nodes stateless.",
        );
        for (sentence, role) in [
            ("So how strict does the limit need to be?", Role::Candidate),
            (
                "It's mostly protection, so some slack is fine.",
                Role::Interviewer,
            ),
            ("And how many customers, roughly?", Role::Candidate),
            (
                "Two hundred thousand keys, heavily skewed.",
                Role::Interviewer,
            ),
        ] {
            assert_eq!(
                role_of(&found, sentence),
                Some(role),
                "{sentence} in {found:?}"
            );
        }
    }

    #[test]
    fn a_short_question_met_by_a_hesitation_is_the_interviewers() {
        let interviewer = interviewer_sentences(
            "Tell me about the payment service. It owns the state machine, every transition is persisted in Postgres, and we publish events to Kafka so the ledger and fraud can react. And scale? Um, on a normal day it's two to three million payment attempts, with peaks around five times that on sales days.",
        );
        assert_eq!(
            interviewer,
            ["Tell me about the payment service.", "And scale?"]
        );
    }

    #[test]
    fn a_short_question_after_a_back_channel_is_the_interviewers() {
        let found = roles(
            "What is a retain cycle? Two objects hold strong references to each other, so neither is ever freed, like a view controller and a closure that captures self. Okay, good. Weak versus unowned? So weak becomes nil when the object goes away, and unowned assumes it is still alive and crashes if it is not.",
        );
        assert_eq!(
            role_of(&found, "Weak versus unowned?"),
            Some(Role::Interviewer),
            "{found:?}"
        );
        assert_eq!(
            role_of(&found, "Okay, good."),
            Some(Role::Interviewer),
            "{found:?}"
        );
    }

    #[test]
    fn a_tag_question_stays_with_the_candidate() {
        let found = roles(
            "Tell me about Redis. Redis keeps data in memory, right? So reads are fast and I used it as a cache for our medical codes.",
        );
        assert_eq!(found[1].1, Role::Candidate);
    }

    #[test]
    fn a_short_and_question_after_an_answer_probes_it() {
        let interviewer = interviewer_sentences(
            "How do you get a migration across many teams done? I make the first step small and useful on its own, so that if the work stops halfway the teams still keep half the value. And the org part? Right. So the org part is mostly about who owns the boundaries between the teams.",
        );
        assert_eq!(
            interviewer,
            [
                "How do you get a migration across many teams done?",
                "And the org part?"
            ]
        );
    }

    #[test]
    fn a_probe_after_a_short_closing_remark_of_the_answer_is_the_interviewers() {
        let interviewer = interviewer_sentences(
            "How did you know the cache was stale? We compared a sample of cached rows with the database every ten minutes and alerted when more than one percent differed. Crude, but it worked. And for deletes? Right, deletes were the gap, because a deleted row never showed up in the sample.",
        );
        assert_eq!(
            interviewer,
            ["How did you know the cache was stale?", "And for deletes?"]
        );
    }

    #[test]
    fn a_probe_of_a_word_or_two_is_the_interviewers_even_when_answered_with_like() {
        let interviewer = interviewer_sentences(
            "Why did you pick a queue there? I picked it mostly because I wanted our setup to be simpler. Simpler how? Like, there was one thing to deploy and one thing to watch, instead of three services calling each other.",
        );
        assert_eq!(
            interviewer,
            ["Why did you pick a queue there?", "Simpler how?"]
        );
    }

    #[test]
    fn the_candidates_introduction_is_not_the_interviewers_opening() {
        let story = "Sure. So, um, I've been writing Go professionally for about six years. I'm currently a senior backend engineer at Parcelpoint, which is a logistics platform, mostly Go services on Kubernetes. I'm on the API platform team, which owns the gateway, authentication, and the developer portal. Before that I was at a CDN company for three years, where I started on the edge proxy team.";
        let opening = "Hi, thanks for joining. I'm Dana, I lead the platform team here, and this is a forty minute interview.";
        for (ask, then) in [
            ("Quick background?", ""),
            ("Quick background first.", "Two minutes."),
            (
                "So maybe start with a quick overview of what you're working on right now.",
                "",
            ),
        ] {
            let found = roles(&format!("{opening} {ask} {then} {story}"));
            assert_eq!(role_of(&found, ask), Some(Role::Interviewer), "{found:?}");
            assert_eq!(
                role_of(&found, "I'm on the API platform team"),
                Some(Role::Candidate),
                "{found:?}"
            );
        }
    }

    #[test]
    fn what_an_interviewer_explains_after_reassuring_stays_theirs() {
        let found = roles(
            "What kind of index does a database use by default? I'm, I'm honestly not sure. I think it's, maybe, a hash table? I'm not sure. That's okay. So, it can be a hash, some databases support hash indexes, but the default in most relational databases is a B-tree. It's a balanced tree where each node holds a lot of keys, so the tree stays really shallow. Okay. How would you find slow queries? I would turn on the slow query log and look at the plans of the worst ones first.",
        );
        for start in [
            "That's okay.",
            "So, it can be a hash",
            "It's a balanced tree",
        ] {
            assert_eq!(
                role_of(&found, start),
                Some(Role::Interviewer),
                "{start}: {found:?}"
            );
        }
    }

    #[test]
    fn an_acknowledgement_after_an_answer_starts_the_interviewers_lead_in() {
        let found = roles(
            "Tell me about a migration you ran. We moved our billing tables from MySQL to Postgres over two quarters, table by table, with dual writes and a nightly comparison job. It was slow, but nothing broke. Nice. That's the careful way. Okay, caching. We put a read-through cache in front of most services here, and I care more about how you reason than about the answer. How would you decide what to cache? I would start from the slowest reads that are hit most often and that can be a minute stale.",
        );
        for start in [
            "Nice.",
            "That's the careful way.",
            "Okay, caching.",
            "We put a read-through",
        ] {
            assert_eq!(
                role_of(&found, start),
                Some(Role::Interviewer),
                "{start}: {found:?}"
            );
        }
        assert_eq!(
            role_of(&found, "It was slow"),
            Some(Role::Candidate),
            "{found:?}"
        );
    }

    #[test]
    fn a_reaction_after_an_answer_starts_the_interviewers_turn() {
        let found = roles(
            "How did you speed up the search page? I put a read-through cache in front of the product service, keyed by the normalised query, and the hit rate went from sixty to ninety percent within a week. Nice, that's a big jump for a week. We saw much the same when our team cached the catalogue last spring. How did you pick the expiry time? I picked five minutes, because prices change at most hourly and I wanted stale results to be rare.",
        );
        assert_eq!(
            role_of(&found, "Nice, that's a big jump"),
            Some(Role::Interviewer),
            "{found:?}"
        );
        assert_eq!(
            role_of(&found, "We saw much the same"),
            Some(Role::Interviewer),
            "{found:?}"
        );
        assert_eq!(
            role_of(&found, "I picked five minutes"),
            Some(Role::Candidate),
            "{found:?}"
        );
    }

    #[test]
    fn the_next_steps_after_the_candidates_questions_are_the_interviewers() {
        let found = roles(
            "Do you have any questions for me? Yes, what does the on-call rotation look like for the team? It's one week in six, and we pay for the weekends, and the pager is usually quiet. Okay, that's helpful, thank you. Great. So next steps, our recruiter will reach out on Friday about the onsite round, which is a system design session and a coding session with two engineers. Sounds good, thank you.",
        );
        assert_eq!(
            role_of(&found, "So next steps"),
            Some(Role::Interviewer),
            "{found:?}"
        );
    }

    #[test]
    fn the_candidate_done_asking_hands_back_for_the_next_steps_however_long() {
        assert_roles(
            "Tell me about a project you're proud of. I built the offline mode for our app, which let volunteers keep working without a connection, and it cut support tickets by half. Great. Do you have any questions for me? Yes, what does the on-call rotation look like for the team? It's one week in six, and we pay for the weekends, and the pager is usually quiet. Okay, that's helpful. Okay, um, I think that's all my questions. Of course, they were great questions. So next steps, I'll send my notes to the recruiter today, and if it's a yes, the next round is a take-home, a small app, probably four or five hours, and then a call with two of the team. You should hear back within a week. Okay, perfect. Thank you, Owen.",
            &[
                (
                    "Okay, um, I think that's all my questions.",
                    Role::Candidate,
                ),
                ("Of course", Role::Interviewer),
                ("So next steps", Role::Interviewer),
            ],
        );
    }

    #[test]
    fn whoever_praises_a_question_did_not_ask_it() {
        assert_roles(
            "How would you design the deletion of a merchant's data when they leave? Okay. Um, sorry, just to check, when you say delete, do they expect it to be instant, and do they expect it to cover the backups too? Good question. Let's say within thirty days, and yes, backups too. Okay, so then I would keep a deletion ledger per merchant, and the backup jobs would read it and drop those rows when they compact, so nothing has to be restored to be deleted.",
            &[
                ("Um, sorry, just to check", Role::Candidate),
                ("Good question.", Role::Interviewer),
                ("Let's say within thirty days", Role::Interviewer),
                ("Okay, so then I would", Role::Candidate),
            ],
        );
    }

    #[test]
    fn the_then_that_answers_and_if_is_the_other_speakers() {
        assert_roles(
            "What does structured concurrency give you on Android? Every coroutine runs in a scope, and when the scope is cancelled, all of its children are cancelled with it. So if you launch your network call in the view model's scope, you know it will be cleaned up, you don't have to remember. And if I don't want one child's failure to cancel the siblings? Then you use a supervisor job, or, um, a supervisor scope, so a failure stays with the child that failed.",
            &[
                ("So if you launch", Role::Candidate),
                ("And if I don't want", Role::Interviewer),
                ("Then you use", Role::Candidate),
            ],
        );
    }

    #[test]
    fn a_bare_um_is_the_speaker_pausing_not_the_listener_taking_the_floor() {
        assert_roles(
            "Tell me a bit about what you do now. I'm an analyst at a pharmacy chain, and I own the weekly sales reporting for the category managers, which means a lot of spreadsheets that someone built years ago and nobody understands anymore. And that person was kind of me, for some of them, so. Um. Yeah. Before that I was at a logistics company for about two years, doing operational reporting like on-time shipments and warehouse pick rates. That's where I really learned SQL, because the warehouse system had a huge database and no documentation. So, yeah, that's sort of the short version. And how much of your week is actually writing SQL?",
            &[
                ("Um.", Role::Candidate),
                ("Before that I was", Role::Candidate),
                ("And how much of your week", Role::Interviewer),
            ],
        );
    }

    #[test]
    fn a_verdict_on_the_answer_starts_the_interviewers_turn() {
        assert_roles(
            "When you write a bug ticket, what goes in it? A title, the steps to reproduce, what happened and what should have happened, a screenshot if it's complicated, the account and the browser, and how many customers it's affecting, because that decides how fast someone picks it up. That's a really solid bug report, honestly. Better than some I get from our engineers. Okay, a bit more technical now. Have you used SQL at all?",
            &[
                ("A title", Role::Candidate),
                ("That's a really solid", Role::Interviewer),
                ("Better than some", Role::Interviewer),
            ],
        );
    }
}
