//! `chitieu extract`: every claim of every input as one record on stdout.

use std::io::{self, BufWriter, IsTerminal};
use std::process::ExitCode;

use anyhow::Result;
use chitieu::output::{Format, RecordWriter};
use chitieu::parallel;
use chitieu::Options;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::cli::{ExtractArgs, FormatArg};
use crate::cmd::inputs;

/// Documents in flight per thread: enough to keep every thread busy while
/// one long document holds up the output, few enough to keep memory flat.
const IN_FLIGHT_PER_JOB: usize = 4;

/// Runs the command; exit 1 when an input failed (its error is on stderr).
pub fn run(args: &ExtractArgs) -> Result<ExitCode> {
    let opts = Options {
        all_text: args.input.all_text,
    };
    let format = match args.format {
        FormatArg::Csv => Format::Csv,
        FormatArg::Jsonl => Format::Jsonl,
    };
    let mut out = RecordWriter::new(BufWriter::new(io::stdout().lock()), format)?;
    let mut failed = false;
    let jobs = args.jobs.map_or_else(parallel::default_jobs, usize::from);
    let progress = progress_bar();
    let mut bytes_done = 0u64;
    parallel::for_each_ordered(
        inputs(&args.input),
        jobs,
        jobs * IN_FLIGHT_PER_JOB,
        |doc| doc.map(|doc| (doc.text.len(), chitieu::extract(&doc, &opts))),
        |done| -> Result<()> {
            match done {
                Ok((bytes, records)) => {
                    for r in &records {
                        out.write(r)?;
                    }
                    // A document's records go out as soon as it is done.
                    out.flush()?;
                    progress.inc(1);
                    bytes_done += bytes as u64;
                    progress.set_message(indicatif::HumanBytes(bytes_done).to_string());
                }
                Err(e) => {
                    progress.suspend(|| eprintln!("chitieu: {e}"));
                    failed = true;
                }
            }
            Ok(())
        },
    )?;
    progress.finish_and_clear();
    out.flush()?;
    Ok(if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
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
