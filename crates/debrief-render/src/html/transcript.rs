//! The whole transcript, verbatim, with the words of every finding
//! highlighted and a `Qn` marker where each question starts.
//!
//! Findings overlap (a filler inside a hedge inside a missed key point), so
//! the text is cut at every start and end of a highlight and each piece is
//! marked with all the findings covering it: nothing is dropped, nesting
//! needs no rules, and the tags always balance. The piece where a finding
//! starts carries its id, so the exchange sections can link to it.

use super::escape::esc;
use super::spans;
use super::Page;
use debrief_core::report::Finding;
use debrief_core::Span;
use std::fmt::{self, Write};
use std::ops::Range;

/// The id of the `Qn` marker where an exchange's question starts.
pub fn question_anchor(exchange_id: &str) -> String {
    format!("t-{exchange_id}")
}

/// The id of the highlight of an exchange's `index`th finding.
pub fn finding_anchor(exchange_id: &str, index: usize) -> String {
    format!("f-{exchange_id}-{index}")
}

/// Whether a finding with this span gets a highlight (and so an id to link
/// to): only when it covers some of the source's words.
pub fn highlighted(span: Span, source: &str) -> bool {
    !spans::clamp(span, source).is_empty()
}

struct Mark<'a> {
    range: Range<usize>,
    id: String,
    finding: &'a Finding,
}

struct Marker {
    at: usize,
    exchange_id: String,
    number: usize,
}

