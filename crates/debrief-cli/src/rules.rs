//! `debrief rules [CODE]`: what each rule finds, from its own documentation.

use anyhow::bail;
use debrief_core::rules;
use std::fmt::Write;

pub fn run(code: Option<&str>) -> anyhow::Result<()> {
    let text = match code {
        Some(code) => match rules::find(code) {
            Some(meta) => show(meta),
            None => bail!("no rule `{code}` (`debrief rules` lists them)"),
        },
        None => list(),
    };
    print!("{text}");
    Ok(())
}

fn list() -> String {
    let mut out = String::new();
    let metas: Vec<&rules::Meta> = rules::all().collect();
    let width = metas.iter().map(|m| m.code.len()).max().unwrap_or(0);
    let _ = writeln!(
        out,
        "{:width$}  {:15}  {:8}  what it finds",
        "code", "category", "severity"
    );
    for meta in metas {
        let _ = writeln!(
            out,
            "{:width$}  {:15}  {:8}  {}",
            meta.code,
            meta.category.name(),
            meta.severity.name(),
            meta.summary()
        );
    }
    out.push_str("\n`debrief rules CODE` prints one rule's documentation; `analyze --ignore CODE,...` switches rules off.\n");
    out
}

fn show(meta: &rules::Meta) -> String {
    let mut out = format!(
        "{} ({})\ncategory: {} · default severity: {}\n\n",
        meta.code,
        meta.name,
        meta.category.name(),
        meta.severity.name()
    );
    // Doc comments keep the space after `///`; the text reads better without.
    for line in meta.doc.lines() {
        let _ = writeln!(out, "{}", line.strip_prefix(' ').unwrap_or(line));
    }
    out
}
