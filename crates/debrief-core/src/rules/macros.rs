//! `rule!` declares a rule's type and its [`Meta`](super::Meta) from one doc
//! comment, so the text `debrief rules CODE` prints is the rule's own rustdoc.

/// `rule! { /// doc… pub struct Name { code: "…", name: "…", category: C, severity: S } }`
macro_rules! rule {
    (
        $(#[doc = $doc:literal])*
        pub struct $name:ident {
            code: $code:literal,
            name: $rule_name:literal,
            category: $category:ident,
            severity: $severity:ident $(,)?
        }
    ) => {
        $(#[doc = $doc])*
        pub struct $name;

        impl $name {
            pub const META: $crate::rules::Meta = $crate::rules::Meta {
                code: $code,
                name: $rule_name,
                category: $crate::rules::Category::$category,
                severity: $crate::rules::Severity::$severity,
                doc: concat!($($doc, "\n"),*),
            };
        }
    };
}

pub(crate) use rule;
