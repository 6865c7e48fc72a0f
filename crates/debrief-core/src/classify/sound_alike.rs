//! Mishearings no topic lists: a word that sounds like one of the topic's
//! single-word terms (same Double Metaphone code) and is spelled much like
//! it ("tupple" for tuple, "cubectl" for kubectl, "jinkins" for Jenkins).
//! Only looked for in exchanges about that topic, so that an ordinary word
//! is not taken for a term it merely resembles.

use crate::knowledge::Topic;
use crate::report::Term;
use crate::span::Span;
use rphonetic::{DoubleMetaphone, Encoder};
use std::sync::LazyLock;

static METAPHONE: LazyLock<DoubleMetaphone> = LazyLock::new(DoubleMetaphone::default);

/// How alike the spellings must be, by Jaro-Winkler similarity.
const SPELLING: f64 = 0.75;
/// Shorter terms sound like too many words.
const MIN_TERM_LEN: usize = 4;

/// Words of `text` (at `base` in the source) that sound like one of
/// `topic`'s terms without being it.
pub fn sound_alikes(topic: &Topic, text: &str, base: usize) -> Vec<Term> {
    let terms: Vec<(String, String)> = topic
        .terms
        .iter()
        .filter(|term| {
            term.len() >= MIN_TERM_LEN
                && !term.contains(' ')
                && term.chars().all(|c| c.is_ascii_alphabetic())
        })
        .map(|term| (term.to_lowercase(), METAPHONE.encode(term)))
        .collect();
    if terms.is_empty() {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut offset = 0;
    for raw in text.split_inclusive(char::is_whitespace) {
        let word = raw.trim_end_matches(char::is_whitespace);
        let lead = word.len()
            - word
                .trim_start_matches(|c: char| !c.is_alphanumeric())
                .len();
        let core = word.trim_matches(|c: char| !c.is_alphanumeric());
        let start = offset + lead;
        offset += raw.len();
        if core.len() < MIN_TERM_LEN || !core.chars().all(|c| c.is_ascii_alphabetic()) {
            continue;
        }
        let lower = core.to_lowercase();
        let code = METAPHONE.encode(&lower);
        let heard_as = terms.iter().find(|(term, term_code)| {
            *term != lower
                && !lower.starts_with(term.as_str())
                && *term_code == code
                && strsim::jaro_winkler(term, &lower) >= SPELLING
        });
        if let Some((term, _)) = heard_as {
            out.push(Term {
                heard: core.to_owned(),
                span: Span::new(base + start, base + start + core.len()),
                likely: term.clone(),
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::knowledge::KnowledgeBase;

    fn alikes(id: &str, text: &str) -> Vec<String> {
        let topic = KnowledgeBase::built_in().get(id).unwrap();
        sound_alikes(topic, text, 0)
            .into_iter()
            .map(|t| format!("{}->{}", t.heard, t.likely))
            .collect()
    }

    #[test]
    fn finds_a_sound_alike_of_a_term() {
        assert_eq!(
            alikes("python.list-vs-tuple", "a tupple is immutable"),
            ["tupple->tuple"]
        );
        assert_eq!(
            alikes("kubernetes.basics", "then cubectl applies it"),
            ["cubectl->kubectl"]
        );
    }

    #[test]
    fn leaves_the_term_itself_and_unlike_words_alone() {
        assert!(alikes("python.list-vs-tuple", "tuples and lists are sequences").is_empty());
        assert!(alikes("kubernetes.basics", "the cluster runs pods").is_empty());
    }
}
