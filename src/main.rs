//! The `chitieu` command: parses the command line and hands over to
//! `cmd`; all extraction logic lives in the library.

mod cli;
mod cmd;

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let args = cli::Cli::parse();
    match cmd::run(args) {
        Ok(code) => code,
        Err(err) => {
            if cmd::is_broken_pipe(&err) {
                // Unix convention: a reader that went away (`| head`) is
                // no error of ours.
                return ExitCode::SUCCESS;
            }
            eprintln!("chitieu: {err:#}");
            ExitCode::from(1)
        }
    }
}
