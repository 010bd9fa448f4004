//! `chitieu completions SHELL` and `chitieu man`: what the shell and `man`
//! need, generated from the same clap definition as `--help`.

use std::io::{self, Write};
use std::process::ExitCode;

use anyhow::Result;
use clap::CommandFactory;

use crate::cli::{Cli, CompletionsArgs, COLUMN_DOCS};

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
/// subcommand with its synopsis, options and examples, then the columns,
/// the exit status and the environment. (clap_mangen alone would point to
/// `chitieu-extract(1)` pages that nobody installs.)
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
    page.extend_from_slice(reference_sections().as_bytes());
    top.render_extra_section(&mut page)?;
    top.render_version_section(&mut page)?;
    // Our `after_help` texts are examples: say so.
    let page = String::from_utf8_lossy(&page)
        .replace(".SH EXTRA", ".SH EXAMPLES")
        .replace(".SS EXTRA", ".SS EXAMPLES");
    Ok(page.into_bytes())
}

/// Exit statuses of SPEC §4, as the man page states them.
const EXIT_STATUS: [(&str, &str); 3] = [
    (
        "0",
        "Every input was read and processed; for check, no mismatch was found.",
    ),
    ("1", "check found a mismatch (an audit finding)."),
    (
        "2",
        "Bad usage (an unknown option or value, options that contradict each \
         other), an output that cannot be written, or an input that could not \
         be read or decoded: named on standard error, the other inputs still \
         processed and written.",
    ),
];

/// Environment variables chitieu reads.
const ENVIRONMENT: [(&str, &str); 2] = [
    (
        "NO_COLOR",
        "When set and not empty, check prints no colour, even on a terminal \
         (https://no-color.org).",
    ),
    (
        "SOURCE_DATE_EPOCH",
        "Seconds since 1970-01-01 UTC: the creation time written into an xlsx \
         workbook (else 1980-01-01), so that the same input gives the same bytes. \
         A value that is no whole number of seconds is an error.",
    ),
];

/// The COLUMNS, EXIT STATUS and ENVIRONMENT sections, in roff.
fn reference_sections() -> String {
    let mut roff = String::from(
        ".SH COLUMNS\nOne record per claim (SPEC \\(sc3): the CSV header and the \
         JSON Lines keys, in this order; --columns picks and orders them.\n",
    );
    let mut entries = |title: &str, items: &[(&str, &str)]| {
        if !title.is_empty() {
            roff.push_str(&format!(".SH {title}\n"));
        }
        for (term, text) in items {
            roff.push_str(&format!(
                ".TP\n\\fB{}\\fR\n{}\n",
                escape(term),
                escape(text)
            ));
        }
    };
    entries("", &COLUMN_DOCS);
    entries("\"EXIT STATUS\"", &EXIT_STATUS);
    entries("ENVIRONMENT", &ENVIRONMENT);
    roff
}

/// `text` safe as roff text: backslashes escaped, and a leading `.` or
/// `'` (which would start a request) guarded.
fn escape(text: &str) -> String {
    let text = text.replace('\\', "\\e");
    if text.starts_with(['.', '\'']) {
        format!("\\&{text}")
    } else {
        text
    }
}
