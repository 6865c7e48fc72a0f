//! Sentence splitting that keeps byte spans.

use crate::span::Span;
use crate::text::tokens::SentenceTokens;
use crate::text::words::{whitespace_words, WordList};
use crate::transcript::{Piece, SpeakerIndex, TimeRange, Transcript};
use std::borrow::Cow;

/// One sentence of one speaker (or of nobody in particular, for unlabelled
/// text), with its words' extent in the source.
#[derive(Clone, Debug, PartialEq)]
pub struct Sentence<'a> {
    /// From the first byte of its first word to the last byte of its last.
    pub span: Span,
    /// The words joined by single spaces: borrowed from the source where
    /// they stand one space apart there, as most sentences' words do.
    pub text: Cow<'a, str>,
    pub words: usize,
    pub speaker: Option<SpeakerIndex>,
    pub time: Option<TimeRange>,
    /// First sentence of a paragraph or labelled turn.
    pub starts_paragraph: bool,
}

impl Sentence<'_> {
    pub fn is_question(&self) -> bool {
        self.text.ends_with('?')
            || self.text.ends_with("?\"")
            || self.text.ends_with("?'")
            || self.text.ends_with("?)")
    }
}

/// The texts of the sentences at `indices`, joined by single spaces, written
/// into one string made with room for them all.
pub fn joined(sentences: &[Sentence], indices: &[usize]) -> String {
    let texts = indices.iter().map(|&i| &*sentences[i].text);
    let mut out = String::with_capacity(texts.clone().map(|text| text.len() + 1).sum());
    for (n, text) in texts.enumerate() {
        if n > 0 {
            out.push(' ');
        }
        out.push_str(text);
    }
    out
}

/// Words that end with a full stop without ending a sentence.
const ABBREVIATIONS: WordList = WordList::new(&[
    "mr.", "mrs.", "ms.", "dr.", "prof.", "sr.", "jr.", "st.", "vs.", "e.g.", "i.e.", "etc.",
    "approx.", "dept.", "inc.", "ltd.", "co.", "jan.", "feb.", "aug.", "sept.", "oct.", "nov.",
    "dec.", "a.m.", "p.m.", "u.s.", "u.k.", "no.",
]);

/// Abbreviations that never end a sentence, whatever follows.
const TITLES: WordList = WordList::new(&[
    "mr.", "mrs.", "ms.", "dr.", "prof.", "st.", "vs.", "e.g.", "i.e.",
]);

/// Splits the transcript into sentences. A sentence never crosses a change
/// of speaker or a paragraph break; it may cross caption cues of the same
/// speaker, since captions cut sentences wherever the line fills up.
pub fn sentences(transcript: &Transcript) -> Vec<Sentence<'_>> {
    split(transcript, None)
}

/// `sentences`, and the tokens of each, made as their words are read
/// rather than by splitting every sentence again; `lower` is the source
/// lower-cased (`str::to_ascii_lowercase`).
pub fn sentences_and_tokens<'a>(
    transcript: &'a Transcript,
    lower: &'a str,
) -> (Vec<Sentence<'a>>, SentenceTokens<'a>) {
    let mut tokens = SentenceTokens::for_source(&transcript.source, lower);
    let sentences = split(transcript, Some(&mut tokens));
    (sentences, tokens)
}

fn split<'a>(
    transcript: &'a Transcript,
    tokens: Option<&mut SentenceTokens<'a>>,
) -> Vec<Sentence<'a>> {
    let mut out = Vec::new();
    let mut builder = Builder {
        source: &transcript.source,
        tokens,
        ..Builder::default()
    };
    for piece in &transcript.pieces {
        if piece.starts_paragraph || builder.speaker != piece.speaker {
            builder.finish(&mut out);
            builder.start_run(piece);
        }
        let text = transcript.text(piece);
        let mut words = word_spans(text, piece.span.start()).peekable();
        // A sentence that goes on from the piece before spans what lies
        // between them: in caption files, the next cue's number and times.
        if let (Some(open), Some((next, _))) = (builder.span, words.peek()) {
            let between = transcript.source.get(open.end()..next.start());
            builder.crosses_cues |= !between.is_some_and(|between| between.trim().is_empty());
        }
        while let Some((span, word)) = words.next() {
            builder.push(span, word, piece.time);
            let next = words.peek().map(|(_, next)| *next);
            if ends_sentence(word, next)
                || builder.question_meets_its_answer(word, next)
                || builder.question_meets_a_reply(word, next)
                || builder.runs_on_into(word, next)
            {
                builder.finish(&mut out);
            }
        }
    }
    builder.finish(&mut out);
    out
}

