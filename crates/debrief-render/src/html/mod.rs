//! The HTML coaching report: one self-contained page.
//!
//! Layout, top to bottom: the header with the report's figures, the table
//! of every question found, the charts, one section per interview with one
//! `<section id="EXCHANGE_ID">` per exchange, the overall feedback, the
//! practice plan, misheard terms, warnings, and the whole transcript with
//! every finding highlighted. The page has no scripts and loads nothing:
//! its Content-Security-Policy forbids it, so even a mistake in escaping
//! could not run code or reach the network.

pub(crate) mod chart;
mod charts;
mod closing;
mod coverage;
pub(crate) mod escape;
mod exchange;
mod figures;
#[cfg(test)]
mod fixture;
mod notes;
pub(crate) mod page;
mod spans;
mod transcript;

use debrief_core::Report;
use std::collections::HashMap;
use std::fmt::{self, Write};

pub fn render(report: &Report, source: &str) -> String {
    let page = Page::new(report, source);
    let mut out = String::with_capacity(source.len() * 2 + 64 * 1024);
    write_page(&mut out, &page).expect("writing to a String cannot fail");
    out
}

/// What every part of the page reads: the report, the text its spans point
/// into, and the `Qn` number of each exchange id.
pub struct Page<'a> {
    pub report: &'a Report,
    pub source: &'a str,
    numbers: HashMap<&'a str, usize>,
}

impl<'a> Page<'a> {
    fn new(report: &'a Report, source: &'a str) -> Self {
        let numbers = crate::numbered(report)
            .map(|(number, _, exchange)| (exchange.id.as_str(), number))
            .collect();
        Page {
            report,
            source,
            numbers,
        }
    }

    /// The `Qn` number of an exchange id, if the report has that exchange.
    pub fn number(&self, id: &str) -> Option<usize> {
        self.numbers.get(id).copied()
    }
}

fn write_page(out: &mut impl Write, page: &Page) -> fmt::Result {
    page::open(out, page)?;
    coverage::write(out, page)?;
    charts::write(out, page)?;
    exchange::write_interviews(out, page)?;
    closing::write(out, page)?;
    transcript::write(out, page)?;
    page::close(out)
}
