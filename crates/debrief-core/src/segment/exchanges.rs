//! Walks one interview turn by turn and builds its exchanges.
//!
//! Interviewer turns open exchanges (or follow-ups) where they ask, prompt
//! or, failing that, say something substantial that the candidate then
//! answers at length. Candidate turns are answers, split where they turn to
//! an implied question. After "do you have any questions for me?" the roles
//! swap: the candidate's questions open `candidate_question` exchanges and
//! the interviewer's replies are their answers.

use super::follow_up::is_follow_up;
use super::implied::{implied_question, unheard_question, Seen};
use super::kind::classify;
use super::{ExchangePlan, QuestionPlan};
use crate::attribute::{Attribution, Method};
use crate::cues::Facts;
use crate::cues::{
    calls_for_introductions, ends_own_questions, is_content_word, is_opening, sets_the_agenda, Ask,
};
use crate::report::{Kind, Role};
use crate::text::{self, Sentence};
use std::ops::Range;

/// An interviewer statement with no question counts as a prompt when it
/// has this many content words and the candidate then says this much.
const PROMPT_CONTENT_WORDS: usize = 4;
const PROMPT_ANSWER_WORDS: usize = 12;
/// After this many words of answer, the current question said again is
/// the interviewer asking it again ("…before decommissioning. Mm-hmm. And
/// what went wrong?"), not the candidate repeating it back to start.
const REPEAT_BACK_WORDS: usize = 100;

pub fn find(
    sentences: &[Sentence],
    facts: &[Facts],
    attribution: &Attribution,
    range: Range<usize>,
) -> Vec<ExchangePlan> {
    let mut walk = Walk {
        sentences,
        facts,
        method: attribution.method,
        out: Vec::new(),
        into_follow_up: false,
        closing: false,
        own_questions_ended: false,
        asked: false,
        seen: Seen::default(),
        answered_words: 0,
    };
    let runs = runs(attribution, &range);
    for (k, run) in runs.iter().enumerate() {
        let next_words: usize = runs.get(k + 1).map_or(0, |next| {
            sentences[next.1.clone()].iter().map(|s| s.words).sum()
        });
        match run.0 {
            Role::Candidate => walk.candidate(run.1.clone()),
            Role::Interviewer | Role::Unknown => walk.interviewer(run.1.clone(), next_words),
        }
    }
    let mut out = walk.out;
    for exchange in &mut out {
        exchange.kind = kind_of(exchange, sentences);
    }
    out
}

/// Maximal runs of one role inside `range`.
fn runs(attribution: &Attribution, range: &Range<usize>) -> Vec<(Role, Range<usize>)> {
    let mut out: Vec<(Role, Range<usize>)> = Vec::new();
    for i in range.clone() {
        let role = attribution.roles[i];
        match out.last_mut() {
            Some((last, run)) if *last == role => run.end = i + 1,
            _ => out.push((role, i..i + 1)),
        }
    }
    out
}

struct Walk<'a> {
    sentences: &'a [Sentence<'a>],
    facts: &'a [Facts<'a>],
    method: Method,
    out: Vec<ExchangePlan>,
    /// Answers go to the last follow-up rather than the main question.
    into_follow_up: bool,
    /// The candidate has been invited to ask their own questions.
    closing: bool,
    /// ...and has said they are done ("That's all I had.").
    own_questions_ended: bool,
    /// The interviewer has asked something in this interview.
    asked: bool,
    seen: Seen<'a>,
    /// Words of answer since the last question.
    answered_words: usize,
}

