//! Properties every ingest reader keeps on any input: no panic, and every
//! piece's span lies inside the source, on character boundaries, ordered,
//! non-empty, and free of the format's own syntax. Plus the example files in
//! `fixtures/formats/`: each is detected as its format and read as expected.

use debrief_core::ingest::{detect, parse, read};
use debrief_core::transcript::{InputFormat, Piece};
use debrief_core::Error;
use proptest::prelude::*;
use std::path::PathBuf;

/// Pieces of every supported syntax, so random inputs get deep into the
/// readers instead of failing at the first check.
const FRAGMENTS: &[&str] = &[
    "WEBVTT\n",
    "WEBVTT",
    "NOTE ",
    "STYLE\n",
    "REGION\n",
    "-->",
    " --> ",
    " -> ",
    "00:00:01,000",
    "00:00:04.500",
    "00:01.000",
    "00:00:xx,000",
    "10:02:33",
    "0:05",
    "1\n",
    "\n",
    "\r\n",
    "\n\n",
    " align:start position:10%",
    "<v A>",
    "<v.loud Bob Lee>",
    "</v>",
    "<i>",
    "</i>",
    "<b",
    "<c.yellow>",
    "<00:00:01.500>",
    "<font color=\"red\">",
    "{\\an8}",
    "&amp;",
    "Name: ",
    "Speaker 1: ",
    "**Anna:** ",
    "**Ben**: ",
    "[00:01:02] ",
    "(00:01:02) ",
    "Jane  0:05\n",
    "[Jane Smith] 10:02:33\n",
    "- ",
    ">> ",
    "{\"segments\":[",
    "{\"text\":\" hi\",\"start\":0,\"end\":1,\"speaker\":\"S1\"}",
    "\"text\":",
    "\"start\":",
    "\"",
    "\\",
    "\\n",
    "\\u00e9",
    ",",
    ":",
    "[",
    "]",
    "{",
    "}",
    "\u{FEFF}",
    "é",
    "日本語",
    "  ",
    "\t",
    "<",
    ">",
    "hello there",
    "um, so",
];

fn fragments() -> impl Strategy<Value = String> {
    let part = prop_oneof![
        4 => prop::sample::select(FRAGMENTS).prop_map(str::to_owned),
        1 => "\\PC{0,4}",
    ];
    prop::collection::vec(part, 0..80).prop_map(|parts| parts.concat())
}

fn check_pieces(source: &str, format: InputFormat, speakers: usize, pieces: &[Piece]) {
    for piece in pieces {
        let span = piece.span;
        assert!(span.start() <= span.end(), "{format}: inverted {span:?}");
        assert!(
            span.end() <= source.len(),
            "{format}: {span:?} past the end"
        );
        assert!(
            source.is_char_boundary(span.start()) && source.is_char_boundary(span.end()),
            "{format}: {span:?} splits a character"
        );
        assert!(!span.is_empty(), "{format}: empty piece at {span:?}");
        if let Some(speaker) = piece.speaker {
            assert!(speaker < speakers, "{format}: speaker {speaker} unknown");
        }
        if let Some(time) = piece.time {
            assert!(time.start <= time.end, "{format}: time {time:?}");
        }
        let text = span.slice(source);
        if format != InputFormat::Plain {
            assert_eq!(text.trim(), text, "{format}: untrimmed piece");
        }
        // SubRip has no voice or class tags, so `</v>` there is text.
        let markup: &[&str] = match format {
            InputFormat::Srt => &["-->", "<i>", "</i>", "{\\an8}"],
            InputFormat::Webvtt => &["-->", "<i>", "</i>", "</v>", "<v A>", "<c.yellow>"],
            _ => &[],
        };
        for markup in markup {
            assert!(!text.contains(markup), "{format}: {markup} in {text:?}");
        }
    }
}

