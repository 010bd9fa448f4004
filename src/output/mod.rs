//! Rendering records: CSV, JSON Lines and xlsx (and, in their own modules,
//! diagnostics and the HTML report). Extraction never formats output; these
//! writers never look at the text.
//!
//! [`open`] turns what the user asked for ([`OutputSpec`]: format, target
//! file, spreadsheet options, columns) into one [`RecordWriter`], so the
//! command's per-record loop is the same for every format.

pub mod csv;
pub mod diagnostic;
pub mod html;
pub mod jsonl;
pub mod locale;
pub mod target;
pub mod xlsx;

use std::fmt;
use std::fs::File;
use std::io::{self, BufWriter, Seek, Write};
use std::path::PathBuf;

use crate::record::{Record, COLUMNS};

/// The output formats of `chitieu extract`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Format {
    /// Comma-separated values with a header (SPEC §3).
    #[default]
    Csv,
    /// One JSON object per line.
    Jsonl,
    /// An Excel workbook: a typed `claims` sheet and a `summary` sheet.
    Xlsx,
}

/// A selection of the SPEC §3 columns, in the order they are written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Columns(Vec<usize>);

impl Default for Columns {
    /// All columns, in SPEC order.
    fn default() -> Self {
        Columns((0..COLUMNS.len()).collect())
    }
}

/// A `--columns` list that names no SPEC §3 column.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownColumn(pub String);

impl fmt::Display for UnknownColumn {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.0.is_empty() {
            write!(f, "no column named")?;
        } else {
            write!(f, "unknown column `{}`", self.0)?;
        }
        write!(f, "; known columns: {}", COLUMNS.join(","))
    }
}

impl std::error::Error for UnknownColumn {}

impl Columns {
    /// Parses a comma-separated list of column names (`doc,percent,check`),
    /// keeping the order given. Blanks around names are ignored.
    pub fn parse(list: &str) -> Result<Self, UnknownColumn> {
        let mut picked = Vec::new();
        for name in list.split(',').map(str::trim) {
            match COLUMNS.iter().position(|c| *c == name) {
                Some(i) => picked.push(i),
                None => return Err(UnknownColumn(name.to_string())),
            }
        }
        Ok(Columns(picked))
    }

    /// The indices into [`COLUMNS`] of the selected columns, in order.
    pub fn indices(&self) -> &[usize] {
        &self.0
    }

    /// The names of the selected columns, in order.
    pub fn names(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.0.iter().map(|&i| COLUMNS[i])
    }
}

/// One cell of a record, typed, before any format renders it.
#[derive(Debug, Clone, PartialEq)]
pub enum Value<'a> {
    /// A string column (possibly empty: an enum's "none" is `""`).
    Text(&'a str),
    /// A number column with a value.
    Number(f64),
    /// A column with no value.
    Empty,
}

/// The value of column `index` (into [`COLUMNS`]) of `r`.
pub fn value(r: &Record, index: usize) -> Value<'_> {
    fn text(s: &Option<String>) -> Value<'_> {
        s.as_deref().map(Value::Text).unwrap_or(Value::Empty)
    }
    fn num(v: Option<f64>) -> Value<'static> {
        v.map(Value::Number).unwrap_or(Value::Empty)
    }
    match index {
        0 => Value::Text(&r.doc),
        1 => Value::Number(r.line as f64),
        2 => Value::Number(r.start as f64),
        3 => Value::Number(r.end as f64),
        4 => text(&r.unit),
        5 => num(r.year.map(f64::from)),
        6 => text(&r.metric),
        7 => text(&r.subject),
        8 => num(r.achieved),
        9 => num(r.target),
        10 => num(r.percent),
        11 => num(r.computed_percent),
        12 => Value::Text(r.qualifier.as_str()),
        13 => Value::Text(r.kind.as_str()),
        14 => Value::Text(r.measure.as_str()),
        15 => Value::Text(r.basis.as_str()),
        16 => Value::Text(r.check.as_str()),
        17 => text(&r.note),
        18 => Value::Text(&r.quote),
        _ => Value::Empty,
    }
}