#[derive(Default)]
struct Builder<'t, 'a> {
    source: &'a str,
    speaker: Option<SpeakerIndex>,
    paragraph: bool,
    span: Option<Span>,
    /// The words so far joined by single spaces, once they are no longer
    /// the source's text at `span`. Most sentences' words stand one space
    /// apart in the source: their text is copied from it once, when the
    /// sentence ends, rather than word by word.
    joined: Option<String>,
    words: usize,
    time: Option<TimeRange>,
    /// Every word so far is lower case with nothing but letters, digits,
    /// apostrophes and hyphens: speech-to-text that gives no sentence cues
    /// at all.
    bare: bool,
    /// The span holds more than the words: text of the file between two
    /// pieces, such as a caption cue's number and times.
    crosses_cues: bool,
    /// Where the sentences' tokens go, when they are wanted.
    tokens: Option<&'t mut SentenceTokens<'a>>,
}

impl<'a> Builder<'_, 'a> {
    fn start_run(&mut self, piece: &Piece) {
        self.speaker = piece.speaker;
        self.paragraph = piece.starts_paragraph;
    }

    fn push(&mut self, span: Span, word: &'a str, time: Option<TimeRange>) {
        if let Some(open) = self.span {
            let one_space_apart =
                open.end() + 1 == span.start() && self.source.as_bytes()[open.end()] == b' ';
            if !one_space_apart && self.joined.is_none() {
                self.joined = Some(open.slice(self.source).to_owned());
            }
            if let Some(joined) = &mut self.joined {
                joined.push(' ');
                joined.push_str(word);
            }
        }
        if let Some(tokens) = &mut self.tokens {
            tokens.add_word(word, span.start());
        }
        self.bare = (self.words == 0 || self.bare)
            && word.chars().all(|c| {
                c.is_lowercase() || c.is_ascii_digit() || matches!(c, '\'' | '\u{2019}' | '-')
            });
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

    /// A question that lost its question mark runs straight into the
    /// answer: "How did you find that bug I added logging…". When the
    /// sentence so far opens as a question to "you" and a capitalised "I"
    /// follows a word that cannot introduce a clause, the answer starts
    /// there.
    fn question_meets_its_answer(&self, word: &str, next: Option<&str>) -> bool {
        // Every form of "I" starts with it: most words are rejected here,
        // before any trimming.
        let Some(next) = next.filter(|next| next.starts_with('I')) else {
            return false;
        };
        let bare_next = next.trim_end_matches(|c: char| !c.is_alphanumeric());
        if !matches!(
            bare_next,
            "I" | "I'm" | "I've" | "I'd" | "I'll" | "I\u{2019}m"
        ) || self.words < 4
        {
            return false;
        }
        let bare = word
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_ascii_lowercase();
        if !bare.chars().all(|c| c.is_ascii_alphanumeric())
            || CLAUSE_INTRODUCERS.contains(&bare.as_str())
        {
            return false;
        }
        self.opens_a_question()
            && self
                .text()
                .split_whitespace()
                .any(|w| w.eq_ignore_ascii_case("you"))
    }

    /// The same in lower-case speech: a question without its mark, then a
    /// word that opens a reply rather than going on with the question
    /// ("how did you make it incremental so because we have CDC…", "why
    /// does the null key cause skew because it still gets shuffled…").
    fn question_meets_a_reply(&self, word: &str, next: Option<&str>) -> bool {
        if !next.is_some_and(|next| REPLY_OPENERS.contains(next)) {
            return false;
        }
        let bare = word.trim_matches(|c: char| !c.is_alphanumeric());
        let continues = CLAUSE_INTRODUCERS
            .iter()
            .chain(RUN_ON_BREAKS.words())
            .any(|w| w.eq_ignore_ascii_case(bare));
        self.words >= REPLY_AFTER_WORDS && !continues && self.opens_a_question()
    }

    /// Whether the sentence so far starts, after its lead-ins, with a word
    /// that starts questions.
    fn opens_a_question(&self) -> bool {
        self.text()
            .split_whitespace()
            .map(|w| {
                w.trim_matches(|c: char| !c.is_alphanumeric())
                    .to_ascii_lowercase()
            })
            .find(|w| {
                !matches!(
                    w.as_str(),
                    "and" | "so" | "okay" | "um" | "uh" | "mm-hmm" | "but" | "then"
                )
            })
            .is_some_and(|first| QUESTION_STARTS.contains(&first.as_str()))
    }

    /// Speech-to-text without capitals or punctuation (as automatic
    /// captions come) would otherwise make one sentence of a whole
    /// conversation. Once such a run is long, it breaks before a word that
    /// usually opens a turn or a question: "…approval time dropped to
    /// a day | okay nice | so tell me about a time…".
    fn runs_on_into(&self, last: &str, next: Option<&str>) -> bool {
        // A break word opens what follows it, so no break comes straight
        // after one: "okay so tell me", "what do you want" stay whole.
        self.bare
            && self.words >= RUN_ON_WORDS
            && !RUN_ON_BREAKS.contains(last)
            && next.is_some_and(|next| RUN_ON_BREAKS.contains(next))
    }

    /// The words so far joined by single spaces.
    fn text(&self) -> &str {
        match (&self.joined, self.span) {
            (Some(joined), _) => joined,
            (None, Some(span)) => span.slice(self.source),
            (None, None) => "",
        }
    }

    fn finish(&mut self, out: &mut Vec<Sentence<'a>>) {
        let crosses_cues = std::mem::take(&mut self.crosses_cues);
        if let Some(span) = self.span {
            let text = match self.joined.take() {
                Some(joined) => Cow::Owned(joined),
                None => Cow::Borrowed(span.slice(self.source)),
            };
            self.span = None;
            let sentence = Sentence {
                span,
                text,
                words: std::mem::take(&mut self.words),
                speaker: self.speaker,
                time: self.time.take(),
                starts_paragraph: std::mem::take(&mut self.paragraph),
            };
            if let Some(tokens) = &mut self.tokens {
                tokens.end_sentence(&sentence, !crosses_cues);
            }
            out.push(sentence);
        }
    }
}

