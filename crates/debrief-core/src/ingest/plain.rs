//! Plain text with no speaker labels: one piece per paragraph (text between
//! blank lines). Line breaks inside a paragraph are only wrapping.

use super::Parsed;
use crate::span::Span;
use crate::transcript::Piece;

pub fn read(source: &str) -> Parsed {
    let mut parsed = Parsed::default();
    let mut paragraph: Option<Span> = None;
    let mut offset = 0;
    for line in source.split_inclusive('\n') {
        let content = line.trim_end_matches(['\n', '\r']);
        let leading = content.len() - content.trim_start().len();
        let trimmed = content.trim();
        if trimmed.is_empty() || trimmed == "\u{FEFF}" {
            close(&mut parsed, paragraph.take());
        } else {
            let start = offset + leading + bom_len(content.trim_start());
            let end = offset + leading + content.trim_start().trim_end().len();
            let span = Span::new(start, end);
            paragraph = Some(paragraph.map_or(span, |open| open.cover(span)));
        }
        offset += line.len();
    }
    close(&mut parsed, paragraph);
    parsed
}

fn bom_len(text: &str) -> usize {
    if text.starts_with('\u{FEFF}') {
        '\u{FEFF}'.len_utf8()
    } else {
        0
    }
}

fn close(parsed: &mut Parsed, paragraph: Option<Span>) {
    if let Some(span) = paragraph {
        parsed.pieces.push(Piece {
            span,
            speaker: None,
            time: None,
            starts_paragraph: true,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(source: &str) -> Vec<&str> {
        read(source)
            .pieces
            .iter()
            .map(|piece| piece.span.slice(source))
            .collect()
    }

    #[test]
    fn splits_paragraphs_at_blank_lines() {
        let source = "Tell me about yourself.\nI am a developer.\n\n  \nNext question?\r\n";
        assert_eq!(
            texts(source),
            vec![
                "Tell me about yourself.\nI am a developer.",
                "Next question?"
            ]
        );
    }

    #[test]
    fn skips_a_byte_order_mark() {
        assert_eq!(texts("\u{FEFF}Hello there."), vec!["Hello there."]);
    }
}
