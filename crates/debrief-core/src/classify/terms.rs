//! Technical terms that speech recognition garbled: the mishearings the
//! knowledge base lists for a topic, found in an exchange about that topic.
//! They are reported with where they were heard, never rewritten.

use crate::knowledge::KnowledgeBase;
use crate::report::Term;
use crate::span::Span;
use crate::text::overlapping::for_each_overlapping;
use crate::text::words::whole_words;
use aho_corasick::dfa::DFA;
use aho_corasick::MatchKind;

/// Every topic's mishearings, found in one pass over a text.
pub struct Mishearings {
    automaton: DFA,
    /// Per pattern: the topic that lists it and the term it stands for.
    owners: Vec<(usize, String)>,
}

impl Mishearings {
    pub fn new(base: &KnowledgeBase) -> Self {
        let mut patterns = Vec::new();
        let mut owners = Vec::new();
        for (topic, entry) in base.topics().iter().enumerate() {
            for spoken in &entry.spoken {
                patterns.push(spoken.heard.trim().to_lowercase());
                owners.push((topic, spoken.likely.clone()));
            }
        }
        // Walked byte by byte (`for_each_overlapping`), which reads no
        // prefilter.
        let automaton = DFA::builder()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::Standard)
            .prefilter(false)
            .build(&patterns)
            // Only a pattern set too large for the automaton fails; the
            // knowledge base lists a few hundred short phrases.
            .expect("mishearings compile");
        Mishearings { automaton, owners }
    }

    /// The mishearings of `topic`'s terms in `text`, whose first byte is at
    /// `base` in the source. Only whole words count: "pause" is not heard
    /// in "paused".
    pub fn in_text(&self, topic: usize, text: &str, base: usize) -> Vec<Term> {
        let mut out: Vec<Term> = Vec::new();
        for_each_overlapping(&self.automaton, text, |hit| {
            let (owner, likely) = &self.owners[hit.pattern().as_usize()];
            let whole = whole_words(text, hit.start(), hit.end());
            let span = Span::new(base + hit.start(), base + hit.end());
            if *owner == topic && whole && !out.iter().any(|term| term.span == span) {
                out.push(Term {
                    heard: text[hit.start()..hit.end()].to_owned(),
                    span,
                    likely: likely.clone(),
                });
            }
        });
        out
    }
}

impl Mishearings {
    /// `text` with `topic`'s mishearings read as the terms they stand for,
    /// for matching only: the transcript itself is never rewritten.
    pub fn as_meant(&self, topic: usize, text: &str) -> String {
        let mut out = String::with_capacity(text.len());
        let mut copied = 0;
        for term in self.in_text(topic, text, 0) {
            if term.span.start() >= copied {
                out.push_str(&text[copied..term.span.start()]);
                out.push_str(&term.likely);
                copied = term.span.end();
            }
        }
        out.push_str(&text[copied..]);
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_a_mishearing_of_the_topic_with_its_span() {
        let base = KnowledgeBase::built_in();
        let scp = base
            .topics()
            .iter()
            .position(|t| t.id == "linux.scp")
            .unwrap();
        let heard = Mishearings::new(base).in_text(scp, "Okay. What about the SIP command?", 100);
        assert_eq!(heard.len(), 1, "{heard:?}");
        assert_eq!(heard[0].heard, "SIP command");
        assert_eq!(heard[0].span, Span::new(121, 132));
        assert!(heard[0].likely.contains("scp"), "{}", heard[0].likely);
    }

    #[test]
    fn only_whole_words_and_only_for_the_topic() {
        let base = KnowledgeBase::built_in();
        let heard = Mishearings::new(base);
        let pods = base
            .topics()
            .iter()
            .position(|t| t.id == "kubernetes.pods")
            .unwrap();
        let scp = base
            .topics()
            .iter()
            .position(|t| t.id == "linux.scp")
            .unwrap();
        assert!(heard.in_text(pods, "we potted the plants", 0).is_empty());
        assert_eq!(
            heard
                .in_text(pods, "we have three pots and a service", 0)
                .len(),
            1
        );
        assert!(heard
            .in_text(scp, "we have three pots and a service", 0)
            .is_empty());
    }
}