/// Whitespace-separated words of `text` with their spans, `base` being the
/// offset of `text` in the source.
fn word_spans(text: &str, base: usize) -> impl Iterator<Item = (Span, &str)> {
    whitespace_words(text).map(move |word| {
        // The words are subslices of `text`: the pointers give the offset.
        let start = base + (word.as_ptr() as usize - text.as_ptr() as usize);
        (Span::new(start, start + word.len()), word)
    })
}

/// Words that, capitalised mid-text in speech-to-text output, start a new
/// sentence even when the one before has lost its full stop ("…what was
/// the hardest part Um I think…"). Proper nouns ("Python", "React") are not
/// here, and neither is "I", which is capitalised everywhere.
const OPENERS: WordList = WordList::new(&[
    "um",
    "uh",
    "so",
    "okay",
    "ok",
    "yeah",
    "yes",
    "no",
    "well",
    "sure",
    "right",
    "honestly",
    "basically",
    "actually",
    "hmm",
    "mm-hmm",
    "oh",
    "great",
    "cool",
    "thanks",
    "thank",
    "and",
    "but",
    "because",
    "what",
    "how",
    "why",
    "where",
    "when",
    "which",
    "who",
    "can",
    "could",
    "would",
    "do",
    "did",
    "does",
    "is",
    "are",
    "was",
    "tell",
    "walk",
    "let's",
    "the",
    "we",
    "it",
    "it's",
    "that",
    "that's",
    "this",
    "my",
    "in",
    "for",
    "if",
    "then",
    "there",
    "they",
    "you",
    "perfect",
    "nice",
    "alright",
    "good",
    "interesting",
    "got",
    "now",
    "also",
    "have",
]);

