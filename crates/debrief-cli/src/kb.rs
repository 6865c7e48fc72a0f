//! `debrief kb`: the knowledge base's topics, listed, shown and checked.

use crate::args::{KbCommand, ListFormat};
use anyhow::{bail, Context};
use debrief_core::knowledge::{lint, KnowledgeBase, Topic};
use std::fmt::Write as _;
use std::io::Write as _;
use std::path::Path;
use std::sync::Arc;

pub fn run(command: &KbCommand) -> anyhow::Result<()> {
    match command {
        KbCommand::List { kb, format } => {
            let base = base_with(kb.as_deref())?;
            print(&match format {
                ListFormat::Text => table(&base),
                ListFormat::Json => {
                    let rows: Vec<serde_json::Value> = base
                        .topics()
                        .iter()
                        .map(|t| {
                            serde_json::json!({
                                "id": t.id, "title": t.title, "category": t.category, "kind": t.kind,
                            })
                        })
                        .collect();
                    serde_json::to_string_pretty(&rows)? + "\n"
                }
            })
        }
        KbCommand::Show { id, kb } => {
            let base = base_with(kb.as_deref())?;
            match base.get(id) {
                Some(topic) => print(&show(topic)),
                None => bail!("no topic `{id}` (see `debrief kb list`)"),
            }
        }
        KbCommand::Lint { dir } => {
            let base = match dir {
                Some(dir) => read(dir)?,
                None => KnowledgeBase::built_in().clone(),
            };
            let problems = lint(&base);
            let mut out = String::new();
            for problem in &problems {
                let _ = writeln!(out, "{problem}");
            }
            let _ = writeln!(
                out,
                "{} topics, {} problems",
                base.topics().len(),
                problems.len()
            );
            print(&out)?;
            if problems.is_empty() {
                Ok(())
            } else {
                Err(debrief_core::Error::Knowledge {
                    problems: problems.len(),
                })
                .context(
                    dir.as_ref()
                        .map_or("built-in knowledge base".to_owned(), |d| {
                            d.display().to_string()
                        }),
                )
            }
        }
    }
}

/// The built-in base extended with the topics in `dir`, checked.
pub fn load(dir: &Path) -> anyhow::Result<Arc<KnowledgeBase>> {
    let own = read(dir)?;
    let problems = lint(&own);
    if let Some(first) = problems.first() {
        bail!(
            "{}: {} problem(s) in the topic files, the first: {first} (run `debrief kb lint {}`)",
            dir.display(),
            problems.len(),
            dir.display()
        );
    }
    Ok(Arc::new(KnowledgeBase::built_in().extended_with(own)))
}

fn base_with(dir: Option<&Path>) -> anyhow::Result<Arc<KnowledgeBase>> {
    match dir {
        Some(dir) => load(dir),
        None => Ok(Arc::new(KnowledgeBase::built_in().clone())),
    }
}

fn read(dir: &Path) -> anyhow::Result<KnowledgeBase> {
    KnowledgeBase::read_dir(dir).map_err(|problems| {
        let list: Vec<String> = problems.iter().map(ToString::to_string).collect();
        anyhow::anyhow!(
            "{}: cannot read the topic files:\n  {}",
            dir.display(),
            list.join("\n  ")
        )
    })
}

fn table(base: &KnowledgeBase) -> String {
    let mut out = String::new();
    for topic in base.topics() {
        let kind = format!("{:?}", topic.kind).to_lowercase();
        let _ = writeln!(out, "{:<45} {:<10} {}", topic.id, kind, topic.title);
    }
    let _ = writeln!(out, "{} topics", base.topics().len());
    out
}

fn show(topic: &Topic) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# {} ({})\n", topic.title, topic.id);
    let _ = writeln!(out, "Asked as:");
    for question in &topic.questions {
        let _ = writeln!(out, "- {question}");
    }
    let _ = writeln!(out, "\nKey points:");
    for point in &topic.key_points {
        let _ = writeln!(out, "- {} (cues: {})", point.point, point.cues.join(", "));
    }
    if !topic.misconceptions.is_empty() {
        let _ = writeln!(out, "\nCommon mistakes:");
        for wrong in &topic.misconceptions {
            let _ = writeln!(out, "- \"{}\" -> {}", wrong.example, wrong.correct);
        }
    }
    let _ = writeln!(out, "\nModel answer:\n{}", topic.model_answer.trim());
    if let Some(coding) = &topic.coding {
        let _ = writeln!(
            out,
            "\nReference solution ({}, time {}, space {}):\n{}",
            coding.approach.join(", "),
            coding.time,
            coding.space,
            coding.solution.trim_end()
        );
    }
    let _ = writeln!(out, "\nFollow-ups to practise:");
    for follow_up in &topic.follow_ups {
        let _ = writeln!(out, "- {follow_up}");
    }
    out
}

fn print(text: &str) -> anyhow::Result<()> {
    let mut stdout = std::io::stdout().lock();
    match stdout.write_all(text.as_bytes()) {
        Err(error) if error.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => other.context("standard output"),
    }
}
