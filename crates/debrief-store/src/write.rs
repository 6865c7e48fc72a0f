//! Saving and deleting analyses.

use crate::{Store, StoreError};
use debrief_core::history::TopicMark;
use debrief_core::Report;
use rusqlite::{params, Transaction, TransactionBehavior};
use std::time::{SystemTime, UNIX_EPOCH};

impl Store {
    /// Saves an analysis — its figures, the report and the source text it
    /// was made from — and returns its id. `source_name` is the name to list
    /// it under (usually the input file's name).
    pub fn save(
        &self,
        who: Option<&str>,
        source_name: &str,
        source: &str,
        report: &Report,
    ) -> Result<i64, StoreError> {
        // Plain structs with string keys and no custom serialisers: this
        // cannot fail.
        let json = serde_json::to_string(report).expect("a report always serialises");
        let created_at = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| d.as_secs() as i64);
        let scores = &report.scores;
        // Immediate: take the write lock before the first statement, so a
        // busy database makes us wait (busy_timeout) rather than fail halfway.
        let tx = Transaction::new_unchecked(&self.conn, TransactionBehavior::Immediate)?;
        tx.execute(
            "INSERT INTO analyses (created_at, who, source_name, interviews, questions,
                                   overall, content, delivery, filler_rate, report)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
            params![
                created_at,
                who,
                source_name,
                report.interviews.len() as i64,
                report.metrics.questions as i64,
                scores.overall,
                scores.content,
                scores.delivery,
                report.metrics.filler_rate,
                json,
            ],
        )?;
        let id = tx.last_insert_rowid();
        tx.execute(
            "INSERT INTO sources (analysis, text) VALUES (?1, ?2)",
            params![id, source],
        )?;
        {
            let mut insert = tx.prepare(
                "INSERT INTO exchanges (analysis, exchange, topic, title, content, misconceptions)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            )?;
            for exchange in report.interviews.iter().flat_map(|i| &i.exchanges) {
                let mark = TopicMark::of(id, exchange);
                insert.execute(params![
                    id,
                    exchange.id,
                    mark.as_ref().map(|m| &m.topic),
                    mark.as_ref().map(|m| &m.title),
                    mark.as_ref().and_then(|m| m.content),
                    mark.as_ref().map_or(0, |m| m.misconceptions as i64),
                ])?;
            }
        }
        tx.commit()?;
        Ok(id)
    }

    /// Deletes an analysis, its source text and its exchanges for good;
    /// `false` when there is no analysis `id`.
    pub fn delete(&self, id: i64) -> Result<bool, StoreError> {
        let tx = Transaction::new_unchecked(&self.conn, TransactionBehavior::Immediate)?;
        // The source and exchange rows go with it (ON DELETE CASCADE), and
        // secure_delete zeroes the pages they leave.
        let deleted = tx.execute("DELETE FROM analyses WHERE id = ?1", [id])? > 0;
        tx.commit()?;
        if deleted {
            // The write-ahead log still holds the pages as they were written
            // on save, text included; copy it into the database and empty it.
            // When another process is reading, the log cannot be emptied yet:
            // that is not an error, the next checkpoint does it.
            self.conn
                .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
        }
        Ok(deleted)
    }
}