/// What the user asked of the output (`--format`, `-o`, `--excel`,
/// `--columns`), checked for consistency by [`open`].
#[derive(Debug, Clone, Default)]
pub struct OutputSpec {
    /// The format.
    pub format: Format,
    /// Write here instead of stdout (`-` is stdout too; required for xlsx).
    pub path: Option<PathBuf>,
    /// CSV for spreadsheets: UTF-8 BOM and CRLF line ends.
    pub excel: bool,
    /// With `excel`: the locale the spreadsheet reads numbers in.
    pub locale: locale::SheetLocale,
    /// The columns to write (CSV and xlsx); `None` is all of them.
    pub columns: Option<Columns>,
}

/// Why an output could not be opened.
#[derive(Debug)]
pub enum OutputError {
    /// The options contradict each other; the user must change them.
    Usage(String),
    /// The output file could not be created.
    Create {
        /// The file.
        path: PathBuf,
        /// The reason.
        source: io::Error,
    },
    /// The start of the output (BOM, header) could not be written.
    Write(io::Error),
}

impl fmt::Display for OutputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            OutputError::Usage(m) => f.write_str(m),
            // The OS reason once: it is not also given as the source, which
            // `{:#}` would print a second time.
            OutputError::Create { path, source } => {
                write!(f, "{}: cannot create: {source}", path.display())
            }
            OutputError::Write(e) => write!(f, "cannot write the output: {e}"),
        }
    }
}

impl std::error::Error for OutputError {}

/// What is left to do once every record is written: nothing (standard
/// output), rename the finished file into place, or copy a workbook built
/// in an anonymous file to standard output.
pub enum Commit<'a> {
    /// Standard output: nothing.
    Stdout,
    /// A file written beside its final path.
    Replace(target::Replacement),
    /// An xlsx workbook for standard output, built in a file first (its
    /// format needs to seek).
    Copy(File, Box<dyn Write + 'a>),
}

impl Commit<'_> {
    /// Completes the output, after [`RecordWriter::finish`].
    pub fn run(self) -> io::Result<()> {
        match self {
            Commit::Stdout => Ok(()),
            Commit::Replace(r) => r.commit(),
            Commit::Copy(mut file, mut out) => {
                file.rewind()?;
                io::copy(&mut file, &mut out)?;
                out.flush()
            }
        }
    }
}

/// Opens the writer `spec` asks for: over `stdout` (no path, or `-`), or
/// over a temporary file beside `spec.path` (created now, so a bad path
/// fails before any work), which the returned [`Commit`] renames into place.
pub fn open<'a>(
    spec: &OutputSpec,
    stdout: impl Write + 'a,
) -> Result<(RecordWriter<Box<dyn Write + 'a>>, Commit<'a>), OutputError> {
    let format = spec.format;
    if spec.excel && format != Format::Csv {
        return Err(OutputError::Usage(
            "--excel shapes CSV output; drop it, or use --format csv".into(),
        ));
    }
    if spec.columns.is_some() && format == Format::Jsonl {
        return Err(OutputError::Usage(
            "--columns applies to csv and xlsx; JSON Lines always carries every column \
             (use --format csv or --format xlsx)"
                .into(),
        ));
    }
    let columns = spec.columns.clone().unwrap_or_default();
    let path = spec.path.as_deref().filter(|p| !target::is_stdout(p));
    let create = |path: &std::path::Path| {
        target::Replacement::create(path).map_err(|source| OutputError::Create {
            path: path.to_path_buf(),
            source,
        })
    };
    if format == Format::Xlsx {
        let (file, commit) = match (path, &spec.path) {
            (Some(path), _) => {
                let (file, r) = create(path)?;
                (file, Commit::Replace(r))
            }
            (None, Some(_)) => {
                let file = tempfile::tempfile().map_err(OutputError::Write)?;
                let copy = file.try_clone().map_err(OutputError::Write)?;
                (file, Commit::Copy(copy, Box::new(stdout)))
            }
            (None, None) => {
                return Err(OutputError::Usage(
                    "--format xlsx writes a file: add -o FILE.xlsx (or -o - for stdout)".into(),
                ))
            }
        };
        let w = RecordWriter::Xlsx(Box::new(xlsx::XlsxWriter::new(file, columns)));
        return Ok((w, commit));
    }
    let (out, commit): (Box<dyn Write + 'a>, Commit<'a>) = match path {
        Some(path) => {
            let (file, r) = create(path)?;
            (Box::new(BufWriter::new(file)), Commit::Replace(r))
        }
        None => (Box::new(stdout), Commit::Stdout),
    };
    let w = match format {
        Format::Jsonl => RecordWriter::Jsonl(out),
        _ => {
            let opts = csv::CsvOptions {
                excel: spec.excel,
                locale: spec.locale,
                columns,
            };
            RecordWriter::Csv(Box::new(
                csv::CsvWriter::with_options(out, opts).map_err(OutputError::Write)?,
            ))
        }
    };
    Ok((w, commit))
}

