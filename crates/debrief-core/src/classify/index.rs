//! The phrase index over all topics, and scoring an exchange against it.

use super::phrases::PhraseSet;
use super::resemblance::Phrasings;
use super::{Match, Mishearings};
use crate::cues::{is_content_word, Words};
use crate::knowledge::{KnowledgeBase, TopicKind};
use crate::report::Kind;
use crate::text::tokens::Token;
use crate::text::words::{
    is_lowercase_ascii, push_lowercase, trim_to_alphanumeric, whitespace_words,
};
use rustc_hash::FxHashMap;

/// How much each source of a phrase counts.
const TERM: f64 = 3.0;
const SPOKEN: f64 = 3.0;
const TITLE_WORD: f64 = 1.5;
const QUESTION_WORD: f64 = 0.6;
const CUE: f64 = 1.0;
/// Words of the question count this many times as words of the answer.
const QUESTION_FACTOR: f64 = 3.0;
/// How much of an answer is read: its opening shows the subject.
const ANSWER_WORDS: usize = 150;
/// Below this score no topic is claimed.
const MIN_SCORE: f64 = 6.0;
/// Topics of the exchange's own kind get this factor.
const SAME_KIND: f64 = 1.4;
/// What resembling one of a topic's known phrasings adds, times the cube of
/// the resemblance beyond chance: a near-exact phrasing is strong evidence, enough to
/// outweigh another topic's terms, while a few shared words are weak.
const RESEMBLANCE: f64 = 100.0;
/// Resemblance up to this says nothing: a short question shares one word
/// with some short phrasing by chance ("Let's talk about performance" and
/// "How do your services talk to each other?").
const CHANCE_RESEMBLANCE: f64 = 0.4;

/// Where in a topic a phrase comes from.
#[derive(Clone, Copy)]
enum Source {
    Term,
    Spoken,
    Title,
    Cue,
    Question,
}

const SOURCES: usize = 5;

impl Source {
    /// The slot and weight of this kind of source.
    fn weight(self) -> (usize, f64) {
        match self {
            Source::Term => (0, TERM),
            Source::Spoken => (1, SPOKEN),
            Source::Title => (2, TITLE_WORD),
            Source::Cue => (3, CUE),
            Source::Question => (4, QUESTION_WORD),
        }
    }
}

/// One phrase's contribution to one topic.
#[derive(Clone, Copy, Debug)]
struct Entry {
    topic: usize,
    weight: f64,
    /// Only a mishearing of the topic's terms: it confirms a topic but
    /// cannot make one ("salary" is heard for Celery, but is mostly salary).
    heard_only: bool,
}

pub struct TopicIndex {
    phrases: PhraseSet,
    /// Per phrase: the topics it speaks for.
    entries: Vec<Vec<Entry>>,
    /// The known phrasings of every topic's question.
    phrasings: Phrasings,
    kinds: Vec<TopicKind>,
    categories: Vec<String>,
    /// The topics' mishearings, reported for the exchange's topic.
    pub mishearings: Mishearings,
}

impl TopicIndex {
    pub fn new(base: &KnowledgeBase) -> Self {
        // phrase -> (topic -> strongest weight per kind of source); the
        // kinds add up, so a word that is both a term and in the title
        // ("polymorphism" for the polymorphism topic) counts more than a
        // term alone.
        let mut phrases: FxHashMap<String, FxHashMap<usize, [f64; SOURCES]>> = FxHashMap::default();
        let mut add = |phrase: &str, topic: usize, source: Source| {
            let normal = normalize(phrase);
            if names_a_subject(&normal) {
                let slot = phrases
                    .entry(normal)
                    .or_default()
                    .entry(topic)
                    .or_insert([0.0; SOURCES]);
                let (kind, weight) = source.weight();
                slot[kind] = slot[kind].max(weight);
            }
        };
        for (i, topic) in base.topics().iter().enumerate() {
            for term in &topic.terms {
                add(term, i, Source::Term);
            }
            for spoken in &topic.spoken {
                add(&spoken.heard, i, Source::Spoken);
            }
            for word in content_words(&topic.title) {
                add(&word, i, Source::Title);
            }
            for point in &topic.key_points {
                for cue in &point.cues {
                    add(cue, i, Source::Cue);
                }
            }
            for question in &topic.questions {
                for word in content_words(question) {
                    add(&word, i, Source::Question);
                }
            }
        }
        let topics = base.topics().len().max(1) as f64;
        let mut sorted: Vec<_> = phrases.into_iter().collect();
        sorted.sort_by(|a, b| a.0.cmp(&b.0));
        let words = PhraseSet::new(sorted.iter().map(|(phrase, _)| phrase.split(' ')));
        let mut entries = Vec::with_capacity(sorted.len());
        for (_, owners) in sorted {
            // A phrase shared by many topics tells them apart poorly.
            let specificity = (1.0 + topics / owners.len() as f64).ln();
            let mut list: Vec<Entry> = owners
                .into_iter()
                .map(|(topic, weights)| Entry {
                    topic,
                    weight: weights.iter().sum::<f64>() * specificity,
                    heard_only: weights
                        .iter()
                        .enumerate()
                        .all(|(kind, weight)| kind == Source::Spoken.weight().0 || *weight == 0.0),
                })
                .collect();
            list.sort_by_key(|entry| entry.topic);
            entries.push(list);
        }
        TopicIndex {
            phrases: words,
            entries,
            phrasings: Phrasings::new(base),
            kinds: base.topics().iter().map(|t| t.kind.clone()).collect(),
            categories: base.topics().iter().map(|t| t.category.clone()).collect(),
            mishearings: Mishearings::new(base),
        }
    }

