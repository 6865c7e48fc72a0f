//! The end of the report: what to practise and which technical terms speech
//! recognition probably garbled. Each part appears only when it has content.

use crate::escape;
use debrief_core::Report;
use std::fmt::{self, Write};

pub fn write(out: &mut impl Write, report: &Report) -> fmt::Result {
    if !report.recommendations.is_empty() {
        writeln!(out, "## Practice plan")?;
        writeln!(out)?;
        for recommendation in &report.recommendations {
            writeln!(out, "- {}", escape::one_line(recommendation))?;
        }
        writeln!(out)?;
    }
    if !report.terms.is_empty() {
        writeln!(out, "## Terms the transcript probably misheard")?;
        writeln!(out)?;
        writeln!(out, "| Heard | Likely |")?;
        writeln!(out, "|---|---|")?;
        for term in &report.terms {
            writeln!(
                out,
                "| {} | {} |",
                escape::cell(&term.heard),
                escape::cell(&term.likely)
            )?;
        }
        writeln!(out)?;
    }
    Ok(())
}
