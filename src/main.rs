//! The `chitieu` command: parses the command line and hands over to
//! `cmd`; all extraction logic lives in the library.

/// `eprintln!` that never panics: a message that cannot reach stderr
/// (`2> /dev/full`) is lost, not a crash. The exit status still tells.
macro_rules! note {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stderr(), $($arg)*);
    }};
}

mod cli;
mod cmd;

/// jemalloc instead of the system allocator: the name grammar makes many
/// small strings per sentence, and jemalloc serves them faster while
/// keeping the resident set as small (see README, Performance).
#[global_allocator]
static GLOBAL: tikv_jemallocator::Jemalloc = tikv_jemallocator::Jemalloc;

use std::io::{self, Write};
use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let args = match cli::Cli::try_parse() {
        Ok(args) => args,
        Err(e) => return clap_exit(&e),
    };
    match cmd::run(args) {
        Ok(code) => code,
        Err(err) => {
            if cmd::is_broken_pipe(&err) {
                // Unix convention: a reader that went away (`| head`) is
                // no error of ours.
                return ExitCode::SUCCESS;
            }
            // A bare I/O error is the output's: every input error is
            // reported in place, and opening the output says what it opens.
            if err.downcast_ref::<io::Error>().is_some() {
                note!("chitieu: cannot write the output: {err:#}");
            } else {
                note!("chitieu: {err:#}");
            }
            // As grep: 2 for trouble (an output that cannot be written).
            ExitCode::from(2)
        }
    }
}

/// Prints clap's help, version or usage error and gives its exit status:
/// 0 for `--help` and `--version`, 2 for bad usage, and 2 when the help
/// itself cannot be written (`--help > /dev/full`).
fn clap_exit(e: &clap::Error) -> ExitCode {
    match e.print().and_then(|()| io::stdout().flush()) {
        Ok(()) => ExitCode::from(u8::try_from(e.exit_code()).unwrap_or(2)),
        Err(w) if w.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(w) => {
            note!("chitieu: cannot write the output: {w}");
            ExitCode::from(2)
        }
    }
}
