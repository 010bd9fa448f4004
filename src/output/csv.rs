//! CSV output: one header line of the SPEC §3 columns (or the `--columns`
//! selection), `\n` line ends, UTF-8 without BOM; with `excel`, the shape
//! spreadsheets open right in the locale asked (BOM, CRLF, the locale's
//! delimiter and decimal mark, text quoted, formula starts guarded: see
//! [`crate::output::locale`]).
//!
//! Numbers are written the SPEC way: plain digits, `.` as the decimal
//! point, no thousands separator (`144000000000`, `128.56`); only the
//! `--excel --locale vi` shape writes `128,56`, for the spreadsheets of
//! that locale.

use std::io::Write;

use crate::output::locale::{self, SheetLocale};
use crate::output::{value, Columns, Value};
use crate::record::Record;

/// How the CSV is shaped.
#[derive(Debug, Clone, Default)]
pub struct CsvOptions {
    /// UTF-8 byte-order mark and CRLF line ends, for Excel and LibreOffice.
    pub excel: bool,
    /// With `excel`: the locale whose delimiter and decimal mark to use.
    pub locale: SheetLocale,
    /// The columns to write, in order.
    pub columns: Columns,
}

/// Writes records as CSV. The header is written once, on creation.
pub struct CsvWriter<W: Write> {
    out: W,
    /// The shape of its rows.
    opts: CsvOptions,
}

/// Renders CSV rows into bytes, without the header: `extract`'s workers
/// render a document's rows, so the writing thread only copies bytes.
/// The csv crate does the quoting (a cell is quoted only if it holds `"`,
/// the delimiter, CR or LF; quotes inside are doubled; a row of one empty
/// cell is `""`; in the spreadsheet shape every cell that is no number).
pub struct CsvRows {
    out: csv::Writer<Vec<u8>>,
    columns: Columns,
    /// The spreadsheet shape: CRLF, and text that would start a formula
    /// escaped.
    excel: bool,
    /// The spreadsheet's locale, when `excel`.
    locale: SheetLocale,
    /// Reused for number cells and escaped text.
    cell: String,
}

/// The byte-order mark Excel needs to read a CSV as UTF-8 (without it,
/// Excel on Windows reads the ANSI code page and garbles Vietnamese).
const BOM: &[u8] = b"\xEF\xBB\xBF";

/// The csv writer's buffer for a document's rows: two or three rows.
const WRITER_BUFFER: usize = 1024;

/// Whether a spreadsheet would take text starting so for a formula.
pub fn starts_formula(s: &str) -> bool {
    locale::needs_formula_guard(s)
}

impl<W: Write> CsvWriter<W> {
    /// Wraps `out` and writes the header line: every column, `\n`, no BOM.
    pub fn new(out: W) -> std::io::Result<Self> {
        Self::with_options(out, CsvOptions::default())
    }

    /// Wraps `out`, shaped by `opts`, and writes the BOM (if asked) and the
    /// header line.
    pub fn with_options(mut out: W, opts: CsvOptions) -> std::io::Result<Self> {
        if opts.excel {
            out.write_all(BOM)?;
        }
        let mut rows = CsvRows::new(&opts);
        rows.out.write_record(opts.columns.names())?;
        out.write_all(&rows.into_bytes()?)?;
        Ok(CsvWriter { out, opts })
    }

    /// Writes one record as one row.
    pub fn write(&mut self, r: &Record) -> std::io::Result<()> {
        // One row at a time is for tests and small jobs: `extract` renders
        // a document's rows at once on its workers.
        let mut rows = CsvRows::new(&self.opts);
        rows.push(r)?;
        self.out.write_all(&rows.into_bytes()?)
    }

    /// Writes rows rendered by a [`CsvRows`] of [`CsvWriter::options`].
    pub fn write_rows(&mut self, rows: &[u8]) -> std::io::Result<()> {
        self.out.write_all(rows)
    }

    /// The shape it writes, for a [`CsvRows`] rendering rows for it.
    pub fn options(&self) -> CsvOptions {
        self.opts.clone()
    }

    /// Flushes buffered rows, reporting any write error.
    pub fn flush(&mut self) -> std::io::Result<()> {
        self.out.flush()
    }
}

