//! Words for the report's enums and figures, and the short forms used in
//! the table and headings.

use debrief_core::report::{Kind, RevisedSource, Status};

/// About 80 characters of a question: enough to recognise it in the table.
pub const SHORT_QUESTION: usize = 80;

pub fn kind(kind: Kind) -> &'static str {
    match kind {
        Kind::Technical => "technical",
        Kind::Behavioral => "behavioral",
        Kind::Coding => "coding",
        Kind::CandidateQuestion => "candidate question",
        Kind::Other => "other",
    }
}

pub fn status(status: Status) -> &'static str {
    match status {
        Status::Strong => "strong",
        Status::Partial => "partial",
        Status::Weak => "weak",
        Status::Unanswered => "unanswered",
    }
}

pub fn revised_source(source: RevisedSource) -> &'static str {
    match source {
        RevisedSource::KnowledgeBase => "from the knowledge base",
        RevisedSource::CandidateFacts => {
            "rebuilt from your own answer; fill in the bracketed placeholders"
        }
        RevisedSource::Llm => "written by a language model",
    }
}

/// How roles were decided, from `metrics.attribution`.
pub fn attribution(method: &str) -> String {
    match method {
        "labels" => "roles from the speaker labels in the file".to_owned(),
        "text" => "roles inferred from what is said (the file has no speaker labels)".to_owned(),
        other => format!("roles by `{other}`"),
    }
}

pub fn percent(fraction: f64) -> String {
    format!("{:.0}%", fraction * 100.0)
}

/// `34384` as `34,384`.
pub fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// One line of at most `max` characters, cut at a word boundary when one is
/// near, with `…` where text was cut; and whether it was cut.
pub fn shorten(text: &str, max: usize) -> (String, bool) {
    let line = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if line.chars().count() <= max {
        return (line, false);
    }
    let cut = line
        .char_indices()
        .nth(max)
        .map_or(line.len(), |(at, _)| at);
    let head = &line[..cut];
    // Cutting mid-word is better than losing a fifth of the room.
    let head = match head.rfind(' ') {
        Some(space) if space >= cut * 4 / 5 => &head[..space],
        _ => head,
    };
    let head = head.trim_end_matches(|c: char| c.is_whitespace() || ",;:-".contains(c));
    (format!("{head}…"), true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thousands_groups_digits() {
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(1000), "1,000");
        assert_eq!(thousands(34384), "34,384");
        assert_eq!(thousands(10_485_760), "10,485,760");
    }

    #[test]
    fn shorten_keeps_short_text_whole() {
        assert_eq!(
            shorten("What is a\nlist?", 80),
            ("What is a list?".to_owned(), false)
        );
    }

    #[test]
    fn shorten_cuts_at_a_word_boundary() {
        let text = "can you tell me what the difference between a list and a tuple is in python";
        let (short, cut) = shorten(text, 40);
        assert_eq!(short, "can you tell me what the difference…");
        assert!(cut);
    }

    #[test]
    fn shorten_cuts_a_long_word() {
        assert_eq!(
            shorten(&"x".repeat(100), 10).0,
            format!("{}…", "x".repeat(10))
        );
    }

    #[test]
    fn shorten_respects_multibyte_characters() {
        let text = "é".repeat(100);
        assert_eq!(shorten(&text, 5).0, "ééééé…");
    }
}
