//! Making transcript text safe to drop into Markdown.
//!
//! Speech-to-text and caption files can contain anything: `__init__` would
//! turn bold, a line starting with `#` would become a heading, a `|` would
//! split a table cell, a `<div>` would start raw HTML. Each context gets the
//! least escaping that keeps the text literal, so the raw Markdown stays
//! readable too.

/// Text for the middle of a line: emphasis, code, links, raw HTML and table
/// pipes are escaped; line breaks are kept.
pub fn inline(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        // `[` alone is enough to stop a link or image from opening; `]` and
        // `!` are left alone so placeholders like `[result: ...]` stay short.
        if matches!(c, '\\' | '`' | '*' | '_' | '[' | '<' | '~' | '|') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// Text on one line: runs of whitespace, line breaks included, become one
/// space.
pub fn one_line(text: &str) -> String {
    let words: Vec<&str> = text.split_whitespace().collect();
    inline(&words.join(" "))
}

/// A table cell: one line, pipes escaped.
pub fn cell(text: &str) -> String {
    one_line(text)
}

/// Heading text: one line, with a leading `#` (which would deepen the
/// heading) and a trailing ` #` run (which Markdown strips as a closing
/// sequence) escaped.
pub fn heading(text: &str) -> String {
    let mut out = one_line(text);
    if out.starts_with('#') {
        out.insert(0, '\\');
    }
    let body = out.trim_end_matches('#');
    if body.len() < out.len() && (body.is_empty() || body.ends_with(' ')) {
        let at = body.len();
        out.insert(at, '\\');
    }
    out
}

/// Multi-line text as a blockquote: every line starts with `> `, blank lines
/// keep the paragraphs inside the quote, and what would start a block
/// (heading, list, quote, rule, setext underline, indented code) is escaped.
pub fn blockquote(text: &str) -> String {
    lines(text, "> ")
}

/// Multi-line text as plain paragraphs, escaped like [`blockquote`].
pub fn paragraphs(text: &str) -> String {
    lines(text, "")
}

fn lines(text: &str, prefix: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    let mut blank_run = true;
    for line in text.trim().lines() {
        // Leading spaces would make indented code; trailing ones a hard break.
        let line = line.trim();
        if line.is_empty() {
            if !blank_run {
                out.push_str(prefix.trim_end());
                out.push('\n');
            }
            blank_run = true;
            continue;
        }
        blank_run = false;
        out.push_str(prefix);
        out.push_str(&line_start(&inline(line)));
        out.push('\n');
    }
    out
}

/// Escapes what would make an already inline-escaped line start a block.
fn line_start(line: &str) -> String {
    let first = line.chars().next().unwrap_or(' ');
    let rest_after_first = &line[first.len_utf8()..];
    let escape_first = match first {
        '#' | '>' => true,
        // A list item, or a rule / setext underline (`---`, `===`, `+++`).
        '-' | '+' | '=' => {
            rest_after_first.is_empty()
                || rest_after_first.starts_with([' ', '\t'])
                || rest_after_first.chars().all(|c| c == first || c == ' ')
        }
        _ => false,
    };
    if escape_first {
        return format!("\\{line}");
    }
    // An ordered list item: up to nine digits, then `.` or `)`, then space.
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    if (1..=9).contains(&digits) {
        let after = &line[digits..];
        let marker = after.starts_with(['.', ')']);
        let then_space = after.len() == 1 || after[1..].starts_with([' ', '\t']);
        if marker && then_space {
            return format!("{}\\{}", &line[..digits], after);
        }
    }
    line.to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inline_escapes_emphasis_code_links_and_html() {
        assert_eq!(inline("__init__"), r"\_\_init\_\_");
        assert_eq!(inline("a *b* `c`"), r"a \*b\* \`c\`");
        assert_eq!(inline("[x](http://y)"), r"\[x](http://y)");
        assert_eq!(inline("<script>"), r"\<script>");
        assert_eq!(inline(r"C:\temp"), r"C:\\temp");
        assert_eq!(inline("~~gone~~"), r"\~\~gone\~\~");
    }

    #[test]
    fn inline_leaves_ordinary_speech_alone() {
        let speech = "so I'd say it's O(n) - maybe 50% faster, right? yes!";
        assert_eq!(inline(speech), speech);
    }

    #[test]
    fn cell_escapes_pipes_and_joins_lines() {
        assert_eq!(cell("a | b\nc\r\n  d"), r"a \| b c d");
        // A backslash before a pipe must not un-escape it.
        assert_eq!(cell(r"a\|b"), r"a\\\|b");
    }

    #[test]
    fn heading_escapes_leading_hashes() {
        assert_eq!(heading("# not a heading"), r"\# not a heading");
        assert_eq!(heading("## two"), r"\## two");
    }

    #[test]
    fn heading_keeps_a_trailing_hash_run() {
        assert_eq!(heading("what about C#"), "what about C#");
        assert_eq!(heading("number sign #"), r"number sign \#");
        assert_eq!(heading("closing ###"), r"closing \###");
        assert_eq!(heading("#"), r"\#");
    }

    #[test]
    fn heading_is_one_line() {
        assert_eq!(heading("first\nsecond"), "first second");
    }

    #[test]
    fn blockquote_prefixes_every_line_and_keeps_paragraphs() {
        assert_eq!(
            blockquote("one\ntwo\n\n\nthree"),
            "> one\n> two\n>\n> three\n"
        );
    }

    #[test]
    fn blockquote_escapes_block_starts() {
        let text = "# heading\n> quote\n- item\n+ item\n1. first\n12) second\n---\n===";
        assert_eq!(
            blockquote(text),
            concat!(
                "> \\# heading\n",
                "> \\> quote\n",
                "> \\- item\n",
                "> \\+ item\n",
                "> 1\\. first\n",
                "> 12\\) second\n",
                "> \\---\n",
                "> \\===\n",
            )
        );
    }

    #[test]
    fn blockquote_leaves_ordinary_line_starts_alone() {
        let text = "-1 is negative\n2.5 seconds\n1.first\n+1 for that\nword";
        assert_eq!(
            blockquote(text),
            "> -1 is negative\n> 2.5 seconds\n> 1.first\n> +1 for that\n> word\n"
        );
    }

    #[test]
    fn blockquote_drops_indentation_that_would_make_code() {
        assert_eq!(blockquote("    def f():  \n\tpass"), "> def f():\n> pass\n");
    }

    #[test]
    fn blockquote_escapes_fences() {
        assert_eq!(
            blockquote("```\ncode\n```"),
            "> \\`\\`\\`\n> code\n> \\`\\`\\`\n"
        );
    }

    #[test]
    fn paragraphs_have_no_prefix() {
        assert_eq!(paragraphs("a\n\nb"), "a\n\nb\n");
    }
}