impl<'a> Walk<'a> {
    fn interviewer(&mut self, run: Range<usize>, next_words: usize) {
        for i in run.clone() {
            self.seen.add(&self.facts[i].words);
        }
        if self.closing {
            self.note_own_questions_ended(run.clone());
            // Replies to the candidate's own questions.
            if self.facts[run.clone()].iter().any(|f| f.invites_questions) {
                self.open(Kind::CandidateQuestion, run.collect());
            } else {
                let asked_back = self.asked_back(run.clone());
                self.answer(run.start..asked_back.start);
                if !asked_back.is_empty() {
                    self.open(Kind::Other, asked_back.collect());
                }
            }
            return;
        }
        if self.checks_the_plan(run.clone()) {
            self.open(Kind::Other, run.collect());
            return;
        }
        let clusters = self.ask_clusters(run.clone());
        if clusters.is_empty() {
            if next_words < PROMPT_ANSWER_WORDS {
                return;
            }
            let prompt = self.statement_prompt(run);
            if prompt.is_empty() {
                return;
            }
            // Before the first question, a labelled interviewer's remark
            // the candidate runs on from is small talk ("I'm at home
            // today, so if you hear a dog, that's Biscuit."): the
            // interview proper has not begun. Without labels, the first
            // question may be what attribution missed.
            if !self.asked && self.method == Method::Labels {
                self.open(Kind::Other, prompt);
            } else {
                self.ask(prompt);
            }
            return;
        }
        for (question, after) in clusters {
            self.ask(question);
            self.answer_sentences(&after);
        }
    }

    /// The questions an interviewer ends a reply to the candidate
    /// with ("…it's your agenda. Any last thing you want me to know?"):
    /// the candidate answers them, so they are exchanges of their own.
    fn asked_back(&self, run: Range<usize>) -> Range<usize> {
        let mut start = run.end;
        // Without labels, only once the candidate is done asking: before
        // that, a question here is more likely theirs, misattributed.
        if self.method == Method::Labels || self.own_questions_ended {
            while start > run.start && self.facts[start - 1].asks_as_interviewer() {
                start -= 1;
            }
        }
        start..run.end
    }

    fn note_own_questions_ended(&mut self, run: Range<usize>) {
        self.own_questions_ended |= self.facts[run]
            .iter()
            .any(|fact| ends_own_questions(&fact.words));
    }

    /// A labelled interviewer's turn that opens the call by setting out
    /// the plan and checking it ("…then a small SQL question at the end.
    /// Okay?"): small talk, asked as a whole.
    fn checks_the_plan(&self, run: Range<usize>) -> bool {
        let last = run.end - 1;
        let checks = self.facts[last].ask == Some(Ask::Tag) || self.facts[last].asks();
        self.method == Method::Labels
            && !self.asked
            && checks
            && self.is_small_talk(last)
            // Introductions and "…ten minutes at the end for your
            // questions" on the way are still the opening.
            && (run.start..last).all(|i| !self.facts[i].asks() || self.is_small_talk(i))
    }

    /// A question about the call before the interview proper ("You can
    /// see me too?"); once it is under way, checks of the call are asides.
    fn checks_the_call(&self, i: usize) -> bool {
        let facts = &self.facts[i];
        facts.ask == Some(Ask::Logistics) && (self.out.is_empty() || !self.asked && facts.marked)
    }

    /// Without labels, a check of the plan before anything is asked
    /// ("…and time for your questions at the end. Sound okay?"): small
    /// talk of its own, not joined to the question after the candidate's
    /// "Sounds good".
    fn checks_the_plan_without_labels(&self, i: usize) -> bool {
        self.method == Method::Text
            && !self.asked
            && self.facts[i].ask == Some(Ask::Tag)
            && self.is_small_talk(i)
    }

