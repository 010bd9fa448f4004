//! `chitieu check`: a compiler-style diagnostic on stdout for every claim
//! whose figures do not add up, then a summary line. Exit 1 when any claim
//! mismatched or any input failed, so it can gate a publishing pipeline.

use std::io::{self, BufWriter, IsTerminal, Write};
use std::process::ExitCode;

use anyhow::Result;
use chitieu::output::diagnostic::{self, Source, Style, Summary};
use chitieu::record::Check;
use chitieu::Options;

use crate::cli::CheckArgs;
use crate::cmd::inputs;

/// Colour only for a person at a terminal who has not asked for none
/// (<https://no-color.org>: `NO_COLOR` set and not empty).
fn style() -> Style {
    let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    Style {
        colour: io::stdout().is_terminal() && !no_color,
    }
}

/// Runs the command.
pub fn run(args: &CheckArgs) -> Result<ExitCode> {
    let opts = Options {
        all_text: args.input.all_text,
    };
    let style = style();
    let mut out = BufWriter::new(io::stdout().lock());
    let mut summary = Summary::default();
    for doc in inputs(&args.input, None) {
        let doc = match doc {
            Ok(doc) => doc,
            Err(e) => {
                // The diagnostics so far go out before the error line.
                out.flush()?;
                note!("chitieu: {e}");
                summary.failed += 1;
                continue;
            }
        };
        if !doc.warnings.is_empty() {
            out.flush()?;
            for w in &doc.warnings {
                note!("chitieu: {w}");
            }
        }
        let records = chitieu::extract(&doc, &opts);
        let src = Source::new(&doc);
        for r in &records {
            match r.check {
                Check::Mismatch => diagnostic::write_mismatch(&mut out, &src, r, style)?,
                Check::Ok if args.all => diagnostic::write_passed(&mut out, &src, r, style)?,
                _ => {}
            }
        }
        summary.add(&records);
        out.flush()?;
    }
    diagnostic::write_summary(&mut out, &summary, style)?;
    out.flush()?;
    // As grep: an input that could not be read (2) outweighs findings (1).
    Ok(if summary.failed > 0 {
        ExitCode::from(2)
    } else if summary.mismatches > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
