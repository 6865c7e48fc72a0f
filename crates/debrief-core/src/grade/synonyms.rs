//! Words that students and candidates use for the same thing, folded to one
//! spelling before stemming. Kept small and unambiguous in computing.

/// Each group's first word is the spelling the others fold to.
const GROUPS: &[&[&str]] = &[
    &["function", "method", "procedure", "subroutine", "routine"],
    &["array", "vector"],
    &["variable", "var"],
    &["parameter", "argument", "param", "arg"],
    &["return", "returns", "output"],
    &["error", "bug", "fault", "defect"],
    &["fast", "quick", "efficient", "speedy"],
    &["slow", "inefficient"],
    &["big", "large", "huge"],
    &["small", "little", "tiny"],
    &["begin", "start"],
    &["end", "finish", "stop"],
    &["delete", "remove", "erase"],
    &["insert", "add", "append"],
    &["find", "search", "locate", "lookup"],
    &["memory", "ram", "storage"],
    &["behavior", "behaviour"],
    &["same", "identical", "equal"],
    &["different", "distinct"],
    &["change", "modify", "alter", "update"],
    &["copy", "duplicate", "clone"],
    &["object", "instance"],
    &["class", "type"],
    &["program", "software", "code", "application"],
    &["user", "client", "customer"],
    &["show", "display", "print"],
    &["build", "create", "make", "construct"],
    &["check", "verify", "validate", "test"],
    &["portion", "part", "piece", "section"],
    &["risk", "danger"],
    &["reduce", "lower", "decrease", "minimize", "minimise"],
    &["increase", "raise", "grow"],
];

/// The group spelling of `word`, when it belongs to one.
pub fn canonical(word: &str) -> Option<&'static str> {
    GROUPS
        .iter()
        .find(|group| group.contains(&word))
        .map(|group| group[0])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_a_group_to_its_first_word() {
        assert_eq!(canonical("method"), Some("function"));
        assert_eq!(canonical("function"), Some("function"));
        assert_eq!(canonical("tuple"), None);
    }
}