    /// The questions of an interviewer turn, each with the sentences that
    /// follow it in the same turn. Questions only a short remark apart are
    /// one ("Okay. What is X? And how does it scale?"); a longer stretch
    /// between two questions is most likely the candidate's words that
    /// attribution missed, and becomes the first question's answer.
    fn ask_clusters(&self, run: Range<usize>) -> Vec<(Vec<usize>, Vec<usize>)> {
        let mut clusters: Vec<(Vec<usize>, Vec<usize>)> = Vec::new();
        for i in run {
            let asks = match self.method {
                Method::Labels => self.facts[i].asks_as_interviewer(),
                // Small talk opens an interview ("Can you hear me okay?"):
                // counted there, but not checks of the call in mid-task.
                Method::Text => {
                    self.facts[i].asks()
                        || self.checks_the_call(i)
                        || self.checks_the_plan_without_labels(i)
                }
            };
            match clusters.last_mut() {
                Some((question, after))
                    if asks
                        && self.bridges(after)
                        && !self.checks_the_plan_without_labels(question[0]) =>
                {
                    question.append(after);
                    question.push(i);
                }
                _ if asks => clusters.push((vec![i], Vec::new())),
                Some((_, after)) => after.push(i),
                None => {}
            }
        }
        clusters
    }

    /// Whether sentences between two questions are short enough to join them.
    fn bridges(&self, between: &[usize]) -> bool {
        between.iter().all(|&i| self.facts[i].ack)
            || between.len() == 1 && self.sentences[between[0]].words <= 6
    }

    fn ask(&mut self, question: Vec<usize>) {
        let invites = self.asked && question.iter().any(|&i| self.facts[i].invites_questions);
        let opening = &self.facts[question[0]].words;
        if invites {
            self.closing = true;
            self.open(Kind::CandidateQuestion, question);
            return;
        }
        if !self.asked && question.iter().all(|&i| self.is_small_talk(i)) {
            self.open(Kind::Other, question);
            return;
        }
        self.asked = true;
        if self.repeats_current_question(&question) {
            self.answer_sentences(&question);
        } else if !self.out.is_empty() && is_follow_up(opening) && !self.turns_to_coding(&question)
        {
            if let Some(current) = self.out.last_mut() {
                current
                    .follow_ups
                    .push((QuestionPlan::Asked(question), Vec::new()));
            }
            self.into_follow_up = true;
            self.answered_words = 0;
        } else {
            self.open(Kind::Technical, question);
        }
    }

    /// The substantial sentences of an interviewer turn that asks nothing.
    fn statement_prompt(&self, run: Range<usize>) -> Vec<usize> {
        let kept: Vec<usize> = run.filter(|&i| !self.facts[i].ack).collect();
        let content = kept
            .iter()
            .flat_map(|&i| self.facts[i].words.iter())
            .filter(|w| is_content_word(w))
            .count();
        if content >= PROMPT_CONTENT_WORDS {
            kept
        } else {
            Vec::new()
        }
    }

    fn candidate(&mut self, run: Range<usize>) {
        if self.closing {
            self.note_own_questions_ended(run.clone());
            for i in run {
                let own_question = matches!(
                    self.facts[i].ask,
                    Some(Ask::Explicit | Ask::Marked | Ask::Prompt)
                );
                if own_question {
                    self.open(Kind::CandidateQuestion, vec![i]);
                } else {
                    self.answer(i..i + 1);
                }
            }
            return;
        }
        let mut start = run.start;
        for i in run.clone() {
            let turn = if self.out.is_empty() {
                (i == run.start && self.answers_unheard(run.clone())).then(|| {
                    unheard_question(&text::joined(
                        self.sentences,
                        &(i..run.end.min(i + 4)).collect::<Vec<_>>(),
                    ))
                })
            } else if self.method == Method::Text {
                implied_question(
                    &self.sentences[i],
                    &self.facts[i],
                    &mut self.seen,
                    self.answered_words,
                )
            } else {
                None
            };
            if let Some(text) = turn {
                self.answer(start..i);
                self.out.push(ExchangePlan {
                    kind: Kind::Technical,
                    question: QuestionPlan::Inferred { text, at: i },
                    answer: Vec::new(),
                    follow_ups: Vec::new(),
                });
                self.into_follow_up = false;
                self.answered_words = 0;
                start = i;
            }
            self.seen.add(&self.facts[i].words);
            self.answered_words += self.sentences[i].words;
        }
        self.answer(start..run.end);
    }

