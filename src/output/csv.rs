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
    /// Renders each record before it goes out.
    rows: CsvRows,
}

/// Renders CSV rows into bytes, without the header: `extract`'s workers
/// render a document's rows, so the writing thread only copies bytes.
///
/// The quoting is the csv crate's default (quote a cell only if it holds
/// `"`, `,`, CR or LF; double the quotes inside; a row of one empty cell
/// is `""`), written here on the bytes: csv's writer, a state machine
/// per byte behind a buffer it zeroed for every document, was two thirds
/// of the cost of writing a row. A test holds the two byte-identical.
pub struct CsvRows {
    out: Vec<u8>,
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
        let sheet = rows.sheet();
        for (k, name) in opts.columns.names().enumerate() {
            write_cell(&mut rows.out, k, name, sheet);
        }
        rows.end_row(0);
        out.write_all(&rows.out)?;
        rows.out.clear();
        Ok(CsvWriter { out, rows })
    }

    /// Writes one record as one row.
    pub fn write(&mut self, r: &Record) -> std::io::Result<()> {
        self.rows.push(r);
        self.out.write_all(&self.rows.out)?;
        self.rows.out.clear();
        Ok(())
    }

    /// Writes rows rendered by a [`CsvRows`] of [`CsvWriter::options`].
    pub fn write_rows(&mut self, rows: &[u8]) -> std::io::Result<()> {
        self.out.write_all(rows)
    }

    /// The shape it writes, for a [`CsvRows`] rendering rows for it.
    pub fn options(&self) -> CsvOptions {
        CsvOptions {
            excel: self.rows.excel,
            locale: self.rows.locale,
            columns: self.rows.columns.clone(),
        }
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
        CsvRows {
            out: Vec::with_capacity(bytes),
            columns: opts.columns.clone(),
            excel: opts.excel,
            locale: opts.locale,
            cell: String::new(),
        }
    }

    /// The spreadsheet locale, in the spreadsheet shape only.
    fn sheet(&self) -> Option<SheetLocale> {
        self.excel.then_some(self.locale)
    }

    /// Renders the row of `r` after the ones before: the selected
    /// columns, text cells straight from the record.
    pub fn push(&mut self, r: &Record) {
        let start = self.out.len();
        let sheet = self.sheet();
        let (out, cell) = (&mut self.out, &mut self.cell);
        for (k, &i) in self.columns.indices().iter().enumerate() {
            match value(r, i) {
                Value::Text(s) if self.excel && starts_formula(s) => {
                    cell.clear();
                    cell.push(locale::FORMULA_GUARD);
                    cell.push_str(s);
                    write_cell(out, k, cell, sheet);
                }
                Value::Text(s) => write_cell(out, k, s, sheet),
                Value::Number(v) => {
                    cell.clear();
                    locale::push_number_cell(v, sheet.unwrap_or_default(), cell);
                    write_cell(out, k, cell, sheet);
                }
                Value::Empty => write_cell(out, k, "", sheet),
            }
        }
        self.end_row(start);
    }

    /// The rows rendered, as bytes.
    pub fn into_bytes(self) -> Vec<u8> {
        self.out
    }

    /// Ends the row begun at byte `start`: `""` if it is one empty cell
    /// (else it would read as no row at all), then the line end.
    fn end_row(&mut self, start: usize) {
        if self.out.len() == start {
            self.out.extend_from_slice(b"\"\"");
        }
        self.out
            .extend_from_slice(if self.excel { b"\r\n" } else { b"\n" });
    }
}

/// The bytes that make a cell quoted.
static QUOTED: [bool; 256] = {
    let mut t = [false; 256];
    t[b'"' as usize] = true;
    t[b',' as usize] = true;
    t[b'\n' as usize] = true;
    t[b'\r' as usize] = true;
    t
};

