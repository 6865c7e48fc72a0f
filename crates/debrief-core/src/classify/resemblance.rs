//! How closely a question resembles the ways each topic's question is known
//! to be asked.
//!
//! The phrase index adds up evidence word by word, so a question that is
//! one of a topic's known phrasings can still lose to a topic whose terms
//! it happens to mention ("Have you used SQS? How does it work?" names a
//! queue, and message queues have many terms). Comparing the question as a
//! whole with each known phrasing — its content words weighted by how rare
//! they are among all phrasings (idf), by cosine — tells a near-exact match
//! (strong evidence) from a partial overlap (weak evidence).

use super::index::{for_each_word, is_subject_word};
use crate::knowledge::KnowledgeBase;
use rustc_hash::{FxHashMap, FxHashSet};

pub struct Phrasings {
    /// Every content word of any phrasing, numbered.
    words: FxHashMap<Box<str>, u32>,
    /// Per word: its squared idf weight.
    weight: Vec<f64>,
    /// Per word: the phrasings using it, in order.
    used_in: Vec<Vec<u32>>,
    /// Per phrasing: its topic; phrasings are numbered topic by topic.
    topic: Vec<usize>,
    /// Per phrasing: the length of its weight vector.
    norm: Vec<f64>,
    /// The squared weight of a word no phrasing uses: as rare as can be,
    /// so an unknown word makes a question resemble every phrasing less.
    unseen_weight: f64,
}

impl Phrasings {
    pub fn new(base: &KnowledgeBase) -> Self {
        let mut words: FxHashMap<Box<str>, u32> = FxHashMap::default();
        let mut used_in: Vec<Vec<u32>> = Vec::new();
        let mut topic = Vec::new();
        for (i, entry) in base.topics().iter().enumerate() {
            for question in &entry.questions {
                let phrasing = topic.len() as u32;
                topic.push(i);
                for word in subject_words(question) {
                    let next = words.len() as u32;
                    let id = *words.entry(word.into()).or_insert(next);
                    if id == next {
                        used_in.push(Vec::new());
                    }
                    used_in[id as usize].push(phrasing);
                }
            }
        }
        let count = topic.len() as f64;
        let idf = |phrasings: f64| (1.0 + count / phrasings).ln().powi(2);
        let weight: Vec<f64> = used_in.iter().map(|p| idf(p.len() as f64)).collect();
        let mut squared = vec![0.0; topic.len()];
        for (word, phrasings) in used_in.iter().enumerate() {
            for &phrasing in phrasings {
                squared[phrasing as usize] += weight[word];
            }
        }
        Phrasings {
            words,
            weight,
            used_in,
            topic,
            norm: squared.into_iter().map(f64::sqrt).collect(),
            unseen_weight: idf(1.0),
        }
    }

    /// Calls `each` with every topic that shares a content word with
    /// `question`, and the cosine (0 to 1) between the question and that
    /// topic's closest phrasing.
    pub fn closest(&self, question: &str, mut each: impl FnMut(usize, f64)) {
        let mut question_squared = 0.0;
        let words = subject_words(question);
        // Room for every phrasing the words share, so that the map does not
        // grow while it fills. Only its order depends on its size, and
        // what is made of it does not: each topic keeps its best cosine.
        let shared = words
            .iter()
            .filter_map(|word| self.words.get(word.as_str()))
            .map(|&id| self.used_in[id as usize].len())
            .sum();
        let mut dot: FxHashMap<u32, f64> =
            FxHashMap::with_capacity_and_hasher(shared, Default::default());
        for word in words {
            match self.words.get(word.as_str()) {
                Some(&id) => {
                    let weight = self.weight[id as usize];
                    question_squared += weight;
                    for &phrasing in &self.used_in[id as usize] {
                        *dot.entry(phrasing).or_default() += weight;
                    }
                }
                None => question_squared += self.unseen_weight,
            }
        }
        let question_norm = question_squared.sqrt();
        let mut best: FxHashMap<usize, f64> = FxHashMap::default();
        for (phrasing, dot) in dot {
            let cosine = dot / (question_norm * self.norm[phrasing as usize]);
            let slot = best.entry(self.topic[phrasing as usize]).or_default();
            *slot = slot.max(cosine);
        }
        for (topic, cosine) in best {
            each(topic, cosine);
        }
    }
}

/// The distinct words of `text` that can name a subject, normalised as the
/// phrase index normalises them.
fn subject_words(text: &str) -> FxHashSet<String> {
    let mut words = FxHashSet::default();
    for_each_word(text, usize::MAX, |word| {
        if is_subject_word(word) {
            words.insert(word.to_owned());
        }
    });
    words
}

#[cfg(test)]
mod tests {
    use super::*;

    fn closest(question: &str) -> Vec<(String, f64)> {
        let base = KnowledgeBase::built_in();
        let mut found = Vec::new();
        Phrasings::new(base).closest(question, |topic, cosine| {
            found.push((base.topics()[topic].id.clone(), cosine));
        });
        found.sort_by(|a, b| b.1.total_cmp(&a.1));
        found
    }

    #[test]
    fn a_known_phrasing_resembles_its_topic_fully() {
        let found = closest("What is the difference between a list and a tuple?");
        assert_eq!(found[0].0, "python.list-vs-tuple");
        assert!((found[0].1 - 1.0).abs() < 1e-9, "{found:?}");
    }

    #[test]
    fn unknown_words_weaken_the_resemblance() {
        let plain = closest("How do you find a file in Linux?");
        let chatty = closest("Did you find the office easily?");
        let find_files = |found: &[(String, f64)]| {
            found
                .iter()
                .find(|(id, _)| id == "linux.find-files")
                .map_or(0.0, |(_, cosine)| *cosine)
        };
        assert!(find_files(&plain) > 0.99);
        assert!(find_files(&chatty) < 0.4, "{chatty:?}");
    }
}
