//! Rendering records: CSV and JSON Lines. Extraction never formats output;
//! these writers never look at the text.

pub mod csv;
pub mod diagnostic;
pub mod html;
pub mod jsonl;

use crate::record::format_number;

/// The output formats of `chitieu extract`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Comma-separated values with a header (SPEC §3).
    Csv,
    /// One JSON object per line.
    Jsonl,
}

/// An optional number as a CSV cell: empty when absent.
pub(crate) fn cell(v: Option<f64>) -> String {
    v.map(format_number).unwrap_or_default()
}

/// A writer of records in either format, over any byte sink.
pub enum RecordWriter<W: std::io::Write> {
    /// CSV with its header already written.
    Csv(Box<csv::CsvWriter<W>>),
    /// JSON Lines.
    Jsonl(W),
}

impl<W: std::io::Write> RecordWriter<W> {
    /// A writer in `format`; for CSV the header is written now.
    pub fn new(out: W, format: Format) -> std::io::Result<Self> {
        Ok(match format {
            Format::Csv => RecordWriter::Csv(Box::new(
                csv::CsvWriter::new(out).map_err(std::io::Error::other)?,
            )),
            Format::Jsonl => RecordWriter::Jsonl(out),
        })
    }

    /// Writes one record.
    pub fn write(&mut self, r: &crate::Record) -> std::io::Result<()> {
        match self {
            RecordWriter::Csv(w) => w.write(r).map_err(|e| match e.into_kind() {
                ::csv::ErrorKind::Io(io) => io,
                other => std::io::Error::other(format!("{other:?}")),
            }),
            RecordWriter::Jsonl(w) => jsonl::write_record(w, r),
        }
    }

    /// Flushes what is buffered, reporting errors.
    pub fn flush(&mut self) -> std::io::Result<()> {
        match self {
            RecordWriter::Csv(w) => w.flush(),
            RecordWriter::Jsonl(w) => w.flush(),
        }
    }
}
