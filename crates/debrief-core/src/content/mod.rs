//! content: what an answer covered of its topic's key points, what it
//! missed, and what it said that is wrong — each pointing at the words.
//!
//! Cues, misconception patterns and approach names are compiled per topic
//! the first time an exchange about that topic is assessed.

mod coding;

pub use coding::general_coding_findings;

use crate::knowledge::{KnowledgeBase, PerTopic, Topic};
use crate::report::Finding;
use crate::span::Span;
use crate::text::overlapping::for_each_overlapping;
use crate::text::words::whole_words;
use aho_corasick::dfa::DFA;
use aho_corasick::MatchKind;
use coding::PhraseList;
use regex::{Regex, RegexBuilder};

/// One stretch of answer text and where it starts in the source.
#[derive(Clone, Copy, Debug)]
pub struct Said<'a> {
    pub text: &'a str,
    pub at: usize,
}

/// What an answer did with its topic.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Assessment {
    /// Key point index and the words that made it.
    pub covered: Vec<(usize, Span)>,
    /// Key point indices the answer never made.
    pub missed: Vec<usize>,
    /// Misconception index and the words that state it.
    pub wrong: Vec<(usize, Span)>,
}

impl Assessment {
    /// Share of key points covered, 0-100.
    pub fn coverage(&self) -> f64 {
        let total = self.covered.len() + self.missed.len();
        if total == 0 {
            return 0.0;
        }
        (100.0 * self.covered.len() as f64 / total as f64).round()
    }
}

struct Checks {
    cues: DFA,
    /// Per cue pattern: its key point.
    point_of: Vec<usize>,
    /// Per misconception: its pattern, unless it does not compile.
    wrong: Vec<Option<Misconception>>,
    /// For coding topics: the reference's approach names.
    approaches: Option<PhraseList>,
}

/// A misconception's pattern.
struct Misconception {
    regex: Regex,
    /// The pattern may hold an anchor to the start of the text (`^`, `\A`).
    /// Any other pattern that matches a text also matches that text put
    /// after a space, as it is in the text searched with its context: the
    /// space is no word character, as the start of a text is none. So
    /// where the search with the context finds nothing, the text alone
    /// need not be searched.
    anchored: bool,
}

/// Checks for every topic of a base, each compiled on first use.
pub struct ContentIndex {
    checks: PerTopic<Checks>,
}

impl ContentIndex {
    pub fn new(base: &KnowledgeBase) -> Self {
        ContentIndex {
            checks: PerTopic::new(base),
        }
    }

