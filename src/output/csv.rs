//! CSV output: one header line of the SPEC §3 columns (or the `--columns`
//! selection), `\n` line ends, UTF-8 without BOM; with `excel`, the shape
//! spreadsheets open right (BOM, CRLF).
//!
//! Numbers are written the SPEC way in both shapes: plain digits, `.` as
//! the decimal point, no thousands separator (`144000000000`, `128.56`).
//! A spreadsheet whose locale uses `.` for decimals (en-US and most English
//! locales; LibreOffice when told "English (USA)" in its import dialog)
//! reads every one of them as a number. Under a Vietnamese locale
//! (vi-VN: `,` decimal, `.` grouping) whole numbers still read as numbers,
//! but `128.56` is read as text by Excel's double-click open; there, the
//! xlsx output (typed cells, no locale guessing) is the answer, or Excel's
//! Data → From Text/CSV with the file origin set to English. Writing
//! `128,56` instead would break every `.` locale and every program reading
//! the CSV, so chitieu does not.

use std::io::Write;

use crate::output::{value, Columns, Value};
use crate::record::{push_number, Record};

/// How the CSV is shaped.
#[derive(Debug, Clone, Default)]
pub struct CsvOptions {
    /// UTF-8 byte-order mark and CRLF line ends, for Excel and LibreOffice.
    pub excel: bool,
    /// The columns to write, in order.
    pub columns: Columns,
}

/// Writes records as CSV. The header is written once, on creation.
pub struct CsvWriter<W: Write> {
    sink: Sink<W>,
    columns: Columns,
    /// The spreadsheet shape: text that would start a formula is escaped.
    excel: bool,
    /// Reused for number cells and the escaped cells of the spreadsheet
    /// shape.
    cell: String,
}

/// Where a [`CsvWriter`]'s rows go: through csv's writer (rows written one
/// by one) or straight to the output (rows rendered by [`CsvRows`]). A run
/// uses one of the two; switching flushes.
enum Sink<W: Write> {
    Csv(Box<csv::Writer<W>>),
    Raw(W),
    /// The output was lost in a failed switch; every write reports it.
    Lost,
}

/// Renders CSV rows into bytes, without the header: `extract`'s workers
/// render a document's rows, so the writing thread only copies bytes.
pub struct CsvRows {
    inner: csv::Writer<Vec<u8>>,
    columns: Columns,
    excel: bool,
    cell: String,
}

/// The byte-order mark Excel needs to read a CSV as UTF-8 (without it,
/// Excel on Windows reads the ANSI code page and garbles Vietnamese).
const BOM: &[u8] = b"\xEF\xBB\xBF";

/// Whether a spreadsheet would take text starting so for a formula.
pub fn starts_formula(s: &str) -> bool {
    s.starts_with(['=', '+', '-', '@', '\t', '\r'])
}

/// A csv writer over `out` in the shape `opts` asks for.
fn csv_writer<W: Write>(out: W, opts: &CsvOptions) -> csv::Writer<W> {
    let terminator = if opts.excel {
        csv::Terminator::CRLF
    } else {
        csv::Terminator::Any(b'\n')
    };
    csv::WriterBuilder::new()
        .terminator(terminator)
        .from_writer(out)
}

/// Writes the row of `r`: the selected columns, text cells straight from
/// the record, formula-like text escaped in the spreadsheet shape.
fn write_row<W: Write>(
    w: &mut csv::Writer<W>,
    r: &Record,
    columns: &Columns,
    excel: bool,
    cell: &mut String,
) -> csv::Result<()> {
    for &i in columns.indices() {
        match value(r, i) {
            Value::Text(s) if excel && starts_formula(s) => {
                cell.clear();
                cell.push('\'');
                cell.push_str(s);
                w.write_field(&*cell)?;
            }
            Value::Text(s) => w.write_field(s)?,
            Value::Number(v) => {
                cell.clear();
                push_number(v, cell);
                w.write_field(&*cell)?;
            }
            Value::Empty => w.write_field("")?,
        }
    }
    // An empty record ends the row.
    w.write_record(None::<&[u8]>)
}

impl<W: Write> CsvWriter<W> {
    /// Wraps `out` and writes the header line: every column, `\n`, no BOM.
    pub fn new(out: W) -> csv::Result<Self> {
        Self::with_options(out, CsvOptions::default())
    }

    /// Wraps `out`, shaped by `opts`, and writes the BOM (if asked) and the
    /// header line.
    pub fn with_options(mut out: W, opts: CsvOptions) -> csv::Result<Self> {
        if opts.excel {
            out.write_all(BOM)?;
        }
        let mut inner = csv_writer(out, &opts);
        inner.write_record(opts.columns.names())?;
        Ok(CsvWriter {
            sink: Sink::Csv(Box::new(inner)),
            excel: opts.excel,
            columns: opts.columns,
            cell: String::new(),
        })
    }

    /// Writes one record as one row.
    pub fn write(&mut self, r: &Record) -> csv::Result<()> {
        if let Sink::Raw(_) = self.sink {
            let opts = self.options();
            if let Sink::Raw(out) = std::mem::replace(&mut self.sink, Sink::Lost) {
                self.sink = Sink::Csv(Box::new(csv_writer(out, &opts)));
            }
        }
        let Sink::Csv(inner) = &mut self.sink else {
            return Err(lost().into());
        };
        write_row(inner, r, &self.columns, self.excel, &mut self.cell)
    }