/// Writes cell `s` as the `k`-th of its row; `sheet` is the spreadsheet
/// locale of the `--excel` shape.
fn write_cell(out: &mut Vec<u8>, k: usize, s: &str, sheet: Option<SheetLocale>) {
    if k > 0 {
        out.push(sheet.map_or(b',', SheetLocale::delimiter));
    }
    let b = s.as_bytes();
    // Short cells by a table, long ones (the quote) by SIMD `memchr`: a
    // `memchr` call costs more than a short cell's bytes.
    let special = if sheet.is_some() {
        locale::quote_in_sheet(s)
    } else if b.len() < 32 {
        b.iter().any(|&x| QUOTED[usize::from(x)])
    } else {
        memchr::memchr3(b'"', b',', b'\n', b).is_some() || memchr::memchr(b'\r', b).is_some()
    };
    if !special {
        out.extend_from_slice(b);
        return;
    }
    out.push(b'"');
    for (n, part) in s.split('"').enumerate() {
        if n > 0 {
            out.extend_from_slice(b"\"\"");
        }
        out.extend_from_slice(part.as_bytes());
    }
    out.push(b'"');
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

    /// The rows as the csv crate writes them: the oracle of the quoting
    /// (in the spreadsheet shape: its delimiter, every non-number quoted).
    fn by_csv_crate(records: &[Record], opts: &CsvOptions) -> Vec<u8> {
        let mut b = csv::WriterBuilder::new();
        if opts.excel {
            b.terminator(csv::Terminator::CRLF)
                .delimiter(opts.locale.delimiter())
                .quote_style(csv::QuoteStyle::NonNumeric);
        } else {
            b.terminator(csv::Terminator::Any(b'\n'));
        }
        let mut w = b.from_writer(Vec::new());
        w.write_record(opts.columns.names()).unwrap();
        for r in records {
            let cells = opts.columns.indices().iter().map(|&i| match value(r, i) {
                Value::Text(s) if opts.excel && starts_formula(s) => format!("\u{2060}{s}"),
                Value::Text(s) => s.to_string(),
                Value::Number(v) if opts.excel && opts.locale == SheetLocale::Vi => {
                    crate::record::format_number(v).replace('.', ",")
                }
                Value::Number(v) => crate::record::format_number(v),
                Value::Empty => String::new(),
            });
            w.write_record(cells).unwrap();
        }
        w.into_inner().unwrap()
    }

    /// Cells with quotes, commas, CR, LF, CRLF, blanks, formula starts and
    /// nothing, in every shape and in a one-column selection (whose empty
    /// cell is `""`): the hand-written rows are the csv crate's bytes.
    /// Fails if a special byte is not quoted or a quote not doubled.
    #[test]
    fn rows_are_the_csv_crates_bytes() {
        let texts = [
            "",
            " ",
            "plain",
            "a,b",
            "say \"hi\"",
            "\"",
            "line\nbreak",
            "cr\rhere",
            "crlf\r\n",
            "=1+1",
            "-5 đoàn viên",
            "  lead",
            "trail  ",
            "ô \"“x”\", y",
        ];
        // Long cells too: they are searched another way.
        let long = [
            "đoàn viên công đoàn cơ sở ".repeat(3),
            "a".repeat(40) + "\r",
            "b".repeat(40) + ",",
        ];
        let records: Vec<Record> = texts
            .iter()
            .copied()
            .chain(long.iter().map(String::as_str))
            .map(|t| Record {
                subject: Some(t.to_string()),
                quote: t.to_string(),
                note: (!t.is_empty()).then(|| format!("{t}{t}")),
                percent: Some(-0.5),
                ..record()
            })
            .collect();
        let shapes = [
            (false, SheetLocale::En),
            (true, SheetLocale::En),
            (true, SheetLocale::Vi),
        ];
        for (excel, locale) in shapes {
            for columns in [
                None,
                Some("subject"),
                Some("note"),
                Some("quote,note"),
                Some("line"),
            ] {
                let opts = CsvOptions {
                    excel,
                    locale,
                    columns: columns.map_or_else(Columns::default, |c| Columns::parse(c).unwrap()),
                };
                let mut ours = CsvWriter::with_options(Vec::new(), opts.clone()).unwrap();
                for r in &records {
                    ours.write(r).unwrap();
                }
                let ours = ours.out;
                let ours = if excel {
                    ours[BOM.len()..].to_vec()
                } else {
                    ours
                };
                assert_eq!(
                    String::from_utf8_lossy(&ours),
                    String::from_utf8_lossy(&by_csv_crate(&records, &opts)),
                    "excel={excel} {locale:?} columns={columns:?}"
                );
            }
        }
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
