//! ingest: bytes in, [`Transcript`] out. Detects the format when asked to,
//! decodes the text and hands the reader for that format the source.
//!
//! Every reader returns pieces whose spans are byte ranges of clean text in
//! the source (no labels, timestamps or markup inside), so later stages can
//! point back at the user's own file.

mod decode;
mod detect;
mod plain;
mod speaker_lines;
mod srt;
mod webvtt;
mod whisper_json;
mod zoom_txt;

pub use decode::MAX_INPUT_BYTES;
pub use detect::detect;

use crate::error::Error;
use crate::transcript::{InputFormat, Piece, Transcript, Warning};

/// What one format's reader finds in a source.
#[derive(Debug, Default)]
pub struct Parsed {
    pub speakers: Vec<String>,
    pub pieces: Vec<Piece>,
    pub warnings: Vec<Warning>,
}

impl Parsed {
    /// The index of `label` in `speakers`, adding it on first sight.
    pub fn speaker(&mut self, label: &str) -> usize {
        match self.speakers.iter().position(|known| known == label) {
            Some(index) => index,
            None => {
                self.speakers.push(label.to_owned());
                self.speakers.len() - 1
            }
        }
    }

    pub fn warn(&mut self, message: impl Into<String>) {
        self.warnings.push(Warning {
            message: message.into(),
        });
    }
}

/// Reads `bytes` as `format`, or as the detected format when `format` is
/// `None`.
pub fn read(bytes: &[u8], format: Option<InputFormat>) -> Result<Transcript, Error> {
    read_with_limit(bytes, format, MAX_INPUT_BYTES)
}

/// [`read`] with a caller-chosen size limit.
pub fn read_with_limit(
    bytes: &[u8],
    format: Option<InputFormat>,
    limit: usize,
) -> Result<Transcript, Error> {
    let decoded = decode::decode(bytes, limit)?;
    let source = decoded.text;
    let format = format.unwrap_or_else(|| detect(&source));
    let mut parsed = parse(&source, format)?;
    if parsed.pieces.iter().all(|piece| piece.span.is_empty()) {
        return Err(Error::NoText);
    }
    let mut warnings = decoded.warnings;
    warnings.append(&mut parsed.warnings);
    Ok(Transcript {
        source,
        format,
        speakers: parsed.speakers,
        pieces: parsed.pieces,
        warnings,
    })
}

/// Runs the reader for `format` over already-decoded text.
pub fn parse(source: &str, format: InputFormat) -> Result<Parsed, Error> {
    match format {
        InputFormat::Plain => Ok(plain::read(source)),
        InputFormat::SpeakerLines => speaker_lines::read(source),
        InputFormat::ZoomTxt => zoom_txt::read(source),
        InputFormat::Srt => srt::read(source),
        InputFormat::Webvtt => webvtt::read(source),
        InputFormat::WhisperJson => whisper_json::read(source),
    }
}
