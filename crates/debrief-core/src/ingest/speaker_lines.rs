//! Transcripts where each turn starts with the speaker's name:
//!
//! ```text
//! Interviewer: Tell me about a project you're proud of.
//! Candidate: Sure. So, um, last year I rebuilt our billing service.
//! It took, uh, about four months.
//! ```
//!
//! Also read: Markdown bold names (`**Name:** text`, `**Name**: text`),
//! stamped lines (`[00:01:02] Name: text`, `(00:01:02) Name: text`,
//! `00:01:02 Name: text`, `Name (00:01:02): text`) and Otter exports, where a
//! header line `Name  0:05` is followed by the turn's text on the next lines.
//!
//! A line that does not start with a label continues the turn before it, so
//! wrapped and multi-paragraph turns stay one piece. Text before the first
//! label is kept as a piece without a speaker.
//!
//! The line helpers at the bottom (`lines`, `clock`, `trimmed_span`) and the
//! label recogniser are shared with the other line-based readers and with
//! detection, so that every format agrees on what a label is.

use super::Parsed;
use crate::error::Error;
use crate::span::Span;
use crate::transcript::{InputFormat, Piece, TimeRange};
use std::collections::HashMap;
use std::ops::Range;

/// Longer "names" are almost always the start of a sentence with a colon.
const MAX_NAME_CHARS: usize = 40;
const MAX_NAME_WORDS: usize = 4;

/// A speaker label at the start of a line. Offsets are into that line.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Label {
    pub name: Range<usize>,
    /// Where the turn's text starts; the line's length when the text is on
    /// the following lines (Otter headers, a bare `Name:`).
    pub text: usize,
    pub time: Option<f64>,
}

/// Reads `line` (without its line break) as the start of a labelled turn.
pub(super) fn label(line: &str) -> Option<Label> {
    let start = indent(line);
    if let Some((time, after)) = stamp(&line[start..]) {
        let mut found = colon_label(line, start + after)?;
        found.time = found.time.or(Some(time));
        return Some(found);
    }
    colon_label(line, start).or_else(|| otter_header(line, start))
}

/// `Name: text`, `**Name:** text` or `**Name**: text` starting at byte `at`
/// of `line` (no stamp, no Otter header): the forms captions use too.
pub(super) fn colon_label(line: &str, at: usize) -> Option<Label> {
    let rest = line.get(at..)?;
    let (name, after_colon) = if let Some(inner) = rest.strip_prefix("**") {
        let close = inner.find("**")?;
        let inside = &inner[..close];
        let after = close + 4;
        if let Some(name) = inside.strip_suffix(':') {
            (at + 2..at + 2 + name.len(), at + after)
        } else if rest[after..].starts_with(':') {
            (at + 2..at + 2 + inside.len(), at + after + 1)
        } else {
            return None;
        }
    } else {
        // The first colon that ends a word: a stamp after the name
        // (`Anna (00:01:02): …`) has colons of its own.
        let colon = rest
            .match_indices(':')
            .map(|(index, _)| index)
            .find(|&index| {
                rest[index + 1..].is_empty() || rest[index + 1..].starts_with(char::is_whitespace)
            })?;
        (at..at + colon, at + colon + 1)
    };
    let tail = &line[after_colon..];
    if !(tail.is_empty() || tail.starts_with(char::is_whitespace)) {
        // `10:30`, `http://`, `ratio:2` — not a label.
        return None;
    }
    let (name, time) = strip_trailing_stamp(line, name);
    if !valid_name(&line[name.clone()]) {
        return None;
    }
    Some(Label {
        name,
        text: after_colon + indent(tail),
        time,
    })
}

/// Otter's `Name  0:05` header: a name and a time, nothing else.
fn otter_header(line: &str, start: usize) -> Option<Label> {
    let rest = line[start..].trim_end();
    let (name, time) = rest.rsplit_once(char::is_whitespace)?;
    let time = clock(time)?;
    let name = name.trim_end();
    if !valid_name(name) {
        return None;
    }
    Some(Label {
        name: start..start + name.len(),
        text: line.len(),
        time: Some(time),
    })
}

/// A `[00:01:02]`, `(00:01:02)` or bare `00:01:02` stamp and the offset of
/// what follows it.
fn stamp(rest: &str) -> Option<(f64, usize)> {
    let close = match rest.as_bytes().first()? {
        b'[' => Some(']'),
        b'(' => Some(')'),
        _ => None,
    };
    let (time, end) = match close {
        Some(close) => {
            let end = rest.find(close)?;
            (clock(rest[1..end].trim())?, end + 1)
        }
        None => {
            let end = rest.find(char::is_whitespace)?;
            (clock(&rest[..end])?, end)
        }
    };
    Some((time, end + indent(&rest[end..])))
}

