//! SubRip (`.srt`) captions: numbered cues, a timing line, text lines and a
//! blank line between cues.
//!
//! ```text
//! 1
//! 00:00:01,000 --> 00:00:04,200
//! Interviewer: So, tell me about yourself.
//!
//! 2
//! 00:00:04,900 --> 00:00:07,000
//! <i>Um, sure.</i>
//! - And your last job?
//! - Backend, mostly.
//! ```
//!
//! Read leniently, as real exports are: CRLF, a missing index line or blank
//! line, `.` for `,` in the milliseconds, trailing spaces. Markup (`<i>`,
//! `<font …>`, `{\an8}`) is never inside a piece: text between tags becomes
//! separate pieces. A `Name:` prefix gives the cue a speaker (when the name
//! prefixes two cues or more, so that "Remember: …" stays text), and a
//! dialogue dash starts a new piece. A cue whose timing cannot be read keeps
//! its text without a time, with a warning; a file where no timing can be
//! read is refused.
//!
//! The cue reading here is shared with WebVTT, which differs only in its
//! header, its blocks and its markup (see [`Dialect`]).

use super::speaker_lines::{clock, colon_label, lines, trimmed_span};
use super::Parsed;
use crate::error::Error;
use crate::span::Span;
use crate::transcript::{InputFormat, Piece, TimeRange};
use std::collections::HashMap;

/// A silence this long between cues is shown as a paragraph break: the
/// hint later stages use for where a new interview may start.
pub(super) const PAUSE_SECONDS: f64 = 5.0;

/// Markup recognised inside cue text.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Tag {
    /// WebVTT's `<v Name>`: who speaks until `</v>` or the end of the cue.
    Voice(String),
    EndVoice,
    Other,
}

/// What sets one caption format apart from SubRip.
pub(super) struct Dialect {
    pub format: InputFormat,
    /// Reads the tag starting at the given text (at a `<` or `{`), giving its
    /// length in bytes.
    pub tag: fn(&str) -> Option<(usize, Tag)>,
    /// Whether a block starting with this line carries no cues.
    pub skips_block: fn(&str) -> bool,
}

const SRT: Dialect = Dialect {
    format: InputFormat::Srt,
    tag: srt_tag,
    skips_block: no_blocks,
};

fn no_blocks(_: &str) -> bool {
    false
}

pub fn read(source: &str) -> Result<Parsed, Error> {
    read_cues(source, 0, &SRT)
}

/// `<i>`, `</i>`, `<b>`, `<u>`, `<s>`, `<font color="…">` and ASS overrides
/// like `{\an8}`. Other `<…>` is text: SubRip has no escaping, and people
/// write "x < 3 and y > 2".
fn srt_tag(text: &str) -> Option<(usize, Tag)> {
    if text.starts_with("{\\") {
        return text.find('}').map(|end| (end + 1, Tag::Other));
    }
    let inner = text.strip_prefix('<')?;
    let end = inner.find('>')?;
    let inner = &inner[..end];
    let name = inner.strip_prefix('/').unwrap_or(inner);
    let name = name.split([' ', '\t', '=', '/']).next().unwrap_or_default();
    let known = ["i", "b", "u", "s", "font", "br"]
        .iter()
        .any(|tag| tag.eq_ignore_ascii_case(name));
    (known && !inner.contains('<')).then_some((end + 2, Tag::Other))
}

/// A numbered line, text line or timing line of a cue file.
struct Line<'a> {
    number: usize,
    offset: usize,
    text: &'a str,
}

struct Cue<'a> {
    /// The index (or identifier) as written, when there is one.
    id: Option<&'a str>,
    timing: Option<Line<'a>>,
    text: Vec<Line<'a>>,
}

