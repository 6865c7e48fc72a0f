//! `debrief grade --csv FILE`: each row's answer graded against its
//! reference answer.

use crate::args::GradeArgs;
use crate::exit::Rejected;
use crate::files;
use anyhow::{bail, Context};
use debrief_core::grade::{grade_all, Row};

const COLUMNS: [&str; 3] = ["question", "reference", "answer"];

pub fn run(args: &GradeArgs) -> anyhow::Result<()> {
    let name = files::display_name(&args.csv);
    let bytes = files::read_input(&args.csv, debrief_core::ingest::MAX_INPUT_BYTES)?;
    let (headers, records) = parse(&bytes)
        .map_err(|error| Rejected(format!("{error:#}")))
        .with_context(|| name.clone())?;
    let rows: Vec<Row> = records
        .iter()
        .map(|(_, columns)| Row {
            question: columns[0].clone(),
            reference: columns[1].clone(),
            answer: columns[2].clone(),
        })
        .collect();
    let graded = grade_all(&rows);

    let mut writer = csv::Writer::from_writer(Vec::new());
    let mut header: Vec<String> = headers;
    header.extend(["score", "covered", "missed"].map(str::to_owned));
    writer.write_record(&header)?;
    for ((record, _), grade) in records.iter().zip(&graded) {
        let mut out: Vec<String> = record.clone();
        out.push(format!("{:.0}", grade.score));
        out.push(grade.covered.join(" | "));
        out.push(grade.missed.join(" | "));
        writer.write_record(&out)?;
    }
    let text = String::from_utf8(writer.into_inner()?)?;
    files::write_output(args.output.as_deref(), &text)
}

type Record = (Vec<String>, [String; 3]);

/// The header and, per row, all its fields and the three graded columns.
fn parse(bytes: &[u8]) -> anyhow::Result<(Vec<String>, Vec<Record>)> {
    let mut reader = csv::ReaderBuilder::new().flexible(false).from_reader(bytes);
    let headers: Vec<String> = reader
        .headers()
        .context("cannot read the header row")?
        .iter()
        .map(str::to_owned)
        .collect();
    let position = |name: &str| {
        headers
            .iter()
            .position(|h| h.trim().eq_ignore_ascii_case(name))
    };
    let mut at = [0usize; 3];
    for (slot, name) in at.iter_mut().zip(COLUMNS) {
        match position(name) {
            Some(index) => *slot = index,
            None => bail!(
                "the header row needs the columns question, reference and answer; it has: {}",
                headers.join(", ")
            ),
        }
    }
    let mut records = Vec::new();
    for (n, record) in reader.records().enumerate() {
        let record = record.with_context(|| format!("row {} is not valid CSV", n + 2))?;
        let fields: Vec<String> = record.iter().map(str::to_owned).collect();
        let pick = |i: usize| fields.get(at[i]).cloned().unwrap_or_default();
        records.push((fields.clone(), [pick(0), pick(1), pick(2)]));
    }
    if records.is_empty() {
        bail!("no rows to grade under the header");
    }
    Ok((headers, records))
}
