//! Zoom's saved transcript `.txt`, in either of the layouts Zoom has used:
//!
//! ```text
//! [Jane Smith] 10:02:33
//! Thanks for joining. Can you hear me okay?
//! [Sam Lee] 10:02:41
//! Yes, I can, thanks.
//! ```
//!
//! ```text
//! 00:00:05 Jane Smith: Thanks for joining. Can you hear me okay?
//! 00:00:13 Sam Lee: Yes, I can, thanks.
//! ```
//!
//! Times may carry milliseconds (`00:00:05.120`). Lines that start neither
//! layout continue the turn before them. Wall-clock times (the first one an
//! hour or more past midnight) are made relative to the first, so times are
//! always seconds since the recording started.

use super::speaker_lines::{clock, lines, trimmed_span};
use super::Parsed;
use crate::error::Error;
use crate::span::Span;
use crate::transcript::{InputFormat, Piece, TimeRange};
use std::ops::Range;

/// Zoom shows display names as people typed them ("Sam Lee (he/him)",
/// "iPhone de Marie"), so names here are looser than speaker-lines labels,
/// which is safe because a time must come first.
const MAX_NAME_CHARS: usize = 80;

/// An elapsed time this large at the first line would mean the recording
/// started an hour before anyone spoke; it is a wall clock instead.
const CLOCK_THRESHOLD_SECONDS: f64 = 3600.0;

/// The start of a Zoom turn. Offsets are into the line.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Header {
    pub name: Option<Range<usize>>,
    pub text: usize,
    pub time: f64,
}

/// Reads `line` as `[Name] 10:02:33` or `00:01:02 Name: text`.
pub(super) fn header(line: &str) -> Option<Header> {
    let start = line.len() - line.trim_start().len();
    let rest = line[start..].trim_end();
    if let Some(inner) = rest.strip_prefix('[') {
        let close = inner.find(']')?;
        let time = clock(inner[close + 1..].trim())?;
        let name = start + 1..start + 1 + close;
        return Some(Header {
            name: loose_name(line, name),
            text: line.len(),
            time,
        });
    }
    let end = rest.find(char::is_whitespace)?;
    let time = clock(&rest[..end])?;
    let after = start + end;
    let body = &line[after..];
    let text = after + body.len() - body.trim_start().len();
    let colon = line[text..]
        .find(": ")
        .or_else(|| line[text..].strip_suffix(':').map(str::len));
    let named = colon.and_then(|colon| {
        let name = loose_name(line, text..text + colon)?;
        let after_colon = text + colon + 1;
        let tail = &line[after_colon..];
        Some((name, after_colon + tail.len() - tail.trim_start().len()))
    });
    Some(match named {
        Some((name, text)) => Header {
            name: Some(name),
            text,
            time,
        },
        None => Header {
            name: None,
            text,
            time,
        },
    })
}

fn loose_name(line: &str, range: Range<usize>) -> Option<Range<usize>> {
    let raw = &line[range.clone()];
    let name = raw.trim();
    let start = range.start + raw.len() - raw.trim_start().len();
    let fine = !name.is_empty()
        && name.chars().count() <= MAX_NAME_CHARS
        && !name.contains(['?', '!', '[', ']']);
    fine.then_some(start..start + name.len())
}