/// Reads the cues of `source` from line index `skip` on.
pub(super) fn read_cues(source: &str, skip: usize, dialect: &Dialect) -> Result<Parsed, Error> {
    let mut parsed = Parsed::default();
    let mut cues: Vec<Cue> = Vec::new();
    let mut block_start = true;
    let mut skipping = false;
    let mut timings = 0;
    for (index, (offset, text)) in lines(source).enumerate().skip(skip) {
        let line = Line {
            number: index + 1,
            offset,
            text,
        };
        if text.trim().is_empty() {
            block_start = true;
            skipping = false;
            continue;
        }
        if block_start && (dialect.skips_block)(text) {
            skipping = true;
        }
        let was_block_start = std::mem::replace(&mut block_start, false);
        if skipping {
            continue;
        }
        if is_timing_line(text) {
            timings += 1;
            // The line before a timing line is its cue's index when it
            // opens the block or is a number (a blank line went missing).
            let mut id = None;
            if let Some(last) = cues.last_mut() {
                let previous = last.text.last();
                let is_id = previous.is_some_and(|previous| {
                    previous.number + 1 == line.number
                        && (is_index(previous.text)
                            || (last.timing.is_none() && last.text.len() == 1))
                });
                if is_id {
                    id = last.text.pop().map(|previous| previous.text.trim());
                    if last.timing.is_none() && last.text.is_empty() {
                        cues.pop();
                    }
                }
            }
            cues.push(Cue {
                id,
                timing: Some(line),
                text: Vec::new(),
            });
        } else if was_block_start {
            cues.push(Cue {
                id: None,
                timing: None,
                text: vec![line],
            });
        } else if let Some(cue) = cues.last_mut() {
            cue.text.push(line);
        }
    }

    let mut stretches = Vec::new();
    let mut readable = 0;
    let mut first_problem = None;
    for (ordinal, cue) in cues.iter().enumerate() {
        let name = match cue.id {
            Some(id) => format!("cue {id}"),
            None => format!("cue #{}", ordinal + 1),
        };
        let time = match &cue.timing {
            Some(timing) => match read_timing(timing.text) {
                Ok(time) => {
                    readable += 1;
                    Some(time)
                }
                Err(problem) => {
                    let problem = format!(
                        "{name} (line {}): {problem} in `{}`",
                        timing.number,
                        timing.text.trim()
                    );
                    parsed.warn(format!("{problem}; its text is kept without a time"));
                    first_problem.get_or_insert(problem);
                    None
                }
            },
            None => {
                if cue.text.iter().all(|line| is_index(line.text)) {
                    continue;
                }
                let first = &cue.text[0];
                if is_index(first.text) {
                    parsed.warn(format!(
                        "cue {} (line {}) has no timing line; its text is kept without a time",
                        first.text.trim(),
                        first.number
                    ));
                    cue_stretches(&cue.text[1..], None, dialect, &mut stretches);
                } else {
                    parsed.warn(format!(
                        "line {}: text outside any cue (no timing line before it); kept without a time",
                        first.number
                    ));
                    cue_stretches(&cue.text, None, dialect, &mut stretches);
                }
                continue;
            }
        };
        cue_stretches(&cue.text, time, dialect, &mut stretches);
    }
    if readable == 0 {
        let reason = match first_problem {
            Some(problem) => format!("no cue has a readable timing line; {problem}"),
            None if timings == 0 => format!(
                "found no cues: expected timing lines like `{}`",
                match dialect.format {
                    InputFormat::Webvtt => "00:00:01.000 --> 00:00:04.000",
                    _ => "00:00:01,000 --> 00:00:04,000",
                }
            ),
            None => "found no cues".to_owned(),
        };
        return Err(Error::Malformed {
            format: dialect.format,
            reason,
        });
    }
    finish(&mut parsed, stretches);
    Ok(parsed)
}

fn is_index(text: &str) -> bool {
    let text = text.trim();
    !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit())
}

/// A line meant as a timing line, readable or not: it has `-->`, or a time
/// then a mistyped arrow (`00:00:30,000 -> 00:00:33,000`), which must not
/// end up as cue text.
pub(super) fn is_timing_line(line: &str) -> bool {
    line.contains("-->")
        || line
            .split_once("->")
            .is_some_and(|(start, _)| clock(start.trim()).is_some())
}

/// `start --> end`, with anything after the end (WebVTT cue settings,
/// SubRip's `X1:…` coordinates) ignored.
pub(super) fn read_timing(line: &str) -> Result<TimeRange, &'static str> {
    let (start, rest) = line
        .split_once("-->")
        .ok_or("the arrow between the times is not `-->`")?;
    let start = clock(start.trim()).ok_or("cannot read the start time")?;
    let end = rest.split_whitespace().next().unwrap_or_default();
    let end = clock(end).ok_or("cannot read the end time")?;
    if end < start {
        return Err("the cue ends before it starts");
    }
    Ok(TimeRange { start, end })
}