/// `Anna (00:01:02)` → `Anna` and the time; other names unchanged.
fn strip_trailing_stamp(line: &str, name: Range<usize>) -> (Range<usize>, Option<f64>) {
    let text = line[name.clone()].trim_end();
    let open = match text.as_bytes().last() {
        Some(b')') => '(',
        Some(b']') => '[',
        _ => return (trim_range(line, name), None),
    };
    if let Some(at) = text.rfind(open) {
        if let Some(time) = clock(text[at + 1..text.len() - 1].trim()) {
            return (trim_range(line, name.start..name.start + at), Some(time));
        }
    }
    (trim_range(line, name), None)
}

fn trim_range(line: &str, range: Range<usize>) -> Range<usize> {
    let text = &line[range.clone()];
    let start = range.start + indent(text);
    start..start + text.trim().len()
}

/// Short, starts with a letter, and only the characters people's names and
/// speaker ids use: sentence punctuation before a colon means a sentence.
pub(super) fn valid_name(name: &str) -> bool {
    let mut chars = name.chars();
    chars.next().is_some_and(char::is_alphabetic)
        && name.chars().count() <= MAX_NAME_CHARS
        && name.split_whitespace().count() <= MAX_NAME_WORDS
        && name
            .chars()
            .all(|c| c.is_alphanumeric() || c == ' ' || ".-'’_".contains(c))
}

/// Every word capitalised (or uncased, like digits): "Speaker 1", "José",
/// "Dr. Anne-Marie O'Neil". A lower-case "label" that appears only once is
/// far more likely a sentence ("so basically: …") than a person.
pub(super) fn looks_like_name(name: &str) -> bool {
    name.split_whitespace()
        .all(|word| word.chars().next().is_some_and(|c| !c.is_lowercase()))
}

pub fn read(source: &str) -> Result<Parsed, Error> {
    let lines: Vec<(usize, &str)> = lines(source).collect();
    let found: Vec<Option<Label>> = lines.iter().map(|(_, line)| label(line)).collect();
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for ((_, line), found) in lines.iter().zip(&found) {
        if let Some(found) = found {
            *counts.entry(&line[found.name.clone()]).or_default() += 1;
        }
    }

    let mut parsed = Parsed::default();
    let mut turns: Vec<Turn> = Vec::new();
    let mut labelled = 0;
    for ((offset, line), found) in lines.iter().zip(found) {
        let accepted = found.filter(|found| {
            let name = &line[found.name.clone()];
            counts[name] >= 2 || looks_like_name(name)
        });
        let text_from = match accepted {
            Some(found) => {
                labelled += 1;
                turns.push(Turn {
                    speaker: Some(parsed.speaker(&line[found.name])),
                    time: found.time,
                    text: None,
                });
                found.text
            }
            None => 0,
        };
        if let Some(span) = trimmed_span(offset + text_from, &line[text_from..]) {
            if turns.is_empty() {
                turns.push(Turn {
                    speaker: None,
                    time: None,
                    text: None,
                });
            }
            let turn = turns.last_mut().expect("a turn was just ensured");
            turn.text = Some(turn.text.map_or(span, |text| text.cover(span)));
        }
    }
    if labelled < 2 {
        return Err(Error::Malformed {
            format: InputFormat::SpeakerLines,
            reason: format!(
                "found {labelled} speaker label(s), expected at least 2 lines like `Name: text`, `**Name:** text`, `[00:01:02] Name: text` or an Otter header `Name  0:05`"
            ),
        });
    }
    parsed.pieces = pieces(&turns);
    Ok(parsed)
}

struct Turn {
    speaker: Option<usize>,
    time: Option<f64>,
    text: Option<Span>,
}

/// Stamps give only a start; a turn is taken to last until the next stamp.
fn pieces(turns: &[Turn]) -> Vec<Piece> {
    turns
        .iter()
        .enumerate()
        .filter_map(|(index, turn)| {
            let span = turn.text?;
            let time = turn.time.map(|start| {
                let next = turns[index + 1..].iter().find_map(|later| later.time);
                TimeRange {
                    start,
                    end: next.filter(|&end| end >= start).unwrap_or(start),
                }
            });
            Some(Piece {
                span,
                speaker: turn.speaker,
                time,
                starts_paragraph: true,
            })
        })
        .collect()
}

/// The lines of `source` with their byte offsets, without line breaks (a
/// trailing `\r` included) and without a leading byte-order mark.
pub(super) fn lines(source: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut offset = 0;
    source.split_inclusive('\n').map(move |line| {
        let mut start = offset;
        offset += line.len();
        let mut content = line.strip_suffix('\n').unwrap_or(line);
        content = content.strip_suffix('\r').unwrap_or(content);
        if start == 0 {
            if let Some(rest) = content.strip_prefix('\u{FEFF}') {
                start += '\u{FEFF}'.len_utf8();
                content = rest;
            }
        }
        (start, content)
    })
}

