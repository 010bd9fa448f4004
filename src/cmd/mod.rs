//! The subcommands, one file each, over the library.

mod check;
mod completions;
mod extract;
mod report;

use std::io;
use std::process::ExitCode;

use anyhow::Result;
use chitieu::input::{documents, InputError, ReadOptions};
use chitieu::Document;

use crate::cli::{Cli, Command, InputArgs};

/// Runs the parsed command line.
pub fn run(cli: Cli) -> Result<ExitCode> {
    match cli.command {
        Command::Extract(args) => extract::run(&args),
        Command::Check(args) => check::run(&args),
        Command::Report(args) => report::run(&args),
        Command::Completions(args) => completions::completions(&args),
        Command::Man => completions::man(),
    }
}

/// The documents of the command line's inputs, lazily, in input order.
pub fn inputs(args: &InputArgs) -> impl Iterator<Item = Result<Document, InputError>> {
    documents(&args.paths, ReadOptions::default())
}

/// Whether an error comes from writing to a closed pipe.
pub fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|e| {
        e.downcast_ref::<io::Error>()
            .is_some_and(|e| e.kind() == io::ErrorKind::BrokenPipe)
    })
}
