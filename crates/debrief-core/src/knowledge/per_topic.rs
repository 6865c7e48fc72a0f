//! Something worked out from a topic the first time an analysis needs it.

use super::{KnowledgeBase, Topic};
use std::sync::OnceLock;

/// One value per topic of a base, each built on first use: an analysis
/// touches a few topics, so building them all up front would be wasted.
pub struct PerTopic<T> {
    values: Vec<OnceLock<T>>,
}

impl<T> PerTopic<T> {
    pub fn new(base: &KnowledgeBase) -> Self {
        PerTopic {
            values: base.topics().iter().map(|_| OnceLock::new()).collect(),
        }
    }

    /// The value of `topic`, topic `index` of the base, made by `build`
    /// the first time it is asked for.
    pub fn get(&self, index: usize, topic: &Topic, build: impl FnOnce(&Topic) -> T) -> &T {
        self.values[index].get_or_init(|| build(topic))
    }
}