pub fn read(source: &str) -> Result<Parsed, Error> {
    let mut parsed = Parsed::default();
    let mut turns: Vec<Turn> = Vec::new();
    for (offset, line) in lines(source) {
        let text_from = match header(line) {
            Some(found) => {
                turns.push(Turn {
                    speaker: found.name.map(|name| parsed.speaker(&line[name])),
                    time: Some(found.time),
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
    if turns.iter().all(|turn| turn.time.is_none()) {
        return Err(Error::Malformed {
            format: InputFormat::ZoomTxt,
            reason: "no Zoom transcript lines found; expected `[Name] 10:02:33` headers or `00:01:02 Name: text` lines".to_owned(),
        });
    }
    relative_times(&mut turns);
    parsed.pieces = pieces(&turns);
    Ok(parsed)
}

struct Turn {
    speaker: Option<usize>,
    time: Option<f64>,
    text: Option<Span>,
}

fn relative_times(turns: &mut [Turn]) {
    let Some(first) = turns.iter().find_map(|turn| turn.time) else {
        return;
    };
    if first < CLOCK_THRESHOLD_SECONDS {
        return;
    }
    for time in turns.iter_mut().filter_map(|turn| turn.time.as_mut()) {
        *time -= first;
        if *time < 0.0 {
            // The interview ran past midnight.
            *time += 24.0 * 3600.0;
        }
    }
}

/// Zoom gives only a start; a turn is taken to last until the next one.
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

#[cfg(test)]
mod tests {
    use super::*;

    fn turns(source: &str) -> Vec<(Option<String>, &str, Option<f64>)> {
        let parsed = read(source).unwrap();
        parsed
            .pieces
            .iter()
            .map(|piece| {
                let speaker = piece.speaker.map(|index| parsed.speakers[index].clone());
                (
                    speaker,
                    piece.span.slice(source),
                    piece.time.map(|t| t.start),
                )
            })
            .collect()
    }

    fn turn<'a>(name: &str, text: &'a str, time: f64) -> (Option<String>, &'a str, Option<f64>) {
        (Some(name.to_owned()), text, Some(time))
    }

    #[test]
    fn reads_bracketed_headers_with_clock_times() {
        let source = "[Jane Smith] 10:02:33\nThanks for joining.\nCan you hear me?\n[Sam Lee (he/him)] 10:02:41\nYes, um, I can.\n";
        assert_eq!(
            turns(source),
            vec![
                turn("Jane Smith", "Thanks for joining.\nCan you hear me?", 0.0),
                turn("Sam Lee (he/him)", "Yes, um, I can.", 8.0),
            ]
        );
        let parsed = read(source).unwrap();
        assert_eq!(parsed.pieces[0].time.unwrap().end, 8.0);
    }

    #[test]
    fn reads_one_line_turns_with_elapsed_times() {
        let source = "00:00:05 Jane Smith: Why Rust? Honestly: why?\r\n00:00:09.500 Sam Lee: Uh, speed.\r\ncontinued here\r\n";
        assert_eq!(
            turns(source),
            vec![
                turn("Jane Smith", "Why Rust? Honestly: why?", 5.0),
                turn("Sam Lee", "Uh, speed.\r\ncontinued here", 9.5),
            ]
        );
    }

    #[test]
    fn keeps_a_line_with_a_time_but_no_name() {
        let source = "00:00:01 Jane: Hi.\n00:00:03 no name on this one\n";
        assert_eq!(
            turns(source),
            vec![
                turn("Jane", "Hi.", 1.0),
                (None, "no name on this one", Some(3.0)),
            ]
        );
    }

    #[test]
    fn wraps_times_past_midnight() {
        let source = "[A] 23:59:58\nHi.\n[B] 00:00:03\nHello.\n";
        assert_eq!(turns(source)[1].2, Some(5.0));
    }

    #[test]
    fn keeps_text_before_the_first_header() {
        let source = "\u{FEFF}Meeting notes\n[A] 00:00:01\nHi.\n";
        assert_eq!(turns(source)[0], (None, "Meeting notes", None));
    }

    #[test]
    fn refuses_text_without_zoom_lines() {
        match read("Jane: hello\nSam: hi\n") {
            Err(Error::Malformed { format, reason }) => {
                assert_eq!(format, InputFormat::ZoomTxt);
                assert!(reason.contains("[Name] 10:02:33"), "{reason}");
            }
            other => panic!("unexpected {other:?}"),
        }
    }

    #[test]
    fn header_ignores_sentences() {
        assert_eq!(header("[Jane] tomorrow"), None);
        assert_eq!(
            header("10:30 is when we met"),
            Some(Header {
                name: None,
                text: 6,
                time: 630.0,
            })
        );
        assert_eq!(header("hello 00:00:01"), None);
    }
}