impl CsvRows {
    /// A renderer of rows shaped by `opts`, holding none yet.
    pub fn new(opts: &CsvOptions) -> Self {
        Self::with_capacity(opts, 0)
    }

    /// [`CsvRows::new`], with room for `bytes` of rows.
    pub fn with_capacity(opts: &CsvOptions, bytes: usize) -> Self {
        let mut b = csv::WriterBuilder::new();
        if opts.excel {
            // LibreOffice's import dialog splits at `,`, `;` and tab at
            // once by default: every text cell is quoted (see `locale`).
            b.terminator(csv::Terminator::CRLF)
                .delimiter(opts.locale.delimiter())
                .quote_style(csv::QuoteStyle::NonNumeric);
        } else {
            b.terminator(csv::Terminator::Any(b'\n'));
        }
        // The writer's own buffer is zeroed when made, once per document:
        // the crate's 8 KiB cost more to clear than most documents' rows
        // take, and a smaller one only hands them on to `out` more often.
        b.buffer_capacity(WRITER_BUFFER);
        let out = b.from_writer(Vec::with_capacity(bytes));
        CsvRows {
            out,
            columns: opts.columns.clone(),
            excel: opts.excel,
            locale: opts.locale,
            cell: String::new(),
        }
    }

    /// Renders the row of `r` after the ones before: the selected
    /// columns, text cells straight from the record.
    pub fn push(&mut self, r: &Record) -> std::io::Result<()> {
        let (out, cell) = (&mut self.out, &mut self.cell);
        let locale = if self.excel {
            self.locale
        } else {
            SheetLocale::default()
        };
        for &i in self.columns.indices() {
            match value(r, i) {
                Value::Text(s) if self.excel && starts_formula(s) => {
                    cell.clear();
                    cell.push(locale::FORMULA_GUARD);
                    cell.push_str(s);
                    out.write_field(&*cell)?;
                }
                Value::Text(s) => out.write_field(s)?,
                Value::Number(v) => {
                    cell.clear();
                    locale::push_number_cell(v, locale, cell);
                    out.write_field(&*cell)?;
                }
                Value::Empty => out.write_field("")?,
            }
        }
        out.write_record(None::<&[u8]>)?;
        Ok(())
    }

    /// The rows rendered, as bytes.
    pub fn into_bytes(self) -> std::io::Result<Vec<u8>> {
        self.out.into_inner().map_err(|e| e.into_error())
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
        w.out
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
            ..CsvOptions::default()
        });
        assert!(out.starts_with(BOM));
        let text = String::from_utf8(out[BOM.len()..].to_vec()).unwrap();
        assert_eq!(
            text,
            "\"unit\",\"achieved\",\"percent\"\r\n\"LĐLĐ quận Thanh Xuân\",2134,128.56\r\n"
        );
    }

    /// `--locale vi`: `;` between cells, `128,56`, text quoted (it may hold
    /// `,`, which LibreOffice's dialog also splits at by default), and so
    /// the decimals, which are no Rust number (a quoted number is still a
    /// number to LibreOffice and Excel).
    #[test]
    fn vietnamese_excel_csv_has_semicolons_and_decimal_commas() {
        let out = render(CsvOptions {
            excel: true,
            locale: SheetLocale::Vi,
            columns: Columns::parse("unit,achieved,percent,note").unwrap(),
        });
        let text = String::from_utf8(out[BOM.len()..].to_vec()).unwrap();
        assert_eq!(
            text,
            "\"unit\";\"achieved\";\"percent\";\"note\"\r\n\
             \"LĐLĐ quận Thanh Xuân\";2134;\"128,56\";\"\"\r\n"
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
                ..CsvOptions::default()
            };
            let mut w = CsvWriter::with_options(Vec::new(), opts).unwrap();
            w.write(&r).unwrap();
            let out = w.out;
            String::from_utf8(out)
                .unwrap()
                .lines()
                .nth(1)
                .unwrap()
                .to_string()
        };
        assert_eq!(
            row(true),
            "\"\u{2060}=HYPERLINK(\"\"x\"\")\",\"\u{2060}- Kết nạp được 2134/1800 đoàn viên\",2134"
        );
        assert_eq!(
            row(false),
            "\"=HYPERLINK(\"\"x\"\")\",- Kết nạp được 2134/1800 đoàn viên,2134"
        );
    }
}