    /// A sentence of the call's opening that asks nothing of substance:
    /// a greeting, the plan for the call, a check of the sound or the
    /// camera ("So this round is mostly behavioural. Sound okay?"), a
    /// question that greets ("Hi, is that Rebecca?").
    fn is_small_talk(&self, i: usize) -> bool {
        let facts = &self.facts[i];
        let opening = is_opening(&facts.words);
        let introductions = calls_for_introductions(&facts.words);
        let substantive = match facts.ask {
            Some(Ask::Explicit) => !opening,
            Some(Ask::Prompt | Ask::Topic) => !introductions,
            _ => false,
        };
        // A lone word asked before anything else is a name or a hello
        // ("Callum?").
        let calls_out = facts.marked && facts.words.len() == 1;
        let chat = facts.ack
            || calls_out
            || introductions
            || facts.invites_questions
            || matches!(facts.ask, Some(Ask::Logistics | Ask::Tag))
            || opening
            || sets_the_agenda(&facts.words);
        chat && !substantive
    }

    /// Whether a candidate's words before any question answer one the
    /// recording missed: a greeting ("Hi, good to meet you both.") or a
    /// few words do not.
    fn answers_unheard(&self, run: Range<usize>) -> bool {
        let words: usize = self.sentences[run.clone()].iter().map(|s| s.words).sum();
        words >= PROMPT_ANSWER_WORDS && !is_opening(&self.facts[run.start].words)
    }

    fn open(&mut self, kind: Kind, question: Vec<usize>) {
        self.out.push(ExchangePlan {
            kind,
            question: QuestionPlan::Asked(question),
            answer: Vec::new(),
            follow_ups: Vec::new(),
        });
        self.into_follow_up = false;
        self.answered_words = 0;
    }

    fn answer(&mut self, sentences: Range<usize>) {
        self.answer_sentences(&sentences.collect::<Vec<_>>());
    }

    fn answer_sentences(&mut self, sentences: &[usize]) {
        let Some(current) = self.out.last_mut() else {
            return;
        };
        let target = match current.follow_ups.last_mut() {
            Some((_, answer)) if self.into_follow_up => answer,
            _ => &mut current.answer,
        };
        target.extend_from_slice(sentences);
    }

    /// A coding task handed over after a question that was not one
    /// ("…can you share this screen and try that?") opens its own exchange.
    fn turns_to_coding(&self, question: &[usize]) -> bool {
        let asks_for_code = |indices: &[usize]| {
            classify(&text::joined(self.sentences, indices), "", false) == Kind::Coding
        };
        let current_is_code = match self.out.last().map(|e| &e.question) {
            Some(QuestionPlan::Asked(asked)) => asks_for_code(asked),
            _ => false,
        };
        asks_for_code(question) && !current_is_code
    }

    /// Without labels: the candidate (misattributed) or the interviewer
    /// saying the current question again. A labelled interviewer who says
    /// it again asks it again ("And what went wrong?" after an answer that
    /// skipped that part).
    fn repeats_current_question(&self, question: &[usize]) -> bool {
        if self.method == Method::Labels || self.answered_words >= REPEAT_BACK_WORDS {
            return false;
        }
        let Some(ExchangePlan {
            question: QuestionPlan::Asked(asked),
            ..
        }) = self.out.last()
        else {
            return false;
        };
        let content_of = |indices: &[usize]| -> Vec<&str> {
            indices
                .iter()
                .flat_map(|&i| self.facts[i].words.iter())
                .filter(|w| is_content_word(w))
                .collect()
        };
        let asked = content_of(asked);
        let content = content_of(question);
        let repeated = content.iter().filter(|w| asked.contains(w)).count();
        // Most of its content again ("So I would like to find this in a
        // given string" after "…find the longest substring in this string"):
        // most likely the same speaker going on.
        let mostly = repeated >= 2 && repeated * 5 >= content.len() * 3;
        !content.is_empty() && (repeated == content.len() || mostly)
    }
}