    /// The topic of an exchange with this question (None when inferred) and
    /// answer, of this kind.
    pub fn classify(&self, question: Option<&str>, answer: &str, kind: Kind) -> Option<Match> {
        self.classify_asked(&self.asked(question), &[AnswerSentence::text(answer)], kind)
    }

    /// `classify` for a question already read with `asked` and an answer
    /// given as its sentences.
    pub fn classify_asked(
        &self,
        asked: &Asked,
        answer: &[AnswerSentence<'_>],
        kind: Kind,
    ) -> Option<Match> {
        // Only the best two count: they are picked in one pass over the
        // topics, best score first and the earlier topic among equals,
        // rather than every topic with evidence being sorted.
        let mut leaders: [Option<(usize, f64)>; 2] = [None, None];
        for candidate in self.evidenced(asked, answer, kind) {
            let ahead = |leader: Option<(usize, f64)>| match leader {
                Some((_, score)) => candidate.1.total_cmp(&score).is_gt(),
                None => true,
            };
            if ahead(leaders[0]) {
                leaders = [Some(candidate), leaders[0]];
            } else if ahead(leaders[1]) {
                leaders[1] = Some(candidate);
            }
        }
        let (best, top) = leaders[0]?;
        let second = leaders[1].map_or(0.0, |r| r.1);
        let confidence = top / (top + second + MIN_SCORE / 2.0);
        // Close runners-up make the match doubtful, unless they are of the
        // same category: then the subject is clear and only the angle is
        // not.
        let runner_up_category = leaders[1].map(|r| self.categories[r.0].as_str());
        let clear =
            top > second * 1.15 || runner_up_category == Some(self.categories[best].as_str());
        (top >= MIN_SCORE && clear).then_some(Match {
            topic: best,
            confidence: (confidence * 1000.0).round() / 1000.0,
        })
    }

    /// Every topic with evidence and its score, in the order of the
    /// topics.
    fn evidenced<'s>(
        &'s self,
        asked: &Asked,
        answer: &[AnswerSentence<'_>],
        kind: Kind,
    ) -> impl Iterator<Item = (usize, f64)> + 's {
        let mut scores = asked.scores.clone();
        self.score_ids(&self.answer_ids(answer), 1.0, &mut scores);
        scores
            .into_iter()
            .enumerate()
            .filter(|(_, (_, made))| *made)
            .map(move |(topic, (score, _))| {
                let factor = if same_kind(&self.kinds[topic], kind) {
                    SAME_KIND
                } else {
                    1.0
                };
                (topic, score * factor)
            })
    }

    /// Reads a question (None when inferred) once, to be weighed against
    /// answers by `classify_asked`.
    pub fn asked(&self, question: Option<&str>) -> Asked {
        let mut scores = vec![(0.0, false); self.kinds.len()];
        if let Some(question) = question {
            self.score(question, QUESTION_FACTOR, &mut scores);
            self.phrasings.closest(question, |topic, resemblance| {
                let beyond_chance = (resemblance - CHANCE_RESEMBLANCE) / (1.0 - CHANCE_RESEMBLANCE);
                if beyond_chance > 0.0 {
                    let slot = &mut scores[topic];
                    slot.0 += RESEMBLANCE * beyond_chance.powi(3);
                    slot.1 = true;
                }
            });
        }
        Asked { scores }
    }

