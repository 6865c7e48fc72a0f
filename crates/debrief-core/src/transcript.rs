//! What ingest hands to the rest of the pipeline: runs of clean text with
//! their place in the original file, who said them (when the file says) and
//! when (when the file has timestamps).

use crate::span::Span;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// The input formats debrief reads. The names are the ones used on the
/// command line (`--input-format`) and in the report's `source.format`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum InputFormat {
    /// Text with no speaker labels, e.g. a raw speech-to-text dump.
    Plain,
    /// `Name: text` lines and their variants (Markdown bold names,
    /// `[00:01:02] Name:` stamps, Otter's `Name  0:05` headers).
    SpeakerLines,
    /// Zoom's transcript `.txt`: time, speaker and text.
    ZoomTxt,
    /// SubRip captions.
    Srt,
    /// WebVTT captions.
    Webvtt,
    /// Whisper's JSON output with `segments`.
    WhisperJson,
}

impl InputFormat {
    pub const ALL: [InputFormat; 6] = [
        InputFormat::Plain,
        InputFormat::SpeakerLines,
        InputFormat::ZoomTxt,
        InputFormat::Srt,
        InputFormat::Webvtt,
        InputFormat::WhisperJson,
    ];

    pub fn name(self) -> &'static str {
        match self {
            InputFormat::Plain => "plain",
            InputFormat::SpeakerLines => "speaker-lines",
            InputFormat::ZoomTxt => "zoom-txt",
            InputFormat::Srt => "srt",
            InputFormat::Webvtt => "webvtt",
            InputFormat::WhisperJson => "whisper-json",
        }
    }
}

impl fmt::Display for InputFormat {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for InputFormat {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        InputFormat::ALL
            .into_iter()
            .find(|format| format.name() == s)
            .ok_or_else(|| format!("unknown input format `{s}`"))
    }
}

/// A time range in seconds from the start of the recording.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct TimeRange {
    pub start: f64,
    pub end: f64,
}

/// Index into [`Transcript::speakers`].
pub type SpeakerIndex = usize;

/// A run of clean text from the original file: no labels, timestamps or
/// markup inside `span`. Captions give one piece per cue (or per stretch of a
/// cue between tags), plain text one per paragraph, speaker lines one per turn.
#[derive(Clone, Debug, PartialEq)]
pub struct Piece {
    pub span: Span,
    pub speaker: Option<SpeakerIndex>,
    pub time: Option<TimeRange>,
    /// The file shows a break before this piece (a blank line in plain
    /// text). Breaks are one of the hints for where a new interview starts.
    pub starts_paragraph: bool,
}

/// Something ingest noticed but could work around.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Warning {
    pub message: String,
}

/// A whole input, read.
#[derive(Clone, Debug)]
pub struct Transcript {
    /// The input as text. When the file was not valid UTF-8 this is its
    /// lossy decoding, and spans refer to it (see `decode`).
    pub source: String,
    pub format: InputFormat,
    /// Speaker labels as written in the file, in order of first appearance.
    pub speakers: Vec<String>,
    pub pieces: Vec<Piece>,
    pub warnings: Vec<Warning>,
}

impl Transcript {
    pub fn text(&self, piece: &Piece) -> &str {
        piece.span.slice(&self.source)
    }

    pub fn has_labels(&self) -> bool {
        !self.speakers.is_empty()
    }
}