fn check(source: &str) {
    for format in InputFormat::ALL {
        if let Ok(parsed) = parse(source, format) {
            check_pieces(source, format, parsed.speakers.len(), &parsed.pieces);
        }
    }
    let detected = detect(source);
    let bytes = source.as_bytes();
    for format in [None].into_iter().chain(InputFormat::ALL.map(Some)) {
        if let Ok(transcript) = read(bytes, format) {
            assert_eq!(transcript.format, format.unwrap_or(detected));
            check_pieces(
                &transcript.source,
                transcript.format,
                transcript.speakers.len(),
                &transcript.pieces,
            );
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn any_string_reads_safely(source in any::<String>()) {
        check(&source);
    }

    #[test]
    fn format_like_strings_read_safely(source in fragments()) {
        check(&source);
    }

    #[test]
    fn arbitrary_bytes_read_safely(bytes in prop::collection::vec(any::<u8>(), 0..300)) {
        for format in [None].into_iter().chain(InputFormat::ALL.map(Some)) {
            if let Ok(transcript) = read(&bytes, format) {
                check_pieces(
                    &transcript.source,
                    transcript.format,
                    transcript.speakers.len(),
                    &transcript.pieces,
                );
            }
        }
    }
}

fn fixture(name: &str) -> Vec<u8> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../fixtures/formats")
        .join(name);
    std::fs::read(&path).unwrap_or_else(|error| panic!("{}: {error}", path.display()))
}

const EXAMPLES: &[(&str, InputFormat)] = &[
    ("interview.srt", InputFormat::Srt),
    ("interview.vtt", InputFormat::Webvtt),
    ("interview.zoom.txt", InputFormat::ZoomTxt),
    ("interview.otter.txt", InputFormat::SpeakerLines),
    ("interview.speakers.txt", InputFormat::SpeakerLines),
    ("interview.md", InputFormat::SpeakerLines),
    ("interview.whisper.json", InputFormat::WhisperJson),
    ("broken-timestamps.srt", InputFormat::Srt),
    ("broken.vtt", InputFormat::Webvtt),
    ("truncated.whisper.json", InputFormat::WhisperJson),
];

#[test]
fn each_example_is_detected_as_its_format() {
    for (name, format) in EXAMPLES {
        let bytes = fixture(name);
        let source = std::str::from_utf8(&bytes).unwrap();
        assert_eq!(detect(source), *format, "{name}");
    }
}

#[test]
fn each_good_example_reads_as_two_speakers_without_warnings() {
    for (name, format) in EXAMPLES
        .iter()
        .filter(|(name, _)| name.starts_with("interview"))
    {
        let transcript =
            read(&fixture(name), None).unwrap_or_else(|error| panic!("{name}: {error}"));
        assert_eq!(transcript.format, *format, "{name}");
        assert_eq!(
            transcript.speakers.len(),
            2,
            "{name}: {:?}",
            transcript.speakers
        );
        assert!(
            transcript.warnings.is_empty(),
            "{name}: {:?}",
            transcript.warnings
        );
        let labelled = transcript
            .pieces
            .iter()
            .filter(|piece| piece.speaker.is_some());
        assert!(labelled.count() >= 6, "{name}: too few turns");
        check_pieces(
            &transcript.source,
            transcript.format,
            transcript.speakers.len(),
            &transcript.pieces,
        );
        for piece in &transcript.pieces {
            let text = transcript.text(piece);
            for syntax in ["-->", "<v", "**", "\"text\"", "00:0"] {
                assert!(!text.contains(syntax), "{name}: {syntax} in {text:?}");
            }
            let label = transcript
                .speakers
                .iter()
                .any(|speaker| text.starts_with(speaker.as_str()));
            assert!(!label, "{name}: label left in {text:?}");
        }
    }
}

#[test]
fn broken_captions_keep_their_text_with_warnings() {
    let srt = read(&fixture("broken-timestamps.srt"), None).unwrap();
    assert_eq!(srt.pieces.len(), 7);
    let untimed = srt
        .pieces
        .iter()
        .filter(|piece| piece.time.is_none())
        .count();
    assert_eq!(untimed, 3);
    assert_eq!(srt.warnings.len(), 3, "{:?}", srt.warnings);
    assert!(
        srt.warnings[0].message.contains("cue 2 (line 6)"),
        "{:?}",
        srt.warnings
    );

    let vtt = read(&fixture("broken.vtt"), None).unwrap();
    assert_eq!(vtt.speakers, vec!["Ines", "Marco"]);
    assert_eq!(vtt.pieces.len(), 6);
    assert_eq!(vtt.warnings.len(), 2, "{:?}", vtt.warnings);
}

#[test]
fn a_truncated_whisper_file_is_refused_with_a_position() {
    match read(&fixture("truncated.whisper.json"), None) {
        Err(Error::Malformed { format, reason }) => {
            assert_eq!(format, InputFormat::WhisperJson);
            assert!(reason.contains("line 7"), "{reason}");
        }
        other => panic!("unexpected {other:?}"),
    }
}
