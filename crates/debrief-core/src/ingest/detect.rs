//! Guessing an input's format from its first bytes, for when the user does
//! not say. Checks go from the most to the least distinctive, so a caption
//! file is never taken for speaker lines because its cues say `Name:`:
//!
//! 1. `WEBVTT` first → WebVTT.
//! 2. `{` or `[{` first and a `"segments"` key (or, for an array, `"text"`
//!    and `"start"` keys) → Whisper JSON, even when the JSON turns out to
//!    be broken, so a truncated file gets a JSON error and not a plain-text
//!    reading of its braces.
//! 3. A `start --> end` timing line → SubRip (WebVTT when the header is
//!    missing, no timing uses `,` and cues carry `<v …>` voices).
//! 4. Lines like `[Name] 10:02:33` or `00:01:02 Name: text` → Zoom.
//! 5. Speaker labels on most lines, or at least three labels by two names →
//!    speaker lines.
//! 6. Anything else → plain text.
//!
//! Only the first [`HEAD_BYTES`] are looked at: detection must stay cheap on
//! the largest input we accept.

use super::speaker_lines::{self, lines, looks_like_name};
use super::srt::is_timing_line;
use super::zoom_txt;
use crate::transcript::InputFormat;
use std::collections::HashMap;

const HEAD_BYTES: usize = 64 * 1024;
/// Lines looked at for the line-based formats.
const HEAD_LINES: usize = 200;

pub fn detect(source: &str) -> InputFormat {
    let head = head(source);
    let start = head.trim_start_matches('\u{FEFF}').trim_start();
    if start.starts_with("WEBVTT") {
        return InputFormat::Webvtt;
    }
    if is_whisper_json(start) {
        return InputFormat::WhisperJson;
    }
    let lines: Vec<&str> = lines(head)
        .map(|(_, line)| line)
        .filter(|line| !line.trim().is_empty())
        .take(HEAD_LINES)
        .collect();
    if let Some(format) = captions(&lines) {
        return format;
    }
    if is_zoom(&lines) {
        return InputFormat::ZoomTxt;
    }
    if is_speaker_lines(&lines) {
        return InputFormat::SpeakerLines;
    }
    InputFormat::Plain
}

/// The first `HEAD_BYTES` of `source`, cut on a character boundary.
fn head(source: &str) -> &str {
    let mut end = source.len().min(HEAD_BYTES);
    while !source.is_char_boundary(end) {
        end -= 1;
    }
    &source[..end]
}

fn is_whisper_json(start: &str) -> bool {
    if let Some(array) = start.strip_prefix('[') {
        array.trim_start().starts_with('{')
            && start.contains("\"text\"")
            && start.contains("\"start\"")
    } else {
        start.starts_with('{') && start.contains("\"segments\"")
    }
}

/// Timing lines in the first cues; WebVTT only without `,` millis and with
/// voice tags, as a headerless WebVTT file is otherwise read fine as SubRip.
fn captions(lines: &[&str]) -> Option<InputFormat> {
    let timings: Vec<&&str> = lines
        .iter()
        .filter(|line| is_timing(line))
        .take(10)
        .collect();
    if timings.is_empty() {
        return None;
    }
    let comma = timings.iter().any(|line| {
        line.split("-->")
            .next()
            .is_some_and(|start| start.contains(','))
    });
    let voices = lines
        .iter()
        .any(|line| line.contains("<v ") || line.contains("<v."));
    Some(if !comma && voices {
        InputFormat::Webvtt
    } else {
        InputFormat::Srt
    })
}

/// A timing line (readable or not) that starts like a time, so that a
/// file whose timings are all broken still gets SubRip's error.
fn is_timing(line: &str) -> bool {
    // The first character rules out most lines before they are searched
    // for an arrow.
    line.trim_start().starts_with(|c: char| c.is_ascii_digit()) && is_timing_line(line)
}

/// Zoom's turn lines (with a name) make up at least a third of the lines:
/// the bracketed layout puts each turn's text on its own line.
fn is_zoom(lines: &[&str]) -> bool {
    let turns = lines
        .iter()
        .filter(|line| zoom_txt::header(line).is_some_and(|header| header.name.is_some()))
        .count();
    turns >= 2 && turns * 3 >= lines.len()
}

/// Labels that pass the same test the reader applies: a capitalised name,
/// or one that recurs.
fn is_speaker_lines(lines: &[&str]) -> bool {
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for line in lines {
        if let Some(label) = speaker_lines::label(line) {
            *counts.entry(&line[label.name]).or_default() += 1;
        }
    }
    counts.retain(|name, count| *count >= 2 || looks_like_name(name));
    let labels: usize = counts.values().sum();
    labels >= 2 && (labels * 2 >= lines.len() || (labels >= 3 && counts.len() >= 2))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects_each_format() {
        let cases = [
            ("\u{FEFF}\nWEBVTT\n\n00:01.000 --> 00:02.000\nHi\n", InputFormat::Webvtt),
            ("{\"text\": \" Hi\", \"segments\": [{\"start\": 0, \"end\": 1, \"text\": \" Hi\"}]}", InputFormat::WhisperJson),
            ("[\n {\"start\": 0, \"end\": 1, \"text\": \" Hi\"}]", InputFormat::WhisperJson),
            ("{\"segments\": [{\"start\": 0, \"te", InputFormat::WhisperJson),
            ("1\r\n00:00:01,000 --> 00:00:02,000\r\nHi\r\n", InputFormat::Srt),
            ("00:00:01.000 --> 00:00:02.000\nHi\n", InputFormat::Srt),
            ("00:01.000 --> 00:02.000\n<v Ann>Hi\n", InputFormat::Webvtt),
            ("[Jane Smith] 10:02:33\nHi there.\n[Sam] 10:02:40\nHello.\n", InputFormat::ZoomTxt),
            ("00:00:05 Jane Smith: Hi there.\n00:00:09 Sam: Hello.\n", InputFormat::ZoomTxt),
            ("Jane: Hi there.\nSam: Hello.\n", InputFormat::SpeakerLines),
            ("[00:00:05] Jane: Hi.\n[00:00:09] Sam: Hello.\n", InputFormat::SpeakerLines),
            ("**Jane:** Hi.\n\n**Sam:** Hello.\n", InputFormat::SpeakerLines),
            ("Jane Smith  0:05\nHi there.\n\nSam  0:09\nHello.\n", InputFormat::SpeakerLines),
            ("so tell me about yourself well i am a developer\n", InputFormat::Plain),
        ];
        for (source, format) in cases {
            assert_eq!(detect(source), format, "{source:?}");
        }
    }

    #[test]
    fn sentences_with_colons_are_plain_text() {
        let source = "so the thing is: we shipped it\nand then: it broke\nwhat did you do? well: I fixed it\nthe end: really\n";
        assert_eq!(detect(source), InputFormat::Plain);
        assert_eq!(
            detect("Note: one label is not a transcript.\n"),
            InputFormat::Plain
        );
        assert_eq!(detect("[1, 2, 3]"), InputFormat::Plain);
        assert_eq!(detect("{ just braces }"), InputFormat::Plain);
    }

    #[test]
    fn looks_only_at_the_head() {
        let mut source = "word ".repeat(HEAD_BYTES / 5);
        source.push_str("\nJane: Hi.\nSam: Hello.\nJane: Bye.\n");
        assert_eq!(detect(&source), InputFormat::Plain);
        let cut = format!("{}é", "a".repeat(HEAD_BYTES - 1));
        assert_eq!(detect(&cut), InputFormat::Plain);
    }
}
