//! `chitieu extract`: every claim of every input as one record, on stdout
//! or into `-o FILE`.

use std::io::{self, BufWriter, IsTerminal, Write};
use std::process::ExitCode;

use anyhow::{Context, Result};
use chitieu::output::locale::SheetLocale;
use chitieu::output::{self, Format, OutputError, OutputSpec, RecordWriter};
use chitieu::parallel;
use chitieu::Options;
use clap::error::ErrorKind;
use clap::CommandFactory;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::cli::{Cli, ExtractArgs, FormatArg, LocaleArg};
use crate::cmd::{pending_inputs, refuse_clash};

/// Bytes written to standard output at a time when nobody reads it live.
const OUT_BUFFER: usize = 1 << 16;

/// The context of an error writing the records.
const WRITE_ERROR: &str = "cannot write the output";

/// Documents in flight per thread: enough to keep every thread busy while
/// one long document holds up the output, few enough to keep memory flat.
const IN_FLIGHT_PER_JOB: usize = 32;

/// A document's output as it leaves the worker.
enum Rows {
    /// CSV or JSON Lines rows, ready to write.
    Rendered(std::io::Result<Vec<u8>>),
    /// Records for a writer that takes them one by one (xlsx).
    Records(Vec<chitieu::Record>),
}

/// Whether standard output is read as it is written: a terminal, a pipe
/// or a socket (anything else, when it cannot be told).
fn stdout_is_live() -> bool {
    if io::stdout().is_terminal() {
        return true;
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if let Ok(meta) = std::fs::metadata("/dev/stdout") {
            let t = meta.file_type();
            return t.is_fifo() || t.is_socket();
        }
    }
    true
}

/// Runs the command; exit 2 when an input failed (its error is on stderr),
/// 2 when the output options contradict each other.
pub fn run(args: &ExtractArgs) -> Result<ExitCode> {
    let opts = Options {
        all_text: args.input.all_text,
    };
    let (out, commit) = open_output(args)?;
    let jobs = jobs(args);
    // CSV and JSON Lines rows are rendered on the workers too: the writing
    // thread only copies bytes, and each record is freed on the thread
    // that allocated it.
    let renderer = out.renderer();
    let mut sink = Sink {
        out,
        progress: progress_bar(),
        // Someone reading a pipe or a terminal sees each document's
        // records as soon as it is done; into a file (or /dev/null) they
        // go out as the buffer fills: a `write` per document is wasted
        // there.
        live: args.output.as_deref().is_none_or(output::target::is_stdout) && stdout_is_live(),
        failed: false,
        bytes_done: 0,
    };
    parallel::for_each_ordered(
        pending_inputs(&args.input, args.output.as_deref()),
        jobs,
        jobs * IN_FLIGHT_PER_JOB,
        // Reading files and decoding run here, on the workers; the walking
        // thread only lists the files (and reads standard input and JSON
        // Lines streams).
        |input| {
            input.document().map(|mut doc| {
                let warnings = std::mem::take(&mut doc.warnings);
                let len = doc.text.len();
                let records = chitieu::extract_owned(doc, &opts);
                let rows = match &renderer {
                    Some(r) => Rows::Rendered(r.render(&records)),
                    None => Rows::Records(records),
                };
                (len, rows, warnings)
            })
        },
        |done| sink.take(done),
    )
    .context(WRITE_ERROR)?;
    sink.progress.finish_and_clear();
    sink.out.finish().context(WRITE_ERROR)?;
    commit.run().context(WRITE_ERROR)?;
    Ok(if sink.failed {
        ExitCode::from(2)
    } else {
        ExitCode::SUCCESS
    })
}

/// A document done by a worker: its text's length, its rows and its
/// warnings, or the error that stopped it.
type Done = std::result::Result<(usize, Rows, Vec<String>), chitieu::input::InputError>;

/// Where the documents' rows go, in input order: the output, the progress
/// line, and whether an input failed.
struct Sink {
    out: RecordWriter<Box<dyn Write + 'static>>,
    progress: ProgressBar,
    live: bool,
    failed: bool,
    bytes_done: u64,
}

