//! WebVTT captions (`.vtt`), as Teams, Meet, Zoom's cloud recordings and
//! YouTube export them:
//!
//! ```text
//! WEBVTT - mock interview
//!
//! NOTE recorded on Teams
//!
//! intro
//! 00:01.000 --> 00:04.000 align:start position:10%
//! <v Priya Shah>So, um, why do you want this role?</v>
//!
//! 00:04.500 --> 00:08.000
//! <v.loud Tom>I like <c.yellow>distributed</c> systems.
//! ```
//!
//! `NOTE`, `STYLE` and `REGION` blocks and header lines are skipped, cue
//! identifiers and cue settings ignored. A `<v Name>` voice tag (or a
//! recurring `Name:` prefix, as some Teams and Meet exports write) gives the
//! speaker. Inline tags (`<c.x>`, `<i>`, `<b>`, `<u>`, `<lang en>`,
//! `<00:00:01.500>`) are never inside a piece; entities like `&amp;` are
//! left as written. Cues are read by the SubRip reader's machinery, so
//! broken timings are handled the same way: the text is kept without a time
//! and a warning names the cue, and a file with no readable timing is
//! refused.

use super::speaker_lines::{clock, lines};
use super::srt::{read_cues, Dialect, Tag};
use super::Parsed;
use crate::error::Error;
use crate::transcript::{InputFormat, Warning};

const WEBVTT: Dialect = Dialect {
    format: InputFormat::Webvtt,
    tag: vtt_tag,
    skips_block,
};

pub fn read(source: &str) -> Result<Parsed, Error> {
    let mut numbered = lines(source).enumerate();
    let first = numbered.find(|(_, (_, line))| !line.trim().is_empty());
    let skip = match first {
        Some((index, (_, line))) if is_header(line) => {
            // The header runs to the first blank line; a timing line means
            // the blank line was forgotten.
            numbered
                .find(|(_, (_, line))| line.trim().is_empty() || line.contains("-->"))
                .map_or(usize::MAX, |(end, _)| end)
                .max(index + 1)
        }
        _ => 0,
    };
    let mut parsed = read_cues(source, skip, &WEBVTT)?;
    if skip == 0 {
        parsed.warnings.insert(
            0,
            Warning {
                message: "the file does not start with a `WEBVTT` line; read as WebVTT anyway"
                    .to_owned(),
            },
        );
    }
    Ok(parsed)
}

fn is_header(line: &str) -> bool {
    let line = line.trim_start();
    line.strip_prefix("WEBVTT")
        .is_some_and(|rest| rest.is_empty() || rest.starts_with(char::is_whitespace))
}

/// Blocks that hold no cues. A second `WEBVTT` header means files were
/// pasted together; its header block is skipped like a note.
fn skips_block(line: &str) -> bool {
    let line = line.trim_end();
    let note = line
        .strip_prefix("NOTE")
        .is_some_and(|rest| rest.is_empty() || rest.starts_with(char::is_whitespace));
    note || line == "STYLE" || line == "REGION" || is_header(line)
}

