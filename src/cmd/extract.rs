//! `chitieu extract`: every claim of every input as one record, on stdout
//! or into `-o FILE`.

use std::io::{self, BufWriter};
use std::process::ExitCode;

use anyhow::Result;
use chitieu::output::{self, Format, OutputError, OutputSpec};
use chitieu::Options;
use clap::error::ErrorKind;
use clap::CommandFactory;

use crate::cli::{Cli, ExtractArgs, FormatArg};
use crate::cmd::inputs;

/// Runs the command; exit 1 when an input failed (its error is on stderr),
/// 2 when the output options contradict each other.
pub fn run(args: &ExtractArgs) -> Result<ExitCode> {
    let opts = Options {
        all_text: args.input.all_text,
    };
    let mut out = match output::open(&output_spec(args), BufWriter::new(io::stdout().lock())) {
        Ok(out) => out,
        // Clap's own shape and exit status 2, as for any other usage error.
        Err(OutputError::Usage(msg)) => usage_error(msg),
        Err(e) => return Err(e.into()),
    };
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
    out.finish()?;
    Ok(if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
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
        columns: args.columns.clone(),
    }
}