impl Sink {
    /// Writes a document's warnings and rows, or notes its error.
    fn take(&mut self, done: Done) -> Result<()> {
        let (bytes, rows, warnings) = match done {
            Ok(done) => done,
            // A binary file found in a folder: skipped quietly.
            Err(e) if e.skip => return Ok(()),
            Err(e) => {
                self.progress.suspend(|| note!("chitieu: {e}"));
                self.failed = true;
                return Ok(());
            }
        };
        if !warnings.is_empty() {
            self.progress.suspend(|| {
                for w in &warnings {
                    note!("chitieu: {w}");
                }
            });
        }
        match rows {
            Rows::Rendered(rows) => self.out.write_rendered(&rows?)?,
            Rows::Records(records) => {
                for r in &records {
                    self.out.write(r)?;
                }
            }
        }
        // A document's records go out as soon as it is done.
        if self.live {
            self.out.flush()?;
        }
        self.progress.inc(1);
        self.bytes_done += bytes as u64;
        if !self.progress.is_hidden() {
            self.progress
                .set_message(indicatif::HumanBytes(self.bytes_done).to_string());
        }
        Ok(())
    }
}

/// The output `-o` and `--format` ask for, after refusing an output
/// that is an input and an xlsx for a terminal.
fn open_output(
    args: &ExtractArgs,
) -> Result<(
    RecordWriter<Box<dyn Write + 'static>>,
    output::Commit<'static>,
)> {
    if let Some(path) = &args.output {
        refuse_clash(path, &args.input.paths)?;
        if args.format == FormatArg::Xlsx
            && output::target::is_stdout(path)
            && io::stdout().is_terminal()
        {
            usage_error(
                "an xlsx workbook is binary: redirect standard output to a file, or -o FILE.xlsx"
                    .into(),
            );
        }
    }
    match output::open(
        &output_spec(args),
        BufWriter::with_capacity(OUT_BUFFER, io::stdout().lock()),
    ) {
        Ok(out) => Ok(out),
        // Clap's own shape and exit status 2, as for any other usage error.
        Err(OutputError::Usage(msg)) => usage_error(msg),
        Err(e) => Err(e.into()),
    }
}

/// The worker threads: `--jobs` or all cores, at most
/// [`parallel::MAX_JOBS`], and no more than the inputs when every input
/// is a file (a folder's count is not known before it is walked).
fn jobs(args: &ExtractArgs) -> usize {
    let jobs = args
        .jobs
        .map_or_else(parallel::default_jobs, usize::from)
        .min(parallel::MAX_JOBS);
    let paths = &args.input.paths;
    if !paths.is_empty() && paths.iter().all(|p| p.is_file()) {
        jobs.min(paths.len())
    } else {
        jobs
    }
}

/// Exits with clap's usage error shape and status 2, showing the usage of
/// `chitieu extract`.
fn usage_error(msg: String) -> ! {
    let mut cmd = Cli::command();
    cmd.build();
    match cmd.find_subcommand_mut("extract") {
        Some(extract) => extract.error(ErrorKind::ArgumentConflict, msg).exit(),
        None => cmd.error(ErrorKind::ArgumentConflict, msg).exit(),
    }
}

/// What the output options ask for, in the library's terms.
fn output_spec(args: &ExtractArgs) -> OutputSpec {
    OutputSpec {
        format: match args.format {
            FormatArg::Csv => Format::Csv,
            FormatArg::Jsonl => Format::Jsonl,
            FormatArg::Xlsx => Format::Xlsx,
        },
        path: args.output.clone(),
        excel: args.excel,
        locale: match args.locale {
            LocaleArg::En => SheetLocale::En,
            LocaleArg::Vi => SheetLocale::Vi,
        },
        columns: args.columns.clone(),
    }
}

/// A spinner on stderr counting documents and bytes, only when stderr is a
/// terminal: piped or redirected, stderr carries errors and nothing else.
fn progress_bar() -> ProgressBar {
    if !io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
    bar.set_style(
        ProgressStyle::with_template("{spinner} {pos} documents, {msg} [{elapsed}]")
            .unwrap_or_else(|_| ProgressStyle::default_spinner()),
    );
    bar
}
