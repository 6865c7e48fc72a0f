//! Reading analyses back: the list, one analysis, progress.

use crate::{Store, StoreError};
use debrief_core::history::{Progress, Summary, TopicMark};
use debrief_core::Report;
use rusqlite::{OptionalExtension, Row};

/// The columns [`summary`] reads, in its order.
const SUMMARY: &str = "id, created_at, who, source_name, interviews, questions,
                       overall, content, delivery, filler_rate";

fn summary(row: &Row) -> rusqlite::Result<Summary> {
    Ok(Summary {
        id: row.get(0)?,
        created_at: row.get(1)?,
        who: row.get(2)?,
        source_name: row.get(3)?,
        interviews: row.get::<_, i64>(4)? as usize,
        questions: row.get::<_, i64>(5)? as usize,
        overall: row.get(6)?,
        content: row.get(7)?,
        delivery: row.get(8)?,
        filler_rate: row.get(9)?,
    })
}

impl Store {
    /// The analyses of `who` (everyone's when `None`), newest first.
    pub fn list(&self, who: Option<&str>) -> Result<Vec<Summary>, StoreError> {
        let mut query = self.conn.prepare(&format!(
            "SELECT {SUMMARY} FROM analyses
             WHERE ?1 IS NULL OR who = ?1
             ORDER BY created_at DESC, id DESC"
        ))?;
        let rows = query.query_map([who], summary)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// One analysis: its figures, the source text and the report.
    pub fn get(&self, id: i64) -> Result<Option<(Summary, String, Report)>, StoreError> {
        let found = self
            .conn
            .query_row(
                &format!(
                    "SELECT {SUMMARY}, sources.text, report
                     FROM analyses JOIN sources ON sources.analysis = analyses.id
                     WHERE id = ?1"
                ),
                [id],
                |row| {
                    Ok((
                        summary(row)?,
                        row.get::<_, String>(10)?,
                        row.get::<_, String>(11)?,
                    ))
                },
            )
            .optional()?;
        let Some((summary, source, json)) = found else {
            return Ok(None);
        };
        let report =
            serde_json::from_str(&json).map_err(|cause| StoreError::Damaged { id, cause })?;
        Ok(Some((summary, source, report)))
    }

    /// How `who` (everyone, when `None`) did over time. Read from the stored
    /// figures and exchange rows, without parsing a single report.
    pub fn progress(&self, who: Option<&str>) -> Result<Progress, StoreError> {
        let points = self.list(who)?;
        let mut query = self.conn.prepare(
            "SELECT exchanges.analysis, topic, title, exchanges.content, misconceptions
             FROM exchanges JOIN analyses ON analyses.id = exchanges.analysis
             WHERE topic IS NOT NULL AND (?1 IS NULL OR who = ?1)",
        )?;
        let marks = query
            .query_map([who], |row| {
                Ok(TopicMark {
                    analysis: row.get(0)?,
                    topic: row.get(1)?,
                    title: row.get(2)?,
                    content: row.get(3)?,
                    misconceptions: row.get::<_, i64>(4)? as usize,
                })
            })?
            .collect::<Result<_, _>>()?;
        Ok(Progress::from_marks(who.map(str::to_owned), points, marks))
    }
}