/// A run of cue text with no markup inside, before its speaker is settled.
struct Stretch {
    text: Option<Span>,
    /// A `Name:` prefix, kept until we know whether the name recurs (and so
    /// is a speaker, not a word).
    label: Option<Prefix>,
    /// The prefix's name on this stretch and on the rest of its turn in the
    /// cue, past inline tags.
    said_by: Option<String>,
    voice: Option<String>,
    time: Option<TimeRange>,
    /// A dialogue dash or `>>`: someone else speaks from here.
    new_turn: bool,
}

struct Prefix {
    /// Where the name starts and where the label ends (after the colon).
    span: Span,
    name: String,
}

/// Splits one cue's text lines into markup-free stretches.
fn cue_stretches(
    lines: &[Line],
    time: Option<TimeRange>,
    dialect: &Dialect,
    out: &mut Vec<Stretch>,
) {
    let mut voice: Option<String> = None;
    let mut said_by: Option<String> = None;
    let mut open: Option<Stretch> = None;
    let mut cue_start = true;
    for line in lines {
        let mut line_start = true;
        for token in tokens(line.text, dialect) {
            let (start, end) = match token {
                Token::Tag(tag) => {
                    out.extend(open.take());
                    match tag {
                        Tag::Voice(name) => voice = Some(name).filter(|name| !name.is_empty()),
                        Tag::EndVoice => voice = None,
                        Tag::Other => {}
                    }
                    continue;
                }
                Token::Text(start, end) => (start, end),
            };
            let text = &line.text[..end];
            let mut from = start;
            let mut new_turn = false;
            let mut label = None;
            if line_start && !text[start..].trim().is_empty() {
                line_start = false;
                from += text[start..].len() - text[start..].trim_start().len();
                if let Some(dash) = dash_len(&text[from..]) {
                    from += dash;
                    new_turn = true;
                    said_by = None;
                }
                if cue_start || new_turn {
                    if let Some(found) = colon_label(text, from) {
                        let end = text[..found.text].trim_end().len();
                        label = Some(Prefix {
                            span: Span::new(line.offset + from, line.offset + end),
                            name: text[found.name.clone()].to_owned(),
                        });
                        said_by = Some(text[found.name.clone()].to_owned());
                        from = found.text;
                    }
                }
                cue_start = false;
            }
            let span = trimmed_span(line.offset + from, &text[from..]);
            let fresh = new_turn || label.is_some();
            match (open.as_mut(), span) {
                (Some(stretch), Some(span)) if !fresh => {
                    stretch.text = Some(stretch.text.map_or(span, |text| text.cover(span)));
                }
                _ if fresh || span.is_some() => {
                    out.extend(open.take());
                    open = Some(Stretch {
                        text: span,
                        label,
                        said_by: said_by.clone(),
                        voice: voice.clone(),
                        time,
                        new_turn,
                    });
                }
                _ => {}
            }
        }
    }
    out.extend(open);
}

/// `- `, `– `, `—` or `>> ` opening a line of dialogue: the byte length to
/// skip. A hyphen before a digit is a minus sign, not a dash.
fn dash_len(text: &str) -> Option<usize> {
    let marker = ["- ", "-\t", "– ", "— ", ">> ", ">>\t"]
        .iter()
        .find(|marker| text.starts_with(**marker))
        .map(|marker| marker.len())
        .or_else(|| {
            let rest = text.strip_prefix('-')?;
            rest.starts_with(char::is_alphabetic).then_some(1)
        })?;
    let rest = &text[marker..];
    Some(marker + rest.len() - rest.trim_start().len())
}

enum Token {
    Text(usize, usize),
    Tag(Tag),
}

fn tokens(line: &str, dialect: &Dialect) -> Vec<Token> {
    let mut tokens = Vec::new();
    let mut text_start = 0;
    let mut at = 0;
    while let Some(found) = line[at..].find(['<', '{']) {
        let tag_start = at + found;
        match (dialect.tag)(window(&line[tag_start..])) {
            Some((len, tag)) => {
                if text_start < tag_start {
                    tokens.push(Token::Text(text_start, tag_start));
                }
                tokens.push(Token::Tag(tag));
                at = tag_start + len;
                text_start = at;
            }
            None => at = tag_start + 1,
        }
    }
    if text_start < line.len() {
        tokens.push(Token::Text(text_start, line.len()));
    }
    tokens
}

