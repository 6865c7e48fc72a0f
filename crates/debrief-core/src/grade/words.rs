//! The words a grade compares: content words, stemmed, synonyms folded.

use super::synonyms::canonical;
use crate::cues::is_function_word;
use frostem::{Algorithm, Stemmer};
use std::sync::LazyLock;

static STEMMER: LazyLock<Stemmer> = LazyLock::new(|| Stemmer::new(Algorithm::English));

/// The stems of `text`'s content words, in order.
pub fn stems(text: &str) -> Vec<String> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '+' || c == '#'))
        .filter(|w| !w.is_empty())
        .map(|w| w.trim_matches('\'').to_lowercase())
        .filter(|w| !w.is_empty() && !is_function_word(w) && !STOP.contains(&w.as_str()))
        .map(|w| {
            let folded = canonical(&w).unwrap_or(&w).to_owned();
            STEMMER.stem(&folded).into_owned()
        })
        .collect()
}

/// Words too common in answers to carry meaning, beyond the function
/// words.
const STOP: &[&str] = &["also", "etc", "e.g", "i.e", "example", "used", "uses"];

/// The reference's clauses: its sentences, cut at semicolons and at
/// commas or "and" that join complete thoughts, keeping pieces with at
/// least two content words.
pub fn clauses(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    // A fragment ("A last-in") opens the clause after it, or, at the end,
    // closes the one before ("…, and faster").
    let mut pending = String::new();
    for piece in text.split(['.', ';', '\n', ':']) {
        for part in piece.split(", and ").flat_map(|p| p.split(", ")) {
            let part = part.trim();
            if part.is_empty() {
                continue;
            }
            if !pending.is_empty() {
                pending.push_str(", ");
            }
            pending.push_str(part);
            if stems(&pending).len() >= 2 {
                out.push(std::mem::take(&mut pending));
            }
        }
    }
    match out.last_mut() {
        Some(last) if !pending.is_empty() => {
            last.push_str(", ");
            last.push_str(&pending);
        }
        _ if !pending.is_empty() => out.push(pending),
        _ => {}
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stems_and_folds_synonyms() {
        assert_eq!(stems("Connections are running"), ["connect", "run"]);
        assert_eq!(stems("a method"), stems("a function"));
    }

    #[test]
    fn clauses_split_at_semicolons_and_commas() {
        assert_eq!(
            clauses("It stores items in order; it allows duplicates, and it grows as needed."),
            [
                "It stores items in order",
                "it allows duplicates",
                "it grows as needed"
            ]
        );
        assert_eq!(
            clauses("A last-in, first-out collection; push adds to the top."),
            ["A last-in, first-out collection", "push adds to the top"]
        );
    }
}
