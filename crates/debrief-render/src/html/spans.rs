//! Report spans against the source text.
//!
//! Spans come from the report, which may have been edited, made from another
//! file or by another version; the source is whatever the caller passed. So
//! a span is only ever used clamped to the source and widened to whole
//! characters: a bad span shows the wrong words, never panics.

use debrief_core::Span;
use std::ops::Range;

/// The byte range of `span` that lies inside `source`, on char boundaries;
/// empty exactly when `span` is empty or lies past the end of `source`.
pub fn clamp(span: Span, source: &str) -> Range<usize> {
    let start = floor(source, span.start());
    if span.is_empty() {
        return start..start;
    }
    start..ceil(source, span.end()).max(start)
}

/// The words `span` covers in `source` (empty when it lies outside it).
pub fn slice(span: Span, source: &str) -> &str {
    &source[clamp(span, source)]
}

fn floor(source: &str, at: usize) -> usize {
    let mut at = at.min(source.len());
    while !source.is_char_boundary(at) {
        at -= 1;
    }
    at
}

fn ceil(source: &str, at: usize) -> usize {
    // `source.len()` is a boundary, so this stops there at the latest.
    let mut at = at.min(source.len());
    while !source.is_char_boundary(at) {
        at += 1;
    }
    at
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spans_inside_the_source_are_kept() {
        assert_eq!(slice(Span::new(4, 9), "the quick fox"), "quick");
        assert_eq!(clamp(Span::empty(3), "abcdef"), 3..3);
    }

    #[test]
    fn spans_past_the_end_are_clamped() {
        assert_eq!(slice(Span::new(2, 100), "abcdef"), "cdef");
        assert_eq!(slice(Span::new(50, 100), "abcdef"), "");
        assert_eq!(clamp(Span::new(50, 100), "abcdef"), 6..6);
        assert_eq!(slice(Span::new(0, 5), ""), "");
    }

    #[test]
    fn spans_inside_a_character_widen_to_whole_characters() {
        // "é" is bytes 1..3 and "ü" bytes 4..6.
        let source = "aé üb";
        assert_eq!(slice(Span::new(2, 5), source), "é ü");
        assert_eq!(slice(Span::new(2, 2), source), "");
        assert_eq!(clamp(Span::new(2, 2), source), 1..1);
        let emoji = "🎤";
        for start in 0..=emoji.len() {
            for end in start..=emoji.len() + 1 {
                let got = slice(Span::new(start, end), emoji);
                assert!(got.is_empty() || got == emoji, "{start}..{end}: {got:?}");
            }
        }
    }
}