/// A writer of records in any format, over any byte sink.
pub enum RecordWriter<W: Write> {
    /// CSV with its header already written.
    Csv(Box<csv::CsvWriter<W>>),
    /// JSON Lines.
    Jsonl(W),
    /// An xlsx workbook, saved by [`RecordWriter::finish`].
    Xlsx(Box<xlsx::XlsxWriter>),
}

impl<W: Write> RecordWriter<W> {
    /// A writer in `format` with every column; for CSV the header is
    /// written now. xlsx needs a file: use [`open`] for it.
    pub fn new(out: W, format: Format) -> io::Result<Self> {
        Ok(match format {
            Format::Csv => RecordWriter::Csv(Box::new(csv::CsvWriter::new(out)?)),
            Format::Jsonl => RecordWriter::Jsonl(out),
            Format::Xlsx => {
                return Err(io::Error::other(
                    "xlsx is written to a file: open it with output::open",
                ))
            }
        })
    }

    /// Writes one record.
    pub fn write(&mut self, r: &Record) -> io::Result<()> {
        match self {
            RecordWriter::Csv(w) => w.write(r),
            RecordWriter::Jsonl(w) => jsonl::write_record(w, r),
            RecordWriter::Xlsx(w) => w.write(r),
        }
    }

    /// A renderer of rows for this writer, to run on other threads: the
    /// rows it renders go out through [`RecordWriter::write_rendered`].
    /// `None` for xlsx, whose cells are typed and written by the writer.
    pub fn renderer(&self) -> Option<Renderer> {
        match self {
            RecordWriter::Csv(w) => Some(Renderer::Csv(w.options())),
            RecordWriter::Jsonl(_) => Some(Renderer::Jsonl),
            RecordWriter::Xlsx(_) => None,
        }
    }

    /// Writes rows rendered by this writer's [`RecordWriter::renderer`].
    pub fn write_rendered(&mut self, rows: &[u8]) -> io::Result<()> {
        match self {
            RecordWriter::Csv(w) => w.write_rows(rows),
            RecordWriter::Jsonl(w) => w.write_all(rows),
            RecordWriter::Xlsx(_) => Err(io::Error::other(
                "an xlsx workbook takes records, not rendered rows",
            )),
        }
    }

    /// Flushes what is buffered, reporting errors. An xlsx workbook is only
    /// complete at [`RecordWriter::finish`].
    pub fn flush(&mut self) -> io::Result<()> {
        match self {
            RecordWriter::Csv(w) => w.flush(),
            RecordWriter::Jsonl(w) => w.flush(),
            RecordWriter::Xlsx(_) => Ok(()),
        }
    }

    /// Completes the output: flushes CSV/JSON Lines, saves the workbook.
    pub fn finish(self) -> io::Result<()> {
        match self {
            RecordWriter::Csv(mut w) => w.flush(),
            RecordWriter::Jsonl(mut w) => w.flush(),
            RecordWriter::Xlsx(w) => w.finish(),
        }
    }
}

/// Bytes set aside for a rendered CSV row (the corpus averages 370; a
/// JSON Lines row takes about twice that).
const ROW_BYTES: usize = 512;

/// Renders records into the bytes a [`RecordWriter`] would write for
/// them (no CSV header): `extract` renders each document's rows on the
/// thread that extracted them, so the writing thread only copies bytes.
#[derive(Debug, Clone)]
pub enum Renderer {
    /// CSV rows in the given shape.
    Csv(csv::CsvOptions),
    /// JSON lines.
    Jsonl,
}

