//! Whisper's JSON output (openai-whisper, the transcription API's
//! `verbose_json`, faster-whisper, WhisperX with diarization):
//!
//! ```text
//! {"text": " Why Rust? Um, speed.", "language": "en",
//!  "segments": [
//!    {"start": 0.0, "end": 1.8, "text": " Why Rust?", "speaker": "SPEAKER_00"},
//!    {"start": 2.1, "end": 3.4, "text": " Um, speed.", "speaker": "SPEAKER_01"}]}
//! ```
//!
//! A bare array of segments is read too. One piece per segment, with its
//! time and (WhisperX) speaker. Spans point into the JSON source itself, at
//! the segment's string literal, inside the quotes and trimmed of the
//! leading space Whisper writes. Escapes (`\"`, `\n`, `\u00e9`) are left as
//! written: the span covers the raw escaped bytes, which is what the user's
//! file holds. Invalid JSON and files without segments are refused.

use super::srt::is_pause;
use super::Parsed;
use crate::error::Error;
use crate::span::Span;
use crate::transcript::{InputFormat, Piece, TimeRange};
use serde::Deserialize;
use serde_json::value::RawValue;
use serde_json::Value;

#[derive(Deserialize)]
struct Document<'a> {
    #[serde(borrow, default)]
    segments: Option<Vec<&'a RawValue>>,
}

/// Only the fields we use, each optional: exports disagree on the rest, and
/// a number written as a string should not sink a whole interview.
#[derive(Deserialize)]
struct Segment<'a> {
    #[serde(default)]
    start: Option<Value>,
    #[serde(default)]
    end: Option<Value>,
    #[serde(borrow, default)]
    text: Option<&'a RawValue>,
    #[serde(default)]
    speaker: Option<Value>,
}

pub fn read(source: &str) -> Result<Parsed, Error> {
    let json = source.strip_prefix('\u{FEFF}').unwrap_or(source);
    let segments = match json.trim_start().as_bytes().first() {
        Some(b'[') => serde_json::from_str::<Vec<&RawValue>>(json).map_err(invalid)?,
        Some(b'{') => serde_json::from_str::<Document>(json)
            .map_err(invalid)?
            .segments
            .ok_or_else(|| malformed("the JSON object has no `segments` array"))?,
        _ => {
            return Err(malformed(
                "expected a JSON object with `segments`, or an array of segments",
            ))
        }
    };
    if segments.is_empty() {
        return Err(malformed("`segments` is empty"));
    }

    let mut parsed = Parsed::default();
    let mut previous: Option<(Option<usize>, Option<TimeRange>)> = None;
    for (index, raw) in segments.iter().enumerate() {
        let number = index + 1;
        let segment = match serde_json::from_str::<Segment>(raw.get()) {
            Ok(segment) => segment,
            Err(error) => {
                parsed.warn(format!("segment {number} was skipped: {error}"));
                continue;
            }
        };
        let Some(text) = segment.text else {
            parsed.warn(format!("segment {number} has no `text`; skipped"));
            continue;
        };
        let Some(span) = string_contents(source, text.get()) else {
            parsed.warn(format!("segment {number}: `text` is not a string; skipped"));
            continue;
        };
        let Some(span) = trim_escaped(source, span) else {
            continue;
        };
        let speaker = segment
            .speaker
            .as_ref()
            .and_then(speaker_name)
            .map(|name| parsed.speaker(&name));
        let time = seconds(segment.start.as_ref()).map(|start| TimeRange {
            start,
            end: seconds(segment.end.as_ref())
                .filter(|&end| end >= start)
                .unwrap_or(start),
        });
        let starts_paragraph = match previous {
            None => true,
            Some((previous_speaker, previous_time)) => {
                (speaker.is_some() && speaker != previous_speaker) || is_pause(previous_time, time)
            }
        };
        previous = Some((speaker, time));
        parsed.pieces.push(Piece {
            span,
            speaker,
            time,
            starts_paragraph,
        });
    }
    Ok(parsed)
}

fn malformed(reason: impl Into<String>) -> Error {
    Error::Malformed {
        format: InputFormat::WhisperJson,
        reason: reason.into(),
    }
}

/// serde's message carries the line and column, which is what the user
/// needs to find a truncated or hand-edited file's problem.
fn invalid(error: serde_json::Error) -> Error {
    malformed(format!("invalid JSON: {error}"))
}

/// Where the raw string token `raw` (a slice borrowed from `source`) has its
/// contents: inside the quotes.
fn string_contents(source: &str, raw: &str) -> Option<Span> {
    let start = (raw.as_ptr() as usize).checked_sub(source.as_ptr() as usize)?;
    let end = start.checked_add(raw.len())?;
    if end > source.len() || raw.len() < 2 || !raw.starts_with('"') || !raw.ends_with('"') {
        return None;
    }
    Some(Span::new(start + 1, end - 1))
}