/// Lower-case words that open a reply, not a clause of the question before
/// them.
const REPLY_OPENERS: WordList = WordList::new(&["so", "um", "uh", "because", "yeah", "well"]);

/// How long a question must be before a reply opener may end it.
const REPLY_AFTER_WORDS: usize = 6;

/// How many bare words a run-on sentence has before it may break.
const RUN_ON_WORDS: usize = 8;

/// Words before which a bare run-on sentence breaks: discourse markers
/// that open turns, and the first words of questions and prompts.
const RUN_ON_BREAKS: WordList = WordList::new(&[
    "okay", "ok", "so", "yeah", "yes", "alright", "um", "uh", "mm-hmm", "hmm", "sure", "great",
    "nice", "cool", "thanks", "thank", "what", "how", "why", "tell", "can", "could", "do", "did",
    "let's",
]);

/// First words of a question.
const QUESTION_STARTS: &[&str] = &[
    "how", "what", "why", "where", "when", "which", "who", "do", "did", "does", "can", "could",
    "would", "will", "have", "has", "is", "are", "was", "were", "should",
];

/// Words after which "I" continues the sentence ("what I did", "do you
/// think I should…").
const CLAUSE_INTRODUCERS: &[&str] = &[
    "that", "what", "when", "if", "because", "and", "so", "as", "where", "how", "which", "than",
    "think", "know", "guess", "mean", "believe", "said", "say", "feel", "hope", "wish", "suppose",
    "assume", "sure", "tell", "ask", "mind", "whether", "why", "who", "while", "but", "or",
    "before", "after", "until", "since", "like", "where", "would", "should", "could", "can", "did",
    "do", "does", "am", "was", "were", "have", "had", "then", "once", "whom", "whose",
];

fn ends_sentence(word: &str, next: Option<&str>) -> bool {
    // Most words end with a letter or digit: nothing to trim or decode.
    if word
        .as_bytes()
        .last()
        .is_some_and(u8::is_ascii_alphanumeric)
    {
        return next.is_some_and(opens_a_sentence);
    }
    let bare = word.trim_end_matches(['"', '\'', ')', ']', '\u{201D}', '\u{2019}']);
    let Some(last) = bare.chars().next_back() else {
        return false;
    };
    if last.is_alphanumeric() {
        return next.is_some_and(opens_a_sentence);
    }
    if last == '?' || last == '!' {
        return true;
    }
    if last != '.' {
        return false;
    }
    let mut buffer = [0u8; 16];
    let lower = lower_ascii(bare, &mut buffer).unwrap_or_default();
    if TITLES.contains_bytes(lower) {
        return false;
    }
    let starts_lower = next
        .and_then(|next| next.chars().find(|c| c.is_alphanumeric()))
        .is_some_and(|c| c.is_lowercase() || c.is_ascii_digit());
    // "No." ends a sentence in "No. No." but not in "ticket no. 4".
    !(ABBREVIATIONS.contains_bytes(lower) && starts_lower)
}

fn opens_a_sentence(word: &str) -> bool {
    // Most words start with an ASCII letter, told without decoding it.
    let capital = match word.as_bytes().first() {
        Some(byte) if byte.is_ascii() => byte.is_ascii_uppercase(),
        _ => word.starts_with(|c: char| c.is_uppercase()),
    };
    if !capital {
        return false;
    }
    let bare = word.trim_end_matches(|c: char| !c.is_alphanumeric());
    let mut buffer = [0u8; 16];
    bare.chars().skip(1).all(|c| !c.is_uppercase())
        && lower_ascii(bare, &mut buffer).is_some_and(|lower| OPENERS.contains_bytes(lower))
}

