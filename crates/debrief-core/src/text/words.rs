//! Word-level helpers shared by the stages that read sentence text.

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
}
