//! `debrief history` and `analyze --save`: the CLI's side of the history
//! database (`debrief-store`).

mod save;
mod table;

pub use save::Saver;

use crate::analyze;
use crate::args::{HistoryArgs, HistoryCommand};
use crate::files;
use anyhow::bail;
use debrief_store::Store;
use std::io::Write;
use std::path::Path;

/// Opens the history in `--data DIR`, or in the platform's data directory.
pub fn open(data: Option<&Path>) -> anyhow::Result<Store> {
    let dir = match data {
        Some(dir) => dir.to_owned(),
        None => match debrief_store::default_dir() {
            Some(dir) => dir,
            None => bail!("this system has no data directory for the history: pass --data DIR"),
        },
    };
    Ok(Store::open(&dir)?)
}

pub fn run(args: &HistoryArgs) -> anyhow::Result<()> {
    let store = open(args.data.as_deref())?;
    match &args.command {
        None => files::write_output(None, &table::render(&store.list(args.who.as_deref())?)),
        Some(HistoryCommand::Show { id, format, output }) => {
            let Some((_, source, report)) = store.get(*id)? else {
                bail!(unknown(*id));
            };
            files::write_output(
                output.as_deref(),
                &analyze::render(*format, &report, &source),
            )
        }
        Some(HistoryCommand::Rm { id }) => {
            if !store.delete(*id)? {
                bail!(unknown(*id));
            }
            let _ = writeln!(std::io::stderr(), "deleted analysis {id}");
            Ok(())
        }
    }
}

/// An id that is not in the history is a wrong argument, like an unknown
/// `kb show` topic: exit 2.
fn unknown(id: i64) -> String {
    format!("no analysis {id} in the history (see `debrief history`)")
}
