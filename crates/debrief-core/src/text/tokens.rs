//! The words of a sentence as the rules read them: lower-cased, without the
//! punctuation around them, each with its byte span in the source and what
//! punctuation touched it (a comma after "like" makes it a filler).
//!
//! The sentence splitter makes each sentence's tokens as it reads its words
//! (`SentenceTokens`); the cues read the same tokens
//! (`cues::SentenceWords::of_tokens`) rather than splitting the sentence again.

use crate::span::Span;
use crate::text::words::{is_lowercase_ascii, push_lowercase, whitespace_words};
use crate::text::Sentence;
use std::borrow::Cow;

#[derive(Clone, Debug, PartialEq)]
pub struct Token<'a> {
    /// Lower-cased, typographic apostrophes made plain. Most words already
    /// are, and are borrowed from the sentence: the rules tokenise every
    /// answer, and a string per word was most of their allocation.
    lower: Cow<'a, str>,
    /// The word itself, without surrounding punctuation.
    pub span: Span,
    /// Punctuation right before the word ("(", "\"", or "," of the word
    /// before, which counts as a pause either way).
    pub pause_before: bool,
    /// A comma, dash or stop right after the word.
    pub pause_after: bool,
    /// The raw word ends with a hyphen or dash: cut off mid-word ("wh-").
    pub cut_off: bool,
    /// The raw word ends with a comma, which sets off a hesitation
    /// ("like," in "it's, like, a map").
    pub comma_after: bool,
}

impl Token<'_> {
    /// The word, lower-cased, typographic apostrophes made plain.
    pub fn word(&self) -> &str {
        &self.lower
    }
}

/// The tokens of every sentence of a transcript, made once for the cues
/// and the rules and kept in one list: a list per sentence was an
/// allocation per sentence, and every capitalised word's lower-case form
/// another, where here ASCII words borrow it from the source lower-cased
/// once.
pub struct SentenceTokens<'a> {
    source: &'a str,
    /// `source.to_ascii_lowercase()`, which has every word where the source
    /// has it.
    lower: &'a str,
    tokens: Vec<Token<'a>>,
    /// Per sentence: where its tokens end in `tokens`.
    ends: Vec<usize>,
    /// Per sentence: whether its tokens are its words one for one (see
    /// `one_per_word`).
    one_per_word: Vec<bool>,
}

impl<'a> SentenceTokens<'a> {
    /// No tokens yet, for the sentences of `source`, which the sentence
    /// splitter adds as it reads their words (`add_word`, `end_sentence`);
    /// `lower` is `source.to_ascii_lowercase()`.
    pub(crate) fn for_source(source: &'a str, lower: &'a str) -> Self {
        SentenceTokens {
            source,
            lower,
            // Room for the words of most transcripts: a word and the space
            // after it take five bytes or more.
            tokens: Vec::with_capacity(source.len() / 5 + 1),
            ends: Vec::new(),
            one_per_word: Vec::new(),
        }
    }

    /// The tokens of `sentences`, split apart from them, for tests of
    /// stages that take both.
    #[cfg(test)]
    pub fn new(sentences: &[Sentence], source: &'a str, lower: &'a str) -> Self {
        let mut tokens = SentenceTokens::for_source(source, lower);
        for sentence in sentences {
            tokens.end_sentence(sentence, false);
        }
        tokens
    }

    /// Adds `word`, at byte `at` of the source, the next word of the
    /// sentence being split.
    pub(crate) fn add_word(&mut self, word: &'a str, at: usize) {
        let first = self.ends.last().copied().unwrap_or(0);
        let lower = &self.lower[at..at + word.len()];
        push_token(word, Some(lower), at, first, &mut self.tokens);
    }

    /// Ends `sentence`. `whole` tells that the words added since the
    /// sentence before are all the words its span holds; one that crosses
    /// caption cues also spans their numbers and times, and its tokens are
    /// then made again from its whole span, as the cues and rules read it.
    pub(crate) fn end_sentence(&mut self, sentence: &Sentence, whole: bool) {
        let first = self.ends.last().copied().unwrap_or(0);
        let words = if whole {
            sentence.words
        } else {
            self.tokens.truncate(first);
            let span = sentence.span;
            let (text, lower) = (span.slice(self.source), span.slice(self.lower));
            push_tokens(text, Some(lower), span.start(), &mut self.tokens)
        };
        let made = self.tokens.len() - first;
        self.ends.push(self.tokens.len());
        self.one_per_word
            .push(words == sentence.words && made == sentence.words);
    }

    /// The tokens of sentence `index`.
    pub fn of(&self, index: usize) -> &[Token<'a>] {
        let start = index.checked_sub(1).map_or(0, |before| self.ends[before]);
        &self.tokens[start..self.ends[index]]
    }

    /// The tokens of sentence `index` when they are its words (`Sentence::text`)
    /// one for one: its span holds no other words (one that crosses caption
    /// cues also holds their numbers and times) and none of its words is
    /// bare punctuation, which makes no token.
    pub fn one_per_word(&self, index: usize) -> Option<&[Token<'a>]> {
        self.one_per_word[index].then(|| self.of(index))
    }

