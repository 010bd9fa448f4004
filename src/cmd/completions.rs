//! `chitieu completions SHELL` and `chitieu man`: what the shell and `man`
//! need, generated from the same clap definition as `--help`.

use std::io::{self, Write};
use std::process::ExitCode;

use anyhow::Result;
use clap::CommandFactory;

use crate::cli::{Cli, CompletionsArgs};

/// Prints the completion script for the shell asked.
pub fn completions(args: &CompletionsArgs) -> Result<ExitCode> {
    let mut cmd = Cli::command();
    // Into memory first: clap_complete panics when its writer fails (a
    // closed pipe, a full disk); our own write reports the error.
    let mut script = Vec::new();
    clap_complete::generate(args.shell, &mut cmd, "chitieu", &mut script);
    let mut out = io::stdout().lock();
    out.write_all(&script)?;
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

/// Prints the man page (roff); `docs/chitieu.1` is this output.
pub fn man() -> Result<ExitCode> {
    let mut out = io::stdout().lock();
    out.write_all(&man_page()?)?;
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

/// One page for the whole tool: the top command, then a section per
/// subcommand with its synopsis, options and examples. (clap_mangen alone
/// would point to `chitieu-extract(1)` pages that nobody installs.)
fn man_page() -> io::Result<Vec<u8>> {
    let mut cmd = Cli::command();
    // Gives every subcommand its full name (`chitieu extract`).
    cmd.build();
    let top = clap_mangen::Man::new(cmd.clone());
    let mut page = Vec::new();
    top.render_title(&mut page)?;
    top.render_name_section(&mut page)?;
    top.render_synopsis_section(&mut page)?;
    top.render_description_section(&mut page)?;
    top.render_options_section(&mut page)?;
    for sub in cmd.get_subcommands().filter(|s| s.get_name() != "help") {
        let man = clap_mangen::Man::new(sub.clone());
        let mut part = Vec::new();
        man.render_synopsis_section(&mut part)?;
        man.render_description_section(&mut part)?;
        man.render_options_section(&mut part)?;
        if sub.get_after_help().is_some() {
            man.render_extra_section(&mut part)?;
        }
        let part = String::from_utf8_lossy(&part).replace(".SH ", ".SS ");
        writeln!(page, ".SH \"COMMAND: {}\"", sub.get_name())?;
        page.extend_from_slice(part.as_bytes());
    }
    top.render_extra_section(&mut page)?;
    top.render_version_section(&mut page)?;
    // Our `after_help` texts are examples: say so.
    let page = String::from_utf8_lossy(&page)
        .replace(".SH EXTRA", ".SH EXAMPLES")
        .replace(".SS EXTRA", ".SS EXAMPLES");
    Ok(page.into_bytes())
}
