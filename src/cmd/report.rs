//! `chitieu report`: one self-contained HTML audit page of all inputs,
//! written to `-o FILE` (`-` for stdout). The page needs the totals at the
//! top, so every document is read before anything is written.

use std::io::{self, BufWriter, Write};
use std::process::ExitCode;

use anyhow::Result;
use chitieu::output::html::Report;
use chitieu::output::target::{self, Replacement};
use chitieu::Options;

use crate::cli::ReportArgs;
use crate::cmd::{inputs, refuse_clash};

/// Runs the command; exit 2 when an input failed (SPEC §4: mismatches are
/// the report's content, not a failure of it).
pub fn run(args: &ReportArgs) -> Result<ExitCode> {
    let opts = Options {
        all_text: args.input.all_text,
    };
    refuse_clash(&args.output, &args.input.paths)?;
    let mut report = Report::new(opts.all_text);
    for doc in inputs(&args.input, Some(&args.output)) {
        match doc {
            Ok(doc) => {
                for w in &doc.warnings {
                    note!("chitieu: {w}");
                }
                let records = chitieu::extract(&doc, &opts);
                report.add(doc, records);
            }
            Err(e) => {
                note!("chitieu: {e}");
                report.fail(e);
            }
        }
    }
    let summary = report.summary();
    if target::is_stdout(&args.output) {
        let mut out = BufWriter::new(io::stdout().lock());
        report.write(&mut out)?;
        out.flush()?;
    } else {
        let path = &args.output;
        let (file, replacement) = Replacement::create(path)
            .map_err(|e| anyhow::anyhow!("{}: cannot create: {e}", path.display()))?;
        let mut out = BufWriter::new(file);
        report
            .write(&mut out)
            .and_then(|_| out.flush())
            .and_then(|_| replacement.commit())
            .map_err(|e| anyhow::anyhow!("{}: cannot write: {e}", path.display()))?;
        note!("chitieu: wrote {} ({summary})", path.display());
    }
    Ok(if summary.failed > 0 {
        ExitCode::from(2)
    } else {
        ExitCode::SUCCESS
    })
}