/// Tags are short; looking no further keeps a line full of unclosed `<`
/// linear rather than quadratic.
const MAX_TAG_BYTES: usize = 256;

fn window(text: &str) -> &str {
    let mut end = text.len().min(MAX_TAG_BYTES);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// Settles speakers and paragraph breaks and turns stretches into pieces.
fn finish(parsed: &mut Parsed, stretches: Vec<Stretch>) {
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for stretch in &stretches {
        if let Some(prefix) = &stretch.label {
            *counts.entry(prefix.name.as_str()).or_default() += 1;
        }
    }
    let mut previous: Option<(Option<usize>, Option<TimeRange>)> = None;
    let mut pieces = Vec::new();
    for stretch in &stretches {
        let speaks = |name: &str| counts.get(name).is_some_and(|&count| count >= 2);
        let span = match (&stretch.label, stretch.text) {
            // Not a speaker after all: the "label" is part of the text.
            (Some(prefix), text) if !speaks(&prefix.name) => {
                Some(text.map_or(prefix.span, |text| prefix.span.cover(text)))
            }
            (_, text) => text,
        };
        let Some(span) = span else { continue };
        let speaker = stretch
            .voice
            .as_ref()
            .or(stretch.said_by.as_ref().filter(|name| speaks(name)))
            .map(|name| parsed.speaker(name));
        let starts_paragraph = match previous {
            None => true,
            Some((previous_speaker, previous_time)) => {
                stretch.new_turn
                    || (speaker.is_some() && speaker != previous_speaker)
                    || is_pause(previous_time, stretch.time)
            }
        };
        previous = Some((speaker, stretch.time));
        pieces.push(Piece {
            span,
            speaker,
            time: stretch.time,
            starts_paragraph,
        });
    }
    parsed.pieces = pieces;
}

/// A long silence, or time running backwards (recordings pasted together).
pub(super) fn is_pause(previous: Option<TimeRange>, next: Option<TimeRange>) -> bool {
    match (previous, next) {
        (Some(previous), Some(next)) => {
            next.start < previous.start || next.start - previous.end >= PAUSE_SECONDS
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(source: &str) -> Vec<&str> {
        read(source)
            .unwrap()
            .pieces
            .iter()
            .map(|piece| piece.span.slice(source))
            .collect()
    }

    const BASIC: &str = "1\n00:00:01,000 --> 00:00:04,000\nTell me about yourself.\n\n2\n00:00:04,500 --> 00:00:09,250\nUm, sure. I'm a backend\ndeveloper.\n";

    #[test]
    fn reads_numbered_cues_with_times() {
        let parsed = read(BASIC).unwrap();
        let texts: Vec<&str> = parsed.pieces.iter().map(|p| p.span.slice(BASIC)).collect();
        assert_eq!(
            texts,
            vec![
                "Tell me about yourself.",
                "Um, sure. I'm a backend\ndeveloper."
            ]
        );
        assert_eq!(
            parsed.pieces[1].time,
            Some(TimeRange {
                start: 4.5,
                end: 9.25
            })
        );
        assert!(parsed.warnings.is_empty());
        assert!(parsed.pieces[0].starts_paragraph);
        assert!(!parsed.pieces[1].starts_paragraph);
    }

    #[test]
    fn tolerates_crlf_dots_missing_indexes_and_trailing_spaces() {
        let source = "\u{FEFF}00:00:01.000 --> 00:00:02.000  \r\nFirst.  \r\n\r\n00:00:03,000 --> 00:00:04,000\r\nSecond.\r\n2\r\n00:00:05,000 --> 00:00:06,000\r\nThird.\r\n";
        assert_eq!(texts(source), vec!["First.", "Second.", "Third."]);
    }

    #[test]
    fn reads_speaker_prefixes_that_recur() {
        let source = "1\n00:00:01,000 --> 00:00:02,000\nAnna: Why Python?\n\n2\n00:00:02,000 --> 00:00:03,000\nBen: Uh, habit.\n\n3\n00:00:03,000 --> 00:00:04,000\nAnna: Remember: it's fine.\n\n4\n00:00:04,000 --> 00:00:05,000\nBen: Okay.\n\n5\n00:00:05,000 --> 00:00:06,000\nRemember: one more.\n";
        let parsed = read(source).unwrap();
        assert_eq!(parsed.speakers, vec!["Anna", "Ben"]);
        let texts: Vec<&str> = parsed.pieces.iter().map(|p| p.span.slice(source)).collect();
        assert_eq!(
            texts,
            vec![
                "Why Python?",
                "Uh, habit.",
                "Remember: it's fine.",
                "Okay.",
                "Remember: one more."
            ]
        );
        assert_eq!(parsed.pieces[4].speaker, None);
        assert!(parsed.pieces[1].starts_paragraph);
    }

    #[test]
    fn splits_dialogue_dashes() {
        let source = "1\n00:00:01,000 --> 00:00:03,000\n- Ready to start?\n-Yes.\n-5 degrees\n";
        let parsed = read(source).unwrap();
        let texts: Vec<&str> = parsed.pieces.iter().map(|p| p.span.slice(source)).collect();
        assert_eq!(texts, vec!["Ready to start?", "Yes.\n-5 degrees"]);
        assert!(parsed.pieces[1].starts_paragraph);
    }

    #[test]
    fn keeps_markup_out_of_spans() {
        let source = "1\n00:00:01,000 --> 00:00:03,000\n{\\an8}<i>Well,</i> <font color=\"#fff\">I think</font>\nx < 3 and y > 2\n";
        assert_eq!(texts(source), vec!["Well,", "I think", "x < 3 and y > 2"]);
    }

    #[test]
    fn a_speaker_lasts_through_tags_until_a_dash() {
        let source = "1\n00:00:01,000 --> 00:00:03,000\nAnna: I <i>really</i> mean it.\n- Sure.\n\n2\n00:00:03,000 --> 00:00:04,000\nAnna: Okay.\n";
        let parsed = read(source).unwrap();
        let speakers: Vec<Option<usize>> = parsed.pieces.iter().map(|p| p.speaker).collect();
        assert_eq!(speakers, vec![Some(0), Some(0), Some(0), None, Some(0)]);
    }

    #[test]
    fn warns_about_broken_timings_and_keeps_the_text() {
        let source = "1\n00:00:01,000 --> 00:00:02,000\nFine.\n\n2\n00:00:xx,000 --> 00:00:05,000\nBroken start.\n\n3\n00:00:09,000 --> 00:00:07,000\nBackwards.\n\n4\n00:00:10,000 -> 00:00:11,000\nBad arrow.\n";
        let parsed = read(source).unwrap();
        let texts: Vec<&str> = parsed.pieces.iter().map(|p| p.span.slice(source)).collect();
        assert_eq!(
            texts,
            vec!["Fine.", "Broken start.", "Backwards.", "Bad arrow."]
        );
        assert_eq!(parsed.pieces[1].time, None);
        assert_eq!(parsed.warnings.len(), 3);
        assert!(parsed.warnings[0].message.contains("cue 2 (line 6)"));
        assert!(parsed.warnings[1].message.contains("cue 3 (line 10)"));
        assert!(parsed.warnings[1].message.contains("ends before it starts"));
        assert!(parsed.warnings[2].message.contains("cue 4 (line 14)"));
    }

    #[test]
    fn keeps_text_outside_cues_with_a_warning() {
        let source = "1\n00:00:01,000 --> 00:00:02,000\nFirst part\n\nstray second part\n";
        let parsed = read(source).unwrap();
        assert_eq!(parsed.pieces[1].span.slice(source), "stray second part");
        assert!(parsed.warnings[0].message.contains("line 5"));
    }

    #[test]
    fn refuses_files_without_readable_cues() {
        for source in [
            "just text\n",
            "1\n00:00:xx,000 --> 00:00:01,000\nHi\n",
            "-->",
        ] {
            match read(source) {
                Err(Error::Malformed { format, reason }) => {
                    assert_eq!(format, InputFormat::Srt);
                    assert!(!reason.is_empty());
                }
                other => panic!("unexpected {other:?} for {source:?}"),
            }
        }
    }

    #[test]
    fn marks_long_pauses_as_paragraphs() {
        let source = "00:00:01,000 --> 00:00:02,000\nA\n\n00:00:09,000 --> 00:00:10,000\nB\n\n00:00:01,000 --> 00:00:02,000\nC\n";
        let breaks: Vec<bool> = read(source)
            .unwrap()
            .pieces
            .iter()
            .map(|p| p.starts_paragraph)
            .collect();
        assert_eq!(breaks, vec![true, true, true]);
    }
}
