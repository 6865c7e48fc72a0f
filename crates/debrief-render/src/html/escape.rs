//! Making any text safe inside HTML, as element content and as a quoted
//! attribute value alike.
//!
//! Transcripts are untrusted: a speaker who says `<script>` (or a caption
//! file that contains it) must show up as those characters. Escaping all
//! five of `& < > " '` everywhere means one function is right in every
//! context the page uses, so no call site has to pick the right one.

use std::fmt;

/// `text`, escaped when formatted: `write!(out, "<p>{}</p>", esc(text))`
/// escapes without an intermediate `String`.
pub fn esc(text: &str) -> Escaped<'_> {
    Escaped(text)
}

pub struct Escaped<'a>(&'a str);

impl fmt::Display for Escaped<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut rest = self.0;
        // Copy the runs between special characters in one piece each.
        while let Some(at) = rest.find(['&', '<', '>', '"', '\'']) {
            f.write_str(&rest[..at])?;
            f.write_str(match rest.as_bytes()[at] {
                b'&' => "&amp;",
                b'<' => "&lt;",
                b'>' => "&gt;",
                b'"' => "&quot;",
                _ => "&#39;",
            })?;
            rest = &rest[at + 1..];
        }
        f.write_str(rest)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_the_five_special_characters() {
        assert_eq!(
            esc(r#"<a href="x" title='y'>&amp;</a>"#).to_string(),
            "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;"
        );
    }

    #[test]
    fn script_and_attribute_breakouts_become_text() {
        let hostile = r#"<script>alert(1)</script> "><img src=x onerror=alert(1)>"#;
        let out = esc(hostile).to_string();
        assert!(!out.contains('<') && !out.contains('>') && !out.contains('"'));
        assert_eq!(
            out,
            "&lt;script&gt;alert(1)&lt;/script&gt; &quot;&gt;&lt;img src=x onerror=alert(1)&gt;"
        );
    }

    #[test]
    fn leaves_other_text_and_multibyte_characters_alone() {
        let text = "naïve — O(n) ≤ 50% “quoted” \u{fffd}";
        assert_eq!(esc(text).to_string(), text);
        assert_eq!(esc("").to_string(), "");
    }
}
