//! The subcommands, one file each, over the library.

mod check;
mod completions;
mod extract;
mod report;

use std::io;
use std::process::ExitCode;

use anyhow::Result;
use chitieu::decode::Charset;
use chitieu::input::{pending, InputError, InputFormat, Pending, ReadOptions, WalkOptions};
use chitieu::output::target::{self, FileId};
use chitieu::Document;

use crate::cli::{Cli, Command, EncodingArg, InputArgs, InputKind, TypeArg};

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

/// The documents of the command line's inputs, lazily, in input order;
/// never the file `output` (the `-o` file) found in a folder, and binary
/// files found in folders left out.
pub fn inputs(
    args: &InputArgs,
    output: Option<&std::path::Path>,
) -> impl Iterator<Item = Result<Document, InputError>> {
    pending_inputs(args, output)
        .map(Pending::document)
        .filter(|d| !d.as_ref().is_err_and(|e| e.skip))
}

/// The inputs the arguments name, read but not yet decoded (see
/// [`Pending`]): `extract` decodes them on its worker threads.
pub fn pending_inputs(
    args: &InputArgs,
    output: Option<&std::path::Path>,
) -> impl Iterator<Item = Pending> {
    let opts = ReadOptions {
        format: match args.input {
            InputKind::Auto => InputFormat::Auto,
            InputKind::Text => InputFormat::Text,
            InputKind::Html => InputFormat::Html,
            InputKind::Jsonl => InputFormat::Jsonl,
        },
        encoding: match args.encoding {
            EncodingArg::Auto => Charset::Auto,
            EncodingArg::Utf8 => Charset::Utf8,
            EncodingArg::Windows1258 => Charset::Windows1258,
            EncodingArg::Utf16 => Charset::Utf16,
        },
        max_size: args.max_filesize,
    };
    let walk = WalkOptions {
        follow: args.follow,
        types: args
            .types
            .iter()
            .map(|t| match t {
                TypeArg::Txt => InputFormat::Text,
                TypeArg::Html => InputFormat::Html,
                TypeArg::Jsonl => InputFormat::Jsonl,
            })
            .collect(),
        globs: args.globs.clone(),
        exclude: output
            .filter(|p| !target::is_stdout(p))
            .and_then(FileId::of),
    };
    pending(&args.paths, &walk, opts)
}

/// Refuses an output file that is also one of the inputs (by device and
/// inode, so any name of it counts), before anything is read or written.
pub fn refuse_clash(output: &std::path::Path, inputs: &[std::path::PathBuf]) -> Result<()> {
    match chitieu::output::target::input_clash(output, inputs) {
        Some(input) => Err(anyhow::anyhow!(
            "{}: the output file is also an input ({}); nothing written",
            output.display(),
            input.display()
        )),
        None => Ok(()),
    }
}

/// Whether an error comes from writing to a closed pipe (`| head`): Rust
/// ignores SIGPIPE, so the write returns `BrokenPipe`, possibly wrapped in
/// in another `io::Error` or under context.
pub fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(error_is_broken_pipe)
}

fn error_is_broken_pipe(e: &(dyn std::error::Error + 'static)) -> bool {
    if let Some(io) = e.downcast_ref::<io::Error>() {
        if io.kind() == io::ErrorKind::BrokenPipe {
            return true;
        }
        if let Some(inner) = io.get_ref() {
            return error_is_broken_pipe(inner);
        }
    }
    e.source().is_some_and(error_is_broken_pipe)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn broken_pipe_is_found_however_wrapped() {
        let pipe = || io::Error::from(io::ErrorKind::BrokenPipe);
        assert!(is_broken_pipe(&anyhow::Error::from(pipe())));
        let wrapped = io::Error::other(pipe());
        assert!(is_broken_pipe(&anyhow::Error::from(wrapped)));
        let context = anyhow::Error::from(pipe()).context("writing records");
        assert!(is_broken_pipe(&context));
        assert!(!is_broken_pipe(&anyhow::anyhow!("disk full")));
        assert!(!is_broken_pipe(&anyhow::Error::from(io::Error::other("x"))));
    }
}