/// The span of `text` (found at `offset`) without surrounding whitespace;
/// `None` when nothing is left.
pub(super) fn trimmed_span(offset: usize, text: &str) -> Option<Span> {
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return None;
    }
    let start = offset + indent(text);
    Some(Span::new(start, start + trimmed.len()))
}

fn indent(text: &str) -> usize {
    text.len() - text.trim_start().len()
}

/// Seconds in `h:mm:ss`, `mm:ss` or either with a `.` or `,` fraction
/// (`00:01:02,500`, `01:02.5`). Two fields are minutes and seconds.
pub(super) fn clock(text: &str) -> Option<f64> {
    let mut fields = text.split(':');
    let (hours, minutes, seconds) = match (fields.next(), fields.next(), fields.next()) {
        (Some(m), Some(s), None) => ("0", m, s),
        (Some(h), Some(m), Some(s)) if fields.next().is_none() => (h, m, s),
        _ => return None,
    };
    let (whole, fraction) = match seconds.find(['.', ',']) {
        Some(at) => (&seconds[..at], Some(&seconds[at + 1..])),
        None => (seconds, None),
    };
    let hours = digits(hours, 1..=5)?;
    let minutes = digits(minutes, 1..=3)?;
    let whole = digits(whole, 1..=2)?;
    if whole >= 60 || (text.matches(':').count() == 2 && minutes >= 60) {
        return None;
    }
    let fraction = match fraction {
        Some(fraction) => digits(fraction, 1..=9)? as f64 / 10f64.powi(fraction.len() as i32),
        None => 0.0,
    };
    Some((hours * 3600 + minutes * 60 + whole) as f64 + fraction)
}

