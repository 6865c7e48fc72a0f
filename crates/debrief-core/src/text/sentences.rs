//! Sentence splitting that keeps byte spans.

use crate::span::Span;
use crate::transcript::{Piece, SpeakerIndex, TimeRange, Transcript};

/// One sentence of one speaker (or of nobody in particular, for unlabelled
/// text), with its words' extent in the source.
#[derive(Clone, Debug, PartialEq)]
pub struct Sentence {
    /// From the first byte of its first word to the last byte of its last.
    pub span: Span,
    /// The words joined by single spaces.
    pub text: String,
    pub words: usize,
    pub speaker: Option<SpeakerIndex>,
    pub time: Option<TimeRange>,
    /// First sentence of a paragraph or labelled turn.
    pub starts_paragraph: bool,
}

impl Sentence {
    pub fn is_question(&self) -> bool {
        self.text.ends_with('?')
            || self.text.ends_with("?\"")
            || self.text.ends_with("?'")
            || self.text.ends_with("?)")
    }
}

/// Words that end with a full stop without ending a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr.", "mrs.", "ms.", "dr.", "prof.", "sr.", "jr.", "st.", "vs.", "e.g.", "i.e.", "etc.",
    "approx.", "dept.", "inc.", "ltd.", "co.", "jan.", "feb.", "aug.", "sept.", "oct.", "nov.",
    "dec.", "a.m.", "p.m.", "u.s.", "u.k.", "no.",
];

/// Abbreviations that never end a sentence, whatever follows.
const TITLES: &[&str] = &[
    "mr.", "mrs.", "ms.", "dr.", "prof.", "st.", "vs.", "e.g.", "i.e.",
];

/// Splits the transcript into sentences. A sentence never crosses a change
/// of speaker or a paragraph break; it may cross caption cues of the same
/// speaker, since captions cut sentences wherever the line fills up.
pub fn sentences(transcript: &Transcript) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut builder = Builder::default();
    for piece in &transcript.pieces {
        if piece.starts_paragraph || builder.speaker != piece.speaker {
            builder.finish(&mut out);
            builder.start_run(piece);
        }
        let text = transcript.text(piece);
        let mut words = word_spans(text, piece.span.start()).peekable();
        while let Some((span, word)) = words.next() {
            builder.push(span, word, piece.time);
            let next = words.peek().map(|(_, next)| *next);
            if ends_sentence(word, next) {
                builder.finish(&mut out);
            }
        }
    }
    builder.finish(&mut out);
    out
}

#[derive(Default)]
struct Builder {
    speaker: Option<SpeakerIndex>,
    paragraph: bool,
    span: Option<Span>,
    text: String,
    words: usize,
    time: Option<TimeRange>,
}

impl Builder {
    fn start_run(&mut self, piece: &Piece) {
        self.speaker = piece.speaker;
        self.paragraph = piece.starts_paragraph;
    }

    fn push(&mut self, span: Span, word: &str, time: Option<TimeRange>) {
        if !self.text.is_empty() {
            self.text.push(' ');
        }
        self.text.push_str(word);
        self.words += 1;
        self.span = Some(self.span.map_or(span, |open| open.cover(span)));
        self.time = match (self.time, time) {
            (Some(open), Some(next)) => Some(TimeRange {
                start: open.start,
                end: next.end.max(open.end),
            }),
            (open, next) => open.or(next),
        };
    }

    fn finish(&mut self, out: &mut Vec<Sentence>) {
        if let Some(span) = self.span.take() {
            out.push(Sentence {
                span,
                text: std::mem::take(&mut self.text),
                words: std::mem::take(&mut self.words),
                speaker: self.speaker,
                time: self.time.take(),
                starts_paragraph: std::mem::take(&mut self.paragraph),
            });
        }
    }
}

/// Whitespace-separated words of `text` with their spans, `base` being the
/// offset of `text` in the source.
fn word_spans(text: &str, base: usize) -> impl Iterator<Item = (Span, &str)> {
    let mut rest = text;
    let mut offset = base;
    std::iter::from_fn(move || {
        let trimmed = rest.trim_start();
        offset += rest.len() - trimmed.len();
        if trimmed.is_empty() {
            return None;
        }
        let len = trimmed.find(char::is_whitespace).unwrap_or(trimmed.len());
        let word = &trimmed[..len];
        let span = Span::new(offset, offset + len);
        offset += len;
        rest = &trimmed[len..];
        Some((span, word))
    })
}

fn ends_sentence(word: &str, next: Option<&str>) -> bool {
    let bare = word.trim_end_matches(['"', '\'', ')', ']', '\u{201D}', '\u{2019}']);
    if bare.ends_with('?') || bare.ends_with('!') {
        return true;
    }
    if !bare.ends_with('.') {
        return false;
    }
    let lower = bare.to_lowercase();
    if TITLES.contains(&lower.as_str()) {
        return false;
    }
    let starts_lower = next
        .and_then(|next| next.chars().find(|c| c.is_alphanumeric()))
        .is_some_and(|c| c.is_lowercase() || c.is_ascii_digit());
    // "No." ends a sentence in "No. No." but not in "ticket no. 4".
    !(ABBREVIATIONS.contains(&lower.as_str()) && starts_lower)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest;
    use crate::transcript::InputFormat;

    fn split(source: &str) -> Vec<String> {
        let transcript = ingest::read(source.as_bytes(), Some(InputFormat::Plain)).unwrap();
        sentences(&transcript).into_iter().map(|s| s.text).collect()
    }

    #[test]
    fn splits_at_terminal_punctuation() {
        assert_eq!(
            split("Okay. What is a tuple? It is immutable! Right"),
            ["Okay.", "What is a tuple?", "It is immutable!", "Right"]
        );
    }

    #[test]
    fn keeps_abbreviations_and_dotted_words_inside() {
        assert_eq!(
            split("I used pd.DataFrame e.g. for reports. Mr. Smith agreed. No. No."),
            [
                "I used pd.DataFrame e.g. for reports.",
                "Mr. Smith agreed.",
                "No.",
                "No."
            ]
        );
    }

    #[test]
    fn never_crosses_a_paragraph_and_folds_whitespace() {
        let source = "First line\n  wraps here.\n\nSecond para";
        let transcript = ingest::read(source.as_bytes(), Some(InputFormat::Plain)).unwrap();
        let found = sentences(&transcript);
        assert_eq!(found[0].text, "First line wraps here.");
        assert_eq!(found[0].span.slice(source), "First line\n  wraps here.");
        assert!(found[1].starts_paragraph);
        assert_eq!(found[1].span.slice(source), "Second para");
    }
}
