//! `analyze --save`: storing each analysis once its report is written.

use crate::args::AnalyzeArgs;
use crate::files;
use debrief_core::Report;
use debrief_store::Store;
use std::io::Write;
use std::path::Path;
use std::sync::{Mutex, PoisonError};

/// The history an `analyze` run saves to. One store behind a mutex serves a
/// whole batch: SQLite takes one write at a time anyway.
pub struct Saver {
    store: Mutex<Store>,
    who: Option<String>,
}

impl Saver {
    /// `None` without `--save`. Opened before anything is analysed, so a bad
    /// `--data` fails the run before it writes a report it could not save.
    pub fn from_args(args: &AnalyzeArgs) -> anyhow::Result<Option<Saver>> {
        if !args.save {
            return Ok(None);
        }
        Ok(Some(Saver {
            store: Mutex::new(super::open(args.data.as_deref())?),
            who: args.who.clone(),
        }))
    }

    /// Saves the analysis of `path` and says so on stderr.
    pub fn save(&self, path: &Path, source: &str, report: &Report) -> anyhow::Result<()> {
        // Listed under the file's name: the path it was given by is relative
        // to a directory that means nothing later.
        let name = match path.file_name() {
            Some(name) if !files::is_std(path) => name.to_string_lossy().into_owned(),
            _ => files::display_name(path),
        };
        // A panic in another saver cannot leave the store half-written: each
        // save is one transaction.
        let store = self.store.lock().unwrap_or_else(PoisonError::into_inner);
        let id = store.save(self.who.as_deref(), &name, source, report)?;
        let _ = writeln!(std::io::stderr(), "saved as analysis {id}");
        Ok(())
    }
}