/// `word`'s bytes in lower case, when it is ASCII and fits `buffer` (every
/// word the lists here hold does). Bytes, not a `str`: checking that they
/// are UTF-8 again cost more than comparing them.
fn lower_ascii<'a>(word: &str, buffer: &'a mut [u8; 16]) -> Option<&'a [u8]> {
    let bytes = word.as_bytes();
    if bytes.len() > buffer.len() || !word.is_ascii() {
        return None;
    }
    let out = &mut buffer[..bytes.len()];
    out.copy_from_slice(bytes);
    out.make_ascii_lowercase();
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest;
    use crate::transcript::InputFormat;

    fn split(source: &str) -> Vec<String> {
        let transcript = ingest::read(source.as_bytes(), Some(InputFormat::Plain)).unwrap();
        sentences(&transcript)
            .into_iter()
            .map(|s| s.text.into_owned())
            .collect()
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
    fn a_capitalised_opener_after_no_punctuation_starts_a_sentence() {
        assert_eq!(
            split("what was the hardest part Um I think it was the feed So we used Python"),
            [
                "what was the hardest part",
                "Um I think it was the feed",
                "So we used Python"
            ]
        );
        assert_eq!(
            split("then I used React and Kafka"),
            ["then I used React and Kafka"]
        );
        assert_eq!(split("Okay, So what now"), ["Okay, So what now"]);
    }

    #[test]
    fn a_question_without_its_mark_stops_where_the_answer_starts() {
        assert_eq!(
            split("Mm-hmm. How did you find that bug I added logging to it."),
            [
                "Mm-hmm.",
                "How did you find that bug",
                "I added logging to it."
            ]
        );
        assert_eq!(
            split("Do you think I should use a queue here"),
            ["Do you think I should use a queue here"]
        );
        assert_eq!(
            split("I think the bug I found was old."),
            ["I think the bug I found was old."]
        );
    }

    #[test]
    fn a_lower_case_question_stops_where_the_reply_starts() {
        assert_eq!(
            split("how did you make it incremental, like how do you know what changed so because we have CDC, every row has the operation."),
            [
                "how did you make it incremental, like how do you know what changed",
                "so because we have CDC, every row has the operation."
            ]
        );
        // Not inside a statement, nor after a word that leads on.
        assert_eq!(
            split("we moved the reports, all of them, to workers at night so nothing blocks."),
            ["we moved the reports, all of them, to workers at night so nothing blocks."]
        );
        assert_eq!(
            split("what would you change and because of what."),
            ["what would you change and because of what."]
        );
    }

    #[test]
    fn bare_lower_case_speech_breaks_where_turns_usually_open() {
        // Pieces are at least eight words, so "okay nice" stays with what
        // follows it.
        assert_eq!(
            split("it took two weeks and the deal closed in the end okay nice so tell me about a time you failed"),
            [
                "it took two weeks and the deal closed in the end",
                "okay nice so tell me about a time you failed"
            ]
        );
        // Short runs, and any text with capitals or punctuation, are left
        // to the other rules.
        assert_eq!(
            split("okay so what do you want"),
            ["okay so what do you want"]
        );
        assert_eq!(
            split("It took two weeks and the deal closed in the end okay nice"),
            ["It took two weeks and the deal closed in the end okay nice"]
        );
    }

    #[test]
    fn tokens_made_while_splitting_are_those_of_each_span() {
        let captions = "1\n00:00:01,000 --> 00:00:02,000\nSo the cache\n\n\
                        2\n00:00:02,000 --> 00:00:03,000\nholds, um \u{2014} rows.\n";
        let plain = "Well, I  like\u{2014}it's \u{201C}fine\u{201D}. No\n- wait. Yes";
        for (source, format) in [(captions, InputFormat::Srt), (plain, InputFormat::Plain)] {
            let transcript = ingest::read(source.as_bytes(), Some(format)).unwrap();
            let lower = transcript.source.to_ascii_lowercase();
            let (found, made) = sentences_and_tokens(&transcript, &lower);
            let apart = SentenceTokens::new(&found, &transcript.source, &lower);
            assert!(made.iter().eq(apart.iter()), "{source}");
            for i in 0..found.len() {
                assert_eq!(made.one_per_word(i), apart.one_per_word(i), "{source}");
            }
        }
        // The caption's sentence spans the second cue's number and times:
        // its tokens are those of its whole span, not its words one for one.
        let transcript = ingest::read(captions.as_bytes(), Some(InputFormat::Srt)).unwrap();
        let lower = transcript.source.to_ascii_lowercase();
        let (found, made) = sentences_and_tokens(&transcript, &lower);
        assert_eq!(found.len(), 1);
        assert!(made.one_per_word(0).is_none());
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