impl Renderer {
    /// The rows of `records`, in order.
    pub fn render(&self, records: &[Record]) -> io::Result<Vec<u8>> {
        match self {
            Renderer::Csv(opts) => {
                // Rows are a few hundred bytes: room for all of them at
                // once, not a doubling buffer reallocated as it fills.
                let mut rows = csv::CsvRows::with_capacity(opts, records.len() * ROW_BYTES);
                for r in records {
                    rows.push(r)?;
                }
                rows.into_bytes()
            }
            Renderer::Jsonl => {
                let mut out = Vec::with_capacity(records.len() * 2 * ROW_BYTES);
                for r in records {
                    jsonl::write_record(&mut out, r)?;
                }
                Ok(out)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_keep_the_order_given() {
        let c = Columns::parse("check, percent,doc").unwrap();
        assert_eq!(c.names().collect::<Vec<_>>(), ["check", "percent", "doc"]);
    }

    #[test]
    fn unknown_column_lists_the_known_ones() {
        let e = Columns::parse("doc,pct").unwrap_err();
        let msg = e.to_string();
        assert!(msg.contains("`pct`"), "{msg}");
        assert!(msg.contains("computed_percent"), "{msg}");
        assert!(Columns::parse("").is_err());
    }

    #[test]
    fn value_covers_every_column() {
        let r = Record {
            doc: "a.txt".into(),
            year: Some(2016),
            percent: Some(128.56),
            ..Record::default()
        };
        assert_eq!(value(&r, 0), Value::Text("a.txt"));
        assert_eq!(value(&r, 5), Value::Number(2016.0));
        assert_eq!(value(&r, 9), Value::Empty);
        assert_eq!(value(&r, 10), Value::Number(128.56));
        assert_eq!(value(&r, 18), Value::Text(""));
        assert_eq!(value(&r, COLUMNS.len()), Value::Empty);
    }

    /// The fixtures' records, with a note and a formula-like quote.
    fn fixture_records() -> Vec<Record> {
        let mut records: Vec<Record> = crate::test_support::fixture_texts()
            .iter()
            .flat_map(|t| {
                let doc = crate::Document::new("f.txt", t.as_str());
                crate::extract(&doc, &crate::Options::default())
            })
            .collect();
        assert!(records.len() > 50);
        records[0].quote = "=1+1, \"quoted\"\nline".into();
        records
    }

    /// Rows rendered on a worker and written as bytes are the bytes of the
    /// records written one by one, in every shape: fails if the renderer
    /// loses the shape (BOM and header stay with the writer, CRLF and
    /// formula escapes go with the rows) or the header is written twice.
    #[test]
    fn rendered_rows_are_the_rows_written_one_by_one() {
        let records = fixture_records();
        let specs = [
            (Format::Csv, false, None),
            (Format::Csv, true, None),
            (Format::Csv, true, Some("quote,percent,doc")),
            (Format::Jsonl, false, None),
        ];
        for (format, excel, columns) in specs {
            let spec = OutputSpec {
                format,
                excel,
                columns: columns.map(|c| Columns::parse(c).unwrap()),
                ..OutputSpec::default()
            };
            let one_by_one = {
                let mut out = Vec::new();
                let (mut w, _) = open(&spec, &mut out).unwrap();
                for r in &records {
                    w.write(r).unwrap();
                }
                w.finish().unwrap();
                out
            };
            let rendered = {
                let mut out = Vec::new();
                let (mut w, _) = open(&spec, &mut out).unwrap();
                let renderer = w.renderer().unwrap();
                // A record written alone, rendered rows in two parts, and
                // a record written alone again.
                let n = records.len();
                w.write(&records[0]).unwrap();
                let (a, b) = records[1..n - 1].split_at(n / 2);
                w.write_rendered(&renderer.render(a).unwrap()).unwrap();
                w.write_rendered(&renderer.render(b).unwrap()).unwrap();
                w.write(&records[n - 1]).unwrap();
                w.finish().unwrap();
                out
            };
            assert_eq!(
                String::from_utf8_lossy(&one_by_one),
                String::from_utf8_lossy(&rendered),
                "{format:?} excel={excel} columns={columns:?}"
            );
        }
    }

    #[test]
    fn xlsx_without_a_file_is_a_usage_error() {
        let spec = OutputSpec {
            format: Format::Xlsx,
            ..OutputSpec::default()
        };
        assert!(matches!(
            open(&spec, Vec::new()),
            Err(OutputError::Usage(_))
        ));
    }
}
