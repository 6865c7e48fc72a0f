//! Word-level helpers shared by the stages that read sentence text.

/// Lower-cased words of `text` with surrounding punctuation removed
/// (apostrophes inside a word are kept: "don't", "what's").
pub fn normalized(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split_whitespace().filter_map(|raw| {
        let word = raw.trim_matches(|c: char| !c.is_alphanumeric());
        (!word.is_empty()).then(|| word.to_lowercase().replace('\u{2019}', "'"))
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
        let words: Vec<String> = normalized("Okay, so... what's the \"Big-O\"?").collect();
        assert_eq!(words, ["okay", "so", "what's", "the", "big-o"]);
    }

    #[test]
    fn counts_words() {
        assert_eq!(count("  one two\nthree "), 3);
    }
}
