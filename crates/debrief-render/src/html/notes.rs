//! Coaching notes (strengths, improvements, overall feedback) with the words
//! of the transcript each one is about, quoted.

use super::escape::esc;
use super::spans;
use crate::labels;
use debrief_core::report::Note;
use debrief_core::Span;
use std::fmt::{self, Write};

/// Long enough to recognise the words, short enough to keep the list tidy.
const QUOTE: usize = 90;

/// `<h4>title</h4>` and the notes as a list; nothing when there are none.
pub fn write_list(out: &mut impl Write, title: &str, notes: &[Note], source: &str) -> fmt::Result {
    if notes.is_empty() {
        return Ok(());
    }
    writeln!(out, "<h4>{}</h4>", esc(title))?;
    writeln!(out, "<ul>")?;
    for note in notes {
        write!(out, "<li>{}", esc(&note.text))?;
        for span in &note.evidence {
            write_quote(out, *span, source)?;
        }
        writeln!(out, "</li>")?;
    }
    writeln!(out, "</ul>")
}

/// The words of `span`, shortened and quoted after a space; nothing when
/// the span has no words in `source`.
pub fn write_quote(out: &mut impl Write, span: Span, source: &str) -> fmt::Result {
    let words = spans::slice(span, source);
    if words.trim().is_empty() {
        return Ok(());
    }
    let (words, _) = labels::shorten(words, QUOTE);
    write!(out, r#" <q class="evidence">{}</q>"#, esc(&words))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn notes_quote_their_evidence_and_skip_what_is_not_there() {
        let source = "I cut the build from 20 to 5 minutes.";
        let notes = [Note {
            text: "Gives a number for the <result>.".to_owned(),
            evidence: vec![Span::new(21, 36), Span::empty(3), Span::new(500, 600)],
        }];
        let mut out = String::new();
        write_list(&mut out, "Strengths", &notes, source).unwrap();
        assert_eq!(
            out,
            "<h4>Strengths</h4>\n<ul>\n<li>Gives a number for the &lt;result&gt;. \
             <q class=\"evidence\">20 to 5 minutes</q></li>\n</ul>\n"
        );
    }

    #[test]
    fn no_notes_no_heading() {
        let mut out = String::new();
        write_list(&mut out, "Strengths", &[], "").unwrap();
        assert!(out.is_empty());
    }
}