    /// The ids of the first `ANSWER_WORDS` words of an answer. A sentence's
    /// shared tokens stand for its words where each is a plain word, bounded
    /// by ASCII letters or digits: `for_each_word` would trim it to the same
    /// word. Other sentences are read from their text.
    fn answer_ids(&self, answer: &[AnswerSentence<'_>]) -> Vec<u32> {
        let mut ids = Vec::with_capacity(ANSWER_WORDS);
        let mut left = ANSWER_WORDS;
        for sentence in answer {
            let plain = sentence
                .tokens
                .map(|tokens| &tokens[..tokens.len().min(left)]);
            left -= match plain.filter(|tokens| tokens.iter().all(is_plain)) {
                Some(tokens) => {
                    ids.extend(tokens.iter().map(|t| self.phrases.id(singular(t.word()))));
                    tokens.len()
                }
                None => for_each_word(sentence.text, left, |word| ids.push(self.phrases.id(word))),
            };
            if left == 0 {
                break;
            }
        }
        ids
    }

    /// Adds the phrases of all of `text` to each topic's score, as
    /// `score_ids` does.
    fn score(&self, text: &str, factor: f64, scores: &mut [(f64, bool)]) {
        let mut words = Vec::with_capacity(text.len() / 2 + 1);
        for_each_word(text, usize::MAX, |word| words.push(self.phrases.id(word)));
        self.score_ids(&words, factor, scores);
    }

    /// Adds the phrases found in `words` (ids from `PhraseSet::id`) to each
    /// topic's score, and notes which topics have evidence beyond
    /// mishearings.
    fn score_ids(&self, words: &[u32], factor: f64, scores: &mut [(f64, bool)]) {
        // A text holds few phrases: a list searched from end to end, made
        // once with room for them all, costs less than a hash set that
        // grows as it fills.
        let mut seen = Vec::with_capacity(words.len());
        self.phrases.find(words, |phrase| {
            if seen.contains(&phrase) {
                return;
            }
            seen.push(phrase);
            for entry in &self.entries[phrase] {
                let slot = &mut scores[entry.topic];
                slot.0 += entry.weight * factor;
                slot.1 |= !entry.heard_only;
            }
        });
    }
}

/// One sentence of an answer as the index reads it: its text, and the
/// pipeline's tokens of it when they are its words one for one
/// (`SentenceTokens::one_per_word`), which spare splitting it again.
#[derive(Clone, Copy)]
pub struct AnswerSentence<'t> {
    pub text: &'t str,
    pub tokens: Option<&'t [Token<'t>]>,
}

impl<'t> AnswerSentence<'t> {
    /// A text read as it is.
    pub fn text(text: &'t str) -> Self {
        AnswerSentence { text, tokens: None }
    }
}

/// Whether a token's word is bounded by ASCII letters or digits: it is then
/// what `for_each_word` makes of its whitespace-separated word, since all
/// the token dropped around it is punctuation.
fn is_plain(token: &Token<'_>) -> bool {
    let word = token.word().as_bytes();
    let bounded = |byte: Option<&u8>| byte.is_some_and(u8::is_ascii_alphanumeric);
    bounded(word.first()) && bounded(word.last())
}

/// What a question's phrases say for each topic.
#[derive(Clone, Debug)]
pub struct Asked {
    /// Per topic: the score, and whether evidence beyond mishearings made it.
    scores: Vec<(f64, bool)>,
}

impl Asked {
    /// Whether the question by itself points at any topic.
    pub fn names_a_topic(&self) -> bool {
        self.scores.iter().any(|(_, made)| *made)
    }
}

fn same_kind(topic: &TopicKind, kind: Kind) -> bool {
    matches!(
        (topic, kind),
        (TopicKind::Coding, Kind::Coding)
            | (TopicKind::Behavioral, Kind::Behavioral)
            | (TopicKind::Technical, Kind::Technical)
    )
}

/// Words joined by single spaces, each lower-cased and in its singular
/// form.
fn normalize(phrase: &str) -> String {
    let mut out = String::new();
    for_each_word(phrase, usize::MAX, |word| {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    });
    out
}

