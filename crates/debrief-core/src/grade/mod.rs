//! grade: a short answer against a reference answer, with no knowledge-base
//! entry needed — for coaches with their own question banks.
//!
//! Words are compared by their stems, with common synonyms folded together.
//! The reference is cut into key points (its clauses); the score mixes how
//! much of the reference's weighted vocabulary the answer uses with how many
//! key points it makes, where a word's weight is its rarity across the batch
//! and words the question already gives away count little. Very short
//! answers are discounted.

mod synonyms;
mod words;

use rustc_hash::{FxHashMap, FxHashSet};
use words::{clauses, stems};

/// The grade of one answer.
#[derive(Clone, Debug, PartialEq)]
pub struct Graded {
    /// 0 to 100.
    pub score: f64,
    /// Key points of the reference the answer made, as the reference says
    /// them.
    pub covered: Vec<String>,
    pub missed: Vec<String>,
}

/// One row to grade.
#[derive(Clone, Debug)]
pub struct Row {
    pub question: String,
    pub reference: String,
    pub answer: String,
}

/// How much the question's own words count when the answer repeats them.
const GIVEN_WEIGHT: f64 = 0.3;
/// A key point is made when this share of its weighted stems is used.
const POINT_MADE: f64 = 0.5;
/// Share of the score from vocabulary, the rest from key points.
const VOCABULARY_SHARE: f64 = 0.55;
/// Answers with fewer content stems than this share of the reference's are
/// discounted.
const SHORT_SHARE: f64 = 0.35;

/// Grades every row, using the whole batch for word rarity.
pub fn grade_all(rows: &[Row]) -> Vec<Graded> {
    let mut documents: Vec<FxHashSet<String>> = Vec::new();
    for row in rows {
        documents.push(stems(&row.reference).into_iter().collect());
        documents.push(stems(&row.answer).into_iter().collect());
    }
    let mut frequency: FxHashMap<&str, usize> = FxHashMap::default();
    for document in &documents {
        for stem in document {
            *frequency.entry(stem.as_str()).or_default() += 1;
        }
    }
    let total = documents.len().max(1) as f64;
    let rarity = |stem: &str| -> f64 {
        let seen = frequency.get(stem).copied().unwrap_or(0) as f64;
        (1.0 + total / (1.0 + seen)).ln()
    };
    rows.iter().map(|row| grade_with(row, &rarity)).collect()
}

/// Grades one row on its own (word rarity from this row only).
pub fn grade(row: &Row) -> Graded {
    grade_all(std::slice::from_ref(row)).remove(0)
}

fn grade_with(row: &Row, rarity: &dyn Fn(&str) -> f64) -> Graded {
    let given: FxHashSet<String> = stems(&row.question).into_iter().collect();
    let answer: FxHashSet<String> = stems(&row.answer).into_iter().collect();
    let weight = |stem: &str| {
        let base = rarity(stem);
        if given.contains(stem) {
            base * GIVEN_WEIGHT
        } else {
            base
        }
    };
    let reference: FxHashSet<String> = stems(&row.reference).into_iter().collect();
    let reference_weight: f64 = reference.iter().map(|s| weight(s)).sum();
    let used: f64 = reference
        .iter()
        .filter(|s| answer.contains(*s))
        .map(|s| weight(s))
        .sum();
    let vocabulary = if reference_weight > 0.0 {
        used / reference_weight
    } else {
        0.0
    };

    let mut covered = Vec::new();
    let mut missed = Vec::new();
    let mut point_weight = 0.0;
    let mut point_made = 0.0;
    for clause in clauses(&row.reference) {
        let clause_stems: FxHashSet<String> = stems(&clause).into_iter().collect();
        let total: f64 = clause_stems.iter().map(|s| weight(s)).sum();
        if total <= 0.0 {
            continue;
        }
        let said: f64 = clause_stems
            .iter()
            .filter(|s| answer.contains(*s))
            .map(|s| weight(s))
            .sum();
        point_weight += total;
        if said / total >= POINT_MADE {
            point_made += total;
            covered.push(clause);
        } else {
            missed.push(clause);
        }
    }
    let points = if point_weight > 0.0 {
        point_made / point_weight
    } else {
        vocabulary
    };

    let mut score = VOCABULARY_SHARE * vocabulary + (1.0 - VOCABULARY_SHARE) * points;
    let length = answer.len() as f64 / reference.len().max(1) as f64;
    if length < SHORT_SHARE {
        score *= (length / SHORT_SHARE).sqrt();
    }
    Graded {
        score: (100.0 * score).clamp(0.0, 100.0).round(),
        covered,
        missed,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(answer: &str) -> Row {
        Row {
            question: "What is the role of a prototype program in problem solving?".to_owned(),
            reference: "To simulate the behaviour of portions of the desired software product; to test ideas early and reduce the risk of building the wrong thing.".to_owned(),
            answer: answer.to_owned(),
        }
    }

    #[test]
    fn the_reference_itself_scores_full_marks_and_nothing_scores_zero() {
        let same = grade(&row("To simulate the behaviour of portions of the desired software product; to test ideas early and reduce the risk of building the wrong thing."));
        assert_eq!(same.score, 100.0);
        assert!(same.missed.is_empty());
        assert_eq!(grade(&row("")).score, 0.0);
    }

    #[test]
    fn more_of_the_reference_scores_higher_and_names_what_was_made() {
        let partial = grade(&row(
            "A prototype simulates how parts of the product behave.",
        ));
        let fuller = grade(&row("It simulates the behavior of parts of the software so you can test ideas early and lower the risk."));
        let off = grade(&row("A program is a list of instructions for a computer."));
        assert!(fuller.score > partial.score, "{fuller:?} {partial:?}");
        assert!(partial.score > off.score, "{partial:?} {off:?}");
        assert!(!fuller.covered.is_empty() && fuller.covered.len() >= partial.covered.len());
    }

    #[test]
    fn repeating_the_question_earns_little() {
        let echo = grade(&row(
            "The role of a prototype program in problem solving is a role.",
        ));
        assert!(echo.score < 25.0, "{echo:?}");
    }
}