    /// Writes rows rendered by a [`CsvRows`] of [`CsvWriter::options`],
    /// after the rows written before.
    pub fn write_rows(&mut self, rows: &[u8]) -> std::io::Result<()> {
        if let Sink::Csv(_) = self.sink {
            if let Sink::Csv(inner) = std::mem::replace(&mut self.sink, Sink::Lost) {
                // Moves csv's buffer (the header) into the output.
                self.sink = Sink::Raw(inner.into_inner().map_err(|e| e.into_error())?);
            }
        }
        let Sink::Raw(out) = &mut self.sink else {
            return Err(lost());
        };
        out.write_all(rows)
    }

    /// The shape it writes, for a [`CsvRows`] rendering rows for it.
    pub fn options(&self) -> CsvOptions {
        CsvOptions {
            excel: self.excel,
            columns: self.columns.clone(),
        }
    }

    /// Flushes buffered rows, reporting any write error (the csv crate
    /// ignores errors when it flushes on drop).
    pub fn flush(&mut self) -> std::io::Result<()> {
        match &mut self.sink {
            Sink::Csv(inner) => inner.flush(),
            Sink::Raw(out) => out.flush(),
            Sink::Lost => Err(lost()),
        }
    }

    /// The output, flushed (for tests).
    #[cfg(test)]
    fn into_output(self) -> W {
        match self.sink {
            Sink::Csv(inner) => match inner.into_inner() {
                Ok(out) => out,
                Err(_) => panic!("flushing into memory failed"),
            },
            Sink::Raw(out) => out,
            Sink::Lost => panic!("output lost"),
        }
    }
}

/// The error of a write after the output was lost.
fn lost() -> std::io::Error {
    std::io::Error::other("the CSV output was lost after an earlier write error")
}

impl CsvRows {
    /// A renderer of rows shaped by `opts`, holding none yet.
    pub fn new(opts: &CsvOptions) -> Self {
        CsvRows {
            inner: csv_writer(Vec::new(), opts),
            columns: opts.columns.clone(),
            excel: opts.excel,
            cell: String::new(),
        }
    }

    /// Renders the row of `r` after the ones before.
    pub fn push(&mut self, r: &Record) -> csv::Result<()> {
        write_row(
            &mut self.inner,
            r,
            &self.columns,
            self.excel,
            &mut self.cell,
        )
    }

    /// The rows rendered, as bytes.
    pub fn into_bytes(self) -> csv::Result<Vec<u8>> {
        self.inner
            .into_inner()
            .map_err(|e| csv::Error::from(e.into_error()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record() -> Record {
        Record {
            doc: "a.txt".into(),
            line: 3,
            achieved: Some(2134.0),
            target: Some(1800.0),
            percent: Some(128.56),
            unit: Some("LĐLĐ quận Thanh Xuân".into()),
            quote: "kết nạp được 2134/1800 đoàn viên".into(),
            ..Record::default()
        }
    }

    fn render(opts: CsvOptions) -> Vec<u8> {
        let mut w = CsvWriter::with_options(Vec::new(), opts).unwrap();
        w.write(&record()).unwrap();
        w.flush().unwrap();
        w.into_output()
    }

    #[test]
    fn plain_csv_has_no_bom_and_lf() {
        let out = render(CsvOptions::default());
        assert!(!out.starts_with(BOM));
        assert!(!out.windows(2).any(|w| w == b"\r\n"));
        let text = String::from_utf8(out).unwrap();
        assert!(text.starts_with("doc,line,start,end,unit,"), "{text}");
    }

    #[test]
    fn excel_csv_has_bom_and_crlf_and_plain_numbers() {
        let out = render(CsvOptions {
            excel: true,
            columns: Columns::parse("unit,achieved,percent").unwrap(),
        });
        assert!(out.starts_with(BOM));
        let text = String::from_utf8(out[BOM.len()..].to_vec()).unwrap();
        assert_eq!(
            text,
            "unit,achieved,percent\r\nLĐLĐ quận Thanh Xuân,2134,128.56\r\n"
        );
    }

    #[test]
    fn excel_csv_escapes_text_that_would_start_a_formula() {
        let mut r = record();
        r.quote = "- Kết nạp được 2134/1800 đoàn viên".into();
        r.note = Some("=HYPERLINK(\"x\")".into());
        let row = |excel: bool| {
            let opts = CsvOptions {
                excel,
                columns: Columns::parse("note,quote,achieved").unwrap(),
            };
            let mut w = CsvWriter::with_options(Vec::new(), opts).unwrap();
            w.write(&r).unwrap();
            let out = w.into_output();
            String::from_utf8(out)
                .unwrap()
                .lines()
                .nth(1)
                .unwrap()
                .to_string()
        };
        assert_eq!(
            row(true),
            "\"'=HYPERLINK(\"\"x\"\")\",'- Kết nạp được 2134/1800 đoàn viên,2134"
        );
        assert_eq!(
            row(false),
            "\"=HYPERLINK(\"\"x\"\")\",- Kết nạp được 2134/1800 đoàn viên,2134"
        );
    }
}
