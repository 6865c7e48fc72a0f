//! `debrief analyze`: one transcript in, one report out.

use crate::args::{AnalyzeArgs, OutputFormat};
use crate::exit::warn;
use crate::files;
use anyhow::Context;
use debrief_core::rules::Selection;
use debrief_core::{ingest, Options};

pub fn run(args: &AnalyzeArgs) -> anyhow::Result<()> {
    let name = files::display_name(&args.file);
    let limit = args.max_bytes.unwrap_or(ingest::MAX_INPUT_BYTES);
    let bytes = files::read_input(&args.file, limit)?;
    let options = Options {
        source_name: args.file.display().to_string(),
        format: args.input_format.0,
        candidate: args.candidate.clone(),
        max_bytes: args.max_bytes,
        knowledge: args.kb.as_deref().map(crate::kb::load).transpose()?,
        rules: selection(args)?,
    };
    let report = debrief_core::analyze(&bytes, &options).context(name.clone())?;

    let text = match args.format {
        OutputFormat::Md => debrief_render::markdown(&report),
        OutputFormat::Json => debrief_render::json(&report),
        // Decoded as the pipeline decodes it, so the report's spans fit.
        OutputFormat::Html => debrief_render::html(&report, &String::from_utf8_lossy(&bytes)),
    };
    files::write_output(args.output.as_deref(), &text)?;

    for warning in &report.warnings {
        warn(&name, warning);
    }
    let exchanges: usize = report.interviews.iter().map(|i| i.exchanges.len()).sum();
    if exchanges == 0 {
        warn(&name, "no questions found");
    }
    Ok(())
}

/// The rules to run: all but those the config file and `--ignore` name.
fn selection(args: &AnalyzeArgs) -> anyhow::Result<Selection> {
    let config = crate::config::load(args.config.as_deref())?;
    let ignored: Vec<&String> = config.ignore.iter().chain(&args.ignore).collect();
    Ok(Selection::ignoring(&ignored)?)
}
