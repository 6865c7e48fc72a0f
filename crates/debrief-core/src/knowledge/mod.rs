//! The knowledge base: interview topics as data, built into the binary from
//! `knowledge/` and extendable with a directory of the user's own topics.

mod lint;
mod per_topic;
mod topic;

pub use lint::lint;
pub use per_topic::PerTopic;
pub use topic::{Coding, KeyPoint, Misconception, Spoken, TestCase, Topic, TopicKind};

use std::fmt;
use std::path::Path;
use std::sync::LazyLock;

include!(concat!(env!("OUT_DIR"), "/knowledge.rs"));

/// Something wrong with one topic file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub file: String,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.file, self.message)
    }
}

/// Topics, by id, in a stable order.
#[derive(Clone, Debug, Default)]
pub struct KnowledgeBase {
    topics: Vec<Topic>,
}

static BUILT_IN: LazyLock<KnowledgeBase> = LazyLock::new(|| {
    let files = BUILTIN
        .iter()
        .map(|(name, text)| ((*name).to_owned(), (*text).to_owned()));
    // The built-in files are checked by the test suite (`kb lint`), so a
    // broken one is a bug in this build, not a user's mistake.
    KnowledgeBase::parse(files)
        .unwrap_or_else(|problems| panic!("built-in knowledge base: {problems:?}"))
});

impl KnowledgeBase {
    /// The topics compiled into debrief.
    pub fn built_in() -> &'static KnowledgeBase {
        &BUILT_IN
    }

    /// Parses topic files given as (name, contents).
    pub fn parse(files: impl IntoIterator<Item = (String, String)>) -> Result<Self, Vec<Problem>> {
        let mut topics = Vec::new();
        let mut problems = Vec::new();
        for (file, text) in files {
            match toml::from_str::<Topic>(&text) {
                Ok(topic) => topics.push(topic),
                Err(error) => problems.push(Problem {
                    file,
                    message: error.to_string().trim().replace('\n', " "),
                }),
            }
        }
        if problems.is_empty() {
            topics.sort_by(|a, b| a.id.cmp(&b.id));
            Ok(KnowledgeBase { topics })
        } else {
            Err(problems)
        }
    }

    /// Reads every `*.toml` file in `dir` and its sub-directories.
    pub fn read_dir(dir: &Path) -> Result<Self, Vec<Problem>> {
        let mut files = Vec::new();
        let mut problems = Vec::new();
        collect(dir, &mut files, &mut problems);
        files.sort();
        let mut texts = Vec::new();
        for path in files {
            match std::fs::read_to_string(&path) {
                Ok(text) => texts.push((path.display().to_string(), text)),
                Err(error) => problems.push(Problem {
                    file: path.display().to_string(),
                    message: error.to_string(),
                }),
            }
        }
        let parsed = KnowledgeBase::parse(texts);
        match (parsed, problems.is_empty()) {
            (Ok(base), true) => Ok(base),
            (Ok(_), false) => Err(problems),
            (Err(mut more), _) => {
                problems.append(&mut more);
                Err(problems)
            }
        }
    }

    /// This base with `extra`'s topics added, replacing those with the same
    /// id.
    pub fn extended_with(&self, extra: KnowledgeBase) -> KnowledgeBase {
        let mut topics: Vec<Topic> = self
            .topics
            .iter()
            .filter(|topic| !extra.topics.iter().any(|own| own.id == topic.id))
            .cloned()
            .collect();
        topics.extend(extra.topics);
        topics.sort_by(|a, b| a.id.cmp(&b.id));
        KnowledgeBase { topics }
    }

    pub fn topics(&self) -> &[Topic] {
        &self.topics
    }

    pub fn get(&self, id: &str) -> Option<&Topic> {
        self.topics.iter().find(|topic| topic.id == id)
    }
}

fn collect(dir: &Path, files: &mut Vec<std::path::PathBuf>, problems: &mut Vec<Problem>) {
    match std::fs::read_dir(dir) {
        Ok(entries) => {
            for entry in entries.flatten() {
                let path = entry.path();
                if path.is_dir() {
                    collect(&path, files, problems);
                } else if path.extension().is_some_and(|ext| ext == "toml") {
                    files.push(path);
                }
            }
        }
        Err(error) => problems.push(Problem {
            file: dir.display().to_string(),
            message: error.to_string(),
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_built_in_base_covers_many_topics_and_categories() {
        let base = KnowledgeBase::built_in();
        let categories: std::collections::BTreeSet<&str> =
            base.topics().iter().map(|t| t.category.as_str()).collect();
        assert!(base.topics().len() >= 140, "{}", base.topics().len());
        assert!(categories.len() >= 12, "{categories:?}");
        assert!(base.get("python.list-vs-tuple").is_some());
    }

    #[test]
    fn a_broken_file_is_named_in_the_problem() {
        let problems =
            KnowledgeBase::parse([("mine/bad.toml".to_owned(), "id = 3".to_owned())]).unwrap_err();
        assert_eq!(problems[0].file, "mine/bad.toml");
        assert!(
            problems[0].message.contains("id"),
            "{}",
            problems[0].message
        );
    }

    #[test]
    fn own_topics_replace_built_in_ones_with_the_same_id() {
        let base = KnowledgeBase::built_in();
        let mut own = base.get("python.list-vs-tuple").unwrap().clone();
        own.title = "Lists and tuples, our way".to_owned();
        let merged = base.extended_with(KnowledgeBase { topics: vec![own] });
        assert_eq!(merged.topics().len(), base.topics().len());
        assert_eq!(
            merged.get("python.list-vs-tuple").unwrap().title,
            "Lists and tuples, our way"
        );
    }
}
