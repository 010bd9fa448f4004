//! `chitieu extract`: every claim of every input as one record on stdout.

use std::io::{self, BufWriter};
use std::process::ExitCode;

use anyhow::Result;
use chitieu::output::{Format, RecordWriter};
use chitieu::Options;

use crate::cli::{ExtractArgs, FormatArg};
use crate::cmd::inputs;

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
    for doc in inputs(&args.input) {
        let doc = match doc {
            Ok(doc) => doc,
            Err(e) => {
                eprintln!("chitieu: {e}");
                failed = true;
                continue;
            }
        };
        for r in chitieu::extract(&doc, &opts) {
            out.write(&r)?;
        }
        // A document's records go out as soon as it is done.
        out.flush()?;
    }
    out.flush()?;
    Ok(if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
