//! Properties of the whole pipeline on any input: `analyze` never panics, and
//! every report it returns keeps the contract's span promises (inside the
//! decoded source, on character boundaries, ordered), with interviews in
//! order, unique exchange ids and questions that are either asked (words and
//! a place) or inferred (no place of their own). Ingest has its own property
//! tests; these catch what the later stages do with the spans they are given.

use debrief_core::report::{Answer, Question, Report};
use debrief_core::{analyze, InputFormat, Options, Span};
use proptest::prelude::*;
use std::collections::HashSet;

/// Transcript-shaped pieces, so random inputs reach attribution and
/// segmentation instead of being refused by ingest. Invalid UTF-8 bytes are
/// in here too: spans then refer to the lossy decoding, which shifts every
/// offset after them.
const FRAGMENTS: &[&[u8]] = &[
    b"what",
    b"is",
    b"a",
    b"the",
    b"tuple",
    b"list",
    b"tell me about",
    b"yourself",
    b"can you",
    b"walk me through",
    b"write a function",
    b"how do you",
    b"I think",
    b"I worked on",
    b"we used",
    b"um",
    b"so",
    b"Okay",
    b"Yeah",
    b"Python",
    b"do you have any questions for me",
    b"thank you",
    b" ",
    b"  ",
    b"?",
    b". ",
    b", ",
    b"\n",
    b"\n\n",
    b"\r\n",
    b"Name: ",
    b"Interviewer: ",
    b"Candidate: ",
    b"WEBVTT\n\n",
    b"00:00:01.000 --> 00:00:02.000\n",
    b"<v Ann>",
    b"<v Bob Lee>",
    b"</v>",
    b"1\n00:00:01,000 --> 00:00:02,000\n",
    b"{\"segments\":[{\"start\":0,\"end\":1,\"text\":\"",
    b"\"}]}",
    b"\"},{\"start\":1,\"end\":2,\"text\":\"",
    b"[Ann] 10:02:33\n",
    "é".as_bytes(),
    "—".as_bytes(),
    "日本".as_bytes(),
    "\u{FEFF}".as_bytes(),
    b"\xff",
    b"\xc3",
    b"\xe6\x97",
];

fn transcript_like() -> impl Strategy<Value = Vec<u8>> {
    prop::collection::vec(prop::sample::select(FRAGMENTS), 0..120).prop_map(|parts| parts.concat())
}

/// Whisper's text is a JSON string literal and spans cover its raw escaped
/// bytes, so escapes next to multibyte text are where offsets could slip.
/// Random concatenation almost never makes valid JSON, hence a generator of
/// its own.
const JSON_TEXT: &[&str] = &[
    "what is a tuple",
    "tell me about yourself",
    "can you",
    "I think",
    "we used Kafka",
    "um",
    " ",
    "?",
    ". ",
    ", ",
    "\\n",
    "\\\"",
    "\\\\",
    "\\t",
    "\\u00e9",
    "\\ud83d\\ude00",
    "é",
    "—",
    "日本",
];

fn whisper_like() -> impl Strategy<Value = Vec<u8>> {
    let text =
        prop::collection::vec(prop::sample::select(JSON_TEXT), 0..12).prop_map(|t| t.concat());
    let speaker = prop::option::of(prop::sample::select(&["SPEAKER_00", "SPEAKER_01"][..]));
    let segment = (speaker, text).prop_map(|(speaker, text)| {
        let speaker = speaker.map_or(String::new(), |s| format!(",\"speaker\":\"{s}\""));
        format!("{{\"start\":0.5,\"end\":1.5,\"text\":\" {text}\"{speaker}}}")
    });
    (any::<bool>(), prop::collection::vec(segment, 0..16)).prop_map(|(bom, segments)| {
        let bom = if bom { "\u{FEFF}" } else { "" };
        format!("{bom}{{\"segments\":[{}]}}", segments.join(",\n")).into_bytes()
    })
}

/// Auto-detection, then every reader forced on the same bytes: a forced
/// reader sees inputs detection would never send it.
fn formats() -> impl Iterator<Item = Option<InputFormat>> {
    std::iter::once(None).chain(InputFormat::ALL.map(Some))
}

struct Checker<'a> {
    source: &'a str,
    format: Option<InputFormat>,
}