fn digits(text: &str, lengths: std::ops::RangeInclusive<usize>) -> Option<u64> {
    if !lengths.contains(&text.len()) || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn turns(source: &str) -> Vec<(Option<String>, &str)> {
        let parsed = read(source).unwrap();
        parsed
            .pieces
            .iter()
            .map(|piece| {
                let speaker = piece.speaker.map(|index| parsed.speakers[index].clone());
                (speaker, piece.span.slice(source))
            })
            .collect()
    }

    fn named<'a>(name: &str, text: &'a str) -> (Option<String>, &'a str) {
        (Some(name.to_owned()), text)
    }

    #[test]
    fn reads_name_colon_lines_with_a_multi_line_turn() {
        let source = "Interviewer: Tell me about yourself.\nCandidate: Well, um, I'm a backend dev.\nMostly Python.\n\nAnd some Go.\nInterviewer: Thanks.\n";
        assert_eq!(
            turns(source),
            vec![
                named("Interviewer", "Tell me about yourself."),
                named(
                    "Candidate",
                    "Well, um, I'm a backend dev.\nMostly Python.\n\nAnd some Go."
                ),
                named("Interviewer", "Thanks."),
            ]
        );
        let parsed = read(source).unwrap();
        assert_eq!(parsed.speakers, vec!["Interviewer", "Candidate"]);
        assert!(parsed.pieces.iter().all(|piece| piece.starts_paragraph));
    }

    #[test]
    fn accepts_names_with_spaces_dots_hyphens_apostrophes_and_accents() {
        let source = "Dr. Anne-Marie O'Neil: Hello.\nJosé: Hi!\nSpeaker 1: Hm.\n";
        assert_eq!(
            turns(source),
            vec![
                named("Dr. Anne-Marie O'Neil", "Hello."),
                named("José", "Hi!"),
                named("Speaker 1", "Hm."),
            ]
        );
    }

    #[test]
    fn reads_markdown_bold_names_both_ways() {
        let source =
            "# Mock interview\n\n**Sam:** Why this role?\n**Lee**: Because, uh, I like data.\n";
        assert_eq!(
            turns(source),
            vec![
                (None, "# Mock interview"),
                named("Sam", "Why this role?"),
                named("Lee", "Because, uh, I like data."),
            ]
        );
    }

    #[test]
    fn keeps_stamps_as_times_and_out_of_the_span() {
        let source =
            "[00:00:05] Sam: First?\n(00:01:02) Lee: Yes.\n00:01:10 Sam: Second?\n01:20 Lee: No.\n";
        let parsed = read(source).unwrap();
        let texts: Vec<&str> = parsed.pieces.iter().map(|p| p.span.slice(source)).collect();
        assert_eq!(texts, vec!["First?", "Yes.", "Second?", "No."]);
        let times: Vec<(f64, f64)> = parsed
            .pieces
            .iter()
            .map(|p| p.time.map(|t| (t.start, t.end)).unwrap())
            .collect();
        assert_eq!(
            times,
            vec![(5.0, 62.0), (62.0, 70.0), (70.0, 80.0), (80.0, 80.0)]
        );
    }

    #[test]
    fn reads_a_stamp_after_the_name() {
        let source = "Sam (00:00:05): First?\nLee [00:00:09]: Yes.\n";
        let parsed = read(source).unwrap();
        assert_eq!(parsed.speakers, vec!["Sam", "Lee"]);
        assert_eq!(parsed.pieces[1].time.unwrap().start, 9.0);
        assert_eq!(parsed.pieces[1].span.slice(source), "Yes.");
    }

    #[test]
    fn reads_otter_headers() {
        let source = "Jane Smith  0:05\nSo, why backend?\nIt is a long story.\n\nOmar  1:02:33\nUm, I like, uh, systems.\n";
        let parsed = read(source).unwrap();
        assert_eq!(parsed.speakers, vec!["Jane Smith", "Omar"]);
        assert_eq!(
            parsed.pieces[0].span.slice(source),
            "So, why backend?\nIt is a long story."
        );
        assert_eq!(
            parsed.pieces[1].span.slice(source),
            "Um, I like, uh, systems."
        );
        assert_eq!(parsed.pieces[1].time.unwrap().start, 3753.0);
    }

    #[test]
    fn sentences_with_colons_continue_the_turn() {
        let source = "Sam: Any questions?\nLee: Yes, one thing: the team.\nthe plan is simple: ship it\nWhat I mean, basically: this.\nAt 10:30 we met.\nSam: Sure.\n";
        assert_eq!(
            turns(source),
            vec![
                named("Sam", "Any questions?"),
                named(
                    "Lee",
                    "Yes, one thing: the team.\nthe plan is simple: ship it\nWhat I mean, basically: this.\nAt 10:30 we met."
                ),
                named("Sam", "Sure."),
            ]
        );
    }

    #[test]
    fn a_lower_case_label_counts_when_it_repeats() {
        let source = "interviewer: hi\nme: hello\ninterviewer: bye\nme: bye\n";
        assert_eq!(read(source).unwrap().speakers, vec!["interviewer", "me"]);
    }

    #[test]
    fn keeps_text_on_the_line_after_a_bare_label() {
        let source = "Sam:\n  Why?\nLee:\nBecause.\r\n";
        assert_eq!(
            turns(source),
            vec![named("Sam", "Why?"), named("Lee", "Because.")]
        );
    }

    #[test]
    fn refuses_text_with_fewer_than_two_labels() {
        let error = read("Just some text.\nNote: nothing here.\n").unwrap_err();
        match error {
            Error::Malformed { format, reason } => {
                assert_eq!(format, InputFormat::SpeakerLines);
                assert!(reason.contains("found 1 speaker label"), "{reason}");
            }
            other => panic!("unexpected {other:?}"),
        }
        assert!(read("").is_err());
    }

    #[test]
    fn recognises_labels_and_not_sentences() {
        let name = |line: &str| label(line).map(|found| line[found.name].to_owned());
        assert_eq!(name("Speaker 1: hi").as_deref(), Some("Speaker 1"));
        assert_eq!(name("  **Anna:** hi").as_deref(), Some("Anna"));
        assert_eq!(name("[01:02] Anna: hi").as_deref(), Some("Anna"));
        assert_eq!(name("Anna 0:05").as_deref(), Some("Anna"));
        assert_eq!(name("10:30 is the time"), None);
        assert_eq!(name("What do you think? Me: no"), None);
        assert_eq!(name("Well, to be honest: no"), None);
        assert_eq!(name("one two three four five: no"), None);
        assert_eq!(name("see http://example.com"), None);
        assert_eq!(name("**bold** text"), None);
        assert_eq!(name(""), None);
    }

    #[test]
    fn reads_clock_times() {
        assert_eq!(clock("00:01:02"), Some(62.0));
        assert_eq!(clock("1:02:03.5"), Some(3723.5));
        assert_eq!(clock("00:00:01,250"), Some(1.25));
        assert_eq!(clock("02:05"), Some(125.0));
        assert_eq!(clock("00:61"), None);
        assert_eq!(clock("00:60:00"), None);
        assert_eq!(clock("00:xx:00"), None);
        assert_eq!(clock("1:2:3:4"), None);
        assert_eq!(clock("12"), None);
        assert_eq!(clock("00:00:01."), None);
    }

    #[test]
    fn lines_skip_the_bom_and_carriage_returns() {
        let source = "\u{FEFF}a\r\nb";
        let lines: Vec<_> = lines(source).collect();
        assert_eq!(lines, vec![(3, "a"), (6, "b")]);
    }
}
