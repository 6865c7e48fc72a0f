//! Turning bytes into text, and refusing what is not a transcript.

use crate::error::Error;
use crate::transcript::Warning;

/// Inputs larger than this are refused: an hour-long interview is well under
/// 100 KB of text, so anything this big is almost surely the wrong file.
pub const MAX_INPUT_BYTES: usize = 32 * 1024 * 1024;

pub struct Decoded {
    pub text: String,
    pub warnings: Vec<Warning>,
}

/// Decodes `bytes` as UTF-8. Invalid sequences are replaced with U+FFFD and
/// reported as a warning rather than refused: speech-to-text exports
/// sometimes carry a stray Latin-1 byte, and the rest is worth analysing.
/// Spans in the report then refer to the decoded text. A leading byte-order
/// mark is kept in the text (so offsets match the file) but never read as
/// content.
pub fn decode(bytes: &[u8], limit: usize) -> Result<Decoded, Error> {
    if bytes.len() > limit {
        return Err(Error::TooLarge {
            size: bytes.len(),
            limit,
        });
    }
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(Error::Empty);
    }
    if memchr::memchr(0, bytes).is_some() {
        return Err(Error::Binary);
    }
    let mut warnings = Vec::new();
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => text.to_owned(),
        Err(error) => {
            let lossy = String::from_utf8_lossy(bytes).into_owned();
            let replaced = lossy.matches('\u{FFFD}').count();
            warnings.push(Warning {
                message: format!(
                    "the input is not valid UTF-8 (first bad byte at offset {}); {replaced} invalid sequence(s) were replaced with U+FFFD and spans refer to the decoded text",
                    error.valid_up_to()
                ),
            });
            lossy
        }
    };
    if text.trim_start_matches('\u{FEFF}').trim().is_empty() {
        return Err(Error::Empty);
    }
    Ok(Decoded { text, warnings })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_empty_and_blank_input() {
        assert_eq!(decode(b"", 100).err(), Some(Error::Empty));
        assert_eq!(decode(b" \n\t\n", 100).err(), Some(Error::Empty));
        assert_eq!(
            decode("\u{FEFF}\n".as_bytes(), 100).err(),
            Some(Error::Empty)
        );
    }

    #[test]
    fn refuses_binary_input() {
        assert_eq!(
            decode(b"PK\x03\x04\x00\x00", 100).err(),
            Some(Error::Binary)
        );
    }

    #[test]
    fn refuses_input_over_the_limit() {
        assert_eq!(
            decode(b"hello there", 5).err(),
            Some(Error::TooLarge { size: 11, limit: 5 })
        );
    }

    #[test]
    fn decodes_invalid_utf8_lossily_with_a_warning() {
        let decoded = decode(b"caf\xe9 time?", 100).unwrap();
        assert_eq!(decoded.text, "caf\u{FFFD} time?");
        assert_eq!(decoded.warnings.len(), 1);
        assert!(decoded.warnings[0].message.contains("offset 3"));
    }
}
