//! debrief's history: past analyses, their source text and their figures in
//! one local SQLite file, `DIR/history.sqlite3`.
//!
//! Every write is one transaction, so a crash or a kill loses nothing already
//! saved and leaves no half-written analysis. The database is in WAL mode and
//! waits up to [`BUSY_TIMEOUT`] for another process's write, so two debriefs
//! (a batch and the web app, say) can share it.
//!
//! A [`Store`] is `Send` but not `Sync`: give each thread its own, or keep one
//! behind a mutex.

mod error;
mod migrations;
mod read;
mod write;

pub use error::StoreError;
pub use migrations::VERSION;

use rusqlite::Connection;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// The database's file name inside the data directory.
pub const FILE_NAME: &str = "history.sqlite3";

/// How long a write waits for another process's write before giving up with
/// [`StoreError::Busy`].
pub const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

/// The history database of one data directory.
pub struct Store {
    conn: Connection,
}

/// The platform's directory for debrief's data, e.g. `~/.local/share/debrief`
/// on Linux; `None` when the platform has none (no home directory).
pub fn default_dir() -> Option<PathBuf> {
    dirs::data_dir().map(|dir| dir.join("debrief"))
}

impl Store {
    /// Opens the history in `dir`, creating the directory and the database
    /// when they do not exist yet and bringing an older database's schema up
    /// to date. A database written by a newer debrief is refused, untouched.
    pub fn open(dir: &Path) -> Result<Store, StoreError> {
        let dir_error = |cause| StoreError::Dir {
            path: dir.to_owned(),
            cause,
        };
        // create_dir_all's own error for this case is "File exists", which
        // reads as if all were well.
        if dir.exists() && !dir.is_dir() {
            return Err(dir_error(std::io::Error::other("it is not a directory")));
        }
        std::fs::create_dir_all(dir).map_err(dir_error)?;
        let path = dir.join(FILE_NAME);
        let mut conn = Connection::open(&path).map_err(|cause| StoreError::Open {
            path: path.clone(),
            cause,
        })?;
        conn.busy_timeout(BUSY_TIMEOUT)?;
        // WAL lets readers go on while one process writes, and a kill during
        // a write leaves the last committed state intact.
        use_wal(&conn)?;
        // Deleting an analysis promises its text is gone: overwrite freed
        // pages with zeros instead of leaving the text in the file's free
        // space until it happens to be reused.
        conn.pragma_update(None, "secure_delete", "ON")?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        migrations::migrate(&mut conn, &path)?;
        Ok(Store { conn })
    }
}

/// Switches the database to WAL. A new database needs a moment to itself
/// for that, and when two debriefs open it at once SQLite answers "locked"
/// straight away instead of waiting for the other: retry for as long as the
/// busy timeout would have waited.
fn use_wal(conn: &Connection) -> Result<(), StoreError> {
    const RETRY_EVERY: Duration = Duration::from_millis(10);
    let started = Instant::now();
    loop {
        match conn
            .pragma_update(None, "journal_mode", "WAL")
            .map_err(StoreError::from)
        {
            Err(StoreError::Busy) if started.elapsed() < BUSY_TIMEOUT => {
                std::thread::sleep(RETRY_EVERY);
            }
            done => return done,
        }
    }
}
