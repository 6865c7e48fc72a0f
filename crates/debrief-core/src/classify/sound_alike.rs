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
        // Cheap tests first: length and first sound, then spelling, and the
        // phonetic code only for the few words that pass.
        let heard_as = terms.iter().find(|(term, term_code)| {
            *term != lower
                && !lower.starts_with(term.as_str())
                && lower.len() + 2 >= term.len()
                && lower.len() <= term.len() + 3
                && same_first_sound(term, &lower)
                && strsim::jaro_winkler(term, &lower) >= SPELLING
                && *term_code == METAPHONE.encode(&lower)
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

/// Whether two words start with letters that can sound alike (c/k/q,
/// g/j, s/c/z, f/p as in "ph").
fn same_first_sound(a: &str, b: &str) -> bool {
    let class = |c: Option<char>| match c {
        Some('c' | 'k' | 'q') => 'k',
        Some('g' | 'j') => 'j',
        Some('s' | 'z') => 's',
        Some('f' | 'p') => 'f',
        Some(other) => other,
        None => ' ',
    };
    let (first_a, first_b) = (a.chars().next(), b.chars().next());
    class(first_a) == class(first_b) || first_a == Some('c') && first_b == Some('s')
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