/// WebVTT requires `<` in text to be escaped, so every `<letter…>` is a tag;
/// a `<digit…>` one only when it holds a timestamp. `{\an8}` is not WebVTT,
/// but converters leave it behind.
fn vtt_tag(text: &str) -> Option<(usize, Tag)> {
    if text.starts_with("{\\") {
        return text.find('}').map(|end| (end + 1, Tag::Other));
    }
    let inner = text.strip_prefix('<')?;
    let end = inner.find('>')?;
    let inner = &inner[..end];
    if inner.contains('<') {
        return None;
    }
    let len = end + 2;
    if let Some(closing) = inner.strip_prefix('/') {
        let name = closing.trim();
        return match name {
            "v" => Some((len, Tag::EndVoice)),
            _ if name.starts_with(|c: char| c.is_ascii_alphabetic()) => Some((len, Tag::Other)),
            _ => None,
        };
    }
    if inner.starts_with(|c: char| c.is_ascii_digit()) {
        return clock(inner.trim()).map(|_| (len, Tag::Other));
    }
    if !inner.starts_with(|c: char| c.is_ascii_alphabetic()) {
        return None;
    }
    let name_end = inner.find(['.', ' ', '\t']).unwrap_or(inner.len());
    if &inner[..name_end] != "v" {
        return Some((len, Tag::Other));
    }
    let annotation = inner[name_end..]
        .trim_start_matches(|c: char| !c.is_whitespace())
        .trim();
    Some((len, Tag::Voice(annotation.to_owned())))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::transcript::TimeRange;

    fn pieces(source: &str) -> Vec<(Option<String>, &str)> {
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

    fn said<'a>(name: &str, text: &'a str) -> (Option<String>, &'a str) {
        (Some(name.to_owned()), text)
    }

    #[test]
    fn reads_cues_with_voices_notes_styles_and_settings() {
        let source = "WEBVTT - mock interview\nKind: captions\n\nSTYLE\n::cue { color: red }\n\nNOTE this is\na comment\n\nREGION\nid:fred\n\nintro\n00:01.000 --> 00:04.000 align:start position:10%\n<v Priya Shah>So, um, why this role?</v>\n\n00:00:04.500 --> 00:00:08.000\n<v.loud Tom>I like systems.\n";
        let parsed = read(source).unwrap();
        assert_eq!(
            pieces(source),
            vec![
                said("Priya Shah", "So, um, why this role?"),
                said("Tom", "I like systems.")
            ]
        );
        assert_eq!(
            parsed.pieces[0].time,
            Some(TimeRange {
                start: 1.0,
                end: 4.0
            })
        );
        assert!(parsed.warnings.is_empty());
        assert!(parsed.pieces[1].starts_paragraph);
    }

    #[test]
    fn keeps_inline_tags_out_of_spans() {
        let source = "WEBVTT\n\n00:01.000 --> 00:04.000\n<c.yellow>Well,</c> <i>I</i> think <00:00:02.500><lang en>so &amp; yes</lang>\n";
        assert_eq!(
            pieces(source),
            vec![
                (None, "Well,"),
                (None, "I"),
                (None, "think"),
                (None, "so &amp; yes")
            ]
        );
    }

    #[test]
    fn a_voice_lasts_until_its_end_tag_or_the_cue_end() {
        let source = "WEBVTT\n\n00:01.000 --> 00:04.000\n<v Ann>Hi.</v> Narration.\n\n00:05.000 --> 00:06.000\nLater.\n";
        assert_eq!(
            pieces(source),
            vec![said("Ann", "Hi."), (None, "Narration."), (None, "Later.")]
        );
    }

    #[test]
    fn reads_name_prefixes_like_teams_writes_them() {
        let source = "WEBVTT\n\n1\n00:00:01.000 --> 00:00:02.000\nAnn Lee: Ready?\n\n2\n00:00:02.000 --> 00:00:03.000\nBo: Yes.\n\n3\n00:00:03.000 --> 00:00:04.000\nAnn Lee: Good.\n\n4\n00:00:04.000 --> 00:00:05.000\nBo: Um, okay.\n";
        assert_eq!(
            pieces(source),
            vec![
                said("Ann Lee", "Ready?"),
                said("Bo", "Yes."),
                said("Ann Lee", "Good."),
                said("Bo", "Um, okay.")
            ]
        );
    }

    #[test]
    fn skips_a_second_header_when_files_were_pasted_together() {
        let source =
            "WEBVTT\n\n00:05.000 --> 00:06.000\nOne.\n\nWEBVTT\n\n00:01.000 --> 00:02.000\nTwo.\n";
        let parsed = read(source).unwrap();
        assert_eq!(pieces(source), vec![(None, "One."), (None, "Two.")]);
        assert!(parsed.pieces[1].starts_paragraph);
    }

    #[test]
    fn warns_about_broken_timings() {
        let source = "WEBVTT\n\nfirst\n00:01.000 --> 00:02.000\nFine.\n\nsecond\n00:0x.000 --> 00:03.000\nKept.\n";
        let parsed = read(source).unwrap();
        assert_eq!(pieces(source), vec![(None, "Fine."), (None, "Kept.")]);
        assert_eq!(parsed.warnings.len(), 1);
        assert!(
            parsed.warnings[0].message.contains("cue second (line 8)"),
            "{:?}",
            parsed.warnings
        );
    }

    #[test]
    fn reads_a_file_without_the_header_with_a_warning() {
        let source = "00:01.000 --> 00:02.000\nHi.\n";
        let parsed = read(source).unwrap();
        assert_eq!(parsed.pieces.len(), 1);
        assert!(parsed.warnings[0].message.contains("WEBVTT"));
    }

    #[test]
    fn refuses_files_without_readable_cues() {
        for source in [
            "WEBVTT\n",
            "WEBVTT\n\n00:0x.000 --> 00:01.000\nHi\n",
            "hello",
        ] {
            match read(source) {
                Err(Error::Malformed { format, .. }) => assert_eq!(format, InputFormat::Webvtt),
                other => panic!("unexpected {other:?} for {source:?}"),
            }
        }
    }

    #[test]
    fn recognises_tags() {
        assert_eq!(
            vtt_tag("<v Ann Lee>x"),
            Some((11, Tag::Voice("Ann Lee".into())))
        );
        assert_eq!(
            vtt_tag("<v.loud.x Ann>"),
            Some((14, Tag::Voice("Ann".into())))
        );
        assert_eq!(vtt_tag("</v>"), Some((4, Tag::EndVoice)));
        assert_eq!(vtt_tag("<00:00:01.500>"), Some((14, Tag::Other)));
        assert_eq!(vtt_tag("<3 you>"), None);
        assert_eq!(vtt_tag("< b>"), None);
        assert_eq!(vtt_tag("<b"), None);
    }
}