fn kind_of(exchange: &ExchangePlan, sentences: &[Sentence]) -> Kind {
    // The walk knows these from where they fall.
    if matches!(exchange.kind, Kind::CandidateQuestion | Kind::Other) {
        return exchange.kind;
    }
    let (question, inferred) = match &exchange.question {
        QuestionPlan::Asked(indices) => (text::joined(sentences, indices), false),
        QuestionPlan::Inferred { .. } => (String::new(), true),
    };
    let answer = text::joined(sentences, &exchange.answer);
    classify(&question, &answer, inferred)
}

#[cfg(test)]
mod tests {
    use crate::pipeline::{analyze, Options};
    use crate::report::{Exchange, Kind, Role};
    use crate::transcript::InputFormat;

    /// The exchanges of every interview `source` holds, read as `format`.
    fn exchanges_as(source: &str, format: InputFormat) -> Vec<Exchange> {
        let options = Options {
            format: Some(format),
            ..Options::default()
        };
        let report = analyze(source.as_bytes(), &options).unwrap();
        report
            .interviews
            .into_iter()
            .flat_map(|interview| interview.exchanges)
            .collect()
    }

    fn exchanges(source: &str) -> Vec<Exchange> {
        exchanges_as(source, InputFormat::SpeakerLines)
    }

    /// Every question and follow-up, in order.
    fn questions_of(exchanges: &[Exchange]) -> Vec<String> {
        exchanges
            .iter()
            .flat_map(|e| {
                std::iter::once(e.question.text.clone())
                    .chain(e.follow_ups.iter().map(|f| f.question.text.clone()))
            })
            .collect()
    }

    fn questions(source: &str) -> Vec<String> {
        questions_of(&exchanges(source))
    }

    fn plain_questions(source: &str) -> Vec<String> {
        questions_of(&exchanges_as(source, InputFormat::Plain))
    }

    fn kinds(source: &str) -> Vec<(Kind, String)> {
        exchanges(source)
            .into_iter()
            .map(|e| (e.kind, e.question.text))
            .collect()
    }

    fn kinds_only(found: &[(Kind, String)]) -> Vec<Kind> {
        found.iter().map(|(kind, _)| *kind).collect()
    }

    #[test]
    fn the_opening_chat_is_small_talk_and_a_greeting_answers_nothing() {
        let found = kinds(
            "Marcus: Okay, I think we're live. Hi Daniel, sorry, one sec, my camera.\n\n\
             Daniel: Hi, hello. No rush, I'm just getting my notes open here, good to meet you both.\n\n\
             Marcus: So this round is mostly about incidents, about forty minutes. Sound okay?\n\n\
             Daniel: Yeah, perfect.\n\n\
             Marcus: Great. Tell us about a time you led an incident, from the page to the postmortem.\n\n\
             Daniel: I was primary when the dispatch API started failing, so I paged the database on-call and we found a saturated connection pooler.\n",
        );
        assert_eq!(
            kinds_only(&found),
            [Kind::Other, Kind::Other, Kind::Behavioral],
            "{found:?}"
        );
        assert!(found[0].1.ends_with("my camera."), "{found:?}");
        assert!(found[1].1.ends_with("Sound okay?"), "{found:?}");
    }

    #[test]
    fn an_opening_that_checks_the_plan_is_small_talk() {
        for check in ["Okay?", "Cool?", "Sound good?"] {
            let found = kinds(&format!(
                "Kenji: Hi, can you hear me?\n\n\
                 Rosa: Yes, hi.\n\n\
                 Kenji: Great. So, I'm Kenji, the firmware lead at Tidewell. We'll go through your background, then a small code review. {check}\n\n\
                 Rosa: Sounds good.\n\n\
                 Kenji: Tell me about your current role.\n\n\
                 Rosa: I'm a firmware engineer at Corvane Medical, four years now. I work mostly on infusion pumps: \
                 their bootloaders, the motor control loop and the field update path, which I rewrote last year.\n"
            ));
            assert_eq!(
                kinds_only(&found),
                [Kind::Other, Kind::Other, Kind::Behavioral],
                "{found:?}"
            );
            assert!(found[1].1.starts_with("Great. So, I'm Kenji"), "{found:?}");
            assert!(found[1].1.ends_with(check), "{found:?}");
        }
    }

