//! Byte ranges into the original input.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A `[start, end)` byte range into the original input file.
///
/// The constructor orders its ends, so `start <= end` always holds; every
/// stage of the pipeline keeps spans on UTF-8 boundaries of the source.
/// Serialised as a two-element array, as the report contract says.
#[derive(
    Clone,
    Copy,
    Debug,
    Default,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    JsonSchema,
)]
#[serde(from = "[usize; 2]", into = "[usize; 2]")]
pub struct Span {
    start: usize,
    end: usize,
}

impl Span {
    /// The range between two offsets, whichever order they come in.
    pub fn new(a: usize, b: usize) -> Self {
        Span {
            start: a.min(b),
            end: a.max(b),
        }
    }

    /// The empty span at `at`, used where something has no words of its own
    /// (an inferred question points at where its answer starts).
    pub fn empty(at: usize) -> Self {
        Span { start: at, end: at }
    }

    pub fn start(self) -> usize {
        self.start
    }

    pub fn end(self) -> usize {
        self.end
    }

    pub fn len(self) -> usize {
        self.end - self.start
    }

    pub fn is_empty(self) -> bool {
        self.start == self.end
    }

    /// The smallest span covering both.
    pub fn cover(self, other: Span) -> Span {
        Span {
            start: self.start.min(other.start),
            end: self.end.max(other.end),
        }
    }

    /// The text this span covers in `source`.
    pub fn slice(self, source: &str) -> &str {
        &source[self.start..self.end]
    }
}

impl From<[usize; 2]> for Span {
    fn from([a, b]: [usize; 2]) -> Self {
        Span::new(a, b)
    }
}

impl From<Span> for [usize; 2] {
    fn from(span: Span) -> Self {
        [span.start, span.end]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn orders_its_ends() {
        let span = Span::new(9, 3);
        assert_eq!((span.start(), span.end()), (3, 9));
        assert_eq!(span.len(), 6);
    }

    #[test]
    fn serialises_as_a_pair() {
        let json = serde_json::to_string(&Span::new(4, 10)).unwrap();
        assert_eq!(json, "[4,10]");
        let back: Span = serde_json::from_str("[10,4]").unwrap();
        assert_eq!(back, Span::new(4, 10));
    }

    #[test]
    fn cover_spans_both() {
        assert_eq!(Span::new(5, 8).cover(Span::new(2, 6)), Span::new(2, 8));
    }
}
