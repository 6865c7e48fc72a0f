//! Every match of a set of phrases in a text, overlapping ones included.

use aho_corasick::automaton::Automaton;
use aho_corasick::dfa::DFA;
use aho_corasick::{Anchored, Match};

/// Calls `found` with every match of `dfa`'s patterns (built with standard
/// match semantics) in `haystack`, overlapping ones included, in the order
/// `AhoCorasick::find_overlapping_iter` gives them: by where they end, then
/// as the match state lists them.
///
/// That iterator pays a call and a saved search state per match, and the
/// texts here match many patterns (every "i" and "you" of a sentence is
/// one): the automaton is walked here byte by byte instead, and each match
/// state is read in place.
pub fn for_each_overlapping(dfa: &DFA, haystack: &str, mut found: impl FnMut(Match)) {
    let mut report = |sid, end: usize| {
        for index in 0..dfa.match_len(sid) {
            let pattern = dfa.match_pattern(sid, index);
            found(Match::new(pattern, end - dfa.pattern_len(pattern)..end));
        }
    };
    // An unanchored search always has a start state.
    let Ok(mut sid) = dfa.start_state(Anchored::No) else {
        return;
    };
    if dfa.is_match(sid) {
        report(sid, 0);
    }
    for (at, &byte) in haystack.as_bytes().iter().enumerate() {
        sid = dfa.next_state(Anchored::No, sid, byte);
        if dfa.is_special(sid) {
            if dfa.is_dead(sid) {
                return;
            }
            if dfa.is_match(sid) {
                report(sid, at + 1);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use aho_corasick::AhoCorasick;

    #[test]
    fn finds_what_an_overlapping_search_finds_in_its_order() {
        let patterns = [
            " can you ",
            " you ",
            " can ",
            "you",
            "o",
            "tuple",
            "a tuple",
            "",
        ];
        for case_insensitive in [false, true] {
            let dfa = DFA::builder()
                .ascii_case_insensitive(case_insensitive)
                .build(patterns)
                .unwrap();
            let searcher = AhoCorasick::builder()
                .ascii_case_insensitive(case_insensitive)
                .build(patterns)
                .unwrap();
            for text in [" so Can you see a tuple ", "", "you you", "A TUPLE? yOu"] {
                let mut walked = Vec::new();
                for_each_overlapping(&dfa, text, |hit| walked.push(hit));
                let searched: Vec<Match> = searcher.find_overlapping_iter(text).collect();
                assert_eq!(walked, searched, "{text:?}");
            }
        }
    }
}