    /// Assesses the words of an answer (its sentences, in order) against
    /// topic `index` of `base`.
    ///
    /// `asked` is the question as the knowledge base would spell it (misheard
    /// terms read as meant): a first sentence that leans on it with a
    /// pronoun ("What is chmod? It changes the owner…") is judged together
    /// with it.
    pub fn assess(
        &self,
        base: &KnowledgeBase,
        index: usize,
        asked: Option<&str>,
        said: &[Said<'_>],
    ) -> Assessment {
        let topic = &base.topics()[index];
        let checks = self.checks(index, topic);
        let mut first: Vec<Option<Span>> = vec![None; topic.key_points.len()];
        let mut wrong = Vec::new();
        // What the question and the first sentence state together, judged
        // after everything else.
        let mut with_question = Vec::new();
        for (n, part) in said.iter().enumerate() {
            // A wrong statement may run over from the sentence before
            // ("…like filtering the records. Those you can't use a list
            // comprehension."): each sentence is also judged with it, and
            // the first with the question.
            let before = match n.checked_sub(1) {
                Some(previous) => Some(said[previous].text),
                None => asked,
            };
            let in_context = before.map(|before| with_context(&checks.wrong, before, part));
            if n > 0 {
                add_new_misconceptions(&mut wrong, in_context.as_deref().unwrap_or_default());
            }
            for_each_overlapping(&checks.cues, part.text, |hit| {
                if whole_words(part.text, hit.start(), hit.end()) {
                    let point = checks.point_of[hit.pattern().as_usize()];
                    first[point]
                        .get_or_insert(Span::new(part.at + hit.start(), part.at + hit.end()));
                }
            });
            for found in misconceptions(&checks.wrong, part, in_context.as_deref()) {
                if !wrong.contains(&found) {
                    wrong.push(found);
                }
            }
            if n == 0 {
                with_question = in_context.unwrap_or_default();
            }
        }
        add_new_misconceptions(&mut wrong, &with_question);
        let mut assessment = Assessment {
            wrong,
            ..Assessment::default()
        };
        // Words that state a misconception do not also make a key point.
        let inside_wrong = |span: &Span| {
            assessment
                .wrong
                .iter()
                .any(|(_, wrong)| wrong.start() <= span.start() && span.end() <= wrong.end())
        };
        for (point, span) in first.into_iter().enumerate() {
            match span.filter(|span| !inside_wrong(span)) {
                Some(span) => assessment.covered.push((point, span)),
                None => assessment.missed.push(point),
            }
        }
        assessment
    }

    /// How a coding answer was structured, against topic `index` of
    /// `base`; `end` is where the answer ends, for what it never did.
    pub fn coding_findings(
        &self,
        base: &KnowledgeBase,
        index: usize,
        said: &[Said<'_>],
        end: usize,
    ) -> Vec<Finding> {
        let topic = &base.topics()[index];
        match &self.checks(index, topic).approaches {
            Some(approaches) => coding::coding_findings(topic, approaches, said, end),
            None => Vec::new(),
        }
    }

    fn checks(&self, index: usize, topic: &Topic) -> &Checks {
        self.checks.get(index, topic, compile)
    }
}

/// A misconception found in `part` read after its context, and the words
/// of `part` that state it; none when it lies in the context alone.
type InContext = (usize, Option<Span>);

/// The misconceptions found in `part` when read after `context` (the
/// question, or the sentence before), pointing only at `part`'s words.
fn with_context(
    patterns: &[Option<Misconception>],
    context: &str,
    part: &Said<'_>,
) -> Vec<InContext> {
    let context = [context.trim(), " "].concat();
    let together = [&context, part.text].concat();
    patterns
        .iter()
        .enumerate()
        .filter_map(|(n, pattern)| {
            let found = pattern.as_ref()?.regex.find(&together)?;
            let stated = (found.end() > context.len()).then(|| {
                let start = found.start().max(context.len()) - context.len();
                let end = found.end() - context.len();
                Span::new(part.at + start, part.at + end)
            });
            Some((n, stated))
        })
        .collect()
}

/// Adds the misconceptions `part` states with its context, unless already
/// found.
fn add_new_misconceptions(wrong: &mut Vec<(usize, Span)>, in_context: &[InContext]) {
    for &(n, stated) in in_context {
        if let Some(span) = stated.filter(|_| !wrong.iter().any(|(seen, _)| *seen == n)) {
            wrong.push((n, span));
        }
    }
}

/// The misconceptions stated in one stretch of text; `in_context` is what
/// `with_context` found in it, when it was read with a context.
fn misconceptions(
    patterns: &[Option<Misconception>],
    part: &Said<'_>,
    in_context: Option<&[InContext]>,
) -> Vec<(usize, Span)> {
    let may_match = |n: usize, pattern: &Misconception| {
        pattern.anchored || in_context.is_none_or(|found| found.iter().any(|(seen, _)| *seen == n))
    };
    patterns
        .iter()
        .enumerate()
        .filter_map(|(n, pattern)| {
            let pattern = pattern.as_ref().filter(|p| may_match(n, p))?;
            let found = pattern.regex.find(part.text)?;
            Some((n, Span::new(part.at + found.start(), part.at + found.end())))
        })
        .collect()
}

fn compile(topic: &Topic) -> Checks {
    let mut patterns = Vec::new();
    let mut point_of = Vec::new();
    for (point, key_point) in topic.key_points.iter().enumerate() {
        for cue in &key_point.cues {
            patterns.push(cue.trim().to_lowercase());
            point_of.push(point);
        }
    }
    // Walked byte by byte (`for_each_overlapping`), which reads no
    // prefilter.
    let cues = DFA::builder()
        .ascii_case_insensitive(true)
        .match_kind(MatchKind::Standard)
        .prefilter(false)
        .build(&patterns)
        // A topic has a few dozen short cues: far from any size limit.
        .expect("cues compile");
    // `kb lint` rejects patterns that don't compile; one that slipped into a
    // user's base is skipped rather than failing the analysis.
    let wrong = topic
        .misconceptions
        .iter()
        .map(|m| {
            let regex = RegexBuilder::new(&m.pattern)
                .case_insensitive(true)
                .build()
                .ok()?;
            let anchored = m.pattern.contains('^') || m.pattern.contains("\\A");
            Some(Misconception { regex, anchored })
        })
        .collect();
    Checks {
        cues,
        point_of,
        wrong,
        approaches: PhraseList::approaches(topic),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn assess(id: &str, text: &str) -> (Assessment, &'static Topic) {
        let base = KnowledgeBase::built_in();
        let index = base.topics().iter().position(|t| t.id == id).unwrap();
        let content = ContentIndex::new(base);
        let said = [Said { text, at: 10 }];
        (
            content.assess(base, index, None, &said),
            &base.topics()[index],
        )
    }

    #[test]
    fn points_at_the_words_that_covered_a_key_point() {
        let text =
            "A list is mutable and a tuple is immutable, so a tuple can be a dictionary key.";
        let (assessment, topic) = assess("python.list-vs-tuple", text);
        let covered: Vec<&str> = assessment
            .covered
            .iter()
            .map(|(point, _)| topic.key_points[*point].id.as_str())
            .collect();
        assert!(
            covered.contains(&"mutability") && covered.contains(&"hashable"),
            "{covered:?}"
        );
        let (_, span) = assessment
            .covered
            .iter()
            .find(|(p, _)| topic.key_points[*p].id == "mutability")
            .unwrap();
        assert_eq!(&text[span.start() - 10..span.end() - 10], "mutable");
        assert!(!assessment.missed.is_empty());
        assert!(assessment.wrong.is_empty());
    }

    #[test]
    fn finds_the_seed_chmod_confusion_and_spares_a_correct_answer() {
        let (wrong, _) = assess(
            "linux.chmod-chown",
            "chmod will change the ownership of that file",
        );
        assert_eq!(wrong.wrong.len(), 1, "{wrong:?}");
        let (right, _) = assess(
            "linux.chmod-chown",
            "chmod changes the permission bits and chown changes the owner",
        );
        assert!(right.wrong.is_empty(), "{right:?}");
    }

    #[test]
    fn a_text_is_searched_alone_for_what_it_says_with_its_context_or_at_its_start() {
        let pattern = |pattern: &str, anchored: bool| {
            Some(Misconception {
                regex: RegexBuilder::new(pattern)
                    .case_insensitive(true)
                    .build()
                    .unwrap(),
                anchored,
            })
        };
        let patterns = [
            pattern("^it owns", true),
            pattern("it owns", false),
            pattern("chown owns", false),
        ];
        let part = Said {
            text: "It owns the file",
            at: 0,
        };
        let with_question = with_context(&patterns, "What is chown?", &part);
        let found = |n: usize| with_question.iter().any(|(seen, _)| *seen == n);
        assert!(!found(0) && found(1) && !found(2), "{with_question:?}");
        let alone: Vec<usize> = misconceptions(&patterns, &part, Some(&with_question))
            .into_iter()
            .map(|(n, _)| n)
            .collect();
        assert_eq!(alone, [0, 1]);
    }

    #[test]
    fn an_answer_leaning_on_its_question_is_judged_with_it() {
        let base = KnowledgeBase::built_in();
        let index = base
            .topics()
            .iter()
            .position(|t| t.id == "linux.chmod-chown")
            .unwrap();
        let content = ContentIndex::new(base);
        let text = "That change the ownership of that file permission.";
        let said = [Said { text, at: 50 }];
        let found = content.assess(base, index, Some("What is the purpose of, chmod?"), &said);
        assert_eq!(found.wrong.len(), 1, "{found:?}");
        let span = found.wrong[0].1;
        assert_eq!(
            &text[span.start() - 50..span.end() - 50],
            "That change the ownership"
        );
        assert!(
            found.covered.is_empty(),
            "the wrong words cover nothing: {found:?}"
        );
        let plain = content.assess(base, index, Some("What is chown?"), &said);
        assert!(plain.wrong.is_empty(), "{plain:?}");
    }
}