    /// The tokens of each sentence, in order.
    pub fn iter(&self) -> impl Iterator<Item = &[Token<'a>]> + '_ {
        (0..self.ends.len()).map(|index| self.of(index))
    }
}

/// The tokens of `text`, which starts at byte `at` of the source.
pub fn tokens(text: &str, at: usize) -> Vec<Token<'_>> {
    // Room for the words of most sentences: one allocation, not a doubling
    // every few words.
    let mut out: Vec<Token> = Vec::with_capacity(text.len() / 4 + 1);
    push_tokens(text, None, at, &mut out);
    out
}

/// Adds the tokens of `text`, which starts at byte `at` of the source, to
/// `out`, and returns how many whitespace-separated words `text` has.
/// `lower`, when given, is `text` with its ASCII capitals lower-cased,
/// where ASCII words find their lower-case form.
fn push_tokens<'a>(
    text: &'a str,
    lower: Option<&'a str>,
    at: usize,
    out: &mut Vec<Token<'a>>,
) -> usize {
    let first = out.len();
    let mut words = 0;
    for raw in whitespace_words(text) {
        words += 1;
        // The words are subslices of `text`, so the pointers give the
        // offset without searching.
        let start = raw.as_ptr() as usize - text.as_ptr() as usize;
        let lower = lower.map(|lower| &lower[start..start + raw.len()]);
        push_token(raw, lower, at + start, first, out);
    }
    words
}

/// Adds the token of `raw`, a whitespace-separated word at byte `at` of
/// the source, to `out`, whose tokens from `first` on are those of the same
/// sentence. `lower`, when given, is `raw` with its ASCII capitals
/// lower-cased.
fn push_token<'a>(
    raw: &'a str,
    lower: Option<&'a str>,
    at: usize,
    first: usize,
    out: &mut Vec<Token<'a>>,
) {
    // Trimmed in two steps, so the front is scanned once. Most words
    // start and end with a letter or digit, which is no edge: they
    // need no characters decoded. (No word is empty.)
    let from_start = if raw.as_bytes()[0].is_ascii_alphanumeric() {
        raw
    } else {
        raw.trim_start_matches(is_edge)
    };
    let trimmed_start = raw.len() - from_start.len();
    let ends_plain = from_start
        .as_bytes()
        .last()
        .is_some_and(u8::is_ascii_alphanumeric);
    let core = if ends_plain {
        from_start
    } else {
        from_start.trim_end_matches(is_edge)
    };
    let said = &mut out[first..];
    if core.is_empty() {
        // A lone dash or ellipsis between words is a pause.
        if let Some(last) = said.last_mut() {
            last.pause_after = true;
        }
        return;
    }
    let pause_before = trimmed_start > 0 || said.last().is_some_and(|t| t.pause_after);
    let after = &raw[trimmed_start + core.len()..];
    let offset = trimmed_start;
    let lower = match lower {
        Some(lower) if core.is_ascii() => Cow::Borrowed(&lower[offset..offset + core.len()]),
        _ if is_lowercase_ascii(core) => Cow::Borrowed(core),
        _ => {
            let mut word = String::with_capacity(core.len());
            push_lowercase(&mut word, core);
            Cow::Owned(word)
        }
    };
    out.push(Token {
        lower,
        span: Span::new(at + offset, at + offset + core.len()),
        pause_before,
        // Most words have nothing after them to search.
        pause_after: !after.is_empty()
            && after.contains([',', ';', ':', '.', '!', '?', '-', '\u{2014}', '\u{2013}']),
        cut_off: after.starts_with(['-', '\u{2014}', '\u{2013}']),
        comma_after: after.ends_with(','),
    });
}

/// Punctuation around a word that is not part of it; apostrophes inside
/// words ("I'm") and symbols of technical terms ("c++", "o(n)") stay.
fn is_edge(c: char) -> bool {
    matches!(
        c,
        ',' | '.'
            | '!'
            | '?'
            | ';'
            | ':'
            | '"'
            | '('
            | ')'
            | '['
            | ']'
            | '\u{201C}'
            | '\u{201D}'
            | '\u{2018}'
            | '\u{2019}'
            | '\''
            | '-'
            | '\u{2014}'
            | '\u{2013}'
            | '\u{2026}'
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_keep_spans_and_pauses() {
        let text = "Well, I  like—it's \u{201C}fine\u{201D}.";
        let found = tokens(text, 10);
        let words: Vec<&str> = found.iter().map(|t| t.word()).collect();
        assert_eq!(words, ["well", "i", "like\u{2014}it's", "fine"]);
        assert!(found[0].pause_after);
        assert!(found[1].pause_before);
        assert_eq!(
            found[3].span.slice(&format!("{}{text}", " ".repeat(10))),
            "fine"
        );
    }

    #[test]
    fn cut_off_words() {
        let found = tokens("we wh- we went", 0);
        assert!(found[1].cut_off);
        assert!(!found[0].cut_off);
    }
}
