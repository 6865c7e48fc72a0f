//! What the knowledge-base tests share.

use debrief_core::knowledge::TopicKind;
use debrief_core::report::Kind;

/// The exchange kind a question about a topic of this kind gets.
pub fn kind_of(topic: &TopicKind) -> Kind {
    match topic {
        TopicKind::Technical => Kind::Technical,
        TopicKind::Behavioral => Kind::Behavioral,
        TopicKind::Coding => Kind::Coding,
    }
}
