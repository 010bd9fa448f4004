//! CSV output: one header line of the SPEC §3 columns, `\n` line ends,
//! UTF-8 without BOM.

use std::io::Write;

use crate::output::cell;
use crate::record::{Record, COLUMNS};

/// Writes records as CSV. The header is written once, on creation.
pub struct CsvWriter<W: Write> {
    inner: csv::Writer<W>,
}

impl<W: Write> CsvWriter<W> {
    /// Wraps `out` and writes the header line.
    pub fn new(out: W) -> csv::Result<Self> {
        let mut inner = csv::WriterBuilder::new()
            .terminator(csv::Terminator::Any(b'\n'))
            .from_writer(out);
        inner.write_record(COLUMNS)?;
        Ok(CsvWriter { inner })
    }

    /// Writes one record as one row.
    pub fn write(&mut self, r: &Record) -> csv::Result<()> {
        self.inner.write_record([
            r.doc.clone(),
            r.line.to_string(),
            r.start.to_string(),
            r.end.to_string(),
            r.unit.clone().unwrap_or_default(),
            r.year.map(|y| y.to_string()).unwrap_or_default(),
            r.metric.clone().unwrap_or_default(),
            r.subject.clone().unwrap_or_default(),
            cell(r.achieved),
            cell(r.target),
            cell(r.percent),
            cell(r.computed_percent),
            r.qualifier.as_str().to_string(),
            r.kind.as_str().to_string(),
            r.measure.as_str().to_string(),
            r.basis.as_str().to_string(),
            r.check.as_str().to_string(),
            r.note.clone().unwrap_or_default(),
            r.quote.clone(),
        ])
    }

    /// Flushes buffered rows, reporting any write error (the csv crate
    /// ignores errors when it flushes on drop).
    pub fn flush(&mut self) -> std::io::Result<()> {
        self.inner.flush()
    }
}