    /// A panel's opening: introductions, a hand-over to the second
    /// interviewer, `between` (the candidate greeting them, or nothing), the
    /// plan for the call, then the first real question.
    fn panel_opening(between: &str) -> Vec<(Kind, String)> {
        kinds(&format!(
            "Ines: Hi Tomas, can you hear us?\n\n\
             Tomas: Yes, loud and clear.\n\n\
             Ines: Okay. So, welcome, and thanks for joining us. Let's do quick introductions. \
             I'm Ines, I run the payments group. Oskar?\n\n\
             Oskar: Hi, I'm Oskar, a staff engineer on the ledger team.\n\n\
             {between}\
             Ines: So the plan is, I'll start with a few questions, then Oskar goes deeper on design, \
             and we'll leave ten minutes at the end for your questions. Sound okay?\n\n\
             Tomas: Sounds great.\n\n\
             Ines: Tell me about your current role.\n\n\
             Tomas: I'm a backend engineer at a lender, five years now, mostly on the repayment \
             service and the ledger that sits under it, which I moved from cron jobs to a queue.\n"
        ))
    }

    #[test]
    fn a_panels_introductions_are_small_talk() {
        let found = panel_opening("Tomas: Hi Oskar.\n\n");
        let (first_question, opening) = found.split_last().unwrap();
        assert_eq!(first_question.0, Kind::Behavioral, "{found:?}");
        assert!(
            opening.iter().all(|(kind, _)| *kind == Kind::Other),
            "{found:?}"
        );
        assert!(
            opening.last().unwrap().1.ends_with("Sound okay?"),
            "{found:?}"
        );
    }

    #[test]
    fn a_panels_introductions_and_plan_are_one_opening() {
        let found = panel_opening("");
        assert_eq!(
            kinds_only(&found),
            [Kind::Other, Kind::Other, Kind::Behavioral],
            "{found:?}"
        );
        assert!(found[1].1.starts_with("Okay. So, welcome"), "{found:?}");
        assert!(found[1].1.ends_with("Sound okay?"), "{found:?}");
    }

    #[test]
    fn a_question_back_in_a_reply_to_the_candidate_is_its_own_exchange() {
        let found = kinds(
            "Kenji: Tell me about your current role.\n\n\
             Rosa: I'm a firmware engineer at Corvane Medical, four years now, mostly infusion pumps.\n\n\
             Kenji: Great. Do you have any questions for me?\n\n\
             Rosa: Yes. How big is the team?\n\n\
             Kenji: Six people, two of them on hardware. Anything else?\n\n\
             Rosa: How do you do releases?\n\n\
             Kenji: Every two weeks, on a release train. Any last thing you want me to know?\n\n\
             Rosa: Just that I'm really excited about this role.\n",
        );
        let expected = [
            (Kind::Behavioral, "Tell me about your current role."),
            (Kind::CandidateQuestion, "Do you have any questions for me?"),
            (Kind::CandidateQuestion, "How big is the team?"),
            (Kind::Other, "Anything else?"),
            (Kind::CandidateQuestion, "How do you do releases?"),
            (Kind::Other, "Any last thing you want me to know?"),
        ];
        let found: Vec<(Kind, &str)> = found.iter().map(|(k, q)| (*k, q.as_str())).collect();
        assert_eq!(found, expected);
    }

