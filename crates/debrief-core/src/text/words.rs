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

/// Whether `a` and `b` are the same in lower case (`str::to_lowercase`).
/// Words are nearly always ASCII, and compared without lower-casing copies
/// of them.
pub fn same_in_lower_case(a: &str, b: &str) -> bool {
    if a.is_ascii() && b.is_ascii() {
        a.eq_ignore_ascii_case(b)
    } else {
        a.to_lowercase() == b.to_lowercase()
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
///
/// Inlined: the cues call it for every word of the transcript, and for
/// nearly all of them the test of the first and last bytes is the whole
/// of the work.
#[inline]
pub fn trim_to_alphanumeric(word: &str) -> &str {
    // Most words start and end with an ASCII letter or digit, and are
    // their own trimmed form, ASCII or not.
    let bytes = word.as_bytes();
    let bounded = |byte: Option<&u8>| byte.is_some_and(u8::is_ascii_alphanumeric);
    if bounded(bytes.first()) && bounded(bytes.last()) {
        word
    } else {
        trim_edges(word)
    }
}

/// `trim_to_alphanumeric` for a word with punctuation at an edge.
fn trim_edges(word: &str) -> &str {
    let bytes = word.as_bytes();
    if !word.is_ascii() {
        return word.trim_matches(|c: char| !c.is_alphanumeric());
    }
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

/// A list of single words looked up at every word of a text: the rules'
/// lists at every word of an answer, the sentence splitter's at every word
/// of the transcript. Most words share no pair of first byte and length
/// with any listed word, and are ruled out without being compared.
pub struct WordList {
    words: &'static [&'static str],
    /// Per first byte (modulo 32, which keeps letters apart): a bit per
    /// length of the listed words starting with it, lengths from 31 on
    /// sharing the last.
    lengths_by_first: [u32; 32],
}

impl WordList {
    pub const fn new(words: &'static [&'static str]) -> Self {
        let mut lengths_by_first = [0; 32];
        let mut i = 0;
        while i < words.len() {
            let (first, length) = shape(words[i].as_bytes());
            lengths_by_first[first] |= length;
            i += 1;
        }
        WordList {
            words,
            lengths_by_first,
        }
    }

    pub fn contains(&self, word: &str) -> bool {
        self.contains_bytes(word.as_bytes())
    }

    /// `contains` for a word's bytes, which need not be checked as UTF-8
    /// first.
    pub fn contains_bytes(&self, word: &[u8]) -> bool {
        let (first, length) = shape(word);
        // The listed words are told apart by length and first byte before
        // they are compared whole: most differ in one, and a whole
        // comparison is a call.
        let same = |listed: &[u8]| {
            listed.len() == word.len() && listed.first() == word.first() && listed == word
        };
        self.lengths_by_first[first] & length != 0
            && self.words.iter().any(|listed| same(listed.as_bytes()))
    }

    /// The listed words, in order.
    pub const fn words(&self) -> &'static [&'static str] {
        self.words
    }
}

/// The slot of `word`'s first byte in `WordList::lengths_by_first` and the
/// bit of its length.
const fn shape(word: &[u8]) -> (usize, u32) {
    let first = if word.is_empty() { 0 } else { word[0] % 32 };
    let length = if word.len() < 31 { word.len() } else { 31 };
    (first as usize, 1 << length)
}

/// The whitespace-separated words of `text`, the same as
/// `str::split_whitespace` gives. Every stage splits every sentence into
/// words, nearly all of them ASCII: their bytes are tested directly, and
/// only other characters are decoded, where `split_whitespace` decodes
/// each one.
pub fn whitespace_words(text: &str) -> impl Iterator<Item = &str> {
    let mut rest = text;
    std::iter::from_fn(move || {
        let start = skip(rest, Byte::Space);
        if start == rest.len() {
            return None;
        }
        let len = skip(&rest[start..], Byte::Word);
        let word = &rest[start..start + len];
        rest = &rest[start + len..];
        Some(word)
    })
}

/// What a byte says of the character it starts or continues.
#[derive(Clone, Copy, PartialEq)]
enum Byte {
    /// ASCII whitespace as `char::is_whitespace` has it, which unlike
    /// `u8::is_ascii_whitespace` includes the vertical tab.
    Space,
    /// Any other ASCII character.
    Word,
    /// Part of a character beyond ASCII: decoded to be told.
    Other,
}

const BYTES: [Byte; 256] = {
    let mut table = [Byte::Other; 256];
    let mut byte = 0;
    while byte < 128 {
        table[byte] = match byte as u8 {
            b' ' | b'\t'..=b'\r' => Byte::Space,
            _ => Byte::Word,
        };
        byte += 1;
    }
    table
};

/// The length of the run of `kind` characters (whitespace or word) that
/// `text` starts with.
#[inline]
fn skip(text: &str, kind: Byte) -> usize {
    let bytes = text.as_bytes();
    let mut at = 0;
    loop {
        while at < bytes.len() && BYTES[usize::from(bytes[at])] == kind {
            at += 1;
        }
        if at == bytes.len() || BYTES[usize::from(bytes[at])] != Byte::Other {
            return at;
        }
        let c = text[at..].chars().next().unwrap_or_default();
        if c.is_whitespace() != (kind == Byte::Space) {
            return at;
        }
        at += c.len_utf8();
    }
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
    fn whitespace_words_are_those_of_split_whitespace() {
        for text in [
            "",
            "   ",
            "one",
            "  two  words ",
            "tab\tline\nfeed\x0bvertical\x0cform\rreturn",
            "no\u{a0}break\u{85}next\u{2028}line\u{3000}ideographic\u{2009}thin",
            "caf\u{e9} \u{201C}quoted\u{201D} \u{200b}zero-width\u{feff}bom",
        ] {
            let found: Vec<&str> = whitespace_words(text).collect();
            let expected: Vec<&str> = text.split_whitespace().collect();
            assert_eq!(found, expected, "{text:?}");
        }
        // Every character, between words and around them: each one is told
        // whitespace or not as `split_whitespace` tells it.
        let mut text = String::new();
        for c in (0..=u32::from(char::MAX)).filter_map(char::from_u32) {
            text.clear();
            text.extend([c, 'a', c, c, 'b', c]);
            assert!(whitespace_words(&text).eq(text.split_whitespace()), "{c:?}");
        }
    }

    #[test]
    fn whole_words_only() {
        assert!(whole_words("we reset it", 3, 8));
        assert!(!whole_words("we reset it", 5, 8));
        assert!(whole_words("it is o(n) time", 6, 10));
    }
}
