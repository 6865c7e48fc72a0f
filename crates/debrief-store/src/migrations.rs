//! The database's schema, as the ordered steps that build it. A database's
//! `PRAGMA user_version` is the number of steps already applied to it. Steps
//! are only ever appended: an applied step never changes.

use crate::StoreError;
use rusqlite::{Connection, TransactionBehavior};
use std::path::Path;

const STEPS: &[&str] = &[
    // 1: analyses, their source text and one row per exchange.
    "CREATE TABLE analyses (
         id          INTEGER PRIMARY KEY,
         created_at  INTEGER NOT NULL,
         who         TEXT,
         source_name TEXT NOT NULL,
         interviews  INTEGER NOT NULL,
         questions   INTEGER NOT NULL,
         overall     REAL NOT NULL,
         content     REAL,
         delivery    REAL NOT NULL,
         filler_rate REAL NOT NULL,
         report      TEXT NOT NULL
     );
     CREATE INDEX analyses_by_who ON analyses (who, created_at);
     CREATE TABLE sources (
         analysis INTEGER PRIMARY KEY REFERENCES analyses (id) ON DELETE CASCADE,
         text     TEXT NOT NULL
     );
     CREATE TABLE exchanges (
         analysis       INTEGER NOT NULL REFERENCES analyses (id) ON DELETE CASCADE,
         exchange       TEXT NOT NULL,
         topic          TEXT,
         title          TEXT,
         content        REAL,
         misconceptions INTEGER NOT NULL
     );
     CREATE INDEX exchanges_by_analysis ON exchanges (analysis);",
];

/// The schema version this build writes.
pub const VERSION: i64 = STEPS.len() as i64;

/// Brings the database up to [`VERSION`], all steps in one transaction so a
/// crash leaves it at its old version, never between two.
pub fn migrate(conn: &mut Connection, path: &Path) -> Result<(), StoreError> {
    // Immediate: two processes opening a new database at once must not both
    // read version 0 and both create the tables.
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    let found: i64 = tx.query_row("PRAGMA user_version", [], |row| row.get(0))?;
    if found > VERSION {
        return Err(StoreError::TooNew {
            path: path.to_owned(),
            found,
            known: VERSION,
        });
    }
    // A negative version is not one of ours; the first step will then fail on
    // the tables it finds, which is the right error to show.
    for step in &STEPS[found.max(0) as usize..] {
        tx.execute_batch(step)?;
    }
    if found < VERSION {
        tx.pragma_update(None, "user_version", VERSION)?;
    }
    tx.commit()?;
    Ok(())
}