/// Calls `each` with the first `limit` words of `text` as the index
/// compares them: lower-cased, without surrounding punctuation, singular;
/// operators that are words of their own in technical speech ("==", ">>",
/// "2>&1") are kept. Returns how many whitespace-separated words it read,
/// those it dropped included.
pub(super) fn for_each_word(text: &str, limit: usize, mut each: impl FnMut(&str)) -> usize {
    // One buffer serves every word that needs lower-casing; it is allocated
    // only when one does, as most texts' words already are lower case.
    let mut lower = String::new();
    let mut read = 0;
    for raw in whitespace_words(text).take(limit) {
        read += 1;
        let word = trim_to_alphanumeric(raw);
        if word.is_empty() {
            let operator = raw.trim_matches(|c: char| {
                matches!(
                    c,
                    ',' | '.' | '?' | '!' | ';' | ':' | '"' | '\'' | '(' | ')'
                )
            });
            if is_operator(operator) {
                each(operator);
            }
            continue;
        }
        // Most words are already lower case: only the others are copied.
        let word = if is_lowercase_ascii(word) {
            word
        } else {
            lower.clear();
            push_lowercase(&mut lower, word);
            &lower
        };
        each(singular(word));
    }
    read
}

/// Whether a word is an operator, like "==" or ">>".
fn is_operator(word: &str) -> bool {
    !word.is_empty() && word != "-" && word.chars().all(|c| "=<>!&|%*/+^~-".contains(c))
}

/// A plural's singular, roughly: "projects" and "project", "indexes" and
/// "index" should meet.
/// Words ending in "ss", "us" or "is" ("process", "status", "analysis")
/// keep their s.
fn singular(word: &str) -> &str {
    let plural = word.len() > 3
        && word.ends_with('s')
        && !word.ends_with("ss")
        && !word.ends_with("us")
        && !word.ends_with("is");
    let sibilant = ["xes", "ches", "shes", "sses"]
        .iter()
        .any(|end| word.ends_with(end));
    if sibilant {
        &word[..word.len() - 2]
    } else if plural {
        &word[..word.len() - 1]
    } else {
        word
    }
}

/// Words that frame a question or a title rather than name a subject:
/// "What's the difference between X and Y?" says nothing about X and Y, and
/// a title's "between" ("copying files between machines") must not pull
/// every such question to that topic.
const FRAMING: &[&str] = &[
    "between",
    "difference",
    "differences",
    "different",
    "versus",
    "instead",
    "explain",
    "would",
    "should",
];

/// Whether a normalised phrase can name a subject. Small numbers are
/// everywhere (and "% 3" reads as "3"), but three digits and more are codes
/// (404, 755); a lone letter is what is left of a flag or a variable ("-i",
/// "a[:]"); a framing word frames.
fn names_a_subject(phrase: &str) -> bool {
    if phrase.chars().all(|c| c.is_ascii_digit() || c == ' ') {
        return phrase.len() >= 3 && !phrase.contains(' ');
    }
    phrase.len() > 1 && !FRAMING.contains(&phrase)
}

/// Whether a word, as `for_each_word` gives it, can name a subject: an
/// operator can ("is" or "==").
pub(super) fn is_subject_word(word: &str) -> bool {
    is_content_word(word) && !FRAMING.contains(&word) || is_operator(word)
}

fn content_words(text: &str) -> Vec<String> {
    Words::of(text)
        .iter()
        .filter(|w| is_content_word(w) && w.len() > 3 && !FRAMING.contains(w))
        .map(str::to_owned)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn topic_of(question: Option<&str>, answer: &str, kind: Kind) -> Option<String> {
        let base = KnowledgeBase::built_in();
        let index = TopicIndex::new(base);
        index
            .classify(question, answer, kind)
            .map(|m| base.topics()[m.topic].id.clone())
    }

    #[test]
    fn classifies_plain_questions() {
        assert_eq!(
            topic_of(
                Some("What is the difference between a list and a tuple?"),
                "A list is mutable.",
                Kind::Technical
            )
            .as_deref(),
            Some("python.list-vs-tuple")
        );
        assert_eq!(
            topic_of(
                Some("What about the SIP command?"),
                "That is a copy command to a remote server, source path and destination path.",
                Kind::Technical
            )
            .as_deref(),
            Some("linux.scp")
        );
    }

    #[test]
    fn claims_nothing_for_small_talk() {
        assert_eq!(
            topic_of(
                Some("How was your weekend?"),
                "Good, thanks, we went hiking.",
                Kind::Other
            ),
            None
        );
    }
}
