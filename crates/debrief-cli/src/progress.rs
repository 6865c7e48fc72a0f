//! `debrief progress`: trends of the saved analyses, as text or HTML.

use crate::args::{ProgressArgs, ProgressFormat};
use crate::{files, history};

pub fn run(args: &ProgressArgs) -> anyhow::Result<()> {
    let store = history::open(args.data.as_deref())?;
    let progress = store.progress(args.who.as_deref())?;
    let text = match args.format {
        ProgressFormat::Text => debrief_render::progress_text(&progress),
        ProgressFormat::Html => debrief_render::progress_html(&progress),
    };
    files::write_output(args.output.as_deref(), &text)
}
