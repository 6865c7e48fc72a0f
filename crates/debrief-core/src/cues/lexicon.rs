//! Every phrase list matched in one pass over a sentence's words.
//!
//! The lists of `phrases.rs` are compiled into a single Aho-Corasick
//! automaton over space-padded words (" so what is a tuple "), so one scan
//! of a sentence tells which lists occur in it, which it starts with, and
//! which its core (after "so", "okay"…) starts with.

use super::phrases;
use crate::text::overlapping::for_each_overlapping;
use aho_corasick::dfa::DFA;
use aho_corasick::MatchKind;
use std::sync::LazyLock;

/// The phrase lists, as one bit each.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum List {
    QuestionOpeners,
    Clarifying,
    ClarifyingInside,
    Prompts,
    PromptsInside,
    EvaluativeAcks,
    InvitesQuestions,
    Closings,
    Openings,
    OpeningsInside,
    MoveOns,
    FirstPerson,
    SecondPerson,
    Rhetorical,
    UnmarkedOpeners,
    Continuations,
    Logistics,
    LogisticsPhrases,
    SelfContinuations,
    Team,
    Agenda,
    Setups,
    Suppositions,
    Verdicts,
    Guesses,
    EndsOwnQuestions,
    NextSteps,
    ChecksAhead,
    AsksLeave,
    Reactions,
    BackChannels,
    QuestionPraise,
}

impl List {
    const ALL: [List; 32] = [
        List::QuestionOpeners,
        List::Clarifying,
        List::ClarifyingInside,
        List::Prompts,
        List::PromptsInside,
        List::EvaluativeAcks,
        List::InvitesQuestions,
        List::Closings,
        List::Openings,
        List::OpeningsInside,
        List::MoveOns,
        List::FirstPerson,
        List::SecondPerson,
        List::Rhetorical,
        List::UnmarkedOpeners,
        List::Continuations,
        List::Logistics,
        List::LogisticsPhrases,
        List::SelfContinuations,
        List::Team,
        List::Agenda,
        List::Setups,
        List::Suppositions,
        List::Verdicts,
        List::Guesses,
        List::EndsOwnQuestions,
        List::NextSteps,
        List::ChecksAhead,
        List::AsksLeave,
        List::Reactions,
        List::BackChannels,
        List::QuestionPraise,
    ];

    fn phrases(self) -> &'static [&'static str] {
        match self {
            List::QuestionOpeners => phrases::QUESTION_OPENERS,
            List::Clarifying => phrases::CLARIFYING,
            List::ClarifyingInside => phrases::CLARIFYING_INSIDE,
            List::Prompts => phrases::PROMPTS,
            List::PromptsInside => phrases::PROMPTS_INSIDE,
            List::EvaluativeAcks => phrases::EVALUATIVE_ACKS,
            List::InvitesQuestions => phrases::INVITES_QUESTIONS,
            List::Closings => phrases::CLOSINGS,
            List::Openings => phrases::OPENINGS,
            List::OpeningsInside => phrases::OPENINGS_INSIDE,
            List::MoveOns => phrases::MOVE_ONS,
            List::FirstPerson => phrases::FIRST_PERSON,
            List::SecondPerson => phrases::SECOND_PERSON,
            List::Rhetorical => phrases::RHETORICAL,
            List::UnmarkedOpeners => phrases::UNMARKED_OPENERS,
            List::Continuations => phrases::CONTINUATIONS,
            List::Logistics => phrases::LOGISTICS,
            List::LogisticsPhrases => phrases::LOGISTICS_PHRASES,
            List::SelfContinuations => phrases::SELF_CONTINUATIONS,
            List::Team => phrases::TEAM,
            List::Agenda => phrases::AGENDA,
            List::Setups => phrases::SETUPS,
            List::Suppositions => phrases::SUPPOSITIONS,
            List::Verdicts => phrases::VERDICTS,
            List::Guesses => phrases::GUESSES,
            List::EndsOwnQuestions => phrases::ENDS_OWN_QUESTIONS,
            List::NextSteps => phrases::NEXT_STEPS,
            List::ChecksAhead => phrases::CHECKS_AHEAD,
            List::AsksLeave => phrases::ASKS_LEAVE,
            List::Reactions => phrases::REACTIONS,
            List::BackChannels => phrases::BACK_CHANNELS,
            List::QuestionPraise => phrases::QUESTION_PRAISE,
        }
    }

    fn bit(self) -> u32 {
        1 << self as u32
    }
}

/// Which lists a sentence's words contain, start with, and start with
/// after their lead-ins.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Matches {
    found: u32,
    at_start: u32,
    at_core: u32,
}

impl Matches {
    pub fn has(self, list: List) -> bool {
        self.found & list.bit() != 0
    }

    pub fn starts_with(self, list: List) -> bool {
        self.at_start & list.bit() != 0
    }

    pub fn core_starts_with(self, list: List) -> bool {
        self.at_core & list.bit() != 0
    }
}

struct Lexicon {
    automaton: DFA,
    /// The list of each pattern, by pattern id.
    lists: Vec<List>,
}

static LEXICON: LazyLock<Lexicon> = LazyLock::new(|| {
    let mut patterns = Vec::new();
    let mut lists = Vec::new();
    for list in List::ALL {
        for phrase in list.phrases() {
            patterns.push(format!(" {phrase} "));
            lists.push(list);
        }
    }
    // Building fails only for a pattern set too large for the automaton;
    // these lists are fixed and small.
    // Every pattern starts with a space, so a prefilter looking for the
    // patterns' first bytes would stop at every word for nothing.
    let automaton = DFA::builder()
        .match_kind(MatchKind::Standard)
        .prefilter(false)
        .build(patterns)
        .expect("phrase lists compile");
    Lexicon { automaton, lists }
});

/// Scans `padded` (" word word … "); `core_at` is the byte offset of the
/// space before the first word after the lead-ins.
pub fn scan(padded: &str, core_at: usize) -> Matches {
    let lexicon = &*LEXICON;
    let mut matches = Matches::default();
    for_each_overlapping(&lexicon.automaton, padded, |found| {
        let bit = lexicon.lists[found.pattern().as_usize()].bit();
        matches.found |= bit;
        if found.start() == 0 {
            matches.at_start |= bit;
        }
        if found.start() == core_at {
            matches.at_core |= bit;
        }
    });
    matches
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_whole_words_only() {
        assert!(scan(" okay nice talking to you man ", 0).has(List::Closings));
        assert!(!scan(" a byte array ", 0).has(List::Closings));
        assert!(!scan(" nice talking to your team ", 0).has(List::Closings));
    }

    #[test]
    fn tells_where_a_phrase_starts() {
        let matches = scan(" so can you explain it ", 3);
        assert!(matches.has(List::Prompts));
        assert!(!matches.starts_with(List::Prompts));
        assert!(matches.core_starts_with(List::Prompts));
    }

    #[test]
    fn a_phrase_in_two_lists_counts_for_both() {
        let matches = scan(" can you explain ", 0);
        assert!(matches.has(List::Prompts) && matches.has(List::QuestionOpeners));
    }
}