pub fn write(out: &mut impl Write, page: &Page) -> fmt::Result {
    writeln!(out, r#"<section id="transcript">"#)?;
    writeln!(out, "<h2>Transcript</h2>")?;
    if page.source.is_empty() {
        writeln!(out, r#"<p class="muted">The transcript is empty.</p>"#)?;
        return writeln!(out, "</section>");
    }
    writeln!(
        out,
        r##"<p class="muted">Highlighted words are what a finding is about: <mark class="info">done well</mark>, <mark class="warning">to work on</mark>, <mark class="error">wrong</mark>; underlined where findings overlap. Hover or long-press a highlight for its message; each <a class="qmark" href="#coverage">Q</a> marks where a question starts and links back to it.</p>"##
    )?;
    // The parser drops one newline right after `<pre>`: give it this one,
    // so a transcript that starts with a blank line keeps it.
    writeln!(out, r#"<pre class="transcript">"#)?;
    let (marks, markers) = collect(page);
    write_text(out, page.source, marks, markers)?;
    writeln!(out, "</pre>")?;
    writeln!(out, "</section>")
}

fn collect<'a>(page: &Page<'a>) -> (Vec<Mark<'a>>, Vec<Marker>) {
    let mut marks = Vec::new();
    let mut markers = Vec::new();
    for (number, _, exchange) in crate::numbered(page.report) {
        markers.push(Marker {
            at: spans::clamp(exchange.question.span, page.source).start,
            exchange_id: exchange.id.clone(),
            number,
        });
        for (index, finding) in exchange.findings.iter().enumerate() {
            let range = spans::clamp(finding.span, page.source);
            if !range.is_empty() {
                marks.push(Mark {
                    range,
                    id: finding_anchor(&exchange.id, index),
                    finding,
                });
            }
        }
    }
    (marks, markers)
}

fn write_text(
    out: &mut impl Write,
    source: &str,
    mut marks: Vec<Mark>,
    mut markers: Vec<Marker>,
) -> fmt::Result {
    // Innermost first among marks starting together: its id goes on the
    // `<mark>` element, which then covers exactly its words; the others'
    // ids go on empty anchors just before it.
    marks.sort_by_key(|mark| (mark.range.start, mark.range.end));
    markers.sort_by_key(|marker| marker.at);
    let mut cuts: Vec<usize> = marks
        .iter()
        .flat_map(|mark| [mark.range.start, mark.range.end])
        .chain(markers.iter().map(|marker| marker.at))
        .chain([0, source.len()])
        .collect();
    cuts.sort_unstable();
    cuts.dedup();

    let mut active: Vec<&Mark> = Vec::new();
    let mut next_mark = 0;
    let mut next_marker = 0;
    for piece in cuts.windows(2) {
        let (start, end) = (piece[0], piece[1]);
        active.retain(|mark| mark.range.end > start);
        let first_new = active.len();
        while let Some(mark) = marks.get(next_mark).filter(|m| m.range.start == start) {
            active.push(mark);
            next_mark += 1;
        }
        while let Some(marker) = markers.get(next_marker).filter(|m| m.at == start) {
            write_marker(out, marker)?;
            next_marker += 1;
        }
        write_piece(out, &source[start..end], &active, first_new)?;
    }
    // Questions that start at the very end of the text.
    for marker in &markers[next_marker..] {
        write_marker(out, marker)?;
    }
    Ok(())
}

fn write_marker(out: &mut impl Write, marker: &Marker) -> fmt::Result {
    write!(
        out,
        r##"<a class="qmark" id="{}" href="#{}">Q{}</a>"##,
        esc(&question_anchor(&marker.exchange_id)),
        esc(&marker.exchange_id),
        marker.number
    )
}

/// `text` marked with every finding in `active`; those from `first_new` on
/// start here and get their ids.
fn write_piece(
    out: &mut impl Write,
    text: &str,
    active: &[&Mark],
    first_new: usize,
) -> fmt::Result {
    if active.is_empty() {
        return write!(out, "{}", esc(text));
    }
    let starting = &active[first_new..];
    for mark in starting.iter().skip(1) {
        write!(out, r#"<span id="{}"></span>"#, esc(&mark.id))?;
    }
    let severity = active
        .iter()
        .map(|mark| rank(&mark.finding.severity))
        .max()
        .unwrap_or_default();
    write!(out, "<mark class=\"{}", SEVERITIES[severity])?;
    if active.len() > 1 {
        write!(out, " nested")?;
    }
    write!(out, "\"")?;
    if let Some(mark) = starting.first() {
        write!(out, r#" id="{}""#, esc(&mark.id))?;
    }
    let mut messages: Vec<&str> = Vec::with_capacity(active.len());
    for mark in active {
        if !messages.contains(&mark.finding.message.as_str()) {
            messages.push(&mark.finding.message);
        }
    }
    write!(
        out,
        r#" title="{}">{}</mark>"#,
        esc(&messages.join("\n")),
        esc(text)
    )
}

/// The highlight classes, mildest first; an unknown severity counts as
/// something to work on.
const SEVERITIES: [&str; 3] = ["info", "warning", "error"];

fn rank(severity: &str) -> usize {
    match severity {
        "info" => 0,
        "error" => 2,
        _ => 1,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::html::fixture;

    const SOURCE: &str = "Q: what is <b>? A: um I think, like, it's bold & strong.";

    fn render(findings: &[((usize, usize), &str, &str)]) -> String {
        let mut exchange = fixture::exchange("i1-q1", SOURCE, (3, 15), (19, SOURCE.len()));
        for (i, (span, severity, message)) in findings.iter().enumerate() {
            exchange.findings.push(fixture::finding(
                &format!("delivery.rule{i}"),
                severity,
                *span,
                message,
            ));
        }
        let report = fixture::report(vec![exchange]);
        let page = Page::new(&report, SOURCE);
        let mut out = String::new();
        write(&mut out, &page).unwrap();
        let start = out.find("<pre class=\"transcript\">\n").unwrap() + 25;
        let end = out.find("</pre>").unwrap();
        out[start..end].to_owned()
    }

    /// The text a reader sees: tags dropped, entities decoded.
    fn visible(html: &str) -> String {
        let mut text = String::new();
        let mut in_tag = false;
        for c in html.chars() {
            match c {
                '<' => in_tag = true,
                '>' => in_tag = false,
                c if !in_tag => text.push(c),
                _ => {}
            }
        }
        text.replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&#39;", "'")
            .replace("&amp;", "&")
    }

    fn with_marker(text: &str) -> String {
        format!("{}Q1{}", &text[..3], &text[3..])
    }

    #[test]
    fn text_is_verbatim_and_escaped_with_a_question_marker() {
        let out = render(&[]);
        assert!(
            out.starts_with(
                r##"Q: <a class="qmark" id="t-i1-q1" href="#i1-q1">Q1</a>what is &lt;b&gt;?"##
            ),
            "{out}"
        );
        assert!(!out.contains("<b>"));
        assert_eq!(visible(&out), with_marker(SOURCE));
    }

    #[test]
    fn a_finding_is_marked_with_its_id_and_message() {
        let out = render(&[((19, 21), "warning", "Filler \"um\"")]);
        assert!(
            out.contains(
                r#"<mark class="warning" id="f-i1-q1-0" title="Filler &quot;um&quot;">um</mark>"#
            ),
            "{out}"
        );
        assert_eq!(visible(&out), with_marker(SOURCE));
    }

    #[test]
    fn overlapping_findings_are_cut_at_their_boundaries() {
        // "I think, like," and "like, it's" overlap on "like,".
        let out = render(&[((22, 36), "info", "Hedge"), ((31, 41), "error", "Filler")]);
        assert!(
            out.contains(r#"<mark class="info" id="f-i1-q1-0" title="Hedge">I think, </mark>"#),
            "{out}"
        );
        assert!(
            out.contains("<mark class=\"error nested\" id=\"f-i1-q1-1\" title=\"Hedge\nFiller\">like,</mark>"),
            "{out}"
        );
        assert!(
            out.contains(r#"<mark class="error" title="Filler"> it&#39;s</mark>"#),
            "{out}"
        );
        assert_eq!(visible(&out), with_marker(SOURCE));
        assert_eq!(out.matches("<mark").count(), out.matches("</mark>").count());
    }

    #[test]
    fn nested_and_identical_findings_each_get_an_id() {
        let out = render(&[
            ((19, 56), "warning", "Rambling"),
            ((24, 29), "warning", "Filler"),
            ((24, 29), "warning", "Filler"),
        ]);
        for id in ["f-i1-q1-0", "f-i1-q1-1", "f-i1-q1-2"] {
            assert_eq!(
                out.matches(&format!("id=\"{id}\"")).count(),
                1,
                "{id}: {out}"
            );
        }
        // The repeated message is given once.
        assert!(out.contains("<span id=\"f-i1-q1-2\"></span><mark class=\"warning nested\" id=\"f-i1-q1-1\" title=\"Rambling\nFiller\">think</mark>"), "{out}");
        assert_eq!(visible(&out), with_marker(SOURCE));
    }

    #[test]
    fn spans_out_of_range_empty_or_inside_a_character_do_not_panic() {
        let out = render(&[
            ((500, 600), "warning", "Past the end"),
            ((51, 600), "warning", "Runs past the end"),
            ((20, 20), "warning", "Empty"),
        ]);
        assert!(!out.contains("Past the end"), "{out}");
        assert!(!out.contains("Empty"), "{out}");
        assert!(
            out.contains(r#"title="Runs past the end">rong.</mark>"#),
            "{out}"
        );
        assert_eq!(visible(&out), with_marker(SOURCE));

        let source = "é🎤ü";
        let mut exchange = fixture::exchange("i1-q1", source, (1, 1), (3, 4));
        exchange
            .findings
            .push(fixture::finding("delivery.x", "warning", (1, 4), "Mid"));
        let report = fixture::report(vec![exchange]);
        let mut html = String::new();
        write(&mut html, &Page::new(&report, source)).unwrap();
        assert!(html.contains(r#"title="Mid">é🎤</mark>"#), "{html}");
        assert!(highlighted(Span::new(1, 4), source));
        assert!(!highlighted(Span::new(1, 1), source));
    }

    #[test]
    fn a_question_at_the_end_of_the_text_still_gets_its_marker() {
        let source = "Hello.";
        let exchange = fixture::exchange("i1-q1", source, (600, 600), (600, 600));
        let report = fixture::report(vec![exchange]);
        let mut html = String::new();
        write(&mut html, &Page::new(&report, source)).unwrap();
        assert!(
            html.contains(r#"Hello.<a class="qmark" id="t-i1-q1""#),
            "{html}"
        );
    }
}