    #[test]
    fn a_remark_before_the_first_question_is_small_talk_and_the_plan_after_it_hands_nothing_over() {
        let source = "Gareth: Well, thanks for making the time, Marisol. I know it's getting into the busy part of the year for you.\n\n\
             Marisol: It is, yeah. We're right in the middle of planning for year ends, so my calendar is mostly audit meetings until March.\n\n\
             Gareth: Okay, so the plan. I want to do some technical questions first, then some behavioural ones, and then leave you ten minutes for whatever you want to ask me. Sound okay?\n\n\
             Marisol: Sounds good.\n\n\
             Gareth: How would you recognise revenue on a sale with installation?\n\n\
             Marisol: I'd start with the five steps: the contract, the obligations, the price, the allocation and then when each obligation is met.\n";
        let found = kinds(source);
        assert_eq!(
            kinds_only(&found),
            [Kind::Other, Kind::Other, Kind::Technical],
            "{found:?}"
        );
        assert!(found[1].1.ends_with("Sound okay?"), "{found:?}");
    }

    #[test]
    fn questions_offered_in_the_plan_do_not_hand_over_the_interview() {
        let source = "Kenji: Hi Rosa, thanks for joining. This is the firmware screen, about forty minutes. \
             If you have any questions along the way, just ask, okay?\n\n\
             Rosa: Sure, sounds good.\n\n\
             Kenji: Tell me about your current role.\n\n\
             Rosa: I'm a firmware engineer at Corvane Medical, four years now. I work mostly on infusion pumps: \
             their bootloaders, the motor control loop and the field update path, which I rewrote last year.\n\n\
             Kenji: How did you test the update path?\n\n\
             Rosa: We had a rig with forty pumps that flashed every build overnight, and we cut the power at random points \
             to prove the bootloader always came back to a good image.\n";
        let found = kinds(source);
        assert_eq!(
            kinds_only(&found),
            [Kind::Other, Kind::Behavioral, Kind::Technical],
            "{found:?}"
        );
        let stripped: String = source
            .lines()
            .filter_map(|line| line.split_once(": ").map(|(_, text)| text))
            .collect::<Vec<_>>()
            .join(" ");
        let report = analyze(stripped.as_bytes(), &Options::default()).unwrap();
        let asked = |role: Role, needle: &str| {
            report
                .turns
                .iter()
                .any(|turn| turn.role == role && turn.span.slice(&stripped).contains(needle))
        };
        assert!(
            asked(Role::Interviewer, "How did you test"),
            "{:?}",
            report.turns
        );
        assert!(asked(Role::Candidate, "We had a rig"), "{:?}", report.turns);
    }

    #[test]
    fn questions_that_greet_are_small_talk() {
        let found = kinds(
            "Daniel: Hi, is that Rebecca?\n\n\
             Rebecca: Yes, hi! Sorry, I was fighting with my headphones.\n\n\
             Daniel: How's your week going?\n\n\
             Rebecca: Good, a bit hectic, we're in a release freeze at work.\n\n\
             Daniel: Tell me about the orchestration service you built.\n\n\
             Rebecca: It coordinates payouts: it takes a batch from the ledger, splits it per bank, \
             and retries each transfer with an idempotency key so nothing is paid twice.\n",
        );
        assert_eq!(
            kinds_only(&found),
            [Kind::Other, Kind::Other, Kind::Technical],
            "{found:?}"
        );
    }

    #[test]
    fn a_name_called_out_and_where_they_are_calling_from_are_small_talk() {
        let found = kinds(
            "Ngozi: Hello, hello. Callum?\n\n\
             Callum: Hi, yes, hello! Can you hear me all right?\n\n\
             Ngozi: I can. Loud and clear. Where are you calling from?\n\n\
             Callum: I'm in Glasgow, so it's late afternoon here and already dark.\n\n\
             Ngozi: So how did you end up a technical writer?\n\n\
             Callum: I taught physics for six years and wrote most of the lab guides, \
             then a software company asked me to write their API docs.\n",
        );
        assert_eq!(found.len(), 3, "{found:?}");
        assert_eq!(
            kinds_only(&found[..2]),
            [Kind::Other, Kind::Other],
            "{found:?}"
        );
    }

