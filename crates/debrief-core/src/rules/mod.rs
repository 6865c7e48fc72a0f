//! The rules: independent checks of one answer, each in its own file with
//! its documentation and its before/after tests.
//!
//! A rule reads a [`Context`] (the answer's sentences and words, the
//! question, the topic and how much of it was covered) and adds findings.
//! Rules are stateless and cannot fail. [`REGISTRY`] lists them in the order
//! their findings are reported; each has a stable code the user can switch
//! off with `--ignore` or the config file.
//!
//! Findings of the content analysis (key points, misconceptions, the shape
//! of coding answers) come from the knowledge base rather than from a rule's
//! own check; they are listed here too (see `content_rules.rs`) so that
//! `debrief rules` documents every code a report can contain and `--ignore`
//! can switch any of them off.

mod context;
mod macros;
mod registry;
mod words;

mod abandoned_sentence;
mod answer_too_short;
mod content_rules;
mod filler_words;
mod hedging;
mod long_pause;
mod missing_star;
mod negative_employer;
mod no_example;
mod no_numbers;
mod off_topic;
mod pace;
mod profanity;
mod rambling;
mod repetition;
mod unclear_ownership;

#[cfg(test)]
pub(crate) mod testing;

pub use context::{Context, Spoken, UNANSWERED_WORDS};
pub use missing_star::{star_part, StarPart};
pub use registry::{all, find, Selection, UnknownRule, REGISTRY};
pub use words::{first_person_past, is_number, Token};

use crate::report::Finding;
use crate::span::Span;
use std::borrow::Cow;
use std::fmt;

/// What a rule is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Category {
    Delivery,
    Content,
    Structure,
    Accuracy,
    Professionalism,
}

impl Category {
    pub fn name(self) -> &'static str {
        match self {
            Category::Delivery => "delivery",
            Category::Content => "content",
            Category::Structure => "structure",
            Category::Accuracy => "accuracy",
            Category::Professionalism => "professionalism",
        }
    }
}

/// How much a finding matters. `Info` marks something done well.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Info,
    Warning,
    Error,
}

impl Severity {
    pub fn name(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

/// What `debrief rules` shows about a rule.
#[derive(Debug)]
pub struct Meta {
    /// Stable: reports, `--ignore` and config files use it.
    pub code: &'static str,
    pub name: &'static str,
    pub category: Category,
    pub severity: Severity,
    /// What it finds, why it matters, an example and what to say instead.
    pub doc: &'static str,
}

impl Meta {
    /// A finding of this rule at its default severity.
    pub fn finding(
        &self,
        span: Span,
        message: String,
        suggestion: Option<Cow<'static, str>>,
    ) -> Finding {
        self.finding_with(self.severity, span, message, suggestion)
    }

    pub fn finding_with(
        &self,
        severity: Severity,
        span: Span,
        message: String,
        suggestion: Option<Cow<'static, str>>,
    ) -> Finding {
        Finding {
            rule: self.code.into(),
            category: self.category.name().into(),
            severity: severity.name().into(),
            span,
            message,
            suggestion,
        }
    }

    /// The doc's first paragraph, on one line: what the rule finds.
    pub fn summary(&self) -> String {
        let paragraph = self.doc.split("\n\n").next().unwrap_or_default();
        paragraph.split_whitespace().collect::<Vec<_>>().join(" ")
    }
}

impl fmt::Display for Meta {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} ({})", self.code, self.name)
    }
}

/// One check of an answer.
pub trait Rule: Sync {
    fn meta(&self) -> &'static Meta;
    fn check(&self, context: &Context<'_>, out: &mut Vec<Finding>);
}
