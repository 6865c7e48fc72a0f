//! `debrief analyze ... --out DIR`: many transcripts, analysed in parallel,
//! one report each in DIR and a summary. An input that fails is named on
//! stderr and skipped; the others are still written.

mod inputs;
mod names;
mod summary;

pub use inputs::is_many;

use crate::analyze;
use crate::args::{AnalyzeArgs, OutputFormat};
use crate::exit::{print_error, Rejected};
use crate::files;
use anyhow::{bail, Context};
use debrief_core::{Options, Report};
use indicatif::{ProgressBar, ProgressStyle};
use rayon::prelude::*;
use std::path::{Path, PathBuf};
use summary::{Row, Status};

const PROGRESS: &str = "{bar:30} {pos}/{len} [{elapsed}, {eta} left] {wide_msg}";

/// Analyses every file `inputs` name into `out`. `save` is called with each
/// input, its text and its report once the report is written; its error
/// counts as the input's failure.
pub fn run(
    args: &AnalyzeArgs,
    inputs: &[PathBuf],
    out: &Path,
    save: impl Fn(&Path, &str, &Report) -> anyhow::Result<()> + Sync,
) -> anyhow::Result<()> {
    let paths = inputs::resolve(inputs, out)?;
    if paths.is_empty() {
        bail!("no input left to analyse once the --out directory is skipped");
    }
    let names = names::report_names(&paths, extension(args.format), &[summary::FILE_NAME]);
    let batch = Batch {
        format: args.format,
        limit: analyze::limit(args),
        options: analyze::options(args)?,
        out,
        progress: progress(paths.len()),
        save: &save,
    };
    std::fs::create_dir_all(out)
        .with_context(|| format!("{}: cannot create the directory", out.display()))?;

    let jobs = args.jobs.map_or_else(
        || std::thread::available_parallelism().map_or(1, usize::from),
        usize::from,
    );
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(jobs.min(paths.len()))
        .build()
        .context("cannot start the worker threads")?;
    // `collect` keeps the inputs' order whichever thread finishes first.
    let rows: Vec<Row> = pool.install(|| {
        paths
            .par_iter()
            .zip(&names)
            .map(|(path, name)| batch.one(path, name))
            .collect()
    });
    batch.progress.finish_and_clear();

    files::write_output(None, &summary::table(&rows, out))?;
    let summary_path = out.join(summary::FILE_NAME);
    files::write_atomically(&summary_path, &summary::json(&rows))
        .with_context(|| format!("{}: cannot write the summary", summary_path.display()))?;
    outcome(&rows)
}

/// What every input of a batch shares.
struct Batch<'a, S> {
    format: OutputFormat,
    limit: usize,
    options: Options,
    out: &'a Path,
    progress: ProgressBar,
    save: &'a S,
}

impl<S: Fn(&Path, &str, &Report) -> anyhow::Result<()> + Sync> Batch<'_, S> {
    /// One input: analysed, its report written under `name`, its warnings or
    /// its error printed.
    fn one(&self, path: &Path, name: &str) -> Row {
        let shown = path.display().to_string();
        self.progress.set_message(shown.clone());
        let row = match self.analyse(path, &shown, name) {
            Ok(report) => {
                self.progress
                    .suspend(|| analyze::warn_about(&shown, &report));
                Row::written(shown, name, &report)
            }
            Err(error) => {
                self.progress.suspend(|| print_error(&error));
                Row::failed(shown, &error)
            }
        };
        self.progress.inc(1);
        row
    }

    fn analyse(&self, path: &Path, shown: &str, name: &str) -> anyhow::Result<Report> {
        let bytes = files::read_input(path, self.limit)?;
        let options = Options {
            source_name: shown.to_owned(),
            ..self.options.clone()
        };
        let report = debrief_core::analyze(&bytes, &options).context(shown.to_owned())?;
        // Decoded as the pipeline decodes it, so the report's spans fit.
        let source = String::from_utf8_lossy(&bytes);
        let target = self.out.join(name);
        files::write_atomically(&target, &analyze::render(self.format, &report, &source))
            .with_context(|| format!("{shown}: cannot write the report {}", target.display()))?;
        // Suspended: saving may print a line, which must not cut the bar.
        self.progress
            .suspend(|| (self.save)(path, &source, &report))
            .with_context(|| shown.to_owned())?;
        Ok(report)
    }
}

fn extension(format: OutputFormat) -> &'static str {
    match format {
        OutputFormat::Md => "md",
        OutputFormat::Json => "json",
        OutputFormat::Html => "html",
    }
}

/// A bar on stderr, drawn only when stderr is a terminal (indicatif's
/// default target checks): logs, pipes and tests get no escape codes.
fn progress(len: usize) -> ProgressBar {
    let style = ProgressStyle::with_template(PROGRESS).expect("the template is valid");
    ProgressBar::new(len as u64).with_style(style)
}

/// Exit 2 when an input could not be read or written, else 1 when one was
/// rejected: the more serious failure decides, as README's table says.
fn outcome(rows: &[Row]) -> anyhow::Result<()> {
    let total = rows.len();
    let failed = summary::count(rows, Status::Failed);
    let rejected = summary::count(rows, Status::Rejected);
    if failed > 0 {
        bail!("{failed} of {total} inputs could not be read, or their reports not written");
    }
    if rejected > 0 {
        return Err(Rejected(format!("{rejected} of {total} inputs were rejected")).into());
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_progress_template_is_valid() {
        super::progress(3);
    }
}
