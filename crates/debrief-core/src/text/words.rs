//! Word-level helpers shared by the stages that read sentence text.

/// Appends `word` lower-cased, with typographic apostrophes made plain so
/// that "what\u{2019}s" matches "what's".
///
/// Inlined: every stage calls it for every word, nearly all of them ASCII,
/// and the call cost as much as the copy.
#[inline]
pub fn push_lowercase(out: &mut String, word: &str) {
    if word.is_ascii() {
        let start = out.len();
        out.push_str(word);
        out[start..].make_ascii_lowercase();
    } else {
        push_lowercase_unicode(out, word);
    }
}

/// Whether `word` is ASCII without capitals: `push_lowercase` would copy
/// it unchanged, so it can be used as it is.
#[inline]
pub fn is_lowercase_ascii(word: &str) -> bool {
    word.bytes()
        .all(|b| b.is_ascii() && !b.is_ascii_uppercase())
}

fn push_lowercase_unicode(out: &mut String, word: &str) {
    for c in word.chars() {
        if c == '\u{2019}' {
            out.push('\'');
        } else {
            out.extend(c.to_lowercase());
        }
    }
}

/// `word` without the punctuation around it, from its first letter or
/// digit to its last. Most words are ASCII, and their bytes are tested
/// without decoding characters.
pub fn trim_to_alphanumeric(word: &str) -> &str {
    if !word.is_ascii() {
        return word.trim_matches(|c: char| !c.is_alphanumeric());
    }
    let bytes = word.as_bytes();
    let Some(start) = bytes.iter().position(u8::is_ascii_alphanumeric) else {
        return "";
    };
    let end = bytes
        .iter()
        .rposition(u8::is_ascii_alphanumeric)
        .unwrap_or(start)
        + 1;
    &word[start..end]
}

/// Whether `text[start..end]` stands as whole words ("o(n)" but not the
/// "set" in "reset").
pub fn whole_words(text: &str, start: usize, end: usize) -> bool {
    let word_char = |c: char| c.is_alphanumeric();
    let first_is_word = text[start..].chars().next().is_some_and(word_char);
    let last_is_word = text[..end].chars().next_back().is_some_and(word_char);
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    let cuts_in = first_is_word && before.is_some_and(word_char);
    let cuts_out = last_is_word && after.is_some_and(word_char);
    !cuts_in && !cuts_out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lowercases_and_plains_apostrophes() {
        let mut out = String::new();
        push_lowercase(&mut out, "What\u{2019}s");
        push_lowercase(&mut out, " Big-O");
        assert_eq!(out, "what's big-o");
    }

    #[test]
    fn trims_punctuation_around_words() {
        assert_eq!(trim_to_alphanumeric("(o(n)),"), "o(n");
        assert_eq!(
            trim_to_alphanumeric("\u{201C}caf\u{e9}\u{201D}."),
            "caf\u{e9}"
        );
        assert_eq!(trim_to_alphanumeric("--"), "");
    }

    #[test]
    fn whole_words_only() {
        assert!(whole_words("we reset it", 3, 8));
        assert!(!whole_words("we reset it", 5, 8));
        assert!(whole_words("it is o(n) time", 6, 10));
    }
}
