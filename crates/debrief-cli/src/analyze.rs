//! `debrief analyze`: one transcript in, one report out; with `--out`, many
//! (see `batch`).

use crate::args::{AnalyzeArgs, OutputFormat};
use crate::exit::warn;
use crate::{batch, files, history};
use anyhow::{bail, Context};
use debrief_core::rules::Selection;
use debrief_core::{ingest, Options, Report};
use std::path::Path;

pub fn run(args: &AnalyzeArgs) -> anyhow::Result<()> {
    let saver = history::Saver::from_args(args)?;
    let save = |path: &Path, source: &str, report: &Report| match &saver {
        Some(saver) => saver.save(path, source, report),
        None => Ok(()),
    };
    match (&args.out, args.files.as_slice()) {
        (Some(out), inputs) => batch::run(args, inputs, out, save),
        (None, [file]) if !batch::is_many(file) => single(args, file, save),
        (None, [input]) => bail!(
            "{}: a {} has a report per file: pass --out DIR to write them",
            input.display(),
            if input.is_dir() {
                "directory"
            } else {
                "pattern"
            }
        ),
        (None, inputs) => bail!(
            "{} inputs have a report each: pass --out DIR to write them",
            inputs.len()
        ),
    }
}

fn single(
    args: &AnalyzeArgs,
    file: &Path,
    save: impl Fn(&Path, &str, &Report) -> anyhow::Result<()>,
) -> anyhow::Result<()> {
    let name = files::display_name(file);
    let bytes = files::read_input(file, limit(args))?;
    let options = Options {
        source_name: file.display().to_string(),
        ..options(args)?
    };
    let report = debrief_core::analyze(&bytes, &options).context(name.clone())?;
    // Decoded as the pipeline decodes it, so the report's spans fit.
    let source = String::from_utf8_lossy(&bytes);
    files::write_output(
        args.output.as_deref(),
        &render(args.format, &report, &source),
    )?;
    warn_about(&name, &report);
    save(file, &source, &report)
}

/// The largest input to read.
pub fn limit(args: &AnalyzeArgs) -> usize {
    args.max_bytes.unwrap_or(ingest::MAX_INPUT_BYTES)
}

/// What every input is analysed with, but its name: the knowledge base and
/// the config are read here, once per run.
pub fn options(args: &AnalyzeArgs) -> anyhow::Result<Options> {
    Ok(Options {
        source_name: String::new(),
        format: args.input_format.0,
        candidate: args.candidate.clone(),
        max_bytes: args.max_bytes,
        knowledge: args.kb.as_deref().map(crate::kb::load).transpose()?,
        rules: selection(args)?,
    })
}

/// The report as `--format` asks; `source` is the input as the pipeline
/// decoded it (lossy UTF-8), for the HTML report's transcript.
pub fn render(format: OutputFormat, report: &Report, source: &str) -> String {
    match format {
        OutputFormat::Md => debrief_render::markdown(report),
        OutputFormat::Json => debrief_render::json(report),
        OutputFormat::Html => debrief_render::html(report, source),
    }
}

/// The report's warnings on stderr, and one when it found no question.
pub fn warn_about(name: &str, report: &Report) {
    for warning in &report.warnings {
        warn(name, warning);
    }
    let exchanges: usize = report.interviews.iter().map(|i| i.exchanges.len()).sum();
    if exchanges == 0 {
        warn(name, "no questions found");
    }
}

/// The rules to run: all but those the config file and `--ignore` name.
fn selection(args: &AnalyzeArgs) -> anyhow::Result<Selection> {
    let config = crate::config::load(args.config.as_deref())?;
    let ignored: Vec<&String> = config.ignore.iter().chain(&args.ignore).collect();
    Ok(Selection::ignoring(&ignored)?)
}
