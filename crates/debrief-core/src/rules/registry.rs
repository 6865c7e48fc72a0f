//! The ordered list of rules, and which of them a run uses.

use super::content_rules::CONTENT_RULES;
use super::*;
use crate::report::Finding;
use rustc_hash::FxHashSet;

/// Every rule with a check of its own, in the order its findings appear.
pub static REGISTRY: &[&dyn Rule] = &[
    &filler_words::FillerWords,
    &hedging::Hedging,
    &repetition::Repetition,
    &abandoned_sentence::AbandonedSentence,
    &pace::Pace,
    &long_pause::LongPause,
    &answer_too_short::AnswerTooShort,
    &rambling::Rambling,
    &off_topic::OffTopic,
    &no_example::NoExample,
    &no_numbers::NoNumbers,
    &unclear_ownership::UnclearOwnership,
    &missing_star::MissingStar,
    &profanity::Profanity,
    &negative_employer::NegativeEmployer,
];

/// Every code a report can contain: the content analysis's, then the
/// rules'.
pub fn all() -> impl Iterator<Item = &'static Meta> {
    CONTENT_RULES
        .iter()
        .copied()
        .chain(REGISTRY.iter().map(|rule| rule.meta()))
}

/// The rule with this code or name.
pub fn find(code_or_name: &str) -> Option<&'static Meta> {
    all().find(|meta| meta.code == code_or_name || meta.name == code_or_name)
}

/// A code or name that no rule has.
#[derive(Debug, thiserror::Error)]
#[error("no rule `{0}` (`debrief rules` lists them)")]
pub struct UnknownRule(pub String);

/// The rules a run uses: all but the ignored ones.
#[derive(Clone, Debug, Default)]
pub struct Selection {
    ignored: FxHashSet<&'static str>,
}

impl Selection {
    /// Every rule except those named (by code or name).
    pub fn ignoring<S: AsRef<str>>(names: &[S]) -> Result<Self, UnknownRule> {
        let mut ignored = FxHashSet::default();
        for name in names {
            let name = name.as_ref().trim();
            let meta = find(name).ok_or_else(|| UnknownRule(name.to_owned()))?;
            ignored.insert(meta.code);
        }
        Ok(Selection { ignored })
    }

    pub fn allows(&self, code: &str) -> bool {
        !self.ignored.contains(code)
    }

    /// The findings of every selected rule on one exchange.
    pub fn check(&self, context: &Context<'_>) -> Vec<Finding> {
        let mut out = Vec::new();
        for rule in REGISTRY.iter().filter(|r| self.allows(r.meta().code)) {
            rule.check(context, &mut out);
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_and_names_are_unique_and_documented() {
        let metas: Vec<&Meta> = all().collect();
        let codes: FxHashSet<&str> = metas.iter().map(|m| m.code).collect();
        let names: FxHashSet<&str> = metas.iter().map(|m| m.name).collect();
        assert_eq!(codes.len(), metas.len());
        assert_eq!(names.len(), metas.len());
        for meta in metas {
            assert!(
                meta.code.starts_with(meta.category.name()) || meta.code.starts_with("coding."),
                "{meta}: code should start with its category"
            );
            for part in ["Why it matters", "Example"] {
                assert!(meta.doc.contains(part), "{meta}: doc lacks `{part}`");
            }
        }
    }

    #[test]
    fn ignoring_by_code_or_name() {
        let selection = Selection::ignoring(&["delivery.filler", "hedging"]).unwrap();
        assert!(!selection.allows("delivery.filler"));
        assert!(!selection.allows("delivery.hedge"));
        assert!(selection.allows("delivery.repetition"));
        assert!(Selection::ignoring(&["no-such-rule"]).is_err());
    }
}
