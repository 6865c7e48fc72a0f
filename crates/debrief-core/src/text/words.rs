//! Word-level helpers shared by the stages that read sentence text.

/// Words of `text` with surrounding punctuation removed (apostrophes
/// inside a word are kept: "don't", "what's").
pub fn bare(text: &str) -> impl Iterator<Item = &str> + '_ {
    text.split_whitespace().filter_map(|raw| {
        let word = raw.trim_matches(|c: char| !c.is_alphanumeric());
        (!word.is_empty()).then_some(word)
    })
}

/// Appends `word` lower-cased, with typographic apostrophes made plain so
/// that "what\u{2019}s" matches "what's".
pub fn push_lowercase(out: &mut String, word: &str) {
    if word.is_ascii() {
        out.extend(word.bytes().map(|b| char::from(b.to_ascii_lowercase())));
        return;
    }
    for c in word.chars() {
        if c == '\u{2019}' {
            out.push('\'');
        } else {
            out.extend(c.to_lowercase());
        }
    }
}

/// Lower-cased words of `text` with surrounding punctuation removed.
pub fn normalized(text: &str) -> impl Iterator<Item = String> + '_ {
    bare(text).map(|word| {
        let mut out = String::with_capacity(word.len());
        push_lowercase(&mut out, word);
        out
    })
}

/// How many whitespace-separated words `text` has.
pub fn count(text: &str) -> usize {
    text.split_whitespace().count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_punctuation_and_lowercases() {
        let words: Vec<String> = normalized("Okay, so... what\u{2019}s the \"Big-O\"?").collect();
        assert_eq!(words, ["okay", "so", "what's", "the", "big-o"]);
    }

    #[test]
    fn counts_words() {
        assert_eq!(count("  one two\nthree "), 3);
    }
}