/// Trims whitespace, and whitespace written as escapes (`\n`, `\t`, `\r`),
/// from both ends of a string's raw contents. `None` when nothing is left.
fn trim_escaped(source: &str, span: Span) -> Option<Span> {
    const ESCAPES: [&str; 3] = ["\\n", "\\t", "\\r"];
    let mut text = span.slice(source);
    loop {
        let trimmed = text.trim_start();
        text = match ESCAPES
            .iter()
            .find_map(|escape| trimmed.strip_prefix(escape))
        {
            Some(rest) => rest,
            None if trimmed.len() == text.len() => break,
            None => trimmed,
        };
    }
    let start = span.end() - text.len();
    loop {
        let trimmed = text.trim_end();
        let escaped = ESCAPES
            .iter()
            .find_map(|escape| trimmed.strip_suffix(escape))
            // `\\n` is a backslash and an `n`, not a line break.
            .filter(|rest| rest.bytes().rev().take_while(|&b| b == b'\\').count() % 2 == 0);
        text = match escaped {
            Some(rest) => rest,
            None if trimmed.len() == text.len() => break,
            None => trimmed,
        };
    }
    (!text.is_empty()).then(|| Span::new(start, start + text.len()))
}

fn seconds(value: Option<&Value>) -> Option<f64> {
    let seconds = match value? {
        Value::Number(number) => number.as_f64()?,
        Value::String(text) => text.trim().parse().ok()?,
        _ => return None,
    };
    seconds.is_finite().then_some(seconds)
}

fn speaker_name(value: &Value) -> Option<String> {
    let name = match value {
        Value::String(text) => text.trim().to_owned(),
        Value::Number(number) => number.to_string(),
        _ => return None,
    };
    (!name.is_empty()).then_some(name)
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

    fn reason(source: &str) -> String {
        match read(source) {
            Err(Error::Malformed { format, reason }) => {
                assert_eq!(format, InputFormat::WhisperJson);
                reason
            }
            other => panic!("unexpected {other:?}"),
        }
    }

    #[test]
    fn reads_segments_with_times_pointing_into_the_source() {
        let source = r#"{"text": " Why Rust? Um, speed.", "segments": [
            {"id": 0, "start": 0.0, "end": 1.8, "text": " Why Rust?", "tokens": [1, 2]},
            {"id": 1, "start": 2.1, "end": 3.4, "text": " Um, speed. "}
        ], "language": "en"}"#;
        let parsed = read(source).unwrap();
        assert_eq!(texts(source), vec!["Why Rust?", "Um, speed."]);
        assert_eq!(
            parsed.pieces[1].time,
            Some(TimeRange {
                start: 2.1,
                end: 3.4
            })
        );
        assert!(parsed.speakers.is_empty());
        assert!(parsed.warnings.is_empty());
    }

    #[test]
    fn reads_a_bare_array_with_whisperx_speakers() {
        let source = "\u{FEFF}[{\"start\": 0, \"end\": 1, \"text\": \" Hi.\", \"speaker\": \"SPEAKER_00\"},\n {\"start\": 1, \"end\": 2, \"text\": \"Hello.\", \"speaker\": \"SPEAKER_01\"}]";
        let parsed = read(source).unwrap();
        assert_eq!(texts(source), vec!["Hi.", "Hello."]);
        assert_eq!(parsed.speakers, vec!["SPEAKER_00", "SPEAKER_01"]);
        assert_eq!(parsed.pieces[1].speaker, Some(1));
        assert!(parsed.pieces[1].starts_paragraph);
    }

    #[test]
    fn spans_cover_raw_escapes() {
        let source = r#"{"segments": [{"start": 0, "end": 1, "text": " Caf\u00e9 \"time\"\n"},
            {"start": 1, "end": 2, "text": "ends in a backslash \\n"}]}"#;
        assert_eq!(
            texts(source),
            vec![r#"Caf\u00e9 \"time\""#, r"ends in a backslash \\n"]
        );
    }

    #[test]
    fn finds_the_segment_text_not_other_text_keys() {
        let source = r#"{"text": "decoy", "segments": [{"words": [{"text": "no"}], "start": 0, "end": 1, "text": " yes"}]}"#;
        assert_eq!(texts(source), vec!["yes"]);
    }

    #[test]
    fn skips_odd_segments_with_warnings() {
        let source = r#"[{"start": "0.5", "text": " Kept."}, 42, {"start": 1}, {"text": 7}, {"text": "  "}]"#;
        let parsed = read(source).unwrap();
        assert_eq!(texts(source), vec!["Kept."]);
        assert_eq!(parsed.pieces[0].time.unwrap().start, 0.5);
        assert_eq!(parsed.warnings.len(), 3);
    }

    #[test]
    fn refuses_invalid_json_with_its_position() {
        let reason = reason("{\"segments\": [\n{\"start\": 0, \"text\": \" Hi");
        assert!(reason.contains("line 2 column"), "{reason}");
    }

    #[test]
    fn refuses_json_without_segments() {
        assert!(reason(r#"{"text": "hello"}"#).contains("no `segments`"));
        assert!(reason(r#"{"segments": []}"#).contains("empty"));
        assert!(reason("[]").contains("empty"));
        assert!(reason("hello").contains("expected"));
    }
}
