//! What can go wrong with the history database, in words a user can act on.

use std::path::PathBuf;
use thiserror::Error;

/// Each message carries its cause's own words, so that one line says it
/// all: the causes are not chained as `source()` as well, which would print
/// them twice under `anyhow`'s `{:#}`.
#[derive(Debug, Error)]
pub enum StoreError {
    #[error("cannot use {path} as the history directory: {cause}")]
    Dir {
        path: PathBuf,
        cause: std::io::Error,
    },
    #[error("cannot open the history database {path}: {cause}")]
    Open {
        path: PathBuf,
        cause: rusqlite::Error,
    },
    #[error(
        "the history database {path} was written by a newer debrief (schema version {found}; \
         this one knows up to {known}): upgrade debrief to use it"
    )]
    TooNew {
        path: PathBuf,
        found: i64,
        known: i64,
    },
    #[error("the history database is busy (another debrief is writing): try again")]
    Busy,
    #[error("stored analysis {id} cannot be read back: {cause}")]
    Damaged { id: i64, cause: serde_json::Error },
    #[error("the history database failed: {0}")]
    Sqlite(rusqlite::Error),
}

impl From<rusqlite::Error> for StoreError {
    fn from(error: rusqlite::Error) -> StoreError {
        // Busy only reaches us once `busy_timeout` has run out: another
        // process held the write lock all that time.
        match error.sqlite_error_code() {
            Some(rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked) => {
                StoreError::Busy
            }
            _ => StoreError::Sqlite(error),
        }
    }
}