impl Checker<'_> {
    fn span(&self, what: &str, span: Span) {
        let format = self.format.map_or("auto", InputFormat::name);
        assert!(
            span.start() <= span.end(),
            "{format}: {what} {span:?} inverted"
        );
        assert!(
            span.end() <= self.source.len(),
            "{format}: {what} {span:?} past the end ({} bytes)",
            self.source.len()
        );
        assert!(
            self.source.is_char_boundary(span.start()) && self.source.is_char_boundary(span.end()),
            "{format}: {what} {span:?} splits a character in {:?}",
            self.source
        );
    }

    fn question(&self, what: &str, question: &Question) {
        self.span(what, question.span);
        if question.inferred {
            assert!(
                question.span.is_empty(),
                "{what}: inferred question with a non-empty span {:?}",
                question.span
            );
        } else {
            assert!(
                !question.text.trim().is_empty(),
                "{what}: asked question without text"
            );
            assert!(
                !question.span.is_empty(),
                "{what}: asked question {:?} without a place",
                question.text
            );
        }
    }

    fn answer(&self, what: &str, answer: &Answer) {
        self.span(what, answer.span);
    }

    fn report(&self, report: &Report) {
        assert_eq!(
            report.source.bytes,
            self.source.len(),
            "source.bytes is not the decoded length"
        );
        let speakers: HashSet<&str> = report.speakers.iter().map(|s| s.id.as_str()).collect();
        for (n, turn) in report.turns.iter().enumerate() {
            self.span(&format!("turn {n}"), turn.span);
            if let Some(speaker) = &turn.speaker {
                assert!(
                    speakers.contains(speaker.as_str()),
                    "turn {n}: unknown speaker {speaker}"
                );
            }
        }
        for pair in report.interviews.windows(2) {
            assert!(
                pair[0].span.end() <= pair[1].span.start(),
                "interviews {} {:?} and {} {:?} overlap or are out of order",
                pair[0].index,
                pair[0].span,
                pair[1].index,
                pair[1].span
            );
        }
        let mut ids = HashSet::new();
        for interview in &report.interviews {
            self.span(&format!("interview {}", interview.index), interview.span);
            for exchange in &interview.exchanges {
                let id = &exchange.id;
                assert!(ids.insert(id.clone()), "exchange id {id} repeated");
                self.question(&format!("{id} question"), &exchange.question);
                self.answer(&format!("{id} answer"), &exchange.answer);
                for (n, follow_up) in exchange.follow_ups.iter().enumerate() {
                    self.question(&format!("{id} follow-up {n} question"), &follow_up.question);
                    self.answer(&format!("{id} follow-up {n} answer"), &follow_up.answer);
                }
                for finding in &exchange.findings {
                    self.span(&format!("{id} finding {}", finding.rule), finding.span);
                }
            }
        }
        for term in &report.terms {
            self.span(&format!("term {:?}", term.heard), term.span);
        }
    }
}

fn check(bytes: &[u8]) {
    // Ingest decodes invalid UTF-8 this same way, and spans refer to the result.
    let source = String::from_utf8_lossy(bytes);
    for format in formats() {
        let options = Options {
            source_name: "prop".to_owned(),
            format,
            ..Options::default()
        };
        if let Ok(report) = analyze(bytes, &options) {
            Checker {
                source: &source,
                format,
            }
            .report(&report);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn arbitrary_bytes_analyse_safely(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        check(&bytes);
    }

    #[test]
    fn transcript_like_inputs_analyse_safely(bytes in transcript_like()) {
        check(&bytes);
    }

    #[test]
    fn whisper_json_inputs_analyse_safely(bytes in whisper_like()) {
        // Otherwise a generator bug would quietly test only the refusal path.
        let json = bytes.strip_prefix("\u{FEFF}".as_bytes()).unwrap_or(&bytes);
        prop_assert!(serde_json::from_slice::<serde_json::Value>(json).is_ok());
        check(&bytes);
    }
}

/// Pins that the checks run on reports that have exchanges, speakers and
/// escaped Whisper text, so they cannot pass vacuously on refusals alone.
#[test]
fn the_checks_see_questions_and_answers() {
    let speaker_lines = "Interviewer: What is a tuple?\nCandidate: I think a tuple is an immutable list, um, so it can be a dict key.\nInterviewer: Can you walk me through a project?\nCandidate: I worked on a billing service in Python — we used Kafka. 日本\n";
    let whisper = r#"{"segments":[
{"start":0,"end":2,"text":" What is a \"tuple\" in Python?","speaker":"SPEAKER_00"},
{"start":2,"end":6,"text":" Um, caf\u00e9 — I think it is an immutable list, so it can be a dict key.","speaker":"SPEAKER_01"}]}"#;
    let cases = [
        (speaker_lines, None),
        (speaker_lines, Some(InputFormat::SpeakerLines)),
        (speaker_lines, Some(InputFormat::Plain)),
        (whisper, None),
        (whisper, Some(InputFormat::WhisperJson)),
    ];
    for (source, format) in cases {
        let report = analyze(
            source.as_bytes(),
            &Options {
                format,
                ..Options::default()
            },
        )
        .unwrap_or_else(|error| panic!("{format:?}: {error}"));
        let exchanges: usize = report.interviews.iter().map(|i| i.exchanges.len()).sum();
        assert!(exchanges >= 1, "{format:?}: no exchanges in {report:#?}");
        Checker { source, format }.report(&report);
    }
}