    #[test]
    fn a_greeting_before_any_question_answers_no_unheard_one() {
        let found = kinds(
            "Marcus: Okay, I think we're live.\n\n\
             Daniel: Hi, hello. No rush, I'm just getting my notes open here, good to meet you both.\n\n\
             Marcus: Tell us about a time you led an incident.\n\n\
             Daniel: I was primary when the dispatch API started failing, so I paged the database on-call.\n",
        );
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].0, Kind::Behavioral);
    }

    #[test]
    fn a_labelled_interviewer_asking_what_happened_asks() {
        let found = questions(
            "Gwen: Tell me about a launch that went badly.\n\n\
             Rafael: We launched a clock-in feature with geofencing and adoption was low.\n\n\
             Gwen: Mm-hmm. What happened?\n\n\
             Rafael: We didn't market it enough, and location was flaky on some phones.\n",
        );
        assert!(
            found.iter().any(|q| q.ends_with("What happened?")),
            "{found:?}"
        );
    }

    #[test]
    fn a_labelled_interviewers_probe_without_its_question_mark_asks() {
        for probe in [
            "What happened.",
            "Why Kafka",
            "Which part of that do you find hardest.",
            "And then what?",
            "Anything else.",
            "How'd you find it.",
        ] {
            let found = questions(&format!(
                "Gwen: Tell me about a launch that went badly.\n\n\
                 Rafael: We launched a clock-in feature with geofencing and adoption was low.\n\n\
                 Gwen: {probe}\n\n\
                 Rafael: We didn't market it enough, and location was flaky on some phones.\n"
            ));
            assert!(found.iter().any(|q| q == probe), "{probe}: {found:?}");
        }
    }

    #[test]
    fn a_question_asked_again_after_a_long_answer_is_asked_without_labels() {
        let found = plain_questions(
            "Tell me about your move to Kubernetes, and what went wrong along the way. \
             We moved about forty services over six months, one team at a time, and each \
             move followed the same steps. We shifted traffic gradually with weighted DNS, \
             one percent, then ten, then fifty, then all of it, and we watched the error \
             rates and the latency of every service at each step before going on. We kept \
             the old machines running for two weeks after the last step, so rolling back was \
             a single change if anything looked wrong. The teams liked that they could pick \
             their own week, and the on-call rotations barely noticed the whole thing, which \
             was the goal we had set at the start. Mm-hmm. And what went wrong? Um, a few \
             things. The one that stung the most was DNS caching in two older services.",
        );
        assert!(
            found.iter().any(|q| q.contains("And what went wrong?")),
            "{found:?}"
        );
    }

    #[test]
    fn a_question_back_after_the_candidate_is_done_asking_is_asked_without_labels() {
        let found = plain_questions(
            "Walk me through how you would design a rate limiter for our public API. \
             I would keep a token bucket per customer in Redis, refill it lazily on each \
             request, and fall back to a local bucket on every node if Redis is slow. \
             Great. Do you have any questions for me? Yes, what does on-call look like \
             for the team? It's a one-week rotation, roughly every six weeks, and most \
             weeks are quiet. Okay, that's all I had, thank you. Great. So, next steps, \
             our recruiter will reach out within a few days. Any last questions? No, I \
             think I'm good. Thanks so much, bye.",
        );
        assert!(
            found.iter().any(|q| q.ends_with("Any last questions?")),
            "{found:?}"
        );
    }

    #[test]
    fn a_check_of_the_plan_is_small_talk_of_its_own_without_labels() {
        let found = plain_questions(
            "Hi! Thanks for making time. So I'm Gwen, I'm the group product manager for \
             scheduling. This is the behavioural round, so it's really just stories, and \
             there's time for your questions at the end. Okay? Sounds good. Great. So to \
             warm up, give me the two minute version of your background. Sure, so I started \
             in support, moved into product four years ago, and I've owned the mobile app \
             for the last two years.",
        );
        assert_eq!(found.len(), 2, "{found:?}");
        assert!(found[0].ends_with("Okay?"), "{found:?}");
        assert!(
            found[1].contains("give me the two minute version"),
            "{found:?}"
        );
    }
}
